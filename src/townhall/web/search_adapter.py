"""The one place the web pages reach the search engine.

``search_papers`` is :func:`townhall.search.selectors.search_papers` when that module is
installed. Until then a plain database lookup stands in for it (titles and reference numbers
containing the query), with the same signature and result shape, so the pages and their tests
work with either. Removing the stand-in later means deleting this module's second half.

Filters (all optional, values as strings from the page's query string): ``body`` (slug),
``organization`` (id), ``kind``, ``language``, ``date_from``/``date_to`` and
``deadline_from``/``deadline_to`` (``datetime.date``), ``public`` (bool, honoured for staff only).
Sort: ``relevance``, ``newest`` or ``oldest``.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.html import escape

SORTS = ("relevance", "newest", "oldest")
FILTER_KEYS = ("body", "organization", "kind", "language", "date_from", "date_to", "public", "deadline_from", "deadline_to")


@dataclass
class Hit:
    paper: object
    snippet_html: str
    score: float


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)


def highlight(text: str, query: str) -> str:
    """Escape *text* and wrap each occurrence of a query word in ``<mark>``."""
    words = [re.escape(word) for word in query.split() if len(word) > 1]
    if not words:
        return escape(text)
    pattern = re.compile("|".join(words), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _snippet(paper, query: str, width: int = 220) -> str:
    """Return a highlighted excerpt of the paper's text around the first query word (or its opening)."""
    text = " ".join((paper.main_file.text if paper.main_file else "").split())
    if not text:
        return ""
    lowered = text.lower()
    positions = [lowered.find(word.lower()) for word in query.split()]
    first = min((p for p in positions if p >= 0), default=0)
    start = max(0, first - width // 3)
    excerpt = text[start:start + width]
    return ("… " if start else "") + highlight(excerpt, query) + (" …" if start + width < len(text) else "")


def _database_search(*, query: str, user, filters: dict, page: int = 1, per_page: int = 20, sort: str = "relevance"):
    """Find papers whose title or reference contains every word of *query* (stand-in for the search engine)."""
    from townhall.core.models import PAPER_KINDS, Body, Organization
    from townhall.core.selectors import can_see_non_public, visible_papers

    papers = visible_papers(user)
    for word in query.split():
        papers = papers.filter(Q(name__icontains=word) | Q(reference__icontains=word))
    if filters.get("body"):
        papers = papers.filter(body__slug=filters["body"])
    if filters.get("organization"):
        papers = papers.filter(
            Q(consultations__organizations=filters["organization"]) | Q(under_direction_of=filters["organization"])
        ).distinct()
    if filters.get("kind"):
        papers = papers.filter(kind=filters["kind"])
    if filters.get("language"):
        papers = papers.filter(language=filters["language"])
    if filters.get("date_from"):
        papers = papers.filter(date__gte=filters["date_from"])
    if filters.get("date_to"):
        papers = papers.filter(date__lte=filters["date_to"])
    if filters.get("deadline_from") or filters.get("deadline_to"):
        deadline = Q(deadlines__deleted=False)
        if filters.get("deadline_from"):
            deadline &= Q(deadlines__date__gte=filters["deadline_from"])
        if filters.get("deadline_to"):
            deadline &= Q(deadlines__date__lte=filters["deadline_to"])
        papers = papers.filter(deadline).distinct()
    if filters.get("public") is not None and can_see_non_public(user):
        papers = papers.filter(public=filters["public"])

    # One grouped scan gives every facet and the total; the page of hits is a second, indexed query.
    groups = list(papers.order_by().values_list("body", "kind", "language").annotate(n=Count("id", distinct=True)))
    total = papers.count() if filters.get("organization") or filters.get("deadline_from") or filters.get("deadline_to") else sum(n for *_, n in groups)
    order = ("date", "id") if sort == "oldest" else ("-date", "-id")
    start = (max(page, 1) - 1) * per_page
    rows = papers.select_related("body", "main_file").order_by(*order)[start:start + per_page]
    hits = [Hit(paper=paper, snippet_html=_snippet(paper, query), score=1.0) for paper in rows]

    def counts(position: int) -> list[tuple]:
        tally: dict = {}
        for row in groups:
            tally[row[position]] = tally.get(row[position], 0) + row[3]
        return sorted(tally.items(), key=lambda item: (-item[1], str(item[0])))

    kinds = dict(PAPER_KINDS)
    bodies = {pk: (slug, name) for pk, slug, name in Body.objects.values_list("pk", "slug", "name")}
    facets = {
        "body": [(bodies[pk][0], bodies[pk][1], n) for pk, n in counts(0) if pk in bodies],
        "kind": [(kind, str(kinds.get(kind, kind)), n) for kind, n in counts(1)],
        "language": [(language, language, n) for language, n in counts(2) if language],
    }
    if filters.get("body"):
        org_rows = (
            papers.order_by().exclude(consultations__organizations=None)
            .values_list("consultations__organizations").annotate(n=Count("id", distinct=True)).order_by("-n")
        )
        org_names = dict(Organization.objects.filter(body__slug=filters["body"]).values_list("pk", "name"))
        facets["organization"] = [(str(pk), org_names[pk], n) for pk, n in org_rows if pk in org_names]
    return SearchResults(hits=hits, total=total, facets=facets)


if importlib.util.find_spec("townhall.search.selectors") is not None:
    from townhall.search.selectors import search_papers  # noqa: F401
else:
    search_papers = _database_search
