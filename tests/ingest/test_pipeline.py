"""The pipeline's stages: reading documents without a database, and running an ingest over a stream."""

from email.message import EmailMessage

import pytest

from bench.corpus.pdf_writer import text_pdf
from townhall.reading.extractors import ExtractionError
from townhall.ingest.pipeline import EXTRACTOR_VERSION, Failure, ReadTask, ingest, read_document, read_task
from townhall.ingest.sources import FileSource
from townhall.ingest.supervisor import CHUNK_BYTES, CHUNK_DOCUMENTS, ReaderPool


class Item:
    """A document as the ingest hands it to the pool: its task and its bytes."""

    def __init__(self, task: ReadTask) -> None:
        self.task, self.data = task, task.data


def _failure(task, reason, message):
    return Failure("extract", reason, message)


def _mail_with_attachment(memo: str) -> bytes:
    message = EmailMessage()
    message["From"] = "forvaltningen@soeby.dk"
    message["To"] = "udvalg@soeby.dk"
    message["Subject"] = "Orientering om ny affaldsordning"
    message["Date"] = "Mon, 12 May 2025 09:00:00 +0200"
    message.set_content(memo)
    message.add_attachment(text_pdf("Bilag 1\n\nTidsplan for den nye affaldsordning i Søby Kommune."), maintype="application",
                           subtype="pdf", filename="tidsplan.pdf")
    return message.as_bytes()


def test_read_document_returns_text_language_format_and_card(german_proposal):
    reading = read_document(german_proposal.encode(), "vorlage.txt")
    assert reading.mime_type == "text/plain"
    assert reading.language == "de"
    assert "Sprachförderung" in reading.text
    assert reading.card.kind == "proposal"
    assert reading.card.references.paper == "0412/2025"


def test_read_document_names_the_extractor_in_its_version(german_proposal):
    reading = read_document(german_proposal.encode(), "vorlage.txt")
    assert reading.extractor_version.startswith(EXTRACTOR_VERSION)
    assert "text/" in reading.extractor_version


def test_read_document_reads_a_pdf_text_layer(german_proposal):
    reading = read_document(text_pdf(german_proposal), "vorlage.pdf")
    assert reading.mime_type == "application/pdf"
    assert reading.card.title == "Sprachförderung in Kindertagesstätten"


def test_read_document_raises_extraction_error_with_reason():
    with pytest.raises(ExtractionError) as caught:
        read_document(b"", "leer.txt")
    assert caught.value.reason == "empty"


def test_read_document_applies_the_size_limit_it_is_given(german_proposal):
    with pytest.raises(ExtractionError) as caught:
        read_document(german_proposal.encode(), "vorlage.txt", max_bytes=100)
    assert caught.value.reason == "too_large"


def test_read_document_reads_email_attachments_as_parts(danish_memo):
    reading = read_document(_mail_with_attachment(danish_memo), "besked.eml")
    assert reading.mime_type == "message/rfc822"
    [part] = reading.parts
    assert part.filename == "tidsplan.pdf"
    assert "Tidsplan" in part.reading.text


def test_read_task_turns_an_extraction_error_into_a_failure():
    result = read_task(ReadTask("leer.pdf", b"   ", None, "tesseract"))
    assert result == Failure("extract", "empty", result.message)
    assert "leer.pdf" in result.message


def test_worker_pool_reads_in_other_processes_and_returns_every_document(german_proposal):
    tasks = [ReadTask(f"vorlage-{n}.txt", (german_proposal + f"\nNr. {n}\n").encode(), None, "tesseract") for n in range(6)]
    with ReaderPool(2, failure=_failure) as pool:
        results = list(pool.map_unordered((Item(task) for task in tasks), lambda item: item.task))
    assert sorted(item.task.name for item, _ in results) == sorted(task.name for task in tasks)
    assert all(reading.card.kind == "proposal" for _, reading in results)


def test_worker_pool_returns_every_document_when_they_travel_in_several_chunks(german_proposal):
    # More documents than one chunk holds, and one larger than a chunk's bytes, which travels alone.
    tasks = [ReadTask(f"vorlage-{n}.txt", (german_proposal + f"\nNr. {n}\n").encode(), None, "tesseract") for n in range(CHUNK_DOCUMENTS + 2)]
    tasks.append(ReadTask("lang.txt", (german_proposal + "Begründung. " * (CHUNK_BYTES // 10)).encode(), None, "tesseract"))
    with ReaderPool(2, failure=_failure) as pool:
        results = {item.task.name: reading for item, reading in pool.map_unordered((Item(task) for task in tasks), lambda item: item.task)}
    assert sorted(results) == sorted(task.name for task in tasks)
    assert results["vorlage-17.txt"].card.references.paper == "0412/2025"
    assert "Nr. 17" in results["vorlage-17.txt"].text


def test_ingest_counts_new_duplicate_and_failed_documents(db, write, german_proposal, danish_memo):
    write("a.txt", german_proposal)
    write("copy-of-a.txt", german_proposal)
    write("empty.txt", "")
    summary = ingest(FileSource([write("b.txt", danish_memo).parent]).documents(), body_name="Søby Kommune")
    assert (summary.new, summary.duplicates, dict(summary.failed)) == (2, 1, {"empty": 1})


def test_ingest_calls_back_once_per_document(db, write, german_proposal, danish_memo):
    write("a.txt", german_proposal)
    write("b.txt", "")
    seen = []
    ingest(FileSource([write("c.txt", danish_memo).parent]).documents(), body_name="Søby Kommune",
           on_document=lambda document, outcome, reason: seen.append((document.name, outcome, reason)))
    assert sorted(seen) == [("a.txt", "new", ""), ("b.txt", "failed", "empty"), ("c.txt", "new", "")]


def test_ingest_holds_the_writers_page_cache_down_and_gives_the_connection_its_own_back(db, write, german_proposal):
    from django.db import connection

    from townhall.ingest import pipeline

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's page cache")

    def cache_size() -> int:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            return cursor.fetchone()[0]

    before = cache_size()
    during = []
    ingest(FileSource([write("a.txt", german_proposal)]).documents(), body_name="Stadt Lindenau",
           on_document=lambda *_: during.append(cache_size()))
    assert (set(during), cache_size()) == ({-pipeline.WRITER_PAGE_CACHE_KIB}, before)


def test_analysis_running_out_of_memory_is_too_costly_not_a_defect(monkeypatch, german_proposal):
    import townhall.reading.analysis as analysis

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(analysis, "analyse", exhausted)
    failure = read_task(ReadTask("vorlage.txt", german_proposal.encode(), None, "tesseract"))
    assert isinstance(failure, Failure)
    assert (failure.reason, failure.stage) == ("too_costly", "extract")
