"""Map OParl Organization, Person and Membership objects."""

from __future__ import annotations

from townhall.oparl.harvester.loaders import Loader

from .base import Mapped, children, common, ref


def map_organization(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Organization to the fields of :class:`~townhall.core.models.Organization`."""
    mapped = common(data, loader, "Organization")
    if mapped.deleted:
        return mapped
    start, end = loader.date(data.get("startDate")), loader.date(data.get("endDate"))
    mapped.fields.update(
        name=loader.text(data.get("name")) or loader.text(data.get("shortName")) or "—",
        short_name=loader.text(data.get("shortName")),
        post=loader.texts(data.get("post")),
        organization_type=loader.text(data.get("organizationType")),
        classification=loader.text(data.get("classification")),
        start_date=start,
        end_date=end,
        website=loader.url(data.get("website")),
    )
    for field, type_, key in (("sub_organization_of", "Organization", "subOrganizationOf"), ("location", "Location", "location"),
                              ("external_body", "Body", "externalBody")):
        if link := ref(loader, type_, data.get(key)):
            mapped.one[field] = link
    return mapped


def map_person(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Person to the fields of :class:`~townhall.core.models.Person`."""
    mapped = common(data, loader, "Person")
    if mapped.deleted:
        return mapped
    given, family = loader.text(data.get("givenName")), loader.text(data.get("familyName"))
    mapped.fields.update(
        name=loader.text(data.get("name")) or " ".join(p for p in (given, family) if p) or "—",
        family_name=family,
        given_name=given,
        form_of_address=loader.text(data.get("formOfAddress")),
        affix=loader.text(data.get("affix")),
        title=loader.texts(data.get("title")),
        gender=loader.text(data.get("gender")),
        phone=loader.texts(data.get("phone")),
        email=[e for e in (loader.email(v) for v in loader.texts(data.get("email"))) if e],
        status=loader.texts(data.get("status")),
        life=loader.text(data.get("life")),
        life_source=loader.text(data.get("lifeSource")),
    )
    if location := ref(loader, "Location", data.get("location")):
        mapped.one["location"] = location
    mapped.children = children("Membership", "person", data.get("membership"))
    return mapped


def map_membership(data: dict, loader: Loader) -> Mapped:
    """Map an OParl Membership to the fields of :class:`~townhall.core.models.Membership`."""
    mapped = common(data, loader, "Membership")
    if mapped.deleted:
        return mapped
    mapped.fields.update(
        role=loader.text(data.get("role")),
        voting_right=loader.boolean(data.get("votingRight")),
        start_date=loader.date(data.get("startDate")),
        end_date=loader.date(data.get("endDate")),
    )
    for field, type_, key in (("person", "Person", "person"), ("organization", "Organization", "organization"),
                              ("on_behalf_of", "Organization", "onBehalfOf")):
        if link := ref(loader, type_, data.get(key)):
            mapped.one[field] = link
    return mapped
