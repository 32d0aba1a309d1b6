"""Rebuild the structure of a PDF page from its runs of text and its ruling lines.

PDFium reports each run of text (a piece of one text object) with its box; the extractor adds
the font size, weight and baseline of each run. From these the page's lines (runs sharing a
baseline, :mod:`pdf_lines`) and its tables (a grid of ruling lines, :mod:`pdf_tables`) are
built; this module finds its columns (a vertical gutter through running text) and its blocks
(lines separated by a wider gap or a change of font), in reading order, and the running headers
and footers. Lines that the right margin broke are joined again, so that a paragraph reads as
one line, the way a text file has it.

Geometry here is in points with the origin at the top left of the page.
"""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from townhall.reading.extractors.pdf_lines import Rule, Run, TextLine, group_lines, unwrap
from townhall.reading.extractors.pdf_tables import ruled_tables
from townhall.reading.layout import HEADING, LIST_ITEM, PARAGRAPH, Block, Line, Table

__all__ = ["Rule", "Run", "find_gutter", "furniture_key", "is_page_number", "page_items"]


def page_items(runs: list[Run], rules: list[Rule], width: float) -> list[Block | Table]:
    """Return the blocks and tables of one page in reading order."""
    runs = [run for run in runs if run.text.strip()]
    if not runs:
        return []
    tables = ruled_tables(runs, rules) if rules else []
    loose = runs
    if tables:
        inside = set()
        for _, _, members in tables:
            inside.update(members)
        loose = [run for index, run in enumerate(runs) if index not in inside]
    placed = _text_blocks(loose, width)
    # Tables go before the first text block that starts below them (text blocks keep their
    # reading order, which is not top to bottom on a page of two columns).
    for table, box, _ in sorted(tables, key=lambda item: item[1].top):
        at = next((index for index, (top, _) in enumerate(placed) if top >= box.top), len(placed))
        placed.insert(at, (box.top, table))
    return [item for _, item in placed]


# --- Columns, blocks and paragraphs -----------------------------------------------------------


def _text_blocks(runs: list[Run], width: float) -> list[tuple[float, Block]]:
    if not runs:
        return []
    gutter = find_gutter(runs, width)
    lines = group_lines(runs)
    if gutter is None:
        return _blocks(lines, width)
    out: list[tuple[float, Block]] = []
    band: list[Run] = []

    def flush() -> None:
        if band:
            left = [run for run in band if (run.left + run.right) / 2 < gutter]
            right = [run for run in band if (run.left + run.right) / 2 >= gutter]
            for column in (left, right):
                if column:
                    # Both columns of a band are placed at the band's top, left column first.
                    top = min(run.top for run in band)
                    out.extend((top, block) for _, block in _blocks(group_lines(column)))
            band.clear()

    for line in lines:
        if any(run.left < gutter < run.right for run in line.runs):
            flush()
            out.extend(_blocks([line]))
        else:
            band.extend(line.runs)
    flush()
    # Keep the column order within a band: stable sort on the band's top.
    return out


def _line_pitches(lines: list[TextLine]) -> dict[float, float]:
    """Return the step from one line of a paragraph to the next for each type size two lines share.

    The lower quartile of the steps, not their middle: a short paper of one- and two-line
    paragraphs has more steps across a paragraph's gap than within one. Each size has its own:
    the small print of a page's footer is set closer than its text (a page of a few lines
    of text over a two-line footer would otherwise split every line of its text).
    """
    steps: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.size and b.size and abs(a.size - b.size) < 0.5 and 0 < b.top - a.top < 3 * a.size:
            steps.setdefault(round(a.size), []).append(b.top - a.top)
    return {size: sorted(found)[(len(found) - 1) // 4] for size, found in steps.items()}


def _blocks(lines: list[TextLine], width: float | None = None) -> list[tuple[float, Block]]:
    """Split lines into blocks at wider gaps and changes of font; join wrapped lines."""
    if not lines:
        return []
    pitches = _line_pitches(lines)
    page = _PageText(lines, width)
    out: list[tuple[float, Block]] = []
    current: list[TextLine] = []
    tight = False

    def flush() -> None:
        if current:
            block = _block(current, page)
            out.append((current[0].top, replace(block, tight=True) if tight and out else block))
            current.clear()

    for line in lines:
        if current:
            previous = current[-1]
            scale = max(previous.size, line.size) or (previous.bottom - previous.top)
            step = line.top - previous.top
            pitch = pitches.get(round(line.size)) if line.size else None
            wide = step > (1.35 * pitch if pitch else 1.6 * scale) or line.top - previous.bottom > 0.9 * scale
            font_change = (
                bool(previous.size and line.size and abs(previous.size - line.size) > 0.12 * max(previous.size, line.size))
                or previous.bold != line.bold
            )
            if wide or font_change:
                flush()
                # A change of font alone (a bold label over its text) leaves no gap.
                tight = not wide
        current.append(line)
    flush()
    return out


_LIST_START = re.compile(r"^(?:[-•–*▪●◦]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))\s")


class _PageText:
    """A page's text lines, the edges of its text, and the lines starting at each left edge (asked once each)."""

    def __init__(self, lines: list[TextLine], width: float | None = None) -> None:
        self.lines = lines
        self.left = min(line.left for line in lines)
        self.right = max(line.right for line in lines)
        # Where a page's margins are alike, its text's right edge lies about as far in from the
        # page's right edge as its left edge from the left: the text of a page of nothing but
        # short lines (a form, a list) stops short of there, and its edge is no margin to fit words to.
        self.reaches_margin = width is None or self.right >= width - self.left - 0.1 * width
        self._starting: dict[float, list[TextLine]] = {}

    def starting_at(self, start: float) -> list[TextLine]:
        """Return the lines that start within two points of ``start``."""
        if start not in self._starting:
            self._starting[start] = [line for line in self.lines if abs(line.left - start) <= 2.0]
        return self._starting[start]


def _block(lines: list[TextLine], page: _PageText) -> Block:
    out: list[Line] = []
    previous: TextLine | None = None
    for line in lines:
        if out and previous is not None and _wrapped(out[-1].text, previous, line, page):
            merged = out[-1]
            out[-1] = Line(
                unwrap(merged.text, line.text), merged.box.union(line.box()) if merged.box else line.box(),
                size=merged.size, bold=merged.bold and line.bold, starts=merged.starts,
            )
        else:
            starts = tuple(round(cell[0].left, 1) for cell in line.cells) if len(line.cells) > 1 else ()
            out.append(Line(line.text, line.box(), size=round(line.size, 1) or None, bold=line.bold, starts=starts))
        previous = line
    text = " ".join(line.text for line in out)
    role = PARAGRAPH
    if len(out) == 1 and _LIST_START.match(out[0].text):
        role = LIST_ITEM
    elif len(text) <= 160 and len(out) <= 3 and "\t" not in text:
        role = HEADING if (lines[0].bold or (lines[0].size and lines[0].size >= 13)) else PARAGRAPH
    return Block(tuple(out), role=role)


def _column(previous: TextLine, following: TextLine, page: _PageText) -> tuple[float, float, bool]:
    """Return the left and right edge of the column two lines are set in, and whether its margin shows.

    The column is the lines that start where these two start: a letterhead's narrow column
    beside the page's running text has its own right edge. Its margin shows where two lines
    other than ``previous`` end within an em of its longest line (ragged lines end anywhere
    within a word's width of the margin; two long items of a list do not make one).
    """
    starts = (previous.left, following.left)
    column = list({id(line): line for start in starts for line in page.starting_at(start)}.values())
    right = max([line.right for line in column] + [previous.right, following.right])
    near = right - (previous.size or previous.bottom - previous.top)
    return min(starts), right, sum(1 for line in column if line is not previous and line.right >= near) >= 2


# Words no heading, name or address line ends with: conjunctions, articles, prepositions.
_RUNS_ON_WORDS = frozenset(
    "und oder sowie der die das den dem des für von zu zum zur im in an am auf mit bei über "
    "og eller samt for af til i på med ved fra om en et den det "
    "and or of the for to in at on with by from a an".split()
)


def _runs_on(text: str) -> bool:
    """Tell whether a line stops where no phrase ends: on a conjunction, article or preposition, or a comma."""
    words = text.split()
    return bool(words) and (text.endswith((",", " –", " -")) or words[-1].casefold() in _RUNS_ON_WORDS)


def _first_word_width(line: TextLine) -> float:
    """Return about how wide a line's first word is set (its share of the first run's width)."""
    run = line.runs[0]
    text = run.text.strip()
    word = text.split(" ", 1)[0] if text else ""
    return (run.right - run.left) * len(word) / len(text) if text else 0.0


def _wrapped(text: str, previous: TextLine, following: TextLine, page: _PageText) -> bool:
    """Tell whether ``following`` continues a paragraph that the margin broke after ``previous``.

    Where the column's margin shows, a line was wrapped when the next line's first word would
    not have fitted after it (a line broken by hand, as a list's lines are, leaves room for it;
    one broken before a long compound stops well short of the margin). Where it does not, a
    line reaching the right edge of the page's text was wrapped, and a line of a column beside
    the text (a letterhead) only when it stops on a word no phrase ends with. Table rows, list
    items and lines of a column too narrow for running text keep their own lines.
    """
    if "\t" in text or "\t" in following.text or not text or not following.text or _LIST_START.match(following.text):
        return False
    if _same_enumerated_label(previous.text, following.text):
        return False
    column_left, column_right, confirmed = _column(previous, following, page)
    if not confirmed:
        page_width = page.right - page.left
        if column_left > page.left + 0.3 * page_width:
            return _runs_on(text) or _goes_on(following.text)
        if page_width < 150:
            return False
        # Without a margin to go by, the right edge of the page's text stands in for it.
        if previous.right >= page.right - 0.15 * page_width:
            # Short of where a margin would be, only a word broken at a hyphen shows a wrap.
            return page.reaches_margin or (text.endswith("-") and text[-2:-1].isalpha())
        return page.reaches_margin and _would_not_fit(previous, following, page.left, page.right)
    return _would_not_fit(previous, following, column_left, column_right)


def _would_not_fit(previous: TextLine, following: TextLine, left: float, right: float) -> bool:
    """Tell whether the first word of ``following`` would not have fitted after ``previous`` in a column from *left* to *right*."""
    width = right - left
    if width < 150 or previous.right < right - 0.4 * width:
        return False
    if previous.text.endswith("-") and previous.text[-2:-1].isalpha():
        # A word hyphenated at the margin: its second half may well have fitted.
        return previous.right >= right - 0.15 * width
    space = 0.25 * (following.size or previous.size or (previous.bottom - previous.top))
    return previous.right + space + _first_word_width(following) > right + 0.5


def _goes_on(text: str) -> bool:
    """Tell whether a line starts the way only a continued phrase does: with a small letter ("und Ordnung")."""
    return text[:1].islower()


# A line that opens with a label word and its number or letter ("Bilag 2 -", "Appendix B –", "Anlage 3:").
_ENUMERATED_LABEL = re.compile(r"^(\w{3,})\s+(?:\d{1,3}|[A-Z]|[IVX]{1,4})\s*[-–—:.)]\s")


def _same_enumerated_label(previous: str, following: str) -> bool:
    """Tell whether two lines open with the same label word and each its own number: items of one list."""
    first, second = _ENUMERATED_LABEL.match(previous), _ENUMERATED_LABEL.match(following)
    return bool(first and second) and first.group(1).casefold() == second.group(1).casefold()


def find_gutter(runs: list[Run], page_width: float) -> float | None:
    """Return the x of a gutter between two columns of running text, or None.

    A gutter is a vertical line in the middle half of the page that few runs cross, with
    text on both sides whose lines fill most of their column (table cells do not).
    """
    if len(runs) < 8:
        return None
    left_edge = min(run.left for run in runs)
    right_edge = max(run.right for run in runs)
    best_x, best_crossing = None, len(runs) + 1
    step = max((right_edge - left_edge) / 80, 2.0)
    x = left_edge + (right_edge - left_edge) * 0.3
    while x < left_edge + (right_edge - left_edge) * 0.7:
        crossing = sum(1 for run in runs if run.left < x < run.right)
        if crossing < best_crossing:
            best_x, best_crossing = x, crossing
        x += step
    if best_x is None or best_crossing > len(runs) * 0.2:
        return None
    left = [run for run in runs if run.right <= best_x]
    right = [run for run in runs if run.left >= best_x]
    if len(left) < 4 or len(right) < 4:
        return None
    left_column = best_x - left_edge
    right_column = right_edge - best_x
    left_fill = median((run.right - run.left) / left_column for run in left)
    right_fill = median((run.right - run.left) / right_column for run in right)
    if left_fill < 0.6 or right_fill < 0.6:
        return None
    return best_x


# --- Running headers and footers ------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:seite|side|page|s\.|p\.)\s*)?\d{1,4}(?:\s*[.,]?\s*(?:/|von|af|of|af i alt)\s*[.,]?\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    """Tell whether a line is only a page number ("3", "- 3 -", "Seite 3 von 7", "Page 3 of 7", a scan's "Seite 1von.2")."""
    return bool(_PAGE_NUMBER.match(" ".join(text.split())))


def furniture_key(text: str) -> str:
    """Return a line's text with digits blanked, to compare running headers across pages."""
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())
