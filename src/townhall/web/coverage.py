"""What the site holds: papers, meetings and committees per municipality, where they come from and how fresh they are.

The about page shows it. Counts are what an anonymous visitor may see (the page is the same for
everyone) and are kept for a few minutes: they cost a pass over every paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.core.cache import cache
from django.db.models import Count, Max, Min, Q

from townhall.core import selectors as core
from townhall.core.models import Body, Meeting, Organization
from townhall.oparl.models import HarvestSource

CACHE_KEY = "townhall:web:coverage"
CACHE_SECONDS = 300


@dataclass
class BodyCoverage:
    """One municipality: how many papers (harvested, read from documents), their dates, meetings, committees."""

    body: Body
    papers: int = 0
    harvested: int = 0
    read: int = 0
    first: date | None = None
    last: date | None = None
    updated: datetime | None = None
    meetings: int = 0
    committees: int = 0


@dataclass
class SourceCoverage:
    """One OParl system harvested from, with its last complete run."""

    url: str
    name: str
    last_run: datetime | None
    last_seen: datetime | None


@dataclass
class Coverage:
    bodies: list[BodyCoverage]
    sources: list[SourceCoverage]

    @property
    def papers(self) -> int:
        return sum(row.papers for row in self.bodies)

    @property
    def meetings(self) -> int:
        return sum(row.meetings for row in self.bodies)


def coverage() -> Coverage:
    """Return what the site holds for anonymous visitors, per municipality and per harvested source."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = _count()
        cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def _count() -> Coverage:
    rows = {body.pk: BodyCoverage(body=body) for body in Body.objects.order_by("name")}
    papers = (
        core.visible_papers(None).order_by().values("body")
        .annotate(
            total=Count("id"), harvested=Count("id", filter=~Q(origin_id="")), first=Min("effective_date"),
            last=Max("effective_date"), updated=Max("modified"),
        )
    )
    for entry in papers:
        row = rows.get(entry["body"])
        if row is not None:
            row.papers, row.harvested = entry["total"], entry["harvested"]
            row.read = entry["total"] - entry["harvested"]
            row.first, row.last, row.updated = entry["first"], entry["last"], entry["updated"]
    for entry in _visible(Meeting).order_by().values("body").annotate(total=Count("id")):
        if entry["body"] in rows:
            rows[entry["body"]].meetings = entry["total"]
    for entry in _visible(Organization).order_by().values("body").annotate(total=Count("id")):
        if entry["body"] in rows:
            rows[entry["body"]].committees = entry["total"]
    sources = [
        SourceCoverage(url=source.url, name=source.system.name if source.system else "", last_run=source.last_run_finished,
                       last_seen=source.last_modified_seen)
        for source in HarvestSource.objects.select_related("system").order_by("url")
    ]
    return Coverage(bodies=list(rows.values()), sources=sources)


def _visible(model):
    """Return the rows of *model* anyone may see, through the access rule where it has one for the model."""
    reader = getattr(core, f"visible_{model._meta.model_name}s", None)
    return reader(None) if reader is not None else model.objects.all()
