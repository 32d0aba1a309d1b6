import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db.migrations.executor import MigrationExecutor
from django.db import connection

from townhall.pagecache.stores import forget_folder_pages


class Command(BaseCommand):
    help = "Serve townhall over HTTP with a production server (gunicorn); --reload uses Django's development server."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (default 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on (default 8000).")
        parser.add_argument("--workers", type=int, default=None, help="Worker processes (default TOWNHALL_WEB_WORKERS).")
        parser.add_argument("--threads", type=int, default=None, help="Threads per worker (default TOWNHALL_WEB_THREADS).")
        parser.add_argument("--reload", action="store_true", help="Development server that reloads on code changes.")

    def handle(self, *args, host, port, workers, reload, threads=None, **options):
        workers = workers or settings.WEB_WORKERS
        threads = threads or settings.WEB_THREADS
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be 1 or more.")
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError("The database needs migrating first: run `townhall migrate`.")
        settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)
        forget_folder_pages()
        if reload:
            # Django's development server announces its own address once it listens.
            call_command("runserver", f"{host}:{port}")
            return
        # gunicorn refuses request lines over 4094 bytes (414) and accepts no bound above 8190
        # but 0 (none): a pasted 10,000-character search must reach the search, which cuts it.
        # Its control socket would default to one shared path per user, so one instance's exit
        # removes another's; townhall uses none. The hooks print the address once it is bound.
        argv = [sys.executable, "-m", "gunicorn", "townhall.wsgi:application", "--bind", f"{host}:{port}",
                "--workers", str(workers), "--threads", str(threads), "--access-logfile", "-", "--timeout", "120",
                "--limit-request-line", "0", "--no-control-socket", "--config", "python:townhall.core.gunicorn_hooks"]
        os.execv(sys.executable, argv)
