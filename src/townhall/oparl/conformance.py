"""Check an OParl 1.1 server against the specification by crawling it from its System object.

The crawler follows every list page and every link, validates each object against the OParl 1.1
JSON schemas (``townhall/oparl/schema``, draft-07, with ``$ref`` resolved locally) and against the
rules the schemas cannot express: ``created``/``modified`` on every object, the short form of
deleted objects, back-links left out of embedded objects, filters kept in page links, deleted
objects listed only with ``modified_since``, ids that resolve to the same object, UTF-8 JSON with
``Access-Control-Allow-Origin: *``, and file URLs that serve inline or as an attachment.

It reads through a *fetcher*, so the same checks run on Django's test client and on a remote
server (``python -m townhall.oparl.conformance https://example.org/oparl/v1.1/``).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Callable, Mapping, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource

SCHEMA_ROOT = "https://schema.oparl.org/1.1/"
TYPES = (
    "System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
    "Paper", "Consultation", "File", "Location",
)
#: Properties the draft-07 schema files carry from the draft after 1.1; a 1.1 server must not send them.
NOT_IN_1_1 = {"Body": {"mainOrganization"}, "Organization": {"memberCount", "votingMemberCount"},
              "Person": {"image"}, "File": {"person"}}
#: Properties that point back to the containing object: left out when an object is embedded.
BACKLINKS = {
    "LegislativeTerm": {"body"}, "Membership": {"person"}, "AgendaItem": {"meeting"}, "Consultation": {"paper"},
    "File": {"meeting", "agendaItem", "paper"},
    "Location": {"bodies", "organizations", "persons", "meetings", "papers"},
}
#: The external lists every Body must link to in OParl 1.1.
BODY_LISTS = {
    "organization": "Organization", "person": "Person", "meeting": "Meeting", "paper": "Paper",
    "agendaItem": "AgendaItem", "consultation": "Consultation", "file": "File", "locationList": "Location",
    "legislativeTermList": "LegislativeTerm", "membership": "Membership",
}
FILTERS = ("created_since", "created_until", "modified_since", "modified_until")
DELETED_KEYS = {"id", "type", "created", "modified", "deleted"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


# --- fetching -------------------------------------------------------------------------------

@dataclass
class Fetched:
    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name) or ""


class Fetcher(Protocol):
    def __call__(self, url: str) -> Fetched: ...


def django_client_fetcher(client) -> Fetcher:
    """Fetch through Django's test client: the whole API in-process, no network."""
    def fetch(url: str) -> Fetched:
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        return Fetched(url=url, status=response.status_code, headers=response.headers, content=content)
    return fetch


def http_fetcher(timeout: float = 30.0, transport=None) -> Fetcher:
    """Fetch over HTTP with httpx, without following redirects (a redirect is itself checked).

    *transport* replaces the network, e.g. with a recorded server.
    """
    import httpx

    client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                          headers={"User-Agent": "townhall-oparl-check"})

    def fetch(url: str) -> Fetched:
        response = client.get(url)
        return Fetched(url=url, status=response.status_code, headers=response.headers, content=response.content)
    return fetch


# --- schemas ---------------------------------------------------------------------------------

def _is_url(value) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and " " not in value


def _is_date(value) -> bool:
    if not isinstance(value, str):
        return True
    if not DATE_RE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value) -> bool:
    if not isinstance(value, str):
        return True
    if not DATETIME_RE.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def format_checker() -> FormatChecker:
    """Formats as OParl 1.1 writes them: absolute URLs, YYYY-MM-DD, date-times with offset and no fractions."""
    checker = FormatChecker(formats=())
    checker.checks("url")(_is_url)
    checker.checks("date")(_is_date)
    checker.checks("date-time")(_is_datetime)
    return checker


@lru_cache(maxsize=1)
def schemas() -> dict[str, dict]:
    folder = resources.files("townhall.oparl").joinpath("schema")
    return {name: json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8")) for name in TYPES}


@lru_cache(maxsize=1)
def validators() -> dict[str, Draft7Validator]:
    """Return one validator per type; ``$ref`` such as ``File.json`` resolve to the local files."""
    resources_by_uri = []
    for name, schema in schemas().items():
        resource = Resource.from_contents(schema)
        resources_by_uri += [(SCHEMA_ROOT + name, resource), (SCHEMA_ROOT + name + ".json", resource)]
    registry = Registry().with_resources(resources_by_uri)
    checker = format_checker()
    return {name: Draft7Validator(schema, registry=registry, format_checker=checker) for name, schema in schemas().items()}


def type_name_of(type_url) -> str | None:
    if isinstance(type_url, str) and type_url.startswith(SCHEMA_ROOT):
        name = type_url[len(SCHEMA_ROOT):]
        return name if name in TYPES else None
    return None


# --- the report -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Violation:
    url: str
    rule: str
    message: str

    def __str__(self):
        return f"[{self.rule}] {self.url}: {self.message}"


@dataclass
class Report:
    violations: list[Violation] = field(default_factory=list)
    requests: int = 0
    objects: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.violations

    def summary(self) -> str:
        counted = ", ".join(f"{name} {count}" for name, count in sorted(self.objects.items()))
        return f"{self.requests} requests, objects checked: {counted or 'none'}; {len(self.violations)} violation(s)"


# --- the crawler ----------------------------------------------------------------------------

class ConformanceCheck:
    """Crawl an OParl 1.1 API from its System URL and collect every violation found.

    *max_pages* bounds the pages read per list and *max_objects* the objects fetched at their
    own URL (for large remote servers); by default everything is read. *check_files* fetches
    file contents, *check_filters* asks filtered lists and compares their results.
    """

    def __init__(self, fetch: Fetcher, *, max_pages: int | None = None, max_objects: int | None = None,
                 check_files: bool = True, check_filters: bool = True, progress: Callable[[str], None] | None = None):
        self.fetch_raw = fetch
        self.max_pages = max_pages
        self.max_objects = max_objects
        self.check_files = check_files
        self.check_filter_results = check_filters
        self.progress = progress or (lambda message: None)
        self.report = Report()
        self.seen: dict[str, tuple[str, dict, str]] = {}  # id -> (type, first copy as listed or embedded, where)
        self.copies: dict[str, list[tuple[dict, str]]] = {}  # id -> every copy met, with where it was
        self.references: dict[str, tuple[str | None, str]] = {}  # url -> (expected type, where)
        self.fetched_objects: set[str] = set()

    # -- plumbing
    def violation(self, url: str, rule: str, message: str) -> None:
        self.report.violations.append(Violation(url, rule, message))

    def fetch(self, url: str) -> Fetched:
        self.report.requests += 1
        return self.fetch_raw(url)

    def fetch_json(self, url: str, *, rule: str = "http") -> dict | None:
        """Fetch *url* expecting a JSON object; check status, headers and encoding."""
        response = self.fetch(url)
        if response.status != 200:
            self.violation(url, rule, f"answered HTTP {response.status}, expected 200")
            return None
        self.check_json_headers(response)
        try:
            text = response.content.decode("utf-8")
        except UnicodeDecodeError:
            self.violation(url, "utf-8", "the body is not UTF-8")
            return None
        if text.startswith("\ufeff"):
            self.violation(url, "utf-8", "the body starts with a byte order mark")
        try:
            data = json.loads(text)
        except ValueError as error:
            self.violation(url, "json", f"the body is not JSON: {error}")
            return None
        if not isinstance(data, dict):
            self.violation(url, "json", "the body is not a JSON object")
            return None
        return data

    def check_json_headers(self, response: Fetched) -> None:
        content_type = response.header("Content-Type").lower().replace(" ", "")
        if not content_type.startswith("application/json"):
            self.violation(response.url, "content-type", f"Content-Type is {content_type!r}, expected application/json")
        elif "charset=" in content_type and "charset=utf-8" not in content_type:
            self.violation(response.url, "content-type", f"Content-Type names another charset: {content_type!r}")
        if response.header("Access-Control-Allow-Origin") != "*":
            self.violation(response.url, "cors", "Access-Control-Allow-Origin: * is missing")

    # -- objects
    def check_object(self, data, expected: str | None, where: str, *, embedded: bool = False) -> str | None:
        """Validate one object (and, recursively, what it embeds); return its type name."""
        if not isinstance(data, dict):
            self.violation(where, "object", f"expected an object, found {type(data).__name__}")
            return None
        name = type_name_of(data.get("type"))
        object_id = data.get("id", where)
        if name is None:
            self.violation(object_id, "type", f"unknown or missing type {data.get('type')!r}")
            return None
        if expected and name != expected:
            self.violation(object_id, "type", f"expected a {expected}, found a {name}")
        self.report.objects[name] = self.report.objects.get(name, 0) + 1
        if data.get("deleted") is True:
            self.check_deleted(data, object_id)
            return name
        for error in validators()[name].iter_errors(data):
            location = "/".join(str(part) for part in error.absolute_path)
            self.violation(object_id, "schema", f"{name}{'/' + location if location else ''}: {error.message}")
        properties = schemas()[name]["properties"]
        for key in data:
            if ":" not in key and (key not in properties or key in NOT_IN_1_1.get(name, ())):
                self.violation(object_id, "unknown-property", f"{name} has no property {key!r} in OParl 1.1")
        if not embedded:
            for key in ("created", "modified"):
                if key not in data:
                    self.violation(object_id, "timestamps", f"{key} is missing")
        else:
            present = BACKLINKS.get(name, set()) & set(data)
            if present:
                self.violation(object_id, "embedded-backlink", f"embedded {name} carries back-link(s) {sorted(present)}")
        self.check_rules(name, data, object_id)
        self.walk_properties(name, data, object_id)
        return name

    def check_deleted(self, data: dict, object_id: str) -> None:
        extra = set(data) - DELETED_KEYS
        missing = DELETED_KEYS - set(data)
        if extra or missing:
            self.violation(object_id, "deleted-shape",
                           f"a deleted object holds only {sorted(DELETED_KEYS)}; extra {sorted(extra)}, missing {sorted(missing)}")
        for key in ("created", "modified"):
            if key in data and not _is_datetime(data[key]):
                self.violation(object_id, "schema", f"{key} {data[key]!r} is not an OParl date-time")

    def check_rules(self, name: str, data: dict, object_id: str) -> None:
        if name == "Meeting":
            for position, item in enumerate(data.get("agendaItem") or []):
                if isinstance(item, dict) and item.get("order") != position:
                    self.violation(item.get("id", object_id), "agenda-order",
                                   f"agenda item {position} of the meeting has order {item.get('order')!r}")
        if name == "Person" and "locationObject" in data:
            location = data["locationObject"]
            if not isinstance(location, dict) or data.get("location") != location.get("id"):
                self.violation(object_id, "person-location", "location must name the same object as locationObject")
        if name == "Body":
            for prop in BODY_LISTS:
                if prop not in data:
                    self.violation(object_id, "body-lists", f"Body lacks the list {prop!r} that OParl 1.1 requires")
        if name == "Location" and "geojson" in data and (not isinstance(data["geojson"], dict) or data["geojson"].get("type") != "Feature"):
            self.violation(object_id, "geojson", "geojson must be a complete GeoJSON Feature")
        if name == "File" and data.get("deleted") is not True and "accessUrl" not in data:
            self.violation(object_id, "file-access", "accessUrl is missing")

    def walk_properties(self, name: str, data: dict, object_id: str) -> None:
        """Check embedded objects and remember every id and reference to fetch later."""
        properties = schemas()[name]["properties"]
        for key, value in data.items():
            spec = properties.get(key)
            if spec is None or key in ("id", "type"):
                continue
            target = spec.get("references")
            if target == "externalList":
                continue  # lists are crawled on their own
            items = spec.get("items", {})
            if "$ref" in spec or "$ref" in items:
                expected = (spec.get("$ref") or items.get("$ref")).removesuffix(".json")
                for child in value if isinstance(value, list) else [value]:
                    child_name = self.check_object(child, expected, object_id, embedded=True)
                    if child_name and isinstance(child, dict) and isinstance(child.get("id"), str):
                        self.remember(child["id"], child_name, child, f"embedded in {object_id}")
            elif target or items.get("references"):
                expected_ref = target or items.get("references")
                for url in value if isinstance(value, list) else [value]:
                    if isinstance(url, str):
                        self.references.setdefault(url, (expected_ref if expected_ref in TYPES else None, object_id))

    def remember(self, object_id: str, name: str, copy: dict, where: str) -> None:
        if object_id not in self.seen:
            self.seen[object_id] = (name, copy, where)
        self.copies.setdefault(object_id, []).append((copy, where))

    # -- lists
    def crawl_list(self, url: str, expected: str, where: str) -> list[dict]:
        """Read every page of a list; return its entries."""
        entries, page_url, pages, seen_ids, seen_pages = [], url, 0, set(), set()
        per_page = None
        while page_url:
            if page_url in seen_pages:
                self.violation(page_url, "pagination", "the next links run in a circle")
                break
            seen_pages.add(page_url)
            page = self.fetch_json(page_url)
            pages += 1
            if page is None:
                break
            for key in ("data", "pagination", "links"):
                if key not in page:
                    self.violation(page_url, "list-page", f"a list page lacks {key!r}")
            data = page.get("data") if isinstance(page.get("data"), list) else []
            links = page.get("links") if isinstance(page.get("links"), dict) else {}
            pagination = page.get("pagination") if isinstance(page.get("pagination"), dict) else {}
            for entry in data:
                name = self.check_object(entry, expected, page_url)
                entry_id = entry.get("id") if isinstance(entry, dict) else None
                if isinstance(entry_id, str):
                    if entry_id in seen_ids:
                        self.violation(entry_id, "pagination", f"listed twice in {url}")
                    seen_ids.add(entry_id)
                    if name:
                        self.remember(entry_id, name, entry, f"listed in {url}")
                    entries.append(entry)
            next_url = links.get("next")
            if next_url is not None and per_page is not None and pagination.get("elementsPerPage") != per_page:
                self.violation(page_url, "pagination", "elementsPerPage changes between pages before the last")
            per_page = pagination.get("elementsPerPage")
            self.check_links_keep_filters(page_url, links)
            if self.max_pages is not None and pages >= self.max_pages:
                break
            page_url = next_url
        self.progress(f"{url}: {len(entries)} entries on {pages} page(s)")
        return entries

    def check_links_keep_filters(self, page_url: str, links: dict) -> None:
        asked = {key: value for key, value in parse_qsl(urlsplit(page_url).query) if key in FILTERS + ("omit_internal",)}
        if not asked:
            return
        for rel, link in links.items():
            if rel == "web" or not isinstance(link, str):
                continue
            carried = dict(parse_qsl(urlsplit(link).query))
            for key, value in asked.items():
                if key not in carried:
                    self.violation(page_url, "filter-links", f"links.{rel} drops the filter {key}")
                elif key in FILTERS and parse_filter_value(carried[key]) != parse_filter_value(value):
                    self.violation(page_url, "filter-links", f"links.{rel} changes {key} from {value!r} to {carried[key]!r}")
                elif key == "omit_internal" and carried[key].lower() != value.lower():
                    self.violation(page_url, "filter-links", f"links.{rel} changes omit_internal")

    # -- the crawl
    def run(self, system_url: str) -> Report:
        """Crawl from *system_url* and return the report."""
        system = self.fetch_json(system_url)
        if system is None:
            return self.report
        self.check_object(system, "System", system_url)
        if system.get("id") != system_url:
            self.violation(system_url, "id", f"the System's id is {system.get('id')!r}, not the URL it was fetched from")
        body_list = system.get("body")
        if not isinstance(body_list, str):
            return self.report
        bodies = self.crawl_list(body_list, "Body", system_url)
        for body in bodies:
            if body.get("deleted"):
                continue
            for prop, expected in BODY_LISTS.items():
                list_url = body.get(prop)
                if isinstance(list_url, str):
                    entries = self.crawl_list(list_url, expected, body.get("id", body_list))
                    self.check_no_deleted_without_filter(list_url, entries)
            if self.check_filter_results:
                self.check_filters(body)
        self.check_ids_resolve()
        self.check_references()
        if self.check_files:
            self.check_file_urls()
        return self.report

    def check_no_deleted_without_filter(self, list_url: str, entries: list[dict]) -> None:
        for entry in entries:
            if entry.get("deleted") is True:
                self.violation(entry.get("id", list_url), "deleted-in-list", f"deleted object listed in {list_url} without modified_since")

    def check_filters(self, body: dict) -> None:
        """Ask lists with filters and small pages; check the results and that links keep the filters."""
        for prop in ("paper", "organization", "file"):
            list_url = body.get(prop)
            if not isinstance(list_url, str):
                continue
            all_entries = [e for e in self.crawl_list_quietly(with_query(list_url, {"modified_since": "1970-01-01T00:00:00+00:00"})) if isinstance(e, dict)]
            live = [e for e in all_entries if not e.get("deleted")]
            if not all_entries:
                continue
            stamps = sorted(e["created"] for e in live if isinstance(e.get("created"), str))
            if stamps:
                middle = stamps[len(stamps) // 2]
                since = self.crawl_list_quietly(with_query(list_url, {"created_since": middle, "elementsPerPage": "2"}))
                for entry in since:
                    created = entry.get("created") if isinstance(entry, dict) else None
                    if isinstance(created, str) and parse_filter_value(created) < parse_filter_value(middle):
                        self.violation(entry.get("id", list_url), "filter-result", f"created {created} is before created_since {middle}")
                expected = sum(1 for e in live if parse_filter_value(e["created"]) >= parse_filter_value(middle))
                # Counts compare only when both lists were read to the end.
                if self.max_pages is None and len([e for e in since if not e.get("deleted")]) != expected:
                    self.violation(list_url, "filter-result", f"created_since={middle} listed {len(since)} objects, expected {expected}")
            modified = sorted(e["modified"] for e in all_entries if isinstance(e.get("modified"), str))
            if modified:
                until = modified[len(modified) // 2]
                for entry in self.crawl_list_quietly(with_query(list_url, {"modified_until": until, "omit_internal": "true", "elementsPerPage": "2"})):
                    changed = entry.get("modified") if isinstance(entry, dict) else None
                    if isinstance(changed, str) and parse_filter_value(changed) > parse_filter_value(until):
                        self.violation(entry.get("id", list_url), "filter-result", f"modified {changed} is after modified_until {until}")
            bad = self.fetch(with_query(list_url, {"modified_since": "yesterday"}))
            if bad.status != 400:
                self.violation(bad.url, "bad-filter", f"an unreadable filter answered HTTP {bad.status}, expected 400")

    def crawl_list_quietly(self, url: str) -> list[dict]:
        """Crawl a filtered list: its entries are checked, but not remembered as the object's reference copy."""
        before = dict(self.seen)
        entries = self.crawl_list(url, None, url)
        self.seen = before | {key: value for key, value in self.seen.items() if key not in before}
        return entries

    def check_ids_resolve(self) -> None:
        """Fetch every object at its id: the same type, and every listed or embedded value the same."""
        count = 0
        for object_id, (name, _copy, _where) in list(self.seen.items()):
            if self.max_objects is not None and count >= self.max_objects:
                break
            count += 1
            self.fetched_objects.add(object_id)
            own = self.fetch_json(object_id, rule="id-resolves")
            if own is None:
                continue
            if own.get("id") != object_id:
                self.violation(object_id, "id-resolves", f"the object at this URL has id {own.get('id')!r}")
            self.check_object(own, name, object_id)
            for copy, where in self.copies.get(object_id, ()):
                for key, value in copy.items():
                    if own.get(key) != value:
                        self.violation(object_id, "id-resolves", f"{key!r} differs between the copy {where} and the object at its id")

    def check_references(self) -> None:
        """Fetch each referenced URL not seen yet: it must answer with an object of the named type."""
        count = 0
        checked: set[str] = set()
        # Checking a fetched object notes the references it holds: go round until none is new.
        while pending := [(url, target) for url, target in list(self.references.items()) if url not in checked]:
            for url, (expected, where) in pending:
                checked.add(url)
                if url in self.fetched_objects or url in self.seen and expected is None:
                    continue
                if url in self.seen:
                    name = self.seen[url][0]
                    if expected and name != expected:
                        self.violation(where, "reference", f"{url} is a {name}, expected a {expected}")
                    continue
                if self.max_objects is not None and count >= self.max_objects:
                    return
                count += 1
                data = self.fetch_json(url, rule="reference")
                if data is not None:
                    self.check_object(data, expected, url)

    def check_file_urls(self) -> None:
        for object_id, (name, copy, _where) in self.seen.items():
            if name != "File" or copy.get("deleted"):
                continue
            access, download = copy.get("accessUrl"), copy.get("downloadUrl")
            if isinstance(access, str):
                response = self.fetch(access)
                if response.status != 200:
                    self.violation(access, "file-access", f"accessUrl answered HTTP {response.status}")
                elif "attachment" in response.header("Content-Disposition").lower():
                    self.violation(access, "file-access", "accessUrl must not send Content-Disposition: attachment")
                elif isinstance(copy.get("size"), int) and copy["size"] != len(response.content):
                    self.violation(access, "file-access", f"size is {copy['size']} but accessUrl served {len(response.content)} bytes")
            if isinstance(download, str):
                response = self.fetch(download)
                disposition = response.header("Content-Disposition")
                if response.status != 200:
                    self.violation(download, "file-download", f"downloadUrl answered HTTP {response.status}")
                elif not disposition.lower().startswith("attachment") or "filename=" not in disposition:
                    self.violation(download, "file-download", f"downloadUrl needs Content-Disposition: attachment; filename=..., got {disposition!r}")


def parse_filter_value(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "+"))
    except ValueError:
        return datetime.min
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.now().astimezone().tzinfo)


def with_query(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in params] + list(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def check_api(fetch: Fetcher, system_url: str, **options) -> Report:
    """Crawl the OParl API at *system_url* through *fetch* and return what violates OParl 1.1."""
    return ConformanceCheck(fetch, **options).run(system_url)


def main(argv: list[str] | None = None) -> int:
    """Check a remote server: ``python -m townhall.oparl.conformance URL [--max-pages N] [--max-objects N]``."""
    import argparse

    parser = argparse.ArgumentParser(description="Check an OParl 1.1 server against the specification.")
    parser.add_argument("url", help="the URL of the server's System object")
    parser.add_argument("--max-pages", type=int, default=3, help="pages read per list (default 3)")
    parser.add_argument("--max-objects", type=int, default=200, help="objects fetched at their own URL (default 200)")
    parser.add_argument("--no-files", action="store_true", help="do not fetch file contents")
    args = parser.parse_args(argv)
    report = check_api(http_fetcher(), args.url, max_pages=args.max_pages, max_objects=args.max_objects,
                       check_files=not args.no_files, progress=lambda message: print(message, file=sys.stderr))
    for violation in report.violations:
        print(violation)
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
