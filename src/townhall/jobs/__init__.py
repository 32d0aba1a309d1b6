"""Background jobs: define one with :func:`job`, queue it with ``.enqueue(**arguments)``.

Every run is a :class:`~townhall.jobs.models.Job` row (status, progress, failure), so staff see
jobs in the admin whichever backend runs them: Celery workers when ``TOWNHALL_BROKER_URL`` is
set, otherwise the process that queued the job, once its transaction commits.
"""

from townhall.jobs.registry import JobContext, job, registered

__all__ = ["JobContext", "enqueue", "job", "registered"]


def enqueue(name: str, *, key: str = "", delay: float = 0, **arguments):
    """Queue the registered job *name* with *arguments*; return its Job row."""
    from townhall.jobs.services import enqueue as _enqueue

    return _enqueue(name, key=key, delay=delay, **arguments)
