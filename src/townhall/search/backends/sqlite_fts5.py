"""Search with SQLite's FTS5 full-text index (the default on SQLite).

The index is the virtual table ``search_paper_fts`` (created by this app's migration),
one row per paper with ``rowid`` = paper id and the six term columns of
``townhall.search.backends.base``. Terms are already analysed, so the tokenizer is plain
``unicode61`` with diacritics kept; ``prefix='2 3 4'`` makes short prefix queries
(``in*``) cheap. Ranking is BM25 with the column weights in ``WEIGHTS``.

FTS5's ``bm25()`` counts, for every phrase of a query, the papers that hold it, by reading
the phrase's whole list of papers once per query. For common words in a large archive
that costs more than everything else a search does. ``search_term_stats`` keeps those
counts for the common terms (``refresh_statistics``); a query whose phrases would make
``bm25()`` read more than ``BM25_BUDGET`` entries is ranked without it: the newest
``TITLE_RANKED`` matches by how much of the query their title and reference hold, each
term weighed by its rarity. Every other query is ranked with BM25 over its newest
``BM25_RANKED`` matches. Older matches are counted, not scored, and follow by recency.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import math
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from townhall.search import vocabulary
from townhall.search.analyzers import MAX_TERM_LENGTH
from townhall.search.backends.base import FACET_TABLE, INSIDE_SHARE, Candidate, IndexEntry, Narrowing, SearchBackend
from townhall.search.backends.fts5_expression import part_alternatives, without_absent, words_to_check
from townhall.search.query import MatchPlan, matching_plan, plan_to_fts5

TABLE = "search_paper_fts"
#: BM25 weights of title, reference, body, extras, title parts and context (route and attachment names).
WEIGHTS = (8.0, 8.0, 1.0, 0.4, 4.0, 4.0)
_BM25 = f"bm25({TABLE}, {', '.join(str(w) for w in WEIGHTS)})"
STATS_TABLE = "search_term_stats"
VOCABULARY = "search_paper_fts_vocab"
#: Terms held by fewer papers are not kept in the statistics (they are cheap whatever they cost).
COMMON_TERM_DOCS = 100
#: Entries ``bm25()`` may read to count a query's phrases before the query is ranked without it.
BM25_BUDGET = 150_000
#: Matches ranked (the newest) with ``bm25()``; older ones are only counted and follow by recency.
BM25_RANKED = 2000
#: Matches ranked by title and reference when a query is ranked without ``bm25()``.
TITLE_RANKED = 1000
#: A prefix longer than the longest prefix index is spelled out as the terms it stands for, up to this many.
PREFIX_TERMS = 300
_LONG_PREFIX_RE = re.compile(r'"((?:[^"\s]|""){5,})"\*')
#: Papers tested for a match are read as one range of ids (each id in it is stepped over) rather than one by
#: one (each sets every phrase up again) when the range holds fewer matches than this many per paper and phrase.
RANGE_STEPS_PER_TEST = 35
#: Lean forms (``query.matching_plan``) of the expressions rendered, kept at most.
LEAN_KEPT = 4096
#: Words known to be in the index or not, kept at most (per state of the index).
PRESENT_KEPT = 65_536
#: Phrases and alternatives outside a query's core scored each on its own (``Fts5Backend._loose_groups``),
#: at most: a pasted paragraph keeps the sum BM25 gives them.
LOOSE_PHRASES = 64
#: Required parts whose phrases outside the core are scored apart, at most.
LOOSE_PARTS = 16
# The statistics row holding the number of indexed papers (no term is empty).
_TOTAL = ""
_PHRASE_RE = re.compile(r'"((?:[^"]|"")*)"(\*?)')
_MARK_RE = re.compile("\x02([^\x03]*)\x03")


#: One alternative of a required part outside the query's core: its text and its phrases' texts
#: (``fts5_expression.part_alternatives``).
_Loose = tuple[str, tuple[str, ...]]


def _loose_surplus(groups: Sequence[Sequence[_Loose]], alone: dict[str, float], matched: set[str]) -> float:
    """Return what a paper's BM25 holds beyond the best phrase of each group of alternatives.

    ``alone`` maps a phrase to its score on its own in the paper and ``matched`` holds the
    alternatives of several phrases the paper matches. BM25 adds up each phrase of the
    alternatives a paper matches, once for each time it stands there; that sum less the best of
    those phrases is what the group adds beyond its best.
    """
    surplus = 0.0
    for group in groups:
        found = [[alone.get(phrase, 0.0) for phrase in phrases] for text, phrases in group
                 if (text in matched if len(phrases) > 1 else alone.get(phrases[0], 0.0) > 0)]
        if found:
            surplus += sum(map(sum, found)) - max(map(max, found))
    return surplus


def _within_range(ids: Iterable[int]) -> tuple[str, list]:
    """Return the condition (and its parameters) keeping the matches among ``ids``.

    One pass over their id range: FTS5 would set the whole expression up again for each id of
    ``rowid IN (...)``. The ids are looked up among the matches, not the matches handed to Python.
    """
    ids = sorted(ids)
    return "rowid BETWEEN %s AND %s AND +rowid IN (SELECT value FROM json_each(%s))", [ids[0], ids[-1], json.dumps(ids)]


class _WordsSeen:
    """Which words any indexed paper has, and expressions without the others, for one index version."""

    __slots__ = ("version", "present", "forms")

    def __init__(self, version: tuple) -> None:
        self.version = version
        self.present: dict[str, bool] = {}
        self.forms: dict[str, str] = {}


class Fts5Backend(SearchBackend):
    """Keep the index in an FTS5 table of the same SQLite database as the records."""

    vendor = "sqlite"
    ranks_exact = True
    # The index drives the join: FTS5 hands out matches by descending rowid without sorting.
    _source = f"{TABLE} JOIN {FACET_TABLE} f ON f.paper_id = {TABLE}.rowid"
    _id = f"{TABLE}.rowid"
    _match = f"{TABLE} MATCH %s"
    # The date as stored text: ISO dates sort as dates, and thousands of them need no parsing.
    _date = "(f.date || '')"
    _match_one = f"EXISTS (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH %s AND {TABLE}.rowid = {{paper}})"

    def __init__(self) -> None:
        # prefix -> (index version, spelled-out expression, the terms it spells out)
        self._prefixes: dict[str, tuple[tuple, str, tuple[str, ...]]] = {}
        # Per thread (each thread has its own connection, so its own index version): which words
        # any paper has, and each expression's form without the others (``_WordsSeen``).
        self._seen = threading.local()
        # expression -> (the expression that finds the same papers with fewer phrases, the one
        # that also marks the same words)
        self._lean: dict[str, tuple[str, str]] = {}

    def _write(self, entries: Sequence[IndexEntry]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, title, reference, body, extras, title_parts, context) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                [(e.paper_id, e.title, e.reference, e.body, e.extras, e.title_parts, e.context) for e in entries],
            )

    def _delete(self, paper_ids: Sequence[int]) -> None:
        if not paper_ids:
            return
        marks = ", ".join(["%s"] * len(paper_ids))
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})", list(paper_ids))

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        # One transaction instead of one per statement, then merge the many small
        # segments the inserts left behind: queries read one b-tree instead of dozens.
        with transaction.atomic():
            yield
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
                # Fresh statistics let the planner see that the access filters (public,
                # not deleted) keep nearly every paper, so it starts from the matches.
                cursor.execute("ANALYZE")
            self.refresh_statistics()

    # -- term statistics ------------------------------------------------------

    def refresh_statistics(self) -> int:
        """Count anew how many papers hold each common term; return the number of indexed papers.

        This reads the whole index once (seconds at a million papers): it runs after a
        rebuild and after an ingest or a harvest that left it behind (``vocabulary.outgrown``). Counts
        that lag behind the index only shift the choice of ranking and term weights a
        little; they never change which papers match.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            # One pass over FTS5's term list fills the whole vocabulary; the common terms'
            # counts are copied from it.
            cursor.execute(f"DELETE FROM {vocabulary.TABLE}")
            cursor.execute(
                f"INSERT INTO {vocabulary.TABLE} (term, docs) SELECT term, doc FROM {VOCABULARY} "
                "WHERE term <> '' AND length(term) <= %s",
                [MAX_TERM_LENGTH],
            )
            cursor.execute(f"DELETE FROM {STATS_TABLE}")
            cursor.execute(
                f"INSERT INTO {STATS_TABLE} (term, docs) SELECT term, docs FROM {vocabulary.TABLE} WHERE docs >= %s",
                [COMMON_TERM_DOCS],
            )
            cursor.execute(f"SELECT count(*) FROM {TABLE}_docsize")
            total = int(cursor.fetchone()[0])
            cursor.execute(f"INSERT INTO {STATS_TABLE} (term, docs) VALUES (%s, %s)", [_TOTAL, total])
            vocabulary.record_filling(cursor, total)
            vocabulary.fill_reversed()
        return total

    def statistics_stale(self) -> bool:
        """Return whether the statistics lag the index (``vocabulary.outgrown``)."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT docs FROM {STATS_TABLE} WHERE term = %s", [_TOTAL])
            row = cursor.fetchone()
            cursor.execute(f"SELECT count(*) FROM {TABLE}_docsize")
            now = int(cursor.fetchone()[0])
        return vocabulary.outgrown(int(row[0]) if row is not None else None, now)

    def _frequencies(self, expression: str) -> tuple[dict[str, int], list[tuple[list[str], bool]], int]:
        """Return the known paper counts of the expression's terms, its phrases and the number of papers."""
        phrases = [(match.group(1).replace('""', '"').split(), bool(match.group(2)))
                   for match in _PHRASE_RE.finditer(expression)]
        terms = {term for words, prefix in phrases for term in (words[:-1] if prefix else words)}
        counts: dict[str, int] = {}
        with connection.cursor() as cursor:
            wanted = [_TOTAL, *terms]
            cursor.execute(
                f"SELECT term, docs FROM {STATS_TABLE} WHERE term IN ({', '.join(['%s'] * len(wanted))})", wanted
            )
            counts.update((term, int(docs)) for term, docs in cursor.fetchall())
            for words, prefix in phrases:
                if prefix and words and words[-1] + "*" not in counts:
                    stem = words[-1]
                    cursor.execute(
                        f"SELECT COALESCE(SUM(docs), 0) FROM {STATS_TABLE} WHERE term >= %s AND term < %s",
                        [stem, stem + "\U0010ffff"],
                    )
                    counts[stem + "*"] = int(cursor.fetchone()[0])
        total = counts.pop(_TOTAL, 0)
        return counts, phrases, total

    def _reads(self, expression: str, known: tuple[dict[str, int], int] | None = None) -> tuple[int, dict[str, int], int]:
        """Return how many index entries ``bm25()`` would read for ``expression``, the term counts and the total.

        ``known`` holds the counts and the total already read for an expression holding every term of this one.
        """
        if known is None:
            counts, phrases, total = self._frequencies(expression)
        else:
            (counts, total), phrases = known, [(match.group(1).replace('""', '"').split(), bool(match.group(2)))
                                               for match in _PHRASE_RE.finditer(expression)]
        reads = sum(counts.get(word, 0) for words, prefix in phrases
                    for word in (words[:-1] + [words[-1] + "*"] if prefix and words else words))
        return reads, counts, total

    def candidates(
        self, expression: str | None, narrowing: Narrowing, limit: int, *, exact: str | None = None,
        scored: bool = True, core: str | None = None, dated: bool = True,
    ) -> list[Candidate]:
        if expression is None or not scored:
            return super().candidates(self.finding(expression), narrowing, limit, exact=exact, scored=scored,
                                      dated=dated)
        reads, counts, total = self._reads(expression)
        if reads <= BM25_BUDGET:
            ranked = min(limit, BM25_RANKED)
            head = super().candidates(expression, narrowing, ranked, exact=exact, scored=True, dated=dated)
        else:
            ranked = min(limit, TITLE_RANKED)
            head = self._title_ranked(expression, narrowing, ranked, counts, total, dated)
        if len(head) < ranked or ranked == limit:
            return head
        return head + self._newest(self.finding(expression), narrowing, limit - len(head), below=head[-1][0],
                                   dated=dated)

    def _title_ranked(
        self, expression: str, narrowing: Narrowing, limit: int, counts: dict[str, int], total: int,
        dated: bool = True,
    ) -> list[Candidate]:
        """Return the newest ``limit`` matches scored by the rare query terms in their title and reference.

        Every match holds the query somewhere, so each starts at 1; each distinct query
        term in the title or reference adds its weight (inverse document frequency) times
        the column's BM25 weight. Ties go to the newer paper.
        """
        marked = f"highlight({TABLE}, 0, char(2), char(3)), highlight({TABLE}, 1, char(2), char(3))"
        rows = self._newest(self.marking(expression), narrowing, limit, columns=marked, dated=dated)

        weights: dict[str, float] = {}

        def weight(term: str) -> float:
            # A thousand titles repeat a few marked terms: each term's weight is worked out once.
            found = weights.get(term)
            if found is None:
                docs = counts.get(term, COMMON_TERM_DOCS // 2)
                found = weights[term] = math.log(1 + (max(total, docs) - docs + 0.5) / (docs + 0.5))
            return found

        # Titles and references repeat within a search ("Referat", a series' title): each
        # distinct marked text is weighed once. The sums are the same, term by term.
        added: dict[tuple[float, str], float] = {}

        def weighed(column: float, text: str) -> float:
            found = added.get((column, text))
            if found is None:
                words = {word for mark in _MARK_RE.findall(text) for word in mark.split()}
                found = added[(column, text)] = column * sum(weight(term) for term in words)
            return found

        title_weight, reference_weight = WEIGHTS[0], WEIGHTS[1]
        scored = []
        for row in rows:
            title, reference = row[1], row[2]
            score = 1.0
            if title and "\x02" in title:
                score += weighed(title_weight, title)
            if reference and "\x02" in reference:
                score += weighed(reference_weight, reference)
            scored.append((row[0], score) + row[3:])
        return scored

    def express(self, plan: MatchPlan) -> str:
        expression = plan_to_fts5(plan)
        # The lean forms depend on the expression alone (a plan's rendering says all it holds).
        if expression not in self._lean:
            self._remember_lean(expression, (plan_to_fts5(matching_plan(plan)),
                                             plan_to_fts5(matching_plan(plan, marking=True))))
        return expression

    def finding(self, expression: str | None) -> str | None:
        """Return the form of ``expression`` that finds the same papers with the fewest phrases to test.

        Phrases cost FTS5 most: each is tested on the positions of every paper holding all of
        its terms. ``query.matching_plan`` leaves out the phrases that another alternative of
        the same choice finds anyway (a compound translated part by part, looked for as phrases
        and as its parts anywhere). Scores (``bm25()``) need the whole expression; statements
        that only find, count or mark words use this one.
        """
        lean = self._lean.get(expression) if expression is not None else None
        return expression if lean is None else lean[0]

    def marking(self, expression: str) -> str:
        """Return the form of ``expression`` that finds the same papers and marks the same words (``highlight()``)."""
        lean = self._lean.get(expression)
        return expression if lean is None else lean[1]

    def _remember_lean(self, expression: str, lean: tuple[str, str]) -> None:
        if len(self._lean) >= LEAN_KEPT:
            self._lean.clear()
        self._lean[expression] = lean

    def prepare(self, expression: str) -> str:
        # FTS5 answers a prefix longer than its longest prefix index by merging the full
        # lists of every term it stands for, in every statement, however few matches are
        # wanted; the same terms joined by OR are read lazily, newest first.
        if '"*' not in expression:
            return expression
        prepared = self._spelled(expression)
        lean = self._lean.get(expression)
        if lean is not None and prepared != expression:
            self._remember_lean(prepared, (self._spelled(lean[0]), self._spelled(lean[1])))
        return prepared

    def _where(self, expression: str | None, narrowing: Narrowing) -> tuple[str, str, str, list]:
        # What a statement runs leaves out the alternatives no paper has (``pruned``); the
        # choices made from the expression itself (``_reads``) still see all of it.
        return super()._where(None if expression is None else self.pruned(expression), narrowing)

    def pruned(self, expression: str, version: tuple | None = None) -> str:
        """Return ``expression`` without the alternatives holding a word that no indexed paper has.

        Each such alternative costs FTS5 a look-up whenever it sets the expression up: once per
        statement, and once per paper where papers are tested one by one (``rowid IN (...)``,
        the date walk). It finds nothing and adds nothing to ``bm25()`` or ``highlight()``
        (``fts5_expression``), so statements run this form. ``version`` is the index's
        (``_index_version``), when the caller has just read it.
        """
        words = words_to_check(expression)
        if not words:
            return expression
        seen = self._known_since(version or self._index_version())
        pruned = seen.forms.get(expression)
        if pruned is not None:
            return pruned
        present = seen.present
        unknown = [word for word in words if word not in present]
        if unknown:
            with connection.cursor() as cursor:
                for word in unknown:
                    # The first match, whatever the order: a page of the term's list at most.
                    cursor.execute(f"SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH %s LIMIT 1", [f'"{word}"'])
                    present[word] = cursor.fetchone() is not None
        pruned = expression
        if not all(present[word] for word in words):
            pruned = without_absent(expression, present.__getitem__)
        if len(seen.forms) >= LEAN_KEPT:
            seen.forms.clear()
        seen.forms[expression] = pruned
        return pruned

    def _known_since(self, version: tuple) -> _WordsSeen:
        """Return this thread's words seen, forgotten when the index may have changed since."""
        seen = getattr(self._seen, "words", None)
        if seen is None or seen.version != version or len(seen.present) > PRESENT_KEPT:
            seen = self._seen.words = _WordsSeen(version)
        return seen

    @staticmethod
    def _index_version() -> tuple:
        """Return a value that changes whenever the index may have changed (any write, by any connection)."""
        with connection.cursor() as cursor:
            raw = connection.connection
            cursor.execute("PRAGMA data_version")
            return (id(raw), raw.total_changes, cursor.fetchone()[0])

    def _spelled(self, expression: str) -> str:
        return _LONG_PREFIX_RE.sub(lambda match: self._spelled_out(match.group(0), match.group(1)), expression)

    def _spelled_out(self, phrase: str, prefix: str) -> str:
        """Return ``("term" OR ...)`` for the indexed terms that begin with ``prefix``, or ``phrase`` when too many."""
        # Any write, by this connection or another, may add a term.
        version = self._index_version()
        seen = self._known_since(version)
        cached = self._prefixes.get(prefix)
        if cached is None or cached[0] != version:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT term FROM {VOCABULARY} WHERE term >= %s AND term < %s LIMIT %s",
                    [prefix, prefix + "\U0010ffff", PREFIX_TERMS + 1],
                )
                terms = tuple(row[0] for row in cursor.fetchall())
            if len(terms) > PREFIX_TERMS:
                spelled, terms = phrase, ()
            elif not terms:
                spelled = f'"{prefix}"'
            else:
                spelled = "(" + " OR ".join('"' + term.replace('"', '""') + '"' for term in terms) + ")"
            if len(self._prefixes) >= 1024:
                self._prefixes.clear()
            cached = self._prefixes[prefix] = (version, spelled, terms)
        # The terms the index lists are there: ``pruned`` need not look them up.
        seen.present.update(dict.fromkeys(cached[2], True))
        return cached[1]

    def restrict(self, papers: QuerySet, expression: str) -> QuerySet:
        # A subquery, not a join: joined, SQLite's planner likes to walk the papers
        # first and run the MATCH once per paper, which is slow for any broad filter.
        return papers.filter(pk__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s",
                                           [self.finding(expression)]))

    def rank(
        self, papers: QuerySet, expression: str, *, offset: int = 0, limit: int = 20, exact: str | None = None
    ) -> list[tuple[int, float]]:
        # The matches are scored once into a materialised table, then kept if ``papers``
        # has them. Papers that have the typed words themselves (not only compound parts
        # or glossary terms) count double.
        papers_sql, papers_params = papers.order_by().values("pk").query.sql_with_params()
        boost, boost_params = "m.score", []
        if exact:
            boost = f"m.score * (CASE WHEN m.id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s) THEN 2.0 ELSE 1.0 END)"
            boost_params = [self.finding(exact)]
        sql = (
            f"WITH m AS MATERIALIZED (SELECT rowid AS id, -{_BM25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s) "
            f"SELECT m.id, {boost} AS ranked FROM m WHERE m.id IN ({papers_sql}) ORDER BY ranked DESC, m.id DESC "
            "LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *boost_params, *papers_params, limit, offset])
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def _score(self, expression: str, exact: str | None, core: str | None = None) -> tuple[str, list]:
        return f"-{_BM25}", []

    def best(
        self, candidates: Sequence[Candidate], wanted: int, exact: str | None = None, core: str | None = None,
        expression: str | None = None,
    ) -> list[tuple[int, float]]:
        # Candidates that have the typed words themselves (not only compound parts or
        # glossary terms) count double. BM25 of a second expression needs a second
        # MATCH: first only the head of the ranking is looked up, which settles the page
        # when nothing below the head could climb into it even when doubled; otherwise
        # the exact words' matches among all candidates are read in one pass.
        pairs = list(zip(map(itemgetter(1), candidates), map(itemgetter(0), candidates)))
        head = max(wanted * 4, 100)
        # The older matches ``candidates`` counts without scoring them (score 0) rank below every scored
        # one: while more than ``head`` are scored, none of them can reach the page, and leaving them out
        # spares going through them and narrows the exact words' look-up below to the scored ids' range.
        scored = [pair for pair in pairs if pair[0] > 0]
        if len(scored) > head and len(scored) >= wanted:
            pairs = scored
        if core and pairs:
            pairs = self._inside_weighed(pairs, core, head, expression)
        if not exact or not pairs:
            return [(paper_id, score) for score, paper_id in heapq.nlargest(wanted, pairs)]
        ordered = heapq.nlargest(head + 1, pairs)
        page = self._boosted(ordered[:head], self._matching(exact, [paper_id for _, paper_id in ordered[:head]]), wanted)
        if head >= len(ordered) or (len(page) == wanted and page[-1] > (2.0 * ordered[head][0], ordered[head][1])):
            return [(paper_id, score) for score, paper_id in page]
        ordered = pairs
        lowest = min(paper_id for _, paper_id in ordered)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid >= %s",
                           [self.pruned(self.finding(exact)), lowest])
            exact_ids = {int(row[0]) for row in cursor.fetchall()}
        return [(paper_id, score) for score, paper_id in self._boosted(ordered, exact_ids, wanted)]

    def _inside_weighed(self, pairs: list[tuple[float, int]], core: str, head: int,
                        expression: str | None = None) -> list[tuple[float, int]]:
        """Return ``(score, id)`` with what only the alternatives inside other words add weighed as parts.

        BM25 adds up every alternative a paper holds; the best ``head`` candidates are scored
        again on the core of the query, and the rest of their score keeps ``INSIDE_SHARE``. Of a
        required part's alternatives outside the core (``query.INSIDE_ORIGINS``: compounds a word
        starts, a translation's words apart), only the best word counts there: a long record holds
        many such common words by chance (``_loose_surplus``). Scores only fall, so nothing below
        the head can overtake it. Skipped for queries too broad to be ranked by BM25 (their
        scores are not BM25).
        """
        # The core's terms are among the whole query's: their counts are read once.
        reads, counts, total = self._reads(expression or core)
        if expression and self._reads(core, (counts, total))[0] > BM25_BUDGET:
            return pairs
        if not expression and reads > BM25_BUDGET:
            return pairs
        ordered = heapq.nlargest(head, pairs)
        ids = {paper_id for _, paper_id in ordered}
        version = self._index_version()
        pruned = self.pruned(core, version)
        # A query too broad for BM25 was ranked without it: its scores are not BM25's sums.
        loose = self._loose_groups(self.pruned(expression, version), pruned) if expression and reads <= BM25_BUDGET else []
        phrases = list(dict.fromkeys(phrase for group in loose for _, inside in group for phrase in inside))
        several = list(dict.fromkeys(text for group in loose for text, inside in group if len(inside) > 1))
        # One pass over the id range, not ``rowid IN (...)``: FTS5 restarts its cursor for
        # each listed id and ``bm25()`` then counts every phrase's papers again, once per id.
        # The scores are the same (they depend on the row and the whole index only).
        # Only the head's rows are scored and handed over: the ids are looked up among the matches.
        # In the same statement: each loose phrase scored on its own, and which loose alternatives
        # of several phrases each paper matches.
        among, among_params = _within_range(ids)
        arms, params = [], []
        for number, (text, score) in enumerate([(pruned, f"-{_BM25}")] + [(phrase, f"-{_BM25}") for phrase in phrases]
                                               + [(text, "0") for text in several]):
            arms.append(f"SELECT {number}, rowid, {score} FROM {TABLE} WHERE {TABLE} MATCH %s AND {among}")
            params.extend([text, *among_params])
        scores: dict[int, float] = {}
        alone: dict[int, dict[str, float]] = {}
        matched: dict[int, set[str]] = {}
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(arms), params)
            for number, paper_id, score in cursor.fetchall():
                if number == 0:
                    scores[int(paper_id)] = float(score)
                elif number <= len(phrases):
                    alone.setdefault(int(paper_id), {})[phrases[number - 1]] = float(score)
                else:
                    matched.setdefault(int(paper_id), set()).add(several[number - 1 - len(phrases)])
        weighed = {}
        for score, paper_id in ordered:
            core_score = scores.get(paper_id, 0.0)
            surplus = _loose_surplus(loose, alone.get(paper_id, {}), matched.get(paper_id, set())) if loose else 0.0
            weighed[paper_id] = core_score + INSIDE_SHARE * max(score - core_score - surplus, 0.0)
        return [(weighed.get(paper_id, score), paper_id) for score, paper_id in pairs]

    @staticmethod
    def _loose_groups(expression: str, core: str) -> list[list[_Loose]]:
        """Return, per required part of ``expression``, its alternatives outside ``core`` (both as run).

        An alternative stands as often as the part names it. A part whose alternatives outside the
        core hold one phrase once adds it whole, as before: only the other parts are scored apart.
        """
        kept = {text for part in part_alternatives(core) for text, _ in part}
        groups = []
        for part in part_alternatives(expression):
            outside = [alternative for alternative in part if alternative[0] not in kept]
            if sum(len(inside) for _, inside in outside) > 1:
                groups.append(outside)
        groups = groups[:LOOSE_PARTS]
        wanted = {phrase for group in groups for _, inside in group for phrase in inside}
        wanted.update(text for group in groups for text, inside in group if len(inside) > 1)
        return groups if len(wanted) <= LOOSE_PHRASES else []

    @staticmethod
    def _boosted(ordered: Sequence[tuple[float, int]], exact_ids: set[int], wanted: int) -> list[tuple[float, int]]:
        # The page only: ``ordered`` may be every candidate (thousands), and a heap keeps ``wanted``.
        return heapq.nlargest(wanted, ((score * 2.0 if paper_id in exact_ids else score, paper_id)
                                       for score, paper_id in ordered))

    def matching(self, expression: str, paper_ids: Sequence[int]) -> set[int]:
        # The index alone answers: no join with the facet table.
        return self._matching(expression, paper_ids)

    def any_match(self, expression: str, narrowing: Narrowing) -> bool:
        return super().any_match(self.finding(expression), narrowing)

    def by_date(
        self, expression: str | None, narrowing: Narrowing, *, newest: bool = True, offset: int = 0, limit: int = 20
    ) -> list[int]:
        return super().by_date(self.finding(expression), narrowing, newest=newest, offset=offset, limit=limit)

    def newer_matches(
        self, expression: str | None, narrowing: Narrowing, *, after, below: int, limit: int, scan: int
    ) -> list[tuple[int, object]]:
        # Each paper walked is tested on its own: every alternative costs a look-up per paper.
        finding = None if expression is None else self.pruned(self.finding(expression))
        return super().newer_matches(finding, narrowing, after=after, below=below, limit=limit, scan=scan)

    def _matching(self, expression: str, paper_ids: Sequence[int]) -> set[int]:
        """Return which of ``paper_ids`` (a few hundred at most) match ``expression``."""
        if not paper_ids:
            return set()
        finding = self.pruned(self.finding(expression))
        if self._range_is_cheaper(finding, max(paper_ids) - min(paper_ids) + 1, len(paper_ids)):
            among, among_params = _within_range(paper_ids)
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND {among}", [finding, *among_params])
                return {int(row[0]) for row in cursor.fetchall()}
        # FTS5 sets the whole expression up again for each id of ``IN``.
        marks = ", ".join(["%s"] * len(paper_ids))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid IN ({marks})",
                           [finding, *paper_ids])
            return {int(row[0]) for row in cursor.fetchall()}

    def _range_is_cheaper(self, expression: str, width: int, tested: int) -> bool:
        """Return whether stepping through the matches among ``width`` ids costs less than testing ``tested`` ids.

        The matches in the range are estimated from the term statistics: at most the share of
        papers holding any of the expression's terms (every paper, without statistics).
        """
        counts, phrases, total = self._frequencies(expression)
        share = min(1.0, sum(counts.values()) / total) if total > 0 else 1.0
        return width * share < RANGE_STEPS_PER_TEST * tested * max(len(phrases), 1)

    def search(self, expression: str, limit: int = 20) -> list[tuple[int, float]]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -{_BM25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY score DESC LIMIT %s",
                [expression, limit],
            )
            return [(int(row[0]), float(row[1])) for row in cursor.fetchall()]

    def count_matches(self, expression: str) -> int:
        """Return how many indexed papers match ``expression`` (engine only)."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH %s", [expression])
            return int(cursor.fetchone()[0])

    def count(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return int(cursor.fetchone()[0])

    def size_bytes(self) -> int | None:
        with connection.cursor() as cursor:
            try:
                cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s", [f"{TABLE}%"])
            except Exception:  # noqa: BLE001 - dbstat is an optional SQLite feature
                return None
            value = cursor.fetchone()[0]
            return int(value) if value is not None else 0
