"""The derived ``visible`` flags: the rule per model, and the refresh that keeps them true and carries changes on."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.dispatch import Signal
from django.utils import timezone

from townhall.core.access.linked import (
    Linked, chunks, column_of, files_of_agenda_items, files_of_meetings, linked_to_papers, neighbours, rows_where,
)
from townhall.core.access.shown import SHOWN_PAPER, unannounced
from townhall.core.models import AgendaItem, Body, Consultation, File, Location, Meeting, Membership, Organization, Paper, Person

#: Sent when what the public sees may have changed beyond the ``modified`` times of the rows
#: involved (a refresh ran, a record was deleted for good); caches of public output listen.
public_view_changed = Signal()


def _shown_paper_rows(**link) -> QuerySet:
    return Paper.all_objects.filter(**link, **SHOWN_PAPER)


def _meeting_rule() -> Q:
    named = Consultation.all_objects.filter(
        meeting=OuterRef("pk"), deleted=False, paper__public=True, paper__deleted=False,
    )
    return (Q(from_papers=False) | Q(Exists(named))) & ~Q(Exists(unannounced("MeetingRecord", meeting=OuterRef("pk"))))


def _organization_rule() -> Q:
    consulted = Consultation.organizations.through.objects.filter(
        organization=OuterRef("pk"), consultation__deleted=False, consultation__paper__public=True,
        consultation__paper__deleted=False,
    )
    directed = Paper.under_direction_of.through.objects.filter(organization=OuterRef("pk"), paper__public=True, paper__deleted=False)
    originated = Paper.originator_organizations.through.objects.filter(organization=OuterRef("pk"), paper__public=True, paper__deleted=False)
    return Q(from_papers=False) | Q(Exists(consulted)) | Q(Exists(directed)) | Q(Exists(originated))


def _person_rule() -> Q:
    handled = _shown_paper_rows(case_handler=OuterRef("pk"))
    signed = Paper.signatories.through.objects.filter(person=OuterRef("pk"), paper__public=True, paper__deleted=False)
    originated = Paper.originator_persons.through.objects.filter(person=OuterRef("pk"), paper__public=True, paper__deleted=False)
    return Q(from_papers=False) | Q(Exists(handled)) | Q(Exists(signed)) | Q(Exists(originated))


def _location_rule() -> Q:
    shown = {"visible": True, "deleted": False}
    return (
        Q(from_papers=False)
        | Q(Exists(Paper.locations.through.objects.filter(location=OuterRef("pk"), paper__public=True, paper__deleted=False)))
        | Q(Exists(Meeting.all_objects.filter(location=OuterRef("pk"), **shown)))
        | Q(Exists(Organization.all_objects.filter(location=OuterRef("pk"), **shown)))
        | Q(Exists(Person.all_objects.filter(location=OuterRef("pk"), **shown)))
        | Q(Exists(Body.all_objects.filter(location=OuterRef("pk"), deleted=False)))
    )


def _agenda_item_rule() -> Q:
    about = Consultation.all_objects.filter(agenda_item=OuterRef("pk"), deleted=False)
    return Q(meeting__visible=True, meeting__deleted=False) & (
        ~Q(Exists(about)) | Q(Exists(about.filter(paper__public=True, paper__deleted=False)))
    ) & ~Q(Exists(unannounced("AgendaEntry", agenda_item=OuterRef("pk"))))


def _file_rule() -> Q:
    meeting_shown = {"visible": True, "deleted": False}
    pk = OuterRef("pk")
    aux_papers = Paper.auxiliary_files.through.objects.filter(file=pk)
    aux_meetings = Meeting.auxiliary_files.through.objects.filter(file=pk)
    aux_items = AgendaItem.auxiliary_files.through.objects.filter(file=pk)
    holders = [
        (Paper.all_objects.filter(main_file=pk), Q(public=True, deleted=False)),
        (aux_papers, Q(paper__public=True, paper__deleted=False)),
        (Meeting.all_objects.filter(invitation=pk), Q(**meeting_shown)),
        (Meeting.all_objects.filter(results_protocol=pk), Q(**meeting_shown)),
        (Meeting.all_objects.filter(verbatim_protocol=pk), Q(**meeting_shown)),
        (aux_meetings, Q(meeting__visible=True, meeting__deleted=False)),
        (AgendaItem.all_objects.filter(resolution_file=pk), Q(visible=True, deleted=False) & ~Q(public=False)),
        (aux_items, Q(agendaitem__visible=True, agendaitem__deleted=False) & ~Q(agendaitem__public=False)),
    ]
    held = Q(master_file__isnull=False)
    shown = Q(master_file__public=True, master_file__visible=True, master_file__deleted=False)
    for rows, condition in holders:
        held |= Q(Exists(rows))
        shown |= Q(Exists(rows.filter(condition)))
    return ~held | shown


def _refresh(model, rule: Q, ids: Iterable[int] | None) -> set[int]:
    """Set ``visible`` of *model*'s rows *ids* (all rows when None) to what *rule* says; return the changed ids."""
    batches = [None] if ids is None else list(chunks(ids))
    changed: set[int] = set()
    for batch in batches:
        rows = model.all_objects.all() if batch is None else model.all_objects.filter(pk__in=batch)
        show = list(rows.filter(visible=False).filter(rule).values_list("pk", flat=True))
        hide = list(rows.filter(visible=True).exclude(rule).values_list("pk", flat=True))
        now = timezone.now()
        for value, pks in ((True, show), (False, hide)):
            for chunk in chunks(pks):
                model.all_objects.filter(pk__in=chunk).update(visible=value, modified=now)
        changed.update(show, hide)
    return changed


def _touch(querysets: Iterable[QuerySet]) -> None:
    """Give the rows of *querysets* a new ``modified`` time: what they show has changed."""
    now = timezone.now()
    for queryset in querysets:
        queryset.filter(modified__lt=now).update(modified=now)


def _touch_embedding(model, ids: set[int]) -> None:
    for chunk in chunks(ids):
        for obj in model.all_objects.filter(pk__in=chunk):
            _touch(obj.embedding_objects())


def _touch_memberships(persons: set[int], organizations: set[int]) -> None:
    for chunk in chunks(persons):
        memberships = Membership.all_objects.filter(person__in=chunk)
        _touch([memberships, Organization.all_objects.filter(pk__in=memberships.values("organization_id"))])
    for chunk in chunks(organizations):
        memberships = Membership.all_objects.filter(organization__in=chunk)
        _touch([memberships, Person.all_objects.filter(pk__in=memberships.values("person_id"))])


def _touch_naming(persons: set[int], organizations: set[int]) -> None:
    """Give a new ``modified`` time to what names a shown or hidden person or organization by URL.

    A meeting serves its organizations and participants, and an organization its parent, only while
    they are shown, so its public form changed; incremental OParl clients must see that. (A paper or
    consultation that names one is public only while it keeps it shown.)
    """
    for chunk in chunks(organizations):
        _touch([
            Meeting.all_objects.filter(pk__in=Meeting.organizations.through.objects.filter(organization__in=chunk).values("meeting_id")),
            Organization.all_objects.filter(sub_organization_of__in=chunk),
        ])
    for chunk in chunks(persons):
        _touch([Meeting.all_objects.filter(pk__in=Meeting.participants.through.objects.filter(person__in=chunk).values("meeting_id"))])


#: Derivative files are refreshed after their master files, this many generations deep at most.
_FILE_GENERATIONS = 4


def refresh(linked: Linked | None = None) -> Linked:
    """Bring the derived visibility of the *linked* records (every record when None) up to date.

    What a change hides or shows carries on: agenda items and files of changed meetings, files of
    changed agenda items, derivatives of changed files, locations of changed records. Returns the
    records whose visibility changed.
    """
    everything = linked is None
    linked = linked or Linked()

    def derive(model, rule: Q, ids: set[int]) -> set[int]:
        return _refresh(model, rule, None if everything else ids)

    changed = Linked()
    changed.meetings = derive(Meeting, _meeting_rule(), linked.meetings)
    changed.organizations = derive(Organization, _organization_rule(), linked.organizations)
    changed.persons = derive(Person, _person_rule(), linked.persons)
    items = linked.agenda_items | rows_where(AgendaItem, "meeting", changed.meetings)
    changed.agenda_items = derive(AgendaItem, _agenda_item_rule(), items)
    files = linked.files | files_of_meetings(changed.meetings) | files_of_agenda_items(changed.agenda_items)
    changed.files = derive(File, _file_rule(), files)
    derivatives = changed.files
    for _ in range(_FILE_GENERATIONS):
        derivatives = rows_where(File, "master_file", derivatives)
        if not derivatives:
            break
        derivatives = _refresh(File, _file_rule(), derivatives)
        changed.files |= derivatives
    locations = linked.locations
    for model, changed_ids in ((Meeting, changed.meetings), (Organization, changed.organizations), (Person, changed.persons)):
        locations = locations | column_of(model, changed_ids, "location_id")
    changed.locations = derive(Location, _location_rule(), locations)

    _touch_embedding(File, changed.files)
    _touch_embedding(AgendaItem, changed.agenda_items)
    _touch_memberships(changed.persons, changed.organizations)
    _touch_naming(changed.persons, changed.organizations)
    public_view_changed.send(sender=Linked, changed=changed)
    return changed


def papers_changed(paper_ids: Iterable[int], *, before: Linked | None = None, shown_changed: bool = False) -> Linked:
    """Carry a change of papers (published, un-published, deleted, restored, re-linked) to what depends on them.

    *before* names the records the papers were linked to before the change, so that records they
    no longer name are looked at too. When the papers were published, un-published, deleted or
    restored (*shown_changed*), their consultations and the papers that refer to them get a new
    ``modified`` time: what the public sees of them changed.
    """
    paper_ids = set(paper_ids)
    for chunk in chunks(paper_ids) if shown_changed else ():
        _touch([
            Consultation.all_objects.filter(paper__in=chunk),
            Paper.all_objects.filter(pk__in=Paper.related_papers.through.objects.filter(to_paper__in=chunk).values("from_paper_id")),
            Paper.all_objects.filter(pk__in=Paper.superordinated_papers.through.objects.filter(to_paper__in=chunk).values("from_paper_id")),
            Paper.all_objects.filter(pk__in=Paper.superordinated_papers.through.objects.filter(from_paper__in=chunk).values("to_paper_id")),
        ])
    return refresh(linked_to_papers(paper_ids) | (before or Linked()))


def record_changed(obj, *, before: Linked | None = None, shown_changed: bool = False) -> Linked:
    """Carry a change of *obj* (saved in the admin, deleted, restored) to what depends on it.

    *shown_changed* says the change may have shown or hidden *obj* itself (deleted, restored).
    """
    if isinstance(obj, Paper):
        return papers_changed([obj.pk], before=before, shown_changed=shown_changed)
    linked = neighbours(obj) | (before or Linked())
    if isinstance(obj, File):
        _reindex_papers_of_file(obj.pk)
    return refresh(linked)


def _reindex_papers_of_file(file_id: int) -> None:
    # The index holds a main file's text and an attachment's name, each only while the file is shown.
    from townhall.search.indexing import index_papers

    papers = set(Paper.all_objects.filter(main_file=file_id).values_list("pk", flat=True))
    papers |= set(Paper.auxiliary_files.through.objects.filter(file_id=file_id).values_list("paper_id", flat=True))
    if papers:
        index_papers(papers)
