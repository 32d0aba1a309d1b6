"""The run: the System or Body read first, then each body and its lists, then the work on what they wrote."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db import models, transaction
from django.utils import timezone

from townhall.core.models import Body, Location, System
from townhall.core.page_cache import sqlite_page_cache
from townhall.core.services import papers_date_refresh, system_get
from townhall.oparl.harvester.client import FetchError, OParlClient
from townhall.oparl.harvester.importer.errors import ErrorRecording
from townhall.oparl.harvester.importer.finishing import Finishing
from townhall.oparl.harvester.importer.journal import Journal
from townhall.oparl.harvester.importer.links import LinkResolving
from townhall.oparl.harvester.importer.lists import LIST_ORDER, InlinePages, ListReading
from townhall.oparl.harvester.importer.objects import Deferred, Known, ObjectStoring
from townhall.oparl.harvester.importer.pages import PageWriting
from townhall.oparl.harvester.loaders import Loader, loader_for, type_name
from townhall.oparl.harvester.mapping import BODY_LISTS
from townhall.oparl.harvester.pending import IdBlock, PendingWrites
from townhall.oparl.harvester.report import HarvestReport, NoProgress, Progress
from townhall.oparl.models import HarvestError, HarvestSource
from townhall.search.indexing import index_papers
from townhall.search.statistics import refresh_if_stale

log = logging.getLogger(__name__)

#: Default overlap between the last run's start and the next run's ``modified_since``, for clock skew.
OVERLAP = timedelta(hours=1)
#: SQLite's page cache while harvesting, in KiB.
HARVEST_CACHE_KIB = 16384


class HarvestFailed(Exception):
    """The endpoint cannot be harvested at all (unreachable, or not an OParl System or Body)."""


class Harvester(ListReading, PageWriting, Journal, ObjectStoring, LinkResolving, Finishing,
                ErrorRecording):
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
        self._index: dict[type[models.Model], dict[str, Known]] = {}
        #: Objects this run stored or failed: origin -> (model, pk), a Body or System, or None for a failure.
        #: Keys and pks only, so memory grows by bytes, not by model instances, per object of a large source.
        #: A primary key per origin (its model follows from the type the origin is met as), so an entry costs a
        #: dictionary slot and no tuple.
        self._done: dict[str, int | models.Model | None] = {}
        self._lists: dict[str, dict[str, str]] = {}
        self._deferred: list[Deferred] = []
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
                    self._consume(BODY_LISTS[key], lists[key], InlinePages(self.client, lists[key], params))
        else:
            self._consume_in_parallel(lists, params)
        self._retry_open_errors()
        self._resolve_deferred()
        self._queue_downloads()
        self._flush_errors()

    def _text(self, value) -> str:
        return (self.loader or Loader()).text(value)


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
