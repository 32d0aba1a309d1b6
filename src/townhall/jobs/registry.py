"""The registry of job types: a name, a function, and how often it may be tried."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

_REGISTRY: dict[str, JobType] = {}


@dataclass(frozen=True)
class JobType:
    """A registered job: ``function(context, **arguments)`` returns a JSON-able result or None."""

    name: str
    function: Callable
    max_attempts: int = 1
    retry_seconds: float = 30.0

    def enqueue(self, *, key: str = "", delay: float = 0, **arguments):
        """Queue one run of this job; return its Job row."""
        from townhall.jobs.services import enqueue

        return enqueue(self.name, key=key, delay=delay, **arguments)

    def __call__(self, context: JobContext, **arguments):
        return self.function(context, **arguments)


def job(name: str, *, max_attempts: int = 1, retry_seconds: float = 30.0) -> Callable[[Callable], JobType]:
    """Register the decorated function as the job *name*."""

    def register(function: Callable) -> JobType:
        existing = _REGISTRY.get(name)
        if existing is not None and existing.function.__qualname__ != function.__qualname__:
            raise ValueError(f"two jobs are named {name!r}")
        job_type = JobType(name=name, function=function, max_attempts=max(1, max_attempts), retry_seconds=retry_seconds)
        _REGISTRY[name] = job_type
        return job_type

    return register


def registered(name: str) -> JobType:
    """Return the job type *name*; raise LookupError with the known names when there is none."""
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise LookupError(f"no job is named {name!r} (known: {known})") from None


@dataclass
class JobContext:
    """What a running job may tell about itself: its progress, in a throttled write to its row."""

    job_id: int | None = None
    claim: str = ""
    attempt: int = 1
    interval: float = 0.5
    done: int = 0
    total: int | None = None
    text: str = ""
    _written: float = field(default=0.0, repr=False)

    def progress(self, done: int | None = None, total: int | None = None, text: str | None = None, *, advance: int = 0) -> None:
        """Record progress (*done* of *total*, or *advance* more); written at most twice a second."""
        if done is not None:
            self.done = done
        self.done += advance
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text[:300]
        now = time.monotonic()
        if now - self._written >= self.interval:
            self.flush()

    def flush(self) -> None:
        """Write the progress so far to the job's row now."""
        self._written = time.monotonic()
        if self.job_id is None:
            return
        from django.utils import timezone

        from townhall.jobs.models import Job

        Job.objects.filter(pk=self.job_id, claim=self.claim).update(
            progress_done=self.done, progress_total=self.total, progress_text=self.text, heartbeat=timezone.now())
