from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "townhall.core"
    label = "core"
    verbose_name = _("Council records")

    def ready(self):
        from townhall.core import checks  # noqa: F401  (registers the system checks)
