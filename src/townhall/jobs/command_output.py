"""What a command prints after queuing jobs: their ids, and their outcome when they already ran."""

from __future__ import annotations

from townhall.jobs.backends import InProcessBackend, get_backend


def report_queued(stdout, rows) -> None:
    """Print one line per queued job; with in-process jobs they ran already, so print how they ended."""
    ran_here = isinstance(get_backend(), InProcessBackend)
    for row in rows:
        row.refresh_from_db()
        line = f"Job #{row.pk} ({row.name}) {row.status}"
        if ran_here and row.status == "failed" and row.error.strip():
            line += f": {row.error.strip().splitlines()[-1]}"
        stdout.write(line + ".")
    if not rows:
        stdout.write("Nothing to queue.")
    elif not ran_here:
        stdout.write("`townhall jobs` and the admin's job list show their progress.")
