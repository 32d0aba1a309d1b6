"""Bad input: each file gets a clear, stored error with a reason, and the run goes on with the others."""

import pytest

from townhall.core.models import File, Paper
from bench.corpus.pdf_writer import PdfWriter, TextRun, text_pdf
from townhall.ingest.models import IngestError
from townhall.ingest.pipeline import ingest
from townhall.ingest.sources import FileSource


@pytest.fixture
def ingest_beside_a_good_paper(run_ingest, write, german_proposal):
    """Ingest one bad file in a folder with one good paper; return the run's result and the stored error."""

    def run(name: str, content: bytes | str):
        write("gut/vorlage.txt", german_proposal)
        write(f"gut/{name}", content)
        result = run_ingest(write("gut/vorlage.txt", german_proposal).parent)
        assert Paper.objects.count() == 1, "the good paper must be ingested all the same"
        return result, IngestError.objects.get()

    return run


def test_empty_file(ingest_beside_a_good_paper):
    result, error = ingest_beside_a_good_paper("leer.txt", b"")
    assert (error.reason, error.stage) == ("empty", "extract")
    assert result.status == 1


def test_binary_garbage_named_as_text(ingest_beside_a_good_paper):
    _, error = ingest_beside_a_good_paper("notiz.txt", bytes(range(256)) * 40)
    assert error.reason == "binary_garbage"
    assert "notiz.txt" in error.message


def test_binary_garbage_named_as_pdf(ingest_beside_a_good_paper):
    _, error = ingest_beside_a_good_paper("vorlage.pdf", bytes(range(256)) * 40)
    assert error.reason == "corrupt"


def test_truncated_pdf(ingest_beside_a_good_paper, german_proposal):
    whole = text_pdf(german_proposal)
    _, error = ingest_beside_a_good_paper("abgeschnitten.pdf", whole[: len(whole) // 2])
    assert error.reason == "corrupt"


def test_encrypted_pdf(ingest_beside_a_good_paper, german_proposal):
    _, error = ingest_beside_a_good_paper("geheim.pdf", text_pdf(german_proposal, user_password="geheim"))
    assert error.reason == "encrypted"


def test_pdf_bomb(ingest_beside_a_good_paper):
    writer = PdfWriter()
    writer.add_page([TextRun(72, 700, "Plakat")], width=100_000, height=100_000)
    _, error = ingest_beside_a_good_paper("plakat.pdf", writer.to_bytes())
    assert error.reason == "pdf_bomb"


def test_file_over_the_size_limit(ingest_beside_a_good_paper, settings, german_proposal):
    settings.MAX_FILE_BYTES = 4000
    _, error = ingest_beside_a_good_paper("gross.txt", german_proposal * 10)
    assert (error.reason, error.stage) == ("too_large", "read")
    assert "TOWNHALL_MAX_FILE_MB" in error.message


def test_unknown_file_type(ingest_beside_a_good_paper):
    _, error = ingest_beside_a_good_paper("archiv.xyz", bytes(range(256)) * 8)
    assert error.reason == "unsupported_type"


def test_failed_file_is_not_stored(ingest_beside_a_good_paper):
    ingest_beside_a_good_paper("leer.txt", b"")
    assert File.objects.filter(file_name="leer.txt").count() == 0


def test_file_that_disappears_between_listing_and_reading(db, write, german_proposal):
    write("vorlage.txt", german_proposal)
    doomed = write("weg.txt", german_proposal + "\nNoch eine Fassung\n")
    listed = list(FileSource([doomed.parent]).documents())
    doomed.unlink()
    summary = ingest(listed)
    assert (summary.new, dict(summary.failed)) == (1, {"not_found": 1})
    error = IngestError.objects.get()
    assert (error.path, error.stage) == (str(doomed), "read")


def test_text_in_an_unsupported_language_is_kept_as_undetermined(run_ingest, write, finnish_text):
    result = run_ingest(write("kokous.txt", finnish_text), "--body", "Kaupunki")
    paper = Paper.objects.get()
    assert paper.language == "und"
    assert paper.main_file.text.startswith("Kaupunginvaltuusto")
    assert result.status == 0


def test_named_pipe_and_broken_link_in_a_folder_are_recorded_without_hanging(run_ingest, write, german_proposal):
    import os

    folder = write("mappe/vorlage.txt", german_proposal).parent
    os.mkfifo(folder / "pipe.txt")  # no writer: opening it for reading would block for ever
    (folder / "weg.pdf").symlink_to(folder / "gibt-es-nicht.pdf")
    result = run_ingest(folder)
    assert Paper.objects.count() == 1
    assert result.status == 1
    reasons = dict(IngestError.objects.values_list("path", "reason"))
    assert reasons == {str(folder / "pipe.txt"): "unreadable", str(folder / "weg.pdf"): "not_found"}
