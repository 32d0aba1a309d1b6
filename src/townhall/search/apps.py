from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "townhall.search"
    label = "search"
