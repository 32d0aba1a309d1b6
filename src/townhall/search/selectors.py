"""Search papers: the one function every page, feed, API and command calls.

``search_papers`` parses what the user typed (``townhall.search.query``), lets the
configured backend find the matches among the papers the user may see, and returns one
page of ranked hits with highlighted snippets, the number of matches and facet counts.

Access rules and filters are applied to ``search_paper_facet``, a narrow copy of each
paper's body, kind, language, date and access flags that database triggers keep in step
with ``core_paper``; the index is joined with it, so nothing the user may not see is
ever ranked or counted, and counting never reads the wide paper rows.

Counts are exact up to ``COUNT_CAP`` matches. A broader search counts and ranks the
``COUNT_CAP`` most recently added matches only and says so (``SearchResults.approximate``:
show the total as "5,000+"), which keeps its cost flat however large the archive grows.
PostgreSQL with its RUM index ranks all matches, in order from the index
(``backend.ranks_from_index``); the count and facets keep the cap.
Body, kind, language and year are counted over the matches; committees by a query
over the matches' consultations and lead committees, cut to the ``FACET_ORGANIZATIONS``
largest, counted when a municipality is chosen or when there are at most
``ORGANIZATION_FACET_LIMIT`` matches; otherwise it is empty.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from townhall.core import access
from townhall.core.access import can_see_non_public
from townhall.core.models import PAPER_KINDS, Body, Consultation, Deadline, Organization, Paper
from townhall.search.analyzers import LANGUAGES
from townhall.search.backends import get_backend
from townhall.search.backends.base import Candidate, Narrowing
from townhall.search.backends.postgres import id_array
from townhall.search.filters import as_id, resolve_body, resolve_organization
from townhall.search.indexing import document_language
from townhall.search import hit_papers, passages, vocabulary
from townhall.search.names import key as name_key
from townhall.search.names import names_in
from townhall.search.query import (
    NOTHING_KNOWN, Knowledge, MatchPlan, Node, Phrase, Prefix, Query, Seq, Word, core_plan, glossary_phrases, limit_query,
    parse_query, plan_query,
)
from townhall.search.tolerant import (
    FEW, RELAX_BELOW, RELAXED_HEAD, Correction, compound_floor, correct, counted_parts, relaxable, relaxed, suggestion,
)

FILTER_KEYS = (
    "body", "organization", "kind", "language", "query_language", "date_from", "date_to", "undated", "public",
    "deadline_from", "deadline_to",
)
#: The year facet's value for papers without any date.
UNDATED = "undated"
SORTS = ("relevance", "date", "newest", "oldest")
FACETS = ("body", "organization", "kind", "language", "year")
#: Committees listed in the organisation facet, the most frequent first.
FACET_ORGANIZATIONS = 30
#: Without a municipality filter, committees are counted for at most this many matches.
ORGANIZATION_FACET_LIMIT = 2000
#: Matches counted (and ranked) at most; above, total and facets are approximate.
COUNT_CAP = 5_000
#: Papers a date-sorted search with more than ``COUNT_CAP`` matches tests beyond the counted ones.
DATE_WALK = 200
SNIPPET_CHARS = 240
# Snippets are looked for in the opening of long texts only: marking every word
# of a 500-page report would cost more than the whole search.
_SNIPPET_SCAN_CHARS = 30_000
_SPACE_RE = re.compile(r"\s+")

Facet = list[tuple[str, str, int]]


@dataclass
class Hit:
    """One found paper, with an HTML snippet (text escaped, matched words in ``<mark>``)."""

    paper: Paper
    snippet_html: str
    score: float


@dataclass
class SearchResults:
    """One page of hits, the number of all matches and the facet counts over them.

    When ``approximate`` is true there were more than ``COUNT_CAP`` matches: ``total`` is
    ``COUNT_CAP`` (a lower bound), the facets count the most recently added ``COUNT_CAP``
    matches and the hits are the best of those.
    """

    hits: list[Hit]
    total: int
    facets: dict[str, Facet] = field(default_factory=dict)
    approximate: bool = False
    #: The query as searched: control characters removed, cut when it was too long.
    query: str = ""
    #: Whether the typed query was longer than ``MAX_QUERY_CHARS`` or ``MAX_ITEMS`` and was cut.
    cut: bool = False
    #: Filters that named nothing known (``{"body": "atlantis"}``): nothing was searched.
    unmatched: dict[str, str] = field(default_factory=dict)
    #: What the hits were found with (for ``explain``); None when browsing or nothing was searched.
    plan: MatchPlan | None = None
    #: Typed words no visible paper holds, and the known words searched with them.
    corrections: list[Correction] = field(default_factory=list)
    #: The query with those words corrected ("did you mean"), when there were any.
    suggestion: str | None = None
    #: Set when too few papers had every part of the query and papers with most parts are shown.
    relaxed: Relaxation | None = None
    #: Matches left out by a date filter because they have no date at all (the "undated" facet shows them).
    undated_left_out: int = 0


@dataclass(frozen=True)
class Relaxation:
    """Too few papers held every part of the query; papers with most of the parts follow them."""

    #: The parts of the query as typed.
    parts: tuple[str, ...]
    #: How many papers hold every part (fewer than ``tolerant.RELAX_BELOW``).
    complete: int


@vocabulary.remembering
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
    # Something typed that holds no word (control characters only) finds nothing, like "-London".
    typed = bool((query or "").strip())
    query, cut = limit_query(query)
    filters, unmatched = _resolved(filters or {}, user)
    if unmatched:
        return SearchResults(hits=[], total=0, facets={name: [] for name in FACETS}, query=query, cut=cut,
                             unmatched=unmatched)
    narrowing = _narrowing(filters, user)
    # A date filter also fetches the undated matches, to say how many it leaves out.
    dates_filtered = any(_as_date(filters.get(key)) is not None for key in ("date_from", "date_to"))
    counting = _narrowing(filters, user, undated_too=True) if dates_filtered else narrowing
    parsed = parse_query(query)
    if parsed.truncated:
        query, cut = str(parsed), True
    languages = _query_languages(filters)
    browsing = not typed
    relevance = sort == "relevance" and not browsing
    page = max(int(page or 1), 1)
    start = (page - 1) * per_page
    backend = get_backend()
    expression = plan = None
    if not browsing:
        # Something typed that holds no searchable word ("-London", a lone quote) finds nothing.
        plan = None if parsed.is_empty() else _plan(query, languages, expand, _knowledge(parsed))
        if plan is None:
            return SearchResults(hits=[], total=0, facets={name: [] for name in FACETS}, query=query, cut=cut)
        expression = backend.prepare(backend.express(plan))
    exact = core = None
    if relevance and backend.ranks_exact:
        exact = _render(backend, _exact_words(parsed, plan), languages, False)
    if relevance and plan is not None:
        core = _core(backend, plan)
    # A backend that ranks all matches in order from its index (PostgreSQL with RUM) needs no
    # scores on the candidates, which then only serve the count and the facets.
    from_index = relevance and not browsing and backend.orders_from_index(expression, exact)
    # Every typed word, as written: the first order an index that ranks may hand out.
    typed = _render(backend, _all_exact_words(parsed), languages, False) if from_index else None
    scored = relevance and not from_index
    # Dates are read to sort or filter by them only: a relevance page needs none of the thousands counted.
    dated = dates_filtered or not relevance
    # One more than counted, to tell whether the count is complete.
    candidates = backend.candidates(expression, counting, COUNT_CAP + 1, exact=exact, scored=scored, core=core,
                                    dated=dated)
    corrections: list[Correction] = []
    relaxation: Relaxation | None = None
    if plan is not None and len(candidates) < FEW:
        # Little found: correct words nobody wrote.
        plan, corrections = correct(backend, plan, _narrowing({}, user), languages, expand)
        if corrections:
            expression = backend.prepare(backend.express(plan))
            core = _core(backend, plan) if relevance else None
            candidates = backend.candidates(expression, counting, COUNT_CAP + 1, exact=exact, scored=scored,
                                            core=core, dated=dated)
    if (plan is not None and relevance and len(candidates) < RELAX_BELOW and (len(plan.required) > 1 or not candidates)
            and (counted := relaxable(plan, languages)) is not None):
        # Less than a page found: papers with most of the words follow those with all of them
        # (a one-word compound that found nothing: papers with most of its words).
        relaxation = Relaxation(tuple(counted.labels), len(candidates))
        expression = backend.prepare(backend.express(relaxed(counted)))
        candidates = backend.candidates(expression, counting, COUNT_CAP + 1, exact=exact, scored=True, dated=dated)
    # A compound that found a few papers: papers with most of its words follow them.
    extra, extra_expression = _compound_extra(backend, plan, languages, candidates, counting, exact, dated) if (
        plan is not None and relevance and relaxation is None and 0 < len(candidates) < RELAX_BELOW) else ([], None)
    if extra:
        relaxation = Relaxation(extra_expression[1], len(candidates))
    undated_left_out = 0
    if dates_filtered:
        dated = [row for row in candidates if row[6] is not None]
        undated_left_out, candidates = len(candidates) - len(dated), dated
        kept = [row for row in extra if row[6] is not None]
        undated_left_out, extra = undated_left_out + len(extra) - len(kept), kept
    candidates += extra[: COUNT_CAP + 1 - len(candidates)]
    approximate = len(candidates) > COUNT_CAP
    del candidates[COUNT_CAP:]
    total, facets = _facets(candidates, filters, user)
    scores: dict[int, float] = {}
    loaded: dict[int, Paper] = {}
    if not candidates or (relevance and start >= total):
        ids: list[int] = []
    elif relevance:
        if relaxation is None and from_index and (approximate or len(candidates) > backend.rescores):
            ranked = backend.top(expression, narrowing, start + per_page, exact=exact, core=core,
                                 typed=typed)[start:]
        elif relaxation is None or extra:
            added = {row[0] for row in extra}
            own = [row for row in candidates if row[0] not in added]
            ranked = backend.best(own, start + per_page, exact, core, expression=expression)
            ranked, loaded = _by_passage(ranked, plan, user, phrases=_typed_phrases(parsed))
            if extra:
                ranked += backend.best(extra, start + per_page, expression=extra_expression[0])
            ranked = ranked[start:]
        else:
            # Most parts first, then score, among the best-scoring head: papers with every part
            # stay on top. Below the head, matches follow by score.
            ranked = backend.best(candidates, max(RELAXED_HEAD, start + per_page), expression=expression)
            head = {paper_id for paper_id, _ in ranked[:RELAXED_HEAD]}
            spoken = {row[0]: row[4] for row in candidates if row[0] in head}
            parts = counted_parts(backend, counted, [paper_id for paper_id, _ in ranked[:RELAXED_HEAD]], spoken,
                                  compound=counted is not plan)
            ranked.sort(key=lambda row: (-parts.get(row[0], 0), -row[1], -row[0]))
            ranked, loaded = _by_passage(ranked, counted, user, parts, phrases=_typed_phrases(parsed))
            ranked = ranked[start : start + per_page]
        scores = dict(ranked)
        ids = [paper_id for paper_id, _ in ranked]
    else:
        ids = _by_date(backend, expression, narrowing, candidates, approximate, newest=sort != "oldest",
                       start=start, per_page=per_page)
    if ids and all(paper_id in loaded for paper_id in ids):
        found = loaded
    else:
        found = hit_papers.loaded(ids)
    rows = [found[paper_id] for paper_id in ids if paper_id in found]
    wanted = _Wanted.of(plan) if rows and plan is not None else None
    hits = [Hit(paper=paper, snippet_html=_snippet(paper, wanted, user), score=scores.get(paper.pk, 0.0)) for paper in rows]
    return SearchResults(hits=hits, total=total, facets=facets, approximate=approximate, query=query, cut=cut,
                         plan=plan, corrections=corrections,
                         suggestion=suggestion(query, corrections) if corrections else None, relaxed=relaxation,
                         undated_left_out=undated_left_out)


def _compound_extra(backend, plan: MatchPlan, languages, candidates: list[Candidate], counting: Narrowing,
                    exact: str | None, dated: bool) -> tuple[list[Candidate], tuple[str, tuple[str, ...]] | None]:
    """Return the papers beyond ``candidates`` that hold most words of a one-word compound query
    (``tolerant.compound_floor``), and their expression with the words; nothing for other queries."""
    floor = compound_floor(plan, languages)
    if floor is None:
        return [], None
    expression = backend.prepare(backend.express(floor))
    found = {row[0] for row in candidates}
    extra = [row for row in backend.candidates(expression, counting, COUNT_CAP + 1, exact=exact, scored=True,
                                               dated=dated) if row[0] not in found]
    return extra, (expression, tuple(floor.labels))


def _by_passage(ranked: list[tuple[int, float]], plan: MatchPlan, user, tier: dict[int, float] | None = None,
                phrases: tuple[tuple[str, ...], ...] = ()) -> tuple[list[tuple[int, float]], dict[int, Paper]]:
    """Return ``ranked`` with its head reordered by the best passage of each paper's readable text.

    Papers whose text holds the typed ``phrases`` word for word come first among equal ``tier``.
    Also return the head's papers (with body and main file), which the page shows.
    """
    head = [paper_id for paper_id, _ in ranked[: passages.HEAD]]
    if len(head) < 2:
        return ranked, {}
    loaded = hit_papers.loaded(head)
    wanted = passages.QueryParts.of(plan)
    qualities = {}
    literal = {}
    for paper in loaded.values():
        main = paper.main_file if paper.main_file_id else None
        readable = main is not None and main.text and access.may_see(user, main)
        text = f"{paper.name}\n{main.text}" if readable else paper.name
        if readable:
            qualities[paper.pk] = wanted.quality(text, document_language(paper.language))
        if phrases:
            literal[paper.pk] = passages.held_phrases(text, phrases)
    return passages.reranked(ranked, qualities, tier, literal), loaded


def _typed_phrases(parsed: Query) -> tuple[tuple[str, ...], ...]:
    """Return the typed phrases of several words, each as its words are written (``passages.written``)."""
    found = []
    for clause in parsed.required:
        if isinstance(clause, Phrase) and len(clause.words) > 1:
            found.append(tuple(term for word in clause.words for term in passages.written(word)))
    return tuple(found)


def _by_date(
    backend, expression: str | None, narrowing: Narrowing, candidates: list[Candidate], approximate: bool, *,
    newest: bool, start: int, per_page: int,
) -> list[int]:
    """Return the ids of one page of matches by date (then id), undated papers last.

    When every match is among the candidates they are sorted here. Otherwise the page is
    taken from the candidates (the newest-added matches) and completed by the matches
    added earlier but dated later, which the backend walks by date, ``DATE_WALK`` papers
    at most: like the count, such a page is exact when the archive was filled in rough
    date order and approximate otherwise.
    """
    wanted = start + per_page
    dated = sorted((row for row in candidates if row[6] is not None), key=lambda row: (row[6], row[0]), reverse=newest)
    undated = sorted((row for row in candidates if row[6] is None), key=lambda row: row[0], reverse=newest)
    if not approximate:
        return [row[0] for row in (dated + undated)[start:wanted]]
    if not newest or len(dated) < wanted:
        return backend.by_date(expression, narrowing, newest=newest, offset=start, limit=per_page)
    page = [(row[6], row[0]) for row in dated[:wanted]]
    lowest = min(row[0] for row in candidates)
    page.extend((day, paper_id) for paper_id, day in backend.newer_matches(
        expression, narrowing, after=page[-1][0], below=lowest, limit=wanted, scan=DATE_WALK))
    page.sort(reverse=True)
    return [paper_id for _, paper_id in page[start:wanted]]


@functools.lru_cache(maxsize=1024)
def _plan(text: str, languages: tuple[str, ...], expand: bool, known: Knowledge = NOTHING_KNOWN) -> MatchPlan | None:
    """Return the plan of a query text; each distinct query (and state of the vocabulary) is analysed once."""
    return plan_query(text, languages, expand, known)


@dataclass(frozen=True)
class _Remembered:
    """A vocabulary lookup whose answers are remembered per filling of the vocabulary.

    A value rather than a closure: ``Knowledge`` is part of the key of ``_plan``'s cache.
    """

    lookup: Callable[..., tuple[str, ...]]
    version: tuple[int, int] | None

    def __call__(self, *args: str) -> tuple[str, ...]:
        return _looked_up(self.lookup, args, self.version)


@functools.lru_cache(maxsize=3 * 4096)
def _looked_up(lookup: Callable[..., tuple[str, ...]], args: tuple[str, ...], version: tuple[int, int] | None) -> tuple[str, ...]:
    return lookup(*args)


def _knowledge(parsed: Query) -> Knowledge:
    """Return what the database knows about the words of ``parsed``: names, compounds, adjectives."""
    version = vocabulary.filling()
    plain = [item.text for item in parsed.required if isinstance(item, Word) and not item.prefix]
    runs = {" ".join(plain[start : start + size]) for start in range(len(plain)) for size in range(1, 5)
            if start + size <= len(plain)}
    found = names_in(runs)
    return Knowledge(
        frozenset(name_key(text) for text in found),
        _Remembered(vocabulary.compounds_starting_with, version),
        _Remembered(vocabulary.adjectives_of, version),
        _Remembered(vocabulary.compounds_ending_with, version),
        _Remembered(vocabulary.inflections_of, version),
        _Remembered(vocabulary.holding, version),
    )


@functools.lru_cache(maxsize=1024)
def _render(backend, text: str, languages: tuple[str, ...], expand: bool) -> str | None:
    """Return the backend's expression for a query text."""
    plan = _plan(text, languages, expand)
    return None if plan is None else backend.express(plan)


def _core(backend, plan: MatchPlan) -> str | None:
    """Return the expression of ``plan`` without the alternatives inside other words (None: the same)."""
    inner = core_plan(plan)
    return None if inner is None else backend.prepare(backend.express(inner))


def _exact_words(parsed: Query, plan: MatchPlan | None = None) -> str:
    """Return a query for any of the typed words as written (stemmed, but without parts or glossary).

    Words the plan reads together as one glossary term ("health insurance") count as written
    only side by side: apart, each names something else.
    """
    phrases = glossary_phrases(plan) if plan is not None else ()
    grouped = {word for phrase in phrases for word in phrase.words}
    items = [f'"{item.text}"' if isinstance(item, Word) else str(item) for item in parsed.items()
             if not (isinstance(item, Word) and (item.prefix or item.text in grouped))]
    return " OR ".join([*items, *(str(phrase) for phrase in phrases)])


def _all_exact_words(parsed: Query) -> str:
    """Return a query for all the typed words as written (None-like "" when an OR or a prefix is typed)."""
    if any(not isinstance(clause, Word | Phrase) or (isinstance(clause, Word) and clause.prefix)
           for clause in parsed.required) or len(parsed.required) < 2:
        return _exact_words(parsed)
    return " ".join(f'"{clause.text}"' if isinstance(clause, Word) else str(clause) for clause in parsed.required)


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


def _resolved(filters: dict, user) -> tuple[dict, dict[str, str]]:
    """Return the filters with municipality and committee resolved, and those that name nothing."""
    filters = dict(filters)
    unmatched: dict[str, str] = {}
    if filters.get("body") not in (None, ""):
        body = resolve_body(filters["body"])
        if body is None:
            unmatched["body"] = str(filters["body"])
        filters["body"] = body
    if filters.get("organization") not in (None, ""):
        organization = resolve_organization(filters["organization"], filters.get("body"), user=user)
        if organization is None:
            unmatched["organization"] = str(filters["organization"])
        filters["organization"] = organization.pk if organization is not None else None
    return filters, unmatched


def _query_languages(filters: dict) -> tuple[str, ...]:
    chosen = filters.get("query_language")
    return (chosen,) if chosen in LANGUAGES else LANGUAGES


def _filtered(papers: QuerySet, filters: dict, user) -> QuerySet:
    """Apply the filters a user chose; unknown keys and unreadable values are ignored."""
    body = filters.get("body")
    if isinstance(body, Body):
        papers = papers.filter(body=body)
    organization = filters.get("organization")
    if organization not in (None, ""):
        organization_id = as_id(getattr(organization, "pk", organization))
        if organization_id is not None:
            consulted = Consultation.objects.filter(paper=OuterRef("pk"), organizations=organization_id)
            led = Paper.under_direction_of.through.objects.filter(paper=OuterRef("pk"), organization=organization_id)
            papers = papers.filter(Q(Exists(consulted)) | Q(Exists(led)))
    if filters.get("kind"):
        papers = papers.filter(kind=str(filters["kind"]))
    if filters.get("language"):
        papers = papers.filter(language=str(filters["language"]))
    deadline_from = _as_date(filters.get("deadline_from"))
    deadline_to = _as_date(filters.get("deadline_to"))
    if deadline_from is not None or deadline_to is not None:
        deadlines = access.visible(Deadline, user).filter(paper=OuterRef("pk"))
        if deadline_from is not None:
            deadlines = deadlines.filter(date__gte=deadline_from)
        if deadline_to is not None:
            deadlines = deadlines.filter(date__lte=deadline_to)
        papers = papers.filter(Exists(deadlines))
    public = filters.get("public")
    if isinstance(public, bool) and can_see_non_public(user):
        papers = papers.filter(public=public)
    return papers


def _narrowing(filters: dict, user, *, undated_too: bool = False) -> Narrowing:
    """Return the access rules and the chosen filters as a condition on the facet table ``f``.

    ``f.date`` is the paper's effective date (its own, else its route's or file's). With
    ``undated_too`` a date range also lets papers without any date through, so the caller can
    count what the range leaves out.
    """
    conditions = ["f.deleted = %s"]
    params: list = [False]
    staff = can_see_non_public(user)
    granted = None if staff else access.granted_papers(user)
    if not staff and granted is None:
        conditions.append("f.public = %s")
        params.append(True)
    elif not staff:
        # A council member finds the non-public papers of their committees too.
        granted_sql, granted_params = granted.order_by().query.sql_with_params()
        conditions.append(f"(f.public = %s OR f.paper_id IN ({granted_sql}))")
        params.extend([True, *granted_params])
    body = filters.get("body")
    if isinstance(body, Body):
        conditions.append("f.body_id = %s")
        params.append(body.pk)
    if filters.get("kind"):
        conditions.append("f.kind = %s")
        params.append(str(filters["kind"]))
    if filters.get("language"):
        conditions.append("f.language = %s")
        params.append(str(filters["language"]))
    since, until = _as_date(filters.get("date_from")), _as_date(filters.get("date_to"))
    if since is not None or until is not None:
        ranged = [condition for condition, value in (("f.date >= %s", since), ("f.date <= %s", until)) if value]
        in_range = " AND ".join(ranged)
        conditions.append(f"({in_range} OR f.date IS NULL)" if undated_too else in_range)
        params.extend(value for value in (since, until) if value is not None)
    elif filters.get("undated") is True:
        conditions.append("f.date IS NULL")
    public = filters.get("public")
    if isinstance(public, bool) and staff:
        conditions.append("f.public = %s")
        params.append(public)
    if any(filters.get(key) not in (None, "") for key in ("organization", "deadline_from", "deadline_to")):
        # Committee and deadline filters need other tables; the paper queryset says it all.
        papers_sql, papers_params = (
            _filtered(access.visible(Paper, user), filters, user).order_by().values("pk").query.sql_with_params()
        )
        conditions.append(f"f.paper_id IN ({papers_sql})")
        params.extend(papers_params)
    return Narrowing(" AND ".join(conditions), tuple(params))


# -- facets -------------------------------------------------------------------


def _facets(candidates: list[Candidate], filters: dict, user) -> tuple[int, dict[str, Facet]]:
    """Return the number of counted matches and the facet lists over them."""
    bodies = Counter(map(itemgetter(2), candidates))
    kinds = Counter(map(itemgetter(3), candidates))
    languages = Counter(map(itemgetter(4), candidates))
    years = Counter(map(itemgetter(5), candidates))
    for unknown in ("", None, 0):
        languages.pop(unknown, None)
    undated = sum(years.pop(unknown, 0) for unknown in ("", None, 0))
    years = Counter({int(year): n for year, n in years.items()})
    total = len(candidates)
    named = _body_names(list(bodies))
    kind_labels = dict(PAPER_KINDS)
    organizations: Facet = []
    if total and (filters.get("body") or total <= ORGANIZATION_FACET_LIMIT):
        organizations = _organization_facet([row[0] for row in candidates], filters, user)
    facets = {
        "body": [(*named[pk], n) for pk, n in _by_count(bodies) if pk in named],
        "organization": organizations,
        "kind": [(kind, str(kind_labels.get(kind, kind)), n) for kind, n in _by_count(kinds)],
        "language": [(lang, lang, n) for lang, n in _by_count(languages)],
        "year": [(str(year), str(year), n) for year, n in sorted(years.items(), reverse=True)]
        + ([(UNDATED, str(_("Undated")), undated)] if undated else []),
    }
    return total, facets


def _body_names(ids: list) -> dict[int, tuple[str, str]]:
    """Return the slug and name of each live municipality among ``ids``."""
    ids = [pk for pk in ids if isinstance(pk, int)]
    if not ids:
        return {}
    # One plain statement: the ORM would spend longer building it than SQLite running it.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, slug, name FROM {Body._meta.db_table} WHERE deleted = %s AND id IN "
                       f"({', '.join(['%s'] * len(ids))})", [False, *ids])
        return {pk: (slug, name) for pk, slug, name in cursor.fetchall()}


def _by_count(counter: Counter) -> list:
    return sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))


def _organization_facet(paper_ids: list[int], filters: dict, user) -> Facet:
    """Count the papers ``paper_ids`` per committee that consulted on them or leads them."""
    consultation = Consultation._meta.db_table
    consulted_by = Consultation.organizations.through._meta.db_table
    led_by = Paper.under_direction_of.through._meta.db_table
    # One parameter for all ids: thousands of placeholders cost more to plan than to run.
    if connection.vendor == "postgresql":
        ids_sql, ids_params = "SELECT unnest(%s::bigint[])", [id_array(paper_ids)]
        sql = (
            f"SELECT link.org, COUNT(*) FROM ("
            f"SELECT co.organization_id AS org, c.paper_id AS paper FROM {consultation} c "
            f"JOIN {consulted_by} co ON co.consultation_id = c.id "
            f"WHERE c.deleted = %s AND c.paper_id IN ({ids_sql}) "
            f"UNION SELECT u.organization_id, u.paper_id FROM {led_by} u WHERE u.paper_id IN ({ids_sql})"
            f") link GROUP BY link.org ORDER BY 2 DESC, 1 LIMIT %s"
        )
        params = [False, *ids_params, *ids_params, FACET_ORGANIZATIONS * 2]
    else:
        # SQLite: each id is looked up as it is read from the list (CROSS JOIN keeps that order);
        # ``IN (SELECT ...)`` would first sort every id into a temporary index, once per branch.
        ids = json.dumps(list(paper_ids))
        sql = (
            f"SELECT link.org, COUNT(DISTINCT link.paper) FROM ("
            f"SELECT co.organization_id AS org, c.paper_id AS paper FROM json_each(%s) j "
            f"CROSS JOIN {consultation} c ON c.paper_id = j.value "
            f"CROSS JOIN {consulted_by} co ON co.consultation_id = c.id WHERE c.deleted = %s "
            f"UNION ALL SELECT u.organization_id, u.paper_id FROM json_each(%s) j "
            f"CROSS JOIN {led_by} u ON u.paper_id = j.value"
            f") link GROUP BY link.org ORDER BY 2 DESC, 1 LIMIT %s"
        )
        params = [ids, False, ids, FACET_ORGANIZATIONS * 2]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = cursor.fetchall()
    organizations = {
        pk: (name, short or body_name)
        for pk, name, short, body_name in access.visible(Organization, user).filter(pk__in=[row[0] for row in counts]).order_by().values_list(
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


def _snippet(paper: Paper, wanted: _Wanted | None, user) -> str:
    """Return an escaped excerpt of the paper's text around its densest run of matched words.

    Only text the user may read: a withheld main file gives no snippet.
    """
    main = paper.main_file if paper.main_file_id else None
    text = main.text if main is not None and access.may_see(user, main) else ""
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
    # language -> word -> whether it is marked, for every snippet of one search.
    _marked: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, plan: MatchPlan) -> _Wanted:
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
        # Texts repeat their words: each distinct word is looked at once.
        wanted: dict[str, bool] = self._marked.setdefault(language, {})
        words = set(passages.TEXT_WORD_RE.findall(text))
        for word in words.difference(wanted):
            wanted[word] = any(
                term in self.terms or (self.prefixes and term.startswith(self.prefixes))
                for term in passages.word_terms(word, language)
            )
        marked = [word for word in words if wanted[word]]
        if not marked:
            return []
        # Only the few marked words are looked for again, where they stand as whole words.
        starts = _WORD_START_RE.match
        return [match.span() for match in _marked_words_re(frozenset(marked)).finditer(text)
                if starts(text, match.start())]


# Where ``passages.TEXT_WORD_RE`` begins a word: after no letter or digit, nor after one joined by "-", "/" or ".".
_WORD_START_RE = re.compile(r"(?<![^\W_])(?<![^\W_][-/.])")


@functools.lru_cache(maxsize=1024)
def _marked_words_re(words: frozenset[str]) -> re.Pattern:
    """Return a pattern finding ``words`` (words of ``passages.TEXT_WORD_RE``) where that pattern would end one.

    Longest first, so that a word is not cut at another that begins it. Where such a word begins is
    checked by ``_WORD_START_RE``: no word of ``TEXT_WORD_RE`` begins inside another one.
    """
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))
    return re.compile(f"(?:{alternatives})(?![^\\W_])(?![-/.][^\\W_])")


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
