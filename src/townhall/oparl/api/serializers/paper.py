"""Paper (with embedded files, locations and consultations, and townhall's card) and Consultation."""

from __future__ import annotations

from django.db.models import Prefetch

from townhall.core.models import Consultation, Deadline, Event, File, Location, Organization, Paper, Person
from townhall.oparl.api.formats import oparl_date

from .base import ObjectSerializer


def visible_papers():
    return Paper.objects.filter(public=True).only("id").order_by("id")


def consultation_queryset():
    return (
        Consultation.objects.order_by("position", "id").select_related("agenda_item")
        .prefetch_related(organization_prefetch())
    )


def organization_prefetch():
    return Prefetch("organizations", queryset=Organization.objects.only("id").order_by("id"), to_attr="oparl_organizations")


def ids_only(model):
    return model.objects.only("id").order_by("id")


class PaperSerializer(ObjectSerializer):
    type_name = "Paper"
    web_page = "paper"
    model = Paper

    def visible(self):
        return Paper.all_objects.filter(public=True)

    def optimise(self, queryset):
        return queryset.select_related("main_file").prefetch_related(
            Prefetch("related_papers", queryset=visible_papers(), to_attr="oparl_related"),
            Prefetch("superordinated_papers", queryset=visible_papers(), to_attr="oparl_superordinated"),
            Prefetch("subordinated_papers", queryset=visible_papers(), to_attr="oparl_subordinated"),
            Prefetch("auxiliary_files", queryset=File.objects.filter(public=True).order_by("id"), to_attr="oparl_files"),
            Prefetch("locations", queryset=Location.objects.order_by("id"), to_attr="oparl_locations"),
            Prefetch("originator_persons", queryset=ids_only(Person), to_attr="oparl_originator_persons"),
            Prefetch("under_direction_of", queryset=ids_only(Organization), to_attr="oparl_under_direction_of"),
            Prefetch("originator_organizations", queryset=ids_only(Organization), to_attr="oparl_originator_organizations"),
            Prefetch("consultations", queryset=consultation_queryset(), to_attr="oparl_consultations"),
            Prefetch("deadlines", queryset=Deadline.objects.order_by("date", "id"), to_attr="oparl_deadlines"),
            Prefetch("events", queryset=Event.objects.order_by("start", "id"), to_attr="oparl_events"),
        )

    def fields(self, paper):
        renderer = self.renderer
        main_file = renderer.file.embed(paper.main_file)
        return {
            "body": self.addresses.object("Body", paper.body_id),
            "name": paper.name,
            "reference": paper.reference,
            "date": oparl_date(paper.date),
            "paperType": paper.paper_type,
            "relatedPaper": self.urls("Paper", paper.oparl_related),
            "superordinatedPaper": self.urls("Paper", paper.oparl_superordinated),
            "subordinatedPaper": self.urls("Paper", paper.oparl_subordinated),
            "mainFile": main_file,
            "auxiliaryFile": [f for f in renderer.file.embed_all(paper.oparl_files) if not main_file or f["id"] != main_file["id"]],
            "location": renderer.location.embed_all(paper.oparl_locations),
            "originatorPerson": self.urls("Person", paper.oparl_originator_persons),
            "underDirectionOf": self.urls("Organization", paper.oparl_under_direction_of),
            "originatorOrganization": self.urls("Organization", paper.oparl_originator_organizations),
            "consultation": renderer.consultation.embed_all(paper.oparl_consultations),
            "townhall:kind": paper.kind,
            "townhall:language": paper.language,
            "townhall:card": paper.card or None,
            "townhall:deadlines": [
                {"date": oparl_date(d.date), "purpose": d.purpose} for d in paper.oparl_deadlines
            ],
            "townhall:events": [
                {key: value for key, value in (("name", e.name), ("place", e.place), ("start", oparl_date(e.start)),
                                               ("end", oparl_date(e.end))) if value}
                for e in paper.oparl_events
            ],
        }


class ConsultationSerializer(ObjectSerializer):
    type_name = "Consultation"
    model = Consultation
    body_field = "paper__body_id"
    backlinks = ("paper",)

    def visible(self):
        return Consultation.all_objects.filter(paper__public=True, paper__deleted=False)

    def optimise(self, queryset):
        return queryset.select_related("agenda_item").prefetch_related(organization_prefetch())

    def fields(self, consultation):
        addresses = self.addresses
        item = consultation.agenda_item
        item_visible = item is not None and not item.deleted and item.public is not False
        return {
            "agendaItem": addresses.object("AgendaItem", item.pk) if item_visible else None,
            "meeting": addresses.object("Meeting", consultation.meeting_id) if consultation.meeting_id else None,
            "organization": self.urls("Organization", consultation.oparl_organizations),
            "authoritative": consultation.authoritative,
            "role": consultation.role,
        }

    def backlink_fields(self, consultation):
        return {"paper": self.addresses.object("Paper", consultation.paper_id)}
