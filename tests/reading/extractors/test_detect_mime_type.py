"""Format detection: content first, then the file name."""

import io

import docx
import pytest

from bench.corpus.pdf_writer import text_pdf
from townhall.reading.extractors import detect_mime_type


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Beschlussvorlage")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_is_recognised_by_its_header_whatever_its_name():
    assert detect_mime_type(text_pdf("Referat"), "referat.txt") == "application/pdf"


def test_word_file_is_recognised_inside_its_zip_container():
    assert detect_mime_type(_docx_bytes(), None) == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


@pytest.mark.parametrize(
    "start",
    [b"<!DOCTYPE html><html><body>x</body></html>", b"  <html lang='da'><p>x</p></html>", b"<?xml version='1.0'?>\n<html>"],
)
def test_html_is_recognised_by_its_opening_tag(start):
    assert detect_mime_type(start, "download") == "text/html"


def test_html_in_utf16_with_bom_is_recognised():
    assert detect_mime_type("<!doctype html><p>Größe</p>".encode("utf-16"), None) == "text/html"


def test_email_is_recognised_by_its_headers():
    message = b"From: a@kk.dk\r\nTo: b@kk.dk\r\nSubject: Hoering\r\nDate: Mon, 1 Feb 2021 10:00:00 +0100\r\n\r\nTekst"
    assert detect_mime_type(message, None) == "message/rfc822"


def test_text_with_a_colon_in_the_first_line_is_not_taken_for_email():
    assert detect_mime_type(b"Til: Kultur- og Fritidsudvalget\n\nNotat", None) == "text/plain"


def test_extension_decides_when_content_says_nothing():
    assert detect_mime_type(b"\x00\x01\x02garbage", "scan.pdf") == "application/pdf"


def test_png_is_recognised_by_its_signature():
    assert detect_mime_type(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "bild") == "image/png"


def test_utf16_text_without_bom_is_text():
    assert detect_mime_type("Sagsnr. 2010-105765 Dok.nr.".encode("utf-16-le"), None) == "text/plain"


def test_binary_without_a_known_name_is_octet_stream():
    assert detect_mime_type(bytes(range(256)), None) == "application/octet-stream"
