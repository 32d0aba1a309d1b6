"""Harvest an OParl endpoint into townhall: lists fetched in parallel, objects written in order.

Fetching happens in a small thread pool (one worker per list, each following ``links.next``); all
database writes happen in the calling thread, list by list in an order where the objects a list
points to are usually already there (organizations before memberships, meetings before papers).
Links that still point nowhere are collected and resolved at the end of each body, fetching the
missing objects by their id.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, models, transaction
from django.utils import timezone

from townhall.core.models import (
    AgendaItem, Body, Consultation, File, LegislativeTerm, Location, Meeting, Membership, Organization, Paper, Person,
    System,
)
from townhall.core import access
from townhall.core.page_cache import sqlite_page_cache
from townhall.core.services import papers_date_refresh, soft_delete, system_get, unique_body_slug
from townhall.oparl.api.cache import raise_epoch
from townhall.oparl.harvester.client import FetchError, OParlClient, Page
from townhall.oparl.harvester.loaders import Loader, loader_for, type_name
from townhall.oparl.harvester.mapping import BODY_LISTS, MAPPERS, Mapped, Ref
from townhall.oparl.harvester.pending import IdBlock, PendingWrites
from townhall.oparl.harvester.report import HarvestReport, NoProgress, Progress
from townhall.oparl.models import FileDownloadJob, HarvestError, HarvestSource
from townhall.search.indexing import index_papers
from townhall.search.statistics import refresh_if_stale

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
#: The order in which a body's lists are written.
LIST_ORDER = list(BODY_LISTS)
#: Default overlap between the last run's start and the next run's ``modified_since``, for clock skew.
OVERLAP = timedelta(hours=1)
#: SQLite's page cache while harvesting, in KiB.
HARVEST_CACHE_KIB = 16384
#: Pages each list's fetcher may read ahead of the writer: writing is the slower side, and a page of
#: embedded objects can hold a megabyte of parsed JSON.
PAGES_AHEAD = 4
_DONE = object()
_MISSING = object()


class HarvestFailed(Exception):
    """The endpoint cannot be harvested at all (unreachable, or not an OParl System or Body)."""


class ObjectFailed(Exception):
    """One object cannot be imported; the harvest records it and goes on."""


class PageFailed(Exception):
    """Writing a page's held rows together failed: the page is stored again one object at a time."""


@dataclass(slots=True)
class _Known:
    pk: int
    modified: datetime | None
    deleted: bool


@dataclass
class _Deferred:
    model: type[models.Model]
    pk: int
    field: str
    many: bool
    links: list[Ref]


class Harvester:
    """Import everything one OParl System or Body URL publishes; run it with :meth:`run`."""

    def __init__(self, url: str, *, client: OParlClient, full: bool = False, overlap: timedelta = OVERLAP,
                 concurrency: int = 4, progress: Progress | None = None, loader: Loader | None = None):
        self.url = url
        self.client = client
        self.full = full
        self.overlap = overlap
        self.concurrency = max(1, concurrency)
        self.progress = progress or NoProgress()
        self.loader = loader
        self.report = HarvestReport()
        self.source: HarvestSource | None = None
        self.system: System | None = None
        self.body: Body | None = None
        self._index: dict[type[models.Model], dict[str, _Known]] = {}
        #: Objects this run stored or failed: origin -> (model, pk), a Body or System, or None for a failure.
        #: Keys and pks only, so memory grows by bytes, not by model instances, per object of a large source.
        #: A primary key per origin (its model follows from the type the origin is met as), so an entry costs a
        #: dictionary slot and no tuple.
        self._done: dict[str, int | models.Model | None] = {}
        self._lists: dict[str, dict[str, str]] = {}
        self._deferred: list[_Deferred] = []
        self._unfetchable: set[str] = set()
        self._open_errors: dict[str, HarvestError] = {}
        self._earlier_errors: set[str] = set()
        self._unsaved_errors: list[HarvestError] = []
        self._embedded_only: set[str] = set()
        #: What the object being stored wrote (None between top-level objects, so nothing piles up over a run).
        self._undo: list[tuple[type[models.Model], str]] | None = None
        self._files: set[int] = set()
        self._papers: set[int] = set()
        self._written: dict[type[models.Model], set[int]] = {}
        self._orders: dict[int, dict[int, int]] = {}
        #: Agenda items placed by this run (their pks, or negative placeholders until saved).
        self._placed: set[int] = set()
        self._latest: datetime | None = None
        #: The rows of the page being stored, written together at its end (None: each object is saved at once).
        self._pending: PendingWrites | None = None
        self._ids = IdBlock() if IdBlock.supported() else None
        #: How to undo the in-memory bookkeeping of the page being stored, should it be stored again.
        self._journal: list[tuple] | None = None

    # -- the run -------------------------------------------------------------------------------

    def run(self) -> HarvestReport:
        """Harvest the endpoint; return what was created, updated, deleted and what failed."""
        with sqlite_page_cache(HARVEST_CACHE_KIB):
            return self._run()

    def _run(self) -> HarvestReport:
        started = timezone.now()
        self.source, _ = HarvestSource.objects.get_or_create(url=self.url)
        since = None if self.full or self.source.last_run_started is None else self.source.last_run_started - self.overlap
        self.report.modified_since = since.isoformat() if since else None
        self._open_errors = {e.object_id: e for e in self.source.errors.filter(resolved=False) if e.object_id}
        self._earlier_errors = set(self._open_errors)

        try:
            root = self.client.get_object(self.url)
        except FetchError as exc:
            raise HarvestFailed(f"{self.url} cannot be read: {exc}") from None
        kind = type_name(root.get("type"))
        system_data: dict = {}
        if kind == "System":
            system_data = root
        elif kind == "Body":
            system_url = self._text(root.get("system"))
            if system_url:
                try:
                    system_data = self.client.get_object(system_url)
                except FetchError as exc:
                    log.warning("The system of %s cannot be read (%s); going on without it.", self.url, exc)
        else:
            raise HarvestFailed(f"{self.url} is neither an OParl System nor a Body (its type is {root.get('type')!r}).")

        self.loader = self.loader or loader_for(system_data, self.url)
        self.report.loader = self.loader.name
        system_get()  # the instance's own System comes first, before any harvested one
        if system_data:
            with transaction.atomic():
                stored = self._store_entry(system_data, "System")
            self.system = stored if isinstance(stored, System) else None

        bodies = [root] if kind == "Body" else self._body_entries(system_data)
        for body_data in bodies:
            self._harvest_body(body_data, since)
        self._forget_objects()

        papers_date_refresh(self._papers)
        self._carry_visibility()
        index_papers(self._papers)
        refresh_if_stale()
        self._flush_errors()
        self.report.requests = self.client.stats.requests
        self.report.retries = self.client.stats.retries
        self.source.system = self.system
        self.source.loader = self.loader.name
        self.source.last_summary = self.report.as_dict()
        if self.report.complete:
            # Only a run that read every list to its end may be the base of the next incremental run.
            self.source.last_run_started = started
            self.source.last_run_finished = timezone.now()
            if self._latest and (self.source.last_modified_seen is None or self._latest > self.source.last_modified_seen):
                self.source.last_modified_seen = self._latest
        self.source.save()
        return self.report

    def _forget_objects(self) -> None:
        """Let go of what the lists needed (an entry per object), before the work on what they wrote."""
        self._index.clear()
        self._done.clear()
        self._embedded_only.clear()
        self._orders.clear()
        self._placed.clear()

    def _body_entries(self, system_data: dict) -> list[dict]:
        url = self.loader.url(system_data.get("body"))
        if not url:
            raise HarvestFailed(f"The system at {self.url} names no body list.")
        entries = []
        try:
            for page in self.client.pages(url):
                entries.extend(page.items)
        except FetchError as exc:
            raise HarvestFailed(f"The body list {url} cannot be read: {exc}") from None
        return entries

    def _harvest_body(self, data: dict, since: datetime | None) -> None:
        self.body = None
        with transaction.atomic():
            body = self._store_entry(data, "Body")
        if not isinstance(body, Body) or body.deleted:
            return
        self.body = body
        if body.location_id:
            Location.all_objects.filter(pk=body.location_id, body__isnull=True).update(body=body)
        lists = self._lists.get(body.origin_id, {})
        params = self.loader.list_params(since)
        if self.concurrency == 1:
            # One request at a time, in this thread (an in-process transport must run where the data is).
            for key in LIST_ORDER:
                if key in lists:
                    self._consume(BODY_LISTS[key], lists[key], _InlinePages(self.client, lists[key], params))
        else:
            self._consume_in_parallel(lists, params)
        self._retry_open_errors()
        self._resolve_deferred()
        self._queue_downloads()
        self._flush_errors()

    def _consume_in_parallel(self, lists: dict[str, str], params: dict) -> None:
        stop = threading.Event()
        queues: dict[str, queue.Queue] = {}
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="oparl-list") as pool:
            # Submitted in the order they are consumed, so a waiting worker never blocks the one needed next.
            for key in LIST_ORDER:
                if key in lists:
                    queues[key] = queue.Queue(maxsize=PAGES_AHEAD)
                    pool.submit(self._fetch_list, lists[key], params, queues[key], stop)
            try:
                for key, pages in queues.items():
                    self._consume(BODY_LISTS[key], lists[key], pages)
            finally:
                stop.set()
                for pages in queues.values():
                    _drain(pages)

    def _fetch_list(self, url: str, params: dict, pages: queue.Queue, stop: threading.Event) -> None:
        try:
            for page in self.client.pages(url, params=params or None):
                if not _put(pages, page, stop):
                    return
            _put(pages, _DONE, stop)
        except FetchError as exc:
            _put(pages, exc, stop)
        except Exception as exc:  # noqa: BLE001 - handed to the writing thread, which records it
            _put(pages, FetchError(url, f"{type(exc).__name__}: {exc}"), stop)

    def _consume(self, type_: str, url: str, pages: queue.Queue) -> None:
        started = False
        while True:
            page = pages.get()
            if page is _DONE:
                break
            if isinstance(page, FetchError):
                self.report.complete = False
                self._record_error(url=page.url, type_=type_, message=f"The list cannot be read to its end: {page}")
                break
            assert isinstance(page, Page)
            if not started:
                self.progress.start(type_, page.total)
                started = True
            with transaction.atomic():
                if self._ids is None or not self._store_page(page.items, type_):
                    for item in page.items:
                        self._store_entry(item, type_, listed=True)
            self.progress.advance(type_, len(page.items))
            self._flush_errors()
        if not started:
            self.progress.start(type_, 0)

    def _store_page(self, items: list, type_: str) -> bool:
        """Store a page's entries, writing their new rows together; return False when it must be stored again.

        Everything the page changes in the database happens in one savepoint, and everything it
        changes in memory is noted in a journal; when the joint write fails (one broken row spoils
        the whole INSERT), both are undone and the caller stores the page one object at a time, so
        that the broken object fails alone, exactly as it would have.
        """
        checkpoint = self._checkpoint()
        self._ids.forget()
        self._pending = PendingWrites(self._ids)
        try:
            with transaction.atomic():
                for item in items:
                    self._store_entry(item, type_, listed=True)
                self._pending.flush()
            return True
        except Exception as exc:  # noqa: BLE001 - any failure of the joint write: store the page again, slowly
            log.info("A page of %s objects is stored one by one (%s: %s)", type_, type(exc).__name__, exc)
            self._restore(checkpoint)
            return False
        finally:
            self._pending = None
            self._journal = None

    def _flush_pending(self) -> None:
        """Write the held rows now: something is about to read or change one of them in the database."""
        if self._pending is not None and len(self._pending):
            try:
                self._pending.flush()
            except Exception as exc:  # noqa: BLE001 - handed up to the page, which is stored again
                raise PageFailed(f"{type(exc).__name__}: {exc}") from exc

    def _checkpoint(self) -> dict:
        self._journal = []
        return {
            "report": copy.deepcopy(self.report.counts), "warnings": len(self.report.warnings),
            "warning_count": self.report.warning_count, "latest": self._latest, "deferred": len(self._deferred),
            "open_errors": dict(self._open_errors), "unsaved_errors": list(self._unsaved_errors),
            "unfetchable": set(self._unfetchable),
        }

    def _restore(self, checkpoint: dict) -> None:
        """Undo the in-memory bookkeeping of a page whose savepoint was rolled back."""
        for entry in reversed(self._journal or []):
            kind, target, key, old = entry
            if kind == "dict":
                if old is _MISSING:
                    target.pop(key, None)
                else:
                    target[key] = old
            elif kind == "set":
                (target.add if old else target.discard)(key)
            elif kind == "error":
                key.message, key.last_seen, key.url, key.attempts = old
        self._journal = None
        self.report.counts = checkpoint["report"]
        del self.report.warnings[checkpoint["warnings"]:]
        self.report.warning_count = checkpoint["warning_count"]
        self._latest = checkpoint["latest"]
        del self._deferred[checkpoint["deferred"]:]
        self._open_errors = checkpoint["open_errors"]
        self._unsaved_errors = checkpoint["unsaved_errors"]
        self._unfetchable = checkpoint["unfetchable"]
        # Caches of what the database holds: read again, lazily, from what the rollback left.
        self._index.clear()
        self._orders.clear()

    def _note(self, kind: str, target, key, old) -> None:
        if self._journal is not None:
            self._journal.append((kind, target, key, old))

    def _set_done(self, origin: str, value) -> None:
        self._note("dict", self._done, origin, self._done.get(origin, _MISSING))
        self._done[origin] = value

    def _set_embedded_only(self, origin: str, embedded_only: bool) -> None:
        self._note("set", self._embedded_only, origin, origin in self._embedded_only)
        (self._embedded_only.add if embedded_only else self._embedded_only.discard)(origin)

    # -- storing one object --------------------------------------------------------------------

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
                self._note("dict", self._done, origin, self._done.get(origin, _MISSING))
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
            self._set_index(model, origin, _Known(obj.pk, obj.modified, False))
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
            self._deferred.append(_Deferred(model, obj.pk, field, many, links))
        if type_ == "File" and not obj.storage_name and (obj.origin_download_url or obj.origin_access_url):
            self._files.add(obj.pk)

        for group in mapped.children:
            for number, item in enumerate(group.items):
                self._store_entry(item, group.type, embedded=True, parent=(group.parent_field, obj),
                                  position=number + 1 if group.type == "AgendaItem" else number)
        return obj

    def _delete(self, model, origin: str, known: _Known | None, mapped: Mapped):
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
        self._set_index(model, origin, _Known(obj.pk, obj.modified, True))
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

    def _hold(self, obj: models.Model, model: type[models.Model]) -> None:
        """Give a new object its primary key and hold it for the page's joint write (what save() would do)."""
        obj.pk = self._ids.take(model)
        if not getattr(obj, "_keep_modified", False):
            obj.modified = timezone.now()
        self._pending.add(obj)

    def _set_index(self, model, origin: str, known: _Known | None) -> None:
        if model not in self._index:
            self._known(model, origin)  # load the index first: an entry alone would hide the stored rows
        index = self._index[model]
        self._note("dict", index, origin, index.get(origin, _MISSING))
        if known is None:
            index.pop(origin, None)
        else:
            index[origin] = known

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

    def _required(self, type_: str, field: str, link: Ref | None):
        if link is None:
            raise ObjectFailed(f"The {type_} names no {field}, without which it cannot be stored.")
        pk = self._link(link)
        if pk is None and isinstance(link.value, str):
            pk = self._fetch_and_store(link)
        if pk is None:
            raise ObjectFailed(f"The {type_}'s {field} {link.origin_id} cannot be loaded.")
        # Only its key is needed (and the row may still be held for the page's joint write).
        return MODELS[link.type](pk=pk)

    def _link(self, link: Ref) -> int | None:
        """Return the primary key a link points to: storing an embedded object, or looking up an id."""
        model = MODELS.get(link.type)
        if model is None:
            return None
        if isinstance(link.value, dict):
            obj = self._store_entry(link.value, link.type, embedded=True)
            return obj.pk if obj is not None else None
        known = self._known(model, link.value)
        return known.pk if known else None

    def _fetch_and_store(self, link: Ref) -> int | None:
        if link.origin_id in self._unfetchable:
            return None
        try:
            data = self.client.get_object(link.origin_id)
        except FetchError as exc:
            self._unfetchable.add(link.origin_id)
            self.report.count(link.type).failed += 1
            self._record_error(url=link.origin_id, object_id=link.origin_id, type_=link.type,
                               message=f"Linked, but missing from the lists, and fetching it by its id failed: {exc}")
            return None
        obj = self._store_entry(data, link.type)
        return obj.pk if obj is not None else None

    def _known(self, model, origin: str) -> _Known | None:
        if model not in self._index:
            rows = model.all_objects.exclude(origin_id="").values_list("origin_id", "pk", "modified", "deleted")
            self._index[model] = {o: _Known(pk, m, d) for o, pk, m, d in rows}
        return self._index[model].get(origin)

    # -- after the lists -----------------------------------------------------------------------

    def _retry_open_errors(self) -> None:
        """Fetch again, by id, the objects earlier runs failed to import."""
        retry = [e for origin, e in self._open_errors.items()
                 if origin in self._earlier_errors and origin not in self._done and origin not in self._unfetchable and e.object_type in MAPPERS and e.object_type not in ("System", "Body")
                 and origin.startswith(("http://", "https://"))]
        results = list(zip(retry, self._fetch_many([e.object_id for e in retry])))
        # Failures first: an object stored below that needs one of them must not fetch it once more.
        for error, result in results:
            if isinstance(result, FetchError):
                self._unfetchable.add(error.object_id)
                self.report.count(error.object_type).failed += 1
                self._record_error(url=error.object_id, object_id=error.object_id, type_=error.object_type,
                                   message=f"Fetching it by its id failed again: {result}")
        for error, result in results:
            if isinstance(result, FetchError) or error.object_id in self._done:
                # Stored (or failed) already as a link an earlier one needed: not counted twice.
                continue
            with transaction.atomic():
                self._store_entry(result, error.object_type)

    def _resolve_deferred(self) -> None:
        """Point the links that still point nowhere at their targets, fetching missing targets by id."""
        for _ in range(3):
            missing: dict[str, str] = {}
            for item in self._deferred:
                for link in item.links:
                    # An object this run tried already (and failed to store) is not fetched and counted again.
                    if (link.origin_id not in self._unfetchable and link.origin_id not in self._done
                            and self._known(MODELS[link.type], link.origin_id) is None):
                        missing.setdefault(link.origin_id, link.type)
            if not missing:
                break
            ids = list(missing)
            for origin, result in zip(ids, self._fetch_many(ids)):
                if isinstance(result, FetchError):
                    self._unfetchable.add(origin)
                    self.report.count(missing[origin]).failed += 1
                    self._record_error(url=origin, object_id=origin, type_=missing[origin],
                                       message=f"Linked, but missing from the lists, and fetching it by its id failed: {result}")
                    continue
                with transaction.atomic():
                    self._store_entry(result, missing[origin])
        with transaction.atomic():
            for item in self._deferred:
                pks = [k.pk for k in (self._known(MODELS[link.type], link.origin_id) for link in item.links) if k]
                if not pks:
                    continue
                if item.many:
                    getattr(item.model(pk=item.pk), item.field).add(*pks)
                else:
                    # update(), not save(): filling in a link is not a change the remote made.
                    item.model.all_objects.filter(pk=item.pk).update(**{item.model._meta.get_field(item.field).attname: pks[0]})
            if self._deferred:
                # The links change the objects' public form, not their (the source's) modified times.
                raise_epoch()
        self._deferred.clear()

    def _carry_visibility(self) -> None:
        """Bring what the public may see up to date with the objects this run wrote (core.access)."""
        written = self._written
        consultations = written.get(Consultation, set())
        papers = written.get(Paper, set()) | {
            pk for chunk in _chunks(consultations)
            for pk in Consultation.all_objects.filter(pk__in=chunk).values_list("paper_id", flat=True)
        }
        with transaction.atomic():
            access.papers_changed(papers, before=access.Linked(
                meetings=written.get(Meeting, set()), organizations=written.get(Organization, set()),
                persons=written.get(Person, set()), agenda_items=written.get(AgendaItem, set()),
                files=written.get(File, set()), locations=written.get(Location, set()),
            ))

    def _fetch_many(self, urls: list[str]) -> list[dict | FetchError]:
        def fetch(url):
            try:
                return self.client.get_object(url)
            except FetchError as exc:
                return exc

        if not urls:
            return []
        if self.concurrency == 1:
            return [fetch(url) for url in urls]
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="oparl-object") as pool:
            return list(pool.map(fetch, urls))

    def _queue_downloads(self) -> None:
        if not self._files:
            return
        # In chunks: a large source's files would not fit one query's parameters, nor its jobs the memory budget.
        for chunk in _chunks(self._files):
            have = set(FileDownloadJob.objects.filter(file_id__in=chunk).values_list("file_id", flat=True))
            jobs = [
                FileDownloadJob(file_id=pk, url=url)
                for pk, download, access in File.all_objects.filter(pk__in=[pk for pk in chunk if pk not in have])
                .values_list("pk", "origin_download_url", "origin_access_url")
                if (url := download or access)
            ]
            FileDownloadJob.objects.bulk_create(jobs, ignore_conflicts=True)
            self.report.files_queued += len(jobs)
        self._files.clear()

    # -- errors --------------------------------------------------------------------------------

    def _record_error(self, *, message: str, type_: str = "", object_id: str = "", url: str = "") -> None:
        """Note a failure; it is written by :meth:`_flush_errors`, outside the savepoint that failed."""
        log.warning("%s %s: %s", type_ or "object", object_id or url, message)
        # An object's id is the URL it is fetched from: the row names where to look.
        url = url or (object_id if object_id.startswith(("http://", "https://")) else "")
        existing = self._open_errors.get(object_id) if object_id else None
        now = timezone.now()
        if existing is not None:
            self._note("error", None, existing, (existing.message, existing.last_seen, existing.url, existing.attempts))
            existing.message, existing.last_seen = message, now
            existing.url = url[:2000] or existing.url
            if existing.pk:
                existing.attempts += 1
        else:
            existing = HarvestError(source=self.source, url=url[:2000], object_id=object_id[:2000], object_type=type_, message=message)
            if object_id:
                self._open_errors[object_id] = existing
        self._unsaved_errors.append(existing)

    def _flush_errors(self) -> None:
        for error in self._unsaved_errors:
            error.save()
        self._unsaved_errors.clear()

    def _resolved(self, origin: str) -> None:
        error = self._open_errors.pop(origin, None)
        if error is not None and error in self._unsaved_errors:
            self._unsaved_errors.remove(error)
        if error is not None and error.pk:
            HarvestError.objects.filter(pk=error.pk).update(resolved=True, last_seen=timezone.now())

    def _text(self, value) -> str:
        return (self.loader or Loader()).text(value)


def _chunks(ids: set[int], size: int = 500):
    ids = sorted(ids)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


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


class _InlinePages:
    """The pages of one list fetched on demand, in the calling thread, with the interface of the page queue."""

    def __init__(self, client: OParlClient, url: str, params: dict):
        self._pages = client.pages(url, params=params or None)

    def get(self):
        try:
            return next(self._pages)
        except StopIteration:
            return _DONE
        except FetchError as exc:
            return exc


def _put(pages: queue.Queue, item, stop: threading.Event) -> bool:
    while not stop.is_set():
        try:
            pages.put(item, timeout=0.2)
            return True
        except queue.Full:
            continue
    return False


def _drain(pages: queue.Queue) -> None:
    try:
        while True:
            pages.get_nowait()
    except queue.Empty:
        pass


def harvest(url: str, *, client: OParlClient | None = None, full: bool = False, concurrency: int = 4,
            progress: Progress | None = None) -> HarvestReport:
    """Harvest an OParl System or Body URL into the database; return the counts per type."""
    own = client is None
    client = client or OParlClient()
    try:
        return Harvester(url, client=client, full=full, concurrency=concurrency, progress=progress).run()
    finally:
        if own:
            client.close()
