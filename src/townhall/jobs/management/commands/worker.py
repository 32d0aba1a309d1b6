"""``townhall worker``: run queued jobs (from the Celery broker, or from the database without one)."""

from __future__ import annotations

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

log = logging.getLogger("townhall.jobs")


class Command(BaseCommand):
    help = (
        "Run jobs: with TOWNHALL_BROKER_URL a Celery worker takes them from the broker; without one the worker "
        "takes due jobs from the database. Start as many workers, on as many machines, as you like."
    )

    def add_arguments(self, parser):
        parser.add_argument("--concurrency", type=int, default=None, help="Jobs run at once (default TOWNHALL_WORKER_CONCURRENCY).")
        parser.add_argument("--once", action="store_true", help="Without a broker: run the due jobs, then stop.")
        parser.add_argument("--name", default=None, help="Worker name shown on its jobs (default host and process id).")

    def handle(self, *args, concurrency=None, once=False, name=None, **options):
        concurrency = concurrency or settings.WORKER_CONCURRENCY
        if concurrency < 1:
            raise CommandError("--concurrency must be 1 or more.")
        stop = threading.Event()
        reaper = threading.Thread(target=_reap_until, args=(stop,), name="job-reaper", daemon=True)
        if settings.BROKER_URL and not once:
            reaper.start()
            self._celery(concurrency, name)
            stop.set()
            return
        from townhall.jobs.services import run_due

        if once:
            ran = run_due()
            self.stdout.write(f"{ran} job{'s' if ran != 1 else ''} run.")
            return
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
        self.stdout.write(f"townhall worker running jobs from the database, {concurrency} at a time; Ctrl+C stops it.")
        self.stdout.flush()
        reaper.start()
        threads = [threading.Thread(target=_poll_until, args=(stop, f"{name}-{n}" if name else None), name=f"job-worker-{n}")
                   for n in range(concurrency)]
        for thread in threads:
            thread.start()
        try:
            while any(thread.is_alive() for thread in threads):
                for thread in threads:
                    thread.join(timeout=0.5)
        finally:
            stop.set()

    def _celery(self, concurrency: int, name: str | None) -> None:
        import os

        from townhall.jobs.celery_app import app, configure

        configure()
        level = logging.getLevelName(logging.getLogger().level)
        hostname = f"{name}@%h" if name else f"townhall-{os.getpid()}@%h"
        app.worker_main(["worker", "--pool", "threads", "--concurrency", str(concurrency), "--loglevel", level,
                         "--hostname", hostname, "--queues", "townhall", "--without-gossip", "--without-mingle"])


def _poll_until(stop: threading.Event, name: str | None) -> None:
    from django.db import close_old_connections, connections

    from townhall.jobs.services import run_due, worker_name

    try:
        while not stop.is_set():
            try:
                ran = run_due(limit=1, worker=name and f"{name}:{worker_name()}")
            except Exception:  # noqa: BLE001 - the database may be away for a moment; try again
                log.exception("worker could not take a job")
                ran = 0
                close_old_connections()
            if not ran:
                stop.wait(1.0)
    finally:
        connections.close_all()


def _reap_until(stop: threading.Event) -> None:
    from django.db import close_old_connections, connections

    from townhall.jobs.services import reap_stale

    try:
        while not stop.wait(max(1.0, settings.JOB_LEASE_SECONDS / 2)):
            try:
                reap_stale()
            except Exception:  # noqa: BLE001
                log.exception("reaper failed")
                close_old_connections()
    finally:
        connections.close_all()
