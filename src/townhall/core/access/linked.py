"""What depends on what: the records whose derived visibility hangs on a paper or another record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from townhall.core.models import AgendaItem, Consultation, File, Location, Meeting, Organization, Paper, Person

#: Ids per statement when a refresh names its rows (well under every database's parameter limit).
CHUNK = 500


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


def values(queryset, column: str) -> set[int]:
    return {pk for pk in queryset.values_list(column, flat=True) if pk is not None}


def chunks(ids: Iterable[int]):
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def linked_to_papers(paper_ids: Iterable[int]) -> Linked:
    """Return the records whose visibility hangs on the papers *paper_ids*."""
    linked = Linked()
    for ids in chunks(paper_ids):
        consultations = Consultation.all_objects.filter(paper__in=ids)
        linked.meetings |= values(consultations, "meeting_id")
        linked.agenda_items |= values(consultations, "agenda_item_id")
        linked.organizations |= values(Consultation.organizations.through.objects.filter(consultation__paper__in=ids), "organization_id")
        linked.organizations |= values(Paper.under_direction_of.through.objects.filter(paper__in=ids), "organization_id")
        linked.organizations |= values(Paper.originator_organizations.through.objects.filter(paper__in=ids), "organization_id")
        linked.persons |= values(Paper.all_objects.filter(pk__in=ids), "case_handler_id")
        linked.persons |= values(Paper.signatories.through.objects.filter(paper__in=ids), "person_id")
        linked.persons |= values(Paper.originator_persons.through.objects.filter(paper__in=ids), "person_id")
        linked.files |= values(Paper.all_objects.filter(pk__in=ids), "main_file_id")
        linked.files |= values(Paper.auxiliary_files.through.objects.filter(paper__in=ids), "file_id")
        linked.locations |= values(Paper.locations.through.objects.filter(paper__in=ids), "location_id")
    return linked


def files_of_meetings(ids) -> set[int]:
    found = set()
    for chunk in chunks(ids):
        for row in Meeting.all_objects.filter(pk__in=chunk).values_list("invitation_id", "results_protocol_id", "verbatim_protocol_id"):
            found |= {pk for pk in row if pk is not None}
        found |= values(Meeting.auxiliary_files.through.objects.filter(meeting__in=chunk), "file_id")
    return found


def files_of_agenda_items(ids) -> set[int]:
    found = set()
    for chunk in chunks(ids):
        found |= values(AgendaItem.all_objects.filter(pk__in=chunk), "resolution_file_id")
        found |= values(AgendaItem.auxiliary_files.through.objects.filter(agendaitem__in=chunk), "file_id")
    return found


def rows_where(model, column: str, ids, value: str = "id") -> set[int]:
    """Return *value* of the rows of *model* whose *column* is one of *ids*."""
    found = set()
    for chunk in chunks(ids):
        found |= values(model.all_objects.filter(**{f"{column}__in": chunk}), value)
    return found


def column_of(model, ids, column: str) -> set[int]:
    found = set()
    for chunk in chunks(ids):
        found |= values(model.all_objects.filter(pk__in=chunk), column)
    return found


def neighbours(obj) -> Linked:
    """Return the records whose visibility hangs on *obj* (itself included where it is derived)."""
    if isinstance(obj, Paper):
        return linked_to_papers([obj.pk])
    if isinstance(obj, Consultation):
        return Linked(
            meetings={obj.meeting_id} - {None}, agenda_items={obj.agenda_item_id} - {None},
            organizations=values(Consultation.organizations.through.objects.filter(consultation=obj.pk), "organization_id"),
        )
    if isinstance(obj, Meeting):
        items = values(AgendaItem.all_objects.filter(meeting=obj.pk), "id")
        return Linked(meetings={obj.pk}, agenda_items=items, files=files_of_meetings([obj.pk]) | files_of_agenda_items(items))
    if isinstance(obj, AgendaItem):
        return Linked(agenda_items={obj.pk}, files=files_of_agenda_items([obj.pk]))
    if isinstance(obj, File):
        return Linked(files={obj.pk} | values(File.all_objects.filter(master_file=obj.pk), "id"))
    if isinstance(obj, Organization):
        return Linked(organizations={obj.pk})
    if isinstance(obj, Person):
        return Linked(persons={obj.pk})
    if isinstance(obj, Location):
        return Linked(locations={obj.pk})
    return Linked()
