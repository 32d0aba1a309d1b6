"""The small PDF writer that makes test documents and corpus PDFs."""

import pypdfium2
import pytest

from bench.corpus.pdf_writer import PdfWriter, TextRun, layout_text, text_pdf


def _text_layer(data: bytes, password: str | None = None) -> str:
    document = pypdfium2.PdfDocument(data, password=password)
    return "\n".join(document[index].get_textpage().get_text_range() for index in range(len(document)))


def test_windows_1252_characters_survive_in_the_text_layer():
    sample = "æøå ÆØÅ äöü ÄÖÜ ß € „Anführung“ – é (Klammer) back\\slash"
    assert sample in _text_layer(text_pdf(sample))


def test_encrypted_pdf_opens_with_its_password_only():
    data = text_pdf("Lukket punkt: Personalesag", user_password="hemmelig")
    with pytest.raises(pypdfium2.PdfiumError):
        pypdfium2.PdfDocument(data)
    assert "Lukket punkt: Personalesag" in _text_layer(data, password="hemmelig")


def test_long_text_flows_onto_further_pages_with_footers():
    text = "\n\n".join(f"Absatz {number}: " + "Wort " * 60 for number in range(40))
    pages = layout_text(text, footer=lambda page, total: f"Seite {page} von {total}")
    assert len(pages) > 2
    assert pages[-1].runs[-1].text == f"Seite {len(pages)} von {len(pages)}"


def test_form_feed_line_starts_a_new_page():
    pages = layout_text("Erste Seite\n\f\nZweite Seite")
    assert [[run.text for run in page.runs] for page in pages] == [["Erste Seite"], ["Zweite Seite"]]


def test_lines_stay_inside_the_page_margins():
    pages = layout_text("Sagsfremstilling " * 300, columns=2)
    for page in pages:
        for run in page.runs:
            assert 0 < run.x < page.width and 0 < run.y < page.height


def test_bold_marker_lines_use_the_bold_font_without_asterisks():
    pages = layout_text("**Indstilling**\nalmindelig tekst")
    runs = pages[0].runs
    assert (runs[0].text, runs[0].bold) == ("Indstilling", True)
    assert runs[1].bold is False


def test_same_pages_give_identical_bytes():
    def build():
        writer = PdfWriter()
        writer.add_page([TextRun(72, 700, "Dagsorden")])
        return writer.to_bytes()

    assert build() == build()
