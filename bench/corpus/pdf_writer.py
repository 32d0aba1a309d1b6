"""Write small, valid PDF files with a text layer, without any PDF library.

Text is set in the standard Helvetica fonts with WinAnsi encoding, so every character of
Windows-1252 (æ ø å ä ö ü ß € „ “ –) survives and can be read back. Pages can hold one or two
columns and a footer. Files can be encrypted with the PDF standard security handler
(revision 2, RC4 with a 40-bit key) so that readers ask for a password. Output depends only on
the input: the same pages always give the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

A4 = (595.0, 842.0)

# Widths in thousandths of an em, by character class; close enough to Helvetica's metrics to
# wrap lines inside the page without measuring every glyph.
_NARROW = frozenset("iljtfI.,;:'!|()[]{} /-\"`r")
_WIDE = frozenset("mwMWæÆœŒ%@")


def _glyph_width(char: str) -> int:
    if char in _NARROW:
        return 300
    if char in _WIDE:
        return 860
    if char.isupper():
        return 640
    if char.isdigit():
        return 556
    return 540


_WIDTHS = {chr(code): _glyph_width(chr(code)) for code in range(32, 256)}


def text_width(text: str, size: float) -> float:
    """Return the approximate width in points of ``text`` set in Helvetica at ``size``."""
    widths = _WIDTHS
    return sum(widths.get(char, 540) for char in text) * size / 1000


@dataclass(frozen=True)
class TextRun:
    """One line of text placed on a page; ``x`` and ``y`` are the baseline start in points."""

    x: float
    y: float
    text: str
    size: float = 11.0
    bold: bool = False


@dataclass(frozen=True)
class Stroke:
    """A straight ruling line from (x0, y0) to (x1, y1) in points, drawn as a thin filled bar."""

    x0: float
    y0: float
    x1: float
    y1: float
    thickness: float = 0.5


@dataclass(frozen=True)
class Page:
    """The text runs and ruling lines of one page and its size in points."""

    runs: tuple[TextRun, ...]
    width: float = A4[0]
    height: float = A4[1]
    strokes: tuple[Stroke, ...] = ()


class PdfWriter:
    """Collect pages and serialise them as one PDF file."""

    def __init__(self) -> None:
        self.pages: list[Page] = []

    def add_page(
        self, runs: Iterable[TextRun], width: float = A4[0], height: float = A4[1], strokes: Iterable[Stroke] = ()
    ) -> None:
        """Append a page holding ``runs`` and the ruling lines ``strokes``."""
        self.pages.append(Page(tuple(runs), width, height, tuple(strokes)))

    def to_bytes(self, *, user_password: str | None = None, owner_password: str | None = None, compress: bool = True) -> bytes:
        """Return the PDF file; with ``user_password`` it is encrypted and needs that password to open."""
        return _serialise(self.pages, user_password, owner_password, compress)


def wrap_line(text: str, width: float, size: float) -> list[str]:
    """Break one paragraph into lines no wider than ``width`` points."""
    limit = width * 1000 / size
    space = _WIDTHS[" "]
    widths = _WIDTHS
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for word in text.split(" "):
        word_width = sum(widths.get(char, 540) for char in word)
        if current and used + space + word_width > limit:
            lines.append(" ".join(current))
            current, used = [word], word_width
        else:
            used += word_width + (space if current else 0)
            current.append(word)
    lines.append(" ".join(current))
    return lines


def layout_text(
    text: str,
    *,
    columns: int = 1,
    size: float = 10.5,
    margin: float = 56.0,
    page_size: tuple[float, float] = A4,
    footer: Callable[[int, int], str] | None = None,
    leading: float = 1.35,
) -> list[Page]:
    """Set ``text`` on as many pages as it needs; return the pages.

    Paragraphs are separated by blank lines in the result as in the input; a line holding
    only a form feed ("\\f") starts a new page; a line starting
    with "**" and ending with "**" is set in bold without the asterisks. Tabs are kept as wide
    gaps, so "label<TAB>value" lines come out as two cells. ``footer(page, pages)`` gives the
    text at the foot of each page.
    """
    width, height = page_size
    gutter = 24.0
    column_width = (width - 2 * margin - (columns - 1) * gutter) / columns
    line_height = size * leading
    top = height - margin
    bottom = margin + (2 * line_height if footer else 0)
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        if paragraph == "\f":
            lines.append(("\f", False))
            continue
        bold = len(paragraph) > 4 and paragraph.startswith("**") and paragraph.endswith("**")
        if bold:
            paragraph = paragraph[2:-2]
        if not paragraph.strip():
            lines.append(("", False))
            continue
        if "\t" in paragraph:
            lines.append((paragraph, bold))
            continue
        lines.extend((line, bold) for line in wrap_line(paragraph, column_width, size))
    pages: list[list[TextRun]] = []
    runs: list[TextRun] = []
    column = 0
    y = top
    for line, bold in lines:
        if line == "\f":
            if runs or pages:
                pages.append(runs)
                runs = []
            column = 0
            y = top
            continue
        if y < bottom:
            column += 1
            y = top
            if column >= columns:
                pages.append(runs)
                runs = []
                column = 0
        if not line:
            if y != top:
                y -= line_height * 0.6
            continue
        x = margin + column * (column_width + gutter)
        if "\t" in line:
            cell_x = x
            cells = line.split("\t")
            cell_width = column_width / max(len(cells), 2)
            for cell in cells:
                if cell:
                    runs.append(TextRun(cell_x, y, cell, size, bold))
                cell_x += max(cell_width, text_width(cell, size) + 18)
        else:
            runs.append(TextRun(x, y, line, size, bold))
        y -= line_height
    if runs or not pages:
        pages.append(runs)
    result = []
    for number, page_runs in enumerate(pages, start=1):
        if footer:
            page_runs = [*page_runs, TextRun(margin, margin, footer(number, len(pages)), size * 0.8)]
        result.append(Page(tuple(page_runs), width, height))
    return result


def text_pdf(text: str, *, user_password: str | None = None, **layout) -> bytes:
    """Return a PDF showing ``text`` (see :func:`layout_text` for the layout options)."""
    writer = PdfWriter()
    writer.pages.extend(layout_text(text, **layout))
    return writer.to_bytes(user_password=user_password)


_CONTROL_BYTES = re.compile(rb"[\x00-\x1f]")


def _literal(raw: bytes) -> bytes:
    # Bytes above 127 may stand as they are inside a literal string; only the delimiters and
    # the escape character itself need a backslash, and control characters an octal escape.
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    if _CONTROL_BYTES.search(escaped):
        escaped = b"".join(b"\\%03o" % byte if byte < 32 else bytes([byte]) for byte in escaped)
    return b"(" + escaped + b")"


def _content(page: Page) -> bytes:
    parts = []
    for stroke in page.strokes:
        half = stroke.thickness / 2
        if stroke.y0 == stroke.y1:
            box = (min(stroke.x0, stroke.x1), stroke.y0 - half, abs(stroke.x1 - stroke.x0), stroke.thickness)
        else:
            box = (stroke.x0 - half, min(stroke.y0, stroke.y1), stroke.thickness, abs(stroke.y1 - stroke.y0))
        parts.append(b"%.2f %.2f %.2f %.2f re f" % box)
    for run in page.runs:
        font = b"/F2" if run.bold else b"/F1"
        encoded = run.text.encode("cp1252", errors="replace")
        parts.append(b"BT %s %.1f Tf %.2f %.2f Td %s Tj ET" % (font, run.size, run.x, run.y, _literal(encoded)))
    return b"\n".join(parts)


_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray(len(data))
    i = j = 0
    for position, byte in enumerate(data):
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out[position] = byte ^ state[(state[i] + state[j]) % 256]
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PASSWORD_PAD)[:32]


class _Encryption:
    """The PDF standard security handler, revision 2 (40-bit RC4)."""

    permissions = -4

    def __init__(self, user_password: str, owner_password: str, file_id: bytes) -> None:
        owner_key = hashlib.md5(_padded(owner_password)).digest()[:5]
        self.owner_entry = _rc4(owner_key, _padded(user_password))
        digest = hashlib.md5(
            _padded(user_password) + self.owner_entry + self.permissions.to_bytes(4, "little", signed=True) + file_id
        ).digest()
        self.key = digest[:5]
        self.user_entry = _rc4(self.key, _PASSWORD_PAD)

    def encrypt(self, number: int, data: bytes) -> bytes:
        object_key = hashlib.md5(self.key + number.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
        return _rc4(object_key, data)

    def dictionary(self) -> bytes:
        return b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
            self.owner_entry.hex().encode(),
            self.user_entry.hex().encode(),
            self.permissions,
        )


def _serialise(pages: Sequence[Page], user_password: str | None, owner_password: str | None, compress: bool) -> bytes:
    contents = [_content(page) for page in pages]
    file_id = hashlib.md5(b"\n".join(contents) + b"%d" % len(pages)).digest()
    encryption = None
    if user_password is not None:
        encryption = _Encryption(user_password, owner_password or user_password + "-owner", file_id)
    # Object numbers: 1 catalog, 2 page tree, 3-4 fonts, then a page and a content stream per page.
    objects: list[bytes] = [b""] * (4 + 2 * len(pages))
    kids = b" ".join(b"%d 0 R" % (5 + 2 * index) for index in range(len(pages)))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for index, (page, content) in enumerate(zip(pages, contents)):
        page_number = 5 + 2 * index
        content_number = page_number + 1
        objects[page_number - 1] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (page.width, page.height, content_number)
        )
        stream = zlib.compress(content, 6) if compress else content
        if encryption is not None:
            stream = encryption.encrypt(content_number, stream)
        filters = b" /Filter /FlateDecode" if compress else b""
        objects[content_number - 1] = b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(stream), filters, stream)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    extra_objects = 0
    trailer_extra = b""
    if encryption is not None:
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (len(objects) + 1, encryption.dictionary())
        extra_objects = 1
        trailer_extra = b" /Encrypt %d 0 R" % (len(objects) + 1)
    xref_offset = len(out)
    count = len(objects) + extra_objects + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    hex_id = file_id.hex().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        count,
        hex_id,
        hex_id,
        trailer_extra,
        xref_offset,
    )
    return bytes(out)
