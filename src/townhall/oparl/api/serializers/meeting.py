"""Meeting (with its embedded agenda, files and location) and AgendaItem."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce

from townhall.core.models import AgendaItem, Consultation, File, Meeting, Organization, Person
from townhall.oparl.api.formats import oparl_datetime

from .base import ObjectSerializer, shown


def visible_files():
    return shown(File).order_by("id")


def first_consultations():
    """Consultations an anonymous reader may see, ids only: an agenda item links to its first."""
    return shown(Consultation).only("id", "agenda_item_id").order_by("id")


def agenda_queryset():
    return (
        shown(AgendaItem).order_by("order", "id").select_related("resolution_file")
        .prefetch_related(*agenda_item_prefetches())
    )


def agenda_item_prefetches():
    return (Prefetch("auxiliary_files", queryset=visible_files(), to_attr="oparl_files"),
            Prefetch("consultations", queryset=first_consultations(), to_attr="oparl_consultations"))


class MeetingSerializer(ObjectSerializer):
    type_name = "Meeting"
    web_page = "meeting"
    model = Meeting

    def optimise(self, queryset):
        return queryset.select_related("location", "invitation", "results_protocol", "verbatim_protocol").prefetch_related(
            Prefetch("organizations", queryset=shown(Organization).only("id").order_by("id"), to_attr="oparl_organizations"),
            Prefetch("participants", queryset=shown(Person).only("id").order_by("id"), to_attr="oparl_participants"),
            Prefetch("auxiliary_files", queryset=visible_files(), to_attr="oparl_files"),
            Prefetch("agenda_items", queryset=agenda_queryset(), to_attr="oparl_agenda"),
        )

    def fields(self, meeting):
        files = self.renderer.file
        agenda = meeting.oparl_agenda
        for position, item in enumerate(agenda):
            # OParl 1.1 counts the agenda from 0, in the order the meeting lists it.
            item.oparl_order = position
        return {
            "name": meeting.name,
            "meetingState": meeting.meeting_state,
            "cancelled": meeting.cancelled or None,
            "start": oparl_datetime(meeting.start),
            "end": oparl_datetime(meeting.end),
            "location": self.renderer.location.embed(meeting.location),
            "organization": self.urls("Organization", meeting.oparl_organizations),
            "participant": self.urls("Person", meeting.oparl_participants),
            "invitation": files.embed(meeting.invitation),
            "resultsProtocol": files.embed(meeting.results_protocol),
            "verbatimProtocol": files.embed(meeting.verbatim_protocol),
            "auxiliaryFile": files.embed_all(meeting.oparl_files),
            "agendaItem": self.renderer.agenda_item.embed_all(agenda),
        }


class AgendaItemSerializer(ObjectSerializer):
    type_name = "AgendaItem"
    web_page = "agenda-item"
    model = AgendaItem
    body_field = "meeting__body_id"
    backlinks = ("meeting",)

    def optimise(self, queryset):
        earlier = (
            shown(AgendaItem).filter(meeting_id=OuterRef("meeting_id"), order__lt=OuterRef("order"))
            .order_by().values("meeting_id").annotate(n=Count("id")).values("n")
        )
        return queryset.select_related("resolution_file").annotate(
            oparl_order=Coalesce(Subquery(earlier, output_field=IntegerField()), Value(0))
        ).prefetch_related(*agenda_item_prefetches())

    def fields(self, item):
        files = self.renderer.file
        consultations = item.oparl_consultations
        return {
            "number": item.number,
            "order": item.oparl_order,
            "name": item.name,
            "public": item.public,
            "consultation": self.addresses.object("Consultation", consultations[0].pk) if consultations else None,
            "result": item.result,
            "resolutionText": item.resolution_text,
            "resolutionFile": files.embed(item.resolution_file),
            "auxiliaryFile": files.embed_all(item.oparl_files),
            "start": oparl_datetime(item.start),
            "end": oparl_datetime(item.end),
        }

    def backlink_fields(self, item):
        return {"meeting": self.addresses.object("Meeting", item.meeting_id)}
