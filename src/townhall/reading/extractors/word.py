"""Word documents: .docx through python-docx, old binary .doc files through antiword; encrypted ones are refused."""

from __future__ import annotations

import io
import zipfile
import zlib

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from townhall.reading.language_guess import guess_language
from townhall.reading.layout import HEADING, LIST_ITEM, MARKUP, PARAGRAPH, Block, Cell, Document, Line, Page, Table

from . import legacy_word
from .archives import refuse_zip_bomb
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
    version = "2"
    mime_types = (DOCX,)

    def __init__(self, *, max_unpacked_bytes: int = 200_000_000, max_ratio: int = 200) -> None:
        # A .docx is a zip archive: its parts may not unpack to more than max_unpacked_bytes
        # and max_ratio times the file's size (text compresses about ten to one).
        self.max_unpacked_bytes = max_unpacked_bytes
        self.max_ratio = max_ratio

    def extract(self, data: bytes, filename: str | None = None):
        """Return the document text; raise "corrupt" for a damaged file."""
        label = filename or "The Word document"
        refuse_zip_bomb(data, label, max_bytes=self.max_unpacked_bytes, max_ratio=self.max_ratio, what="a Word document")
        try:
            document = docx.Document(io.BytesIO(data))
            furniture = _header_lines(document)
            items = [item for block in document.iter_inner_content() for item in _items(block)]
            title = " ".join((document.core_properties.title or "").split()) or None
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, PackageNotFoundError, KeyError, XMLSyntaxError, ValueError, EOFError) as error:
            raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened as a Word document.") from error
        layout = Document((Page(1, tuple(items), furniture=tuple(furniture), source=MARKUP),), declared_title=title)
        text = layout.text
        return self.result(text, DOCX, language_hint=guess_language(text), document=layout)


def _header_lines(document) -> list[Line]:
    """Return the lines of the page headers (a letterhead), each once: the page's furniture."""
    seen: list[Line] = []
    for section in document.sections:
        for part in (section.first_page_header, section.header):
            if part.is_linked_to_previous:
                continue
            for block in part.iter_inner_content():
                for item in _items(block):
                    for line in item.lines:
                        if line.text.strip() and line.text not in (known.text for known in seen):
                            seen.append(line)
    return seen


def _items(block: Paragraph | Table) -> list[Block | Table]:
    if isinstance(block, DocxTable):
        if _one_column(block):
            # A table of one column lays out a letterhead or a title box: its paragraphs are text.
            return [item for row in block.rows for paragraph in row.cells[0].paragraphs for item in _items(paragraph)]
        table = _table(block)
        return [table] if table.rows else []
    boxes = tuple(Line(line) for line in _text_box_lines(block))
    text = block.text.strip()
    if not text:
        return [Block(boxes)] if boxes else []
    numbered = block._p.pPr is not None and block._p.pPr.find(_NUMBERING) is not None
    if numbered:
        text = f"- {text}"
    style = _style_name(block)
    level = _heading_level(style)
    bold, size, underlined = _run_format(block)
    role = HEADING if level is not None else (LIST_ITEM if numbered else PARAGRAPH)
    lines = tuple(Line(part.strip(), size=size, bold=bold, underlined=underlined) for part in text.split("\n") if part.strip())
    return [Block(boxes + lines, role=role, level=level, style=style)]


def _style_name(paragraph: Paragraph) -> str | None:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return None
    return style.name if style is not None else None


_HEADING_STYLES = ("heading", "overskrift", "überschrift", "berschrift")


def _heading_level(style: str | None) -> int | None:
    """Return the heading level a paragraph style names ("Heading 2" -> 2, "Title" -> 0), else None."""
    if not style:
        return None
    folded = style.casefold()
    if folded in ("title", "titel"):
        return 0
    if any(folded.startswith(prefix) for prefix in _HEADING_STYLES):
        digits = "".join(char for char in folded if char.isdigit())
        return int(digits) if digits else 1
    return None


def _run_format(paragraph: Paragraph) -> tuple[bool, float | None, bool]:
    """Return whether the paragraph's text is all bold, its largest font size and whether it is underlined."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False, None, False
    style_font = paragraph.style.font if paragraph.style is not None else None
    style_bold = bool(style_font is not None and style_font.bold)
    bold = all(run.bold if run.bold is not None else style_bold for run in runs)
    underlined = all(bool(run.underline) for run in runs)
    sizes = [run.font.size.pt for run in runs if run.font.size is not None]
    if not sizes and style_font is not None and style_font.size is not None:
        sizes = [style_font.size.pt]
    return bold, max(sizes) if sizes else None, underlined


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


def _one_column(table: DocxTable) -> bool:
    for row in table.rows:
        cells = {cell._tc for cell in row.cells}
        if len(cells) > 1:
            return False
    return True


def _table(table: DocxTable) -> Table:
    rows = []
    for row in table.rows:
        cells = []
        previous = None
        for cell in row.cells:
            # A merged cell is reported once per grid column it spans.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            bold = all(_run_format(paragraph)[0] for paragraph in cell.paragraphs if paragraph.text.strip())
            cells.append(Cell(" ".join(cell.text.split()), bold=bold and bool(cell.text.strip())))
        while cells and not cells[-1].text:
            cells.pop()
        if any(cell.text for cell in cells):
            rows.append(tuple(cells))
    return Table(tuple(rows))


#: The name of the stream that holds a binary Word document's text, as an OLE directory spells it.
_WORD_STREAM = "WordDocument".encode("utf-16-le")


@register
class OleExtractor(Extractor):
    """Read old binary Word files; explain why other old Office files and password-protected ones are not read."""

    name = "ole"
    version = "2"
    mime_types = (OLE, "application/msword")

    def extract(self, data: bytes, filename: str | None = None):
        """Return the text of a .doc; raise for encrypted Office files and for other old Office formats."""
        label = filename or "The file"
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ExtractionError("encrypted", f"{label} is a password-protected Office document and cannot be read.")
        if _WORD_STREAM in data:
            layout = legacy_word.read(data, label)
            text = layout.text
            return self.result(text, "application/msword", language_hint=guess_language(text), document=layout)
        raise ExtractionError(
            "unsupported_type",
            f"{label} is an old-style Office file (Excel .xls or PowerPoint .ppt, not Word); save it as PDF and add it again.",
        )
