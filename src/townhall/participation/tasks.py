"""Jobs of participation: read response attachments, send digests, erase personal data past its retention."""

from townhall.jobs import enqueue, job
from townhall.jobs.scheduler import every_tick
from townhall.participation import attachments, conferences, follows, hearings


@job(attachments.READ_JOB, max_attempts=2)
def read_attachments(context, ids: list[int] | None = None):
    """Read the text of the given (or every pending) response attachment in a supervised reader."""
    return attachments.read_pending(ids)


@job(follows.DIGEST_JOB, max_attempts=3)
def send_digests(context):
    """Queue the digest mails of every follow that is due."""
    return follows.send_digests()


def queue_digests():
    """Queue the digest run unless one is waiting already (the job's key keeps it single)."""
    if follows.due_follows().exists():
        enqueue(follows.DIGEST_JOB, key=follows.DIGEST_JOB)


every_tick(hearings.erase_expired)
every_tick(queue_digests)


def send_reminders():
    """Remind invitees who have not answered, once, before the deadline of their hearing or event."""
    hearings.send_reminders()
    conferences.send_reminders()


every_tick(send_reminders)
