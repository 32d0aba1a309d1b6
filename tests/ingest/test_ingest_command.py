"""`townhall ingest`: folders in, papers out; re-runs, versions, e-mail, --body, --errors and the summary."""

import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from django.core.management import call_command

from townhall.core.models import Body, File, Paper
from bench.corpus import generate_corpus
from bench.corpus.pdf_writer import text_pdf
from townhall.ingest.models import IngestError


def test_folder_is_ingested_recursively(run_ingest, write, german_proposal, danish_memo):
    write("2025/maerz/vorlage.txt", german_proposal)
    write("2025/mai/notat.txt", danish_memo)
    result = run_ingest(write("2025/vorlage.pdf", text_pdf(german_proposal + "\nFassung als PDF\n")).parent.parent, "--body", "Stadt Lindenau")
    assert result.status == 0
    assert Paper.objects.count() == 3


def test_single_files_can_be_named(run_ingest, write, german_proposal, danish_memo):
    first = write("vorlage.txt", german_proposal)
    write("ignored.txt", danish_memo)
    run_ingest(first)
    assert list(Paper.objects.values_list("name", flat=True)) == ["Sprachförderung in Kindertagesstätten"]


def test_hidden_files_and_excluded_names_are_skipped(run_ingest, write, german_proposal):
    write(".~lock.vorlage.txt", german_proposal + "x")
    write("vorlage.truth.json", '{"kind": "proposal"}')
    result = run_ingest(write("vorlage.txt", german_proposal).parent, "--exclude", "*.json")
    assert Paper.objects.count() == 1
    assert "failed:                        0" in result.stdout


def test_body_is_taken_from_the_document(run_ingest, write, german_proposal):
    run_ingest(write("vorlage.txt", german_proposal))
    assert Paper.objects.get().body.name == "Stadt Lindenau"


def test_body_option_names_the_body_for_documents_that_do_not(run_ingest, write, danish_memo):
    run_ingest(write("notat.txt", danish_memo), "--body", "Søby Kommune")
    assert Paper.objects.get().body == Body.objects.get(name="Søby Kommune")


def test_summary_reports_new_duplicate_and_failed_documents_by_reason(run_ingest, write, german_proposal):
    write("a.txt", german_proposal)
    write("kopie.txt", german_proposal)
    write("leer.txt", "")
    result = run_ingest(write("kaputt.pdf", b"%PDF-1.7\n1 0 obj"), "--body", "Stadt Lindenau")
    result = run_ingest(write("a.txt", german_proposal).parent, "--body", "Stadt Lindenau")
    assert "new papers:                    1" in result.stdout
    assert "skipped as duplicates:         1" in result.stdout
    assert "failed:                        2" in result.stdout
    assert "corrupt" in result.stdout and "empty" in result.stdout


def test_exit_status_is_one_when_a_document_failed(run_ingest, write, german_proposal):
    write("leer.txt", "")
    result = run_ingest(write("vorlage.txt", german_proposal).parent)
    assert result.status == 1
    assert "1 document could not be ingested" in result.stderr
    assert Paper.objects.count() == 1


def test_exit_status_is_zero_when_every_document_was_ingested(run_ingest, write, german_proposal):
    assert run_ingest(write("vorlage.txt", german_proposal)).status == 0


def test_running_again_over_the_same_folder_adds_nothing(run_ingest, write, german_proposal, danish_memo):
    write("notat.txt", danish_memo)
    folder = write("vorlage.txt", german_proposal).parent
    run_ingest(folder, "--body", "Stadt Lindenau")
    again = run_ingest(folder, "--body", "Stadt Lindenau")
    assert (Paper.objects.count(), File.objects.count()) == (2, 2 + 1)  # two main files, one named attachment
    assert "skipped as duplicates:         2" in again.stdout


def test_changed_file_at_the_same_path_becomes_a_new_version(run_ingest, write, german_proposal):
    run_ingest(write("vorlage.txt", german_proposal))
    result = run_ingest(write("vorlage.txt", german_proposal.replace("14.03.2025", "21.03.2025")))
    paper = Paper.objects.get()
    assert "new versions:                  1" in result.stdout
    assert paper.version == 2
    assert [str(d.date) for d in paper.deadlines.all()] == ["2025-03-21"]


def test_email_attachments_are_stored_as_auxiliary_files_with_their_text(run_ingest, write, danish_memo):
    message = EmailMessage()
    message["From"] = "forvaltningen@soeby.dk"
    message["To"] = "udvalg@soeby.dk"
    message["Subject"] = "Orientering om ny affaldsordning"
    message.set_content(danish_memo)
    message.add_attachment(text_pdf("Tidsplan for affaldsordningen i Søby Kommune."), maintype="application", subtype="pdf",
                           filename="tidsplan.pdf")
    run_ingest(write("besked.eml", message.as_bytes()), "--body", "Søby Kommune")
    paper = Paper.objects.get()
    attachment = paper.auxiliary_files.get(file_name="tidsplan.pdf")
    assert attachment.has_content
    assert "Tidsplan" in attachment.text
    assert paper.main_file.mime_type == "message/rfc822"


def test_each_failure_is_stored_with_path_stage_reason_and_hash(run_ingest, write):
    path = write("garbage.txt", bytes(range(256)) * 20)
    run_ingest(path)
    error = IngestError.objects.get()
    assert (error.path, error.stage, error.reason) == (str(path), "extract", "binary_garbage")
    assert len(error.sha256) == 64
    assert "garbage.txt" in error.message


def test_failing_again_updates_the_stored_error_instead_of_adding_one(run_ingest, write):
    path = write("leer.txt", "")
    run_ingest(path)
    run_ingest(path)
    assert IngestError.objects.count() == 1


def test_error_is_marked_resolved_when_the_path_is_later_ingested(run_ingest, write, german_proposal):
    path = write("vorlage.txt", "")
    run_ingest(path)
    write("vorlage.txt", german_proposal)
    run_ingest(path)
    assert IngestError.objects.get().resolved


def test_errors_option_lists_recent_errors(run_ingest, write):
    run_ingest(write("leer.txt", ""))
    listing = run_ingest("--errors")
    assert "leer.txt" in listing.stdout
    assert "empty" in listing.stdout


def test_errors_option_leaves_out_resolved_errors_unless_asked(run_ingest, write, german_proposal):
    path = write("vorlage.txt", "")
    run_ingest(path)
    write("vorlage.txt", german_proposal)
    run_ingest(path)
    assert "No unresolved ingest errors." in run_ingest("--errors").stdout
    assert "vorlage.txt" in run_ingest("--errors", "--all").stdout


def test_missing_path_is_reported_and_the_run_goes_on(run_ingest, write, tmp_path, german_proposal):
    result = run_ingest(tmp_path / "nowhere.txt", write("vorlage.txt", german_proposal))
    assert Paper.objects.count() == 1
    assert IngestError.objects.get().reason == "not_found"
    assert result.status == 1


def test_without_paths_the_command_asks_for_one(run_ingest):
    result = run_ingest()
    assert result.status == 1
    assert "at least one file or folder" in result.stderr


def test_jobs_option_reads_in_worker_processes(run_ingest, write, german_proposal):
    for n in range(4):
        write(f"vorlage-{n}.txt", german_proposal + f"\nLaufende Nummer {n}\n")
    result = run_ingest(write("leer.txt", "").parent, "--jobs", "2")
    assert Paper.objects.count() == 4
    assert IngestError.objects.get().reason == "empty"
    assert result.status == 1


def test_progress_is_written_as_plain_lines_when_not_on_a_terminal(run_ingest, write, german_proposal):
    result = run_ingest(write("vorlage.txt", german_proposal))
    assert "documents/s" in result.stderr
    assert "\x1b[" not in result.stderr


DOCS = Path(__file__).resolve().parents[2] / "docs" / "ingest.md"


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_every_command_option_is_documented(command):
    from django.core.management import load_command_class

    parser = load_command_class("townhall.ingest", command).create_parser("townhall", command)
    documented = DOCS.read_text(encoding="utf-8")
    options = {option for action in parser._actions for option in action.option_strings if option.startswith("--")}
    missing = sorted(option for option in options - {"--help", "--version", "--verbosity", "--settings", "--pythonpath",
                                                   "--traceback", "--no-color", "--force-color", "--skip-checks"}
                     if option not in documented)
    assert missing == []


def test_every_failure_reason_is_documented():
    from townhall.reading.extractors import REASONS
    from townhall.ingest.pipeline import PIPELINE_REASONS
    from townhall.ingest.sources import SOURCE_REASONS

    documented = DOCS.read_text(encoding="utf-8")
    assert [reason for reason in (*SOURCE_REASONS, *REASONS, *PIPELINE_REASONS) if f"`{reason}`" not in documented] == []


def test_ingested_paper_is_found_by_search(run_ingest, write, german_proposal):
    from django.contrib.auth.models import AnonymousUser

    from townhall.search.selectors import search_papers

    run_ingest(write("vorlage.txt", german_proposal))
    results = search_papers(query="Sprachförderung", user=AnonymousUser())
    assert [hit.paper.reference for hit in results.hits] == ["0412/2025"]


def test_generated_corpus_is_ingested_without_failures(run_ingest, tmp_path):
    generate_corpus(tmp_path / "corpus", 12, seed=3, pdf_share=0.25)
    result = run_ingest(tmp_path / "corpus", "--exclude", "*.truth.json", "--body", "Korpuskommune")
    assert result.status == 0
    assert Paper.objects.count() == 12


def test_link_to_a_parent_folder_does_not_make_the_walk_endless(run_ingest, write, german_proposal):
    path = write("akten/vorlage.txt", german_proposal)
    (path.parent / "loop").symlink_to(path.parent.parent, target_is_directory=True)
    result = run_ingest(path.parent.parent)
    assert result.status == 0
    assert Paper.objects.count() == 1


def test_ingest_that_grows_the_search_index_refreshes_its_term_statistics(run_ingest, tmp_path):
    from django.db import connection

    from townhall.search.backends import get_backend
    from townhall.search.backends.sqlite_fts5 import STATS_TABLE

    if get_backend().vendor != "sqlite":
        pytest.skip("only the SQLite backend keeps term statistics")
    generate_corpus(tmp_path / "corpus", 110, seed=4, pdf_share=0.0)
    assert run_ingest(tmp_path / "corpus", "--exclude", "*.truth.json", "--body", "Korpuskommune").status == 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT docs FROM {STATS_TABLE} WHERE term = ''")
        assert cursor.fetchone() == (110,)
