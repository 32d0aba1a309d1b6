"""Damaged, hostile and odd files get the outcome a reader would expect, never a wrong one.

The files are built here (with the hostile corpus's writers), small enough for the suite.
"""

import io
import random
import shutil
import subprocess
import sys

import pytest
from PIL import Image

from bench import hostile_corpus as corpus
from townhall.reading.extractors import DocxExtractor, ExtractionError, PdfExtractor, extract
from townhall.reading.extractors.text import decode_text
from townhall.reading.ocr import OcrEngine

PAPER = corpus.paper(3)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="the tesseract program is not installed")


def reason(data: bytes, filename: str, **options) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract(data, filename=filename, **options)
    return caught.value.reason


# --- PDF --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tail", [bytes(16), bytes(1 << 20), b"<html>mail footer</html>\n" * 40, corpus.docx("x")])
def test_pdf_followed_by_padding_or_other_bytes_is_read(tail):
    result = extract(corpus.text_pdf(PAPER) + tail, filename="vorlage.pdf")
    assert "Sanierung der Turnhalle" in result.text


def test_pdf_cut_off_before_its_end_is_refused_as_corrupt():
    whole = corpus.text_pdf(PAPER)
    assert reason(whole[: len(whole) * 3 // 4], "halb.pdf") == "corrupt"


def test_damaged_pdf_read_after_an_encrypted_one_is_corrupt_not_encrypted():
    assert reason(corpus.encrypted_pdf(PAPER), "geheim.pdf") == "encrypted"
    damaged = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200) + b"%%EOF\n"
    assert reason(damaged, "kaputt.pdf") == "corrupt"


def test_flate_bomb_is_refused_whatever_its_dictionary_says():
    bomb = corpus.zeros_compressed(300_000_000)
    padded = corpus.pages_pdf([b""], extra=[corpus.stream(b"/Filter /FlateDecode /Pad (" + b"x" * 4000 + b")", bomb)])
    abbreviated = corpus.pages_pdf([b""], extra=[corpus.stream(b"/F /Fl", bomb)])
    unnamed = corpus.pages_pdf([b""], extra=[corpus.stream(b"", bomb)])
    assert [reason(data, "bombe.pdf") for data in (padded, abbreviated, unnamed)] == ["pdf_bomb"] * 3


def test_one_stream_inflating_beyond_its_limit_is_refused():
    data = corpus.pages_pdf([b""], extra=[corpus.stream(b"/Filter /FlateDecode", corpus.zeros_compressed(30_000_000))])
    with pytest.raises(ExtractionError) as caught:
        PdfExtractor(max_stream_bytes=20_000_000, max_inflated_bytes=500_000_000).extract(data, "gross.pdf")
    assert caught.value.reason == "pdf_bomb"


@needs_tesseract
def test_scanned_page_showing_a_huge_inline_image_is_refused_before_it_is_drawn():
    image = corpus.zeros_compressed(20000 * 20000)
    data = corpus.pages_pdf([b"q 500 0 0 700 40 60 cm BI /W 20000 /H 20000 /CS /G /BPC 8 /F /Fl ID\n" + image + b"\nEI Q"])
    assert reason(data, "inline.pdf") == "pdf_bomb"


def test_huge_inline_image_is_refused_within_a_readers_memory_budget():
    # PDFium inflates an inline image whole while it loads the page and aborts the process when the
    # memory runs out; the image's data must be measured before PDFium sees the file.
    image = corpus.zeros_compressed(20000 * 20000)
    data = corpus.pages_pdf([b"q 500 0 0 700 40 60 cm BI /W 20000 /H 20000 /CS /G /BPC 8 /F /Fl ID\n" + image + b"\nEI Q"])
    program = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_DATA, (340 << 20, 340 << 20))\n"
        "from townhall.reading.extractors import ExtractionError, extract\n"
        "try:\n"
        "    extract(sys.stdin.buffer.read(), filename='inline.pdf')\n"
        "except ExtractionError as error:\n"
        "    print(error.reason)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], input=data, capture_output=True, timeout=120)
    assert (done.returncode, done.stdout.decode().strip()) == (0, "pdf_bomb")


def test_inline_image_claiming_many_pixels_with_little_data_is_read():
    data = corpus.pages_pdf([
        b"q 500 0 0 700 40 60 cm BI /W 30000 /H 30000 /CS /G /BPC 8 ID\n" + bytes(1000) + b"\nEI Q",
        corpus.text_content(PAPER),
    ])
    assert "Sanierung der Turnhalle" in extract(data, filename="vorlage.pdf").text


@needs_tesseract
def test_scanned_pdf_with_more_pages_than_ocr_reads_is_refused_as_too_costly():
    pages = corpus.pages_pdf([b"q 595 0 0 842 0 0 cm /Im1 Do Q"] * 6, resources=b"/XObject << /Im1 4 0 R >>", extra=[
        corpus.stream(b"/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8", bytes(100))])
    assert reason(pages, "scan.pdf", ocr=OcrEngine(max_pages=5)) == "too_costly"


def test_page_made_of_too_many_text_objects_is_set_aside_with_a_note():
    crowded = b"\n".join(b"BT /F1 4 Tf %d %d Td (x) Tj ET" % (n % 590, n // 590 % 840) for n in range(20_500))
    result = extract(corpus.pages_pdf([corpus.text_content(PAPER), crowded]), filename="voll.pdf")
    assert "Sanierung der Turnhalle" in result.text
    assert any("page 2 was not read" in note for note in result.notes)


# --- Text ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"\x00", bytes(1000), b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf \n\t"])
def test_file_of_nothing_but_nuls_or_a_byte_order_mark_is_refused_as_empty(data):
    assert reason(data, "leer.txt") == "empty"


def test_one_stray_windows_1252_byte_does_not_turn_utf8_text_into_mojibake():
    data = "Köln und Düsseldorf – Straße".encode() + b" \x96 " + "Ærøskøbing".encode()
    text, _ = decode_text(data)
    assert text == "Köln und Düsseldorf – Straße – Ærøskøbing"


def test_utf8_text_with_a_windows_1252_paragraph_keeps_both():
    data = "Søby Kommune, Åbyhøj\n".encode() + "Ændringer: Ærø, Østergade\n".encode("cp1252")
    text, _ = decode_text(data)
    assert "Søby Kommune, Åbyhøj" in text and "Ændringer: Ærø, Østergade" in text


def test_windows_1252_file_is_still_read_as_windows_1252():
    assert decode_text("Köln – „Vorlage“".encode("cp1252"))[0] == "Köln – „Vorlage“"


def test_text_file_beyond_the_reading_limit_is_read_in_part_with_a_note():
    from townhall.reading.extractors import PlainTextExtractor

    extractor = PlainTextExtractor()
    extractor.max_bytes = 4096
    result = extractor.extract(((PAPER + "\n") * 50).encode(), "lang.txt")
    assert len(result.text.encode()) <= 4096
    assert any("only the first" in note for note in result.notes)


# --- Files that are not what their name says ----------------------------------------------------------------


@pytest.mark.parametrize("name, expected", [("x.eml", "binary_garbage"), ("x.html", "binary_garbage"), ("x.rtf", "corrupt"),
                                            ("x.txt", "binary_garbage")])
def test_random_bytes_are_refused_whatever_the_name(name, expected):
    assert reason(random.Random(3).randbytes(20000), name) == expected


# --- HTML -----------------------------------------------------------------------------------------------


def test_text_nested_deeper_than_the_html_parser_goes_is_kept():
    body = "<p>Sanierung der Turnhalle, Sachbearbeiterin Katrin Albers</p>"
    for markup in ("<html><body>" + "<div>" * 5000 + body + "</div>" * 5000 + "</body></html>",
                   "<html><body>" + "<span><b>" * 20000 + body):
        assert "Katrin Albers" in extract(markup.encode(), filename="tief.html").text


def test_text_on_a_line_longer_than_the_html_parser_takes_is_kept():
    markup = "<html><body><p>" + "Turnhalle " * 1_100_000 + "</p><p>Katrin Albers</p></body></html>"
    assert "Katrin Albers" in extract(markup.encode(), filename="lang.html").text


def test_external_entity_in_a_page_is_never_resolved():
    markup = '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY s SYSTEM "file:///etc/passwd">]><html><body><p>&s;</p><p>Rat</p></body></html>'
    assert "root:" not in extract(markup.encode(), filename="xxe.html").text


# --- Mail, Word, images ------------------------------------------------------------------------------------


def test_mail_with_more_attachments_than_are_read_keeps_the_first_with_a_note():
    data = corpus.mail(PAPER, attachments=[(f"bilag-{n}.txt", "text/plain", f"Bilag {n}".encode()) for n in range(120)])
    result = extract(data, filename="viele.eml")
    assert len(result.parts) == 100
    assert any("only the first 100 attachments" in note for note in result.notes)


def test_word_file_whose_zip_index_understates_a_part_is_refused_as_corrupt():
    with pytest.raises(ExtractionError) as caught:
        DocxExtractor().extract(corpus.docx_bomb(50_000_000, lie=True), "luege.docx")
    assert caught.value.reason == "corrupt"


def test_word_file_unpacking_beyond_the_limit_is_refused():
    with pytest.raises(ExtractionError) as caught:
        DocxExtractor(max_unpacked_bytes=10_000_000, max_ratio=10).extract(corpus.docx_bomb(30_000_000), "bombe.docx")
    assert caught.value.reason == "too_large"


def test_image_claiming_more_pixels_than_a_scan_has_is_refused_before_decoding():
    big = io.BytesIO()
    Image.new("L", (9000, 9000), 255).save(big, format="PNG")
    assert reason(big.getvalue(), "gross.png", ocr=OcrEngine(command="/bin/true")) == "image_bomb"
    assert reason(corpus.png_claiming(40000, 40000), "luege.png", ocr=OcrEngine(command="/bin/true")) == "image_bomb"


def test_image_with_more_pages_than_ocr_reads_is_refused_as_too_costly():
    assert reason(corpus.multi_frame_tiff(12), "mappe.tif", ocr=OcrEngine(command="/bin/true", max_pages=10)) == "too_costly"



# --- What the analysis reads ----------------------------------------------------------------------------


def test_analysis_reads_a_bounded_part_of_a_huge_document_and_the_text_stays_whole():
    from townhall.reading import read
    from townhall.reading.reader import analysed_part
    from townhall.reading.text_layout import text_document

    heading = "Sanierung der Turnhalle Lindenau\n\n"
    data = (heading + ("Die Turnhalle wird saniert. " * 40_000) + "\n\n" + "Beschluss: einstimmig.\n" * 20_000).encode()
    reading = read(data, filename="riesig.txt")
    assert reading.text.startswith(heading.strip()) and len(reading.text) > 1_500_000
    assert "Beschluss: einstimmig." in reading.text[-100:]
    part = analysed_part(text_document(reading.text), max_chars=200_000, max_line=5_000)
    assert max(len(line.text) for page in part.pages for item in page.items for line in item.lines) <= 5_000
    assert len(part.text) <= 200_000 + 5_000
    assert part.text.startswith("Sanierung der Turnhalle Lindenau")


def test_document_within_the_analysis_budget_is_analysed_whole():
    from townhall.reading.reader import analysed_part
    from townhall.reading.text_layout import text_document

    document = text_document(PAPER)
    assert analysed_part(document) is document


def test_tag_with_a_hundred_thousand_attributes_keeps_the_page_text():
    markup = "<html><body><p " + " ".join(f"a{n}='{n}'" for n in range(100_000)) + ">x</p><p>Katrin Albers</p></body></html>"
    assert "Katrin Albers" in extract(markup.encode(), filename="attribute.html").text
