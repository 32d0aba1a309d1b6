"""Ingest as a job: read files and folders into the database, with progress on the job's row."""

from __future__ import annotations

from townhall.jobs import job

#: Documents per ingest job when a folder is shared out over several workers.
DOCUMENTS_PER_JOB = 200


@job("ingest.paths")
def ingest_paths(context, paths: list[str], body: str | None = None, exclude: list[str] | None = None, jobs: int = 1):
    """Ingest the given files and folders (OCR of scans included); return the run's counts."""
    from townhall.ingest.pipeline import IngestSummary, ingest
    from townhall.ingest.sources import FileSource

    source = FileSource(paths, exclude=exclude or ())
    total = source.count()
    summary = IngestSummary()
    context.progress(0, total, "documents")

    def on_document(*_args, **_kwargs):
        context.progress(summary.seen, total, "documents")

    result = ingest(source.documents(), body_name=body, jobs=jobs, on_document=on_document, summary=summary)
    return {"new": result.new, "new_versions": result.new_versions, "duplicates": result.duplicates,
            "failed": dict(result.failed)}


def queue_paths(paths: list[str], *, body: str | None = None, exclude: list[str] | None = None,
                per_job: int = DOCUMENTS_PER_JOB) -> list:
    """Share the files under *paths* out into ingest jobs of *per_job* documents; return the Job rows."""
    from townhall.ingest.sources import FileSource

    files = [document.path for document in FileSource(paths, exclude=exclude or ()).documents()]
    return [ingest_paths.enqueue(paths=files[i:i + per_job], body=body) for i in range(0, len(files), per_job)]
