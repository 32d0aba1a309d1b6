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


def test_letters_read_for_digits_in_a_date_and_a_number_are_digits_again():
    words = _words("Dato:", "O3.O7.2O25", "Sag", "nr.", "l2/2O25", "(S12", "line)")
    assert blocks_from_words(words, dpi=300)[0].lines[0].text == "Dato: 03.07.2025 Sag nr. 12/2025 (S12 line)"


def test_words_with_letters_like_digits_stay_words():
    words = _words("SOS", "Oslo", "ISO", "Il", "S5", "OO")
    assert blocks_from_words(words, dpi=300)[0].lines[0].text == "SOS Oslo ISO Il S5 OO"


def test_closing_quote_speck_before_a_label_is_dropped():
    words = _words("’", "Date", "of", "decision:", "3", "July", "2O25")
    assert blocks_from_words(words, dpi=300)[0].lines[0].text == "Date of decision: 3 July 2025"
