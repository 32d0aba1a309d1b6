"""OParl 1.1 JSON for each object type, one serializer class per type."""

from __future__ import annotations

from townhall.oparl.api.addresses import Addresses

from .base import ObjectSerializer, type_url
from .body import BodySerializer, LegislativeTermSerializer
from .file import FileSerializer
from .location import LocationSerializer
from .meeting import AgendaItemSerializer, MeetingSerializer
from .organization import OrganizationSerializer
from .paper import ConsultationSerializer, PaperSerializer
from .person import MembershipSerializer, PersonSerializer

SERIALIZERS: dict[str, type[ObjectSerializer]] = {
    cls.type_name: cls
    for cls in (
        BodySerializer, LegislativeTermSerializer, OrganizationSerializer, PersonSerializer, MembershipSerializer,
        MeetingSerializer, AgendaItemSerializer, PaperSerializer, ConsultationSerializer, FileSerializer,
        LocationSerializer,
    )
}


class Renderer:
    """All serializers for one API root, so that each can embed the others."""

    def __init__(self, addresses: Addresses):
        self.addresses = addresses
        self.by_type = {name: cls(self) for name, cls in SERIALIZERS.items()}
        self.body = self.by_type["Body"]
        self.legislative_term = self.by_type["LegislativeTerm"]
        self.organization = self.by_type["Organization"]
        self.person = self.by_type["Person"]
        self.membership = self.by_type["Membership"]
        self.meeting = self.by_type["Meeting"]
        self.agenda_item = self.by_type["AgendaItem"]
        self.paper = self.by_type["Paper"]
        self.consultation = self.by_type["Consultation"]
        self.file = self.by_type["File"]
        self.location = self.by_type["Location"]

    def __getitem__(self, type_name: str) -> ObjectSerializer:
        return self.by_type[type_name]


__all__ = ["Renderer", "SERIALIZERS", "ObjectSerializer", "type_url"]
