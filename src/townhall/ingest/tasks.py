"""Ingest as a job: read files and folders into the database, with progress on the job's row."""

from __future__ import annotations

from townhall.jobs import job

#: Documents per ingest job when a folder is shared out over several workers.
DOCUMENTS_PER_JOB = 200


#: Failures that another worker writing the same new records at the same moment can cause; tried once more.
RACE_REASONS = frozenset({"link_failed"})


@job("ingest.paths")
def ingest_paths(context, paths: list[str], body: str | None = None, exclude: list[str] | None = None, jobs: int = 1):
    """Ingest the given files and folders (OCR of scans included); return the run's counts."""
    from townhall.ingest.pipeline import FAILED, IngestSummary, ingest
    from townhall.ingest.sources import FileSource

    source = FileSource(paths, exclude=exclude or ())
    total = source.count()
    summary = IngestSummary()
    context.progress(0, total, "documents")
    again: list[str] = []

    def on_document(document, outcome=None, reason=None, *_args):
        if outcome == FAILED and reason in RACE_REASONS:
            again.append(document.location)
        context.progress(summary.seen, total, "documents")

    result = ingest(source.documents(), body_name=body, jobs=jobs, on_document=on_document, summary=summary)
    counts = {"new": result.new, "new_versions": result.new_versions, "duplicates": result.duplicates, "failed": dict(result.failed)}
    if again:
        # Two workers creating the same committee or person at once: one of them loses the race and
        # its document fails to link. Everything else is in the database now, so once more succeeds.
        retry = ingest(FileSource(again).documents(), body_name=body, jobs=1)
        counts["new"] += retry.new
        counts["new_versions"] += retry.new_versions
        counts["duplicates"] += retry.duplicates
        failed = dict(result.failed)
        failed["link_failed"] = failed.get("link_failed", 0) - len(again) + retry.failed.get("link_failed", 0)
        for reason, number in retry.failed.items():
            if reason != "link_failed":
                failed[reason] = failed.get(reason, 0) + number
        counts["failed"] = {reason: number for reason, number in failed.items() if number}
        counts["retried"] = len(again)
    return counts


def queue_paths(paths: list[str], *, body: str | None = None, exclude: list[str] | None = None,
                per_job: int = DOCUMENTS_PER_JOB) -> list:
    """Share the files under *paths* out into ingest jobs of *per_job* documents; return the Job rows."""
    from townhall.ingest.sources import FileSource

    files = [document.path for document in FileSource(paths, exclude=exclude or ()).documents()]
    return [ingest_paths.enqueue(paths=files[i:i + per_job], body=body) for i in range(0, len(files), per_job)]
