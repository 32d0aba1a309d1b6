"""Meetings of a committee: single or in a series, their agenda, attendance, and the invitation."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from townhall.core import access
from townhall.core.access import Linked
from townhall.core.models import AgendaItem, Consultation, Meeting, Organization, Paper, Person
from townhall.core.services import agenda_item_create
from townhall.council.models import (
    AgendaEntry, Attendance, Frequency, MeetingRecord, MeetingSeries, MeetingState, PaperRecord, PaperStatus, Presence,
    RouteStep, StepState,
)
from townhall.council.scopes import require, scope_of
from townhall.council.services.audit import audit


def may_run(user, organization: Organization) -> bool:
    """Say whether *user* prepares the meetings of *organization* (its secretary or an administrator)."""
    return scope_of(user).runs(organization.pk, organization.body_id)


def _require_runs(by, organization) -> None:
    require(may_run(by, organization), _("Only the committee's secretary or an administrator of its body may do this."))


def _hidden_until_announced(meeting_ids=(), item_ids=()) -> None:
    # A new meeting or item starts shown (the column's default); the rule hides it until announced.
    access.refresh(Linked(meetings=set(meeting_ids), agenda_items=set(item_ids)))


@transaction.atomic
def meeting_create(*, by, organization: Organization, start: datetime, end: datetime | None = None, name: str = "",
                   series: MeetingSeries | None = None) -> Meeting:
    """Plan a meeting of *organization*; it is not public before its invitation is published."""
    _require_runs(by, organization)
    if end is not None and end < start:
        raise ValidationError(_("A meeting cannot end before it starts."))
    meeting = Meeting.objects.create(body=organization.body, name=name or organization.name, start=start, end=end,
                                     meeting_state="scheduled")
    meeting.organizations.add(organization)
    MeetingRecord.objects.create(meeting=meeting, body=organization.body, organization=organization, series=series)
    _hidden_until_announced([meeting.pk])
    audit(by, "meeting.create", meeting, body=organization.body)
    return meeting


@transaction.atomic
def series_create(*, by, organization: Organization, name: str, first_start: datetime, frequency: str, count: int,
                  duration_minutes: int = 120) -> MeetingSeries:
    """Plan *count* meetings of *organization*, weekly, fortnightly or monthly from *first_start*."""
    _require_runs(by, organization)
    if not 1 <= count <= 60:
        raise ValidationError(_("A series has between 1 and 60 meetings."))
    series = MeetingSeries.objects.create(body=organization.body, organization=organization, name=name,
                                          first_start=first_start, frequency=frequency, count=count,
                                          duration_minutes=duration_minutes)
    for start in series_dates(first_start, frequency, count):
        meeting_create(by=by, organization=organization, start=start, end=start + timedelta(minutes=duration_minutes),
                       name=name, series=series)
    return series


def series_dates(first: datetime, frequency: str, count: int) -> list[datetime]:
    """Return the starts of a series: every week, every two weeks, or the same day of each month."""
    if frequency == Frequency.MONTHLY:
        local = timezone.localtime(first) if timezone.is_aware(first) else first
        starts = []
        for n in range(count):
            month = local.month - 1 + n
            year, month = local.year + month // 12, month % 12 + 1
            day = min(local.day, _days_in(year, month))
            starts.append(local.replace(year=year, month=month, day=day))
        return starts
    step = timedelta(weeks=1 if frequency == Frequency.WEEKLY else 2)
    return [first + n * step for n in range(count)]


def _days_in(year: int, month: int) -> int:
    following = datetime(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def record_of(meeting: Meeting) -> MeetingRecord:
    record = MeetingRecord.objects.filter(meeting=meeting).select_related("organization", "body").first()
    if record is None:
        raise ValidationError(_("This meeting was not prepared in townhall."))
    return record


def routed_here(paper: Paper, organization: Organization) -> RouteStep | None:
    """Return the open step of *paper*'s route at *organization* (current or planned), if any."""
    return (RouteStep.objects.filter(consultation__paper=paper, consultation__deleted=False, organization=organization)
            .exclude(state=StepState.DONE).select_related("consultation").order_by("consultation__position").first())


def _candidate_steps(meeting: Meeting):
    record = record_of(meeting)
    return (RouteStep.objects.filter(organization=record.organization, state=StepState.CURRENT,
                                     consultation__deleted=False, consultation__agenda_item__isnull=True,
                                     consultation__paper__deleted=False)
            .filter(Q(consultation__meeting__isnull=True) | Q(consultation__meeting=meeting))
            .exclude(consultation__paper__council__status=PaperStatus.WITHDRAWN))


def agenda_candidates(meeting: Meeting, limit: int | None = None) -> list[RouteStep]:
    """Return the steps of papers now before the meeting's committee that are on no agenda yet.

    Papers aimed at this very meeting come first, then the others in the order their routes were
    planned; *limit* keeps a committee with a long queue to a list a clerk can work through.
    """
    steps = (_candidate_steps(meeting).select_related("consultation__paper", "consultation__meeting")
             .order_by(F("consultation__meeting").desc(nulls_last=True), "id"))
    return list(steps[:limit] if limit is not None else steps)


def agenda_candidates_count(meeting: Meeting) -> int:
    """Count the papers before the meeting's committee that are on no agenda yet."""
    return _candidate_steps(meeting).count()


def _next_order(meeting: Meeting) -> int:
    return (AgendaItem.all_objects.filter(meeting=meeting).aggregate(top=Max("order"))["top"] or 0) + 1


@transaction.atomic
def agenda_add_paper(*, by, meeting: Meeting, paper: Paper, public: bool = True) -> AgendaItem:
    """Put *paper* on the agenda; it must be routed to the meeting's committee."""
    record = record_of(meeting)
    _require_runs(by, record.organization)
    step = routed_here(paper, record.organization)
    if step is None or paper.body_id != meeting.body_id:
        raise ValidationError(
            _("%(paper)s is not routed to %(committee)s, so it cannot be on this agenda. Plan it on the paper's route first.")
            % {"paper": paper, "committee": record.organization}, code="not_routed")
    if step.consultation.agenda_item_id is not None:
        raise ValidationError(_("%(paper)s is on an agenda already.") % {"paper": paper})
    paper_record = PaperRecord.objects.filter(paper=paper).first()
    confidential = bool(paper_record and paper_record.confidential)
    item = agenda_item_create(meeting=meeting, order=_next_order(meeting), name=paper.name,
                              public=False if confidential or not public else True)
    AgendaEntry.objects.create(agenda_item=item, paper=paper, consultation=step.consultation,
                               late=record.invitation_published_at is not None)
    consultation = step.consultation
    consultation.agenda_item, consultation.meeting = item, meeting
    consultation.date = timezone.localtime(meeting.start).date() if meeting.start else consultation.date
    consultation.save(update_fields=["agenda_item", "meeting", "date", "modified"])
    if step.state == StepState.PLANNED:
        step.state = StepState.CURRENT
        step.save(update_fields=["state"])
    if paper_record is not None:
        PaperRecord.objects.filter(pk=paper_record.pk).update(status=PaperStatus.ON_AGENDA)
    _hidden_until_announced(item_ids=[item.pk])
    audit(by, "agenda.add_paper", item, body=meeting.body, after={"paper": paper.pk, "order": item.order, "public": item.public})
    return item


@transaction.atomic
def agenda_add_item(*, by, meeting: Meeting, name: str, public: bool = True) -> AgendaItem:
    """Add a free item (no paper: approval of the minutes, questions, any other business)."""
    record = record_of(meeting)
    _require_runs(by, record.organization)
    if not name.strip():
        raise ValidationError(_("An agenda item needs a title."))
    item = agenda_item_create(meeting=meeting, order=_next_order(meeting), name=name.strip(), public=public)
    AgendaEntry.objects.create(agenda_item=item, late=record.invitation_published_at is not None)
    _hidden_until_announced(item_ids=[item.pk])
    audit(by, "agenda.add_item", item, body=meeting.body, after={"name": item.name, "public": public})
    return item


@transaction.atomic
def agenda_move(*, by, item: AgendaItem, offset: int) -> None:
    """Move an item one place up (-1) or down (+1) on its agenda."""
    record = record_of(item.meeting)
    _require_runs(by, record.organization)
    items = list(AgendaItem.objects.filter(meeting=item.meeting).order_by("order", "id"))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index + offset
    if not 0 <= target < len(items):
        return
    other = items[target]
    first, second = item.order, other.order
    # Positions are unique per meeting: park one item beyond the end while the two swap.
    AgendaItem.all_objects.filter(pk=item.pk).update(order=_next_order(item.meeting) + 1)
    AgendaItem.all_objects.filter(pk=other.pk).update(order=first)
    AgendaItem.all_objects.filter(pk=item.pk).update(order=second, modified=timezone.now())
    Meeting.all_objects.filter(pk=item.meeting_id).update(modified=timezone.now())
    audit(by, "agenda.move", item, body=item.meeting.body, before={"order": first}, after={"order": second})


@transaction.atomic
def agenda_remove(*, by, item: AgendaItem) -> None:
    """Take an item off the agenda before the meeting; its paper goes back to the committee's list."""
    record = record_of(item.meeting)
    _require_runs(by, record.organization)
    if hasattr(item, "decision"):
        raise ValidationError(_("An item with a decision cannot be taken off the agenda."))
    entry = AgendaEntry.objects.filter(agenda_item=item).first()
    if entry is not None and entry.consultation_id:
        Consultation.all_objects.filter(pk=entry.consultation_id).update(agenda_item=None, modified=timezone.now())
        PaperRecord.objects.filter(paper_id=entry.paper_id, status=PaperStatus.ON_AGENDA).update(status=PaperStatus.SUBMITTED)
    item.deleted = True
    item.save(update_fields=["deleted", "modified"])
    audit(by, "agenda.remove", item, body=item.meeting.body)


def agenda_number(meeting: Meeting) -> None:
    """Number the items: the public part first, then the non-public part, each in its order."""
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order", "id"))
    ordered = [item for item in items if item.public is not False] + [item for item in items if item.public is False]
    for number, item in enumerate(ordered, start=1):
        if item.number != str(number):
            AgendaItem.all_objects.filter(pk=item.pk).update(number=str(number))


def members_of(organization: Organization) -> list[Person]:
    """Return the current members of *organization*."""
    today = timezone.localdate()
    return list(Person.objects.filter(memberships__organization=organization, memberships__deleted=False)
                .exclude(memberships__end_date__lt=today).distinct().order_by("family_name", "name"))


@transaction.atomic
def attendance_set(*, by, meeting: Meeting, person: Person, status: str) -> Attendance:
    """Record that *person* was present at *meeting* or excused."""
    record = record_of(meeting)
    _require_runs(by, record.organization)
    if status not in Presence.values:
        raise ValidationError(_("Choose present or excused."))
    if person.body_id != meeting.body_id:
        raise ValidationError(_("The person belongs to another body."))
    attendance, _created = Attendance.objects.update_or_create(meeting=meeting, person=person, defaults={"status": status})
    if status == Presence.PRESENT:
        meeting.participants.add(person)
    else:
        meeting.participants.remove(person)
    Meeting.all_objects.filter(pk=meeting.pk).update(modified=timezone.now())
    audit(by, "meeting.attendance", meeting, body=meeting.body, after={"person": person.pk, "status": status})
    return attendance


def state_label(record: MeetingRecord) -> str:
    return str(MeetingState(record.state).label)
