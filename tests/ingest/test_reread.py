"""``townhall reread``: stored documents read again after an upgrade of the reader, corrections kept."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from townhall.core.models import Paper
from townhall.core.storage import get_storage
from townhall.corrections.services import correction_set
from townhall.ingest.readings import EXTRACTOR_VERSION


def _reread(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("reread", *args, stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), exc.returncode
    return out.getvalue(), 0


def _as_if_read_by_an_older_reader(paper: Paper, **card_changes) -> None:
    """Store the card an older reader made: other values, another version."""
    Paper.objects.filter(pk=paper.pk).update(
        extractor_version="townhall-0.1", card={**paper.card, **card_changes}, name=card_changes.get("title", paper.name),
    )


def test_papers_read_by_an_older_reader_get_a_new_card_and_corrections_stay(run_ingest, write, german_proposal):
    run_ingest(write("vorlage.txt", german_proposal))
    paper = Paper.objects.get()
    correction_set(paper=paper, field="case_handler", value="Katrin Albers-Brandt")
    paper.refresh_from_db()
    _as_if_read_by_an_older_reader(paper, title="Sprachförderung", kind="other")

    output, status = _reread()

    assert status == 0, output
    assert "cards renewed:                         1" in output
    paper.refresh_from_db()
    assert paper.extractor_version.startswith(EXTRACTOR_VERSION)
    assert (paper.name, paper.kind, paper.card["title"]) == (
        "Sprachförderung in Kindertagesstätten", "proposal", "Sprachförderung in Kindertagesstätten")
    # The clerk's correction wins over the new reading too.
    assert paper.card["case_handler"] == "Katrin Albers-Brandt"
    assert paper.case_handler.name == "Katrin Albers-Brandt"
    assert paper.version == 1  # the same document, read again: no new version
    # Papers this reader has read already are left alone unless asked.
    output, status = _reread()
    assert status == 0 and "Every stored document was read by this version" in output


def test_a_stored_file_whose_bytes_changed_is_left_alone_and_reported(run_ingest, write, german_proposal, danish_memo):
    run_ingest(write("vorlage.txt", german_proposal))
    run_ingest(write("notat.txt", danish_memo))
    proposal, memo = Paper.objects.order_by("id")
    for paper in (proposal, memo):
        _as_if_read_by_an_older_reader(paper, title="Old title")
    path = get_storage().path(memo.main_file.storage_name)
    path.write_bytes(path.read_bytes() + b"tampered")

    output, status = _reread("--all")

    assert status == 1
    assert "cards renewed:                         1" in output
    assert "left alone, bytes changed:             1" in output
    proposal.refresh_from_db()
    memo.refresh_from_db()
    assert proposal.card["title"] == "Sprachförderung in Kindertagesstätten"
    assert (memo.card["title"], memo.extractor_version) == ("Old title", "townhall-0.1")


def test_reread_of_one_body_only(run_ingest, write, german_proposal, danish_memo):
    run_ingest(write("vorlage.txt", german_proposal))
    run_ingest(write("notat.txt", danish_memo))
    for paper in Paper.objects.all():
        _as_if_read_by_an_older_reader(paper)

    output, status = _reread("--body", "Søby Kommune")

    assert status == 0, output
    versions = dict(Paper.objects.values_list("body__name", "extractor_version"))
    assert versions["Stadt Lindenau"] == "townhall-0.1"
    assert versions["Søby Kommune"].startswith(EXTRACTOR_VERSION)
    with pytest.raises(CommandError):
        call_command("reread", "--body", "Nowhere Council", stdout=io.StringIO(), stderr=io.StringIO())
