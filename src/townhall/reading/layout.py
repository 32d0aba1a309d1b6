"""The structure of a read document: pages of blocks of lines, and tables as rows of cells.

Every extractor hands the analysis a :class:`Document`. A PDF fills in geometry and fonts, a
Word file or web page its styles and heading levels, a plain text what its blank lines,
indentation and capitals say; OCR fills in the boxes Tesseract reports. The analysis asks this
structure (the most prominent heading, the table whose header names committees and dates, the
label → value pairs of a form) and reads the flat text only where structure says nothing.

Geometry is in points (1/72 inch) with the origin at the top left of the page and y growing
downwards, the way a reader scans a page; a source without geometry leaves it ``None``.

Lines are addressed by page and line number as the flat text shows them (:meth:`Document.text`,
which is what ``townhall extract --format text`` prints): blocks are separated by one blank line,
a table row is one line with its cells separated by tabs, pages by one blank line. Those
addresses are what a card's evidence points at.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

#: Block roles. A heading is a line that stands for what follows it; a list item starts with
#: a bullet or number; a paragraph is anything else.
PARAGRAPH, HEADING, LIST_ITEM = "paragraph", "heading", "list_item"
#: Where the text of a page came from.
TEXT_LAYER, OCR, MARKUP = "text", "ocr", "markup"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page in points, origin top left."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: Box | None) -> Box:
        """Return the smallest box holding this one and *other*."""
        if other is None:
            return self
        return Box(min(self.left, other.left), min(self.top, other.top), max(self.right, other.right), max(self.bottom, other.bottom))

    @staticmethod
    def around(boxes: Iterable[Box | None]) -> Box | None:
        """Return the box around every given box (None when none has geometry)."""
        result = None
        for box in boxes:
            if box is not None:
                result = box.union(result)
        return result


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text as it stands on the page.

    ``size`` is the font size in points of most of its characters, ``bold`` and ``italic``
    whether most of them are; ``underlined`` is set where the source marks it (a Word run, a
    row of "=====" under a plain-text line). A source that does not know leaves them unset.
    """

    text: str
    box: Box | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    underlined: bool = False
    #: Characters of indentation where the source has no geometry (plain text).
    indent: int = 0
    #: Where each tab-separated cell of the line starts (x in points), when known.
    starts: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """Lines that belong together: a paragraph, a heading or a list item.

    ``level`` is a heading's level where the source states it (``<h2>``, Word "Heading 2"),
    ``style`` the source's own name for the block (a Word style, an HTML tag).
    """

    lines: tuple[Line, ...]
    role: str = PARAGRAPH
    level: int | None = None
    style: str | None = None
    #: True when the block follows the one before it without a gap (a list item under its
    #: lead-in line, a table under its caption): the flat text then has no blank line there.
    tight: bool = False

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def box(self) -> Box | None:
        return Box.around(line.box for line in self.lines)

    @property
    def size(self) -> float | None:
        sizes = [line.size for line in self.lines if line.size]
        return max(sizes) if sizes else None

    @property
    def bold(self) -> bool:
        return bool(self.lines) and all(line.bold for line in self.lines if line.text.strip())


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table: its text (lines joined by spaces), box and whether it is bold."""

    text: str
    box: Box | None = None
    bold: bool = False
    #: Grid columns the cell spans (merged cells).
    span: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A table as rows of cells, the header row (where there is one) first."""

    rows: tuple[tuple[Cell, ...], ...]
    style: str | None = None
    tight: bool = False

    @property
    def lines(self) -> tuple[Line, ...]:
        """Return each non-empty row as one line, cells separated by tabs."""
        out = []
        for row in self.rows:
            text = "\t".join(cell.text for cell in row).rstrip("\t")
            if text.strip():
                out.append(Line(text, Box.around(cell.box for cell in row), bold=all(cell.bold for cell in row if cell.text)))
        return tuple(out)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def box(self) -> Box | None:
        return Box.around(cell.box for row in self.rows for cell in row)


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its blocks and tables in reading order, and what was set aside.

    ``furniture`` holds the running headers and footers (a letterhead repeated on every page,
    "Seite 2 von 5") recognised and taken out of the reading order. ``source`` tells whether
    the text came from a text layer, from markup or from OCR; ``language`` is the page's own
    language where it was determined page by page (OCR).
    """

    number: int
    items: tuple[Block | Table, ...] = ()
    width: float | None = None
    height: float | None = None
    furniture: tuple[Line, ...] = ()
    source: str = TEXT_LAYER
    language: str | None = None

    @property
    def text(self) -> str:
        parts: list[str] = []
        for item in self.items:
            text = item.text
            if not text.strip():
                continue
            if parts:
                parts.append("\n" if item.tight else "\n\n")
            parts.append(text)
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class LineAddress:
    """Where one line stands: its page and line number (both from 1) in the flat text."""

    page: int
    line: int
    text: str
    #: The line itself (with box and font), the block or table it belongs to, and, for a table
    #: row, its row index.
    source: Line = field(compare=False, repr=False)
    item: Block | Table = field(compare=False, repr=False)
    row: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Document:
    """A whole document: its pages, and the metadata its file declares."""

    pages: tuple[Page, ...] = ()
    #: The title the file declares in its metadata (PDF /Title, Word core properties,
    #: HTML <title>), which is often a file name or a template's leftover: a hint only.
    declared_title: str | None = None
    #: The host names a web page names as its own address or links to (``www.`` left off, each
    #: once, the page's own address first, then the most linked): set aside like the declared
    #: title, never body text. A page that names its council only in its address or its menu's
    #: links still says where it comes from.
    link_hosts: tuple[str, ...] = ()

    @cached_property
    def text(self) -> str:
        """Return the flat text: blocks separated by blank lines, table rows as tab-separated lines."""
        return "\n\n".join(text for text in (page.text for page in self.pages) if text.strip())

    @cached_property
    def addresses(self) -> tuple[LineAddress, ...]:
        """Return every line with its page and line number, in reading order."""
        out: list[LineAddress] = []
        for page in self.pages:
            number = 0
            for item in page.items:
                lines = item.lines
                if not any(line.text.strip() for line in lines):
                    continue
                if number and not item.tight:
                    number += 1  # the blank line between blocks
                for row, line in enumerate(lines):
                    number += 1
                    out.append(LineAddress(page.number, number, line.text, line, item, row if isinstance(item, Table) else None))
        return tuple(out)

    def lines(self) -> Iterator[LineAddress]:
        """Yield every line with its address."""
        return iter(self.addresses)

    def blocks(self) -> Iterator[tuple[Page, Block | Table]]:
        """Yield each block and table with its page, in reading order."""
        for page in self.pages:
            for item in page.items:
                yield page, item

    def tables(self) -> Iterator[tuple[Page, Table]]:
        """Yield each table with its page."""
        for page, item in self.blocks():
            if isinstance(item, Table):
                yield page, item

    def find(self, needle: str) -> LineAddress | None:
        """Return the first line that holds *needle* (spacing and case aside), or None."""
        wanted = _folded(needle)
        if not wanted:
            return None
        for address in self.addresses:
            if wanted in _folded(address.text):
                return address
        # A value the flat text joined over a line break.
        for first, second in zip(self.addresses, self.addresses[1:]):
            if first.page == second.page and wanted in _folded(f"{first.text} {second.text}"):
                return first
        return None


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def document_from_pages(page_texts: Iterable[str], *, source: str = TEXT_LAYER) -> Document:
    """Build a document without geometry from the plain text of each page (blocks at blank lines)."""
    pages = []
    for number, text in enumerate(page_texts, start=1):
        pages.append(Page(number, tuple(blocks_from_text(text)), source=source))
    return Document(tuple(pages))


def blocks_from_text(text: str) -> Iterator[Block]:
    """Split plain text into blocks at blank lines."""
    chunk: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            chunk.append(line.rstrip())
        elif chunk:
            yield Block(tuple(Line(item) for item in chunk))
            chunk = []
    if chunk:
        yield Block(tuple(Line(item) for item in chunk))
