"""`townhall extract FILE`: the card of one document on standard output, without a database."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from bench.corpus.pdf_writer import text_pdf

SCHEMA_KEYS = {
    "language", "kind", "title", "municipality", "date", "public", "references", "author_unit", "case_handler",
    "signatories", "addressees", "consultations", "deadlines", "events", "attachments", "emails", "phones", "urls",
    "organizations", "people", "action_items",
}


def _townhall(*args: str, env: dict | None = None, data_dir: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "TOWNHALL_DATA_DIR": str(data_dir), **(env or {})}
    return subprocess.run([sys.executable, "-m", "townhall.cli", *args], capture_output=True, text=True, env=environment, timeout=120)


def _extract(*args: str) -> str:
    out = io.StringIO()
    call_command("extract", *map(str, args), stdout=out)
    return out.getvalue()


def test_card_is_printed_as_json_with_every_schema_key(write, german_proposal):
    card = json.loads(_extract(write("vorlage.txt", german_proposal)))
    assert SCHEMA_KEYS <= set(card)
    assert set(card["references"]) == {"case", "document", "paper", "agenda_item"}


def test_card_holds_what_the_document_says(write, german_proposal):
    card = json.loads(_extract(write("vorlage.txt", german_proposal), "--format", "json"))
    assert (card["kind"], card["municipality"], card["date"]) == ("proposal", "Stadt Lindenau", "2025-03-03")
    assert card["deadlines"][0]["date"] == "2025-03-14"


def test_card_of_a_pdf_is_read_from_its_text_layer(write, german_proposal):
    card = json.loads(_extract(write("vorlage.pdf", text_pdf(german_proposal))))
    assert card["title"] == "Sprachförderung in Kindertagesstätten"


def test_text_format_prints_the_extracted_plain_text(write, german_proposal):
    text = _extract(write("vorlage.pdf", text_pdf(german_proposal)), "--format", "text")
    assert "Beschlussvorschlag:" in text
    assert not text.lstrip().startswith("{")


def test_unreadable_file_gives_one_sentence_on_stderr_and_exit_status_one(write, tmp_path):
    result = _townhall("extract", str(write("leer.txt", "")), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().endswith("leer.txt is empty.")
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_gives_a_clear_error(tmp_path):
    result = _townhall("extract", str(tmp_path / "nowhere.pdf"), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "no longer exists" in result.stderr or "nowhere.pdf" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("database_url", ["postgresql://nobody:secret@127.0.0.1:9/none", "sqlite:///{data}/never-migrated.sqlite3"])
def test_extract_works_without_a_usable_database(write, tmp_path, german_proposal, database_url):
    data_dir = tmp_path / "data"
    result = _townhall("extract", str(write("vorlage.txt", german_proposal)), data_dir=data_dir,
                       env={"TOWNHALL_DATABASE_URL": database_url.format(data=data_dir)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "proposal"
