"""Keep the search index in step with the papers.

``index_paper`` and ``remove_paper`` are called by the code that writes papers, inside
its transaction, so the index and the records commit (or roll back) together.
``rebuild`` analyses every live paper again, in batches and, when asked, in several
processes; it is what ``townhall search-rebuild`` runs.

``body_terms`` is pure (no database, no Django): the ingest runs it in its reading processes
and hands the result to ``index_paper``, so the process that writes only stores ready terms.

A paper is indexed in its own language (``paper.language``); a paper without a
supported language is indexed as ``"und"``: case-folded words, no stemming, no
stopwords, which the query side always searches as well.
"""

from __future__ import annotations

import functools
import multiprocessing
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from townhall.search.analyzers import LANGUAGES, UNDETERMINED, analyze_document
from townhall.search.backends.base import IndexEntry

if TYPE_CHECKING:
    from townhall.core.models import Paper


def get_backend():
    """Return the configured search backend (imported on use, so that pure callers need no Django)."""
    from townhall.search.backends import get_backend as configured

    return configured()


def _papers():
    # Imported on use: reading processes import this module for body_terms without Django.
    from townhall.core.models import Paper

    return Paper

#: Papers read, analysed and written per batch by ``rebuild``.
REBUILD_BATCH = 1000
_CARD_REFERENCE_KEYS = ("case", "document", "paper")

# (paper id, language, title, reference text, body text, route and attachment names,
# the words naming its municipality)
PaperRow = tuple[int, str, str, str, str, str, str]


def document_language(language: str | None) -> str:
    """Return the analysis language for a paper's language code ("und" when unsupported)."""
    return language if language in LANGUAGES else UNDETERMINED


def reference_text(reference: str, card: dict | None) -> str:
    """Return the paper's reference numbers: its own and those its card read from the document."""
    found = [reference] if reference else []
    references = (card or {}).get("references") if isinstance(card, dict) else None
    if isinstance(references, dict):
        for key in _CARD_REFERENCE_KEYS:
            value = references.get(key)
            if isinstance(value, str) and value and value not in found:
                found.append(value)
    return " ".join(found)


@dataclass(frozen=True)
class BodyTerms:
    """A body text analysed for the index: which text, in which language, and its terms."""

    language: str
    length: int
    digest: int
    stream: str
    extras: str

    def fits(self, text: str, language: str | None) -> bool:
        """Say whether these terms were made from *text* in *language* (else analyse again)."""
        return self.language == document_language(language) and self.length == len(text) and self.digest == _digest(text)


def _digest(text: str) -> int:
    # Not hash(): string hashes differ between processes.
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def body_terms(text: str, language: str | None) -> BodyTerms:
    """Analyse a paper's body text for the index, without touching the database."""
    language = document_language(language)
    terms = analyze_document(text or "", language)
    return BodyTerms(language, len(text or ""), _digest(text or ""), " ".join(terms.stream), " ".join(terms.extras))


def entry_for(row: PaperRow, body: BodyTerms | None = None) -> IndexEntry:
    """Analyse one paper's texts into the six index columns.

    *body*, when given and made from this row's body text, is used instead of analysing it again.
    """
    paper_id, language, title, reference, text, context, place = row
    language = document_language(language)
    title_terms = analyze_document(title or "", language)
    reference_terms = analyze_document(reference or "", language)
    context_terms = analyze_document(context or "", language)
    place_terms = analyze_document(place or "", language)
    if body is None or not body.fits(text or "", language):
        body = body_terms(text or "", language)
    return IndexEntry(
        paper_id=paper_id,
        title=" ".join(title_terms.stream),
        reference=" ".join(reference_terms.stream),
        body=body.stream,
        extras=" ".join(part for part in (" ".join(reference_terms.extras), body.extras,
                                          " ".join(context_terms.extras), " ".join(place_terms.stream)) if part),
        # Apart from the title: a quoted word is never found as a part, and a title with the
        # word itself ranks above one with it inside a compound.
        title_parts=" ".join(title_terms.extras),
        context=" ".join(context_terms.stream),
    )


def _indexed_text(text: str | None, public: bool | None, deleted: bool | None) -> str:
    # The text of a withheld main file is searchable by nobody: a search cannot tell who may read
    # which column, so it is left out of the index (the paper is still found by title and reference).
    return (text or "") if public and not deleted else ""


def paper_contexts(paper_ids: Iterable[int]) -> dict[int, str]:
    """Return, per paper id, the names of the organizations on its route and of its shown attachments.

    A committee a paper goes through says what the paper is about even where its text only names
    the committee in a table (or not at all, for a harvested paper); an attachment's name
    ("Kostenschätzung", "Denkmalrahmenplan") describes part of the paper in words of its own.
    An attachment withheld on its own (its Public flag off) or deleted gives nothing: its name
    may say what is withheld.
    """
    from townhall.core.models import Consultation, File

    ids = list(paper_ids)
    names: dict[int, list[str]] = {}
    if not ids:
        return {}
    route = (
        Consultation.objects.filter(paper_id__in=ids, organizations__deleted=False)
        .order_by("paper_id", "position", "pk")
        .values_list("paper_id", "organizations__name")
    )
    attachments = (
        File.objects.filter(auxiliary_of_papers__in=ids, public=True)
        .order_by("pk")
        .values_list("auxiliary_of_papers", "name")
    )
    for paper_id, name in (*route, *attachments):
        if name and name not in names.setdefault(paper_id, []):
            names[paper_id].append(name)
    return {paper_id: " ; ".join(found) for paper_id, found in names.items()}


@functools.lru_cache(maxsize=256)
def naming_words(name: str, short: str = "") -> str:
    """Return the words that name a municipality ("München" of "Landeshauptstadt München", "Kent").

    A paper is indexed with them among its parts: "Wirtschaftsausschuss München" asks for
    Munich's committee, in a paper that may never write the city's name. Weighed as parts, they
    let such a paper count as holding the name without ranking every paper of Dublin above a
    paper on a conference held there. Only the distinctive words count: no paper of "Kent
    County Council" is about a council or a county for that.
    """
    from townhall.search.names import distinctive_words

    return " ".join(dict.fromkeys(word for label in (name, short) if label for word in distinctive_words(label)))


def paper_row(paper: Paper) -> PaperRow:
    """Return the texts of ``paper`` that the index holds."""
    return _row(paper, paper_contexts([paper.pk]).get(paper.pk, ""))


def _row(paper: Paper, context: str) -> PaperRow:
    main = paper.main_file if paper.main_file_id else None
    body = _indexed_text(main.text, main.public, main.deleted) if main else ""
    return (paper.pk, paper.language, paper.name, reference_text(paper.reference, paper.card), body or "", context,
            naming_words(paper.body.name, paper.body.short_name))


def index_paper(paper: Paper, body: BodyTerms | None = None) -> None:
    """Store ``paper`` in the search index, or take it out if it is soft-deleted.

    *body* is its main file's text already analysed by :func:`body_terms` (the ingest does
    that in its reading processes); it is checked against the text and ignored when stale.
    """
    if paper.deleted:
        remove_paper(paper)
        return
    get_backend().index([entry_for(paper_row(paper), body)])


def index_papers(pks: Iterable[int], batch_size: int = 500) -> int:
    """Bring the index up to date for the papers with these ids (live ones indexed, deleted ones removed)."""
    pending = sorted(set(pks))
    done = 0
    for start in range(0, len(pending), batch_size):
        chunk = pending[start:start + batch_size]
        papers = list(_papers().all_objects.filter(pk__in=chunk).select_related("main_file", "body"))
        live = [paper for paper in papers if not paper.deleted]
        get_backend().remove([paper.pk for paper in papers if paper.deleted])
        contexts = paper_contexts(paper.pk for paper in live)
        done += get_backend().index([entry_for(_row(paper, contexts.get(paper.pk, ""))) for paper in live])
    return done


def remove_paper(paper: Paper) -> None:
    """Take ``paper`` out of the search index."""
    get_backend().remove([paper.pk])


def paper_changed(paper: Paper) -> None:
    """Bring the index up to date after ``paper`` was saved, soft-deleted or restored."""
    index_paper(paper)


def _row_batches(batch_size: int) -> Iterator[list[PaperRow]]:
    """Yield the live papers' index texts in batches, by ascending id."""
    last = 0
    while True:
        rows = list(
            _papers().objects.filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", "language", "name", "reference", "card", "main_file__text", "main_file__public",
                         "main_file__deleted", "body__name", "body__short_name")[:batch_size]
        )
        if not rows:
            return
        last = rows[-1][0]
        contexts = paper_contexts(row[0] for row in rows)
        yield [(pk, lang, name, reference_text(ref, card), _indexed_text(text, public, deleted), contexts.get(pk, ""),
                naming_words(body_name, body_short))
               for pk, lang, name, ref, card, text, public, deleted, body_name, body_short in rows]


def _entries(rows: Sequence[PaperRow]) -> list[IndexEntry]:
    return [entry_for(row) for row in rows]


def _analysed_batches(batches: Iterable[list[PaperRow]], workers: int) -> Iterator[list[IndexEntry]]:
    if workers <= 1:
        for rows in batches:
            yield _entries(rows)
        return
    # Rows are read here, in the thread that owns the database connection; only the
    # pure analysis goes to the worker processes, a few batches ahead of the writer.
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        pending: deque = deque()
        for rows in batches:
            pending.append(pool.apply_async(_entries, (rows,)))
            if len(pending) > workers * 2:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def rebuild(
    *, progress: Callable[[int], None] | None = None, batch_size: int = REBUILD_BATCH, workers: int = 1
) -> int:
    """Replace the whole index with every live paper; return how many were indexed.

    ``progress(n)`` is called after each batch of ``n`` papers. ``workers`` > 1 analyses
    in that many processes while this one reads and writes.
    """
    return get_backend().rebuild(_analysed_batches(_row_batches(batch_size), workers), progress)


def papers_to_index() -> int:
    """Return how many live papers a rebuild would index."""
    return _papers().objects.count()
