"""Jobs of hearings: read the files sent with responses; erase personal data past its retention."""

from townhall.jobs import job
from townhall.jobs.scheduler import every_tick
from townhall.participation import attachments, hearings


@job(attachments.READ_JOB, max_attempts=2)
def read_attachments(context, ids: list[int] | None = None):
    """Read the text of the given (or every pending) response attachment in a supervised reader."""
    return attachments.read_pending(ids)


every_tick(hearings.erase_expired)
