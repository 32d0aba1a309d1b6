"""OpenDocument text files (.odt), as LibreOffice writes them in many town halls."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from townhall.reading.language_guess import guess_language

from .archives import refuse_zip_bomb
from .base import Extractor
from .errors import ExtractionError
from .mime import ODT
from .registry import register

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

_PARAGRAPHS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_LIST = f"{{{_TEXT}}}list"
_LIST_ITEM = f"{{{_TEXT}}}list-item"
_TABLE_ELEMENT = f"{{{_TABLE}}}table"
_ROW = f"{{{_TABLE}}}table-row"
_CELL = f"{{{_TABLE}}}table-cell"
_SPACE = f"{{{_TEXT}}}s"
_TAB = f"{{{_TEXT}}}tab"
_LINE_BREAK = f"{{{_TEXT}}}line-break"
# Notes and tracked deletions are not part of the running text.
_SKIPPED = {f"{{{_TEXT}}}note", f"{{{_TEXT}}}tracked-changes", f"{{{_OFFICE}}}annotation"}
_MAX_UNPACKED = 200_000_000


@register
class OdtExtractor(Extractor):
    """Read an .odt: page headers first, then headings, paragraphs, lists and tables in order."""

    name = "odt"
    version = "1"
    mime_types = (ODT,)

    def extract(self, data: bytes, filename: str | None = None):
        """Return the document text; raise "corrupt" for a damaged file."""
        label = filename or "The OpenDocument file"
        try:
            refuse_zip_bomb(data, label, max_bytes=_MAX_UNPACKED, max_ratio=200, what="a text document")
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                content = archive.read("content.xml")
                styles = archive.read("styles.xml") if "styles.xml" in archive.namelist() else b""
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            body = etree.fromstring(content, parser).find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
            blocks = _header_blocks(etree.fromstring(styles, parser)) if styles else []
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, KeyError, etree.XMLSyntaxError, ValueError, EOFError) as error:
            raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened as a text document.") from error
        if body is not None:
            blocks.extend(_blocks(body))
        text = "\n\n".join(block for block in blocks if block.strip())
        return self.result(text, ODT, language_hint=guess_language(text))


def _header_blocks(styles) -> list[str]:
    seen: list[str] = []
    for header in styles.iter(f"{{{_STYLE}}}header", f"{{{_STYLE}}}header-first"):
        for block in _blocks(header):
            if block.strip() and block not in seen:
                seen.append(block)
    return seen


def _blocks(container) -> list[str]:
    blocks: list[str] = []
    for element in container:
        if element.tag in _PARAGRAPHS:
            blocks.append(_inline(element).strip())
        elif element.tag == _LIST:
            blocks.append("\n".join(_list_lines(element)))
        elif element.tag == _TABLE_ELEMENT:
            blocks.append(_table(element))
        elif element.tag not in _SKIPPED and isinstance(element.tag, str):
            blocks.extend(_blocks(element))
    return blocks


def _list_lines(element) -> list[str]:
    lines = []
    for item in element.iter(_LIST_ITEM):
        for child in item:
            if child.tag in _PARAGRAPHS:
                text = _inline(child).strip()
                if text:
                    lines.append(f"- {text}")
    return lines


def _table(element) -> str:
    rows = []
    for row in element.iter(_ROW):
        cells = []
        for cell in row.iterchildren(_CELL):
            cells.append(" ".join(" ".join(_inline(part) for part in cell.iter(*_PARAGRAPHS)).split()))
        if any(cells):
            rows.append("\t".join(cells).rstrip("\t"))
    return "\n".join(rows)


def _inline(element) -> str:
    pieces: list[str] = [element.text or ""]
    for child in element:
        if child.tag == _SPACE:
            pieces.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif child.tag == _TAB:
            pieces.append("\t")
        elif child.tag == _LINE_BREAK:
            pieces.append("\n")
        elif child.tag not in _SKIPPED:
            pieces.append(_inline(child))
        pieces.append(child.tail or "")
    return "".join(pieces)
