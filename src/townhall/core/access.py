"""Who may see what: one rule for every record, and the services that keep its derived flags true.

The rule
--------
A **paper** is shown when it is public and not deleted. Everything else is shown because of what
it belongs to or where it comes from:

- a **file** when its own Public flag is set and it is held by nothing, or by at least one shown
  paper, meeting or agenda item (a derivative file: by a shown master file);
- an **agenda item** when its meeting is shown, it is not marked non-public, and it is about no
  paper or about at least one shown paper;
- a **meeting, organization, person or location** when it stands on its own (harvested, from the
  demo, made in the admin) or, when it was made by reading papers (``from_papers``), while at
  least one shown paper names it;
- a **consultation** with its paper; a **deadline** or **event** with its paper and the main file
  it was read from; a **membership** when its person and organization are shown;
- bodies, legislative terms and the system whenever they are not deleted.

Staff with the permission to view papers (:func:`can_see_non_public`) see every live record.
A council member (a staff role for one committee) reads, besides, the non-public material of
their committees: the announced agenda items of the committees' shown meetings, the papers on
them, the files those papers, items and meetings hold (the members' agenda and minutes among
them), and the papers' consultations, deadlines and events (:func:`member_committees`). Feeds,
calendar files and the OParl API serve the public share to everyone.

Whether a file, agenda item, meeting, organization, person or location is shown is stored in its
``visible`` column, so that lists and counts stay as fast as an indexed column; the services here
keep it true whenever papers are published, un-published, linked or deleted. A record whose
``visible`` changes gets a new ``modified`` time, and so do the objects that embed it: OParl clients
that ask what changed see a hidden object as deleted (OParl 1.1, 2.8).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from django.db import transaction
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet
from django.dispatch import Signal
from django.utils import timezone

from townhall.core.models import (
    AgendaItem, Body, Consultation, Deadline, DerivedVisibility, Event, File, LegislativeTerm, Location, Meeting,
    Membership, Organization, Paper, Person, System,
)

#: Ids per statement when a refresh names its rows (well under every database's parameter limit).
CHUNK = 500

#: Raise when the rule below changes, so that stored copies of what the public sees start afresh.
RULE_VERSION = 1

#: Sent when what the public sees may have changed beyond the ``modified`` times of the rows
#: involved (a refresh ran, a record was deleted for good); caches of public output listen.
public_view_changed = Signal()


# --- The rule, read side -----------------------------------------------------------------------


def can_see_non_public(user) -> bool:
    """Staff with the view permission see non-public material; everyone else sees public material only."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm("core.view_paper"))


_SHOWN_PAPER = {"public": True, "deleted": False}


def _main_file_shown(prefix: str) -> Q:
    return Q(**{f"{prefix}main_file__isnull": True}) | Q(
        **{f"{prefix}main_file__public": True, f"{prefix}main_file__deleted": False}
    )


def public_condition(model, through: str = "") -> Q:
    """Return the condition on *model*'s rows that anyone may see (live and shown).

    *through* names a relation to *model* ("paper"): the condition then applies to rows of
    another model, on the *model* row they point to (a join, not a subquery over every row).
    """
    condition = _public_condition(model)
    return _prefixed(condition, f"{through}__") if through else condition


def _prefixed(condition: Q, prefix: str) -> Q:
    children = [_prefixed(child, prefix) if isinstance(child, Q) else (prefix + child[0], child[1]) for child in condition.children]
    prefixed = Q(*children, _connector=condition.connector)
    prefixed.negated = condition.negated
    return prefixed


def _public_condition(model) -> Q:
    if model is Paper:
        return Q(**_SHOWN_PAPER)
    if model is File:
        return Q(deleted=False, public=True, visible=True)
    if model is AgendaItem:
        return Q(deleted=False, visible=True) & ~Q(public=False)
    if issubclass(model, DerivedVisibility):
        return Q(deleted=False, visible=True)
    if model is Consultation:
        return Q(deleted=False, paper__public=True, paper__deleted=False)
    if model in (Deadline, Event):
        return Q(deleted=False, paper__public=True, paper__deleted=False) & _main_file_shown("paper__")
    if model is Membership:
        return Q(deleted=False, person__deleted=False, person__visible=True, organization__deleted=False,
                 organization__visible=True)
    if model in (Body, LegislativeTerm, System):
        return Q(deleted=False)
    raise TypeError(f"No access rule for {model.__name__}.")


def _live_condition(model) -> Q:
    """Return what staff see of *model*: the live rows (and, for facts, of live papers)."""
    if model in (Deadline, Event, Consultation):
        return Q(deleted=False, paper__deleted=False)
    if model is Membership:
        return Q(deleted=False, person__deleted=False, organization__deleted=False)
    return Q(deleted=False)


def visible(model, user=None) -> QuerySet:
    """Return the live rows of *model* that *user* may see (anyone's share when *user* is None)."""
    rows = model.all_objects.all()
    return rows.filter(_live_condition(model) if can_see_non_public(user) else shown_condition(model, user))


def shown_condition(model, user=None, through: str = "") -> Q:
    """Return the condition on *model*'s rows that *user* may see, short of the staff's every live row.

    That is the public share, and for a council member the non-public material of their
    committees too. *through* names a relation to *model*, as for :func:`public_condition`.
    """
    condition = _public_condition(model)
    granted = _granted(model, user)
    if granted is not None:
        condition = condition | (_live_condition(model) & granted)
    return _prefixed(condition, f"{through}__") if through else condition


def shown_annotation(model) -> ExpressionWrapper:
    """Return an expression that is true for the rows of *model* anyone may see (for ``annotate``)."""
    return ExpressionWrapper(public_condition(model), output_field=BooleanField())


def is_public(obj) -> bool:
    """Say whether anyone may see *obj*, a loaded record (related rows are read when not loaded)."""
    if obj is None or obj.deleted:
        return False
    if isinstance(obj, Paper):
        return obj.public
    if isinstance(obj, File):
        return obj.public and obj.visible
    if isinstance(obj, AgendaItem):
        return obj.visible and obj.public is not False
    if isinstance(obj, DerivedVisibility):
        return obj.visible
    if isinstance(obj, Consultation):
        return is_public(obj.paper)
    if isinstance(obj, (Deadline, Event)):
        paper = obj.paper
        return is_public(paper) and (paper.main_file_id is None or (paper.main_file.public and not paper.main_file.deleted))
    if isinstance(obj, Membership):
        return is_public(obj.person) and is_public(obj.organization)
    return True


def may_see(user, obj) -> bool:
    """Say whether *user* may see *obj* (staff with the view permission see every live record)."""
    if obj is None:
        return False
    if can_see_non_public(user):
        return not obj.deleted
    if is_public(obj):
        return True
    granted = None if obj.deleted else _granted(type(obj), user)
    return granted is not None and type(obj).all_objects.filter(_live_condition(type(obj)) & granted, pk=obj.pk).exists()


def content_shown(user, file: File) -> bool:
    """Say whether *user* may have the stored original of *file*.

    A file read out of another (an e-mail's attachment names the e-mail as its master file) is
    inside that file's original bytes: while such a part is withheld, so is the original.
    """
    if not may_see(user, file):
        return False
    if can_see_non_public(user):
        return True
    withheld = File.all_objects.filter(master_file=file.pk, public=False, deleted=False)
    granted = _granted(File, user)
    if granted is not None:
        withheld = withheld.exclude(granted)
    return not withheld.exists()


# --- Council members ----------------------------------------------------------------------------

_COMMITTEES = "_townhall_member_committees"


def member_committees(user) -> frozenset[int]:
    """Return the committees whose non-public material *user* reads as a council member (cached on *user*)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, _COMMITTEES, None)
    if cached is None:
        from django.apps import apps

        # The roles live in the council app, which builds on core: asked by name, as for _unannounced.
        roles = apps.get_model("council", "StaffRole").objects.filter(
            user=user, role="member", organization__isnull=False, organization__deleted=False, body__deleted=False)
        cached = frozenset(roles.values_list("organization_id", flat=True))
        setattr(user, _COMMITTEES, cached)
    return cached


def _committee_items(committees: frozenset[int]) -> QuerySet:
    """Return the announced agenda items of the shown meetings of *committees*."""
    return AgendaItem.all_objects.filter(
        deleted=False, meeting__deleted=False, meeting__visible=True, meeting__organizations__in=committees,
    ).filter(~Exists(_unannounced("AgendaEntry", agenda_item=OuterRef("pk"))))


def _committee_papers(items: QuerySet) -> QuerySet:
    """Return the papers on *items*: through their consultations, or the item a deferred paper left."""
    from django.apps import apps

    item_ids = items.values("pk")
    consulted = Consultation.all_objects.filter(deleted=False, agenda_item__in=item_ids).values("paper_id")
    entered = apps.get_model("council", "AgendaEntry").objects.filter(agenda_item__in=item_ids).values("paper_id")
    return Paper.all_objects.filter(deleted=False).filter(Q(pk__in=consulted) | Q(pk__in=entered))


def _granted(model, user) -> Q | None:
    """Return the rows of *model* granted to *user* beyond the public share, as a condition (None: none)."""
    if model not in _GRANTED_MODELS:
        return None
    committees = member_committees(user)
    if not committees:
        return None
    items = _committee_items(committees)
    if model is AgendaItem:
        return Q(pk__in=items.values("pk"))
    papers = _committee_papers(items).values("pk")
    if model is Paper:
        return Q(pk__in=papers)
    if model in (Consultation, Deadline, Event):
        return Q(paper__in=papers)
    meetings = Meeting.all_objects.filter(deleted=False, visible=True, organizations__in=committees).values("pk")
    item_ids = items.values("pk")
    return (
        Q(pk__in=Paper.all_objects.filter(pk__in=papers).values("main_file"))
        | Q(pk__in=Paper.auxiliary_files.through.objects.filter(paper__in=papers).values("file"))
        | Q(pk__in=AgendaItem.all_objects.filter(pk__in=item_ids).values("resolution_file"))
        | Q(pk__in=AgendaItem.auxiliary_files.through.objects.filter(agendaitem__in=item_ids).values("file"))
        | Q(pk__in=Meeting.auxiliary_files.through.objects.filter(meeting__in=meetings).values("file"))
    )


def granted_papers(user) -> QuerySet | None:
    """Return the ids of the papers *user* reads beyond the public share (None: none), for raw SQL filters."""
    granted = _granted(Paper, user)
    return None if granted is None else Paper.all_objects.filter(granted, deleted=False).values("pk")


#: What a council member may read beyond the public share; every other record is shown as to anyone.
_GRANTED_MODELS = (Paper, AgendaItem, File, Consultation, Deadline, Event)


def main_file_shown(user, paper: Paper) -> bool:
    """Say whether *user* may read the main file of *paper*: its text and the card read from it."""
    if paper.main_file_id is None:
        return True
    return may_see(user, paper.main_file)


def public_card(paper: Paper, user=None, *, withheld_files: Iterable[str] = ()) -> dict:
    """Return what *user* may see of the card read from *paper*'s main file.

    The card quotes the document, so it is withheld with its main file; the titles of attachments
    the user may not see (*withheld_files*, their names) are left out of it.
    """
    if not paper.card or not main_file_shown(user, paper):
        return {}
    card = dict(paper.card)
    withheld = set(withheld_files)
    if withheld and card.get("attachments"):
        card["attachments"] = [title for title in card["attachments"] if title not in withheld]
        # The evidence of attachment entries quotes their titles (and its numbering would no longer fit).
        card["evidence"] = {
            path: item for path, item in (card.get("evidence") or {}).items() if not path.startswith("attachments.")
        }
    return card


# --- What depends on what ----------------------------------------------------------------------


@dataclass
class Linked:
    """Ids of records whose derived visibility may depend on something that changed."""

    meetings: set[int] = field(default_factory=set)
    organizations: set[int] = field(default_factory=set)
    persons: set[int] = field(default_factory=set)
    agenda_items: set[int] = field(default_factory=set)
    files: set[int] = field(default_factory=set)
    locations: set[int] = field(default_factory=set)

    def __or__(self, other: Linked) -> Linked:
        return Linked(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


def _values(queryset, column: str) -> set[int]:
    return {pk for pk in queryset.values_list(column, flat=True) if pk is not None}


def _chunks(ids: Iterable[int]):
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def linked_to_papers(paper_ids: Iterable[int]) -> Linked:
    """Return the records whose visibility hangs on the papers *paper_ids*."""
    linked = Linked()
    for ids in _chunks(paper_ids):
        consultations = Consultation.all_objects.filter(paper__in=ids)
        linked.meetings |= _values(consultations, "meeting_id")
        linked.agenda_items |= _values(consultations, "agenda_item_id")
        linked.organizations |= _values(Consultation.organizations.through.objects.filter(consultation__paper__in=ids), "organization_id")
        linked.organizations |= _values(Paper.under_direction_of.through.objects.filter(paper__in=ids), "organization_id")
        linked.organizations |= _values(Paper.originator_organizations.through.objects.filter(paper__in=ids), "organization_id")
        linked.persons |= _values(Paper.all_objects.filter(pk__in=ids), "case_handler_id")
        linked.persons |= _values(Paper.signatories.through.objects.filter(paper__in=ids), "person_id")
        linked.persons |= _values(Paper.originator_persons.through.objects.filter(paper__in=ids), "person_id")
        linked.files |= _values(Paper.all_objects.filter(pk__in=ids), "main_file_id")
        linked.files |= _values(Paper.auxiliary_files.through.objects.filter(paper__in=ids), "file_id")
        linked.locations |= _values(Paper.locations.through.objects.filter(paper__in=ids), "location_id")
    return linked


def _files_of_meetings(ids) -> set[int]:
    found = set()
    for chunk in _chunks(ids):
        for row in Meeting.all_objects.filter(pk__in=chunk).values_list("invitation_id", "results_protocol_id", "verbatim_protocol_id"):
            found |= {pk for pk in row if pk is not None}
        found |= _values(Meeting.auxiliary_files.through.objects.filter(meeting__in=chunk), "file_id")
    return found


def _files_of_agenda_items(ids) -> set[int]:
    found = set()
    for chunk in _chunks(ids):
        found |= _values(AgendaItem.all_objects.filter(pk__in=chunk), "resolution_file_id")
        found |= _values(AgendaItem.auxiliary_files.through.objects.filter(agendaitem__in=chunk), "file_id")
    return found


def _rows_where(model, column: str, ids, value: str = "id") -> set[int]:
    """Return *value* of the rows of *model* whose *column* is one of *ids*."""
    found = set()
    for chunk in _chunks(ids):
        found |= _values(model.all_objects.filter(**{f"{column}__in": chunk}), value)
    return found


def _column_of(model, ids, column: str) -> set[int]:
    found = set()
    for chunk in _chunks(ids):
        found |= _values(model.all_objects.filter(pk__in=chunk), column)
    return found


def neighbours(obj) -> Linked:
    """Return the records whose visibility hangs on *obj* (itself included where it is derived)."""
    if isinstance(obj, Paper):
        return linked_to_papers([obj.pk])
    if isinstance(obj, Consultation):
        return Linked(
            meetings={obj.meeting_id} - {None}, agenda_items={obj.agenda_item_id} - {None},
            organizations=_values(Consultation.organizations.through.objects.filter(consultation=obj.pk), "organization_id"),
        )
    if isinstance(obj, Meeting):
        items = _values(AgendaItem.all_objects.filter(meeting=obj.pk), "id")
        return Linked(meetings={obj.pk}, agenda_items=items, files=_files_of_meetings([obj.pk]) | _files_of_agenda_items(items))
    if isinstance(obj, AgendaItem):
        return Linked(agenda_items={obj.pk}, files=_files_of_agenda_items([obj.pk]))
    if isinstance(obj, File):
        return Linked(files={obj.pk} | _values(File.all_objects.filter(master_file=obj.pk), "id"))
    if isinstance(obj, Organization):
        return Linked(organizations={obj.pk})
    if isinstance(obj, Person):
        return Linked(persons={obj.pk})
    if isinstance(obj, Location):
        return Linked(locations={obj.pk})
    return Linked()


# --- Deriving the flags ------------------------------------------------------------------------


def _shown_paper_rows(**link) -> QuerySet:
    return Paper.all_objects.filter(**link, **_SHOWN_PAPER)


def _meeting_rule() -> Q:
    named = Consultation.all_objects.filter(
        meeting=OuterRef("pk"), deleted=False, paper__public=True, paper__deleted=False,
    )
    return (Q(from_papers=False) | Q(Exists(named))) & ~Q(Exists(_unannounced("MeetingRecord", meeting=OuterRef("pk"))))


def _unannounced(model_name: str, **link) -> QuerySet:
    """Return the clerk's records of meetings or agenda items prepared in townhall and not yet announced.

    A meeting a secretary plans stays hidden until its invitation is published, and a late item
    until the supplement that adds it is.
    """
    from django.apps import apps

    field = "invitation_published_at" if model_name == "MeetingRecord" else "announced_at"
    return apps.get_model("council", model_name).objects.filter(**link, **{f"{field}__isnull": True})


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
    ) & ~Q(Exists(_unannounced("AgendaEntry", agenda_item=OuterRef("pk"))))


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
    batches = [None] if ids is None else list(_chunks(ids))
    changed: set[int] = set()
    for batch in batches:
        rows = model.all_objects.all() if batch is None else model.all_objects.filter(pk__in=batch)
        show = list(rows.filter(visible=False).filter(rule).values_list("pk", flat=True))
        hide = list(rows.filter(visible=True).exclude(rule).values_list("pk", flat=True))
        now = timezone.now()
        for value, pks in ((True, show), (False, hide)):
            for chunk in _chunks(pks):
                model.all_objects.filter(pk__in=chunk).update(visible=value, modified=now)
        changed.update(show, hide)
    return changed


def _touch(querysets: Iterable[QuerySet]) -> None:
    """Give the rows of *querysets* a new ``modified`` time: what they show has changed."""
    now = timezone.now()
    for queryset in querysets:
        queryset.filter(modified__lt=now).update(modified=now)


def _touch_embedding(model, ids: set[int]) -> None:
    for chunk in _chunks(ids):
        for obj in model.all_objects.filter(pk__in=chunk):
            _touch(obj.embedding_objects())


def _touch_memberships(persons: set[int], organizations: set[int]) -> None:
    for chunk in _chunks(persons):
        memberships = Membership.all_objects.filter(person__in=chunk)
        _touch([memberships, Organization.all_objects.filter(pk__in=memberships.values("organization_id"))])
    for chunk in _chunks(organizations):
        memberships = Membership.all_objects.filter(organization__in=chunk)
        _touch([memberships, Person.all_objects.filter(pk__in=memberships.values("person_id"))])


def _touch_naming(persons: set[int], organizations: set[int]) -> None:
    """Give a new ``modified`` time to what names a shown or hidden person or organization by URL.

    A meeting serves its organizations and participants, and an organization its parent, only while
    they are shown, so its public form changed; incremental OParl clients must see that. (A paper or
    consultation that names one is public only while it keeps it shown.)
    """
    for chunk in _chunks(organizations):
        _touch([
            Meeting.all_objects.filter(pk__in=Meeting.organizations.through.objects.filter(organization__in=chunk).values("meeting_id")),
            Organization.all_objects.filter(sub_organization_of__in=chunk),
        ])
    for chunk in _chunks(persons):
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
    items = linked.agenda_items | _rows_where(AgendaItem, "meeting", changed.meetings)
    changed.agenda_items = derive(AgendaItem, _agenda_item_rule(), items)
    files = linked.files | _files_of_meetings(changed.meetings) | _files_of_agenda_items(changed.agenda_items)
    changed.files = derive(File, _file_rule(), files)
    derivatives = changed.files
    for _ in range(_FILE_GENERATIONS):
        derivatives = _rows_where(File, "master_file", derivatives)
        if not derivatives:
            break
        derivatives = _refresh(File, _file_rule(), derivatives)
        changed.files |= derivatives
    locations = linked.locations
    for model, changed_ids in ((Meeting, changed.meetings), (Organization, changed.organizations), (Person, changed.persons)):
        locations = locations | _column_of(model, changed_ids, "location_id")
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
    for chunk in _chunks(paper_ids) if shown_changed else ():
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


# --- Services that change what is public -------------------------------------------------------


@transaction.atomic
def paper_set_public(paper: Paper, public: bool, *, before: Linked | None = None) -> Linked:
    """Publish or un-publish a paper, with its files, agenda items and the records only it names.

    *before*: the records the paper was linked to before an edit made at the same time.
    """
    changed = paper.public != public
    if changed:
        paper.public = public
        paper.save(update_fields=["public", "modified"])
    return papers_changed([paper.pk], before=before, shown_changed=changed)


@transaction.atomic
def file_set_public(file: File, public: bool, *, before: Linked | None = None) -> Linked:
    """Withhold one file from the public (or stop withholding it), whatever holds it."""
    if file.public != public:
        file.public = public
        file.save(update_fields=["public", "modified"])
    return record_changed(file, before=before)


@transaction.atomic
def delete_for_good(obj) -> None:
    """Delete *obj* from the database; files that nothing holds any more are soft-deleted with it.

    A file left holding on to nothing would otherwise stand on its own and be shown, even when
    what held it was hidden.
    """
    affected = neighbours(obj)
    held = set(affected.files)
    if isinstance(obj, Meeting):
        held |= _files_of_meetings([obj.pk])
    elif isinstance(obj, AgendaItem):
        held |= _files_of_agenda_items([obj.pk])
    obj.delete()
    orphans = held - _held_files(held)
    for chunk in _chunks(orphans):
        File.all_objects.filter(pk__in=chunk, deleted=False).update(deleted=True, modified=timezone.now())
    refresh(affected | Linked(files=held))
    public_view_changed.send(sender=type(obj), changed=None)


def _held_files(ids: set[int]) -> set[int]:
    """Return the files of *ids* that a paper, meeting, agenda item or master file still holds."""
    held: set[int] = set()
    for chunk in _chunks(ids):
        held |= _values(Paper.all_objects.filter(main_file__in=chunk), "main_file_id")
        held |= _values(Paper.auxiliary_files.through.objects.filter(file__in=chunk), "file_id")
        for column in ("invitation", "results_protocol", "verbatim_protocol"):
            held |= _values(Meeting.all_objects.filter(**{f"{column}__in": chunk}), f"{column}_id")
        held |= _values(Meeting.auxiliary_files.through.objects.filter(file__in=chunk), "file_id")
        held |= _values(AgendaItem.all_objects.filter(resolution_file__in=chunk), "resolution_file_id")
        held |= _values(AgendaItem.auxiliary_files.through.objects.filter(file__in=chunk), "file_id")
        held |= _values(File.all_objects.filter(pk__in=chunk, master_file__isnull=False), "id")
    return held
