"""Word documents: .docx through python-docx; old .doc and encrypted Word files are refused."""

from __future__ import annotations

import io
import zipfile
import zlib

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from townhall.reading.language_guess import guess_language

from .base import Extractor
from .errors import ExtractionError
from .mime import DOCX, OLE
from .registry import register

_WORD_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERING = f"{_WORD_NAMESPACE}numPr"
_TEXT = f"{_WORD_NAMESPACE}t"


@register
class DocxExtractor(Extractor):
    """Read a .docx: page headers first, then paragraphs and tables in document order.

    Table rows become lines with cells separated by tabs; list paragraphs start with "- ".
    """

    name = "docx"
    version = "1"
    mime_types = (DOCX,)

    def __init__(self, *, max_unpacked_bytes: int = 200_000_000, max_ratio: int = 200) -> None:
        # A .docx is a zip archive: its parts may not unpack to more than max_unpacked_bytes
        # and max_ratio times the file's size (text compresses about ten to one).
        self.max_unpacked_bytes = max_unpacked_bytes
        self.max_ratio = max_ratio

    def _refuse_zip_bomb(self, data: bytes, label: str) -> None:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                unpacked = sum(member.file_size for member in archive.infolist())
        except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
            return  # python-docx reports the damage in its own words
        if unpacked > max(self.max_unpacked_bytes, self.max_ratio * len(data)):
            raise ExtractionError(
                "too_large", f"{label} unpacks to {unpacked / 1_000_000:.0f} MB, far more than a Word document holds."
            )

    def extract(self, data: bytes, filename: str | None = None):
        """Return the document text; raise "corrupt" for a damaged file."""
        label = filename or "The Word document"
        self._refuse_zip_bomb(data, label)
        try:
            document = docx.Document(io.BytesIO(data))
            blocks = _header_blocks(document) + [_block_text(block) for block in document.iter_inner_content()]
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, PackageNotFoundError, KeyError, XMLSyntaxError, ValueError, EOFError) as error:
            raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened as a Word document.") from error
        text = "\n\n".join(block for block in blocks if block.strip())
        return self.result(text, DOCX, language_hint=guess_language(text))


def _header_blocks(document) -> list[str]:
    seen: list[str] = []
    for section in document.sections:
        for part in (section.first_page_header, section.header):
            if part.is_linked_to_previous:
                continue
            for block in part.iter_inner_content():
                text = _block_text(block)
                if text.strip() and text not in seen:
                    seen.append(text)
    return seen


def _block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Table):
        return _table_text(block)
    text = block.text.strip()
    if text and block._p.pPr is not None and block._p.pPr.find(_NUMBERING) is not None:
        text = f"- {text}"
    boxes = _text_box_lines(block)
    return "\n".join([*boxes, text]) if boxes else text


def _text_box_lines(paragraph: Paragraph) -> list[str]:
    """Return the lines of text boxes anchored in a paragraph (letterheads often sit in them).

    Word stores each box twice (a DrawingML version and a VML fallback); the copies are read once.
    """
    lines: list[str] = []
    for box_paragraph in paragraph._p.xpath(".//w:txbxContent/w:p"):
        line = "".join(node.text or "" for node in box_paragraph.iter(_TEXT)).strip()
        if line and line not in lines:
            lines.append(line)
    return lines


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = []
        previous = None
        for cell in row.cells:
            # A merged cell is reported once per grid column it spans.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append("\t".join(cells).rstrip("\t"))
    return "\n".join(rows)


@register
class OleExtractor(Extractor):
    """Explain why old binary Word files and password-protected Office files are not read."""

    name = "ole"
    version = "1"
    mime_types = (OLE, "application/msword")

    def extract(self, data: bytes, filename: str | None = None):
        """Raise: encrypted Office files ask for a password, .doc files need converting."""
        label = filename or "The file"
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ExtractionError("encrypted", f"{label} is a password-protected Office document and cannot be read.")
        raise ExtractionError(
            "unsupported_type",
            f"{label} is an old-style Word (.doc) or Office file; save it as .docx or PDF and add it again.",
        )
