"""Reads that assemble what each page shows, with the access rules of :mod:`townhall.core.selectors`.

Every function takes the requesting user and returns only what that user may see; a paper,
agenda item or file the user may not see is reported as missing (the view answers 404).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import groupby

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from townhall.core import access
from townhall.core import selectors as core
from townhall.core.models import (
    AgendaItem, Body, Consultation, Deadline, Event, File, Meeting, Organization, Paper, Person,
)
from townhall.core.outcomes import NO_OUTCOME, Outcome, read_outcome
from townhall.core.prepared import PreparedQuery
from townhall.web.agendas import Agenda, meeting_agenda
from townhall.web.list_rows import CALENDAR_ROW_FIELDS

HOME_PAPERS = 10
HOME_MEETINGS = 8
HOME_DEADLINES = 8
HOME_DEADLINE_DAYS = 60
LIST_LIMIT = 50


def latest_papers(user, *, limit: int = HOME_PAPERS, body: Body | None = None) -> list[Paper]:
    """Return the newest papers the user may see, newest first."""
    papers = core.visible_papers(user).filter(effective_date__isnull=False)
    if body is not None:
        papers = papers.filter(body=body)
    # The effective date dates an undated paper by its route or file, so it is listed with its peers;
    # ordering by that indexed column (then id) reads the newest rows straight off the index.
    return list(papers.select_related("body").order_by("-effective_date", "-id")[:limit])


def _with_organizations(meetings: QuerySet[Meeting], user) -> QuerySet[Meeting]:
    """Load each meeting's organizations that *user* may see (as ``organizations.all()``)."""
    return meetings.prefetch_related(Prefetch("organizations", queryset=core.visible_organizations(user).order_by("name", "id")))


def upcoming_meetings(user, *, limit: int = HOME_MEETINGS, body: Body | None = None) -> list[Meeting]:
    """Return the next meetings the user may see, soonest first."""
    return list(_with_organizations(core.upcoming_meetings(user=user, body=body), user)[:limit])


def upcoming_deadlines(user, *, limit: int = HOME_DEADLINES, body: Body | None = None) -> list[Deadline]:
    """Return the next deadlines the user may see, soonest first."""
    return list(core.upcoming_deadlines(user=user, days=HOME_DEADLINE_DAYS, today=timezone.localdate(), body=body)[:limit])


#: An undated step of a paper older than this is over, even when no later step says so.
UNDATED_STEP_OVER = timedelta(days=365)


@dataclass
class RouteStep:
    """One station on a paper's route: the committee, the meeting (if known), its date and outcome."""

    consultation: Consultation
    organizations: list[Organization]
    meeting: Meeting | None
    agenda_item: AgendaItem | None
    date: date | None
    result: str
    is_past: bool
    outcome: Outcome = NO_OUTCOME

    @property
    def is_upcoming(self) -> bool:
        """Whether the step is still to come: dated today or later (an undated step is never called upcoming)."""
        return self.date is not None and not self.is_past


@dataclass
class PaperPage:
    paper: Paper
    route: list[RouteStep]
    deadlines: list[Deadline]
    events: list[Event]
    main_file: File | None
    attachments: list[File]
    attachment_titles: list[str]
    signatories: list[Person]
    signatory_names: list[str]
    lead: list[Organization] = field(default_factory=list)
    case_handler: Person | None = None
    #: What the user may see of the card read from the main file (nothing when the file is withheld).
    card: dict = field(default_factory=dict)

    @property
    def references(self) -> dict:
        return self.card.get("references") or {}

    @property
    def contacts(self) -> dict:
        return {key: self.card.get(key) or [] for key in ("emails", "phones", "urls")}

    @property
    def has_contacts(self) -> bool:
        return any(self.contacts.values())


def _anonymous(user) -> bool:
    """Whether *user* sees the public share only (not signed in): the reads are then the same for everyone."""
    return user is None or not user.is_authenticated


#: The paper page's reads for visitors who are not signed in, compiled once per process: the access
#: rule is the same for all of them, and compiling these querysets cost as much as running them.
_ANONYMOUS_READS = {
    "paper": PreparedQuery(lambda pk: core.visible_papers(None).select_related("body", "main_file", "case_handler").filter(pk=pk)),
    "agenda_items": PreparedQuery(
        lambda pk: core.visible_agenda_items(None).filter(consultations__paper=pk).values_list("pk", flat=True)),
    "consultations": PreparedQuery(
        lambda pk: Consultation.objects.filter(paper=pk).select_related("meeting", "agenda_item").order_by("position", "id")),
    # Each consultation's committees that anyone may see, as the through rows naming them.
    "committees": PreparedQuery(
        lambda pk: Consultation.organizations.through.objects.filter(
            access.shown_condition(Organization, None, through="organization"), consultation__paper=pk,
        ).select_related("organization").order_by("organization_id")),
    "main_file": PreparedQuery(lambda pk: core.visible_files(None).filter(pk=pk).order_by("pk")[:1]),
    "attachments": PreparedQuery(lambda pk: core.visible_files(None).filter(auxiliary_of_papers=pk).order_by("id")),
    "attached_names": PreparedQuery(lambda pk: File.objects.filter(auxiliary_of_papers=pk).values_list("name")),
    "signatories": PreparedQuery(lambda pk: core.visible_persons(None).filter(signed_papers=pk).order_by("id")),
    "deadlines": PreparedQuery(lambda pk: core.visible_deadlines(None).filter(paper=pk).order_by("date", "id")),
    "events": PreparedQuery(lambda pk: core.visible_events(None).filter(paper=pk).order_by("start", "id")),
    "lead": PreparedQuery(lambda pk: core.visible_organizations(None).filter(directed_papers=pk).order_by("id")),
}


@dataclass
class _PaperReads:
    """What the paper page reads about one paper the user may see."""

    paper: Paper
    visible_items: set[int]
    consultations: list[tuple[Consultation, list[Organization]]]
    main_file: File | None
    attachments: list[File]
    attached: set[str]
    signatories: list[Person]
    deadlines: list[Deadline]
    events: list[Event]
    lead: list[Organization]


def _anonymous_paper_reads(pk: int) -> _PaperReads:
    reads = _ANONYMOUS_READS
    found = reads["paper"](pk)
    if not found:
        raise Http404("No paper matches the given query.")
    paper = found[0]
    committees: dict[int, list[Organization]] = {}
    for row in reads["committees"](pk):
        committees.setdefault(row.consultation_id, []).append(row.organization)
    consultations = []
    for consultation in reads["consultations"](pk):
        consultation.paper = paper
        consultations.append((consultation, committees.get(consultation.pk, [])))
    main_file = reads["main_file"](paper.main_file_id) if paper.main_file_id else []
    return _PaperReads(
        paper=paper, visible_items={row[0] for row in reads["agenda_items"](pk)}, consultations=consultations,
        main_file=main_file[0] if main_file else None, attachments=reads["attachments"](pk),
        attached={row[0] for row in reads["attached_names"](pk)}, signatories=reads["signatories"](pk),
        deadlines=reads["deadlines"](pk), events=reads["events"](pk), lead=reads["lead"](pk),
    )


def _paper_reads(user, pk: int) -> _PaperReads:
    paper = get_object_or_404(
        core.visible_papers(user).select_related("body", "main_file", "case_handler"), pk=pk,
    )
    organizations = core.visible_organizations(user).order_by("id")
    consultations = (
        paper.consultations.select_related("meeting", "agenda_item")
        .prefetch_related(Prefetch("organizations", queryset=organizations)).order_by("position", "id")
    )
    files = core.visible_files(user)
    return _PaperReads(
        paper=paper,
        visible_items=set(core.visible_agenda_items(user).filter(consultations__paper=paper).values_list("pk", flat=True)),
        consultations=[(consultation, list(consultation.organizations.all())) for consultation in consultations],
        main_file=files.filter(pk=paper.main_file_id).first() if paper.main_file_id else None,
        attachments=list(files.filter(auxiliary_of_papers=paper).order_by("id")),
        attached=set(paper.auxiliary_files.values_list("name", flat=True)),
        signatories=list(core.visible_persons(user).filter(signed_papers=paper).order_by("id")),
        deadlines=list(core.visible_deadlines(user).filter(paper=paper).order_by("date", "id")),
        events=list(core.visible_events(user).filter(paper=paper).order_by("start", "id")),
        lead=list(core.visible_organizations(user).filter(directed_papers=paper).order_by("id")),
    )


def paper_page(user, pk: int) -> PaperPage:
    """Return everything the paper page shows; raise Http404 when the user may not see the paper."""
    reads = _anonymous_paper_reads(pk) if _anonymous(user) else _paper_reads(user, pk)
    paper = reads.paper
    today = timezone.localdate()
    route = []
    for consultation, organizations in reads.consultations:
        item = consultation.agenda_item if consultation.agenda_item_id in reads.visible_items else None
        meeting = consultation.meeting if access.may_see(user, consultation.meeting) else None
        when = consultation.date or (timezone.localtime(meeting.start).date() if meeting and meeting.start else None)
        route.append(RouteStep(
            consultation=consultation, organizations=organizations, meeting=meeting,
            agenda_item=item, date=when, result=item.result if item else "", is_past=bool(when and when < today),
            outcome=read_outcome(item.result, item.resolution_text) if item else NO_OUTCOME,
        ))
    _date_undated_steps(route, paper, today)
    attachments = reads.attachments
    # Every stored attachment, seen or withheld: a withheld one is not named as "not stored here" either.
    attached = reads.attached
    card = access.public_card(paper, user, withheld_files=attached - {f.name for f in attachments})
    signatories = reads.signatories
    known = {person.name for person in signatories}
    return PaperPage(
        paper=paper, route=route, deadlines=reads.deadlines, events=reads.events,
        main_file=reads.main_file, attachments=attachments,
        attachment_titles=[title for title in card.get("attachments") or [] if title not in attached],
        signatories=signatories, signatory_names=[name for name in card.get("signatories") or [] if name not in known],
        lead=reads.lead,
        case_handler=paper.case_handler if access.may_see(user, paper.case_handler) else None, card=card,
    )


@dataclass
class MeetingPage:
    meeting: Meeting
    agenda: Agenda
    files: list[tuple[str, File]]
    organizations: list[Organization]


def _papers_of_items(user, items: QuerySet[AgendaItem]) -> QuerySet[AgendaItem]:
    return items.prefetch_related(
        Prefetch("consultations", queryset=core.consultations_of_visible_papers(user).select_related("paper").order_by("position", "id")),
        Prefetch("auxiliary_files", queryset=core.visible_files(user)),
    )


def meeting_page(user, pk: int) -> MeetingPage:
    """Return a meeting with its agenda (published items and routed papers), its outcomes and its files."""
    meeting = get_object_or_404(core.visible_meetings(user).select_related("body", "location"), pk=pk)
    visible_files = core.visible_files(user)
    named = [
        ("invitation", meeting.invitation_id), ("results_protocol", meeting.results_protocol_id),
        ("verbatim_protocol", meeting.verbatim_protocol_id),
    ]
    by_id = {f.pk: f for f in visible_files.filter(pk__in=[file_id for _, file_id in named if file_id])}
    files = [(label, by_id[file_id]) for label, file_id in named if file_id in by_id]
    files += [("auxiliary", f) for f in visible_files.filter(meetings=meeting).order_by("id")]
    organizations = list(core.visible_organizations(user).filter(meetings=meeting).order_by("name", "id"))
    return MeetingPage(meeting=meeting, agenda=meeting_agenda(user, meeting), files=files, organizations=organizations)


def _date_undated_steps(route: list[RouteStep], paper: Paper, today: date) -> None:
    """Mark an undated step as over when a later step is, or when the paper itself is long past."""
    later_past = False
    for step in reversed(route):
        if step.date is None:
            step.is_past = later_past or bool(paper.effective_date and paper.effective_date < today - UNDATED_STEP_OVER)
        later_past = later_past or step.is_past


@dataclass
class AgendaItemPage:
    item: AgendaItem
    papers: list[Paper]
    files: list[File]
    resolution_file: File | None


def agenda_item_page(user, pk: int) -> AgendaItemPage:
    """Return one agenda item with its papers and files; raise Http404 for items the user may not see."""
    item = get_object_or_404(
        _papers_of_items(user, core.visible_agenda_items(user).select_related("meeting", "meeting__body")), pk=pk,
    )
    if not access.may_see(user, item.meeting):
        raise Http404
    papers = []
    for consultation in item.consultations.all():
        if consultation.paper not in papers:
            papers.append(consultation.paper)
    resolution = core.visible_files(user).filter(pk=item.resolution_file_id).first() if item.resolution_file_id else None
    return AgendaItemPage(item=item, papers=papers, files=list(item.auxiliary_files.all()), resolution_file=resolution)


def visible_file(user, pk: int) -> File:
    """Return a stored file whose original the user may have; raise Http404 otherwise."""
    file = get_object_or_404(core.visible_files(user), pk=pk)
    if not access.content_shown(user, file):
        raise Http404("The original of this file holds a part that is not public.")
    return file


@dataclass
class BodyPage:
    body: Body
    organizations: list[Organization]
    upcoming: list[Meeting]
    past: list[Meeting]
    papers: list[Paper]
    deadlines: list[Deadline]


def body_page(user, slug: str) -> BodyPage:
    """Return a municipality with its committees, meetings, latest papers and deadlines."""
    body = get_object_or_404(Body.objects.select_related("location"), slug=slug)
    past = core.visible_meetings(user).filter(body=body, start__lt=timezone.now()).order_by("-start", "-id")
    return BodyPage(
        body=body,
        organizations=list(core.visible_organizations(user).filter(body=body).order_by("name")),
        upcoming=upcoming_meetings(user, limit=20, body=body),
        past=list(_with_organizations(past, user)[:20]),
        papers=latest_papers(user, limit=20, body=body),
        deadlines=upcoming_deadlines(user, limit=20, body=body),
    )


def bodies() -> list[Body]:
    return list(Body.objects.order_by("name"))


def visible_organization(user, pk: int) -> Organization:
    """Return an organization the user may see; raise Http404 otherwise."""
    return get_object_or_404(core.visible_organizations(user).select_related("body"), pk=pk)


def deadline_committees(user, body_slug: str | None = None) -> QuerySet[Organization]:
    """Return the committees the deadlines filter offers: those the user may see, of one body if given."""
    organizations = core.visible_organizations(user).select_related("body").order_by("body__name", "name")
    return organizations.filter(body__slug=body_slug) if body_slug else organizations


@dataclass
class CalendarDay:
    day: date
    meetings: list[Meeting]


def meetings_in_month(user, year: int, month: int, *, body: Body | None = None,
                      organization: Organization | None = None) -> list[CalendarDay]:
    """Return the month's meetings the user may see, grouped by local day, in order."""
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    zone = timezone.get_current_timezone()
    meetings = core.visible_meetings(user).filter(
        start__gte=datetime.combine(first, time.min, tzinfo=zone), start__lt=datetime.combine(following, time.min, tzinfo=zone),
    )
    if body is not None:
        meetings = meetings.filter(body=body)
    if organization is not None:
        meetings = meetings.filter(organizations=organization)
    # The calendar names each meeting's time, body and place, not its committees: no prefetch of them,
    # and only the columns it shows (a month holds a few hundred meetings; the rest would be converted for nothing).
    meetings = meetings.select_related("body", "location").only(*CALENDAR_ROW_FIELDS).order_by("start", "id")
    return [
        CalendarDay(day=day, meetings=list(group))
        for day, group in groupby(meetings, key=lambda m: timezone.localtime(m.start).date())
    ]


def deadlines_between(user, *, start: date | None, end: date | None, body: Body | None = None,
                      organization: Organization | None = None) -> QuerySet[Deadline]:
    """Return the deadlines the user may see in a date range, for one body or committee if given."""
    deadlines = core.visible_deadlines(user)
    if start:
        deadlines = deadlines.filter(date__gte=start)
    if end:
        deadlines = deadlines.filter(date__lte=end)
    if body is not None:
        deadlines = deadlines.filter(body=body)
    if organization is not None:
        deadlines = deadlines.filter(
            Q(paper__consultations__organizations=organization) | Q(paper__under_direction_of=organization)
        ).distinct()
    return deadlines.select_related("paper", "body").order_by("date", "id")


def meeting_for_calendar(pk: int) -> Meeting:
    """Return a meeting anyone may see, with what its calendar entry names; raise Http404 otherwise."""
    return get_object_or_404(
        _with_organizations(core.visible_meetings(None).filter(start__isnull=False).select_related("body", "location"), None), pk=pk,
    )


def meetings_for_feed(*, body: Body | None = None, organization: Organization | None = None, days_back: int = 180,
                      limit: int = 1000) -> QuerySet[Meeting]:
    """Return the public meetings from *days_back* days ago on, for a calendar subscription."""
    meetings = core.visible_meetings(None).filter(start__gte=timezone.now() - timedelta(days=days_back))
    if body is not None:
        meetings = meetings.filter(body=body)
    if organization is not None:
        meetings = meetings.filter(organizations=organization)
    return _with_organizations(meetings.select_related("body", "location"), None).order_by("start", "id")[:limit]
