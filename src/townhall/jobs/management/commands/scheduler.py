"""``townhall scheduler``: queue periodic harvests and due mail, and recover jobs of lost workers."""

from __future__ import annotations

import signal
import threading

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Every few seconds: queue the harvests that are due, queue the sending of due mail, and queue again the "
        "jobs of workers that stopped. Without TOWNHALL_BROKER_URL it also runs the due jobs itself. "
        "Several schedulers may run at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=15.0, help="Seconds between ticks (default 15).")
        parser.add_argument("--once", action="store_true", help="Run one tick and stop.")

    def handle(self, *args, interval=15.0, once=False, **options):
        if interval <= 0:
            raise CommandError("--interval must be greater than zero.")
        from townhall.jobs.backends import get_backend
        from townhall.jobs.scheduler import tick

        stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
        if not once:
            self.stdout.write(f"townhall scheduler ticking every {interval:g} s ({get_backend().name} jobs); Ctrl+C stops it.")
            self.stdout.flush()
        while True:
            counts = tick()
            if once:
                self.stdout.write(", ".join(f"{value} {name}" for name, value in counts.items()) or "nothing to do")
                return
            if stop.wait(interval):
                return
