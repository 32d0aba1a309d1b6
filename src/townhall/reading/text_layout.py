"""Find the structure of plain text: blocks, headings, list items and tables of aligned columns.

Plain text has no fonts, so what a typist did stands in for them: blank lines end a block; a
line underlined with "=====" or "-----", a short line in capitals, or a short line standing
alone without closing punctuation is a heading; lines that start with a bullet or number are
list items; consecutive lines split into cells by tabs, or by runs of spaces at the same
columns, are a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from townhall.reading.layout import HEADING, LIST_ITEM, PARAGRAPH, TEXT_LAYER, Block, Cell, Document, Line, Page, Table
from townhall.reading.wrapped_dates import day_wrapped_after

_UNDERLINE = re.compile(r"^\s*([=\-_~*])\1{2,}\s*$")
_LIST_START = re.compile(r"^\s*(?:[-•–*▪●◦]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))\s+\S")
_CELL_SPLIT = re.compile(r"\t+| {2,}")
_LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s*\S")
# Markdown, which papers exported from web systems and editors carry in plain text.
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1:?$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,300}?)(?<=[^\s*_])\1(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\((?:[^)\n]{0,300})\)")


def _line(raw: str) -> Line:
    """Return one line of plain text as a layout line, its markdown read as emphasis and dropped."""
    text = raw.strip()
    bold = False
    heading = _MD_HEADING.match(text)
    if heading:
        text = heading.group(2)
    whole = _MD_BOLD_LINE.match(text)
    if whole:
        bold = True
        text = whole.group(2) + (":" if text.endswith(":") and not whole.group(2).endswith(":") else "")
    if "*" in text or "_" in text or "](" in text:
        text = _MD_LINK.sub(r"\1", _MD_EMPHASIS.sub(r"\2", text))
    return Line(text, bold=bold or bool(heading), indent=_indent(raw))


def text_document(text: str, *, source: str = TEXT_LAYER) -> Document:
    """Return the layout of a plain text; a form feed starts a new page."""
    pages = tuple(Page(number, tuple(text_items(page)), source=source) for number, page in enumerate(text.split("\f"), start=1))
    return Document(pages)


def text_items(text: str) -> list[Block | Table]:
    """Return the blocks and tables of one page of plain text."""
    items: list[Block | Table] = []
    for chunk in _chunks(text.split("\n")):
        for position, item in enumerate(_chunk_items(chunk)):
            # Items cut from one run of lines follow each other without a blank line.
            items.append(replace(item, tight=True) if position else item)
    return items


def _chunks(lines: Iterable[str]) -> Iterable[list[str]]:
    chunk: list[str] = []
    for line in lines:
        if line.strip():
            chunk.append(line.rstrip())
        elif chunk:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chunk_items(chunk: list[str]) -> list[Block | Table]:
    items: list[Block | Table] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            items.extend(_plain_items(pending))
            pending.clear()

    index = 0
    while index < len(chunk):
        line = chunk[index]
        following = chunk[index + 1] if index + 1 < len(chunk) else None
        if following is not None and _UNDERLINE.match(following) and not _UNDERLINE.match(line):
            flush()
            # The underline stays in the text (as the file has it) but marks the heading.
            heading = Line(line.strip(), underlined=True, indent=_indent(line))
            items.append(Block((heading, Line(following.strip())), role=HEADING))
            index += 2
            continue
        rows = _table_rows(chunk, index)
        if rows:
            flush()
            items.append(Table(tuple(tuple(Cell(cell) for cell in row) for row in rows)))
            index += len(rows)
            continue
        pending.append(line)
        index += 1
    flush()
    return items


def _plain_items(lines: list[str]) -> list[Block]:
    out: list[Block] = []
    current: list[str] = []

    def flush(role: str = PARAGRAPH) -> None:
        if current:
            out.append(Block(tuple(_line(line) for line in current), role=role))
            current.clear()

    for line in lines:
        if _LIST_START.match(line) and not (current and day_wrapped_after(current[-1], line)):
            flush()
            current.append(line)
            flush(LIST_ITEM)
            continue
        current.append(line)
    flush()
    if len(out) == 1 and len(out[0].lines) == 1:
        line = out[0].lines[0]
        level = len(_MD_HEADING.match(lines[0].strip()).group(1)) if _MD_HEADING.match(lines[0].strip()) else None
        if level is not None or _looks_like_heading(line.text) or (line.bold and len(line.text) <= 120):
            return [Block(out[0].lines, role=HEADING, level=level)]
    return out


def _looks_like_heading(text: str) -> bool:
    """Tell whether a line standing alone is a heading: short, no closing punctuation, not a label."""
    text = text.strip()
    if not text or len(text) > 100 or text[-1] in ".:;,!?" or _LABEL_VALUE.match(text):
        return False
    letters = [char for char in text if char.isalpha()]
    if len(letters) < 3:
        return False
    return text[0].isupper() or text[0].isdigit()


def _table_rows(chunk: list[str], start: int) -> list[list[str]]:
    """Return the rows of a table starting at ``chunk[start]``, or [] when none starts there."""
    rows: list[list[str]] = []
    columns: list[int] | None = None
    # Indexing, not a slice: copying the rest of the chunk for every line made long texts quadratic.
    for index in range(start, len(chunk)):
        line = chunk[index]
        if "\t" in line.strip():
            cells = [cell.strip() for cell in line.strip().split("\t")]
        else:
            cells = [cell.strip() for cell in _CELL_SPLIT.split(line.strip())]
            if len(cells) >= 2:
                starts = _cell_starts(line)
                if columns is not None and not _aligned(columns, starts):
                    break
                columns = columns or starts
        if len(cells) < 2 or any(len(cell) > 80 for cell in cells):
            break
        rows.append(cells)
    return rows if len(rows) >= 2 else []


def _cell_starts(line: str) -> list[int]:
    starts, position = [], 0
    for match in re.finditer(r"\S+(?: \S+)*", line):
        starts.append(match.start())
        position = match.end()
    del position
    return starts


def _aligned(columns: list[int], starts: list[int]) -> bool:
    """Tell whether a row's cells start under the table's columns (two characters' slack)."""
    return all(any(abs(start - column) <= 2 for column in columns) for start in starts[1:])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
