"""The two ways a queued job reaches a worker: Celery over a broker, or the asking process itself."""

from __future__ import annotations

import functools
import logging

from django.conf import settings

log = logging.getLogger("townhall.jobs")


class InProcessBackend:
    """Run a job in the process that queued it, as soon as the queuing transaction commits.

    A job queued with a delay, or a retry, waits in the database until ``townhall worker`` or
    ``townhall scheduler`` (or :func:`townhall.jobs.services.run_due`) finds it due.
    """

    name = "in-process"

    def dispatch(self, job_id: int, *, delay: float = 0) -> None:
        if delay > 0:
            return
        from townhall.jobs.services import execute

        execute(job_id)


class CeleryBackend:
    """Send the job's id to the Celery workers; the row stays the record of what happened."""

    name = "celery"

    def dispatch(self, job_id: int, *, delay: float = 0) -> None:
        from townhall.jobs.celery_app import app

        try:
            app.send_task("townhall.run_job", args=[job_id], countdown=delay or None)
        except Exception as exc:  # noqa: BLE001 - the row waits; the scheduler sends it again
            log.warning("job #%s not sent to the broker (%s); it stays queued and is sent again later", job_id, exc)


@functools.lru_cache(maxsize=1)
def _backend_for(broker_url: str):
    return CeleryBackend() if broker_url else InProcessBackend()


def get_backend():
    """Return the Celery backend when ``TOWNHALL_BROKER_URL`` is set, else the in-process one."""
    return _backend_for(settings.BROKER_URL or "")
