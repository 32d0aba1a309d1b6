"""Scanned pages and images read with Tesseract."""

import io
import shutil
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from bench.corpus.pdf_writer import PdfWriter, TextRun
from bench.corpus.scans import render_page, scan_image, scan_pdf
from townhall.reading.extractors import ExtractionError, ImageExtractor, PdfExtractor, extract
from townhall.reading.ocr import OcrEngine

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="the tesseract program is not installed (apt install tesseract-ocr)"
)

SHORT_PAGE = (8.27, 3.2)
DANISH_SCAN = (
    "Københavns Kommune\n"
    "Beskæftigelses- og Integrationsudvalget\n"
    "Høringssvar skal være modtaget senest\n"
    "den 11. oktober 2010. Større økonomi."
)
GERMAN_SCAN = (
    "Stadt Köln - Der Oberbürgermeister\n"
    "Mitteilung an den Integrationsrat\n"
    "Die Größe der Maßnahme wird geprüft.\n"
    "Übergänge zwischen Schule und Beruf"
)


def merged_pdf(*documents: bytes) -> bytes:
    """Return one PDF holding the pages of ``documents`` in order."""
    merged = pypdfium2.PdfDocument.new()
    for data in documents:
        merged.import_pages(pypdfium2.PdfDocument(data))
    buffer = io.BytesIO()
    merged.save(buffer)
    return buffer.getvalue()


@needs_tesseract
def test_danish_scan_is_read_with_danish_letters():
    result = extract(scan_pdf([DANISH_SCAN], page_inches=SHORT_PAGE), filename="scan.pdf")
    for word in ("Københavns", "Beskæftigelses-", "Høringssvar", "oktober", "økonomi"):
        assert word in result.text
    assert result.language_hint == "da"


@needs_tesseract
def test_german_scan_is_read_with_umlauts_and_sharp_s():
    result = extract(scan_pdf([GERMAN_SCAN], page_inches=SHORT_PAGE), filename="scan.pdf")
    for word in ("Köln", "Oberbürgermeister", "Größe", "Maßnahme", "Übergänge"):
        assert word in result.text


@needs_tesseract
def test_scanned_page_is_read_between_pages_with_text_layer():
    writer = PdfWriter()
    writer.add_page([TextRun(72, 700, "Side 1: Indstilling til Borgerrepræsentationen om integration og beskæftigelse")])
    scanned = scan_pdf([DANISH_SCAN], page_inches=SHORT_PAGE)
    text = extract(merged_pdf(writer.to_bytes(), scanned), filename="blandet.pdf").text
    assert text.index("Side 1: Indstilling") < text.index("Høringssvar")


@needs_tesseract
def test_page_scanned_sideways_is_turned_and_read():
    page = render_page(DANISH_SCAN + "\nForvaltningen indstiller, at udvalget godkender planen for det nye år.", page_inches=SHORT_PAGE)
    buffer = io.BytesIO()
    page.rotate(90, expand=True, fillcolor=255).save(buffer, format="PNG", dpi=(300, 300))
    text = extract(buffer.getvalue(), filename="sidelaens.png").text
    assert "Københavns Kommune" in text and "Høringssvar" in text


@needs_tesseract
def test_png_image_is_read_by_ocr():
    result = extract(scan_image(GERMAN_SCAN, page_inches=SHORT_PAGE), filename="seite.png")
    assert "Integrationsrat" in result.text
    assert result.mime_type == "image/png"


@needs_tesseract
def test_tiff_image_is_read_by_ocr():
    result = extract(scan_image(DANISH_SCAN, image_format="TIFF", page_inches=SHORT_PAGE), filename="side.tif")
    assert "Integrationsudvalget" in result.text


def test_scan_without_ocr_program_gives_empty_text_and_a_note():
    engine = OcrEngine(command="/nonexistent/tesseract")
    result = PdfExtractor(ocr=engine).extract(scan_pdf([DANISH_SCAN], page_inches=SHORT_PAGE), "scan.pdf")
    assert result.text == ""
    assert any("page 1 had no text layer" in note and "not installed" in note for note in result.notes)


def test_text_layer_is_kept_when_ocr_program_is_missing():
    writer = PdfWriter()
    writer.add_page([TextRun(72, 700, "Dagsorden for mødet i Kultur- og Fritidsudvalget den 3. marts")])
    data = merged_pdf(writer.to_bytes(), scan_pdf([DANISH_SCAN], page_inches=SHORT_PAGE))
    result = extract(data, filename="d.pdf", ocr=OcrEngine(command="/nonexistent/tesseract"))
    assert result.text.startswith("Dagsorden for mødet")
    assert any("page 2" in note for note in result.notes)


def test_image_without_ocr_program_is_rejected_as_ocr_unavailable():
    engine = OcrEngine(command="/nonexistent/tesseract")
    with pytest.raises(ExtractionError) as caught:
        ImageExtractor(ocr=engine).extract(scan_image(GERMAN_SCAN, page_inches=SHORT_PAGE), "seite.png")
    assert caught.value.reason == "ocr_unavailable"


@needs_tesseract
def test_ocr_languages_follow_the_language_of_the_text_layer():
    languages, notes = OcrEngine().languages_for("de")
    assert languages == ("deu",) and notes == []
    assert OcrEngine().languages_for(None)[0] == ("dan", "deu", "eng")


@needs_tesseract
def test_missing_language_pack_gives_a_note_and_english_reading(tmp_path):
    tessdata = tmp_path / "tessdata"
    tessdata.mkdir()
    (tessdata / "eng.traineddata").symlink_to(_tessdata_dir() / "eng.traineddata")
    engine = OcrEngine(tessdata_dir=str(tessdata))
    result = PdfExtractor(ocr=engine).extract(scan_pdf([DANISH_SCAN], page_inches=SHORT_PAGE), "scan.pdf")
    assert "Kommune" in result.text
    assert any("no language pack for dan" in note for note in result.notes)


def _tessdata_dir() -> Path:
    """Return the folder Tesseract reports its language packs in."""
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout
    first = listing.splitlines()[0]
    return Path(first[first.index('"') + 1 : first.rindex('"')])


@needs_tesseract
def test_scan_with_a_stamped_page_number_is_read_by_ocr_without_doubling_the_stamp():
    scan = pypdfium2.PdfDocument(scan_pdf([DANISH_SCAN], page_inches=SHORT_PAGE))
    stamp = PdfWriter()
    stamp.add_page([TextRun(500, 20, "Side 2", 11)], width=595, height=230)
    page = scan[0]
    page.insert_obj(pypdfium2.PdfDocument(stamp.to_bytes()).page_as_xobject(0, scan).as_pageobject())
    page.gen_content()
    buffer = io.BytesIO()
    scan.save(buffer)
    text = extract(buffer.getvalue(), filename="stemplet.pdf").text
    assert "Høringssvar" in text
    assert text.count("Side 2") == 1


def _pdf_with_text_as_images(heading: str, lines: list[str]) -> bytes:
    """Return a one-page PDF whose heading is text and whose other lines are drawn as pictures, a word each."""
    from PIL import Image, ImageDraw

    from bench.corpus.scans import scan_font

    writer = PdfWriter()
    writer.add_page([TextRun(72, 780, heading, size=16)])
    document = pypdfium2.PdfDocument(writer.to_bytes())
    page = document[0]
    font = scan_font(48)
    y = 720
    for line in lines:
        x = 72
        for word in line.split():
            left, top, right, bottom = font.getbbox(word)
            image = Image.new("L", (right + 8, 64), 255)
            ImageDraw.Draw(image).text((4, 4), word, fill=0, font=font)
            picture = pypdfium2.PdfImage.new(document)
            picture.set_bitmap(pypdfium2.PdfBitmap.from_pil(image))
            width, height = image.width * 72 / 300 * 1.0, image.height * 72 / 300
            picture.set_matrix(pypdfium2.PdfMatrix().scale(width, height).translate(x, y))
            page.insert_obj(picture)
            x += width + 4
        y -= 22
    page.gen_content()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@needs_tesseract
def test_page_whose_text_is_set_as_many_pictures_is_read_by_ocr():
    # Some PDF printers set each word as an image and keep only a heading as text.
    lines = ["Tagesordnung der Sitzung", "1. Neue Spielplätze im Quartier", "2. Beleuchtung am Marktplatz",
             "Mit freundlichen Grüßen", "gez. Petra Lindqvist"]
    text = extract(_pdf_with_text_as_images("Einladung Quartiersbeirat", lines), filename="einladung.pdf").text
    assert "Einladung Quartiersbeirat" in text
    assert "Spielplätze" in text and "Beleuchtung" in text and "Lindqvist" in text
    assert text.count("Einladung Quartiersbeirat") == 1
