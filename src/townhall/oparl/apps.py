from django.apps import AppConfig


class OparlConfig(AppConfig):
    name = "townhall.oparl"
    label = "oparl"
