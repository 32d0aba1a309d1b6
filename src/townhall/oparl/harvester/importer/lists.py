"""A body's lists: fetched page by page in a small thread pool, stored in order in the calling thread."""

from __future__ import annotations

import queue
import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import transaction

from townhall.oparl.harvester.client import FetchError, OParlClient, Page
from townhall.oparl.harvester.mapping import BODY_LISTS

#: The order in which a body's lists are written.
LIST_ORDER = list(BODY_LISTS)
#: Pages each list's fetcher may read ahead of the writer: writing is the slower side, and a page of
#: embedded objects can hold a megabyte of parsed JSON.
PAGES_AHEAD = 4
_DONE = object()


class ListReading:
    """Read a body's lists and store each page: the part of the harvester that follows ``links.next``."""

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


class InlinePages:
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
