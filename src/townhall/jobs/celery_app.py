"""townhall's Celery application: one task that runs a Job row by its id.

Messages are acknowledged after the job ran (``acks_late``), so a worker that dies mid-job
leaves its message to be delivered again; the Job row's claim keeps it from running twice.
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")

app = Celery("townhall")
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_ignore_result=True,
    task_default_queue="townhall",
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
    worker_send_task_events=False,
    # A job longer than this is delivered again; its claim and heartbeat make the second delivery a no-op.
    broker_transport_options={"visibility_timeout": 6 * 3600},
)


def configure() -> None:
    """Point the app at ``TOWNHALL_BROKER_URL`` (read from Django's settings)."""
    from django.conf import settings

    app.conf.broker_url = settings.BROKER_URL


@app.task(name="townhall.run_job", acks_late=True, reject_on_worker_lost=True)
def run_job(job_id: int) -> None:
    """Run the Job row *job_id* if it is still queued (a no-op when another worker took it)."""
    from django.db import close_old_connections, connections

    from townhall.jobs.services import execute

    close_old_connections()
    try:
        execute(job_id)
    finally:
        # Jobs are long and few: a fresh connection each costs little and leaves no idle session behind.
        connections.close_all()


def _configure_on_import() -> None:
    try:
        from django.conf import settings

        if settings.configured:
            app.conf.broker_url = settings.BROKER_URL or None
    except Exception:  # noqa: BLE001 - configured again by configure() once Django is set up
        pass


_configure_on_import()
