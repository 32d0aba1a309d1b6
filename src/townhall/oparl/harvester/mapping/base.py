"""What a mapping function returns: model field values plus the links still to be resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from townhall.oparl.harvester.loaders import Loader, type_name


@dataclass
class Ref:
    """A link to another OParl object: its id, or the object itself where the server embedded it."""

    type: str
    value: str | dict

    @property
    def origin_id(self) -> str:
        return (self.value.get("id") or "") if isinstance(self.value, dict) else self.value


@dataclass
class Children:
    """Objects embedded in a parent that point back at it (a meeting's agenda items, a paper's consultations)."""

    type: str
    parent_field: str
    items: list[dict]


@dataclass
class Mapped:
    """One OParl object turned into townhall model terms."""

    type: str
    origin_id: str
    deleted: bool = False
    created: datetime | None = None
    modified: datetime | None = None
    fields: dict = field(default_factory=dict)
    one: dict[str, Ref] = field(default_factory=dict)
    many: dict[str, list[Ref]] = field(default_factory=dict)
    children: list[Children] = field(default_factory=list)
    #: List URLs an object publishes (a Body's organization, person, meeting and paper lists).
    lists: dict[str, str] = field(default_factory=dict)


def ref(loader: Loader, type_: str, value: object) -> Ref | None:
    """Return the link in *value* (an id or an embedded object), or None when there is none."""
    if isinstance(value, dict):
        return Ref(type_name(value.get("type")) or type_, value) if loader.text(value.get("id")) else None
    if isinstance(value, list):
        # A list where a single link belongs: the first usable one counts.
        return next((r for r in (ref(loader, type_, v) for v in value) if r), None)
    text = loader.text(value)
    return Ref(type_, text) if text else None


def refs(loader: Loader, type_: str, value: object) -> list[Ref]:
    """Return the links in *value*: a list of ids or embedded objects (a single one counts as a list of one)."""
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    found, seen = [], set()
    for item in values:
        link = ref(loader, type_, item)
        if link and link.origin_id not in seen:
            seen.add(link.origin_id)
            found.append(link)
    return found


def children(type_: str, parent_field: str, value: object) -> list[Children]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    items = [item for item in value if isinstance(item, dict) and item.get("id")]
    return [Children(type_, parent_field, items)] if items else []


def common(data: dict, loader: Loader, type_: str) -> Mapped:
    """Map what every OParl object has: id, timestamps, deletion, keywords, web page, licence."""
    mapped = Mapped(
        type=type_,
        origin_id=loader.text(data.get("id")),
        deleted=data.get("deleted") is True or loader.text(data.get("deleted")).lower() == "true",
        created=loader.timestamp(data.get("created")),
        modified=loader.timestamp(data.get("modified")),
    )
    if not mapped.deleted:
        mapped.fields.update(keyword=loader.texts(data.get("keyword")), web=loader.url(data.get("web")), license=loader.text(data.get("license")))
    return mapped
