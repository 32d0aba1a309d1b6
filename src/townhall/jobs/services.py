"""Queue, claim, run and recover jobs; every change of state is a conditional update of the Job row.

A job runs only after an UPDATE that moves its row from queued to running with a fresh claim
token succeeds, so two workers handed the same job (a message delivered twice, a job queued
again by the reaper) never both run it. A running job's heartbeat is renewed while it runs;
the reaper queues again the jobs whose worker stopped beating for ``JOB_LEASE_SECONDS``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import traceback
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connections, transaction
from django.db.models import F
from django.utils import timezone

from townhall.jobs.backends import get_backend
from townhall.jobs.models import Job
from townhall.jobs.registry import JobContext, registered

log = logging.getLogger("townhall.jobs")

#: Retries wait ``retry_seconds * 2**n`` at most this long.
MAX_RETRY_WAIT = 3600.0
#: A job whose worker was lost this many times is given up, so a job that kills its worker cannot loop.
MAX_LOST = 3


def enqueue(name: str, *, key: str = "", delay: float = 0, **arguments) -> Job:
    """Store a queued Job for the registered job *name* and hand it to the backend after commit.

    With a *key*, a job still waiting under the same key is returned instead of a second one.
    """
    job_type = registered(name)
    try:
        json.dumps(arguments)
    except TypeError as exc:
        raise TypeError(f"the arguments of job {name!r} must be JSON: {exc}") from None
    if key:
        waiting = Job.objects.filter(key=key, status=Job.QUEUED).order_by("pk").first()
        if waiting is not None:
            return waiting
    job = Job.objects.create(
        name=name, arguments=arguments, key=key, max_attempts=job_type.max_attempts,
        run_after=timezone.now() + timedelta(seconds=max(0.0, delay)),
    )
    transaction.on_commit(lambda: get_backend().dispatch(job.pk, delay=delay))
    return job


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.current_thread().name}"[:200]


def execute(job_id: int, *, worker: str | None = None) -> bool:
    """Claim job *job_id* and run it here; return False when it was not there to claim."""
    token = uuid.uuid4().hex
    now = timezone.now()
    claimed = Job.objects.filter(pk=job_id, status=Job.QUEUED, run_after__lte=now + timedelta(seconds=2)).update(
        status=Job.RUNNING, claim=token, worker=worker or worker_name(), started=now, heartbeat=now, finished=None,
        attempts=F("attempts") + 1,
    )
    if not claimed:
        return False
    job = Job.objects.get(pk=job_id)
    context = JobContext(job_id=job.pk, claim=token, attempt=job.attempts)
    try:
        job_type = registered(job.name)
    except LookupError as exc:
        _finish(job, token, status=Job.FAILED, error=str(exc))
        return True
    log.info("job %s #%s started (attempt %s)", job.name, job.pk, job.attempts)
    with _Heartbeat(job.pk, token):
        try:
            result = job_type.function(context, **job.arguments)
        except Exception:  # noqa: BLE001 - a job's failure is recorded on its row, never lost
            error = traceback.format_exc()
            if job.attempts < job.max_attempts:
                wait = min(MAX_RETRY_WAIT, job_type.retry_seconds * 2 ** (job.attempts - 1))
                moved = Job.objects.filter(pk=job.pk, claim=token).update(
                    status=Job.QUEUED, claim="", heartbeat=None, error=error, run_after=timezone.now() + timedelta(seconds=wait))
                log.warning("job %s #%s failed, retrying in %.0f s:\n%s", job.name, job.pk, wait, error)
                if moved:
                    transaction.on_commit(lambda: get_backend().dispatch(job.pk, delay=wait))
            else:
                log.error("job %s #%s failed:\n%s", job.name, job.pk, error)
                _finish(job, token, status=Job.FAILED, error=error, context=context)
            return True
    _finish(job, token, status=Job.DONE, result=_jsonable(result), context=context)
    log.info("job %s #%s done", job.name, job.pk)
    return True


def _finish(job: Job, token: str, *, status: str, error: str = "", result=None, context: JobContext | None = None) -> None:
    fields = {"status": status, "finished": timezone.now(), "error": error, "result": result, "heartbeat": None}
    if context is not None:
        fields.update(progress_done=context.done, progress_total=context.total, progress_text=context.text)
        if status == Job.DONE and context.total:
            fields["progress_done"] = max(context.done, context.total)
    Job.objects.filter(pk=job.pk, claim=token).update(**fields)


def _jsonable(value):
    if value is None:
        return None
    try:
        json.dumps(value)
        return value
    except TypeError:
        return {"value": str(value)}


class _Heartbeat:
    """Renew a running job's heartbeat from a thread of its own, every third of the lease."""

    def __init__(self, job_id: int, token: str) -> None:
        self.job_id, self.token = job_id, token
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"job-{job_id}-heartbeat", daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=10)

    def _beat(self) -> None:
        interval = max(0.2, settings.JOB_LEASE_SECONDS / 3)
        try:
            while not self.stop.wait(interval):
                try:
                    Job.objects.filter(pk=self.job_id, claim=self.token).update(heartbeat=timezone.now())
                except Exception as exc:  # noqa: BLE001 - a missed beat is retried; the lease allows for two
                    log.warning("job #%s: heartbeat not written (%s)", self.job_id, exc)
        finally:
            connections.close_all()


def reap_stale() -> int:
    """Queue again the running jobs whose worker sent no heartbeat for a lease; return how many."""
    cutoff = timezone.now() - timedelta(seconds=settings.JOB_LEASE_SECONDS)
    stale = Job.objects.filter(status=Job.RUNNING, heartbeat__lt=cutoff).values_list("pk", "claim", "attempts", "max_attempts", "worker")
    count = 0
    for pk, claim, attempts, max_attempts, worker in list(stale):
        message = f"The worker {worker} stopped answering during attempt {attempts}."
        if attempts >= max(max_attempts, MAX_LOST):
            Job.objects.filter(pk=pk, claim=claim, status=Job.RUNNING).update(
                status=Job.FAILED, finished=timezone.now(), error=message + " Given up.", heartbeat=None)
            continue
        moved = Job.objects.filter(pk=pk, claim=claim, status=Job.RUNNING).update(
            status=Job.QUEUED, claim="", heartbeat=None, error=message, run_after=timezone.now())
        if moved:
            log.warning("job #%s queued again: %s", pk, message)
            get_backend().dispatch(pk)
            count += 1
    return count


def run_due(*, limit: int | None = None, worker: str | None = None, names: set[str] | None = None) -> int:
    """Run queued jobs that are due, here and one after another; return how many ran."""
    ran = 0
    while limit is None or ran < limit:
        due = Job.objects.filter(status=Job.QUEUED, run_after__lte=timezone.now())
        if names is not None:
            due = due.filter(name__in=names)
        job_id = due.order_by("run_after", "pk").values_list("pk", flat=True).first()
        if job_id is None:
            break
        if execute(job_id, worker=worker):
            ran += 1
        close_old_connections()
    return ran


def redispatch_waiting(older_than: float) -> int:
    """Send again the queued jobs that waited *older_than* seconds past their time (a lost message)."""
    cutoff = timezone.now() - timedelta(seconds=older_than)
    count = 0
    for pk, run_after in list(Job.objects.filter(status=Job.QUEUED, run_after__lt=cutoff).values_list("pk", "run_after")[:1000]):
        if Job.objects.filter(pk=pk, status=Job.QUEUED, run_after=run_after).update(run_after=timezone.now()):
            get_backend().dispatch(pk)
            count += 1
    return count


def retry(job: Job) -> bool:
    """Queue a failed or cancelled job again, now; return False when it is still active."""
    moved = Job.objects.filter(pk=job.pk, status__in=(Job.FAILED, Job.CANCELLED)).update(
        status=Job.QUEUED, run_after=timezone.now(), attempts=0, error="", finished=None)
    if moved:
        transaction.on_commit(lambda: get_backend().dispatch(job.pk))
    return bool(moved)


def cancel(job: Job) -> bool:
    """Cancel a job that has not started; return False when it is running or over."""
    return bool(Job.objects.filter(pk=job.pk, status=Job.QUEUED).update(status=Job.CANCELLED, finished=timezone.now()))
