from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilConfig(AppConfig):
    name = "townhall.council"
    label = "council"
    verbose_name = _("Council work")

    def ready(self):
        from django.db.models.signals import post_migrate

        from townhall.council import versions
        from townhall.council.admin_site import guard_admin_site
        from townhall.council.services.roles import role_groups_sync

        versions.register_council_models()

        post_migrate.connect(role_groups_sync, sender=self, dispatch_uid="townhall.council.role_groups")
        guard_admin_site()
