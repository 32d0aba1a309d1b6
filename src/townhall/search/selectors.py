"""Search papers: the one function every page, feed, API and command calls.

``search_papers`` parses what the user typed (``townhall.search.query``), lets the
configured backend narrow the papers the user may see to those that match, and returns
one page of ranked hits with highlighted snippets, the number of matches and facet
counts — all computed in the database on the same narrowed set of papers, so nothing
the user may not see is ever counted.

Facet counts are exact. Body, kind, language and year come from one ``GROUP BY`` over
the matches; committees from a second one over the matches' consultations and lead
committees, cut to the ``FACET_ORGANIZATIONS`` largest. Committees belong to one
municipality, so their facet is counted when a municipality is chosen or when there are
at most ``ORGANIZATION_FACET_LIMIT`` matches; otherwise it is empty, which spares the
most expensive count on broad searches.
"""

from __future__ import annotations

import functools
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.db.models import Count, Exists, Func, IntegerField, OuterRef, Q, QuerySet
from django.db.models.functions import ExtractYear

from townhall.core.models import PAPER_KINDS, Body, Consultation, Deadline, Organization, Paper
from townhall.core.selectors import can_see_non_public, visible_papers
from townhall.search.analyzers import LANGUAGES, analyze_document
from townhall.search.backends import get_backend
from townhall.search.indexing import document_language
from townhall.search.query import Node, Prefix, Query, Seq, Word, parse_query, plan_query

FILTER_KEYS = (
    "body", "organization", "kind", "language", "query_language", "date_from", "date_to", "public",
    "deadline_from", "deadline_to",
)
SORTS = ("relevance", "date", "newest", "oldest")
FACETS = ("body", "organization", "kind", "language", "year")
#: Committees listed in the organisation facet, the most frequent first.
FACET_ORGANIZATIONS = 30
#: Without a municipality filter, committees are counted for at most this many matches.
ORGANIZATION_FACET_LIMIT = 5000
SNIPPET_CHARS = 240
# Snippets are looked for in the opening of long texts only: marking every word
# of a 500-page report would cost more than the whole search.
_SNIPPET_SCAN_CHARS = 30_000
_SPACE_RE = re.compile(r"\s+")
# Words as they stand in the original text, so that offsets fit it (as in query.highlight_spans).
_TEXT_WORD_RE = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")

Facet = list[tuple[str, str, int]]


@dataclass
class Hit:
    """One found paper, with an HTML snippet (text escaped, matched words in ``<mark>``)."""

    paper: Paper
    snippet_html: str
    score: float


@dataclass
class SearchResults:
    """One page of hits, the number of all matches and the facet counts over them."""

    hits: list[Hit]
    total: int
    facets: dict[str, Facet] = field(default_factory=dict)


def search_papers(
    *,
    query: str,
    user,
    filters: dict | None = None,
    page: int = 1,
    per_page: int = 20,
    sort: str = "relevance",
    expand: bool = True,
) -> SearchResults:
    """Return the papers ``user`` may see that match ``query`` and ``filters``, one page of them.

    ``query`` uses the syntax of ``townhall.search.query`` and never raises; an empty
    query lists every paper that passes the filters, newest first. ``filters`` keys are
    ``FILTER_KEYS``: ``body`` (slug), ``organization`` (id), ``kind``, ``language`` (of
    the paper), ``query_language`` (analyse the query in this language only),
    ``date_from``/``date_to`` and ``deadline_from``/``deadline_to`` (dates or ISO
    strings), ``public`` (honoured only for users who may see non-public papers).
    ``sort`` is "relevance", "date" or "newest" (newest first) or "oldest".
    ``expand=False`` turns off the glossary's cross-language expansion.
    """
    filters = filters or {}
    papers = _filtered(visible_papers(user), filters, user)
    parsed = parse_query(query or "")
    languages = _query_languages(filters)
    browsing = not (query or "").strip()
    relevance = sort == "relevance" and not browsing
    page = max(int(page or 1), 1)
    start = (page - 1) * per_page
    backend = get_backend()
    if browsing:
        matched = papers
    else:
        # Something typed that holds no searchable word ("-London", a lone quote) finds nothing.
        expression = None if parsed.is_empty() else backend.render(parsed, languages, expand)
        if expression is None:
            return SearchResults(hits=[], total=0, facets={name: [] for name in FACETS})
        matched = backend.restrict(papers, expression)
    total, facets = _facets(matched, filters)
    scores: dict[int, float] = {}
    if start >= total:
        rows = []
    elif relevance:
        exact = backend.render(_exact_words(parsed), languages, expand=False) if backend.ranks_exact else None
        ranked = backend.rank(matched, expression, offset=start, limit=per_page, exact=exact)
        scores = dict(ranked)
        found = Paper.objects.select_related("body", "main_file").in_bulk([paper_id for paper_id, _ in ranked])
        rows = [found[paper_id] for paper_id, _ in ranked if paper_id in found]
    else:
        order = ("date", "id") if sort == "oldest" else ("-date", "-id")
        rows = list(matched.order_by(*order).select_related("body", "main_file")[start : start + per_page])
    wanted = _Wanted.of(parsed, languages, expand) if rows and not browsing else None
    hits = [Hit(paper=paper, snippet_html=_snippet(paper, wanted), score=scores.get(paper.pk, 0.0)) for paper in rows]
    return SearchResults(hits=hits, total=total, facets=facets)


def _exact_words(parsed: Query) -> str:
    """Return a query for any of the typed words as written (stemmed, but without parts or glossary)."""
    return " OR ".join(f'"{item.text}"' if isinstance(item, Word) else str(item) for item in parsed.items()
                       if not (isinstance(item, Word) and item.prefix))


# -- filters ------------------------------------------------------------------


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _query_languages(filters: dict) -> tuple[str, ...]:
    chosen = filters.get("query_language")
    return (chosen,) if chosen in LANGUAGES else LANGUAGES


def _filtered(papers: QuerySet, filters: dict, user) -> QuerySet:
    """Apply the filters a user chose; unknown keys and unreadable values are ignored."""
    body = filters.get("body")
    if isinstance(body, Body):
        papers = papers.filter(body=body)
    elif body:
        papers = papers.filter(body__slug=str(body))
    organization = filters.get("organization")
    if organization not in (None, ""):
        try:
            organization_id = int(getattr(organization, "pk", organization))
        except (TypeError, ValueError):
            organization_id = None
        if organization_id is not None:
            consulted = Consultation.objects.filter(paper=OuterRef("pk"), organizations=organization_id)
            led = Paper.under_direction_of.through.objects.filter(paper=OuterRef("pk"), organization=organization_id)
            papers = papers.filter(Q(Exists(consulted)) | Q(Exists(led)))
    if filters.get("kind"):
        papers = papers.filter(kind=str(filters["kind"]))
    if filters.get("language"):
        papers = papers.filter(language=str(filters["language"]))
    if (since := _as_date(filters.get("date_from"))) is not None:
        papers = papers.filter(date__gte=since)
    if (until := _as_date(filters.get("date_to"))) is not None:
        papers = papers.filter(date__lte=until)
    deadline_from = _as_date(filters.get("deadline_from"))
    deadline_to = _as_date(filters.get("deadline_to"))
    if deadline_from is not None or deadline_to is not None:
        deadlines = Deadline.objects.filter(paper=OuterRef("pk"))
        if deadline_from is not None:
            deadlines = deadlines.filter(date__gte=deadline_from)
        if deadline_to is not None:
            deadlines = deadlines.filter(date__lte=deadline_to)
        papers = papers.filter(Exists(deadlines))
    public = filters.get("public")
    if isinstance(public, bool) and can_see_non_public(user):
        papers = papers.filter(public=public)
    return papers


# -- facets -------------------------------------------------------------------


class _Year(Func):
    """The year of a date column, without a Python function per row on SQLite."""

    output_field = IntegerField()

    def as_sql(self, compiler, connection, **extra_context):
        if connection.vendor == "sqlite":
            column, params = compiler.compile(self.source_expressions[0])
            return f"CAST(substr({column}, 1, 4) AS integer)", params
        return compiler.compile(ExtractYear(self.source_expressions[0]))


def _facets(matched: QuerySet, filters: dict) -> tuple[int, dict[str, Facet]]:
    """Return the number of matches and the facet counts over them."""
    rows = list(
        matched.order_by().values_list("body_id", "kind", "language", _Year("date")).annotate(n=Count("id"))
    )
    bodies: Counter = Counter()
    kinds: Counter = Counter()
    languages: Counter = Counter()
    years: Counter = Counter()
    total = 0
    for body_id, kind, language, year, n in rows:
        total += n
        bodies[body_id] += n
        kinds[kind] += n
        if language:
            languages[language] += n
        if year:
            years[year] += n
    names = dict(Body.objects.filter(pk__in=list(bodies)).values_list("pk", "slug"))
    titles = dict(Body.objects.filter(pk__in=list(bodies)).values_list("pk", "name"))
    kind_labels = dict(PAPER_KINDS)
    facets = {
        "body": [(names[pk], titles[pk], n) for pk, n in _by_count(bodies) if pk in names],
        "organization": (
            _organization_facet(matched, filters)
            if total and (filters.get("body") or total <= ORGANIZATION_FACET_LIMIT)
            else []
        ),
        "kind": [(kind, str(kind_labels.get(kind, kind)), n) for kind, n in _by_count(kinds)],
        "language": [(lang, lang, n) for lang, n in _by_count(languages)],
        "year": [(str(year), str(year), n) for year, n in sorted(years.items(), reverse=True)],
    }
    return total, facets


def _by_count(counter: Counter) -> list:
    return sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))


def _organization_facet(matched: QuerySet, filters: dict) -> Facet:
    """Count matches per committee that consulted on them or leads them."""
    ids_sql, ids_params = matched.order_by().values("id").query.sql_with_params()
    consultation = Consultation._meta.db_table
    consulted_by = Consultation.organizations.through._meta.db_table
    led_by = Paper.under_direction_of.through._meta.db_table
    sql = (
        f"SELECT link.org, COUNT(*) FROM ("
        f"SELECT co.organization_id AS org, c.paper_id AS paper FROM {consultation} c "
        f"JOIN {consulted_by} co ON co.consultation_id = c.id "
        f"WHERE c.deleted = %s AND c.paper_id IN ({ids_sql}) "
        f"UNION SELECT u.organization_id, u.paper_id FROM {led_by} u WHERE u.paper_id IN ({ids_sql})"
        f") link GROUP BY link.org ORDER BY 2 DESC, 1 LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [False, *ids_params, *ids_params, FACET_ORGANIZATIONS * 2])
        counts = cursor.fetchall()
    organizations = {
        pk: (name, short or body_name)
        for pk, name, short, body_name in Organization.objects.filter(pk__in=[row[0] for row in counts]).values_list(
            "pk", "name", "body__short_name", "body__name"
        )
    }
    one_body = bool(filters.get("body"))
    facet = []
    for pk, n in counts:
        if pk not in organizations:
            continue
        name, body_name = organizations[pk]
        facet.append((str(pk), name if one_body else f"{name} ({body_name})", int(n)))
    return facet[:FACET_ORGANIZATIONS]


# -- snippets -----------------------------------------------------------------


def _snippet(paper: Paper, wanted: _Wanted | None) -> str:
    """Return an escaped excerpt of the paper's text around its densest run of matched words."""
    text = paper.main_file.text if paper.main_file_id and paper.main_file else ""
    if not text:
        return ""
    text = text[:_SNIPPET_SCAN_CHARS]
    spans = wanted.spans(text, document_language(paper.language)) if wanted else []
    start = _best_window(spans) if spans else 0
    # Begin at a word boundary a little before the first mark.
    if start:
        start = max(0, start - SNIPPET_CHARS // 4)
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 30 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + SNIPPET_CHARS // 2 else end
    pieces = []
    position = start
    for first, last in spans:
        if last <= start or first >= end:
            continue
        first, last = max(first, start), min(last, end)
        pieces.append(_plain(text[position:first]))
        pieces.append(f"<mark>{_plain(text[first:last])}</mark>")
        position = last
    pieces.append(_plain(text[position:end]))
    body = "".join(pieces).strip()
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


@dataclass(frozen=True)
class _Wanted:
    """The analysed terms and prefixes a query looks for, to mark them in texts.

    This is ``query.highlight_spans`` with the query planned once per search rather
    than once per hit.
    """

    terms: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, parsed: Query, languages, expand: bool) -> _Wanted | None:
        plan = plan_query(parsed, languages, expand) if parsed.required else None
        if plan is None:
            return None
        terms: set[str] = set()
        prefixes: set[str] = set()
        pending: list[Node] = list(plan.required)
        while pending:
            node = pending.pop()
            if isinstance(node, Seq):
                terms.update(node.terms)
            elif isinstance(node, Prefix):
                prefixes.add(node.term)
            else:
                pending.extend(node.parts)
        return cls(frozenset(terms), tuple(sorted(prefixes)))

    def spans(self, text: str, language: str) -> list[tuple[int, int]]:
        """Return the offsets of the words of ``text`` that have a wanted term."""
        found = []
        for match in _TEXT_WORD_RE.finditer(text):
            for term in _word_terms(match.group(0), language):
                if term in self.terms or (self.prefixes and term.startswith(self.prefixes)):
                    found.append(match.span())
                    break
        return found


@functools.lru_cache(maxsize=65_536)
def _word_terms(word: str, language: str) -> tuple[str, ...]:
    return tuple(analyze_document(word, language).terms())


def _plain(text: str) -> str:
    return html.escape(_SPACE_RE.sub(" ", text), quote=False)


def _best_window(spans: list[tuple[int, int]]) -> int:
    """Return the start of the span that begins the window with the most marked words."""
    best_start, best_count = spans[0][0], 0
    right = 0
    for left, (first, _) in enumerate(spans):
        while right < len(spans) and spans[right][1] <= first + SNIPPET_CHARS:
            right += 1
        if right - left > best_count:
            best_start, best_count = first, right - left
    return best_start
