"""``townhall search-rebuild``: analyse every paper again and replace the search index."""

from __future__ import annotations

import os
import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Rebuild the full-text search index from the papers in the database. Papers are analysed in their "
        "own language, in batches, with a progress bar; searches see the old index until the rebuild commits."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=1000, help="Papers per batch (default 1000).")
        parser.add_argument(
            "--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)),
            help="Processes that analyse text (default: the number of CPU cores, at most 4).",
        )
        parser.add_argument("--queue", action="store_true", help="Queue the rebuild as a job for `townhall worker` instead of running it here.")

    def handle(self, *args, batch_size=1000, workers=1, queue=False, **options):
        if batch_size < 1 or workers < 1:
            raise CommandError("--batch-size and --workers must be 1 or more.")
        if queue:
            from townhall.jobs.command_output import report_queued
            from townhall.search.tasks import rebuild

            report_queued(self.stdout, [rebuild.enqueue(batch_size=batch_size, workers=workers)])
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from townhall.search import indexing
        from townhall.search.backends import get_backend

        total = indexing.papers_to_index()
        started = time.perf_counter()
        with Progress(
            TextColumn("Indexing papers"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=None, transient=False, disable=not self.stderr.isatty(),
        ) as progress:
            task = progress.add_task("index", total=total)
            done = indexing.rebuild(
                progress=lambda n: progress.advance(task, n), batch_size=batch_size, workers=workers
            )
        seconds = time.perf_counter() - started
        backend = get_backend()
        size = backend.size_bytes()
        size_text = f", index {size / 1_048_576:.1f} MB" if size is not None else ""
        self.stdout.write(f"Indexed {done} papers in {seconds:.1f} s with {type(backend).__name__}{size_text}.")
        if backend.vendor == "postgresql" and not backend.ranks_from_index:
            self.stdout.write("Without the RUM index (PostgreSQL extension rum missing or not allowed): searches rank "
                              "their newest matches only. Install postgresql-15-rum and run CREATE EXTENSION rum.")
