"""Run analyse() on invented council papers and compare the card with hand-written expectations.

Each tests/fixtures/papers/NAME.txt has NAME.json beside it holding the expected values of the
fields this analysis fills. Titles and unit names are compared loosely (case, punctuation and
small wording differences are forgiven), as a reader would compare them.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from townhall.reading.analysis import analyse

PAPERS = Path(__file__).resolve().parents[2] / "fixtures" / "papers"
SCALARS = ("language", "kind", "title", "municipality", "public", "author_unit", "case_handler")
REFERENCES = ("case", "document", "paper", "agenda_item")
LISTS = ("signatories", "addressees", "attachments", "emails", "phones")
LOOSE = {"title", "municipality", "author_unit", "case_handler", "signatories", "addressees", "attachments"}


def _fold(value) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = re.sub(r"[\"'„“”‚‘’«»()\[\]]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;-–")


def _same(field: str, expected, found) -> bool:
    if expected is None or found is None or isinstance(expected, bool):
        return expected is found or expected == found
    if field == "phones":
        return re.sub(r"\D", "", expected) == re.sub(r"\D", "", found)
    a, b = _fold(expected), _fold(found)
    if a == b:
        return True
    if field not in LOOSE:
        return False
    wa, wb = set(a.split()), set(b.split())
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8 or (wa and wb and (wa <= wb or wb <= wa))


def _cases():
    for expected_path in sorted(PAPERS.glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        name = expected_path.stem
        for field in SCALARS + LISTS:
            if field in expected:
                yield pytest.param(name, field, expected[field], id=f"{name}-{field}")
        for ref in REFERENCES:
            if ref in expected.get("references", {}):
                yield pytest.param(name, f"references.{ref}", expected["references"][ref], id=f"{name}-{ref}")


_CARDS: dict[str, dict] = {}


def _card(name: str) -> dict:
    if name not in _CARDS:
        text = (PAPERS / f"{name}.txt").read_text(encoding="utf-8")
        _CARDS[name] = analyse(text).to_dict()
    return _CARDS[name]


def test_every_paper_has_its_expected_card():
    texts = {p.stem for p in PAPERS.glob("*.txt")}
    cards = {p.stem for p in PAPERS.glob("*.json")}
    assert texts == cards and len(texts) >= 12


@pytest.mark.parametrize(("name", "field", "expected"), list(_cases()))
def test_analysed_field_matches_expected_card(name, field, expected):
    card = _card(name)
    found = card["references"][field.split(".")[1]] if field.startswith("references.") else card[field]
    if isinstance(expected, list):
        unmatched = list(found)
        missing = []
        for item in expected:
            hit = next((f for f in unmatched if _same(field, item, f)), None)
            if hit is None:
                missing.append(item)
            else:
                unmatched.remove(hit)
        assert not missing and not unmatched, f"missing {missing}, unexpected {unmatched}"
    else:
        assert _same(field, expected, found), f"expected {expected!r}, found {found!r}"


def test_language_given_by_the_caller_is_kept():
    assert analyse("Forvaltningen indstiller, at udvalget godkender planen.", language="da").language == "da"


def test_empty_text_gives_a_card_with_nothing_filled_in():
    card = analyse("")
    assert (card.language, card.kind, card.title, card.municipality, card.references.case, card.phones) == (
        "und", "other", None, None, None, ()
    )


def test_markdown_and_page_footers_do_not_reach_the_card():
    text = "**Notat**\n\nTil: Kulturudvalget\n\nVedr.: *Ny* bibliotekspolitik\n\nSide 1 af 2\n\nTekst.\n\nBilag\n\n[1. Politikken](#)"
    card = analyse(text)
    assert (card.title, card.attachments) == ("Ny bibliotekspolitik", ("Politikken",))


def test_groups_that_put_a_motion_on_a_web_form_are_its_author():
    text = (
        "StR-Antrag 20-26 / A 03311 (In Bearbeitung)\n\nBetreff\n\nMehr Bäume am Nordbad\n\nInformationen\n\n"
        "Gestellt am:\n\n04.05.2023\n\nGestellt von:\n\nFraktion Die Linke, Stadtratsgruppe Bürgerliste\n\n"
        "Zuständiges Referat:\n\nBaureferat\n\nTyp:\n\nAntrag\n"
    )
    card = analyse(text)
    assert card.kind == "motion"
    assert card.author_unit == "Fraktion Die Linke, Stadtratsgruppe Bürgerliste"
