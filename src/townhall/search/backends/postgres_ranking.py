"""Rank the matches of a PostgreSQL search: in order from the RUM index, the head scored again by rarity."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from operator import itemgetter

from django.db import connection
from django.db.models import QuerySet

from townhall.search import vocabulary
from townhall.search.backends import impact, rarity
from townhall.search.backends.base import FACET_TABLE, INSIDE_SHARE, Candidate, Narrowing
from townhall.search.backends.postgres_statements import fetch, id_array
from townhall.search.backends.postgres_table import TABLE
from townhall.search.backends.tsquery_expression import (
    LOOSE_TOKEN_RE,
    TERM_RE,
    any_term_query,
    finding,
    loose_tsquery,
    rarest_clause,
)

#: Matches read in order of relevance from the RUM index, per expression, and ranked again.
RANKED_HEAD = 200
#: Papers holding a term above which the second RUM pass of a search leaves the term out of its
#: order (``_rarer_terms``): RUM ranks every paper holding a term it orders by.
RUM_BUDGET = 150_000
#: Share of the indexed papers above which a term is left out of the order of a search's second
#: pass (``_rarer_terms``).
RARER_SHARE = 0.05

#: Column weights of BM25 on the head of a ranking, as SQLite's (title and reference 8, title parts
#: 4, body 1, text parts 0.4), divided by ``_BM25_SCALE`` since ts_rank_cd takes weights up to 1.
_BM25_WEIGHTS = rarity.COLUMN_WEIGHTS
_BM25_SCALE = rarity.COLUMN_SCALE
#: Newest vectors whose lengths give the average length BM25 compares a paper's with.
_LENGTH_SAMPLE = 2000

#: ts_rank weights of D (extras), C (body), B (title parts, route and attachment names) and A (title, reference).
WEIGHTS = "{0.05, 0.2, 0.6, 1.0}"
# 1: divide the rank by 1 + log(length), so long papers do not win by bulk alone.
_NORMALIZATION = 1
RANK = f"ts_rank('{WEIGHTS}', {TABLE}.vector, %s::tsquery, {_NORMALIZATION})"


class Ranking:
    """The ranking of ``PostgresBackend``: the RUM index's order, and the head it hands out scored as BM25."""

    def rank(
        self, papers: QuerySet, expression: str, *, offset: int = 0, limit: int = 20, exact: str | None = None
    ) -> list[tuple[int, float]]:
        papers_sql, papers_params = papers.order_by().values("pk").query.sql_with_params()
        # ts_rank adds up matched terms, so a paper with the parts of a compound would
        # outrank one with the compound itself; the typed words alone count once more.
        score = f"{RANK} + {RANK}" if exact else RANK
        score_params = [expression, exact] if exact else [expression]
        sql = (
            f"SELECT paper_id, {score} AS score FROM {TABLE} WHERE vector @@ %s::tsquery "
            f"AND paper_id IN ({papers_sql}) ORDER BY score DESC, paper_id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*score_params, expression, *papers_params, limit, offset])
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def _score(self, expression: str, exact: str | None, core: str | None = None) -> tuple[str, list]:
        # ts_rank adds up matched terms, so a paper with the parts of a compound would
        # outrank one with the compound itself; the typed words alone count once more.
        # What only the compounds a typed word starts add counts as parts (INSIDE_SHARE).
        rank = RANK.replace(f"{TABLE}.vector", "v.vector")
        if core:
            # ts_rank counts a phrase's words wherever they stand: only a paper that matches the
            # core (phrases next to each other) gets its core rank.
            core_rank = f"(CASE WHEN v.vector @@ %s::tsquery THEN {rank} ELSE 0 END)"
            score = f"({1 - INSIDE_SHARE} * {core_rank} + {INSIDE_SHARE} * {rank})"
            params = [core, core, expression]
        else:
            score, params = rank, [expression]
        return (f"{score} + {rank}", [*params, exact]) if exact else (score, params)

    def orders_from_index(self, expression: str, exact: str | None = None) -> bool:
        """Return whether ``expression`` is ranked in order from the RUM index: always, when it is there.

        However many papers hold the typed words, all matches are ranked, never only the newest:
        RUM orders by the rarest part of the typed words (``top``).
        """
        return self.ranks_from_index

    def top(
        self, expression: str, narrowing: Narrowing, wanted: int, *, exact: str | None = None, core: str | None = None,
        typed: str | None = None,
    ) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the ``wanted`` best matches passing ``narrowing``, best first.

        The RUM index hands out matches in order of its own rank (``<=>``, ts_rank-like with fixed
        weights), from all matches, not only the newest. It is asked for the order of the typed
        words alone (``typed``, all of them, else ``exact``: few terms, so its scan stays short),
        among the papers that match the whole query; only when that finds fewer than
        ``RANKED_HEAD`` papers is it asked for the order of the whole query with plain terms
        (several typed parts) or of any of its rarer terms, then of any term (one part): RUM tests
        phrases and nested alternatives slowly, and the order only picks the head. The head found
        is scored with
        ``_score`` and the best kept. When there are fewer matches than that, this is exactly the
        ranking ``candidates`` and ``best`` give.
        """
        head = max(RANKED_HEAD, wanted)
        lean = finding(expression)
        found: set[int] = set()
        first = typed or exact
        passes = [first] if first else []
        several = bool(typed and exact and typed != exact)
        if several:
            passes.append(loose_tsquery(lean) or lean)
        else:
            # The rarer terms first; all of them only when those find too few (a small archive).
            passes.extend(dict.fromkeys((self._rarer_terms(lean), any_term_query(lean))))
        for ordered in passes:
            # The whole query is tested on the rows the ordered scan hands out (``ts_match_vq``:
            # no index serves it, so RUM evaluates only the ordering query). RUM orders by the
            # loose form (phrases as AND, no weights): testing positions inside the index costs
            # it twice as much per paper, for every paper holding the words; the phrases and
            # weights are tested on the rows it hands out, in that order, until the head is full.
            # Of words that must all be present, RUM orders by the rarest alone: it ranks every
            # paper holding any word it orders by, and the others are tested on the rows it hands out.
            loose = rarest_clause(loose_tsquery(ordered) or ordered)
            tests = [query for query in dict.fromkeys((ordered, lean)) if query != loose]
            # Common words are ordered from their lists of highest impact (``impact``): RUM would
            # rank every paper holding them first.
            listed = impact.ordered_head(loose, tests, narrowing, head, self._average_length())
            if listed is not None:
                found.update(listed)
                if len(found) >= head:
                    break
                continue
            loose = self._held_anywhere(loose)
            if loose is None:
                continue  # no paper holds a word it orders by: RUM would hand out nothing
            test = "".join("ts_match_vq(m.vector, %s::tsquery) AND " for _ in tests)
            sql = (
                f"SELECT m.paper_id FROM {TABLE} m JOIN {FACET_TABLE} f ON f.paper_id = m.paper_id "
                f"WHERE m.vector @@ %s::tsquery AND {test}{narrowing.sql} "
                "ORDER BY m.vector <=> %s::tsquery LIMIT %s"
            )
            found.update(int(row[0]) for row in fetch(sql, [loose, *tests, *narrowing.params, loose, head],
                                                             sorts_matches=True))
            if len(found) >= head:
                break
        if not found:
            return []
        return self._head(sorted(found), wanted, expression, exact, core)

    def _held_anywhere(self, ordering: str) -> str | None:
        """Return ``ordering`` (words joined by OR) without the words no indexed paper holds; None when none is held.

        RUM's ordered scan costs per word it orders by, even a word it finds nowhere: a glossary
        and compound splitter write many forms no paper holds (eleven of the fifteen words
        ``integrationskonference`` ordered by at 1M papers; 115-135 ms with them, 58-78 without).
        A word the vocabulary counts is kept; one it does not know is kept only when the index
        finds it (indexed since the vocabulary was filled). RUM's rank of a paper counts the words
        the paper holds only, so the order is the same. Anything but plain words is left as it is.
        """
        if not self._finds_by_terms or not impact.plain_terms(ordering) or vocabulary.filling() is None:
            return ordering
        # Each word as the query writes it (quoted) and as the vocabulary holds it.
        words = {match.group(0): match.group(1).replace("''", "'") for match in TERM_RE.finditer(ordering)}
        docs = vocabulary.known(words.values())
        unknown = [quoted for quoted, word in words.items() if not docs.get(word)]
        if not unknown:
            return ordering
        # Asked of the index over stripped vectors: a word no paper holds is an entry found missing at once.
        found = {row[0] for row in fetch(f"SELECT t.q FROM unnest(%s::text[]) AS t(q) WHERE EXISTS "
                                          f"(SELECT 1 FROM {TABLE} WHERE strip(vector) @@ t.q::tsquery)", [unknown])}
        held = [quoted for quoted in words if quoted not in unknown or quoted in found]
        if len(held) == len(words):
            return ordering
        return " | ".join(held) or None

    def best(
        self, candidates: Sequence[Candidate], wanted: int, exact: str | None = None, core: str | None = None,
        expression: str | None = None,
    ) -> list[tuple[int, float]]:
        """Return the ``wanted`` best candidates, the head of their plain rank scored again by rarity.

        ``ts_rank`` cannot weigh words by how many papers hold them; the ``RANKED_HEAD`` best by it
        (as many as ``top`` scores) are scored again with ``_head``, so both roads give one order.
        Up to ``rescores`` candidates are all scored with ``_head``.
        """
        if expression is None:
            return super().best(candidates, wanted, exact, core)
        if len(candidates) <= self.rescores:
            # Few enough to score every one: the candidates may carry no scores (ranked from the index).
            return self._head([row[0] for row in candidates], wanted, expression, exact, core)
        ordered = heapq.nlargest(max(RANKED_HEAD, wanted), zip(map(itemgetter(1), candidates), map(itemgetter(0), candidates)))
        return self._head([paper_id for _, paper_id in ordered], wanted, expression, exact, core)

    def _average_length(self) -> float:
        """Return the average number of terms of the newest papers, kept per filling of the vocabulary.

        Before the vocabulary is first filled the index may change under every search, so it is
        read each time (a sample of the newest papers: cheap at any size).
        """
        version = vocabulary.filling()
        cached = self._lengths.get(version) if version is not None else None
        if cached is None:
            rows = fetch(f"SELECT avg(GREATEST(length, 1)) FROM (SELECT length FROM {TABLE} ORDER BY paper_id DESC "
                          f"LIMIT {_LENGTH_SAMPLE}) s", [])
            cached = max(float(rows[0][0] or 1.0), 1.0)
            if version is not None:
                self._lengths[version] = cached
        return cached

    def _head(self, paper_ids: Sequence[int], wanted: int, expression: str, exact: str | None,
              core: str | None) -> list[tuple[int, float]]:
        """Return ``(paper_id, score)`` of the ``wanted`` best of ``paper_ids``, scored as SQLite's BM25 weighs.

        Each alternative of the query counts by its rarity (``rarity.weighed_rank``), what only the
        compounds a typed word starts add keeps ``INSIDE_SHARE``, and a paper that has the typed
        words themselves counts double, as on SQLite.
        """
        if not paper_ids:
            return []
        # ts_rank_cd of a single word adds up the weights of its occurrences: BM25's weighed frequency.
        frequency = f"{_BM25_SCALE} * ts_rank_cd('{_BM25_WEIGHTS}', v.vector, %s::tsquery, 0)"
        score, params = rarity.weighed_rank(frequency, "v.vector", "v.saturation", expression, TABLE, core,
                                            INSIDE_SHARE)
        if exact:
            score, params = f"(CASE WHEN v.vector @@ %s::tsquery THEN 2.0 ELSE 1.0 END) * {score}", [exact, *params]
        average = self._average_length()
        # "|| ''": each row's vector is unpacked once, not once per alternative scored.
        rows = fetch(
            f"SELECT v.paper_id, {score} FROM (SELECT paper_id, vector, "
            f"{rarity.K1} * (1 - {rarity.B} + {rarity.B} * GREATEST(length, 1) / {average}) AS saturation "
            f"FROM (SELECT paper_id, length, vector || ''::tsvector AS vector FROM {TABLE} "
            "WHERE paper_id = ANY(%s::bigint[]) OFFSET 0) d OFFSET 0) v",
            [*params, id_array(paper_ids)],
        )
        ordered_rows = heapq.nlargest(wanted, ((float(score), int(paper_id)) for paper_id, score in rows))
        return [(paper_id, score) for score, paper_id in ordered_rows]

    def _rarer_terms(self, expression: str) -> str:
        """Return a query for any term of ``expression`` held by few enough papers (else the rarest).

        A term counts as rare when at most ``RARER_SHARE`` of the indexed papers (and
        ``RUM_BUDGET``) hold it.

        RUM ranks every paper holding a term it orders by: a term half the archive holds (the
        "Stadt" of "Stadtbibliothek") would cost more than the rest of the search, and papers
        found by it alone rank low anyway.
        """
        any_term = any_term_query(expression)
        terms = [match.group(0) for match in LOOSE_TOKEN_RE.finditer(any_term) if match.group(0).startswith("'")]
        if len(terms) < 2 or "!" in any_term:
            return any_term
        held = vocabulary.known(term[1 : term.rfind("'")].replace("''", "'") for term in terms)
        docs = {term: held.get(term[1 : term.rfind("'")].replace("''", "'"), 0) for term in terms}
        most = min(RUM_BUDGET, (vocabulary.indexed_when_filled() or 0) * RARER_SHARE) or RUM_BUDGET
        kept = [term for term in terms if docs[term] <= most] or [min(terms, key=docs.__getitem__)]
        return " | ".join(kept)
