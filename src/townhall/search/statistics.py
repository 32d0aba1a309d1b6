"""Keep the search backend's term statistics in step with a grown index."""

from __future__ import annotations

from townhall.search.backends import get_backend


def refresh_if_stale() -> bool:
    """Refresh the backend's term statistics when they lag the index; return whether it did.

    Writers that add many papers at once (an ingest run, a harvest) call this at the end.
    The counts only steer ranking and query cost, so a lag between runs is harmless.
    """
    backend = get_backend()
    if not backend.statistics_stale():
        return False
    backend.refresh_statistics()
    return True
