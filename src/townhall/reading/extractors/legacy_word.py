"""Old binary Word files (.doc, Word 97-2003) through Debian's ``antiword``.

Councils published .doc files for two decades and many archives still hold them. ``antiword``
reads the binary format (the piece table, character sets, fast-saved files) and prints the text
with one line per paragraph (``-w 0``) and table rows as ``|cell|cell|`` lines, which are read
back here into the layout: a table of one column (a letterhead or title box) becomes text, a
wider one a table, its cells whole again where antiword wrapped them onto rows of their own.
The file is read in a temporary folder of its own, with a time limit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import replace

from townhall.reading.layout import MARKUP, Block, Cell, Document, Page, Table
from townhall.reading.text_layout import text_items

from .errors import ExtractionError

#: The program that reads the files, and how long one file may take.
PROGRAM = "antiword"
TIMEOUT_SECONDS = 60
#: Whatever the server's locale, the text comes out as UTF-8.
_ARGUMENTS = ("-w", "0", "-m", "UTF-8.txt")


def available() -> bool:
    """Tell whether the reader for old Word files is installed."""
    return shutil.which(PROGRAM) is not None


def read(data: bytes, label: str) -> Document:
    """Return the layout of an old binary Word file; raise ExtractionError when it cannot be read."""
    if not available():
        raise ExtractionError(
            "unsupported_type",
            f"{label} is an old-style Word (.doc) file, and this server cannot read those ({PROGRAM} is not "
            "installed); save it as .docx or PDF and add it again.",
        )
    with tempfile.TemporaryDirectory(prefix="townhall-doc-") as folder:
        path = os.path.join(folder, "document.doc")
        with open(path, "wb") as handle:
            handle.write(data)
        try:
            completed = subprocess.run(
                [PROGRAM, *_ARGUMENTS, path], capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
                env={**os.environ, "LC_ALL": "C.UTF-8"},
            )
        except subprocess.TimeoutExpired as error:
            raise ExtractionError("timeout", f"{label} took more than {TIMEOUT_SECONDS} s to read as a Word document.") from error
    complaint = completed.stderr.decode("utf-8", errors="replace").casefold()
    text = completed.stdout.decode("utf-8", errors="replace")
    if completed.returncode != 0 or not text.strip():
        if "encrypted" in complaint:
            raise ExtractionError("encrypted", f"{label} is a password-protected Word document and cannot be read.")
        if completed.returncode == 0:
            raise ExtractionError("empty", f"{label} is a Word document without text.")
        raise ExtractionError("corrupt", f"{label} is damaged or not a Word document and cannot be read.")
    return Document(tuple(Page(number, tuple(page_items(page)), source=MARKUP)
                          for number, page in enumerate(text.split("\f"), start=1) if page.strip() or number == 1))


def page_items(text: str) -> list[Block | Table]:
    """Return the blocks and tables of one page of antiword's text: ``|a|b|`` rows become tables."""
    items: list[Block | Table] = []
    plain: list[str] = []
    rows: list[list[str]] = []

    def flush_plain() -> None:
        if plain:
            items.extend(text_items("\n".join(plain)))
            plain.clear()

    def flush_rows() -> None:
        if rows:
            items.extend(_table_items(rows))
            rows.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) >= 2 and stripped.startswith("|") and stripped.endswith("|"):
            flush_plain()
            rows.append([cell.strip() for cell in stripped[1:-1].split("|")])
        else:
            flush_rows()
            plain.append(line)
    flush_plain()
    flush_rows()
    return items


def _table_items(rows: list[list[str]]) -> list[Block | Table]:
    """Return a run of table rows: text when the table has one column, else a table."""
    if all(len(row) == 1 for row in rows):
        # A box of one column lays out a letterhead or a title: its lines are text, blank ones part paragraphs.
        items = text_items("\n".join(row[0] for row in rows))
        return [replace(item, tight=False) if index == 0 else item for index, item in enumerate(items)]
    kept: list[list[str]] = []
    for row in rows:
        texts = [" ".join(cell.split()) for cell in row]
        if not any(texts):
            continue
        previous = kept[-1] if kept else None
        if previous is not None and not texts[0] and previous[0] and len(texts) == len(previous):
            # antiword wraps a long cell onto rows of its own, the other cells left blank.
            kept[-1] = [f"{before} {after}".strip() for before, after in zip(previous, texts)]
            continue
        kept.append(texts)
    table_rows = []
    for texts in kept:
        while texts and not texts[-1]:
            texts = texts[:-1]
        table_rows.append(tuple(Cell(text) for text in texts))
    return [Table(tuple(table_rows))] if table_rows else []
