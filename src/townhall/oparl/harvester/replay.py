"""Answer HTTP requests from recorded OParl responses, so a harvest runs without the network.

A recording is JSON lines, one response a line: ``{"url": ..., "body": ...}``, optionally with
``"status"``, ``"headers"`` and ``"raw"`` (the body as text, for answers that are not valid JSON).
Several lines for one URL are answered in turn (the last one repeats), which is how a test
records a server that fails twice before it answers. A list request with ``modified_since``
is answered the way a server would: the recorded pages of that list, filtered, as one page.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx


def canonical_url(url: str, *, drop: tuple[str, ...] = ()) -> str:
    """Return *url* with its query sorted (and *drop* parameters removed), for matching."""
    parts = urlsplit(str(url))
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in drop)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))


def read_recording(path: str | Path) -> list[dict]:
    """Read a JSON-lines recording."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class ReplayTransport(httpx.BaseTransport):
    """An httpx transport that answers from recorded responses; anything not recorded is a 404."""

    def __init__(self, records: list[dict] | str | Path = ()):
        if isinstance(records, (str, Path)):
            records = read_recording(records)
        self._answers: dict[str, list[dict]] = defaultdict(list)
        self._served: dict[str, int] = defaultdict(int)
        #: Every URL requested, in order (tests check what was asked).
        self.requests: list[str] = []
        for record in records:
            self.add(record)

    def add(self, record: dict) -> None:
        """Record one more response (answered after those already recorded for its URL)."""
        self._answers[canonical_url(record["url"])].append(record)

    def replace(self, url: str, body) -> None:
        """Make *url* answer with *body* from now on (a server whose data changed)."""
        self.answer(url, {"body": body})

    def answer(self, url: str, *records: dict) -> None:
        """Make *url* answer with *records* in turn from now on (each may give status, headers, body or raw)."""
        self._answers[canonical_url(url)] = [{"url": url, **record} for record in records]
        self._served.pop(canonical_url(url), None)

    def body(self, url: str):
        """Return the recorded JSON body of *url* (the last one recorded)."""
        return self._answers[canonical_url(url)][-1]["body"]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.requests.append(url)
        params = dict(parse_qsl(request.url.query.decode()))
        if "modified_since" in params:
            return self._filtered(url, params["modified_since"])
        key = canonical_url(url)
        answers = self._answers.get(key)
        if not answers:
            return httpx.Response(404, json={"error": "not recorded"}, request=request)
        record = answers[min(self._served[key], len(answers) - 1)]
        self._served[key] += 1
        headers = record.get("headers") or {}
        status = record.get("status", 200)
        if "raw" in record:
            return httpx.Response(status, content=record["raw"].encode("utf-8"), headers={"Content-Type": "application/json", **headers}, request=request)
        return httpx.Response(status, json=record.get("body"), headers=headers, request=request)

    def _filtered(self, url: str, since_text: str) -> httpx.Response:
        """Answer a ``modified_since`` list request from the unfiltered recorded pages of that list."""
        request = httpx.Request("GET", url)
        since = _timestamp(since_text)
        start = canonical_url(url, drop=("modified_since",))
        if since is None:
            return httpx.Response(400, json={"error": "bad modified_since"}, request=request)
        if start not in self._answers:
            return httpx.Response(404, json={"error": "not recorded"}, request=request)
        items, seen, page_url = [], set(), start
        while page_url and page_url not in seen:
            seen.add(page_url)
            body = (self._answers.get(page_url) or [{}])[-1].get("body")
            if not isinstance(body, dict):
                break
            for item in body.get("data") or []:
                modified = _timestamp(item.get("modified"))
                if modified is None or modified >= since:
                    items.append(item)
            next_url = (body.get("links") or {}).get("next")
            page_url = canonical_url(next_url) if next_url else None
        return httpx.Response(200, json={"data": items, "links": {}, "pagination": {"totalElements": len(items)}}, request=request)


def _timestamp(value) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
