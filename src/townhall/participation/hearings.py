"""Open hearings, take and change responses, moderate and publish them: every write of a hearing."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from townhall.council.scopes import require, scope_of
from townhall.council.services.audit import audit, snapshot
from townhall.participation import attachments as attachment_files
from townhall.participation import limits, mails
from townhall.participation.reminders import remind_once
from townhall.participation.models import Hearing, Invitee, Response, ResponseAttachment

#: Letters and digits that cannot be mistaken for one another in a receipt number.
RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
#: What of a hearing the audit log keeps (never the letter in full).
HEARING_FIELDS = ["paper", "title", "audience", "opens_at", "closes_at", "allow_late", "responses_published"]
#: What of a response the audit log keeps: the moderation, never the personal data.
MODERATION_FIELDS = ["receipt", "hidden", "hidden_reason", "personal_data_hidden", "personal_data_reason", "withdrawn",
                     "deletion_requested"]


def _paper_changed(hearing_or_paper) -> None:
    """Give the paper a new ``modified`` time: its OParl form embeds its hearings."""
    from townhall.core.models import Paper

    paper_id = getattr(hearing_or_paper, "paper_id", None) or hearing_or_paper.pk
    Paper.all_objects.filter(pk=paper_id).update(modified=timezone.now())


class HearingClosed(ValidationError):
    """The hearing takes no response now (not yet open, or past its deadline without late responses)."""


@dataclass(frozen=True)
class InviteeEntry:
    name: str
    email: str
    kind: str = "association"


def may_run(user, hearing_or_paper) -> bool:
    """Say whether *user* may open and run hearings on the paper (a case handler or administrator of its body)."""
    paper = getattr(hearing_or_paper, "paper", hearing_or_paper)
    return scope_of(user).may_draft(paper.body_id)


def _require_runs(user, hearing_or_paper) -> None:
    require(may_run(user, hearing_or_paper), _("Only a case handler or an administrator of this body can run its hearings."))


def _token() -> str:
    return secrets.token_urlsafe(32)


# --- Opening ------------------------------------------------------------------------------------------


@transaction.atomic
def hearing_open(*, by, paper, title: str, letter: str, opens_at, closes_at, audience: str = "both",
                 documents=(), parts: str = "", allow_late: bool = False, invitees: list[InviteeEntry] = (),
                 request=None) -> Hearing:
    """Open a hearing on *paper* and send every invited organisation its invitation."""
    _require_runs(by, paper)
    if closes_at <= opens_at:
        raise ValidationError(_("The hearing must close after it opens."))
    if audience == "organisations" and not invitees:
        raise ValidationError(_("Name at least one organisation to invite, or open the hearing to the public."))
    allowed_files = {paper.main_file_id, *paper.auxiliary_files.values_list("pk", flat=True)} - {None}
    chosen = [file for file in documents if file.pk in allowed_files]
    hearing = Hearing.objects.create(
        paper=paper, title=title.strip(), letter=letter.strip(), parts=parts.strip(), audience=audience,
        opens_at=opens_at, closes_at=closes_at, allow_late=allow_late, opened_by=by,
    )
    hearing.documents.set(chosen)
    for entry in invitees:
        invitee = Invitee.objects.create(hearing=hearing, name=entry.name, email=entry.email, kind=entry.kind, token=_token())
        invitation_send(invitee, request=request)
    audit(by, "hearing.open", hearing, body=paper.body, after=snapshot(hearing, HEARING_FIELDS))
    _paper_changed(hearing)
    return hearing


def invitation_send(invitee: Invitee, *, request=None) -> None:
    """Queue the invitation of one organisation, with its own link to the response form."""
    hearing = invitee.hearing
    link = mails.absolute_url(reverse("participation:hearing", args=[hearing.pk]) + f"?invitation={invitee.token}", request)
    mails.send("invitation", to=invitee.email, language=hearing.paper.body.language or None,
               key=f"hearing:{hearing.pk}:invitation:{invitee.pk}",
               context={"hearing": hearing, "invitee": invitee, "link": link})
    invitee.invited = timezone.now()
    invitee.save(update_fields=["invited"])


# --- Responses ----------------------------------------------------------------------------------------


def _when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def response_timing(hearing: Hearing, at=None) -> bool:
    """Return whether a response given now is late; raise HearingClosed when none is taken now."""
    at = at or timezone.now()
    if at < hearing.opens_at:
        raise HearingClosed(_("This hearing opens on %(when)s.") % {"when": _when(hearing.opens_at)})
    if at >= hearing.closes_at:
        if not hearing.allow_late:
            raise HearingClosed(_("The deadline of this hearing passed on %(when)s; responses are no longer taken.")
                                % {"when": _when(hearing.closes_at)})
        return True
    return False


def _receipt(hearing: Hearing) -> str:
    return f"{hearing.pk}-" + "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(8))


@transaction.atomic
def response_submit(*, hearing: Hearing, name: str, email: str, text: str, consent: bool, organisation: str = "",
                    kind: str = "citizen", part: str = "", files=(), invitee: Invitee | None = None,
                    language: str = "", network: str | None = None, request=None) -> Response:
    """Take a response (late when the clerk allows it), store its files and send the receipt.

    Raise HearingClosed outside the hearing's time, RateLimited when the address or network sent
    too many, ValidationError when only invited organisations may answer.
    """
    late = response_timing(hearing)
    if invitee is None and not hearing.takes_public:
        raise ValidationError(_("Only invited organisations can answer this hearing; use the link in your invitation."))
    limits.check_and_count("response", email=email, network=network)
    if invitee is not None:
        organisation = organisation or invitee.name
        kind = invitee.kind
    response = None
    for _attempt in range(5):
        try:
            with transaction.atomic():
                response = Response.objects.create(
                    hearing=hearing, invitee=invitee, receipt=_receipt(hearing), token=_token(), name=name.strip(),
                    organisation=organisation.strip(), kind=kind, email=email.strip(), part=part, text=text,
                    consent=consent, language=mails.mail_language(language), late=late,
                )
            break
        except IntegrityError:
            continue
    if response is None:
        raise RuntimeError("no free receipt number")
    _store_files(response, files)
    _confirm(response, "received", request)
    return response


def _store_files(response: Response, files) -> None:
    stored = [attachment_files.attachment_store(response, checked) for checked in files]
    if stored:
        ids = [row.pk for row in stored]
        from townhall.jobs import enqueue

        enqueue(attachment_files.READ_JOB, ids=ids)


def _confirm(response: Response, what: str, request=None) -> None:
    link = mails.absolute_url(reverse("participation:response", args=[response.token]), request)
    stamp = int((response.edited or response.received).timestamp())
    mails.send("receipt", to=response.email, language=response.language,
               key=f"response:{response.pk}:{what}:{stamp}",
               context={"response": response, "hearing": response.hearing, "link": link, "what": what})


def may_change(response: Response, at=None) -> bool:
    """Say whether the responder may still edit or withdraw *response* (until the deadline)."""
    return response.withdrawn is None and not response.hearing.has_closed(at)


def _require_changeable(response: Response) -> None:
    if response.withdrawn is not None:
        raise HearingClosed(_("This response was withdrawn."))
    if response.hearing.has_closed():
        raise HearingClosed(_("The deadline has passed; the response can no longer be changed."))


@transaction.atomic
def response_edit(response: Response, *, text: str, consent: bool, part: str = "", name: str | None = None,
                  organisation: str | None = None, files=(), remove: list[int] = (), request=None) -> Response:
    """Change a response before the deadline and send its receipt again."""
    _require_changeable(response)
    response.text, response.consent, response.part = text, consent, part
    if name is not None:
        response.name = name.strip()
    if organisation is not None and response.invitee_id is None:
        response.organisation = organisation.strip()
    response.edited = timezone.now()
    response.save()
    if remove:
        ResponseAttachment.objects.filter(response=response, pk__in=list(remove)).delete()
    _store_files(response, files)
    _confirm(response, "edited", request)
    return response


@transaction.atomic
def response_withdraw(response: Response, *, request=None) -> Response:
    """Withdraw a response before the deadline: it is no longer counted or published."""
    _require_changeable(response)
    response.withdrawn = response.edited = timezone.now()
    response.save(update_fields=["withdrawn", "edited"])
    _confirm(response, "withdrawn", request)
    return response


@transaction.atomic
def response_request_deletion(response: Response, *, request=None) -> Response:
    """Record the responder's wish that the response be deleted, take it off every page and tell the clerk."""
    if response.deletion_requested is None:
        response.deletion_requested = timezone.now()
        response.save(update_fields=["deletion_requested"])
        hearing = response.hearing
        to = (hearing.opened_by.email if hearing.opened_by and hearing.opened_by.email else "") or hearing.paper.body.contact_email
        if to:
            link = mails.absolute_url(reverse("participation-staff:hearing", args=[hearing.pk]), request)
            mails.send("deletion_requested", to=to, language=hearing.paper.body.language or None,
                       key=f"response:{response.pk}:deletion", context={"response": response, "hearing": hearing, "link": link})
    return response


# --- The clerk after the deadline --------------------------------------------------------------------


@transaction.atomic
def response_hide(*, by, response: Response, reason: str, hidden: bool = True) -> Response:
    """Hide a response from every public page (abuse), or show it again; logged with the reason."""
    _require_runs(by, response.hearing)
    if hidden and not reason.strip():
        raise ValidationError(_("Say why the response is hidden."))
    before = snapshot(response, MODERATION_FIELDS)
    response.hidden, response.hidden_reason = hidden, reason.strip() if hidden else ""
    response.save(update_fields=["hidden", "hidden_reason"])
    audit(by, "hearing.response.hide" if hidden else "hearing.response.show", response, body=response.hearing.paper.body,
          before=before, after=snapshot(response, MODERATION_FIELDS))
    _paper_changed(response.hearing)
    return response


@transaction.atomic
def response_hide_personal_data(*, by, response: Response, reason: str) -> Response:
    """Publish a response without the responder's name and organisation; logged with the reason."""
    _require_runs(by, response.hearing)
    if not reason.strip():
        raise ValidationError(_("Say why the personal data is hidden."))
    before = snapshot(response, MODERATION_FIELDS)
    response.personal_data_hidden, response.personal_data_reason = True, reason.strip()
    response.save(update_fields=["personal_data_hidden", "personal_data_reason"])
    audit(by, "hearing.response.hide_personal_data", response, body=response.hearing.paper.body,
          before=before, after=snapshot(response, MODERATION_FIELDS))
    return response


@transaction.atomic
def response_delete(*, by, response: Response) -> None:
    """Delete a response and its files for good (after the responder asked); logged without its content."""
    _require_runs(by, response.hearing)
    before = snapshot(response, MODERATION_FIELDS)
    body = response.hearing.paper.body
    audit(by, "hearing.response.delete", response, body=body, before=before)
    _paper_changed(response.hearing)
    response.delete()


@transaction.atomic
def hearing_publish_responses(*, by, hearing: Hearing) -> Hearing:
    """Publish the responses whose authors consented (after the deadline), on the hearing's response page."""
    _require_runs(by, hearing)
    if not hearing.has_closed():
        raise ValidationError(_("Responses are published after the deadline."))
    before = snapshot(hearing, HEARING_FIELDS)
    hearing.responses_published = timezone.now()
    hearing.save(update_fields=["responses_published", "modified"])
    audit(by, "hearing.publish", hearing, body=hearing.paper.body, before=before, after=snapshot(hearing, HEARING_FIELDS))
    _paper_changed(hearing)
    return hearing


def erase_expired(now=None) -> int:
    """Erase names and e-mail addresses of responses to hearings closed longer ago than the retention time."""
    from django.conf import settings

    cutoff = (now or timezone.now()) - timedelta(days=settings.RESPONSE_RETENTION_DAYS)
    return (Response.objects.filter(hearing__closes_at__lt=cutoff).exclude(email="")
            .update(name="", email="", organisation="", personal_data_hidden=True,
                    personal_data_reason="retention"))


def send_reminders(now=None, request=None) -> int:
    """Remind, once, the invited organisations of open hearings closing soon that have not responded."""
    from django.conf import settings
    from django.db.models import Exists, OuterRef, Q

    now = now or timezone.now()
    answered = Response.objects.filter(hearing=OuterRef("hearing")).filter(
        Q(invitee=OuterRef("pk")) | Q(email__iexact=OuterRef("email")))
    due = (Invitee.objects.select_related("hearing", "hearing__paper", "hearing__paper__body")
           .filter(reminded__isnull=True, invited__isnull=False, hearing__opens_at__lte=now, hearing__closes_at__gt=now,
                   hearing__closes_at__lte=now + timedelta(days=settings.REMINDER_DAYS), hearing__paper__deleted=False)
           .exclude(Exists(answered)))

    def send(invitee):
        hearing = invitee.hearing
        link = mails.absolute_url(reverse("participation:hearing", args=[hearing.pk]) + f"?invitation={invitee.token}", request)
        mails.send("hearing_reminder", to=invitee.email, language=hearing.paper.body.language or None,
                   key=f"hearing:{hearing.pk}:reminder:{invitee.pk}",
                   context={"hearing": hearing, "invitee": invitee, "link": link})

    return remind_once(due, now=now, send=send)
