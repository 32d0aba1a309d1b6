"""Fetch every surface of the site and the OParl API as one visitor, keeping what each answered.

Each fetch is labelled with the kind of surface it is ("paper page", "OParl meeting list"...), so
that a leak says where it happened and the suite can count the surfaces it covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlencode, urlsplit

from django.utils import timezone

from townhall.core.models import (
    AgendaItem, Body, Consultation, File, LegislativeTerm, Location, Meeting, Membership, Organization, Paper, Person,
)

API = "/oparl/v1.1/"
#: Every object type of the API with its URL segment.
OBJECT_TYPES = {
    "body": Body, "legislative-term": LegislativeTerm, "organization": Organization, "person": Person,
    "membership": Membership, "meeting": Meeting, "agenda-item": AgendaItem, "paper": Paper,
    "consultation": Consultation, "file": File, "location": Location,
}
#: The properties of a Body that name its external lists.
BODY_LISTS = (
    "organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList",
    "legislativeTermList", "membership",
)
EVERYTHING_SINCE = "2000-01-01T00:00:00+00:00"


@dataclass
class Fetched:
    kind: str
    url: str
    status: int
    text: str


@dataclass
class Crawl:
    """What one visitor was answered, request by request."""

    client: object
    fetched: list[Fetched] = field(default_factory=list)

    def get(self, kind: str, url: str, **headers):
        response = self.client.get(url, **headers)
        body = b"".join(response.streaming_content) if getattr(response, "streaming", False) else response.content
        self.fetched.append(Fetched(kind, url, response.status_code, body.decode("utf-8", "replace").casefold()))
        return response

    def found(self, stem: str) -> list[str]:
        """Return "kind: url" for every answer that holds *stem* (case-insensitive)."""
        stem = stem.casefold()
        return [f"{f.kind}: {f.url}" for f in self.fetched if stem in f.text]

    def kinds(self) -> set[str]:
        return {f.kind for f in self.fetched}

    def kinds_holding(self, stem: str) -> set[str]:
        stem = stem.casefold()
        return {f.kind for f in self.fetched if stem in f.text}

    def failures(self) -> list[str]:
        """Return the requests answered with a server error."""
        return [f"{f.kind}: {f.url} ({f.status})" for f in self.fetched if f.status >= 500]


def _ids(model) -> list[int]:
    return list(model.all_objects.order_by("pk").values_list("pk", flat=True))


def crawl_site(crawl: Crawl, stems: list[str]) -> None:
    """Fetch every page type, search (with facets, snippets, the htmx partial), feeds and files."""
    htmx = {"HTTP_HX_REQUEST": "true"}
    crawl.get("home page", "/")
    crawl.get("about page", "/about/")
    crawl.get("body list", "/bodies/")
    crawl.get("sitemap", "/sitemap.xml")
    for section in ("pages", "bodies", "papers", "meetings", "organizations", "persons"):
        crawl.get("sitemap", f"/sitemap-{section}.xml")
    bodies = list(Body.all_objects.order_by("pk"))
    for body in bodies:
        crawl.get("body page", f"/bodies/{body.slug}/")
        crawl.get("body meetings iCalendar", f"/bodies/{body.slug}/meetings.ics")

    # Search: the typed word is echoed back, so each stem is asked for by a prefix of it.
    queries = [f"{stem[:6]}*" for stem in stems] + ["stadthafen", "kaimauer", "stadthafen OR kaimauer", ""]
    for query in queries:
        for params in ({}, {"sort": "newest"}, *({"body": body.slug} for body in bodies)):
            url = "/search/?" + urlencode({"q": query, **params})
            crawl.get("search page", url)
            crawl.get("search results (htmx)", url, **htmx)
        crawl.get("search Atom feed", "/search/feed.atom?" + urlencode({"q": query}))
    for pk in _ids(Organization):
        crawl.get("search page, committee filter", "/search/?" + urlencode({"organization": pk}))
        crawl.get("search Atom feed, committee filter", "/search/feed.atom?" + urlencode({"organization": pk}))

    for pk in _ids(Paper):
        crawl.get("paper page", f"/papers/{pk}/")
    for pk in _ids(File):
        crawl.get("file view", f"/files/{pk}/")
        crawl.get("file download", f"/files/{pk}/download/")
        crawl.get("document page", f"/files/{pk}/read/")
    for pk in _ids(Meeting):
        crawl.get("meeting page", f"/meetings/{pk}/")
    for pk in _ids(AgendaItem):
        crawl.get("agenda item page", f"/agenda-items/{pk}/")
    for pk in _ids(Organization):
        crawl.get("organization page", f"/organizations/{pk}/")
        crawl.get("organization meetings iCalendar", f"/organizations/{pk}/meetings.ics")
        crawl.get("deadlines page, committee filter", "/deadlines/?" + urlencode({"organization": pk}))
        crawl.get("deadlines iCalendar, committee filter", "/deadlines.ics?" + urlencode({"organization": pk}))
    for pk in _ids(Person):
        crawl.get("person page", f"/persons/{pk}/")

    today = timezone.localdate()
    months = {(day.year, day.month) for day in (today, today + timedelta(days=31), today - timedelta(days=31))}
    months |= {(start.year, start.month) for start in Meeting.all_objects.exclude(start=None).values_list("start", flat=True)}
    for year, month in sorted(months):
        crawl.get("calendar month", f"/calendar/{year}/{month}/")
        for body in bodies:
            crawl.get("calendar month", f"/calendar/{year}/{month}/?body={body.slug}")
    wide = {"start": (today - timedelta(days=3650)).isoformat(), "end": (today + timedelta(days=3650)).isoformat()}
    for params in ({}, wide, *({**wide, "body": body.slug} for body in bodies)):
        crawl.get("deadlines page", "/deadlines/?" + urlencode(params))
        crawl.get("deadlines results (htmx)", "/deadlines/?" + urlencode(params), **htmx)
        crawl.get("deadlines iCalendar", "/deadlines.ics?" + urlencode(params))
    crawl.get("meetings iCalendar", "/meetings.ics")
    crawl_participation(crawl)


def crawl_participation(crawl: Crawl) -> None:
    """Fetch the hearing and event lists, every hearing's and event's page, published responses, calendar files and feeds."""
    from townhall.participation.models import Conference, Hearing

    crawl.get("hearing list", "/hearings/")
    for pk in Hearing.objects.order_by("pk").values_list("pk", flat=True):
        crawl.get("hearing page", f"/hearings/{pk}/")
        crawl.get("published responses", f"/hearings/{pk}/responses/")
        crawl.get("hearing Atom feed", "/follow/feed.atom?" + urlencode({"kind": "hearing", "target": pk}))
    crawl.get("event list", "/events/")
    for pk, paper in Conference.objects.order_by("pk").values_list("pk", "paper"):
        crawl.get("event page", f"/events/{pk}/")
        crawl.get("event iCalendar", f"/events/{pk}/calendar.ics")
        crawl.get("paper Atom feed", "/follow/feed.atom?" + urlencode({"kind": "paper", "target": paper}))


def _walk(crawl: Crawl, kind: str, url: str, limit: int = 200) -> list[dict]:
    """Fetch a list and its following pages by ``links.next``; return every object of it."""
    objects = []
    for _ in range(limit):
        response = crawl.get(kind, url)
        if response.status_code != 200:
            return objects
        page = response.json()
        objects.extend(page.get("data", []))
        url = page.get("links", {}).get("next")
        if not url:
            return objects
    raise AssertionError(f"{kind} did not end after {limit} pages")


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl_oparl(crawl: Crawl) -> None:
    """Walk the API from the System object: every list (plain and with ``modified_since``), every object, every file."""
    system = crawl.get("OParl system", API).json()
    for body in _walk(crawl, "OParl body list", _path(system["body"])):
        for prop in BODY_LISTS:
            if prop not in body:
                continue
            _walk(crawl, f"OParl {prop} list", _path(body[prop]))
            _walk(crawl, f"OParl {prop} list, modified_since", _path(body[prop]) + "?" + urlencode({"modified_since": EVERYTHING_SINCE}))
    _walk(crawl, "OParl body list, modified_since", _path(system["body"]) + "?" + urlencode({"modified_since": EVERYTHING_SINCE}))
    for segment, model in OBJECT_TYPES.items():
        for pk in _ids(model):
            crawl.get(f"OParl {segment} object", f"{API}{segment}/{pk}")
    for pk in _ids(File):
        crawl.get("OParl file access", f"{API}file/{pk}/access")
        crawl.get("OParl file download", f"{API}file/{pk}/download")
