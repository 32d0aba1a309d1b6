from django.apps import AppConfig


class OparlConfig(AppConfig):
    name = "townhall.oparl"
    label = "oparl"

    def ready(self):
        from townhall.core.access import public_view_changed
        from townhall.oparl.api.cache import raise_epoch

        public_view_changed.connect(raise_epoch, dispatch_uid="oparl-public-views")
