"""The mail outbox's job and scheduler hook."""

from townhall.jobs import job
from townhall.jobs.scheduler import every_tick
from townhall.mail import services


@job(services.SEND_JOB)
def send_due(context):
    """Send every due mail in the outbox."""
    return services.send_due(progress=context.progress)


every_tick(services.queue_sending_if_due)
