"""Wait for a job to end, ticking the scheduler as `townhall scheduler` would."""

from __future__ import annotations

import time


def wait_for(job, statuses=("done", "failed", "cancelled"), timeout: float = 30.0):
    """Poll *job* until its status is one of *statuses*, ticking the scheduler; return the fresh row."""
    from townhall.jobs.scheduler import tick

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status in statuses:
            return job
        tick()
        time.sleep(0.05)
    job.refresh_from_db()
    raise AssertionError(f"job #{job.pk} still {job.status} after {timeout} s: {job.error}")
