"""Each field of a card records where it was read, and townhall extract --explain prints it."""

import io

from django.core.management import call_command

from townhall import reading
from townhall.reading.card import Card

PAPER = """Stadt Lindau
Beschlussvorlage

Vorlage Nr.: 0412/2025
Datum: 03.03.2025

Betreff: Sprachförderung in Kindertagesstätten

Beratungsfolge:
Gremium\tSitzung\tZuständigkeit
Integrationsrat\t18.03.2025\tVorberatung
Rat der Stadt Lindau\t27.03.2025\tEntscheidung
"""


def test_form_field_evidence_names_page_line_text_rule_and_confidence():
    card = reading.read(PAPER.encode(), filename="vorlage.txt").card
    evidence = card.evidence["title"]
    assert (evidence.page, evidence.line, evidence.text) == (1, 7, "Betreff: Sprachförderung in Kindertagesstätten")
    assert evidence.how == "form field 'Betreff'" and evidence.confidence >= 0.9
    assert card.evidence["references.paper"].line == 4


def test_each_route_step_has_its_own_evidence():
    card = reading.read(PAPER.encode(), filename="vorlage.txt").card
    assert [card.evidence[f"consultations.{i}"].text.split("\t")[0] for i in range(2)] == ["Integrationsrat", "Rat der Stadt Lindau"]


def test_evidence_survives_the_cards_json_form():
    card = reading.read(PAPER.encode(), filename="vorlage.txt").card
    assert Card.from_dict(card.to_dict()).evidence == card.evidence


def test_extract_explain_prints_each_field_with_where_it_was_read(tmp_path, settings):
    path = tmp_path / "vorlage.txt"
    path.write_text(PAPER, encoding="utf-8")
    out = io.StringIO()
    call_command("extract", str(path), "--explain", stdout=out)
    lines = out.getvalue().splitlines()
    title = lines.index(next(line for line in lines if line.startswith("title ")))
    assert "Sprachförderung in Kindertagesstätten" in lines[title]
    assert "page 1, line 7 · form field 'Betreff' · confidence 0.90" in lines[title + 1]
    assert lines[title + 2].strip() == "│ Betreff: Sprachförderung in Kindertagesstätten"
