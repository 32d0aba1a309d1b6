"""Old binary Word files (.doc): read through antiword, their tables and title boxes kept apart."""

import datetime
import shutil

import pytest

from townhall import reading
from townhall.reading.extractors import ExtractionError, extract, legacy_word
from townhall.reading.layout import Table

needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None, reason="the antiword program is not installed")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole_naming(stream: str) -> bytes:
    return OLE_MAGIC + bytes(504) + stream.encode("utf-16-le") + bytes(2000)


def test_rows_between_bars_become_a_table_with_their_cells():
    printed = (
        "Sagsforløb\n"
        "\n"
        "|Udvalg                  |Dato        |Punkt |\n"
        "|Teknik- og Miljøudvalget|3. maj 2022 |7     |\n"
        "|Økonomiudvalget         |17. maj 2022|12    |\n"
        "\n"
        "Forvaltningen indstiller, at planen godkendes.\n"
    )
    items = legacy_word.page_items(printed)
    tables = [item for item in items if isinstance(item, Table)]
    assert len(tables) == 1
    assert [[cell.text for cell in row] for row in tables[0].rows] == [
        ["Udvalg", "Dato", "Punkt"],
        ["Teknik- og Miljøudvalget", "3. maj 2022", "7"],
        ["Økonomiudvalget", "17. maj 2022", "12"],
    ]
    assert items[0].text == "Sagsforløb"
    assert items[-1].text == "Forvaltningen indstiller, at planen godkendes."


def test_a_box_of_one_column_is_read_as_text_with_its_paragraphs_apart():
    printed = (
        "|                                  |\n"
        "|STADT BEISPIELHAUSEN              |\n"
        "|Amt für Grünflächen               |\n"
        "|                                  |\n"
        "|Mitteilung an den Bauausschuss    |\n"
        "|                                  |\n"
    )
    items = legacy_word.page_items(printed)
    assert not any(isinstance(item, Table) for item in items)
    assert [item.text for item in items] == ["STADT BEISPIELHAUSEN\nAmt für Grünflächen", "Mitteilung an den Bauausschuss"]


def test_a_cell_wrapped_onto_rows_of_its_own_is_whole_again():
    printed = (
        "|No. |Subject                          |Result   |\n"
        "|1   |That the lease of the harbour    |CARRIED  |\n"
        "|    |kiosk be renewed for five years. |         |\n"
        "|2   |That the report be received.     |LOST     |\n"
    )
    (table,) = legacy_word.page_items(printed)
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["No.", "Subject", "Result"],
        ["1", "That the lease of the harbour kiosk be renewed for five years.", "CARRIED"],
        ["2", "That the report be received.", "LOST"],
    ]


def test_empty_trailing_cells_are_dropped_and_empty_rows_left_out():
    items = legacy_word.page_items("|Item |Result  |   |\n|     |        |   |\n|1.   |ADOPTED |   |\n")
    (table,) = items
    assert [[cell.text for cell in row] for row in table.rows] == [["Item", "Result"], ["1.", "ADOPTED"]]


def test_an_old_office_file_that_is_no_word_file_is_refused_with_advice():
    with pytest.raises(ExtractionError) as caught:
        extract(_ole_naming("Workbook"), filename="budget.xls")
    assert caught.value.reason == "unsupported_type"
    assert "PDF" in caught.value.message


@needs_antiword
def test_bytes_naming_a_word_stream_but_holding_no_word_file_are_corrupt():
    with pytest.raises(ExtractionError) as caught:
        extract(_ole_naming("WordDocument"), filename="referat.doc")
    assert caught.value.reason == "corrupt"


def test_without_antiword_a_doc_is_refused_with_advice(monkeypatch):
    monkeypatch.setattr(legacy_word, "PROGRAM", "antiword-not-installed-here")
    with pytest.raises(ExtractionError) as caught:
        extract(_ole_naming("WordDocument"), filename="referat.doc")
    assert caught.value.reason == "unsupported_type"
    assert ".docx" in caught.value.message and "antiword" in caught.value.message


@needs_antiword
def test_a_real_danish_doc_keeps_its_letters_and_names_its_council(shared_dir):
    path = shared_dir / "realpapers" / "da_syddjurs_politik_2009-04-30_kultur-og-fritid.doc"
    result = extract(path.read_bytes(), filename=path.name)
    assert result.mime_type == "application/msword"
    assert "Godkendt af byrådet, Syddjurs Kommune den 30. april 2009" in result.text
    assert "græsrødder" in result.text
    assert result.language_hint == "da"
    card = reading.read(path.read_bytes(), filename=path.name).card
    assert card.municipality == "Syddjurs Kommune"


@needs_antiword
def test_a_real_english_doc_gives_the_meeting_and_its_dispositions(shared_dir):
    path = shared_dir / "realpapers" / "en_winnipeg_disposition_2015-03-25_council.doc"
    result = extract(path.read_bytes(), filename=path.name)
    lines = result.text.splitlines()
    assert "DISPOSITION OF ITEMS" in lines
    assert any(line.startswith("1.") and "Rezoning" in line and line.rstrip().endswith("ADOPTED") for line in lines)
    # The title box of one column is text, not a table of one cell per line.
    heading = result.document.find("CITY CLERK'S DEPARTMENT")
    assert heading is not None and not isinstance(heading.item, Table)
    # A motion's wording wrapped over many rows of its cell is one cell again.
    motions = next(table for _, table in result.document.tables() if table.rows[1][0].text == "MOTION")
    assert motions.rows[2][0].text == "1" and motions.rows[2][3].text == "CARRIED"
    assert "is hereby confirmed." in motions.rows[2][2].text
    card = reading.read(path.read_bytes(), filename=path.name).card
    assert card.kind == "minutes"
    assert any(consultation.date == datetime.date(2015, 3, 25) for consultation in card.consultations)
