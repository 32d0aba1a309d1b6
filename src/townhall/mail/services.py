"""Queue mail in the outbox and send what is due, each mail at most once per successful hand-over.

A mail is claimed (queued -> sending, with a token) before it is handed to the SMTP server and
marked sent right after the server accepted it, so two senders never send the same row. A
temporary failure (server away, 4xx) waits ``MAIL_RETRY_SECONDS`` doubled per attempt; a
permanent one (5xx) or the last attempt puts the mail on the dead-letter list. A sender that
dies between the server's acceptance and the mark leaves a ``sending`` row; it is queued again
after ``SENDING_TIMEOUT`` with the same Message-ID, so receivers can recognise the repeat.
"""

from __future__ import annotations

import base64
import logging
import smtplib
import socket
import uuid
from collections.abc import Iterable, Mapping
from datetime import timedelta
from email.utils import getaddresses, make_msgid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from townhall.mail.models import OutgoingMail

log = logging.getLogger("townhall.mail")

#: Mails claimed per round.
BATCH = 100
#: Longest wait between two attempts of one mail.
MAX_RETRY_WAIT = 3600.0
#: A mail left ``sending`` this long by a sender that died is queued again.
SENDING_TIMEOUT = timedelta(minutes=10)
SEND_JOB = "mail.send_due"


class MailError(ValueError):
    """A mail cannot be queued as given (a bad address or header); the message says which."""


def queue_mail(*, to: Iterable[str] | str, subject: str, text: str, html: str = "", from_email: str | None = None,
               cc: Iterable[str] = (), reply_to: Iterable[str] = (), headers: Mapping[str, str] | None = None,
               attachments: Iterable[tuple[str, bytes, str]] = (), key: str | None = None, language: str = "") -> OutgoingMail:
    """Store a mail in the outbox and have it sent once the current transaction commits.

    *attachments* are ``(filename, bytes, mimetype)``. With a *key*, a mail already queued under
    it is returned instead of a second one.
    """
    recipients = _addresses([to] if isinstance(to, str) else to, "to")
    if not recipients:
        raise MailError("A mail needs at least one recipient.")
    cc_list, reply_list = _addresses(cc, "cc"), _addresses(reply_to, "reply-to")
    sender = from_email or settings.DEFAULT_FROM_EMAIL
    _addresses([sender], "from")
    extra = dict(headers or {})
    for name, value in [("Subject", subject), *extra.items()]:
        if "\n" in str(name) or "\r" in str(name) or "\n" in str(value) or "\r" in str(value):
            raise MailError(f"The header {name!r} must be one line.")
    stored_attachments = [
        {"filename": name, "mimetype": mimetype, "content": base64.b64encode(data).decode("ascii")}
        for name, data, mimetype in attachments
    ]
    if key:
        existing = OutgoingMail.objects.filter(key=key).first()
        if existing is not None:
            return existing
    domain = sender.rsplit("@", 1)[-1].strip(">") or "localhost"
    fields = dict(
        key=key or None, message_id=make_msgid(domain=domain), from_email=sender, to=recipients, cc=cc_list,
        reply_to=reply_list, subject=subject, text=text, html=html, headers=extra, attachments=stored_attachments,
        language=language,
    )
    try:
        with transaction.atomic():
            mail = OutgoingMail.objects.create(**fields)
    except IntegrityError:
        if key and (existing := OutgoingMail.objects.filter(key=key).first()) is not None:
            return existing
        raise
    _send_after_commit()
    return mail


def _addresses(values: Iterable[str], field: str) -> list[str]:
    result = []
    for value in values:
        for _name, address in getaddresses([value]):
            try:
                validate_email(address)
            except ValidationError:
                raise MailError(f"{value!r} is not a valid e-mail address ({field}).") from None
        result.append(value)
    return result


def _send_after_commit() -> None:
    # One sending job per transaction, however many mails it queued.
    if getattr(connection, "_townhall_mail_pending", False):
        return
    connection._townhall_mail_pending = True

    def send():
        connection._townhall_mail_pending = False
        queue_sending()

    transaction.on_commit(send)


def queue_sending(delay: float = 0):
    """Queue the job that sends due mail, unless one is waiting already."""
    from townhall.jobs import enqueue

    return enqueue(SEND_JOB, key=SEND_JOB, delay=delay)


def send_due(progress=None) -> dict[str, int]:
    """Send every mail that is due, in claimed batches; return how many were sent, retried and given up."""
    counts = {"sent": 0, "retry": 0, "dead": 0}
    while True:
        token = uuid.uuid4().hex
        claimed = _claim(token)
        if not claimed:
            break
        _send_batch(claimed, token, counts)
        if progress is not None:
            progress(advance=len(claimed), text=f"{counts['sent']} sent, {counts['retry']} to retry, {counts['dead']} dead")
    waiting = OutgoingMail.objects.filter(status=OutgoingMail.QUEUED).order_by("next_attempt").values_list("next_attempt", flat=True).first()
    if waiting is not None:
        queue_sending(delay=max(0.0, (waiting - timezone.now()).total_seconds()))
    return counts


def _claim(token: str) -> list[OutgoingMail]:
    now = timezone.now()
    ids = list(OutgoingMail.objects.filter(status=OutgoingMail.QUEUED, next_attempt__lte=now)
               .order_by("next_attempt", "pk").values_list("pk", flat=True)[:BATCH])
    if not ids:
        return []
    # Row by row: a row another sender claimed meanwhile no longer matches.
    mine = [pk for pk in ids if OutgoingMail.objects.filter(pk=pk, status=OutgoingMail.QUEUED).update(
        status=OutgoingMail.SENDING, claim=token, claimed_at=now)]
    return list(OutgoingMail.objects.filter(pk__in=mine, claim=token).order_by("pk"))


def _send_batch(mails: list[OutgoingMail], token: str, counts: dict[str, int]) -> None:
    smtp = None
    for mail in mails:
        try:
            if smtp is None:
                smtp = get_connection(fail_silently=False)
                smtp.open()
            if smtp.send_messages([_message(mail, smtp)]) != 1:
                raise smtplib.SMTPException("the server did not accept the message")
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            counts[_failed(mail, token, exc)] += 1
            if smtp is not None and not isinstance(exc, (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused)):
                _close(smtp)
                smtp = None
            continue
        OutgoingMail.objects.filter(pk=mail.pk, claim=token).update(
            status=OutgoingMail.SENT, sent=timezone.now(), last_error="", attempts=mail.attempts + 1, claim="")
        counts["sent"] += 1
    if smtp is not None:
        _close(smtp)


def _close(smtp) -> None:
    try:
        smtp.close()
    except Exception:  # noqa: BLE001 - the connection is gone either way
        pass


def _message(mail: OutgoingMail, smtp) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=mail.subject, body=mail.text, from_email=mail.from_email, to=mail.to, cc=mail.cc,
        reply_to=mail.reply_to, headers={**mail.headers, "Message-ID": mail.message_id}, connection=smtp,
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    for attachment in mail.attachments:
        message.attach(attachment["filename"], base64.b64decode(attachment["content"]), attachment["mimetype"])
    return message


def _permanent(exc: Exception) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in exc.recipients.values())
    code = getattr(exc, "smtp_code", None)
    return isinstance(code, int) and code >= 500


def _failed(mail: OutgoingMail, token: str, exc: Exception) -> str:
    attempts = mail.attempts + 1
    error = f"{type(exc).__name__}: {exc}"[:2000]
    if _permanent(exc) or attempts >= settings.MAIL_MAX_ATTEMPTS:
        OutgoingMail.objects.filter(pk=mail.pk, claim=token).update(
            status=OutgoingMail.DEAD, attempts=attempts, last_error=error, claim="")
        log.error("mail #%s to %s given up after %s attempts: %s", mail.pk, ", ".join(mail.to), attempts, error)
        return "dead"
    wait = min(MAX_RETRY_WAIT, settings.MAIL_RETRY_SECONDS * 2 ** (attempts - 1))
    OutgoingMail.objects.filter(pk=mail.pk, claim=token).update(
        status=OutgoingMail.QUEUED, attempts=attempts, last_error=error, claim="",
        next_attempt=timezone.now() + timedelta(seconds=wait))
    log.warning("mail #%s not sent (%s); next attempt in %.0f s", mail.pk, error, wait)
    return "retry"


def recover_stale_sending() -> int:
    """Queue again mails left ``sending`` by a sender that died; return how many."""
    cutoff = timezone.now() - SENDING_TIMEOUT
    return OutgoingMail.objects.filter(status=OutgoingMail.SENDING, claimed_at__lt=cutoff).update(
        status=OutgoingMail.QUEUED, claim="", next_attempt=timezone.now(),
        last_error="The sender stopped before it could record the result; sent again with the same Message-ID.")


def send_again(mails) -> int:
    """Take mails off the dead-letter list and queue them for a fresh round of attempts."""
    count = mails.filter(status=OutgoingMail.DEAD).update(status=OutgoingMail.QUEUED, attempts=0, next_attempt=timezone.now())
    if count:
        transaction.on_commit(queue_sending)
    return count


def queue_sending_if_due() -> None:
    """Queue the sending job when a mail is due and no sending job waits (a scheduler hook)."""
    recover_stale_sending()
    if OutgoingMail.objects.filter(status=OutgoingMail.QUEUED, next_attempt__lte=timezone.now()).exists():
        queue_sending()
