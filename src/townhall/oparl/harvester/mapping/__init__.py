"""One mapping function per OParl type: the JSON of one object -> townhall model field values."""

from .base import Children, Mapped, Ref
from .meeting import map_agenda_item, map_location, map_meeting
from .organization import map_membership, map_organization, map_person
from .paper import map_consultation, map_file, map_paper
from .system import BODY_LISTS, map_body, map_legislative_term, map_system

#: The mapping function of each OParl type.
MAPPERS = {
    "System": map_system,
    "Body": map_body,
    "LegislativeTerm": map_legislative_term,
    "Location": map_location,
    "Organization": map_organization,
    "Person": map_person,
    "Membership": map_membership,
    "Meeting": map_meeting,
    "AgendaItem": map_agenda_item,
    "Paper": map_paper,
    "Consultation": map_consultation,
    "File": map_file,
}

__all__ = ["BODY_LISTS", "MAPPERS", "Children", "Mapped", "Ref"]
