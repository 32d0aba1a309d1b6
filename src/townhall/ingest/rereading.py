"""Read stored documents again with the current reader: after an upgrade, the cards follow it.

Only a paper's stored main file is read again, and only when its bytes are still the ones that
were stored (their SHA-256 is checked): a file missing from storage or changed on disk is left
as it is and reported. Reading happens in supervised reading processes within the ingest's
budget (:mod:`townhall.ingest.supervisor`); a document that fails keeps its card. The new card
goes through the clerks' corrections before it is stored, so every correction stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from townhall.ingest.pipeline import Failure, ReadTask, RunSummary
from townhall.ingest.readings import EXTRACTOR_VERSION

#: Outcomes of one paper.
REREAD, CHANGED, MISSING = "reread", "changed", "missing"


@dataclass
class RereadSummary(RunSummary):
    """What a re-reading run did: papers read again, left alone (their bytes changed or missing), failed."""

    reread: int = 0
    changed: int = 0
    missing: int = 0

    @property
    def seen(self) -> int:
        return self.reread + self.changed + self.missing + self.failures

    @property
    def detail(self) -> str:
        """Say what was left alone or failed, for the progress bar."""
        left = self.changed + self.missing
        parts = [f"{left} left alone" if left else "", f"{self.failures} failed" if self.failures else ""]
        return ", ".join(part for part in parts if part)

    def count(self, outcome: str, reason: str = "") -> None:
        if outcome == REREAD:
            self.reread += 1
        elif outcome == CHANGED:
            self.changed += 1
        elif outcome == MISSING:
            self.missing += 1
        else:
            self.failed[reason or "failed"] += 1


@dataclass(frozen=True)
class _Stored:
    paper_id: int
    name: str
    data: bytes


def papers_to_reread(*, everything: bool = False, body=None) -> list[int]:
    """Return the ids of live papers with a stored main file, oldest first.

    Without *everything*, only papers read by another version of the reader than this one.
    """
    from django.db.models import Q

    from townhall.core.models import Paper

    papers = Paper.objects.filter(main_file__isnull=False).exclude(main_file__storage_name="")
    if body is not None:
        papers = papers.filter(body=body)
    if not everything:
        papers = papers.exclude(Q(extractor_version=EXTRACTOR_VERSION) | Q(extractor_version__startswith=f"{EXTRACTOR_VERSION} "))
    return list(papers.order_by("id").values_list("id", flat=True))


def reread(
    paper_ids: Iterable[int],
    *,
    jobs: int = 1,
    budget=None,
    summary: RereadSummary | None = None,
    on_paper: Callable[[int, str, str], None] | None = None,
) -> RereadSummary:
    """Read the stored main file of each paper again and store the new card; return what was done.

    *budget* (a :class:`~townhall.ingest.supervisor.Budget`) defaults to the ingest's settings.
    *on_paper* is called with each paper id, its outcome and a failure's reason.
    """
    from django.conf import settings

    from townhall.ingest.linking import relink_paper
    from townhall.ingest.supervisor import Budget, ReaderPool

    summary = summary if summary is not None else RereadSummary()
    budget = budget or Budget(timeout=settings.READ_TIMEOUT_SECONDS, memory=settings.READ_MEMORY_BYTES)

    def count(paper_id: int, outcome: str, reason: str = "") -> None:
        summary.count(outcome, reason)
        if on_paper is not None:
            on_paper(paper_id, outcome, reason)

    def stored() -> Iterator[_Stored]:
        for paper_id, name, data, outcome in _stored_bytes(paper_ids):
            if outcome:
                count(paper_id, outcome)
            else:
                yield _Stored(paper_id, name, data)

    def task(item: _Stored) -> ReadTask:
        return ReadTask(item.name, item.data, settings.MAX_FILE_BYTES, settings.TESSERACT_COMMAND)

    def failure(task: ReadTask, reason: str, message: str) -> Failure:
        return Failure("extract", reason, message)

    try:
        with ReaderPool(jobs, budget, failure=failure) as pool:
            for item, result in pool.map_unordered(stored(), task):
                if isinstance(result, Failure):
                    count(item.paper_id, "failed", result.reason)
                    continue
                relink_paper(item.paper_id, result)
                count(item.paper_id, REREAD)
    finally:
        summary.finished = time.monotonic()
    return summary


def _stored_bytes(paper_ids: Iterable[int]) -> Iterator[tuple[int, str, bytes, str]]:
    """Yield each paper's id, file name, stored bytes and "" — or CHANGED/MISSING when they are not the stored ones."""
    from townhall.core.models import Paper
    from townhall.core.storage import get_storage, sha256_hex

    storage = get_storage()
    for paper_id in paper_ids:
        paper = Paper.objects.select_related("main_file").filter(pk=paper_id).first()
        file = paper.main_file if paper is not None else None
        if file is None or not file.storage_name:
            yield paper_id, "", b"", MISSING
            continue
        try:
            data = storage.open(file.storage_name)
        except OSError:
            yield paper_id, file.file_name, b"", MISSING
            continue
        if file.sha256 and sha256_hex(data) != file.sha256:
            yield paper_id, file.file_name, b"", CHANGED
            continue
        yield paper_id, file.file_name or file.name or f"paper-{paper_id}", data, ""


def render_reread_summary(summary: RereadSummary) -> str:
    """Return the end-of-run report of a re-reading run."""
    lines = [
        f"Read {summary.seen} stored document{'s' if summary.seen != 1 else ''} again in {summary.seconds:.1f} s "
        f"({summary.rate:.1f} documents/s).",
        f"  cards renewed:                  {summary.reread:>8}",
        f"  left alone, bytes changed:      {summary.changed:>8}",
        f"  left alone, bytes missing:      {summary.missing:>8}",
        f"  failed (card kept):             {summary.failures:>8}",
    ]
    for reason, count in sorted(summary.failed.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"    {reason:<30}{count:>8}")
    return "\n".join(lines)
