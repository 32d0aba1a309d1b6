"""The OParl 1.1 object model, one module per type, plus townhall's deadlines and events."""

from .base import DerivedVisibility, OParlObject
from .body import Body, FormerSlug, LegislativeTerm
from .facts import Deadline, Event
from .file import File
from .location import Location
from .meeting import AgendaItem, Meeting
from .organization import Organization
from .paper import DATE_SOURCES, PAPER_KINDS, Consultation, Paper
from .person import Membership, Person
from .system import System

__all__ = [
    "OParlObject", "DerivedVisibility", "System", "Body", "FormerSlug", "LegislativeTerm", "Location", "Organization", "Person", "Membership",
    "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Deadline", "Event", "PAPER_KINDS", "DATE_SOURCES",
]
