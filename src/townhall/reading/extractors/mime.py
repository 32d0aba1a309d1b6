"""Decide what format a file is in, from its first bytes and then from its name."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

OCTET_STREAM = "application/octet-stream"
TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"
EML = "message/rfc822"
OLE = "application/x-ole-storage"
ZIP = "application/zip"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
GIF = "image/gif"
BMP = "image/bmp"

_EXTENSIONS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".csv": TEXT,
    ".pdf": PDF,
    ".docx": DOCX,
    ".doc": "application/msword",
    ".odt": ODT,
    ".rtf": RTF,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".eml": EML,
    ".png": PNG,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".gif": GIF,
    ".bmp": BMP,
    ".zip": ZIP,
}

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"{\\rtf", RTF),
)

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):[ \t]?.*$")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received", b"return-path", b"cc", b"content-type"}


def detect_mime_type(data: bytes, filename: str | None = None) -> str:
    """Return the MIME type of ``data``: magic bytes first, then the file name, then a text check."""
    head = data[:4096]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return PDF
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head.startswith(b"BM") and len(head) > 14 and filename and filename.lower().endswith(".bmp"):
        return BMP
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    text_head = _decode_head(head)
    if text_head is not None:
        if _HTML_START.match(text_head):
            return HTML
        if _looks_like_mail(text_head):
            return EML
    by_name = mime_type_from_name(filename)
    if by_name is not None:
        return by_name
    if text_head is not None and _looks_like_text(text_head):
        return TEXT
    return OCTET_STREAM


def mime_type_from_name(filename: str | None) -> str | None:
    """Return the MIME type a file name's extension stands for, or None."""
    if not filename:
        return None
    return _EXTENSIONS.get(PurePath(filename).suffix.lower())


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        # A cut-off Word file still lists its first member in the local header.
        return DOCX if b"word/" in data[:2048] or b"[Content_Types].xml" in data[:256] else ZIP
    if "word/document.xml" in names:
        return DOCX
    if "mimetype" in names and b"opendocument.text" in data[:200]:
        return ODT
    return ZIP


def _decode_head(head: bytes) -> bytes | None:
    """Return the head as ASCII-compatible bytes (re-encoding UTF-16), or None for binary data."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            return None
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.count(b"\x00") > len(head) // 4:
        encoding = utf16_without_bom(head)
        if encoding is None:
            return None
        return head.decode(encoding, errors="ignore").encode("utf-8")
    return head


def utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le" or "utf-16-be" when NUL bytes sit in every other position, else None."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_nuls = sample[1::2].count(b"\x00")
    even_nuls = sample[0::2].count(b"\x00")
    if odd_nuls >= 0.6 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.6 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_like_mail(head: bytes) -> bool:
    seen: set[bytes] = set()
    lines = head.splitlines()
    for line in lines[:40]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        seen.add(match.group(1).lower())
    return len(seen & _MAIL_HEADERS) >= 3 and (b"from" in seen or b"received" in seen)


def _looks_like_text(head: bytes) -> bool:
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= max(1, len(head) // 200)
