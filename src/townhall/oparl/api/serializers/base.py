"""What every OParl object's JSON shares: id, type, timestamps, the deleted form, embedding."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from django.db.models import Model, Q, QuerySet

from townhall.core import access
from townhall.oparl.api.formats import oparl_datetime, without_empty

if TYPE_CHECKING:
    from townhall.oparl.api.serializers import Renderer

SCHEMA_ROOT = "https://schema.oparl.org/1.1/"


def shown(model) -> QuerySet:
    """Return the rows of *model* anyone may see (what embedded objects and back-links draw from)."""
    return model.all_objects.filter(access.public_condition(model))


def type_url(type_name: str) -> str:
    """Return the OParl 1.1 type URL of *type_name* (``https://schema.oparl.org/1.1/Paper``)."""
    return SCHEMA_ROOT + type_name


class ObjectSerializer:
    """Turn rows of one model into OParl objects; subclasses name the fields and how to load them.

    The API shows what anyone may see (:mod:`townhall.core.access`). An object the public may not
    see is treated as deleted (OParl 1.1, 2.8): its URL answers with the deleted form, and lists
    that ask what changed (``modified_since``) name it as deleted.

    Hooks: ``rows()`` (every row, deleted and hidden ones included), ``in_body()`` (the rows of one
    body's external list), ``optimise()`` (joins and prefetches that keep a list page at a fixed
    number of queries), ``prepare()`` (batch look-ups for a page), ``fields()`` and
    ``backlink_fields()`` (the latter left out when the object is embedded).
    """

    type_name: ClassVar[str]
    model: ClassVar[type[Model]]
    body_field: ClassVar[str] = "body_id"
    #: Properties that point back to the object this one is embedded in; left out when embedded.
    backlinks: ClassVar[tuple[str, ...]] = ()
    #: The site's page showing this type (``web:<name>``), given as ``web`` unless the object names its own.
    web_page: ClassVar[str | None] = None

    def __init__(self, renderer: Renderer):
        self.renderer = renderer
        self.addresses = renderer.addresses

    # --- querying -------------------------------------------------------------------------
    def rows(self) -> QuerySet:
        """Return every row of the type, each annotated with whether the public may see it."""
        return self.model.all_objects.annotate(oparl_shown=access.shown_annotation(self.model))

    def shown(self) -> Q:
        """Return the condition of the rows the public may see (what a list without filters holds)."""
        return access.public_condition(self.model)

    def in_body(self, body_pk: int) -> QuerySet:
        return self.rows().filter(**{self.body_field: body_pk})

    def optimise(self, queryset: QuerySet) -> QuerySet:
        return queryset

    def prepare(self, objects: list) -> None:
        """Load, in a few queries for the whole page, what ``backlink_fields`` needs."""

    # --- rendering ------------------------------------------------------------------------
    def url(self, obj_or_pk) -> str:
        pk = obj_or_pk if isinstance(obj_or_pk, int) else obj_or_pk.pk
        return self.addresses.object(self.type_name, pk)

    def urls(self, type_name: str, objects) -> list[str]:
        return [self.addresses.object(type_name, obj.pk) for obj in objects]

    def render(self, obj, *, embedded: bool = False) -> dict:
        """Return the OParl JSON object for *obj*: the deleted form, embedded form or full form."""
        if not self.is_public(obj):
            return self.render_deleted(obj)
        data = {"id": self.url(obj), "type": type_url(self.type_name)}
        data.update(self.fields(obj))
        if not embedded:
            data.update(self.backlink_fields(obj))
        data["license"] = obj.license
        data["keyword"] = list(obj.keyword or [])
        data["web"] = obj.web or self.web_url(obj)
        data["created"] = oparl_datetime(obj.created)
        data["modified"] = oparl_datetime(obj.modified)
        return without_empty(data)

    def render_deleted(self, obj) -> dict:
        return {
            "id": self.url(obj),
            "type": type_url(self.type_name),
            "created": oparl_datetime(obj.created),
            "modified": oparl_datetime(obj.modified),
            "deleted": True,
        }

    def embed(self, obj) -> dict | None:
        """Return *obj* in embedded form, or None when it is absent, deleted or not public."""
        if obj is None or not self.is_public(obj):
            return None
        return self.render(obj, embedded=True)

    def embed_all(self, objects) -> list[dict]:
        return [data for data in (self.embed(obj) for obj in objects) if data is not None]

    def is_public(self, obj) -> bool:
        """Say whether anyone may see *obj* (read from the ``rows()`` annotation when it is there)."""
        shown = getattr(obj, "oparl_shown", None)
        return bool(shown) if shown is not None else access.is_public(obj)

    def storable(self, obj) -> bool:
        """Say whether *obj*'s JSON may be stored: it changes only with the object's ``modified`` time."""
        return True

    def web_url(self, obj) -> str | None:
        return self.addresses.web_page(self.web_page, pk=obj.pk) if self.web_page else None

    def fields(self, obj) -> dict:
        raise NotImplementedError

    def backlink_fields(self, obj) -> dict:
        return {}
