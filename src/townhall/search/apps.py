from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "townhall.search"
    label = "search"

    def ready(self) -> None:
        from townhall.search import checks  # noqa: F401 - registers the system checks
