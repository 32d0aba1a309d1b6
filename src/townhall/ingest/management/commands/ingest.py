"""``townhall ingest PATH...``: read documents from files and folders into the database."""

import contextlib
import signal
import threading

from django.core.management.base import BaseCommand, CommandError


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop like Ctrl-C does (workers ended, current document rolled back)."""


@contextlib.contextmanager
def _stopped_by_sigterm():
    def stop(signum, frame):
        raise Terminated()

    if threading.current_thread() is not threading.main_thread():
        # Only the main thread may set signal handlers; a command run elsewhere keeps the default.
        yield
        return
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Command(BaseCommand):
    help = (
        "Read documents from files and folders (recursively) into the database: store each file once, "
        "read its card and link it to papers, committees, meetings and people. Run it again at any time: "
        "known files are skipped, changed files become new versions."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH", help="Files or folders to ingest.")
        parser.add_argument("--body", metavar="NAME", help="The municipality the documents belong to (default: the one each document names).")
        parser.add_argument("--jobs", type=int, default=1, metavar="N", help="Read documents in N worker processes (default 1).")
        parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                            help="Skip files in folders whose name matches GLOB (\"*.json\"); may be given more than once.")
        parser.add_argument("--retry-failed", action="store_true",
                            help="Read again documents that crashed a reading process or went over its time or memory budget before "
                                 "(they are skipped otherwise).")
        parser.add_argument("--queue", action="store_true",
                            help="Queue the documents as jobs for `townhall worker` instead of reading them here.")
        parser.add_argument("--per-job", type=int, default=200, metavar="N", help="With --queue: documents per job (default 200).")
        parser.add_argument("--errors", action="store_true", help="List recent ingest errors instead of ingesting.")
        parser.add_argument("--limit", type=int, default=50, metavar="N", help="How many errors --errors lists (default 50).")
        parser.add_argument("--all", action="store_true", dest="include_resolved", help="With --errors: include errors a later run resolved.")

    def handle(self, *args, paths, body=None, jobs=1, exclude=(), errors=False, limit=50, include_resolved=False, retry_failed=False,
               queue=False, per_job=200, **options):
        if errors:
            self._show_errors(limit, include_resolved)
            return
        if not paths:
            raise CommandError("Name at least one file or folder to ingest (or use --errors).")
        if jobs < 1:
            raise CommandError("--jobs must be 1 or more.")
        if queue:
            from townhall.ingest.tasks import queue_paths
            from townhall.jobs.command_output import report_queued

            if per_job < 1:
                raise CommandError("--per-job must be 1 or more.")
            report_queued(self.stdout, queue_paths(paths, body=body, exclude=list(exclude), per_job=per_job))
            return
        from townhall.ingest.pipeline import IngestSummary, ingest
        from townhall.ingest.progress import IngestProgress, render_summary
        from townhall.ingest.sources import FileSource
        from townhall.ingest.supervisor import ReaderStartError

        source = FileSource(paths, exclude=exclude)
        summary = IngestSummary()
        progress = IngestProgress(summary, stream=self.stderr._out)
        if progress.live:
            progress.total = source.count()
        try:
            with _stopped_by_sigterm(), progress:
                result = ingest(source.documents(), body_name=body, jobs=jobs, on_document=progress, summary=summary,
                                retry_failed=retry_failed)
        except KeyboardInterrupt as stop:
            self.stdout.write(render_summary(summary))
            raise CommandError("stopped.", returncode=143 if isinstance(stop, Terminated) else 130) from None
        except ReaderStartError as error:
            self.stdout.write(render_summary(summary))
            raise CommandError(f"{error} Nothing more can be read; check the installation.") from None
        self.stdout.write(render_summary(result))
        if result.failures:
            raise CommandError(
                f"{result.failures} document{'s' if result.failures != 1 else ''} could not be ingested; "
                "see `townhall ingest --errors`.",
                returncode=1,
            )

    def _show_errors(self, limit: int, include_resolved: bool) -> None:
        from townhall.ingest.models import IngestError

        errors = IngestError.objects.all() if include_resolved else IngestError.objects.filter(resolved=False)
        rows = list(errors.order_by("-created", "-id")[:limit])
        if not rows:
            self.stdout.write("No ingest errors." if include_resolved else "No unresolved ingest errors.")
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"Ingest errors (newest first, {len(rows)} shown)", show_lines=False)
        for column in ("when", "path", "stage", "reason", "message"):
            table.add_column(column, overflow="fold")
        for error in rows:
            reason = f"{error.reason} (resolved)" if error.resolved else error.reason
            table.add_row(error.created.strftime("%Y-%m-%d %H:%M"), error.path, error.stage, reason, error.message)
        Console(file=self.stdout._out, width=None if self.stdout.isatty() else 160).print(table)
