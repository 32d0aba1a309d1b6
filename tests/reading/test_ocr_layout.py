"""Blocks and lines from the words Tesseract reports on a scanned page."""

from townhall.reading.ocr_layout import OcrWord, blocks_from_words


def _words(*texts, line=1):
    """Words of one line, left to right, as Tesseract reports them (pixels at 300 dpi)."""
    return [OcrWord(text, 100 + 120 * index, 100 * line, 100, 40, 90.0, 1, 1, line) for index, text in enumerate(texts)]


def test_vertical_rules_of_a_scanned_route_table_separate_its_cells():
    words = _words("|", "04.11.2025", "|", "Ausschuss", "für", "Umwelt", "|", "Vorberatung", "|")
    line = blocks_from_words(words, dpi=300)[0].lines[0]
    assert line.text == "04.11.2025\tAusschuss für Umwelt\tVorberatung"


def test_specks_read_as_marks_at_the_ends_of_a_line_are_dropped():
    words = _words("_", "Housing,", "Community", "and", "Culture", "_") + _words("TREFAELOG", "COUNTY", "COUNCIL", "|", line=2)
    lines = blocks_from_words(words, dpi=300)[0].lines
    assert [line.text for line in lines] == ["Housing, Community and Culture", "TREFAELOG COUNTY COUNCIL"]


def test_a_line_of_nothing_but_specks_is_no_line():
    words = _words("Sagsnr.", "05.01.10-G01-3-25") + _words("_", "|", line=2)
    assert [line.text for line in blocks_from_words(words, dpi=300)[0].lines] == ["Sagsnr. 05.01.10-G01-3-25"]
