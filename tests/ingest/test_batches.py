"""Several documents in one transaction: each still stands or falls alone, and is counted once stored."""

from datetime import date

import pytest

from townhall.core import services
from townhall.core.models import File, Paper
from townhall.ingest.batches import WriteBatch
from townhall.reading.card import Card, DeadlineFact
from townhall.ingest.linking import Linker
from townhall.ingest.models import IngestError
from townhall.ingest.pipeline import DUPLICATE, NEW, DocumentReading, ingest
from townhall.ingest.sources import FileSource, SourceDocument

# These tests count documents; a batch also commits after a quarter second, which a loaded machine
# can take for one document, so time never closes their batches.
_NO_TIME_LIMIT = 3600.0


def _card(**fields) -> Card:
    fields.setdefault("language", "de")
    fields.setdefault("kind", "proposal")
    fields.setdefault("title", "Sprachförderung in Kindertagesstätten")
    fields.setdefault("municipality", "Stadt Lindenau")
    return Card(**fields)


def _link(linker: Linker, card: Card, name: str, data: bytes) -> str:
    uri = f"file:///akten/{name}"
    document = SourceDocument(uri=uri, name=name, location=uri)
    reading = DocumentReading(text=data.decode(), language=card.language, mime_type="text/plain", card=card)
    return linker.link(document=document, data=data, reading=reading)


@pytest.fixture
def lindenau(db):
    return services.body_create(name="Stadt Lindenau", short_name="Lindenau", language="de", country="DE")


def test_document_failing_inside_a_batch_is_rolled_back_alone(lindenau):
    linker, batch = Linker(), WriteBatch(max_documents=10, max_seconds=_NO_TIME_LIMIT)
    batch.begin()
    assert _link(linker, _card(), "a.txt", b"Vorlage A") == NEW
    with pytest.raises(Exception):
        # Fails after its file and paper were written: only those are rolled back.
        _link(linker, _card(deadlines=(DeadlineFact("not a date", "kaputt"),)), "b.txt", b"Vorlage B")
    assert _link(linker, _card(deadlines=(DeadlineFact(date(2025, 5, 1), "Frist"),)), "c.txt", b"Vorlage C") == NEW
    batch.commit()
    assert sorted(Paper.objects.values_list("source_uri", flat=True)) == ["file:///akten/a.txt", "file:///akten/c.txt"]
    assert File.objects.filter(storage_name__gt="").count() == 2
    assert Paper.objects.get(source_uri="file:///akten/c.txt").deadlines.count() == 1


def test_copy_of_a_document_earlier_in_the_same_batch_is_a_duplicate(lindenau):
    linker, batch = Linker(), WriteBatch(max_documents=10, max_seconds=_NO_TIME_LIMIT)
    batch.begin()
    assert _link(linker, _card(), "a.txt", b"Vorlage A") == NEW
    assert _link(linker, _card(), "kopie.txt", b"Vorlage A") == DUPLICATE
    assert _link(linker, _card(), "c.txt", b"Vorlage C") == NEW
    batch.commit()
    assert Paper.objects.count() == 2


def test_what_waits_for_the_commit_runs_only_when_it_commits(db):
    batch, done = WriteBatch(max_documents=10, max_seconds=_NO_TIME_LIMIT), []
    batch.begin()
    batch.after_commit(lambda: done.append("a"))
    batch.document_done()
    assert done == []
    batch.commit()
    assert done == ["a"]


def test_without_an_open_transaction_what_waits_runs_at_once(db):
    done = []
    WriteBatch().after_commit(lambda: done.append("a"))
    assert done == ["a"]


def test_batch_commits_by_itself_once_it_holds_its_number_of_documents(lindenau):
    linker, batch, done = Linker(), WriteBatch(max_documents=2, max_seconds=_NO_TIME_LIMIT), []
    batch.begin()
    _link(linker, _card(), "a.txt", b"Vorlage A")
    batch.after_commit(lambda: done.append("a"))
    batch.document_done()
    assert batch.is_open
    _link(linker, _card(), "b.txt", b"Vorlage B")
    batch.after_commit(lambda: done.append("b"))
    batch.document_done()
    assert not batch.is_open
    assert done == ["a", "b"]


def test_rolled_back_batch_stores_nothing_and_counts_nothing(lindenau):
    linker, batch, done = Linker(), WriteBatch(max_documents=10, max_seconds=_NO_TIME_LIMIT), []
    batch.begin()
    _link(linker, _card(), "a.txt", b"Vorlage A")
    batch.after_commit(lambda: done.append("a"))
    batch.rollback()
    assert not Paper.objects.exists()
    assert done == []


def test_ingest_in_workers_stores_every_good_document_beside_failing_ones(db, write, german_proposal, danish_memo, finnish_text):
    proposals = [german_proposal.replace("0412/2025", f"04{number:02}/2025") for number in range(8)]
    for number, proposal in enumerate(proposals):
        write(f"vorlagen/vorlage-{number}.txt", proposal)
    write("vorlagen/kopie.txt", proposals[3])
    write("vorlagen/leer.txt", "")
    write("vorlagen/ohne-kommune.txt", finnish_text)
    summary = ingest(FileSource([write("vorlagen/notat.txt", danish_memo).parent]).documents(), jobs=2)
    assert (summary.new, summary.duplicates, dict(summary.failed)) == (9, 1, {"empty": 1, "no_body": 1})
    assert Paper.objects.count() == summary.new
    assert sorted(IngestError.objects.values_list("reason", flat=True)) == ["empty", "no_body"]


def test_transaction_doomed_by_a_failed_write_is_not_counted_as_committed(lindenau):
    from django.db import DatabaseError, transaction

    linker, batch, done = Linker(), WriteBatch(max_documents=10, max_seconds=_NO_TIME_LIMIT), []
    batch.begin()
    _link(linker, _card(), "a.txt", b"Vorlage A")
    batch.after_commit(lambda: done.append("a"))
    transaction.set_rollback(True)
    with pytest.raises(DatabaseError):
        batch.commit()
    assert done == []
    assert not Paper.objects.exists()
