"""Show how an ingest run is going, and what it did when it is over."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from townhall.ingest.pipeline import IngestSummary


class IngestProgress:
    """Report progress: a live bar with documents per second on a terminal, plain lines otherwise.

    Use it as the ``on_document`` callback of :func:`townhall.ingest.pipeline.ingest`. On a
    terminal a rich progress bar is drawn on *stream*; when *stream* is a file or a pipe (a log,
    a cron job) one line is written every *interval* seconds instead, so logs stay readable.
    """

    def __init__(self, summary: IngestSummary, *, stream: TextIO | None = None, total: int | None = None,
                 interval: float = 10.0, live: bool | None = None, verb: str = "Ingesting") -> None:
        self.summary = summary
        self.verb = verb
        self.stream = stream or sys.stderr
        self.total = total
        self.interval = interval
        self.live = _is_terminal(self.stream) if live is None else live
        self._progress = None
        self._task = None
        self._last_line = time.monotonic()

    def __enter__(self) -> "IngestProgress":
        if self.live:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn(f"[bold]{self.verb}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>7.1f} documents/s"),
                TextColumn("{task.fields[detail]}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=self.total, rate=0.0, detail="")
        return self

    def __exit__(self, *exc_info) -> None:
        if self._progress is not None:
            self._update()
            self._progress.stop()
            self._progress = None
        elif self.summary.seen and time.monotonic() - self._last_line > 0:
            self._line()

    def __call__(self, document, outcome: str, reason: str = "") -> None:
        if self._progress is not None:
            self._update()
        elif time.monotonic() - self._last_line >= self.interval:
            self._line()

    def _update(self) -> None:
        summary = self.summary
        if hasattr(summary, "detail"):
            detail = summary.detail
        else:
            detail = f"{summary.duplicates} duplicates, {summary.failures} failed" if summary.duplicates or summary.failures else ""
        self._progress.update(self._task, completed=summary.seen, rate=summary.rate, detail=detail)

    def _line(self) -> None:
        self._last_line = time.monotonic()
        summary = self.summary
        total = f"/{self.total}" if self.total else ""
        if hasattr(summary, "detail"):
            said = f"{self.verb.lower()}: {summary.seen}{total} documents ({summary.detail or 'all well'})"
        else:
            said = (f"ingest: {summary.seen}{total} documents ({summary.done} ingested, {summary.duplicates} duplicates, "
                    f"{summary.failures} failed)")
        print(
            f"{said}, {summary.rate:.1f} documents/s",
            file=self.stream,
            flush=True,
        )


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def render_summary(summary: IngestSummary) -> str:
    """Return the end-of-run report: documents done, skipped as duplicates and failed by reason."""
    lines = [
        *(["Stopped before the end; run the same command again to go on where it stopped."] if summary.stopped else []),
        f"Ingested {summary.seen} document{'s' if summary.seen != 1 else ''} in {summary.seconds:.1f} s "
        f"({summary.rate:.1f} documents/s).",
        f"  new papers:             {summary.new:>8}",
        f"  new versions:           {summary.new_versions:>8}",
        f"  skipped as duplicates:  {summary.duplicates:>8}",
        f"  failed:                 {summary.failures:>8}",
    ]
    for reason, count in sorted(summary.failed.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"    {reason:<22}{count:>8}")
    if summary.held_back:
        lines.append(
            f"{summary.held_back} of the failed documents crashed a reading process or went over its budget in an earlier "
            "run and were not read again (--retry-failed reads them)."
        )
    if summary.failures:
        lines.append("Run `townhall ingest --errors` to see which documents failed and why.")
    return "\n".join(lines)

