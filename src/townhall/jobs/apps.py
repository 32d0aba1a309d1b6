from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "townhall.jobs"
    label = "jobs"
    verbose_name = _("Jobs")

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        # Every app declares its jobs in a ``tasks`` module; a worker must know them all.
        autodiscover_modules("tasks")
