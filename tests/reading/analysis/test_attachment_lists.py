"""Attachment lists under any attachment heading, ending where the next section of the paper begins."""

import pytest

from townhall.reading.analysis.attachments import find_attachments


@pytest.mark.parametrize(
    "heading",
    ["Bilag", "Bilagsoversigt", "Vedhæftede bilag", "Anlagen", "Anhang", "Anhänge", "Beilagen", "Appendices",
     "List of appendices", "Enclosures", "9. Appendices", "4 Bilag:"],
)
def test_a_numbered_list_under_any_attachment_heading_gives_the_titles(heading):
    text = f"Some text of the paper.\n\n{heading}\n\n1. Skitse af pladsen\n2. Tidsplan for anlægget\n\nMore text after the list."
    assert find_attachments(text) == ["Skitse af pladsen", "Tidsplan for anlægget"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Bilag\n\nKort over området\n\nOversigt over udgifter\n\nSagsfremstilling\n\nForvaltningen foreslår en ny sti.",
         ["Kort over området", "Oversigt over udgifter"]),
        ("Anlagen\n\nLageplan Spielplatz\n\nKostenschätzung\n\nBegründung\n\nDer Spielplatz ist in die Jahre gekommen.",
         ["Lageplan Spielplatz", "Kostenschätzung"]),
        ("Appendices\n\nAppendix A – Site plan\n\nAppendix B – Cost estimate\n\n12. Contact details\n\nJane Roe, Planning Officer",
         ["Site plan", "Cost estimate"]),
    ],
)
def test_an_attachment_list_ends_at_the_next_section_heading(text, titles):
    assert find_attachments(text) == titles


def test_a_heading_word_inside_a_sentence_starts_no_list():
    assert find_attachments("Der Anhang zum Vertrag wurde 2019 geändert.\n\n1. Punkt eins") == []


def test_an_attachment_table_without_a_header_gives_the_cell_that_names_each_attachment():
    text = "Anlagen\nAnlage 1\tLageplan der Fläche\nAnlage 2\tKostenschätzung Neubau\n\nBegründung"
    assert find_attachments(text) == ["Lageplan der Fläche", "Kostenschätzung Neubau"]


def test_an_attachment_title_is_read_without_its_own_label():
    text = "Appendices: Appendix 1 – Ward map; Appendix 2 – Consultation responses"
    assert find_attachments(text) == ["Ward map", "Consultation responses"]


@pytest.mark.parametrize(
    ("line", "titles"),
    [
        ("Anlage: Protokoll der Bürgerversammlung", ["Protokoll der Bürgerversammlung"]),
        ("Bilag: Kort over området og tidsplan for arbejdet", ["Kort over området", "Tidsplan for arbejdet"]),
        ("Enclosure: Draft tenancy agreement", ["Draft tenancy agreement"]),
    ],
)
def test_a_heading_with_its_list_on_the_same_line_gives_the_titles(line, titles):
    assert find_attachments(f"Wir bitten um Kenntnisnahme.\n\n{line}\n") == titles
