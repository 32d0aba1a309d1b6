"""Map OParl Meeting, AgendaItem and Location objects."""

from __future__ import annotations

from townhall.oparl.harvester.loaders import Loader

from .base import Mapped, children, common, ref, refs


def map_meeting(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Meeting to the fields of :class:`~townhall.core.models.Meeting`."""
    mapped = common(data, loader, "Meeting")
    if mapped.deleted:
        return mapped
    start, end = loader.timestamp(data.get("start")), loader.timestamp(data.get("end"))
    if start and end and end < start:
        end = None
    mapped.fields.update(
        name=loader.text(data.get("name")),
        meeting_state=loader.text(data.get("meetingState")),
        cancelled=loader.boolean(data.get("cancelled")) is True,
        start=start,
        end=end,
    )
    for field, type_, key in (("location", "Location", "location"), ("invitation", "File", "invitation"),
                              ("results_protocol", "File", "resultsProtocol"), ("verbatim_protocol", "File", "verbatimProtocol")):
        if link := ref(loader, type_, data.get(key)):
            mapped.one[field] = link
    mapped.many = {
        "organizations": refs(loader, "Organization", data.get("organization")),
        "participants": refs(loader, "Person", data.get("participant")),
        "auxiliary_files": refs(loader, "File", data.get("auxiliaryFile")),
    }
    mapped.children = children("AgendaItem", "meeting", data.get("agendaItem"))
    return mapped


def map_agenda_item(data: dict, loader: Loader, *, position: int | None = None) -> Mapped:
    """Map an OParl AgendaItem; *position* is its place in the meeting's agenda when the server gives no order."""
    mapped = common(data, loader, "AgendaItem")
    if mapped.deleted:
        return mapped
    order = loader.integer(data.get("order"))
    start, end = loader.timestamp(data.get("start")), loader.timestamp(data.get("end"))
    if start and end and end < start:
        end = None
    mapped.fields.update(
        number=loader.text(data.get("number")),
        order=order if order is not None else position,
        name=loader.text(data.get("name")),
        public=loader.boolean(data.get("public")),
        result=loader.text(data.get("result")),
        resolution_text=loader.text(data.get("resolutionText")),
        start=start,
        end=end,
    )
    if meeting := ref(loader, "Meeting", data.get("meeting")):
        mapped.one["meeting"] = meeting
    if resolution := ref(loader, "File", data.get("resolutionFile")):
        mapped.one["resolution_file"] = resolution
    mapped.many = {"auxiliary_files": refs(loader, "File", data.get("auxiliaryFile"))}
    return mapped


def map_location(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Location to the fields of :class:`~townhall.core.models.Location`."""
    mapped = common(data, loader, "Location")
    if mapped.deleted:
        return mapped
    mapped.fields.update(
        description=loader.text(data.get("description")),
        geojson=loader.geojson(data.get("geojson")),
        street_address=loader.text(data.get("streetAddress")),
        room=loader.text(data.get("room")),
        postal_code=loader.text(data.get("postalCode")),
        sub_locality=loader.text(data.get("subLocality")),
        locality=loader.text(data.get("locality")),
    )
    return mapped
