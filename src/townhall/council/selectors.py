"""Reads of the clerk's side, each limited to what the user's roles reach."""

from __future__ import annotations

import difflib
from datetime import date, timedelta
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import formats, timezone
from reversion.models import Version

from townhall.core.models import Body, Meeting, Organization, Paper
from townhall.council.models import OPEN_STATES, ActionItem, AgendaEntry, MeetingRecord, MeetingState, PaperRecord, PaperStatus, RouteStep
from townhall.council.scopes import scope_of
from townhall.council.versions import PAPER_FIELDS, RECORD_FIELDS


@dataclass
class Worklist:
    """What needs the user now, per kind of work."""

    bodies_administered: list = field(default_factory=list)
    bodies: list = field(default_factory=list)
    papers_to_finish: list = field(default_factory=list)
    committees: list = field(default_factory=list)
    agendas_to_publish: list = field(default_factory=list)
    meetings_to_minute: list = field(default_factory=list)
    actions_due: list = field(default_factory=list)


def bodies_administered(user):
    scope = scope_of(user)
    bodies = Body.objects.all()
    return bodies if scope.everything else bodies.filter(pk__in=scope.administers)


def staff_bodies(user) -> QuerySet[Body]:
    """Return the bodies *user* works in."""
    scope = scope_of(user)
    bodies = Body.objects.all()
    return bodies if scope.everything else bodies.filter(pk__in=scope.bodies)


def paper_records(user, body) -> QuerySet[PaperRecord]:
    """Return the council records of *body*'s papers that *user* works on.

    Administrators and body-wide case handlers see every paper of the body; a unit's case handler
    the unit's papers; a secretary or member the papers routed to their committees.
    """
    scope = scope_of(user)
    records = PaperRecord.objects.filter(body=body, paper__deleted=False)
    if scope.administers_body(body.pk) or body.pk in scope.drafts_for_body:
        return records
    routed = RouteStep.objects.filter(organization__in=scope.committees, consultation__deleted=False).values("consultation__paper_id")
    return records.filter(Q(unit__in=scope.drafts_for_unit) | Q(paper_id__in=routed))


def paper_record_for(user, paper: Paper) -> PaperRecord | None:
    """Return the council record of *paper* when *user* works on it, else None."""
    return paper_records(user, paper.body).filter(paper=paper).select_related("paper", "unit", "body").first()


#: How many coming meetings a route step lists before it offers the rest on request.
ROUTE_MEETINGS_SHOWN = 30
#: How many it lists at most when the clerk asks for all of them.
ROUTE_MEETINGS_ALL = 200


@dataclass
class StepMeetings:
    """The meetings one route step can aim at: its organization's coming meetings, soonest first."""

    organization_id: int | None = None
    organization_name: str = ""
    choices: list[tuple[int, str]] = field(default_factory=list)
    more: bool = False


@dataclass
class RouteChoices:
    """What the rows of a paper's route form offer, worked out once per page."""

    body: Body
    organizations: list[tuple[int, str]]
    limit: int = ROUTE_MEETINGS_SHOWN
    aimed_at: dict[int, Meeting] = field(default_factory=dict)
    _steps: dict = field(default_factory=dict)

    def meetings_for(self, organization_id, meeting_id=None) -> StepMeetings:
        """Return the meetings a step at *organization_id* lists, keeping the meeting it aims at now.

        *organization_id* may come straight from a request: anything that is not one of the
        body's organizations lists no meetings.
        """
        names = {str(pk): name for pk, name in self.organizations}
        organization = str(organization_id) if organization_id not in (None, "") else ""
        if organization not in names:
            return StepMeetings()
        key = (organization, meeting_id)
        if key not in self._steps:
            self._steps[key] = self._meetings_for(int(organization), names[organization], meeting_id)
        return self._steps[key]

    def _meetings_for(self, organization_id: int, name: str, meeting_id) -> StepMeetings:
        coming = list(coming_meetings(organization_id)[: self.limit + 1])
        step = StepMeetings(organization_id=organization_id, organization_name=name, more=len(coming) > self.limit)
        coming = coming[: self.limit]
        aimed = self.aimed_at.get(meeting_id)
        # A step keeps the meeting it aims at even when that one is past or further off than
        # the list reaches, so saving the route again never drops it unseen.
        if aimed is not None and all(meeting.pk != aimed.pk for meeting in coming):
            coming.insert(0, aimed)
        step.choices = [(meeting.pk, meeting_label(meeting)) for meeting in coming]
        return step


def coming_meetings(organization_id: int) -> QuerySet[Meeting]:
    """Return the coming meetings of the organization that a route step can aim at, soonest first."""
    return (Meeting.objects.filter(organizations=organization_id, cancelled=False,
                                   start__gte=timezone.now() - timezone.timedelta(days=1))
            .order_by("start", "id"))


def meeting_label(meeting: Meeting) -> str:
    """Return the meeting as a list names it: its name and when it starts."""
    if meeting.start is None:
        return str(meeting)
    return f"{meeting} — {formats.date_format(timezone.localtime(meeting.start), 'SHORT_DATETIME_FORMAT')}"


def route_choices(body, *, all_meetings: bool = False, aimed_at=()) -> RouteChoices:
    """Return the choices of *body*'s route form: its organizations, and per step its organization's coming meetings.

    Each step lists the next ROUTE_MEETINGS_SHOWN meetings of its organization (ROUTE_MEETINGS_ALL
    with *all_meetings*), and the meetings in *aimed_at* that steps aim at already.
    """
    organizations = list(Organization.objects.filter(body=body).order_by("name").values_list("pk", "name"))
    return RouteChoices(body=body, organizations=organizations,
                        limit=ROUTE_MEETINGS_ALL if all_meetings else ROUTE_MEETINGS_SHOWN,
                        aimed_at={meeting.pk: meeting for meeting in aimed_at if meeting is not None})


@dataclass
class VersionChange:
    """One saved version of a paper: who, when, and what changed from the version before."""

    at: object
    user: str
    comment: str
    changes: list[tuple[str, str, list[tuple[str, str]]]]


def paper_versions(paper: Paper) -> list[VersionChange]:
    """Return the versions of *paper* newest first, each with its changes field by field (a word diff)."""
    record = PaperRecord.objects.filter(paper=paper).first()
    rows = {}
    for version in Version.objects.get_for_object(paper).select_related("revision__user"):
        rows.setdefault(version.revision_id, [version.revision, {}, {}])[1] = version.field_dict
    if record is not None:
        for version in Version.objects.get_for_object(record).select_related("revision__user"):
            rows.setdefault(version.revision_id, [version.revision, {}, {}])[2] = version.field_dict
    history, previous_paper, previous_record = [], {}, {}
    for revision_id in sorted(rows):
        revision, paper_fields, record_fields = rows[revision_id]
        paper_fields = paper_fields or previous_paper
        record_fields = record_fields or previous_record
        changes = []
        for name, old, new in _changed(PAPER_FIELDS, previous_paper, paper_fields, Paper) + _changed(
                RECORD_FIELDS, previous_record, record_fields, PaperRecord):
            changes.append((name, new, _word_diff(old, new)))
        history.append(VersionChange(
            at=revision.date_created, user=revision.user.get_username() if revision.user else "",
            comment=revision.get_comment(), changes=changes))
        previous_paper, previous_record = paper_fields, record_fields
    return list(reversed(history))


def _changed(names, before: dict, after: dict, model) -> list[tuple[str, str, str]]:
    changed = []
    for name in names:
        field = model._meta.get_field(name)
        old, new = before.get(field.attname), after.get(field.attname)
        if old != new and (before or new not in (None, "")):
            changed.append((str(field.verbose_name), _text(old), _text(new)))
    return changed


def _text(value) -> str:
    return "" if value is None else str(value)


def _word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Return (kind, words) pieces: kind is "same", "removed" or "added"."""
    a, b = old.split(), new.split()
    pieces = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("added", " ".join(b[j1:j2])))
    return pieces


def worklist(user) -> Worklist:
    """Return what needs *user*: papers to finish, agendas to publish, items to minute, action items due."""
    scope = scope_of(user)
    bodies = list(staff_bodies(user).order_by("name"))
    papers = []
    for body in bodies:
        if scope.administers_body(body.pk) or body.pk in scope.drafts_for_body or scope.drafts_for_unit:
            papers += list(paper_records(user, body).filter(status=PaperStatus.DRAFT)
                           .select_related("paper", "body").order_by("-changed_at")[:20])
    committees = list(staff_committees(user))
    runs = [o.pk for o in committees if scope.runs(o.pk, o.body_id)]
    now = timezone.now()
    records = MeetingRecord.objects.filter(organization__in=runs, meeting__deleted=False, meeting__cancelled=False).select_related("meeting", "organization")
    agendas = list(records.filter(state=MeetingState.PLANNED, meeting__start__gte=now).order_by("meeting__start")[:20])
    to_minute = list(records.filter(meeting__start__lte=now, minutes_published_at__isnull=True).order_by("meeting__start")[:20])
    due = []
    for body in bodies:
        due += list(_action_scope(user, body).filter(status__in=OPEN_STATES, due__lte=date.today() + timedelta(days=7))
                    .select_related("owner_unit", "owner_person", "paper").order_by("due")[:20])
    return Worklist(bodies_administered=list(bodies_administered(user).order_by("name")), bodies=bodies,
                    papers_to_finish=papers, committees=committees, agendas_to_publish=agendas,
                    meetings_to_minute=to_minute, actions_due=due)


def staff_committees(user) -> QuerySet[Organization]:
    """Return the committees whose meetings *user* prepares or reads (an administrator: the body's, at most 100)."""
    scope = scope_of(user)
    condition = Q(pk__in=scope.committees)
    if scope.everything:
        condition = Q()
    elif scope.administers:
        condition |= Q(body__in=scope.administers)
    return Organization.objects.filter(condition).select_related("body").order_by("body__name", "name")[:100]


def _action_scope(user, body):
    scope = scope_of(user)
    items = ActionItem.objects.filter(body=body)
    if scope.administers_body(body.pk) or body.pk in scope.drafts_for_body:
        return items
    papers = paper_records(user, body).values("paper_id")
    return items.filter(Q(owner_unit__in=scope.drafts_for_unit) | Q(paper_id__in=papers)
                        | Q(decision__agenda_item__meeting__organizations__in=scope.secretary_of)).distinct()


def may_read_action(user, item: ActionItem) -> bool:
    """Say whether *user* works on *item* (its unit, its paper, its committee, or the body's administration)."""
    return _action_scope(user, item.body).filter(pk=item.pk).exists()


def open_actions_by_unit(user, body) -> list[tuple[object, list[ActionItem]]]:
    """Return the open action items *user* works on, per responsible unit, overdue first within each."""
    items = (_action_scope(user, body).filter(status__in=OPEN_STATES)
             .select_related("owner_unit", "owner_person", "paper").order_by("owner_unit__name", "due", "id"))
    groups: dict = {}
    for item in items:
        groups.setdefault(item.owner_unit, []).append(item)
    return [(unit, sorted(rows, key=lambda row: (not row.overdue, row.due or date.max))) for unit, rows in groups.items()]


def paper_actions(paper: Paper) -> list[ActionItem]:
    return list(ActionItem.objects.filter(paper=paper).select_related("owner_unit", "owner_person").order_by("due", "id"))
