"""Paper (with embedded files, locations and consultations, and townhall's card) and Consultation."""

from __future__ import annotations

from django.db.models import Prefetch

from townhall.core.models import Consultation, Deadline, Event, File, Paper
from townhall.oparl.api.formats import oparl_date

from .base import ObjectSerializer


def visible_papers():
    return Paper.objects.filter(public=True).only("id").order_by("id")


def consultation_queryset():
    return (
        Consultation.objects.order_by("position", "id").select_related("agenda_item")
        .prefetch_related(Prefetch("organizations"))
    )


class PaperSerializer(ObjectSerializer):
    type_name = "Paper"
    model = Paper

    def visible(self):
        return Paper.all_objects.filter(public=True)

    def optimise(self, queryset):
        return queryset.select_related("main_file").prefetch_related(
            Prefetch("related_papers", queryset=visible_papers()),
            Prefetch("superordinated_papers", queryset=visible_papers()),
            Prefetch("subordinated_papers", queryset=visible_papers()),
            Prefetch("auxiliary_files", queryset=File.objects.filter(public=True).order_by("id")),
            "locations", "originator_persons", "under_direction_of", "originator_organizations",
            Prefetch("consultations", queryset=consultation_queryset()),
            Prefetch("deadlines", queryset=Deadline.objects.order_by("date", "id")),
            Prefetch("events", queryset=Event.objects.order_by("start", "id")),
        )

    def fields(self, paper):
        renderer = self.renderer
        by_id = lambda objects: sorted(objects, key=lambda obj: obj.pk)  # noqa: E731
        main_file = renderer.file.embed(paper.main_file)
        return {
            "body": self.addresses.object("Body", paper.body_id),
            "name": paper.name,
            "reference": paper.reference,
            "date": oparl_date(paper.date),
            "paperType": paper.paper_type,
            "relatedPaper": self.urls("Paper", paper.related_papers.all()),
            "superordinatedPaper": self.urls("Paper", paper.superordinated_papers.all()),
            "subordinatedPaper": self.urls("Paper", paper.subordinated_papers.all()),
            "mainFile": main_file,
            "auxiliaryFile": [f for f in renderer.file.embed_all(paper.auxiliary_files.all()) if not main_file or f["id"] != main_file["id"]],
            "location": renderer.location.embed_all(by_id(paper.locations.all())),
            "originatorPerson": self.urls("Person", by_id(paper.originator_persons.all())),
            "underDirectionOf": self.urls("Organization", by_id(paper.under_direction_of.all())),
            "originatorOrganization": self.urls("Organization", by_id(paper.originator_organizations.all())),
            "consultation": renderer.consultation.embed_all(paper.consultations.all()),
            "townhall:kind": paper.kind,
            "townhall:language": paper.language,
            "townhall:card": paper.card or None,
            "townhall:deadlines": [
                {"date": oparl_date(d.date), "purpose": d.purpose} for d in paper.deadlines.all()
            ],
            "townhall:events": [
                {key: value for key, value in (("name", e.name), ("place", e.place), ("start", oparl_date(e.start)),
                                               ("end", oparl_date(e.end))) if value}
                for e in paper.events.all()
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
        return queryset.select_related("agenda_item").prefetch_related("organizations")

    def fields(self, consultation):
        addresses = self.addresses
        item = consultation.agenda_item
        item_visible = item is not None and not item.deleted and item.public is not False
        return {
            "agendaItem": addresses.object("AgendaItem", item.pk) if item_visible else None,
            "meeting": addresses.object("Meeting", consultation.meeting_id) if consultation.meeting_id else None,
            "organization": self.urls("Organization", consultation.organizations.all()),
            "authoritative": consultation.authoritative,
            "role": consultation.role,
        }

    def backlink_fields(self, consultation):
        return {"paper": self.addresses.object("Paper", consultation.paper_id)}
