"""One document, end to end: its paper (new, or a new version), its files and card records, its index entry."""

from __future__ import annotations

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from townhall.core import access, services
from townhall.core.models import Body, File, Paper
from townhall.core.storage import sha256_hex
from townhall.corrections.services import corrected_card
from townhall.ingest.linking.bodies import BodyResolver
from townhall.ingest.linking.card_records import replace_card_records
from townhall.ingest.linking.directory import Directory, writers_take_turns
from townhall.ingest.linking.files import new_file, store_parts
from townhall.ingest.linking.storable import card_json, clean, fit
from townhall.ingest.outcomes import DUPLICATE, NEW, NEW_VERSION
from townhall.ingest.readings import DocumentReading
from townhall.ingest.rows import RowInsert
from townhall.ingest.sources import SourceDocument
from townhall.reading.card import KINDS
from townhall.search.indexing import entry_for, get_backend, naming_words, paper_contexts, reference_text

# The rows a new paper writes, each kind with one statement prepared once (see townhall.ingest.rows).
_PAPER_ROWS = RowInsert(Paper, (
    "body_id", "source_uri", "name", "reference", "date", "effective_date", "effective_date_source", "kind", "public",
    "language", "card", "main_file_id", "case_handler_id", "ingested_at", "extractor_version",
))


class Linker:
    """Store and link the documents of one ingest run, each document in one atomic block.

    The block is a transaction of its own, or a savepoint when the caller keeps a transaction
    open over several documents (the ingest's :class:`~townhall.ingest.batches.WriteBatch`).

    A document whose source (its ``uri``) already gave a paper becomes a new version of that
    paper: the version number goes up, the new bytes become the main file, the old main file
    stays as an auxiliary file, and the card records are replaced.
    """

    def __init__(self, *, body_name: str | None = None) -> None:
        self.bodies = BodyResolver(body_name)
        self._directories: dict[int, Directory] = {}

    def link(self, *, document: SourceDocument, data: bytes, reading: DocumentReading, sha256: str | None = None) -> str:
        """Store and link one read document; return NEW, NEW_VERSION or DUPLICATE.

        *sha256* is the hash of *data* when the caller has already computed it.
        """
        sha256 = sha256 or sha256_hex(data)
        try:
            with transaction.atomic():
                writers_take_turns()
                return self._link(document, data, sha256, reading)
        except services.DuplicateFile:
            self._forget()
            return DUPLICATE
        except IntegrityError:
            self._forget()
            # The same bytes were stored since the caller checked (a copy earlier in the run, another ingest).
            if File.all_objects.filter(sha256=sha256).exists():
                return DUPLICATE
            raise
        except Exception:
            self._forget()
            raise

    def _forget(self) -> None:
        # Names remembered during a rolled-back transaction may point at rows that no longer exist.
        self._directories.clear()
        self.bodies.forget()

    def directory(self, body: Body, language: str | None) -> Directory:
        directory = self._directories.get(body.pk)
        if directory is None:
            directory = self._directories[body.pk] = Directory(body, language)
        return directory

    def _link(self, document: SourceDocument, data: bytes, sha256: str, reading: DocumentReading) -> str:
        card = reading.card
        known = latest_paper_id(document.uri)
        paper = Paper.objects.select_related("body", "main_file").get(pk=known) if known is not None else None
        if paper is not None:
            # A new version of a known paper keeps the corrections clerks made to its card.
            card = corrected_card(paper.pk, card)
        before = access.linked_to_papers([paper.pk]) if paper is not None else None
        body = paper.body if paper is not None else self.bodies.body_for(card)
        public = card.public is not False
        title = clean(card.title or "").strip()
        text = clean(reading.text)
        # The document's files are hidden with their paper (``visible``), not by a flag of their own.
        main = new_file(
            data, sha256, text, reading, file_name=fit(File, "file_name", document.name),
            mime_type=fit(File, "mime_type", reading.mime_type), body=body, name=fit(File, "name", title or document.name),
            source_uri=fit(File, "source_uri", document.uri), public=True, visible=public, date=card.date,
        )
        directory = self.directory(body, card.language)
        directory.public = public
        # Everyone the card names, looked up (and the new ones created) at once.
        directory.people(name for name in (card.case_handler, *card.signatories) if name and name.strip())
        fields = {
            "name": fit(Paper, "name", title or _stem(document.name)),
            "reference": fit(Paper, "reference", card.references.paper or card.references.case or ""),
            "date": card.date,
            # An undated paper is dated by its route once that is stored (below).
            "effective_date": card.date,
            "effective_date_source": "paper" if card.date else "",
            "kind": card.kind if card.kind in KINDS else "other",
            "public": public,
            "language": reading.language,
            "card": (
                reading.card_json if reading.card_json is not None and text is reading.text and card is reading.card
                else card_json(card)
            ),
            "main_file_id": main,
            "ingested_at": timezone.now(),
            "extractor_version": fit(Paper, "extractor_version", reading.extractor_version),
        }
        if paper is None:
            fields.update(
                body_id=body.pk, source_uri=fit(Paper, "source_uri", document.uri),
                case_handler_id=directory.person(card.case_handler) if card.case_handler else None,
            )
            # A new paper is inserted once, with every value it holds: no model save() and its hooks.
            [pk] = _PAPER_ROWS([tuple(fields[name] for name in _PAPER_ROWS.fields)])
            paper = Paper(pk=pk, body=body, **{name: value for name, value in fields.items() if name != "body_id"})
            paper._state.adding = False
            outcome = NEW
        else:
            _supersede(paper)
            for name, value in fields.items():
                setattr(paper, name, value)
            paper.save()
            outcome = NEW_VERSION
        replace_card_records(paper, card, directory, fresh=outcome == NEW)
        if paper.date is None:
            services.papers_date_refresh([paper.pk])
        parts = store_parts(paper, document, reading, main)
        if outcome == NEW:
            directory.show_named()
            if parts:
                access.refresh(access.Linked(files=set(parts)))
        else:
            access.papers_changed([paper.pk], before=before)
            # What the directory remembers of its records' visibility may be out of date now.
            self._directories.pop(body.pk, None)
        _index(paper, text, reading.index_terms)
        return outcome


def latest_paper_id(source_uri: str) -> int | None:
    """Return the id of the newest live paper read from *source_uri* (None when there is none)."""
    # Plain SQL: asked once per document, where the ORM's query building cost more than the query.
    with connection.cursor() as cursor:
        cursor.execute(_LATEST_PAPER_SQL, [source_uri])
        row = cursor.fetchone()
    return row[0] if row else None


def file_is_stored(sha256: str) -> bool:
    """Say whether a file with these bytes (by SHA-256) is stored, soft-deleted ones included."""
    with connection.cursor() as cursor:
        cursor.execute(_STORED_FILE_SQL, [sha256])
        return cursor.fetchone() is not None


_LATEST_PAPER_SQL = (
    f"SELECT id FROM {Paper._meta.db_table} WHERE source_uri = %s AND NOT deleted ORDER BY id DESC LIMIT 1"
)
_STORED_FILE_SQL = f"SELECT 1 FROM {File._meta.db_table} WHERE sha256 = %s LIMIT 1"


def _index(paper: Paper, text: str, terms) -> None:
    """Store a live paper in the search index; *terms* are its text analysed in the reading worker."""
    row = (paper.pk, paper.language, paper.name, reference_text(paper.reference, paper.card), text,
           paper_contexts([paper.pk]).get(paper.pk, ""), naming_words(paper.body.name, paper.body.short_name))
    get_backend().index([entry_for(row, terms)])


def _supersede(paper: Paper) -> None:
    """Keep the paper's current main file as an auxiliary file and count up its version."""
    old = paper.main_file
    if old is not None:
        old.name = fit(File, "name", f"{old.name or old.file_name} (version {paper.version})")
        old.save(update_fields=["name", "modified"])
        paper.auxiliary_files.add(old)
    paper.version += 1


def _stem(file_name: str) -> str:
    stem, dot, _ = file_name.rpartition(".")
    return stem if dot and stem else file_name
