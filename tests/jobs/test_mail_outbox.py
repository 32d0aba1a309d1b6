"""The outbox delivers through a real SMTP server, survives its outage, and never sends a mail twice."""

from __future__ import annotations

import email
import email.policy
import threading
import time
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.db import connections
from django.utils import timezone

from bench.loopback import free_port
from townhall.jobs.scheduler import tick
from townhall.mail.models import OutgoingMail
from townhall.mail.services import MailError, queue_mail, send_due


class Inbox:
    """An aiosmtpd handler that keeps every accepted message and can refuse some recipients."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.refuse: set[str] = set()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"

    def ids(self) -> list[str]:
        with self.lock:
            return [m["Message-ID"] for m in self.messages]


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.inbox = Inbox()
        self.controller = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(settings):
    server = SmtpServer(free_port())
    # pytest-django swaps in the in-memory backend; these tests talk SMTP to a real server.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_TIMEOUT = 5
    settings.MAIL_RETRY_SECONDS = 0.3
    settings.MAIL_MAX_ATTEMPTS = 4
    server.start()
    yield server
    server.stop()


def wait_until(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        tick()
        time.sleep(0.05)
    return condition()


def test_mail_is_delivered_with_html_text_and_unsubscribe_headers(job_backend, smtp):
    mail = queue_mail(
        to=["Anna Berg <anna@example.org>"], subject="Ny høring: integrationspolitik",
        text="Læs udkastet og svar inden 11. oktober.", html="<p>Læs <b>udkastet</b></p>",
        headers={"List-Unsubscribe": "<https://rat.example.org/u/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        attachments=[("invite.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")], language="da",
    )
    # A worker marks the mail sent once the server has taken it: wait for both.
    assert wait_until(lambda: len(smtp.inbox.messages) == 1
                      and OutgoingMail.objects.get(pk=mail.pk).status == OutgoingMail.SENT)
    message = smtp.inbox.messages[0]
    assert message["Subject"] == "Ny høring: integrationspolitik"
    assert message["List-Unsubscribe"] == "<https://rat.example.org/u/abc>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"] == mail.message_id
    assert message.get_body(("plain",)).get_content().strip() == "Læs udkastet og svar inden 11. oktober."
    assert "<b>udkastet</b>" in message.get_body(("html",)).get_content()
    assert [part.get_filename() for part in message.iter_attachments()] == ["invite.ics"]
    mail.refresh_from_db()
    assert mail.status == OutgoingMail.SENT and mail.sent and mail.attempts == 1


def test_an_outage_of_the_mail_server_loses_nothing_and_sends_nothing_twice(job_backend, smtp, settings):
    settings.MAIL_MAX_ATTEMPTS = 30
    settings.MAIL_RETRY_SECONDS = 0.2
    smtp.stop()
    mails = [queue_mail(to=[f"member{i}@example.org"], subject=f"Dagsorden {i}", text="Mødet holdes torsdag.") for i in range(6)]
    # The server stays away for several rounds of attempts.
    assert wait_until(lambda: all(m.attempts >= 3 for m in OutgoingMail.objects.all()), timeout=30)
    assert set(OutgoingMail.objects.values_list("status", flat=True)) == {OutgoingMail.QUEUED}
    assert all("Connection refused" in m.last_error or "Errno" in m.last_error for m in OutgoingMail.objects.all())
    smtp.start()
    assert wait_until(lambda: OutgoingMail.objects.filter(status=OutgoingMail.SENT).count() == 6)
    send_due()  # one more round finds nothing to send
    time.sleep(0.5)
    assert sorted(smtp.inbox.ids()) == sorted(m.message_id for m in mails)


def test_a_refused_recipient_goes_to_the_dead_letter_list_and_can_be_sent_again(job_backend, smtp, admin_client):
    smtp.inbox.refuse.add("gone@example.org")
    mail = queue_mail(to=["gone@example.org"], subject="Referat", text="Referatet er godkendt.")
    assert wait_until(lambda: OutgoingMail.objects.get(pk=mail.pk).status == OutgoingMail.DEAD)
    mail.refresh_from_db()
    assert mail.attempts == 1 and "550" in mail.last_error
    page = admin_client.get("/admin/mail/outgoingmail/?status=dead").content.decode()
    assert "Referat" in page
    smtp.inbox.refuse.clear()
    admin_client.post("/admin/mail/outgoingmail/", {"action": "send_again", "_selected_action": [mail.pk]})
    assert wait_until(lambda: OutgoingMail.objects.get(pk=mail.pk).status == OutgoingMail.SENT)
    assert smtp.inbox.ids() == [mail.message_id]


@pytest.mark.django_db(transaction=True)
def test_a_mail_that_never_gets_through_is_given_up_after_its_attempts(smtp, settings):
    smtp.stop()
    settings.MAIL_RETRY_SECONDS = 0.05
    mail = queue_mail(to=["anna@example.org"], subject="Påmindelse", text="Fristen udløber i morgen.")
    assert wait_until(lambda: OutgoingMail.objects.get(pk=mail.pk).status == OutgoingMail.DEAD, timeout=20)
    mail.refresh_from_db()
    assert mail.attempts == 4


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_once_deliver_each_mail_once(smtp, settings):
    smtp.stop()
    mails = [queue_mail(to=[f"reader{i}@example.org"], subject=f"Sammendrag {i}", text="Nye sager i dag.") for i in range(40)]
    smtp.start()
    OutgoingMail.objects.update(next_attempt=timezone.now() - timedelta(seconds=1))
    def sender():
        send_due()
        connections.close_all()

    threads = [threading.Thread(target=sender) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert OutgoingMail.objects.filter(status=OutgoingMail.SENT).count() == 40
    assert sorted(smtp.inbox.ids()) == sorted(m.message_id for m in mails)


@pytest.mark.django_db(transaction=True)
def test_a_key_queues_one_mail_and_bad_input_is_refused(smtp):
    first = queue_mail(to=["anna@example.org"], subject="Ugens sager", text="…", key="digest:anna:2024-W10")
    again = queue_mail(to=["anna@example.org"], subject="Ugens sager", text="…", key="digest:anna:2024-W10")
    assert first.pk == again.pk
    assert wait_until(lambda: len(smtp.inbox.messages) == 1)
    with pytest.raises(MailError, match="not a valid e-mail address"):
        queue_mail(to=["anna(at)example"], subject="x", text="x")
    with pytest.raises(MailError, match="must be one line"):
        queue_mail(to=["anna@example.org"], subject="x\r\nBcc: all@example.org", text="x")
    with pytest.raises(MailError, match="at least one recipient"):
        queue_mail(to=[], subject="x", text="x")
