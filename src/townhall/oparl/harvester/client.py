"""Fetch OParl JSON over HTTP: retries with backoff, lenient JSON, lists followed by ``links.next``."""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx

from townhall import __version__

log = logging.getLogger(__name__)

#: Answers worth asking again: the server is busy or briefly broken.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
#: Control characters JSON forbids everywhere except inside strings (where ``strict=False`` lets them by).
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FetchError(Exception):
    """A URL gave no usable answer, even after retries."""

    def __init__(self, url: str, message: str, *, status: int | None = None):
        self.url = url
        self.status = status
        super().__init__(message)


@dataclass
class Page:
    """One page of an OParl list: its objects and, from the first page, the announced total."""

    url: str
    items: list[dict]
    total: int | None = None


@dataclass
class FetchStats:
    requests: int = 0
    retries: int = 0
    waited: float = 0.0
    slept: list[float] = field(default_factory=list)


def parse_json(content: bytes, *, encoding: str | None = None) -> object:
    """Decode a JSON document the way servers really send it: stray control characters allowed."""
    text = content.decode(encoding or "utf-8", errors="replace").lstrip("\ufeff")
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        # Control characters between tokens (outside strings) still break the parser: drop them.
        return json.loads(_STRAY_CONTROL.sub("", text), strict=False)


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Read a Retry-After header: either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class OParlClient:
    """A thread-safe HTTP client for OParl servers.

    ``transport`` replaces the network (tests replay recorded answers through it); ``sleep`` is the
    clock used between retries, so a test can record the waits instead of sitting through them.
    """

    def __init__(self, *, transport: httpx.BaseTransport | None = None, timeout: float = 30.0, retries: int = 4,
                 backoff: float = 1.0, max_wait: float = 120.0, sleep: Callable[[float], None] = time.sleep):
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self.stats = FetchStats()
        self._http = httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=True,
            headers={"User-Agent": f"townhall/{__version__} (OParl harvester)", "Accept": "application/json"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get(self, url: str, *, params: dict | None = None) -> httpx.Response:
        """GET a URL, retrying busy or failing servers; return the final successful response."""
        attempt = 0
        while True:
            self.stats.requests += 1
            try:
                response = self._http.get(url, params=params)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                if attempt >= self.retries:
                    raise FetchError(url, f"no answer after {attempt + 1} attempts ({reason})") from None
                self._wait(attempt, None)
                attempt += 1
                continue
            if response.status_code in RETRY_STATUSES and attempt < self.retries:
                self._wait(attempt, retry_after_seconds(response.headers.get("Retry-After")))
                attempt += 1
                continue
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip(), status=response.status_code)
            return response

    def _wait(self, attempt: int, retry_after: float | None) -> None:
        if retry_after is not None:
            delay = retry_after
        else:
            # Exponential backoff with jitter, so parallel workers do not knock in step.
            delay = self.backoff * (2 ** attempt) * (0.5 + random.random() / 2)
        delay = min(delay, self.max_wait)
        self.stats.retries += 1
        self.stats.waited += delay
        self.stats.slept.append(delay)
        self.sleep(delay)

    def get_json(self, url: str, *, params: dict | None = None) -> object:
        """GET a URL and decode its JSON body."""
        response = self.get(url, params=params)
        try:
            return parse_json(response.content, encoding=response.charset_encoding)
        except json.JSONDecodeError as exc:
            raise FetchError(url, f"the answer is not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None

    def get_object(self, url: str) -> dict:
        """Fetch one OParl object by its id."""
        data = self.get_json(url)
        if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
            data = data[0]
        if not isinstance(data, dict):
            raise FetchError(url, f"expected an object, got {type(data).__name__}")
        return data

    def pages(self, url: str, *, params: dict | None = None) -> Iterator[Page]:
        """Yield the pages of an OParl list, following only ``links.next``.

        A filtered list that answers 404 or ``[]`` is empty (servers do both); a single object where
        the list belongs is a list of one.
        """
        seen: set[str] = set()
        first = True
        next_url: str | None = url
        while next_url and next_url not in seen:
            seen.add(next_url)
            current = next_url
            try:
                data = self.get_json(current, params=params if first else None)
            except FetchError as exc:
                if exc.status == 404 and first and params:
                    return
                raise
            items, total, next_url = _read_page(data)
            yield Page(url=current, items=items, total=total if first else None)
            first = False


def _read_page(data: object) -> tuple[list[dict], int | None, str | None]:
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)], None, None
    if not isinstance(data, dict):
        return [], None, None
    if "data" not in data:
        # A bare object where a list belongs.
        return ([data] if "id" in data else []), None, None
    items = data.get("data")
    if isinstance(items, dict):
        items = [items]
    elif not isinstance(items, list):
        items = []
    pagination = data.get("pagination") if isinstance(data.get("pagination"), dict) else {}
    total = pagination.get("totalElements")
    links = data.get("links") if isinstance(data.get("links"), dict) else {}
    next_url = links.get("next") if isinstance(links.get("next"), str) and links.get("next") else None
    return [item for item in items if isinstance(item, dict)], total if isinstance(total, int) else None, next_url
