"""Map OParl System, Body and LegislativeTerm objects."""

from __future__ import annotations

from townhall.oparl.harvester.loaders import Loader

from .base import Mapped, children, common, ref

BODY_LISTS = {
    "legislativeTermList": "LegislativeTerm",
    "locationList": "Location",
    "organization": "Organization",
    "person": "Person",
    "membership": "Membership",
    "meeting": "Meeting",
    "agendaItem": "AgendaItem",
    "paper": "Paper",
    "consultation": "Consultation",
    "file": "File",
}


def map_system(data: dict, loader: Loader) -> Mapped:
    """Map an OParl System to the fields of :class:`~townhall.core.models.System`."""
    mapped = common(data, loader, "System")
    mapped.fields.update(
        name=loader.text(data.get("name")),
        oparl_version=loader.text(data.get("oparlVersion")) or "https://schema.oparl.org/1.0/",
        other_oparl_versions=loader.urls(data.get("otherOparlVersions")),
        contact_email=loader.email(data.get("contactEmail")),
        contact_name=loader.text(data.get("contactName")),
        website=loader.url(data.get("website")),
        vendor=loader.url(data.get("vendor")),
        product=loader.url(data.get("product")),
    )
    body_list = loader.url(data.get("body"))
    if body_list:
        mapped.lists["body"] = body_list
    return mapped


def map_body(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Body to the fields of :class:`~townhall.core.models.Body`."""
    mapped = common(data, loader, "Body")
    if mapped.deleted:
        return mapped
    name = loader.text(data.get("name")) or loader.text(data.get("shortName")) or mapped.origin_id
    ags = loader.ags(data.get("ags"))
    mapped.fields.update(
        name=name,
        short_name=loader.text(data.get("shortName")),
        website=loader.url(data.get("website")),
        license_valid_since=loader.timestamp(data.get("licenseValidSince")),
        oparl_since=loader.timestamp(data.get("oparlSince")),
        ags=ags,
        rgs=loader.text(data.get("rgs")),
        equivalent=loader.urls(data.get("equivalent")),
        contact_email=loader.email(data.get("contactEmail")),
        contact_name=loader.text(data.get("contactName")),
        classification=loader.text(data.get("classification")),
    )
    if ags:
        # The AGS exists only for German municipalities.
        mapped.fields.update(country="DE", language="de")
    if location := ref(loader, "Location", data.get("location")):
        mapped.one["location"] = location
    # OParl 1.0 embeds the legislative terms; 1.1 may also (or only) publish a list of them.
    mapped.children = children("LegislativeTerm", "body", data.get("legislativeTerm"))
    for key in BODY_LISTS:
        url = loader.url(data.get(key))
        if url:
            mapped.lists[key] = url
    return mapped


def map_legislative_term(data: dict, loader: Loader) -> Mapped:
    """Map an OParl LegislativeTerm to the fields of :class:`~townhall.core.models.LegislativeTerm`."""
    mapped = common(data, loader, "LegislativeTerm")
    start, end = loader.date(data.get("startDate")), loader.date(data.get("endDate"))
    if start and end and end < start:
        end = None
    mapped.fields.update(name=loader.text(data.get("name")), start_date=start, end_date=end)
    return mapped
