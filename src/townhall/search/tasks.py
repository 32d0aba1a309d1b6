"""The search index rebuild as a job."""

from __future__ import annotations

from townhall.jobs import job


@job("search.rebuild")
def rebuild(context, batch_size: int = 1000, workers: int = 1):
    """Analyse every paper again and replace the search index; return how many were indexed."""
    from townhall.search import indexing

    total = indexing.papers_to_index()
    context.progress(0, total, "papers")
    done = indexing.rebuild(progress=lambda n: context.progress(advance=n), batch_size=batch_size, workers=workers)
    return {"indexed": done}
