"""Clerks' corrections of a card: made in the admin, kept through re-reading, shown to staff, exported as gold."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from townhall.core.models import Paper
from townhall.corrections.models import CardCorrection

SIGNED_BY = "gez. Thomas Brandt"


@pytest.fixture
def clerk(client, django_user_model):
    user = django_user_model.objects.create_superuser(username="clerk", email="clerk@example.org", password="a-long-test-password")
    user.first_name, user.last_name = "Karin", "Lund"
    user.save()
    client.force_login(user)
    return client


def _correct(clerk, paper, field, value):
    response = clerk.post(
        reverse("admin:corrections_cardcorrection_add"), {"paper": paper.pk, "field": field, "value_text": value, "note": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_corrected_title_survives_a_new_version_of_the_document(run_ingest, write, german_proposal, clerk):
    path = write("vorlage.txt", german_proposal)
    run_ingest(path)
    paper = Paper.objects.get()
    assert paper.name == "Sprachförderung in Kindertagesstätten"

    _correct(clerk, paper, "title", "Sprachförderung in allen Kindertagesstätten der Stadt")
    _correct(clerk, paper, "signatories", "Thomas Brandt\nKatrin Albers")
    paper.refresh_from_db()
    assert paper.name == "Sprachförderung in allen Kindertagesstätten der Stadt"
    assert sorted(p.name for p in paper.signatories.all()) == ["Katrin Albers", "Thomas Brandt"]

    # The document changes at its source and is read again: a new version of the same paper.
    changed = german_proposal.replace("Betreff: Sprachförderung in Kindertagesstätten", "Betreff: Sprachförderung in Kitas")
    result = run_ingest(write("vorlage.txt", changed.replace("14.03.2025", "21.03.2025")))
    assert "new versions:                  1" in result.stdout
    paper = Paper.objects.get()
    assert paper.version == 2
    assert paper.name == "Sprachförderung in allen Kindertagesstätten der Stadt"
    assert paper.card["title"] == "Sprachförderung in allen Kindertagesstätten der Stadt"
    assert paper.card["corrected"] == ["signatories", "title"]
    # The card is public with the paper: it marks the correction without naming the clerk.
    assert paper.card["evidence"]["title"]["how"] == "correction by a clerk"
    assert "Karin" not in json.dumps(paper.card)
    assert sorted(p.name for p in paper.signatories.all()) == ["Katrin Albers", "Thomas Brandt"]
    # What the machine read this time is kept beside the correction; uncorrected fields follow the new reading.
    assert CardCorrection.objects.get(field="title").machine_value == "Sprachförderung in Kitas"
    assert [d["date"] for d in paper.card["deadlines"]] == ["2025-03-21"]
    assert [str(d.date) for d in paper.deadlines.all()] == ["2025-03-21"]


def test_deleting_a_correction_brings_back_what_was_read(run_ingest, write, german_proposal, clerk):
    run_ingest(write("vorlage.txt", german_proposal))
    paper = Paper.objects.get()
    _correct(clerk, paper, "date", "2025-03-04")
    paper.refresh_from_db()
    assert str(paper.date) == "2025-03-04"
    correction = CardCorrection.objects.get()
    assert correction.machine_value == "2025-03-03"

    response = clerk.post(reverse("admin:corrections_cardcorrection_delete", args=[correction.pk]), {"post": "yes"})
    assert response.status_code == 302
    paper.refresh_from_db()
    assert str(paper.date) == "2025-03-03"
    assert paper.card["date"] == "2025-03-03" and paper.card["corrected"] == []


def test_a_correction_to_not_public_withdraws_the_paper(run_ingest, write, german_proposal, clerk, client):
    run_ingest(write("vorlage.txt", german_proposal))
    paper = Paper.objects.get()
    assert paper.public
    _correct(clerk, paper, "public", "no")
    paper.refresh_from_db()
    assert paper.public is False
    client.logout()
    assert client.get(reverse("web:paper", args=[paper.pk])).status_code == 404


def test_a_value_the_field_cannot_hold_is_refused(run_ingest, write, german_proposal, clerk):
    run_ingest(write("vorlage.txt", german_proposal))
    paper = Paper.objects.get()
    response = clerk.post(
        reverse("admin:corrections_cardcorrection_add"), {"paper": paper.pk, "field": "date", "value_text": "31.02.2025"},
    )
    assert response.status_code == 200
    assert "YYYY-MM-DD" in response.content.decode()
    assert not CardCorrection.objects.exists()
    paper.refresh_from_db()
    assert str(paper.date) == "2025-03-03"


def test_staff_see_where_each_field_was_read_and_the_public_does_not(run_ingest, write, german_proposal, clerk, client):
    run_ingest(write("vorlage.txt", german_proposal))
    paper = Paper.objects.get()
    _correct(clerk, paper, "author_unit", "Fachbereich Bildung")
    page = clerk.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert "How the card was read" in page
    # The case handler's evidence: the line of the document it was read from.
    row = page[page.index('data-field="case_handler"'):]
    row = row[: row.index("</tr>")]
    assert "Katrin Albers" in row and "page 1, line" in row and "%" in row
    corrected = page[page.index('data-field="author_unit"'):]
    corrected = corrected[: corrected.index("</tr>")]
    assert "Corrected by Karin Lund" in corrected and "Fachbereich Bildung" in corrected

    client.logout()
    public_page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert "Sprachförderung" in public_page
    assert "How the card was read" not in public_page


def test_corrected_cards_are_exported_as_gold_cards(run_ingest, write, german_proposal, clerk, tmp_path, shared_dir):
    run_ingest(write("vorlage.txt", german_proposal))
    paper = Paper.objects.get()
    _correct(clerk, paper, "author_unit", "Fachbereich Bildung")
    out = tmp_path / "gold"
    call_command("export-gold", str(out), "--documents", stdout=io.StringIO(), stderr=io.StringIO())
    [card_path] = sorted(out.glob("*.json"))
    [document] = sorted(out.glob("*.txt"))
    assert card_path.stem == document.stem
    assert document.read_text(encoding="utf-8") == german_proposal
    gold = json.loads(card_path.read_text(encoding="utf-8"))
    assert gold["author_unit"] == "Fachbereich Bildung" and gold["corrected"] == ["author_unit"]
    assert gold["title"] == "Sprachförderung in Kindertagesstätten"
    assert "evidence" not in gold
    # The same keys as the hand-made gold cards the scorer reads.
    reference = json.loads(next((shared_dir / "gold").glob("*.json")).read_text(encoding="utf-8"))
    assert set(reference) <= set(gold)
