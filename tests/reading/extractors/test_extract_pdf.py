"""PDF files with a text layer, and PDFs that must be refused."""

import pypdfium2
import pytest

from bench.corpus.pdf_writer import PdfWriter, TextRun, text_pdf
from townhall.reading.extractors import ExtractionError, PdfExtractor, extract

DANISH = (
    "Til: Beskæftigelses- og Integrationsudvalget\n\n"
    "Københavns Kommune ønsker at styrke indsatsen. Udgiften er 250.000 € i 2025.\n\n"
    "Høringssvar skal være modtaget senest d. 11. oktober 2025."
)


def test_text_layer_is_read_with_danish_letters_and_euro_sign():
    result = extract(text_pdf(DANISH), filename="notat.pdf")
    assert "Til: Beskæftigelses- og Integrationsudvalget" in result.text
    assert "250.000 € i 2025" in result.text
    assert result.mime_type == "application/pdf"


def test_page_count_is_reported():
    pages = "\n".join(f"Linje {number}" for number in range(200))
    result = extract(text_pdf(pages), filename="lang.pdf")
    assert result.pages >= 3
    assert "Linje 0" in result.text and "Linje 199" in result.text


def test_pages_are_joined_in_order_with_a_blank_line():
    writer = PdfWriter()
    for number in (1, 2, 3):
        writer.add_page([TextRun(72, 700, f"Seite {number} der Vorlage")])
    text = extract(writer.to_bytes(), filename="v.pdf").text
    assert text == "Seite 1 der Vorlage\n\nSeite 2 der Vorlage\n\nSeite 3 der Vorlage"


def test_two_columns_are_read_left_column_first():
    left = " ".join(f"venstre{number}" for number in range(120))
    right = " ".join(f"hoejre{number}" for number in range(120))
    text = extract(text_pdf(f"{left}\n\n{right}", columns=2), filename="kolonner.pdf").text
    assert text.index("venstre119") < text.index("hoejre0")
    words = text.split()
    assert words.index("venstre10") < words.index("venstre11") < words.index("venstre60")


def test_heading_across_two_columns_comes_before_both_columns():
    writer = PdfWriter()
    runs = [TextRun(56, 780, "Mitteilung: Integrationskonferenz 2012 der Landeshauptstadt Potsdam mit allen Ergebnissen", 12)]
    for line in range(20):
        y = 740 - line * 14
        runs.append(TextRun(56, y, f"Links Zeile {line} mit etwas Text, der die Spalte fuellt", 10))
        runs.append(TextRun(310, y, f"Rechts Zeile {line} mit etwas Text, der die Spalte fuellt", 10))
    writer.add_page(runs)
    text = extract(writer.to_bytes(), filename="spalten.pdf").text
    assert text.index("Mitteilung:") < text.index("Links Zeile 0")
    assert text.index("Links Zeile 19") < text.index("Rechts Zeile 0")


def test_table_row_cells_stay_on_one_line_separated_by_tab():
    writer = PdfWriter()
    writer.add_page(
        [
            TextRun(56, 700, "Gremium"),
            TextRun(300, 700, "Datum"),
            TextRun(56, 684, "Integrationsrat"),
            TextRun(300, 684, "18.09.2012"),
            TextRun(56, 668, "Rat der Stadt"),
            TextRun(300, 668, "27.09.2012"),
        ]
    )
    text = extract(writer.to_bytes(), filename="tabelle.pdf").text
    assert "Integrationsrat\t18.09.2012" in text.splitlines()
    assert "Rat der Stadt\t27.09.2012" in text.splitlines()


def test_word_split_into_two_touching_runs_is_read_as_one_word():
    first = PdfWriter()
    first.add_page([TextRun(72, 700, "Beskæf")])
    textpage = pypdfium2.PdfDocument(first.to_bytes())[0].get_textpage()
    textpage.count_rects()
    right_edge = textpage.get_rect(0)[2]
    writer = PdfWriter()
    writer.add_page([TextRun(72, 700, "Beskæf"), TextRun(right_edge, 700, "tigelsesudvalget"), TextRun(72, 680, "og Integration")])
    assert extract(writer.to_bytes(), filename="ord.pdf").text.splitlines()[0] == "Beskæftigelsesudvalget"


def test_paragraph_wrapped_at_the_margin_comes_out_as_one_line():
    sentence = "Indstillingen forelægges Borgerrepræsentationen den 12. februar 2010 " * 4
    text = extract(text_pdf(f"Sagsnr.\n2010-16508\n\n{sentence.strip()}"), filename="p.pdf").text
    assert text.splitlines() == ["Sagsnr.", "2010-16508", "", sentence.strip()]


def test_word_hyphenated_at_the_margin_is_mended_but_suspended_compounds_keep_their_hyphen():
    writer = PdfWriter()
    writer.add_page(
        [
            TextRun(56, 700, "Kommunen har afsat midler til arbejdet i Beskæftigelses-"),
            TextRun(56, 686, "og Integrationsudvalget med inkluderende byer og bolig-"),
            TextRun(56, 672, "områder i hele kommunen."),
        ]
    )
    text = extract(writer.to_bytes(), filename="h.pdf").text
    assert "Beskæftigelses- og Integrationsudvalget" in text
    assert "boligområder" in text


def test_running_header_and_page_footer_are_set_aside_on_every_page():
    writer = PdfWriter()
    for number, section in enumerate("ABCD", start=1):
        writer.add_page(
            [
                TextRun(56, 800, "Stadt Köln – Der Oberbürgermeister"),
                TextRun(56, 700, f"Abschnitt {section} der Vorlage über das Radverkehrskonzept"),
                TextRun(56, 600, "Die Bezirksvertretungen werden beteiligt."),
                TextRun(56, 500, "Der Anteil des Radverkehrs soll deutlich steigen."),
                TextRun(56, 40, f"Seite {number} von 4"),
            ]
        )
    result = extract(writer.to_bytes(), filename="lang.pdf")
    assert "Stadt Köln" not in result.text and "Seite" not in result.text
    assert all(f"Abschnitt {section} der Vorlage" in result.text for section in "ABCD")
    furniture = [[line.text for line in page.furniture] for page in result.document.pages]
    assert furniture[0] == ["Stadt Köln – Der Oberbürgermeister", "Seite 1 von 4"]
    assert furniture[3] == ["Stadt Köln – Der Oberbürgermeister", "Seite 4 von 4"]


def test_encrypted_pdf_is_rejected_as_encrypted():
    with pytest.raises(ExtractionError) as caught:
        extract(text_pdf(DANISH, user_password="hemmelig"), filename="lukket.pdf")
    assert caught.value.reason == "encrypted"


def test_truncated_pdf_is_rejected_as_corrupt():
    data = text_pdf(DANISH * 20)
    with pytest.raises(ExtractionError) as caught:
        extract(data[: len(data) // 2], filename="halv.pdf")
    assert caught.value.reason == "corrupt"


def test_pdf_with_damaged_structure_is_rejected_as_corrupt():
    data = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    with pytest.raises(ExtractionError) as caught:
        extract(data, filename="broken.pdf")
    assert caught.value.reason == "corrupt"


def test_binary_garbage_named_pdf_is_rejected_as_corrupt():
    garbage = bytes((index * 7919 + 13) % 256 for index in range(4000))
    with pytest.raises(ExtractionError) as caught:
        extract(garbage, filename="vorlage.pdf")
    assert caught.value.reason == "corrupt"


def test_pdf_with_absurd_page_count_is_rejected_as_pdf_bomb():
    writer = PdfWriter()
    for _ in range(2001):
        writer.add_page([TextRun(72, 700, "x")])
    with pytest.raises(ExtractionError) as caught:
        extract(writer.to_bytes(), filename="bombe.pdf")
    assert caught.value.reason == "pdf_bomb"


def test_page_count_limit_is_a_setting_of_the_extractor():
    writer = PdfWriter()
    for _ in range(11):
        writer.add_page([TextRun(72, 700, "Bilag")])
    with pytest.raises(ExtractionError) as caught:
        PdfExtractor(max_pages=10).extract(writer.to_bytes(), "bilag.pdf")
    assert caught.value.reason == "pdf_bomb"


def test_pdf_with_gigantic_page_is_rejected_as_pdf_bomb():
    writer = PdfWriter()
    writer.add_page([TextRun(72, 700, "Plakat")], width=100_000, height=100_000)
    with pytest.raises(ExtractionError) as caught:
        extract(writer.to_bytes(), filename="plakat.pdf")
    assert caught.value.reason == "pdf_bomb"


def test_pdf_whose_page_content_inflates_enormously_is_rejected_as_pdf_bomb():
    writer = PdfWriter()
    # Eight million spaces between two words compress to a few kilobytes.
    writer.add_page([TextRun(72, 700, "Bombe"), TextRun(72, 680, " " * 8_000_000 + "Ende")])
    data = writer.to_bytes()
    assert len(data) < 100_000
    with pytest.raises(ExtractionError) as caught:
        PdfExtractor(max_inflated_bytes=2_000_000).extract(data, "bombe.pdf")
    assert caught.value.reason == "pdf_bomb"


def test_ordinary_pdf_passes_the_inflation_check():
    data = text_pdf(DANISH * 30)
    assert "Københavns Kommune" in PdfExtractor(max_inflated_bytes=1_000, max_inflation_ratio=100).extract(data, "n.pdf").text


def test_text_taken_from_one_page_is_capped_with_a_note():
    long_line = "Tekst " * 100
    data = text_pdf("\n".join([long_line] * 5))
    result = PdfExtractor(max_chars_per_page=500).extract(data, "stor.pdf")
    assert result.pages == 1
    assert len(result.text) <= 600
    assert any("only the first 500" in note for note in result.notes)


def test_pdf_without_any_text_gives_empty_text_and_a_note():
    writer = PdfWriter()
    writer.add_page([])
    result = extract(writer.to_bytes(), filename="blank.pdf")
    assert result.text == ""
    assert result.notes == ("the PDF holds no text: no text layer and no scanned images",)


def test_language_hint_comes_from_the_text_layer():
    assert extract(text_pdf(DANISH), filename="n.pdf").language_hint == "da"


def _numbered_sections() -> bytes:
    """A Danish agenda item whose section numbers have their full stop printed apart ("1 .")."""
    runs = [TextRun(72, 780, "Syddal Kommune"), TextRun(72, 750, "Dagsordenspunkt")]
    sections = [("Renovering af svømmehallen", "Sagsnr. 24/1234"), ("Bilag", "Bilag 1: Tegning af svømmehallen"),
                ("Indstilling", "Forvaltningen indstiller, at udvalget godkender renoveringen."), ("Beslutning", "Godkendt.")]
    for number, (heading, body) in enumerate(sections, 1):
        top = 720 - 60 * (number - 1)
        # The stop sits 3.5 pt after a narrow "1", more than a letter's side bearing.
        runs += [TextRun(72, top, str(number)), TextRun(78.5, top, "."), TextRun(108, top, heading), TextRun(72, top - 20, body)]
    writer = PdfWriter()
    writer.add_page(runs)
    return writer.to_bytes()


def test_section_number_with_its_full_stop_set_apart_reads_as_one_number():
    text = extract(_numbered_sections(), filename="punkt.pdf").text
    assert "1.\tRenovering af svømmehallen" in text
    assert "4.\tBeslutning" in text
    assert " ." not in text


def test_attachment_section_does_not_take_the_headings_after_it():
    from townhall.reading import read

    card = read(_numbered_sections(), filename="punkt.pdf").card
    assert card.attachments == ("Tegning af svømmehallen",)
    assert card.kind == "agenda_item"
