"""Storing one object of any OParl type: mapped, matched with the stored row, created, updated or deleted."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime

from django.db import models, transaction

from townhall.core.models import (
    AgendaItem, Body, Consultation, File, LegislativeTerm, Location, Meeting, Membership, Organization, Paper, Person,
    System,
)
from townhall.core.services import soft_delete, unique_body_slug
from townhall.oparl.harvester.importer.journal import MISSING
from townhall.oparl.harvester.importer.pages import PageFailed
from townhall.oparl.harvester.loaders import type_name
from townhall.oparl.harvester.mapping import MAPPERS, Mapped, Ref

log = logging.getLogger(__name__)

MODELS: dict[str, type[models.Model]] = {
    "System": System, "Body": Body, "LegislativeTerm": LegislativeTerm, "Location": Location,
    "Organization": Organization, "Person": Person, "Membership": Membership, "Meeting": Meeting,
    "AgendaItem": AgendaItem, "Paper": Paper, "Consultation": Consultation, "File": File,
}
#: Types that belong to the body being harvested (their ``body`` is that body, whatever the JSON says).
BODY_TYPES = frozenset({"LegislativeTerm", "Location", "Organization", "Person", "Meeting", "Paper", "File"})
#: Links without which a row cannot exist: resolved at once, fetching the target by id if need be.
REQUIRED = {"Membership": ("person", "organization"), "AgendaItem": ("meeting",), "Consultation": ("paper",)}


class ObjectFailed(Exception):
    """One object cannot be imported; the harvest records it and goes on."""


@dataclass(slots=True)
class Known:
    pk: int
    modified: datetime | None
    deleted: bool


@dataclass
class Deferred:
    model: type[models.Model]
    pk: int
    field: str
    many: bool
    links: list[Ref]


class ObjectStoring:
    """Store one object and the objects embedded in it; keep the index of stored rows by their OParl id."""

    def _store_entry(self, data: dict, expected_type: str, *, embedded: bool = False, **context) -> models.Model | None:
        """Store one object; record a failure and return None instead of raising.

        A top-level object gets its own savepoint, so that any failure leaves no trace. An object
        embedded in another (*embedded*) shares its parent's savepoint, which halves the queries:
        its expected failures (a missing required link, no id) happen before anything is written
        and fail it alone; an unexpected database error fails the parent with it.
        """
        if not isinstance(data, dict):
            self.report.count(expected_type).failed += 1
            self._record_error(type_=expected_type, message=f"Expected an object, got {type(data).__name__}: {str(data)[:200]}")
            return None
        object_id = self._text(data.get("id"))
        type_ = type_name(data.get("type")) or expected_type
        if embedded:
            try:
                return self._store(data, expected_type, **context)
            except ObjectFailed as exc:
                self._failed(object_id, type_, str(exc))
                return None
        outer_undo, self._undo = self._undo, []
        deferred_before = len(self._deferred)
        held_before = self._pending.mark() if self._pending is not None else None
        counts_before = {name: dataclasses.replace(count) for name, count in self.report.counts.items()}
        try:
            with transaction.atomic():
                stored = self._store(data, expected_type, **context)
            if outer_undo is not None:
                outer_undo.extend(self._undo)
            return stored
        except PageFailed:
            raise
        except Exception as exc:  # noqa: BLE001 - a broken object must never stop the harvest
            for model, origin in self._undo:
                self._set_index(model, origin, None)
                self._note("dict", self._done, origin, self._done.get(origin, MISSING))
                self._done.pop(origin, None)
            del self._deferred[deferred_before:]
            if held_before is not None:
                self._pending.rewind(held_before)
            # Nothing of it was kept, its embedded objects included: none of them counts as created.
            self.report.counts = counts_before
            self._failed(object_id, type_, str(exc) if isinstance(exc, ObjectFailed) else f"{type(exc).__name__}: {exc}")
            return None
        finally:
            self._undo = outer_undo

    def _failed(self, object_id: str, type_: str, message: str) -> None:
        self.report.count(type_).failed += 1
        self._record_error(object_id=object_id, type_=type_, message=message)
        self._set_done(object_id, None)

    def _store(self, data: dict, expected_type: str, *, parent: tuple[str, models.Model] | None = None,
               position: int | None = None, listed: bool = False) -> models.Model | None:
        data = self.loader.entry(data, expected_type)
        type_ = type_name(data.get("type"))
        if type_ not in MAPPERS:
            raise ObjectFailed(f"Unknown OParl type {data.get('type')!r}.")
        origin = self._text(data.get("id"))
        if not origin:
            raise ObjectFailed(f"A {type_} without an id cannot be matched on later runs; skipped.")
        # An object met embedded in another may lack fields its own list entry has: that entry still counts.
        fuller = listed and origin in self._embedded_only
        if origin in self._done and not fuller:
            return self._recall(origin, MODELS[type_])
        if listed and origin in self._embedded_only:
            self._set_embedded_only(origin, False)
        mapper = MAPPERS[type_]
        mapped: Mapped = mapper(data, self.loader, position=position) if type_ in ("AgendaItem", "Consultation") else mapper(data, self.loader)
        for warning in self.loader.take_warnings():
            log.warning("%s %s: %s", type_, origin, warning)
            self.report.warn(f"{type_} {origin}: {warning}")
        model = MODELS[type_]
        known = self._known(model, origin)
        if known is not None and self._pending is not None and (mapped.deleted or self._pending.holds(model, known.pk)):
            # It is read back or soft-deleted below: the rows held so far must be in the database first.
            self._flush_pending()
        if mapped.modified and (self._latest is None or mapped.modified > self._latest):
            self._latest = mapped.modified
        if mapped.lists:
            self._lists[origin] = mapped.lists

        if mapped.deleted:
            return self._delete(model, origin, known, mapped)
        if known and not known.deleted and mapped.modified and known.modified == mapped.modified and not fuller:
            self.report.count(type_).unchanged += 1
            obj = model.all_objects.get(pk=known.pk) if type_ in ("Body", "System") else model(pk=known.pk)
            self._remember(origin, obj)
            self._resolved(origin)
            return obj

        fields = dict(mapped.fields)
        if type_ in BODY_TYPES and (self.body is not None or known is None):
            fields["body"] = self.body
        if parent is not None:
            fields[parent[0]] = parent[1]
        for field in REQUIRED.get(type_, ()):
            if field not in fields:
                fields[field] = self._required(type_, field, mapped.one.get(field))
        deferred: list[tuple[str, bool, list[Ref]]] = []
        for field, link in mapped.one.items():
            if field in fields:
                continue
            pk = self._link(link)
            if pk is None:
                deferred.append((field, False, [link]))
                fields[model._meta.get_field(field).attname] = None
            else:
                fields[model._meta.get_field(field).attname] = pk

        obj = model.all_objects.get(pk=known.pk) if known else model()
        created = known is None
        held = created and self._pending is not None
        if type_ == "Body" and created:
            fields["slug"] = unique_body_slug(fields["name"])
        if type_ == "Body":
            fields["system"] = self.system
        if type_ == "AgendaItem":
            self._place_agenda_item(obj, fields)
        fields = {name: _fit(model, name, value) for name, value in fields.items()}
        if mapped.created:
            fields["created"] = mapped.created
        if mapped.modified:
            fields["modified"] = mapped.modified
        changed = created or obj.deleted or any(_differs(obj, name, value) for name, value in fields.items())
        count = self.report.count(type_)
        if changed:
            for name, value in fields.items():
                setattr(obj, name, value)
            obj.origin_id = origin
            obj.deleted = False
            obj._keep_modified = bool(mapped.modified)
            if held:
                self._hold(obj, model)
            else:
                obj.save()
            self._undo.append((model, origin))
            self._written.setdefault(model, set()).add(obj.pk)
            if type_ == "Paper":
                self._papers.add(obj.pk)
            self._set_index(model, origin, Known(obj.pk, obj.modified, False))
            if type_ == "AgendaItem":
                self._orders[obj.meeting_id][obj.order] = obj.pk
                self._placed.add(obj.pk)
            if not listed:
                self._set_embedded_only(origin, True)
            if created:
                count.created += 1
            else:
                count.updated += 1
        elif not fuller:
            count.unchanged += 1
        self._remember(origin, obj)
        self._resolved(origin)

        for field, links in mapped.many.items():
            pks, missing = [], []
            for link in links:
                pk = self._link(link)
                (pks.append(pk) if pk is not None else missing.append(link))
            if created:
                if pks and held:
                    self._pending.link(model, field, obj.pk, pks)
                elif pks:
                    getattr(obj, field).add(*pks)
            else:
                getattr(obj, field).set(pks)
            if missing:
                deferred.append((field, True, missing))
        for field, many, links in deferred:
            self._deferred.append(Deferred(model, obj.pk, field, many, links))
        if type_ == "File" and not obj.storage_name and (obj.origin_download_url or obj.origin_access_url):
            self._files.add(obj.pk)

        for group in mapped.children:
            for number, item in enumerate(group.items):
                self._store_entry(item, group.type, embedded=True, parent=(group.parent_field, obj),
                                  position=number + 1 if group.type == "AgendaItem" else number)
        return obj

    def _delete(self, model, origin: str, known: Known | None, mapped: Mapped):
        """Apply a remote deletion as a soft delete, or keep a deleted placeholder for an object never seen."""
        count = self.report.count(mapped.type)
        if known is None:
            if mapped.type not in BODY_TYPES:
                count.deleted += 1
                return None
            # A placeholder keeps the id known, so links to it resolve without fetching it again.
            obj = model(origin_id=origin, deleted=True, body=self.body)
            obj.created = mapped.created or obj.created
            if mapped.modified:
                obj.modified, obj._keep_modified = mapped.modified, True
            if self._pending is not None:
                self._hold(obj, model)
            else:
                obj.save()
        elif known.deleted:
            count.unchanged += 1
            obj = model(pk=known.pk)
            self._remember(origin, obj)
            return obj
        else:
            obj = model.all_objects.get(pk=known.pk)
            if mapped.modified:
                obj.modified, obj._keep_modified = mapped.modified, True
            soft_delete(obj)
        self._undo.append((model, origin))
        self._set_index(model, origin, Known(obj.pk, obj.modified, True))
        self._remember(origin, obj)
        count.deleted += 1
        self._resolved(origin)
        return obj

    def _place_agenda_item(self, item: AgendaItem, fields: dict) -> None:
        """Give an agenda item a free position in its meeting, moving aside an item that held it before."""
        meeting_id = fields["meeting"].pk if "meeting" in fields else fields.get("meeting_id")
        taken = self._orders.get(meeting_id)
        if taken is None:
            taken = self._orders[meeting_id] = dict(
                AgendaItem.all_objects.filter(meeting_id=meeting_id).values_list("order", "pk"))
        if item.pk and taken.get(item.order) == item.pk:
            del taken[item.order]
        if fields.get("order") is None:
            fields["order"] = max(taken, default=0) + 1
        holder = taken.get(fields["order"])
        if holder is not None and holder != item.pk:
            free = max(taken) + 1
            if holder in self._placed:
                # Two items of this harvest claim one place (real data repeats an order): the later one moves.
                fields["order"] = free
            else:
                AgendaItem.all_objects.filter(pk=holder).update(order=free)
                taken[free] = holder
        taken[fields["order"]] = item.pk or self._placeholder()

    def _set_index(self, model, origin: str, known: Known | None) -> None:
        if model not in self._index:
            self._known(model, origin)  # load the index first: an entry alone would hide the stored rows
        index = self._index[model]
        self._note("dict", index, origin, index.get(origin, MISSING))
        if known is None:
            index.pop(origin, None)
        else:
            index[origin] = known

    def _known(self, model, origin: str) -> Known | None:
        if model not in self._index:
            rows = model.all_objects.exclude(origin_id="").values_list("origin_id", "pk", "modified", "deleted")
            self._index[model] = {o: Known(pk, m, d) for o, pk, m, d in rows}
        return self._index[model].get(origin)

    def _remember(self, origin: str, obj: models.Model | None) -> None:
        if obj is None or isinstance(obj, (Body, System)):
            self._set_done(origin, obj)
        else:
            self._set_done(origin, obj.pk)

    def _recall(self, origin: str, model: type[models.Model]) -> models.Model | None:
        done = self._done[origin]
        if isinstance(done, int):
            return model(pk=done)
        return done

    def _placeholder(self) -> int:
        placeholder = -(len(self._placed) + 1)
        self._placed.add(placeholder)
        return placeholder


def _fit(model, name: str, value):
    """Cut text to the column's length: an over-long title must not cost the whole object."""
    if isinstance(value, str):
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001 - attnames like body_id are not fields by that name
            return value
        if getattr(field, "max_length", None) and len(value) > field.max_length:
            log.info("%s.%s cut to %d characters", model.__name__, name, field.max_length)
            return value[: field.max_length]
    return value


def _differs(obj, name: str, value) -> bool:
    if isinstance(value, models.Model):
        return getattr(obj, f"{name}_id") != value.pk
    return getattr(obj, name) != value
