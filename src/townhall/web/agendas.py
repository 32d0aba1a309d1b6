"""A meeting's agenda as the meeting page shows it: the published items and every paper routed to it.

An agenda is built from two sources. Agenda items come from a council information system
(harvested) or were entered by staff; papers come to a meeting through their route (a
consultation with the meeting), whether the route was harvested or read from the paper. A paper
routed to a meeting is always on its agenda: under its item when an item holds it, else as an
entry of its own, numbered as the paper gives its agenda item number where it does. Papers that
are the meeting's own agenda or minutes are listed as its documents, not as items.

What a user may not see is left out through :mod:`townhall.core.selectors`; staff who may see
non-public material get the non-public part as a list of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from townhall.core import selectors as core
from townhall.core.models import AgendaItem, File, Meeting, Paper
from townhall.core.outcomes import NO_OUTCOME, Outcome, read_outcome

#: Kinds of paper that are documents of the meeting itself rather than matters on its agenda.
MEETING_DOCUMENT_KINDS = {"agenda": "invitation", "minutes": "minutes"}


@dataclass
class AgendaEntry:
    """One matter on the agenda: a published item with its papers, or a routed paper on its own."""

    number: str
    title: str
    item: AgendaItem | None = None
    papers: list[Paper] = field(default_factory=list)
    files: list[File] = field(default_factory=list)
    role: str = ""
    result: str = ""
    outcome: Outcome = NO_OUTCOME
    public: bool = True

    @property
    def from_route(self) -> bool:
        """Whether the entry comes from a paper's route only (no published agenda item holds it)."""
        return self.item is None


@dataclass
class Agenda:
    """The public and (for staff) non-public parts of a meeting's agenda, and its own documents."""

    public: list[AgendaEntry]
    non_public: list[AgendaEntry]
    documents: list[tuple[str, Paper]]
    has_items: bool
    is_past: bool

    @property
    def entries(self) -> list[AgendaEntry]:
        return self.public + self.non_public

    @property
    def routed(self) -> int:
        return sum(1 for entry in self.entries if entry.from_route)


def meeting_agenda(user, meeting: Meeting) -> Agenda:
    """Return the agenda of *meeting* that *user* may see: its items in order, then the papers routed to it."""
    shown = core.consultations_of_visible_papers(user)
    items = list(
        core.meeting_agenda(meeting, user).prefetch_related(
            Prefetch("consultations", queryset=shown.select_related("paper", "paper__body")
                     .order_by("position", "id")),
            Prefetch("auxiliary_files", queryset=core.visible_files(user).order_by("id")),
        )
    )
    entries: list[AgendaEntry] = []
    on_items: set[int] = set()
    for position, item in enumerate(items, start=1):
        held = _unique(consultation.paper for consultation in item.consultations.all())
        on_items.update(paper.pk for paper in held)
        entries.append(AgendaEntry(
            number=item.number or str(position), title=item.name or (held[0].name if held else ""), item=item, papers=held,
            files=list(item.auxiliary_files.all()), result=item.result, outcome=read_outcome(item.result, item.resolution_text),
            public=item.is_public,
        ))
    documents: list[tuple[str, Paper]] = []
    routed = (
        shown.filter(meeting=meeting).exclude(paper__in=on_items)
        .annotate(meetings_on_route=Count("paper__consultations", filter=Q(paper__consultations__meeting__isnull=False), distinct=True))
        .select_related("paper", "paper__body").order_by("position", "paper__reference", "paper_id")
    )
    loose: list[AgendaEntry] = []
    seen: set[int] = set()
    for consultation in routed:
        paper = consultation.paper
        if paper.pk in seen:
            continue
        seen.add(paper.pk)
        if paper.kind in MEETING_DOCUMENT_KINDS:
            documents.append((MEETING_DOCUMENT_KINDS[paper.kind], paper))
            continue
        # The agenda item number a paper gives is the one of its meeting only when its route names one meeting.
        number = _read_number(paper) if consultation.meetings_on_route == 1 else ""
        loose.append(AgendaEntry(number=number, title=paper.name or paper.reference, papers=[paper], role=consultation.role,
                                 public=paper.public))
    loose.sort(key=lambda entry: (_number_key(entry.number), entry.title))
    entries += loose
    is_past = bool(meeting.start and meeting.start < timezone.now())
    return Agenda(
        public=[entry for entry in entries if entry.public], non_public=[entry for entry in entries if not entry.public],
        documents=documents, has_items=bool(items), is_past=is_past,
    )


def _unique(papers) -> list[Paper]:
    found: dict[int, Paper] = {}
    for paper in papers:
        found.setdefault(paper.pk, paper)
    return list(found.values())


def _read_number(paper: Paper) -> str:
    """Return the agenda item number the paper's card read ("TOP 5", "Punkt 3"), as a bare number."""
    references = (paper.card or {}).get("references") or {}
    number = str(references.get("agenda_item") or "").strip()
    match = re.search(r"[ÖN]?\s*\d+(?:\.\d+)*", number)
    return match.group(0).strip() if match else ""


def _number_key(number: str) -> tuple:
    """Sort "2" before "10" and "Ö 2" before "Ö 10"; entries without a number go last."""
    if not number:
        return (1, ())
    return (0, tuple(int(part) if part.isdigit() else part for part in re.findall(r"\d+|\D+", number)))
