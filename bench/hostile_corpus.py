"""Write a corpus of malformed, hostile and odd files, each with the outcome an ingest must give it.

Usage (from the checkout, with the virtualenv):

    .venv/bin/python bench/hostile_corpus.py OUT

writes ``OUT/hostile/...`` (one folder per family), ``OUT/sequence/...`` (files whose order
matters: they are named on the command line in sorted order, so one reading process meets them
one after the other) and ``OUT/expected.json``: for each file its family, what it is, and the
outcomes accepted for it — ``ingested`` (a paper), ``duplicate`` (same bytes as another file),
``skipped`` (the folder walk passes it by) or the reason of the stored error (``corrupt``,
``pdf_bomb``, ``too_costly`` ...). Everything is generated here from code and a fixed seed; no
binary fixture is kept. ``bench/hostile.py`` ingests the corpus beside good files and checks it.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# --- Texts written for this corpus ---------------------------------------------------------------

GERMAN = """Stadt Lindenau
Der Oberbürgermeister

Beschlussvorlage
Vorlagen-Nummer: {number}/2025
Datum: 03.03.2025

Betreff: Sanierung der Turnhalle an der Grundschule Am Weiher

Beratungsfolge:
Gremium\tSitzung\tZuständigkeit
Ausschuss für Schule und Sport\t18.03.2025\tVorberatung
Rat der Stadt Lindenau\t27.03.2025\tEntscheidung

Sachbearbeiterin: Katrin Albers

Beschlussvorschlag:
Der Rat der Stadt Lindenau beschließt, die Turnhalle der Grundschule Am Weiher im Jahr 2026 zu sanieren.
Die Kosten von 1,2 Mio. Euro werden im Haushalt bereitgestellt. Köln, Düsseldorf und Münster haben
ähnliche Hallen bereits saniert.

gez. Thomas Brandt
Oberbürgermeister
"""

DANISH = """Søby Kommune

Til: Børne- og Skoleudvalget

12-05-2025

Orientering om ny skolestruktur {number}

Sagsnr.
2025-{number}

Forvaltningen orienterer udvalget om den nye skolestruktur, som træder i kraft efter sommerferien.
Udvalget skal tage orienteringen til efterretning, og høringssvar skal være forvaltningen i hænde
senest den 1. juni 2025. Skolerne i Ærøskøbing og Åbyhøj indgår i planen.

Sagsbehandler
Mette Holm
"""

ENGLISH = """Borough of Eastbridge

Report to: Cabinet
Date of meeting: 14 April 2025

Subject: Library opening hours review {number}

Summary
This report sets out the results of the consultation on library opening hours and recommends a
new timetable from 1 September 2025. Responses must be received by 30 May 2025.

Recommendation
That the Cabinet approves the new opening hours for all branch libraries.

Contact officer: Daniel Hughes, Head of Libraries
"""


def paper(number: int) -> str:
    """Return one of the three papers, numbered."""
    return (GERMAN, DANISH, ENGLISH)[number % 3].format(number=f"{number:04d}")


# --- A small PDF writer: enough control to build damaged and hostile files -----------------------


def pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_content(text: str, *, top: float = 780, size: float = 11) -> bytes:
    lines = [b"BT", b"/F1 %g Tf" % size, b"%g TL" % (size * 1.3), b"56 %g Td" % top]
    for line in text.splitlines():
        lines.append(pdf_string(line.replace("\t", "    ")) + b" Tj T*")
    lines.append(b"ET")
    return b"\n".join(lines)


def stream(entries: bytes, data: bytes) -> bytes:
    return b"<< " + entries + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def assemble(objects: list[bytes], *, trailer: bytes = b"", header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") -> bytes:
    """Return a PDF whose object n+1 is ``objects[n]`` and whose catalog is object 1."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, start)
    return bytes(out)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pages_pdf(contents: list[bytes], *, media: tuple[float, float] = (595, 842), resources: bytes = b"/Font << /F1 3 0 R >>",
              extra: list[bytes] = (), count: int | None = None, catalog_extra: bytes = b"", trailer: bytes = b"") -> bytes:
    """Return a PDF with one page per content stream (objects: 1 catalog, 2 pages, 3 font, then extra, then pages)."""
    first_page = 4 + len(extra)
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * index) for index in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % (len(contents) if count is None else count),
        FONT,
        *extra,
    ]
    for index, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources << %s >> /Contents %d 0 R >>"
            % (media[0], media[1], resources, first_page + 2 * index + 1)
        )
        objects.append(stream(b"", content))
    return assemble(objects, trailer=trailer)


def text_pdf(text: str, **options) -> bytes:
    pages = [page for page in text.split("\f")]
    return pages_pdf([text_content(page) for page in pages], **options)


def flate_stream(entries: bytes, data: bytes, *, level: int = 9) -> bytes:
    return stream(entries + b" /Filter /FlateDecode", zlib.compress(data, level))


def zeros_compressed(size: int) -> bytes:
    """Return zlib data that inflates to *size* zero bytes (built in pieces: no large buffer)."""
    compressor = zlib.compressobj(9)
    piece = bytes(1 << 20)
    out = bytearray()
    left = size
    while left > 0:
        out += compressor.compress(piece[: min(left, len(piece))])
        left -= len(piece)
    out += compressor.flush()
    return bytes(out)


# RC4 and the PDF standard security handler, revision 2 (40-bit keys).
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def encrypted_pdf(text: str, user_password: bytes = b"geheim", owner_password: bytes = b"owner") -> bytes:
    """Return a one-page PDF encrypted with RC4 (a user password is needed to open it)."""
    padded_user = (user_password + _PAD)[:32]
    owner_key = hashlib.md5((owner_password + _PAD)[:32]).digest()[:5]
    owner_entry = rc4(owner_key, padded_user)
    permissions = -44
    file_id = hashlib.md5(text.encode()).digest()
    key = hashlib.md5(padded_user + owner_entry + struct.pack("<i", permissions) + file_id).digest()[:5]
    user_entry = rc4(key, _PAD)
    content = text_content(text)
    content_number = 5
    object_key = hashlib.md5(key + content_number.to_bytes(3, "little") + b"\x00\x00").digest()[:10]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        stream(b"", rc4(object_key, content)),
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (owner_entry.hex().encode(), user_entry.hex().encode(), permissions),
    ]
    hex_id = file_id.hex().encode()
    return assemble(objects, trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (hex_id, hex_id))


def image_pdf(width: int, height: int, data: bytes, *, entries: bytes = b"", draw: bytes | None = None,
              padding: int = 0, text: str = "") -> bytes:
    """Return a one-page PDF showing one image XObject (its dictionary padded by *padding* bytes)."""
    pad = b" /Pad (" + b"x" * padding + b")" if padding else b""
    image = stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8%s%s"
                   % (width, height, entries, pad), data)
    content = (draw or b"q 500 0 0 700 40 60 cm /Im1 Do Q") + (b"\n" + text_content(text) if text else b"")
    return pages_pdf([content], resources=b"/Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >>", extra=[image])


# --- Other formats ---------------------------------------------------------------------------------


def png(width: int, height: int, *, text: str = "", mode: str = "L") -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new(mode, (width, height), 255 if mode == "L" else (255, 255, 255))
    if text:
        draw = ImageDraw.Draw(image)
        for number, line in enumerate(text.splitlines()[:40]):
            draw.text((20, 20 + 14 * number), line, fill=0 if mode == "L" else (0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def png_claiming(width: int, height: int, payload: bytes = b"") -> bytes:
    """Return a PNG whose header claims *width* × *height* with little or no image data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(payload)) + chunk(b"IEND", b"")


def image_bytes(image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def multi_frame_tiff(frames: int, size: tuple[int, int] = (120, 60)) -> bytes:
    from PIL import Image, ImageDraw

    images = []
    for number in range(frames):
        image = Image.new("1", size, 1)
        ImageDraw.Draw(image).text((5, 20), f"Seite {number + 1}", fill=0)
        images.append(image)
    return image_bytes(images[0], "TIFF", save_all=True, append_images=images[1:], compression="group4")


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_body(paragraphs_xml: str, *, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{_W}"><w:body>{paragraphs_xml}</w:body></w:document>')


def paragraphs(text: str) -> str:
    from xml.sax.saxutils import escape

    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in text.splitlines())


def docx(document_xml: str | bytes, *, extra: dict[str, bytes] | None = None, leave_out: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "word/document.xml": document_xml, **(extra or {})}
        for name, content in parts.items():
            if name not in leave_out:
                archive.writestr(name, content)
    return buffer.getvalue()


def docx_bomb(unpacked: int, *, lie: bool = False) -> bytes:
    """Return a .docx whose document.xml inflates to *unpacked* bytes (with *lie*, its directory says 1 kB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w") as member:
            member.write(docx_body("")[:-len("</w:body></w:document>")].encode())
            filler = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000
            written = 0
            while written < unpacked:
                member.write(filler)
                written += len(filler)
            member.write(b"</w:body></w:document>")
    data = buffer.getvalue()
    if lie:
        # Rewrite the sizes the central directory states for document.xml.
        at = data.rfind(b"word/document.xml")
        header = data.rfind(b"PK\x01\x02", 0, at)
        data = data[: header + 24] + struct.pack("<I", 1000) + data[header + 28:]
    return data


def odt(content_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content_xml)
    return buffer.getvalue()


def odt_content(text: str, *, prolog: str = "") -> str:
    from xml.sax.saxutils import escape

    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.splitlines())
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            f"{body}</office:text></office:body></office:document-content>")


def mail(body: str, *, subject: str = "Orientering om ny skolestruktur", attachments: list[tuple[str, str, bytes]] = (),
         headers: dict[str, str] | None = None) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "forvaltningen@soeby.dk"
    message["To"] = "udvalg@soeby.dk"
    message["Subject"] = subject
    message["Date"] = "Mon, 12 May 2025 09:00:00 +0200"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    for filename, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


# --- The corpus ------------------------------------------------------------------------------------


@dataclass
class Entry:
    """One file of the corpus: where it goes, how it is made and what an ingest must make of it."""

    path: str
    expected: tuple[str, ...]
    what: str
    make: Callable[[Path], None]
    family: str = ""
    #: Text the stored text of this file must never contain (secrets an attack tries to pull in).
    forbidden: tuple[str, ...] = ()
    #: Text the stored text must contain (what a sound reading keeps).
    required: tuple[str, ...] = ()


@dataclass
class Corpus:
    entries: list[Entry] = field(default_factory=list)
    family: str = ""

    def add(self, name: str, content: bytes | str | Callable[[], bytes], expected: str | tuple[str, ...], what: str, *,
            folder: str = "hostile", forbidden: tuple[str, ...] = (), required: tuple[str, ...] = ()) -> None:
        def make(target: Path, content=content) -> None:
            data = content() if callable(content) else content
            target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

        self.entries.append(Entry(f"{folder}/{self.family}/{name}", _tuple(expected), what, make, self.family, forbidden, required))

    def special(self, name: str, make: Callable[[Path], None], expected: str | tuple[str, ...], what: str) -> None:
        self.entries.append(Entry(f"hostile/{self.family}/{name}", _tuple(expected), what, make, self.family))


def _tuple(value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def build() -> Corpus:
    corpus = Corpus()
    rng = random.Random(20250311)
    _pdf_files(corpus, rng)
    _pdf_bombs(corpus)
    _image_files(corpus, rng)
    _text_files(corpus, rng)
    _html_files(corpus, rng)
    _office_files(corpus, rng)
    _mail_and_rtf(corpus, rng)
    _names_and_kinds(corpus, rng)
    _file_system(corpus)
    _sequence(corpus)
    return corpus


def _pdf_files(corpus: Corpus, rng: random.Random) -> None:
    corpus.family = "pdf-damaged"
    good = text_pdf(paper(101))
    for share in (0.05, 0.25, 0.5, 0.75, 0.9):
        corpus.add(f"truncated-{int(share * 100):02d}.pdf", good[: int(len(good) * share)], "corrupt",
                   f"a text PDF cut off after {int(share * 100)} % of its bytes")
    for size in (16, 4096, 1 << 20):
        corpus.add(f"trailing-nuls-{size}.pdf", text_pdf(paper(102 + size % 7)) + bytes(size), "ingested",
                   f"a sound PDF followed by {size} NUL bytes (padded by a transfer or a disk image)")
    corpus.add("appended-random.pdf", text_pdf(paper(110)) + rng.randbytes(5000), "ingested", "a sound PDF followed by 5 kB of random bytes")
    corpus.add("appended-html.pdf", text_pdf(paper(111)) + b"<html><body>mail footer</body></html>\n" * 20, "ingested",
               "a sound PDF with an HTML footer appended by a mail gateway")
    corpus.add("appended-zip.pdf", text_pdf(paper(112)) + docx(docx_body(paragraphs("Bilag"))), "ingested",
               "a PDF/ZIP polyglot: a sound PDF with a zip archive appended")
    corpus.add("leading-garbage.pdf", b"X" * 300 + text_pdf(paper(113)), "ingested", "a sound PDF after 300 bytes of junk")
    corpus.add("no-eof-marker.pdf", text_pdf(paper(114)).replace(b"%%EOF", b"%%EOX"), ("ingested", "corrupt"),
               "a PDF whose end-of-file marker is misspelt")
    broken_xref = bytearray(text_pdf(paper(115)))
    at = broken_xref.find(b"xref\n0 ")
    broken_xref[at + 40: at + 60] = b"9999999999 00000 n \n"
    corpus.add("broken-xref.pdf", bytes(broken_xref), "ingested", "a PDF with a wrong cross-reference offset (repairable)")
    corpus.add("no-xref.pdf", text_pdf(paper(116)).split(b"xref")[0] + b"%%EOF\n", ("ingested", "corrupt"),
               "a PDF without cross-reference table and trailer")
    corpus.add("zero-pages.pdf", pages_pdf([]), "corrupt", "a PDF whose page tree is empty")
    corpus.add("garbage-content.pdf", pages_pdf([rng.randbytes(4000)]), "ingested", "a PDF whose page content is random bytes")
    corpus.add("header-only.pdf", b"%PDF-1.7\n", "corrupt", "only a PDF header")
    corpus.add("random-named-pdf.pdf", rng.randbytes(20000), "corrupt", "random bytes named .pdf")
    corpus.add("elf-named-pdf.pdf", b"\x7fELF\x02\x01\x01" + rng.randbytes(3000), "corrupt", "an executable's header named .pdf")
    nested = b"[" * 5000 + b"]" * 5000
    corpus.add("deep-arrays.pdf", pages_pdf([text_content(paper(117))], catalog_extra=b"/Deep " + nested + b" "), "ingested",
               "a PDF with 5,000 nested arrays in its catalog")
    loop = assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])
    corpus.add("page-tree-loop.pdf", loop, ("corrupt", "ingested"), "a PDF whose page tree contains itself")
    corpus.add("javascript.pdf", pages_pdf([text_content(paper(118))], catalog_extra=b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "),
               "ingested", "a PDF with JavaScript run on opening (never run here)")
    corpus.add("launch-action.pdf", pages_pdf([text_content(paper(119))], catalog_extra=b"/OpenAction << /S /Launch /F (/bin/sh) >> "),
               "ingested", "a PDF that asks to launch a program")
    corpus.add("vector-only.pdf", pages_pdf([b"0 0 m 500 800 l S " * 200]), "ingested", "a PDF with drawings and no text")
    corpus.add("many-small-pages.pdf", text_pdf("\f".join(f"Seite {n}" for n in range(1, 400))), "ingested", "399 pages of one line each")
    corpus.add("huge-string.pdf", pages_pdf([b"BT /F1 8 Tf 10 800 Td (" + b"A" * 3_000_000 + b") Tj ET"]), "ingested",
               "one text string of 3 million characters on a page")
    corpus.add("many-text-objects.pdf",
               pages_pdf([b"\n".join(b"BT /F1 4 Tf %d %d Td (x) Tj ET" % (n % 590, n // 590 % 840) for n in range(200_000))]),
               ("ingested", "too_costly", "timeout"), "200,000 separate text objects on one page")
    corpus.add("encrypted-rc4.pdf", encrypted_pdf(paper(120)), "encrypted", "a PDF encrypted with a user password (RC4)")
    corpus.add("encrypted-empty-user.pdf", encrypted_pdf(paper(121), user_password=b""), "ingested",
               "a PDF encrypted with an empty user password (opens without one)")


def _pdf_bombs(corpus: Corpus) -> None:
    corpus.family = "pdf-bombs"
    bomb = zeros_compressed(1_500_000_000)
    corpus.add("flate-bomb.pdf", pages_pdf([b""], extra=[stream(b"/Filter /FlateDecode", bomb)]), "pdf_bomb",
               "a 1.5 GB flate stream (1.5 MB compressed) in a spare object")
    corpus.add("flate-bomb-padded.pdf",
               pages_pdf([b""], extra=[stream(b"/Filter /FlateDecode /Pad (" + b"x" * 4000 + b")", bomb)]), "pdf_bomb",
               "the same bomb with 4 kB of padding in its stream dictionary")
    corpus.add("flate-bomb-content.pdf", assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream(b"/Filter [/FlateDecode] /Pad (" + b" " * 3000 + b")", zeros_compressed(1_000_000_000)),
    ]), "pdf_bomb", "a page content stream inflating to 1 GB, padded, with the filter in an array")
    corpus.add("flate-bomb-abbreviated.pdf",
               pages_pdf([b""], extra=[stream(b"/F /Fl /Pad (" + b"x" * 2000 + b")", bomb)]), "pdf_bomb",
               "a bomb naming its filter by the inline-image abbreviation")
    big = 40000
    image = zeros_compressed(big * big)
    corpus.add("image-40000-padded.pdf", image_pdf(big, big, image, entries=b" /Filter /FlateDecode", padding=3000), "pdf_bomb",
               "a page showing a 40000 × 40000 image, its dictionary padded")
    corpus.add("image-40000-with-text.pdf",
               image_pdf(big, big, image, entries=b" /Filter /FlateDecode", padding=3000, text=paper(130)), "pdf_bomb",
               "a 40000 × 40000 image behind a text layer")
    inline = zeros_compressed(20000 * 20000)
    corpus.add("inline-image-20000.pdf", pages_pdf([
        b"q 500 0 0 700 40 60 cm BI /W 20000 /H 20000 /CS /G /BPC 8 /F /Fl ID\n" + inline + b"\nEI Q"]), ("pdf_bomb", "too_costly"),
        "a 20000 × 20000 inline image in the page content")
    corpus.add("inline-image-lying.pdf", pages_pdf([
        b"q 500 0 0 700 40 60 cm BI /W 30000 /H 30000 /CS /G /BPC 8 ID\n" + bytes(1000) + b"\nEI Q"]), ("pdf_bomb", "ingested"),
        "an inline image claiming 30000 × 30000 pixels with 1 kB of data")
    corpus.add("page-count-lie.pdf", pages_pdf([text_content(paper(131))], count=10_000_000), ("ingested", "corrupt", "pdf_bomb"),
               "a page tree claiming ten million pages")
    corpus.add("many-pages.pdf", text_pdf("\f".join("x" for _ in range(2500))), "pdf_bomb", "2,500 real pages (more than are read)")
    corpus.add("huge-page.pdf", pages_pdf([text_content("Plakat")], media=(100_000, 100_000)), "pdf_bomb", "a page of 100,000 points square")
    corpus.add("scan-12-pages.pdf", lambda: _scan_pdf(12), "ingested", "12 scanned pages (within what is read)")
    corpus.add("scan-150-pages.pdf", lambda: _scan_pdf(150), "too_costly", "150 scanned pages: more OCR than one document may take")
    corpus.add("scan-huge-image.pdf", image_pdf(12000, 12000, zeros_compressed(12000 * 12000), entries=b" /Filter /FlateDecode"),
               ("pdf_bomb", "too_costly"), "a scan of 12000 × 12000 pixels (144 megapixels)")


def _scan_pdf(pages: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(image).text((60, 80), "Bekanntmachung der Stadt Lindenau", fill=0)
    raw = image.tobytes()
    xobject = stream(b"/Type /XObject /Subtype /Image /Width 850 /Height 1100 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                     b"/Filter /FlateDecode", zlib.compress(raw, 9))
    draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return pages_pdf([draw] * pages, resources=b"/XObject << /Im1 4 0 R >>", extra=[xobject])


def _image_files(corpus: Corpus, rng: random.Random) -> None:
    from PIL import Image

    corpus.family = "images"
    corpus.add("scan.png", png(1000, 700, text=paper(140)), "ingested", "a small scan with text")
    corpus.add("blank.png", png(800, 600), "ingested", "a white page")
    corpus.add("one-pixel.png", png(1, 1), "ingested", "one pixel")
    corpus.add("claims-40000.png", png_claiming(40000, 40000), "image_bomb", "a PNG header claiming 40000 × 40000 pixels")
    corpus.add("claims-65535-wide.png", png_claiming(65535, 1), ("ingested", "corrupt"), "a PNG 65535 pixels wide and one high")
    corpus.add("decodes-12000.png", lambda: image_bytes(Image.new("L", (12000, 12000), 255), "PNG"), ("image_bomb", "too_costly"),
               "a real 12000 × 12000 PNG (144 megapixels, small when compressed)")
    corpus.add("truncated.png", png(800, 600, text=paper(141))[:3000], "corrupt", "a PNG cut off")
    bad_crc = bytearray(png(400, 300, text=paper(142)))
    bad_crc[29] ^= 0xFF
    corpus.add("bad-crc.png", bytes(bad_crc), ("corrupt", "ingested"), "a PNG with a damaged checksum")
    corpus.add("tiff-600-frames.tif", lambda: multi_frame_tiff(600), "too_costly", "a TIFF with 600 pages")
    corpus.add("tiff-20-frames.tif", lambda: multi_frame_tiff(20, (600, 300)), "ingested", "a TIFF with 20 pages")
    frames = [Image.new("L", (50, 50), 255) for _ in range(400)]
    for number, frame in enumerate(frames):
        # Each frame different, so that the GIF writer keeps all 400.
        frame.putpixel((number % 50, number // 50), 0)
    corpus.add("gif-400-frames.gif", image_bytes(frames[0], "GIF", save_all=True, append_images=frames[1:]), "too_costly",
               "an animated GIF of 400 frames")
    gif = bytearray(image_bytes(Image.new("P", (10, 10)), "GIF"))
    gif[6:10] = struct.pack("<HH", 65535, 65535)
    corpus.add("gif-huge-screen.gif", bytes(gif), ("image_bomb", "corrupt", "ingested"), "a GIF claiming a 65535 × 65535 screen")
    jpeg = image_bytes(Image.new("RGB", (600, 400), (255, 255, 255)), "JPEG")
    corpus.add("truncated.jpg", jpeg[: len(jpeg) // 2], ("corrupt", "ingested"), "a JPEG cut off half way")
    sof = jpeg.find(b"\xff\xc0")
    corpus.add("jpeg-claims-65500.jpg", jpeg[: sof + 5] + struct.pack(">HH", 65500, 65500) + jpeg[sof + 9:], ("image_bomb", "corrupt"),
               "a JPEG whose frame header claims 65500 × 65500 pixels")
    bmp = bytearray(image_bytes(Image.new("L", (10, 10)), "BMP"))
    bmp[18:26] = struct.pack("<ii", 50000, 50000)
    corpus.add("bmp-claims-50000.bmp", bytes(bmp), ("image_bomb", "corrupt"), "a BMP header claiming 50000 × 50000 pixels")
    corpus.add("php-in-jpeg-comment.jpg", jpeg[:2] + b"\xff\xfe\x00\x1d<?php system($_GET[1]); ?>\x00" + jpeg[2:], "ingested",
               "a JPEG with PHP code in a comment")
    corpus.add("png-then-pdf.png", png(400, 300) + text_pdf(paper(143)), "ingested", "a PNG with a PDF appended (read as the image)")
    corpus.add("random.png", rng.randbytes(10000), "corrupt", "random bytes named .png")


def _text_files(corpus: Corpus, rng: random.Random) -> None:
    corpus.family = "text"
    corpus.add("zero-bytes.txt", b"", "empty", "an empty file")
    corpus.add("one-nul.txt", b"\x00", "empty", "a single NUL byte")
    corpus.add("nuls.txt", bytes(1000), "empty", "a thousand NUL bytes")
    corpus.add("bom-utf8.txt", b"\xef\xbb\xbf", "empty", "a UTF-8 byte order mark alone")
    corpus.add("bom-utf16.txt", b"\xff\xfe", "empty", "a UTF-16 byte order mark alone")
    corpus.add("bom-and-spaces.txt", b"\xef\xbb\xbf  \n\t\n", "empty", "a byte order mark and white space")
    corpus.add("whitespace.txt", b" \n\t\r\n" * 100, "empty", "white space only")
    corpus.add("random.txt", rng.randbytes(20000), "binary_garbage", "random bytes named .txt")
    text = paper(150)
    corpus.add("utf8.txt", text, "ingested", "UTF-8 text", required=("Köln",))
    corpus.add("cp1252.txt", text.encode("cp1252"), "ingested", "Windows-1252 text", required=("Köln",))
    # Another paper: for da/de/en text Latin-1 and Windows-1252 give the same bytes, a duplicate.
    corpus.add("latin1.txt", paper(162).encode("latin-1", "replace"), "ingested", "Latin-1 text")
    corpus.add("utf16-bom.txt", text.encode("utf-16"), "ingested", "UTF-16 with byte order mark", required=("Köln",))
    corpus.add("utf16-no-bom.txt", text.encode("utf-16-le"), "ingested", "UTF-16 without byte order mark", required=("Köln",))
    corpus.add("utf32.txt", text.encode("utf-32"), "ingested", "UTF-32 with byte order mark", required=("Köln",))
    stray = text.encode("utf-8").replace("Grundschule".encode(), "Grundschule \x96".encode("latin-1"), 1)
    corpus.add("utf8-one-cp1252-byte.txt", stray, "ingested", "UTF-8 text with one stray Windows-1252 dash",
               required=("Köln", "Düsseldorf"), forbidden=("KÃ¶ln",))
    mixed = paper(151).encode("utf-8") + "\nÆndringer: Åbyhøj, Ærø\n".encode("cp1252")
    corpus.add("mixed-utf8-cp1252.txt", mixed, "ingested", "UTF-8 text ending in a Windows-1252 paragraph",
               required=("Ærøskøbing", "Åbyhøj"), forbidden=("Ã†",))
    corpus.add("mixed-newlines.txt", paper(152).replace("\n", "\r\n", 5).replace("\n", "\r", 3), "ingested", "mixed line endings")
    corpus.add("control-codes.txt", "\x1b[31m" + paper(153) + "\x1b[0m\x07", "ingested", "text with terminal escape codes")
    corpus.add("bidi-override.txt", "\u202e" + paper(154) + "\u202c", "ingested", "text starting with a right-to-left override")
    corpus.add("emoji.txt", paper(155) + "\n🏛️ 📄 ✅ " * 50, "ingested", "text with emoji")
    corpus.add("shift-jis.txt", "市議会の議事録。予算案について審議した。".encode("shift_jis") * 40, "ingested", "Japanese in Shift-JIS")
    corpus.add("long-line.txt", (paper(156).replace("\n", " ") + " ") * 40_000, "ingested", "a paper repeated on one 30 MB line")
    corpus.add("many-lines.txt", "Punkt\n" * 1_000_000, "ingested", "a million short lines")
    corpus.add("huge-150mb.txt", lambda: (paper(157) + "\n") * (150_000_000 // len(paper(157).encode())), ("ingested", "too_costly"),
               "a 150 MB text file")
    corpus.add("nul-sprinkled.txt", paper(158).replace(" ", " \x00", 20), "ingested", "text with NUL bytes between words")
    corpus.add("surrogate-escapes.txt", paper(159).encode() + b"\xed\xa0\x80\xed\xb0\x80", "ingested", "UTF-8 with encoded surrogates")
    corpus.add("overlong-utf8.txt", paper(160).encode() + b"\xc0\xaf\xe0\x80\xaf", "ingested", "UTF-8 with overlong sequences")
    corpus.add("csv.csv", "Nr;Betreff;Datum\n" + "".join(f"{n};Vorlage {n};03.03.2025\n" for n in range(2000)), "ingested", "a CSV export")
    corpus.add("markdown.md", "# Sanierung der Turnhalle\n\n" + paper(161), "ingested", "Markdown")


def _html_files(corpus: Corpus, rng: random.Random) -> None:
    corpus.family = "html"
    body = "<p>Sanierung der Turnhalle in Köln-Mülheim</p><p>Sachbearbeiterin: Katrin Albers</p>" + "".join(
        f"<p>{line}</p>" for line in paper(170).splitlines() if line.strip())
    corpus.add("plain.html", f"<html><head><title>Vorlage</title></head><body>{body}</body></html>", "ingested", "a sound page")
    corpus.add("nested-100k.html", "<html><body>" + "<div>" * 100_000 + body + "</div>" * 100_000 + "</body></html>", "ingested",
               "text inside 100,000 nested divs", required=("Turnhalle",))
    corpus.add("nested-unclosed.html", "<html><body>" + "<span><b><i>" * 50_000 + body, "ingested",
               "150,000 unclosed inline tags", required=("Turnhalle",))
    corpus.add("huge-line.html", "<html><body><p>" + ("Sanierung der Turnhalle " * 500_000) + "</p>" + body + "</body></html>",
               "ingested", "a 12 MB line of text (beyond libxml2's 10 MB for one text)", required=("Katrin Albers",))
    corpus.add("many-attributes.html", "<html><body><p " + " ".join(f"a{n}='{n}'" for n in range(100_000)) + f">x</p>{body}</body></html>",
               "ingested", "a tag with 100,000 attributes", required=("Turnhalle",))
    corpus.add("xxe.html", '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
               f"<html><body><p>&secret;</p>{body}</body></html>", "ingested", "an external entity naming /etc/passwd",
               forbidden=("root:",))
    laughs = "".join(f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    corpus.add("billion-laughs.xhtml", f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "ha">{laughs}]>'
               f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&l9;</p>{body}</body></html>', "ingested",
               "nested entities that would expand to a billion", forbidden=("hahahahahahahahaha",))
    corpus.add("script-only.html", "<html><body><script>" + "var a=1;" * 10000 + "</script></body></html>", "ingested",
               "a page of script and no text")
    corpus.add("charset-lie.html", ('<html><head><meta charset="utf-8"></head><body>' + body + "</body></html>").encode("cp1252"),
               "ingested", "a Windows-1252 page that says it is UTF-8", required=("Köln",))
    corpus.add("unknown-charset.html", ('<html><head><meta charset="x-klingon"></head><body>' + body + "</body></html>").encode(),
               "ingested", "a page naming a charset that does not exist")
    corpus.add("nul-bytes.html", ("<html><body>" + body.replace("</p>", "\x00</p>") + "</body></html>"), "ingested", "a page with NUL bytes")
    corpus.add("random.html", rng.randbytes(20000), "binary_garbage", "random bytes named .html")
    corpus.add("svg.html", '<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="15">Turnhalle</text><script>alert(1)</script></svg>',
               ("ingested", "corrupt"), "an SVG image named .html")
    corpus.add("comment-bomb.html", "<html><body><!--" + "-" * 5_000_000 + f"-->{body}</body></html>", "ingested",
               "a 5 MB comment before the text", required=("Turnhalle",))
    corpus.add("table-100k-cells.html", "<html><body><table><tr>" + "<td>x</td>" * 100_000 + f"</tr></table>{body}</body></html>",
               "ingested", "a table row with 100,000 cells")


def _office_files(corpus: Corpus, rng: random.Random) -> None:
    corpus.family = "office"
    corpus.add("sound.docx", docx(docx_body(paragraphs(paper(180)))), "ingested", "a sound Word file")
    corpus.add("zip-bomb.docx", lambda: docx_bomb(1_500_000_000), ("too_costly", "too_large"), "document.xml inflating to 1.5 GB")
    corpus.add("zip-bomb-lying.docx", lambda: docx_bomb(1_000_000_000, lie=True), ("too_costly", "too_large", "corrupt"),
               "a 1 GB document.xml whose zip directory says 1 kB")
    corpus.add("xxe.docx", docx(docx_body(paragraphs(paper(181)) + "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>",
                                          prolog='<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>')),
               ("ingested", "corrupt"), "document.xml with an external entity naming /etc/passwd", forbidden=("root:",))
    laughs = "".join(f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    corpus.add("billion-laughs.docx", docx(docx_body(paragraphs(paper(182)) + "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>",
                                                     prolog=f'<!DOCTYPE w:document [<!ENTITY l0 "ha">{laughs}]>')),
               ("ingested", "corrupt"), "document.xml with entities that would expand to a billion", forbidden=("hahahahahahahahaha",))
    corpus.add("no-document-part.docx", docx("", leave_out=("word/document.xml",)), ("corrupt", "unsupported_type"),
               "a Word package without its document part")
    sound = docx(docx_body(paragraphs(paper(183))))
    corpus.add("truncated.docx", sound[: len(sound) // 2], ("corrupt", "unsupported_type"), "a Word file cut off half way")
    corpus.add("bad-xml.docx", docx("<w:document><w:body><w:p>"), "corrupt", "a Word file whose XML is broken")
    corpus.add("deep-tables.docx", docx(docx_body("<w:tbl><w:tr><w:tc>" * 3000 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 3000)),
               ("ingested", "corrupt"), "3,000 tables nested in each other")
    corpus.add("random-zip.docx", docx("x", extra={"evil/../../../tmp/owned": b"x"}, leave_out=("[Content_Types].xml",)),
               ("corrupt", "unsupported_type"), "a zip with a path-traversal member named .docx")
    corpus.add("zip-of-zip.docx", _zip({"inner.zip": _zip({"a.txt": b"x" * 1000})}), ("unsupported_type", "corrupt"), "a zip inside a zip")
    corpus.add("encrypted.docx", _ole_with("EncryptedPackage"), "encrypted", "a password-protected Office file")
    corpus.add("old-word.doc", _ole_with("WordDocument"), "corrupt", "bytes that name a Word stream but hold no Word file")
    corpus.add("old-sheet.xls", _ole_with("Workbook"), "unsupported_type", "an old binary Excel file")
    corpus.add("sound.odt", odt(odt_content(paper(184))), "ingested", "a sound OpenDocument file")
    corpus.add("xxe.odt", odt(odt_content(paper(185) + "\n&secret;", prolog='<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>')),
               ("ingested", "corrupt"), "an OpenDocument file with an external entity", forbidden=("root:",))
    corpus.add("deep.odt", odt(odt_content("x").replace("<text:p>x</text:p>", "<text:span>" * 20000 + "x" + "</text:span>" * 20000)),
               ("ingested", "corrupt"), "20,000 nested spans")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _ole_with(stream_name: str) -> bytes:
    """Return bytes that start like an OLE compound file and name one stream (enough to be recognised)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream_name.encode("utf-16-le") + bytes(2000)


def _mail_and_rtf(corpus: Corpus, rng: random.Random) -> None:
    corpus.family = "mail"
    corpus.add("sound.eml", mail(paper(190)), "ingested", "a sound e-mail")
    corpus.add("random.eml", rng.randbytes(20000), "binary_garbage", "random bytes named .eml")
    corpus.add("1000-attachments.eml", lambda: mail(paper(191), attachments=[(f"bilag-{n}.txt", "text/plain", f"Bilag {n}".encode())
                                                                            for n in range(1000)]),
               ("ingested", "too_costly"), "an e-mail with 1,000 attachments")
    inner = mail(paper(192))
    for depth in range(12):
        inner = mail(f"Videresendt {depth}", attachments=[(f"fwd-{depth}.eml", "message/rfc822", inner)])
    corpus.add("forwarded-12-deep.eml", inner, "ingested", "a message forwarded inside itself twelve times")
    corpus.add("attached-bomb.eml", mail(paper(193), attachments=[("bombe.pdf", "application/pdf",
                                                                  pages_pdf([b""], extra=[stream(b"/Filter /FlateDecode", zeros_compressed(1_000_000_000))]))]),
               "ingested", "an e-mail with a PDF bomb attached (the bomb is not read)")
    corpus.add("broken-base64.eml", mail(paper(194), attachments=[("x.pdf", "application/pdf", b"x")]).replace(b"eA==", b"e!!!===="),
               "ingested", "an attachment with broken base64")
    corpus.add("long-header.eml", mail(paper(195), headers={"X-Long": "a" * 200_000}), "ingested", "a 200 kB header line")
    corpus.add("unknown-charset.eml", mail(paper(196)).replace(b'charset="utf-8"', b'charset="x-unknown"'), "ingested",
               "a body in a charset that does not exist")
    corpus.add("headers-only.eml", b"From: a@b.dk\nTo: c@d.dk\nSubject: Hej\nDate: Mon, 12 May 2025 09:00:00 +0200\n\n", "ingested",
               "headers and no body")
    corpus.family = "rtf"
    rtf = "{\\rtf1\\ansi\\ansicpg1252 " + paper(197).replace("\n", "\\par\n") + "}"
    corpus.add("sound.rtf", rtf, "ingested", "a sound RTF file")
    corpus.add("random.rtf", rng.randbytes(20000), "corrupt", "random bytes named .rtf")
    corpus.add("deep-groups.rtf", "{\\rtf1 " + "{" * 200_000 + "Turnhalle" + "}" * 200_000 + "}", "ingested", "200,000 nested groups")
    corpus.add("unbalanced.rtf", "{\\rtf1 " + "}" * 1000 + paper(198), "ingested", "a thousand closing braces too many")
    corpus.add("binary-blob.rtf", "{\\rtf1 {\\pict\\bin4000000 " + "A" * 4_000_000 + "}" + paper(199).replace("\n", "\\par ") + "}",
               "ingested", "a 4 MB picture before the text")
    corpus.add("unicode-escapes.rtf", "{\\rtf1 " + "\\u-10179?\\u-8704?" * 1000 + paper(200).replace("\n", "\\par ") + "}", "ingested",
               "escaped surrogate pairs")
    corpus.add("truncated.rtf", rtf[: len(rtf) // 2], "ingested", "an RTF file cut off half way")


def _names_and_kinds(corpus: Corpus, rng: random.Random) -> None:
    corpus.family = "names"
    corpus.add("pdf-named.txt", text_pdf(paper(210)), "ingested", "a PDF named .txt")
    corpus.add("docx-named.pdf", docx(docx_body(paragraphs(paper(211)))), ("ingested", "corrupt"), "a Word file named .pdf")
    corpus.add("html-named.txt", f"<html><body><p>{paper(212)}</p></body></html>", "ingested", "a web page named .txt")
    corpus.add("png-named.txt", png(900, 500, text=paper(213)), "ingested", "a scan named .txt")
    corpus.add("text-named.png", paper(214), "corrupt", "text named .png")
    corpus.add("zip-named.txt", _zip({"a.txt": b"hello"}), "unsupported_type", "a zip archive named .txt")
    corpus.add("no-extension", paper(215), "ingested", "text without an extension")
    corpus.add("unknown.xyz", rng.randbytes(5000), "unsupported_type", "random bytes with an unknown extension")
    corpus.add("gzip.txt", zlib.compress(paper(216).encode()) , "binary_garbage", "compressed bytes named .txt")
    corpus.add("html-pdf-polyglot.html", b"<html><!-- %PDF-1.7 --><body><p>" + paper(217).encode() + b"</p></body></html>",
               ("ingested", "corrupt"), "a web page with a PDF header in a comment")
    corpus.add("name with spaces & ümlauts (1).txt", paper(218), "ingested", "a file name with spaces, symbols and umlauts")
    corpus.add("x" * 240 + ".txt", paper(219), "ingested", "a file name of 244 characters")
    corpus.add("newline\nin-name.txt", paper(220), "ingested", "a file name holding a newline")
    corpus.add("-starts-with-dash.txt", paper(221), "ingested", "a file name that looks like an option")
    corpus.add("eml-named.pdf", mail(paper(222)), ("ingested", "corrupt"), "an e-mail named .pdf")
    corpus.add("rtf-named.docx", "{\\rtf1 " + paper(223).replace("\n", "\\par ") + "}", "ingested", "RTF named .docx")


def _file_system(corpus: Corpus) -> None:
    corpus.family = "filesystem"

    def symlink(target: str) -> Callable[[Path], None]:
        def make(path: Path) -> None:
            os.symlink(target, path)
        return make

    def outside(path: Path) -> None:
        target = path.parent.parent.parent / "outside" / "linked-paper.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(paper(230))
        os.symlink(target, path)

    corpus.special("link-to-outside.txt", outside, "ingested", "a symbolic link to a paper outside the folder")
    corpus.special("broken-link.txt", symlink("/nonexistent/paper.txt"), ("not_found", "skipped"), "a link to nothing")
    corpus.special("loop-a.txt", symlink("loop-b.txt"), ("not_found", "unreadable", "skipped"), "a link in a loop")
    corpus.special("loop-b.txt", symlink("loop-a.txt"), ("not_found", "unreadable", "skipped"), "the other half of the loop")
    corpus.special("link-to-dev-zero.txt", symlink("/dev/zero"), ("unreadable", "skipped"), "a link to /dev/zero (endless)")
    corpus.special("link-to-dev-urandom.txt", symlink("/dev/urandom"), ("unreadable", "skipped"), "a link to /dev/urandom")
    corpus.special("link-to-folder", symlink("/usr/share"), "skipped", "a link to a folder (not followed)")

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    corpus.special("named-pipe.txt", fifo, ("unreadable", "skipped"), "a named pipe nobody writes to")

    def sparse(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.truncate(250 * 1024 * 1024)

    corpus.special("sparse-250mb.pdf", sparse, "too_large", "a 250 MB file (sparse), over the size limit")

    def hidden(path: Path) -> None:
        path.write_text(paper(231))

    corpus.special(".hidden.txt", hidden, "skipped", "a hidden file")
    corpus.special("~$lock.docx", hidden, "skipped", "an office lock file")

    def duplicate(path: Path) -> None:
        path.write_text(paper(232))
        path.with_name("copy-" + path.name).write_text(paper(232))

    corpus.special("twin.txt", duplicate, ("ingested", "duplicate"), "one of two identical files")
    corpus.entries.append(Entry("hostile/filesystem/copy-twin.txt", ("ingested", "duplicate"), "the other identical file",
                                lambda path: None, "filesystem"))

    def deep(path: Path) -> None:
        folder = path
        for level in range(60):
            folder = folder / f"d{level}"
        folder.mkdir(parents=True)
        (folder / "deep-paper.txt").write_text(paper(233))

    corpus.special("deep-folders", deep, "skipped", "60 nested folders (the paper at the bottom is checked on its own)")
    corpus.entries.append(Entry("hostile/filesystem/deep-folders/" + "/".join(f"d{n}" for n in range(60)) + "/deep-paper.txt",
                                ("ingested",), "a paper 60 folders down", lambda path: None, "filesystem"))


def _sequence(corpus: Corpus) -> None:
    """Files read one after the other by one process: a damaged PDF right after an encrypted one."""
    corpus.family = "sequence"
    for number in range(3):
        corpus.add(f"{number}a-encrypted.pdf", encrypted_pdf(paper(240 + number)), "encrypted", "an encrypted PDF", folder="sequence")
        corpus.add(f"{number}b-broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200) + b"%%EOF\n", "corrupt",
                   "a broken PDF read right after an encrypted one", folder="sequence")
        corpus.add(f"{number}c-sound.pdf", text_pdf(paper(250 + number)), "ingested", "a sound PDF after them", folder="sequence")


def write(out: Path) -> dict:
    """Write the corpus under *out*; return the expectations (also written to ``expected.json``)."""
    corpus = build()
    expected = {}
    for entry in corpus.entries:
        target = out / entry.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(target):
            entry.make(target)
        expected[entry.path] = {"family": entry.family, "what": entry.what, "expected": list(entry.expected),
                                "forbidden": list(entry.forbidden), "required": list(entry.required)}
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False))
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    expected = write(args.out)
    families: dict[str, int] = {}
    for item in expected.values():
        families[item["family"]] = families.get(item["family"], 0) + 1
    print(f"{len(expected)} files in {args.out}: " + ", ".join(f"{family} {count}" for family, count in families.items()))


if __name__ == "__main__":
    main()
