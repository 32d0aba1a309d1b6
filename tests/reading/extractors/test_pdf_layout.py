"""The layout of PDF pages: lines, fonts, ruled tables, headings and running headers."""

import pypdfium2

from bench.corpus.pdf_writer import PdfWriter, Stroke, TextRun
from townhall.reading.extractors import extract
from townhall.reading.layout import HEADING, Block, Table


def _read(*pages):
    writer = PdfWriter()
    for page in pages:
        runs, strokes = page if isinstance(page, tuple) else (page, ())
        writer.add_page(runs, strokes=strokes)
    return extract(writer.to_bytes(), filename="vorlage.pdf")


def _grid(xs, ys):
    """Ruling lines of a table whose column borders are *xs* and row borders *ys*."""
    return [Stroke(xs[0], y, xs[-1], y) for y in ys] + [Stroke(x, ys[0], x, ys[-1]) for x in xs]


def test_ruled_route_table_gives_one_row_per_committee_with_wrapped_cells_joined():
    runs = [
        TextRun(60, 700, "Gremium", 10), TextRun(230, 700, "Status", 10), TextRun(330, 700, "Sitzung", 10),
        # A committee name wrapped over two lines, its date set in the middle of the row.
        TextRun(60, 676, "Ausschuss für Umwelt,", 10), TextRun(60, 664, "Klima und Ordnung", 10),
        TextRun(230, 676, "öffentlich", 10), TextRun(330, 670, "14.05.2024", 10),
        TextRun(60, 640, "Gemeinderat", 10), TextRun(230, 640, "nicht", 10), TextRun(230, 628, "öffentlich", 10),
        TextRun(330, 634, "23.05.2024", 10),
    ]
    strokes = _grid([55, 225, 325, 450], [715, 690, 652, 618])
    result = _read((runs, strokes))
    tables = [item for item in result.document.pages[0].items if isinstance(item, Table)]
    assert len(tables) == 1
    rows = [[cell.text for cell in row] for row in tables[0].rows]
    assert rows == [
        ["Gremium", "Status", "Sitzung"],
        ["Ausschuss für Umwelt, Klima und Ordnung", "öffentlich", "14.05.2024"],
        ["Gemeinderat", "nicht öffentlich", "23.05.2024"],
    ]
    assert "Gemeinderat\tnicht öffentlich\t23.05.2024" in result.text.splitlines()


def test_a_frame_around_text_is_not_a_table():
    runs = [TextRun(70, 700, "Zusammenfassung: Der Bericht stellt die Planung vor.", 11)]
    result = _read((runs, _grid([60, 500], [720, 680])))
    assert not any(isinstance(item, Table) for item in result.document.pages[0].items)
    assert "Zusammenfassung: Der Bericht stellt die Planung vor." in result.text


def _right_edge(text, size):
    writer = PdfWriter()
    writer.add_page([TextRun(72, 700, text, size)])
    textpage = pypdfium2.PdfDocument(writer.to_bytes())[0].get_textpage()
    textpage.count_rects()
    return textpage.get_rect(0)[2]


def test_hyphen_set_as_a_run_of_its_own_joins_the_words_around_it():
    # As word processors print "Lindau-Bergen": the hyphen is a run of its own, a little apart.
    after_word = _right_edge("Stadt Lindau", 20) + 2
    after_hyphen = after_word + (_right_edge("-", 20) - 72) + 2
    runs = [TextRun(72, 700, "Stadt Lindau", 20), TextRun(after_word, 700, "-", 20), TextRun(after_hyphen, 700, "Bergen", 20)]
    assert _read(runs).text.splitlines()[0] == "Stadt Lindau-Bergen"


def test_full_stop_set_apart_after_a_number_stays_with_it():
    runs = [TextRun(72, 700, "2", 12), TextRun(80, 700, ".", 12), TextRun(110, 700, "Begründung", 12)]
    assert _read(runs).text.splitlines()[0] == "2.\tBegründung"


def test_letter_spaced_heading_is_closed_up():
    assert _read([TextRun(72, 700, "P r o t o k o l l", 16)]).text == "Protokoll"


def test_larger_bold_line_is_a_heading_block_of_its_own():
    runs = [
        TextRun(72, 760, "Neubau der Grundschule am Park", 16, bold=True),
        TextRun(72, 736, "Die Verwaltung schlägt vor, die Schule zu erweitern.", 11),
        TextRun(72, 722, "Die Kosten sind im Haushalt eingeplant.", 11),
    ]
    blocks = [item for item in _read(runs).document.pages[0].items if isinstance(item, Block)]
    assert blocks[0].role == HEADING and blocks[0].text == "Neubau der Grundschule am Park"
    assert blocks[0].lines[0].size == 16 and blocks[0].lines[0].bold
    assert blocks[1].role != HEADING


def test_bold_label_over_its_value_is_a_block_but_no_blank_line():
    runs = [TextRun(72, 700, "Betreff:", 11, bold=True), TextRun(72, 686, "Sanierung der Sporthalle", 11)]
    result = _read(runs)
    assert result.text.splitlines() == ["Betreff:", "Sanierung der Sporthalle"]


def test_letterhead_repeated_on_both_pages_of_a_letter_is_set_aside():
    pages = [
        [
            TextRun(72, 800, "Druck: Ratsinformationssystem, Seite 1", 8),
            TextRun(72, 700, "Antrag der Fraktion zur Beleuchtung", 14, bold=True),
            TextRun(72, 650, "Wir beantragen, die Wege am See zu beleuchten.", 11),
        ],
        [
            TextRun(72, 800, "Druck: Ratsinformationssystem, Seite 2", 8),
            TextRun(72, 700, "Die Kosten trägt der Haushalt des Amtes.", 11),
            TextRun(72, 650, "Mit freundlichen Grüßen", 11),
        ],
    ]
    result = _read(*pages)
    assert "Druck" not in result.text
    assert result.text.startswith("Antrag der Fraktion zur Beleuchtung")
    assert result.document.pages[0].furniture[0].text == "Druck: Ratsinformationssystem, Seite 1"


def test_every_line_has_a_page_and_line_number_matching_the_flat_text():
    pages = [
        [TextRun(72, 700, "Erste Seite", 11), TextRun(72, 600, "Zweiter Absatz", 11)],
        [TextRun(72, 700, "Andere Seite", 11)],
    ]
    result = _read(*pages)
    addresses = [(a.page, a.line, a.text) for a in result.document.addresses]
    assert addresses == [(1, 1, "Erste Seite"), (1, 3, "Zweiter Absatz"), (2, 1, "Andere Seite")]


def _paragraph(text, top, *, left=72, width=450, size=11):
    """The lines of *text* wrapped at *width* points as a printer sets them, from baseline *top* down."""
    from bench.corpus.pdf_writer import wrap_line

    return [TextRun(left, top - 14 * index, line, size) for index, line in enumerate(wrap_line(text, width, size))]


_RUNNING_TEXT = (
    "Der Kreistag hat die Verwaltung im Frühjahr beauftragt, die Ausstattung des Katastrophenschutzes zu prüfen "
    "und dem Ausschuss zu berichten, welche Geräte bei einem Hochwasser wie im Juni fehlen würden und was sie kosten."
)


def test_line_broken_before_a_long_word_that_would_not_fit_is_joined_though_it_ends_short_of_the_margin():
    from bench.corpus.pdf_writer import text_width

    lead = "Betreff: Beschaffung von zwei Anhängern mit Deichelementen für den"
    long_word = "Hochwasserschutzkatastrophenschutzzug"
    assert text_width(f"{lead} {long_word}", 11) > 450 > text_width(lead, 11) + 0.2 * 450  # well short of the margin
    # A justified paragraph under it shows where the margin is: its lines end at the same place.
    justified = "Der Kreistag hat die Verwaltung beauftragt, die Ausstattung der Wehren zu prüfen und"
    runs = [TextRun(72, 760, lead, 11), TextRun(72, 746, long_word, 11)]
    runs += [TextRun(72, 720 - 14 * index, justified, 11) for index in range(3)] + [TextRun(72, 678, "zu berichten.", 11)]
    assert f"{lead} {long_word}" in _read(runs).text.split("\n")


def test_short_lines_of_a_letterhead_column_beside_the_text_stay_apart():
    head = ["Referat für Klima und Umwelt", "Abteilung Grünplanung", "Sachbearbeitung: Jana Roth"]
    runs = [TextRun(380, 790 - 12 * index, line, 9) for index, line in enumerate(head)] + _paragraph(_RUNNING_TEXT, 700)
    lines = _read(runs).text.split("\n")
    assert all(line in lines for line in head)



def test_letterhead_line_stopping_on_a_conjunction_goes_on_in_the_next():
    runs = [TextRun(380, 790, "Fachdienst 61 – Stadtplanung und", 9), TextRun(380, 778, "Umwelt", 9)]
    runs += _paragraph(_RUNNING_TEXT, 700)
    assert "Fachdienst 61 – Stadtplanung und Umwelt" in _read(runs).text.split("\n")


def test_heading_after_short_paragraphs_stands_apart_though_most_steps_are_paragraph_gaps():
    # Paragraphs of one or two lines: more steps cross a paragraph's gap (19 pt) than stay within one (13 pt).
    paragraphs = [
        ["The committee is asked to agree the new opening hours of the baths at Holmfield", "from the first of April."],
        ["a) notes the result of the survey;"],
        ["b) agrees the opening hours set out in the schedule to this report for the whole of the coming year."],
        ["Background papers"],
        ["Survey of pool users, winter 2025", "Opening hours of neighbouring baths"],
    ]
    runs, y = [], 760
    for lines in paragraphs:
        for line in lines:
            runs.append(TextRun(72, y, line, 10.5))
            y -= 13
        y -= 6
    lines = _read(runs).text.split("\n")
    assert "Background papers" in lines
    assert "b) agrees the opening hours set out in the schedule to this report for the whole of the coming year." in lines


def test_lines_opening_with_the_same_label_and_their_own_numbers_stay_apart_though_the_first_is_longest():
    items = [
        "Annex 1 - Traffic count on Westgate Road and the two streets either side of it, 2025",
        "Annex 2 - Plan of the proposed crossing",
        "Annex 3 - Road safety audit",
    ]
    runs = [TextRun(72, 760, "Annexes:", 10.5)] + [TextRun(72, 746 - 14 * index, line, 10.5) for index, line in enumerate(items)]
    lines = _read(runs).text.split("\n")
    assert all(item in lines for item in items)


def test_heading_broken_before_a_word_too_long_for_the_rest_of_the_line_is_joined_on_a_page_of_one_full_line():
    runs = [
        TextRun(72, 760, "Subject: Renewal of the maintenance contract for the sluices at the", 12),
        TextRun(72, 745, "Westmarshbrook floodgates", 12),
        # One line of running text reaches the margin; no other does, so the margin does not show.
        TextRun(72, 720, "The contract for the upkeep of the sluices and floodgates ends in March and is to be let anew", 10.5),
        TextRun(72, 706, "for five years. Tenders are due in May.", 10.5),
    ]
    lines = _read(runs).text.split("\n")
    assert "Subject: Renewal of the maintenance contract for the sluices at the Westmarshbrook floodgates" in lines


def test_letterhead_line_going_on_in_a_small_letter_is_joined_to_the_line_before():
    runs = [TextRun(380, 790, "Fachbereich 4 – Bildung, Sport", 9), TextRun(380, 778, "sowie Kultur", 9)]
    runs += _paragraph(_RUNNING_TEXT, 700)
    assert "Fachbereich 4 – Bildung, Sport sowie Kultur" in _read(runs).text.split("\n")


def test_lines_of_a_page_of_short_lines_stay_apart_though_the_next_word_would_not_fit_before_their_edge():
    head = ["Reference: 2026-0117", "Portfolio holder: Councillor Ann Mercer", "Department: Parks", "Date: 2 March 2026",
            "Subject: Play area at Glebe Road, new surfaces"]
    lines = _read([TextRun(72, 760 - 14 * index, line, 10.5) for index, line in enumerate(head)]).text.split("\n")
    assert all(line in lines for line in head)


def test_page_number_a_scan_read_with_a_stray_stop_is_still_a_page_number():
    from townhall.reading.extractors.pdf_layout import is_page_number

    assert is_page_number("Seite 1von.2") and is_page_number("Side 2 af. 3")
    assert not is_page_number("Seite 1 von Herrn Berg")


def test_lines_of_a_short_page_stay_one_paragraph_over_a_footer_set_closer_in_smaller_type():
    # Three lines of text set 14 pt apart over two footer lines set 9 pt apart: the footer's pitch is not the text's.
    runs = [
        TextRun(72, 760, "Comments on the draft maps will be accepted until the end of July. A third public", 11),
        TextRun(72, 746, "information centre will be held in the summer at the community hall beside the", 11),
        TextRun(72, 732, "library.", 11),
        TextRun(72, 60, "Silver Creek Conservation Authority, 120 River Road", 8),
        TextRun(72, 51, "Telephone 555 0100", 8),
    ]
    blocks = [item for item in _read(runs).document.pages[0].items if isinstance(item, Block)]
    assert any("A third public information centre" in " ".join(line.text for line in block.lines) for block in blocks)
