"""A digest run during which the mail server goes away for a whole minute: every mail arrives after, none twice.

The real SMTP server (aiosmtpd) accepts the first digests, then answers the next MAIL command with
421 and shuts down; it stays down for 60 seconds while the scheduler keeps ticking and the outbox keeps
retrying, then comes back on the same port.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from smtp_inbox import Mailbox, text_of
from townhall.core.models import Consultation, Organization, Paper
from townhall.mail.models import OutgoingMail
from townhall.participation.models import Follow

#: Seconds the mail server is away.
OUTAGE = 60.0
FOLLOWERS = 40
#: Digests the server accepts before it goes away.
ACCEPTED_BEFORE = 12


class FailingMailbox(Mailbox):
    """A mailbox that goes down after accepting *accepted_before* messages, refusing the next MAIL first."""

    def __init__(self, port: int, accepted_before: int) -> None:
        super().__init__(port)
        self.accepted_before = accepted_before
        self.went_down: float | None = None
        self.came_back: float | None = None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            going_down = self.went_down is None and len(self.messages) >= self.accepted_before
            if going_down:
                self.went_down = time.monotonic()
        if going_down:
            # Refused before the message was sent, so no message can be both kept here and retried.
            threading.Thread(target=self._outage, daemon=True).start()
            return "421 4.3.2 Service shutting down"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    def _outage(self) -> None:
        self.stop()
        time.sleep(OUTAGE)
        self.start()
        self.came_back = time.monotonic()


@pytest.fixture
def failing_smtp(smtp):
    """Stop the ordinary test server and put one that fails mid-run on its port."""
    smtp.stop()
    box = FailingMailbox(smtp.port, ACCEPTED_BEFORE)
    box.start()
    yield box
    box.stop()


def test_a_digest_run_survives_a_minute_without_mail_server_and_sends_nothing_twice(council, failing_smtp, settings):
    from townhall.jobs import enqueue
    from townhall.jobs.scheduler import tick
    from townhall.participation.follows import DIGEST_JOB

    # Retries start at a second and double, so the attempt after the minute comes soon after the server.
    settings.MAIL_RETRY_SECONDS = 1.0
    settings.MAIL_MAX_ATTEMPTS = 10
    committee = Organization.objects.create(body=council.body, name="Social- og Integrationsudvalget", classification="committee")
    start = timezone.now() - timedelta(hours=1)
    Follow.objects.bulk_create([
        Follow(email=f"reader{n}@example.org", kind="committee", target=str(committee.pk), label=committee.name,
               frequency=Follow.IMMEDIATE, language=("da", "de", "en")[n % 3], token=f"outage-{n}", confirmed=start,
               last_digest=start)
        for n in range(FOLLOWERS)])
    paper = Paper.objects.create(body=council.body, name="Sag under nedbrud", public=True, kind="proposal", language="da")
    Consultation.objects.create(paper=paper, role="indstilling").organizations.add(committee)

    began = time.monotonic()
    enqueue(DIGEST_JOB, key=DIGEST_JOB)
    while len(failing_smtp.messages) < FOLLOWERS and time.monotonic() - began < OUTAGE + 60:
        tick()
        time.sleep(0.2)

    assert failing_smtp.went_down is not None and failing_smtp.came_back is not None
    assert failing_smtp.came_back - failing_smtp.went_down >= OUTAGE
    digests = OutgoingMail.objects.filter(key__startswith="digest:")
    assert digests.count() == FOLLOWERS
    assert set(digests.values_list("status", flat=True)) == {OutgoingMail.SENT}
    # Mails that waited out the outage were tried while the server was away, and none was given up.
    assert digests.filter(attempts__gte=5).count() == FOLLOWERS - ACCEPTED_BEFORE
    received = {message["To"]: message for message in failing_smtp.messages}
    assert sorted(received) == sorted(f"reader{n}@example.org" for n in range(FOLLOWERS))
    assert all("Sag under nedbrud" in text_of(message) for message in received.values())
    ids = [message["Message-ID"] for message in failing_smtp.messages]
    assert len(ids) == len(set(ids)) == FOLLOWERS
    # A further run finds nothing new and sends nothing more.
    tick()
    time.sleep(1)
    tick()
    assert len(failing_smtp.messages) == FOLLOWERS
