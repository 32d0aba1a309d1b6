"""``townhall oparl-import URL``: harvest an OParl 1.0/1.1 System or Body into townhall."""

from __future__ import annotations

import logging
import sys

from django.core.management.base import BaseCommand, CommandError

from townhall.oparl.harvester.client import OParlClient
from townhall.oparl.harvester.importer import HarvestFailed, Harvester
from townhall.oparl.harvester.jobs import run_download_jobs
from townhall.oparl.harvester.report import HarvestReport


class Command(BaseCommand):
    help = (
        "Import everything an OParl 1.0 or 1.1 endpoint publishes (a System or Body URL). Later runs ask only "
        "for changes since the last complete run. Exits with status 1 when objects failed (see the admin's harvest errors)."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="The URL of an OParl System or Body.")
        parser.add_argument("--full", action="store_true", help="Read every list in full instead of only the changes since the last run.")
        parser.add_argument("--files", action="store_true", help="Also download pending files (after the import, or alone without a URL).")
        parser.add_argument("--files-limit", type=int, default=None, help="Download at most this many files in this run.")
        parser.add_argument("--concurrency", type=int, default=4, help="Parallel requests (default 4).")
        parser.add_argument("--timeout", type=float, default=30.0, help="Seconds to wait for an answer (default 30).")
        parser.add_argument("--retries", type=int, default=4, help="Retries for busy or failing servers (default 4).")
        parser.add_argument("--replay", metavar="FILE", help="Answer requests from a JSON-lines recording instead of the network.")
        parser.add_argument("--no-progress", action="store_true", help="Show no progress bars, even on a terminal.")
        parser.add_argument("--queue", action="store_true", help="Queue the harvest as a job for `townhall worker` instead of running it here.")
        parser.add_argument("--every", type=int, metavar="MINUTES", help="Harvest this source every MINUTES from now on (run `townhall scheduler`); 0 stops it.")

    def handle(self, *args, url=None, full=False, files=False, files_limit=None, concurrency=4, timeout=30.0, retries=4,
               replay=None, no_progress=False, queue=False, every=None, **options):
        # One log line per request would drown the progress bars and the summary.
        logging.getLogger("httpx").setLevel(logging.WARNING)
        if not url and not files:
            raise CommandError("Give the URL of an OParl System or Body, or --files to download pending files.")
        if every is not None:
            self._schedule(url, every)
            return
        if queue:
            if not url:
                raise CommandError("--queue needs the URL of an OParl System or Body.")
            from townhall.jobs.command_output import report_queued
            from townhall.oparl.tasks import harvest

            report_queued(self.stdout, [harvest.enqueue(url=url, full=full, files=files, concurrency=concurrency,
                                                        replay=replay, timeout=timeout, retries=retries)])
            return
        transport = None
        if replay:
            from townhall.oparl.harvester.replay import ReplayTransport

            try:
                transport = ReplayTransport(replay)
            except (OSError, ValueError) as exc:
                raise CommandError(f"Cannot read the recording {replay}: {exc}") from None
        failed = 0
        with OParlClient(transport=transport, timeout=timeout, retries=retries) as client, self._progress(no_progress) as progress:
            if url:
                try:
                    report = Harvester(url, client=client, full=full, concurrency=concurrency, progress=progress).run()
                except HarvestFailed as exc:
                    raise CommandError(str(exc)) from None
                progress.stop()
                self._summary(report)
                failed += report.failed
            if files:
                downloads = run_download_jobs(client, limit=files_limit, concurrency=concurrency, progress=progress)
                progress.stop()
                self.stdout.write(f"Files: {downloads.done} downloaded, {downloads.retry_later} to retry later, {downloads.failed} given up.")
                failed += downloads.failed
        if failed:
            raise CommandError(f"{failed} objects or files failed; the admin lists them under harvest errors.", returncode=1)

    def _schedule(self, url: str | None, every: int) -> None:
        from townhall.oparl.models import HarvestSource

        if not url:
            raise CommandError("--every needs the URL of an OParl System or Body.")
        if every < 0:
            raise CommandError("--every must be 0 (no schedule) or a number of minutes.")
        source, _ = HarvestSource.objects.get_or_create(url=url)
        source.every_minutes = every or None
        source.next_harvest = None
        source.save(update_fields=["every_minutes", "next_harvest"])
        if every:
            self.stdout.write(f"{url} is harvested every {every} minutes by `townhall scheduler`, the first time on its next tick.")
        else:
            self.stdout.write(f"{url} is no longer harvested on a schedule.")

    def _progress(self, hidden: bool):
        from townhall.oparl.harvester.progress import BarProgress, QuietProgress

        if hidden or not getattr(self.stdout, "isatty", lambda: False)() or not sys.stdout.isatty():
            return QuietProgress()
        return BarProgress()

    def _summary(self, report: HarvestReport) -> None:
        since = f"changes since {report.modified_since}" if report.modified_since else "everything"
        self.stdout.write(f"Harvested {since} ({report.loader} loader, {report.requests} requests, {report.retries} retries).")
        width = max([len(t) for t, _ in report.rows()] + [4])
        self.stdout.write(f"{'Type'.ljust(width)}  {'created':>8} {'updated':>8} {'unchanged':>9} {'deleted':>8} {'failed':>7}")
        for type_, c in report.rows():
            self.stdout.write(f"{type_.ljust(width)}  {c.created:>8} {c.updated:>8} {c.unchanged:>9} {c.deleted:>8} {c.failed:>7}")
        if report.files_queued:
            self.stdout.write(f"{report.files_queued} file downloads queued; run with --files to fetch them.")
        if not report.complete:
            self.stdout.write("Some lists could not be read to their end; the next run reads everything again.")
