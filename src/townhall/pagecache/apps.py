from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "townhall.pagecache"
    label = "pagecache"
    verbose_name = "Public page cache"

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from townhall.pagecache import generation

        connection_created.connect(generation.watch_writes, dispatch_uid="pagecache-watch-writes")
        post_migrate.connect(generation.forget_table_checks, dispatch_uid="pagecache-forget-table-checks")
