"""Damaged files of every format end in an ExtractionError or in text, never in a crash."""

import io
import random
import zipfile
from email.message import EmailMessage

import docx
import pytest

from bench.corpus.pdf_writer import text_pdf
from bench.corpus.scans import scan_image
from townhall.reading.extractors import ExtractionError, extract
from townhall.reading.ocr import OcrEngine


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Københavns Kommune")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Gremium"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            + "<text:p>Stadt Köln Beschlussvorlage</text:p>" * 20
            + "</office:text></office:body></office:document-content>",
        )
    return buffer.getvalue()


def _eml() -> bytes:
    message = EmailMessage()
    message["Subject"] = "Høring"
    message["From"] = "Borgmester <borgmester@kk.dk>"
    message["To"] = "udvalg@kk.dk"
    message["Date"] = "Mon, 1 Feb 2021 10:00:00 +0100"
    message.set_content("Høringssvar senest 1. marts.")
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="bilag.pdf")
    return bytes(message)


SAMPLES = {
    "vorlage.pdf": lambda: text_pdf("Til: Kultur- og Fritidsudvalget\n\n" + "Tekst om budget. " * 80),
    "notat.docx": _docx,
    "vorlage.odt": _odt,
    "hoering.eml": _eml,
    "side.html": lambda: "<html><head><meta charset='utf-8'></head><body><main><h1>Titel</h1><p>Größe</p></main></body></html>".encode(),
    "notat.txt": lambda: "Sagsnr. 2010-1234 Københavns Kommune".encode("cp1252"),
    "brev.rtf": lambda: rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\pard K\'f8benhavn\par}",
    "scan.png": lambda: scan_image("Stadt Köln", page_inches=(3, 1)),
}


def _damaged(data: bytes, rng: random.Random) -> bytes:
    mutated = bytearray(data)
    choice = rng.random()
    if choice < 0.3:
        return bytes(mutated[: rng.randrange(len(mutated))])
    if choice < 0.7:
        for _ in range(rng.randint(1, 20)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        return bytes(mutated)
    start = rng.randrange(len(mutated))
    mutated[start : start + rng.randint(1, 200)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
    return bytes(mutated)


@pytest.mark.parametrize("filename", sorted(SAMPLES))
def test_damaged_files_raise_extraction_errors_only(filename):
    rng = random.Random(filename)
    original = SAMPLES[filename]()
    # A missing OCR program keeps the image cases fast; it is a setting, not a stand-in.
    engine = OcrEngine(command="/nonexistent/tesseract")
    for _ in range(40):
        try:
            extract(_damaged(original, rng), filename=filename, ocr=engine)
        except ExtractionError:
            pass
