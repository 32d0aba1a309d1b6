"""Recorded and synthetic OParl servers for the harvester tests, answered through an httpx transport."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from townhall.oparl.harvester.client import OParlClient
from townhall.oparl.harvester.replay import ReplayTransport, read_recording

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
HUERTGENWALD = SHARED / "oparl-real" / "huertgenwald-oparl-1.0.jsonl"
HUERTGENWALD_SYSTEM = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/system"
HUERTGENWALD_HOST = "https://sdnetrim.kdvz-frechen.de/"


def recorded_list_entries(path: Path = HUERTGENWALD) -> Counter:
    """Count the list entries of a recording per OParl type (deleted entries count for their list's type)."""
    counts = Counter()
    for record in read_recording(path):
        body = record["body"]
        if not isinstance(body, dict) or "data" not in body:
            continue
        list_type = record["url"].split("?")[0].rstrip("/").rsplit("/", 1)[-1].capitalize()
        for entry in body["data"]:
            counts[entry.get("type", "").rsplit("/", 1)[-1] or list_type] += 1
    return counts


def client_for(transport) -> tuple[OParlClient, list[float]]:
    """Return a client over *transport* whose retry waits are recorded instead of slept."""
    waits: list[float] = []
    return OParlClient(transport=transport, sleep=waits.append, backoff=0.01), waits


class SyntheticServer:
    """A small OParl 1.1 server described in code: one body, lists filled with :meth:`add`."""

    LIST_KEYS = {
        "Organization": "organization", "Person": "person", "Meeting": "meeting", "Paper": "paper",
        "Membership": "membership", "AgendaItem": "agendaItem", "Consultation": "consultation", "File": "file",
        "Location": "locationList", "LegislativeTerm": "legislativeTermList",
    }

    def __init__(self, base: str = "https://ris.example.org/oparl", *, vendor: str = "https://vendor.example.org/",
                 page_size: int = 50, **body_fields):
        self.base = base
        self.system_url = f"{base}/system"
        self.body_url = f"{base}/bodies/1"
        self.vendor = vendor
        self.page_size = page_size
        self.body_fields = {"name": "Stadt Beispiel", "ags": "05358016", **body_fields}
        self.lists: dict[str, list[dict]] = {key: [] for key in self.LIST_KEYS.values()}
        self._serial = 0

    def list_url(self, key: str) -> str:
        return f"{self.body_url}/{key}"

    def add(self, type_: str, **fields) -> dict:
        """Add an object to its list; return it (its ``id`` is made up unless given)."""
        self._serial += 1
        obj = {
            "id": fields.pop("id", f"{self.base}/{type_.lower()}/{self._serial}"),
            "type": f"https://schema.oparl.org/1.1/{type_}",
            "created": "2026-01-01T10:00:00+01:00",
            "modified": "2026-01-02T10:00:00+01:00",
            **fields,
        }
        self.lists[self.LIST_KEYS[type_]].append(obj)
        return obj

    def records(self) -> list[dict]:
        """Return the server's responses as recording lines."""
        system = {"id": self.system_url, "type": "https://schema.oparl.org/1.1/System", "oparlVersion": "https://schema.oparl.org/1.1/",
                  "name": "Beispiel-RIS", "body": f"{self.base}/bodies", "vendor": self.vendor}
        body = {"id": self.body_url, "type": "https://schema.oparl.org/1.1/Body", "system": self.system_url,
                "created": "2026-01-01T10:00:00+01:00", "modified": "2026-01-02T10:00:00+01:00", **self.body_fields}
        body.update({key: self.list_url(key) for key in self.lists})
        records = [{"url": self.system_url, "body": system}, {"url": f"{self.base}/bodies", "body": {"data": [body], "links": {}}},
                   {"url": self.body_url, "body": body}]
        for key, items in self.lists.items():
            chunks = [items[i:i + self.page_size] for i in range(0, len(items), self.page_size)] or [[]]
            for number, chunk in enumerate(chunks, start=1):
                url = self.list_url(key) if number == 1 else f"{self.list_url(key)}?page={number}"
                links = {"next": f"{self.list_url(key)}?page={number + 1}"} if number < len(chunks) else {}
                records.append({"url": url, "body": {"data": chunk, "links": links, "pagination": {"totalElements": len(items)}}})
            for item in items:
                records.append({"url": item["id"], "body": item})
        return records

    def transport(self) -> ReplayTransport:
        return ReplayTransport(self.records())
