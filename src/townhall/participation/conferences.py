"""Open events for registration, take and cancel registrations, keep the waiting list: every write of an event.

A registration takes a place while places are left, else a place on the waiting list (when the clerk
keeps one), else it is refused; after the registration deadline every registration is refused, naming
the deadline. Cancelling a place moves the first on the waiting list up and tells them. Decisions about
places are made with the event's row locked, so two registrations never take the last place twice.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from townhall.council.services.audit import audit, snapshot
from townhall.participation import limits, mails
from townhall.participation.reminders import remind_once
from townhall.participation.event_calendar import event_ics
from townhall.participation.hearings import _paper_changed, may_run
from townhall.participation.models import REGISTRATION_FIELDS, Conference, ConferenceInvitee, Registration

#: What of an event the audit log keeps.
CONFERENCE_FIELDS = ["paper", "title", "starts_at", "ends_at", "address", "online_url", "registration_deadline",
                     "capacity", "waiting_list", "fields"]
#: What of a registration the audit log keeps: its state, never the person.
REGISTRATION_AUDIT_FIELDS = ["status", "registered", "promoted", "cancelled"]
FIELD_CODES = {code for code, _label in REGISTRATION_FIELDS}


class RegistrationRefused(ValidationError):
    """The event takes no registration now: the deadline passed, or it is full without a waiting list."""


@dataclass(frozen=True)
class InviteeEntry:
    name: str
    email: str


@dataclass(frozen=True)
class CardEventDraft:
    """What the clerk's form starts from when an event read from a paper is opened for registration."""

    title: str
    description: str
    starts_at: datetime | None
    ends_at: datetime | None
    address: str
    online_url: str
    registration_deadline: datetime | None


def _require_runs(user, conference_or_paper) -> None:
    from townhall.council.scopes import require

    require(may_run(user, conference_or_paper),
            _("Only a case handler or an administrator of this body can run its events."))


def _token() -> str:
    return secrets.token_urlsafe(32)


def _when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _language(conference: Conference) -> str | None:
    return conference.paper.body.language or None


# --- Opening -----------------------------------------------------------------------------------------


def draft_from_card_event(event) -> CardEventDraft:
    """Return the form's starting values for an event read from a paper's card (``core.Event``).

    The day becomes 09:00 to 16:00 in the body's time zone; the registration deadline is the paper's
    latest deadline before the event, else a week before it; a place that is a web address becomes the
    online link.
    """
    zone = timezone.get_current_timezone()
    starts = datetime.combine(event.start, time(9, 0), tzinfo=zone) if event.start else None
    ends = datetime.combine(event.end or event.start, time(16, 0), tzinfo=zone) if event.start else None
    deadline = None
    if event.start:
        day = (event.paper.deadlines.filter(date__lt=event.start).order_by("-date").values_list("date", flat=True).first()
               or event.start - timedelta(days=7))
        deadline = datetime.combine(day, time(23, 59), tzinfo=zone)
    place = (event.place or "").strip()
    is_link = urlsplit(place).scheme in ("http", "https")
    return CardEventDraft(
        title=(event.name or event.paper.name)[:500], description=event.paper.name,
        starts_at=starts, ends_at=ends, address="" if is_link else place[:500], online_url=place if is_link else "",
        registration_deadline=deadline,
    )


def _check_times(starts_at, ends_at, registration_deadline) -> None:
    if ends_at <= starts_at:
        raise ValidationError(_("The event must end after it starts."))
    if registration_deadline > starts_at:
        raise ValidationError(_("The registration deadline must not be after the event starts."))


@transaction.atomic
def conference_open(*, by, paper, title: str, starts_at, ends_at, registration_deadline, description: str = "",
                    address: str = "", online_url: str = "", capacity: int | None = None, waiting_list: bool = True,
                    fields=(), questions: str = "", invitees: list[InviteeEntry] = (), card_event=None,
                    request=None) -> Conference:
    """Open an event on *paper* for registration and send every invitee its invitation."""
    _require_runs(by, paper)
    _check_times(starts_at, ends_at, registration_deadline)
    if not address.strip() and not online_url.strip():
        raise ValidationError(_("Give the event's address, an online link, or both."))
    if capacity is not None and capacity < 1:
        raise ValidationError(_("An event with a limit needs at least one place."))
    if card_event is not None and card_event.paper_id != paper.pk:
        card_event = None
    conference = Conference.objects.create(
        paper=paper, card_event=card_event, title=title.strip(), description=description.strip(), starts_at=starts_at,
        ends_at=ends_at, address=address.strip(), online_url=online_url.strip(), registration_deadline=registration_deadline,
        capacity=capacity, waiting_list=waiting_list, fields=[code for code in fields if code in FIELD_CODES],
        questions=questions.strip(), opened_by=by,
    )
    for entry in invitees:
        invitee = ConferenceInvitee.objects.create(conference=conference, name=entry.name, email=entry.email, token=_token())
        invitation_send(invitee, request=request)
    audit(by, "event.open", conference, body=paper.body, after=snapshot(conference, CONFERENCE_FIELDS))
    _paper_changed(conference)
    return conference


def _event_link(conference: Conference, request=None, invitee: ConferenceInvitee | None = None) -> str:
    path = reverse("participation:event", args=[conference.pk])
    if invitee is not None:
        path += f"?invitation={invitee.token}"
    return mails.absolute_url(path, request)


def invitation_send(invitee: ConferenceInvitee, *, request=None) -> None:
    """Queue the invitation of one invitee, with its own link to the registration form."""
    conference = invitee.conference
    mails.send("event_invitation", to=invitee.email, language=_language(conference),
               key=f"event:{conference.pk}:invitation:{invitee.pk}",
               context={"conference": conference, "invitee": invitee, "link": _event_link(conference, request, invitee)})
    invitee.invited = timezone.now()
    invitee.save(update_fields=["invited"])


# --- Registering -------------------------------------------------------------------------------------


def places_taken(conference: Conference) -> int:
    return Registration.objects.filter(conference=conference, status=Registration.CONFIRMED).count()


def places_left(conference: Conference) -> int | None:
    """Return how many places are free, or None when the event has no limit."""
    if conference.capacity is None:
        return None
    return max(conference.capacity - places_taken(conference), 0)


def waiting_position(registration: Registration) -> int | None:
    """Return the registration's place on the waiting list (1 is next), or None when it is not waiting."""
    if registration.status != Registration.WAITING:
        return None
    ahead = Q(registered__lt=registration.registered) | Q(registered=registration.registered, pk__lt=registration.pk)
    return Registration.objects.filter(ahead, conference_id=registration.conference_id, status=Registration.WAITING).count() + 1


def registration_timing(conference: Conference, at=None) -> None:
    """Raise RegistrationRefused, naming the deadline, when registration has closed."""
    if not conference.takes_registrations(at):
        raise RegistrationRefused(_("Registration for this event closed on %(when)s.") % {"when": _when(conference.registration_deadline)})


@transaction.atomic
def registration_submit(*, conference: Conference, name: str, email: str, answers: dict | None = None,
                        invitee: ConferenceInvitee | None = None, language: str = "", network: str | None = None,
                        request=None) -> Registration:
    """Register someone: a place while places are left, else the waiting list; send the confirmation.

    Raise RegistrationRefused after the deadline or when the event is full and keeps no waiting list,
    RateLimited when the address or network registered too often. Registering again with the same
    address sends the confirmation of the existing registration again.
    """
    # The lock makes concurrent registrations take places one after the other (PostgreSQL; SQLite
    # writes one transaction at a time anyway).
    conference = Conference.objects.select_for_update().select_related("paper", "paper__body").get(pk=conference.pk)
    registration_timing(conference)
    limits.check_and_count("registration", email=email, network=network)
    existing = (Registration.objects.filter(conference=conference, email__iexact=email.strip())
                .exclude(status=Registration.CANCELLED).first())
    if existing is not None:
        _confirm(existing, "again", request)
        return existing
    left = places_left(conference)
    if left is None or left > 0:
        status = Registration.CONFIRMED
    elif conference.waiting_list:
        status = Registration.WAITING
    else:
        raise RegistrationRefused(_("This event is full: all %(count)s places are taken.") % {"count": conference.capacity})
    registration = Registration.objects.create(
        conference=conference, invitee=invitee, token=_token(), name=name.strip(), email=email.strip(),
        answers=answers or {}, language=mails.mail_language(language), status=status,
    )
    _confirm(registration, status, request)
    return registration


def _confirm(registration: Registration, what: str, request=None) -> None:
    """Queue the mail that tells the registrant where they stand; a confirmed place carries the calendar file."""
    conference = registration.conference
    link = mails.absolute_url(reverse("participation:registration", args=[registration.token]), request)
    attachments = []
    if registration.status == Registration.CONFIRMED and what != "cancelled":
        attachments = [("event.ics", event_ics(conference, _event_link(conference, request)), "text/calendar")]
    stamp = int(timezone.now().timestamp() * 1000)
    mails.send("event_registration", to=registration.email, language=registration.language,
               key=f"registration:{registration.pk}:{what}:{stamp}", attachments=attachments,
               context={"registration": registration, "conference": conference, "link": link, "what": what,
                        "position": waiting_position(registration), "event_link": _event_link(conference, request)})


def may_cancel(registration: Registration, at=None) -> bool:
    """Say whether the registrant may still cancel (until the event starts)."""
    return registration.status != Registration.CANCELLED and (at or timezone.now()) < registration.conference.starts_at


@transaction.atomic
def registration_cancel(registration: Registration, *, by=None, request=None) -> list[Registration]:
    """Cancel a registration, move the first on the waiting list up into a freed place, and tell them.

    *by* is the clerk who cancels for the registrant (logged); return the registrations moved up.
    """
    conference = Conference.objects.select_for_update().select_related("paper", "paper__body").get(pk=registration.conference_id)
    registration = Registration.objects.select_related("conference").get(pk=registration.pk)
    if by is not None:
        _require_runs(by, conference)
    elif not may_cancel(registration):
        raise RegistrationRefused(_("This registration can no longer be cancelled."))
    if registration.status == Registration.CANCELLED:
        return []
    before = snapshot(registration, REGISTRATION_AUDIT_FIELDS)
    registration.status, registration.cancelled = Registration.CANCELLED, timezone.now()
    registration.save(update_fields=["status", "cancelled"])
    _confirm(registration, "cancelled", request)
    if by is not None:
        audit(by, "event.registration.cancel", registration, body=conference.paper.body, before=before,
              after=snapshot(registration, REGISTRATION_AUDIT_FIELDS))
    return _move_up(conference, request)


def _move_up(conference: Conference, request=None) -> list[Registration]:
    left = places_left(conference)
    if left is None or left <= 0 or timezone.now() >= conference.starts_at:
        return []
    moved = list(Registration.objects.filter(conference=conference, status=Registration.WAITING)
                 .order_by("registered", "pk")[:left])
    for registration in moved:
        registration.status, registration.promoted = Registration.CONFIRMED, timezone.now()
        registration.save(update_fields=["status", "promoted"])
        registration.conference = conference
        _confirm(registration, "promoted", request)
    return moved


@transaction.atomic
def invitation_decline(invitee: ConferenceInvitee) -> ConferenceInvitee:
    """Record that an invitee will not come: they get no reminder."""
    if invitee.declined is None:
        invitee.declined = timezone.now()
        invitee.save(update_fields=["declined"])
    return invitee


# --- Reminders ---------------------------------------------------------------------------------------


def send_reminders(now=None, request=None) -> int:
    """Remind, once, the invitees of events whose deadline is near and who neither registered nor declined."""
    from django.conf import settings

    now = now or timezone.now()
    answered = Registration.objects.filter(conference=OuterRef("conference")).filter(
        Q(invitee=OuterRef("pk")) | Q(email__iexact=OuterRef("email")))
    due = (ConferenceInvitee.objects.select_related("conference", "conference__paper", "conference__paper__body")
           .filter(reminded__isnull=True, declined__isnull=True, invited__isnull=False,
                   conference__registration_deadline__gt=now,
                   conference__registration_deadline__lte=now + timedelta(days=settings.REMINDER_DAYS),
                   conference__paper__deleted=False)
           .exclude(Exists(answered)))

    def send(invitee):
        conference = invitee.conference
        mails.send("event_reminder", to=invitee.email, language=_language(conference),
                   key=f"event:{conference.pk}:reminder:{invitee.pk}",
                   context={"conference": conference, "invitee": invitee, "link": _event_link(conference, request, invitee)})

    return remind_once(due, now=now, send=send)
