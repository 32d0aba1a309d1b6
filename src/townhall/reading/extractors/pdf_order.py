"""Put the text segments of a PDF page back into reading order.

PDFium reports each run of text with its bounding box. The page is read as lines from top to
bottom; when a vertical gutter splits the page into two columns of running text, the left
column is read before the right one, band by band between full-width lines (a heading across
both columns, a footer). Cells on one line that stand far apart are joined by a tab, so table
rows stay rows. Lines that the right margin broke are joined again into one line per
paragraph, so that a sentence reads the same as in a text file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True)
class Segment:
    """A run of text and its box in PDF points (origin bottom left)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def reading_order(segments: list[Segment], page_width: float) -> str:
    """Return the page text: lines in reading order, blank lines between paragraphs."""
    if not segments:
        return ""
    gutter = find_gutter(segments, page_width)
    if gutter is None:
        return _lines_to_text(_group_lines(segments))
    blocks: list[str] = []
    band: list[Segment] = []
    for line in _group_lines(segments):
        if any(segment.left < gutter < segment.right for segment in line):
            if band:
                blocks.append(_columns_to_text(band, gutter))
                band = []
            blocks.append(_lines_to_text([line]))
        else:
            band.extend(line)
    if band:
        blocks.append(_columns_to_text(band, gutter))
    return "\n\n".join(block for block in blocks if block)


def find_gutter(segments: list[Segment], page_width: float) -> float | None:
    """Return the x of a gutter between two columns of running text, or None.

    A gutter is a vertical line in the middle half of the page that few segments cross, with
    text on both sides whose lines fill most of their column (table cells do not).
    """
    if len(segments) < 8:
        return None
    left_edge = min(segment.left for segment in segments)
    right_edge = max(segment.right for segment in segments)
    best_x, best_crossing = None, len(segments) + 1
    step = max((right_edge - left_edge) / 80, 2.0)
    x = left_edge + (right_edge - left_edge) * 0.3
    while x < left_edge + (right_edge - left_edge) * 0.7:
        crossing = sum(1 for segment in segments if segment.left < x < segment.right)
        if crossing < best_crossing:
            best_x, best_crossing = x, crossing
        x += step
    if best_x is None or best_crossing > len(segments) * 0.2:
        return None
    left = [segment for segment in segments if segment.right <= best_x]
    right = [segment for segment in segments if segment.left >= best_x]
    if len(left) < 4 or len(right) < 4:
        return None
    left_column = best_x - left_edge
    right_column = right_edge - best_x
    left_fill = median((segment.right - segment.left) / left_column for segment in left)
    right_fill = median((segment.right - segment.left) / right_column for segment in right)
    if left_fill < 0.6 or right_fill < 0.6:
        return None
    return best_x


def _columns_to_text(segments: list[Segment], gutter: float) -> str:
    left = [segment for segment in segments if segment.right <= gutter or (segment.left + segment.right) / 2 < gutter]
    right = [segment for segment in segments if segment not in left]
    parts = [_lines_to_text(_group_lines(column)) for column in (left, right) if column]
    return "\n\n".join(part for part in parts if part)


def _group_lines(segments: list[Segment]) -> list[list[Segment]]:
    """Group segments that share a line (they overlap vertically by half), top line first."""
    lines: list[list[Segment]] = []
    line_box: list[tuple[float, float]] = []
    for segment in sorted(segments, key=lambda s: (-s.top, s.left)):
        for index in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            bottom, top = line_box[index]
            overlap = min(top, segment.top) - max(bottom, segment.bottom)
            if overlap >= 0.5 * min(top - bottom, segment.height):
                lines[index].append(segment)
                line_box[index] = (min(bottom, segment.bottom), max(top, segment.top))
                break
        else:
            lines.append([segment])
            line_box.append((segment.bottom, segment.top))
    for line in lines:
        line.sort(key=lambda s: s.left)
    return lines


def _lines_to_text(lines: list[list[Segment]]) -> str:
    if not lines:
        return ""
    heights = [segment.height for line in lines for segment in line]
    typical = median(heights)
    column_left = min(segment.left for line in lines for segment in line)
    column_right = max(segment.right for line in lines for segment in line)
    width = column_right - column_left
    out: list[str] = []
    previous_bottom = None
    previous_right = None
    for line in lines:
        top = max(segment.top for segment in line)
        text = _join_line(line)
        if previous_bottom is not None and previous_bottom - top > 0.9 * typical:
            out.append("")
        elif previous_right is not None and _wrapped(out[-1], text, previous_right, column_right, width):
            out[-1] = _unwrap(out[-1], text)
            previous_bottom = min(segment.bottom for segment in line)
            previous_right = max(segment.right for segment in line)
            continue
        out.append(text)
        previous_bottom = min(segment.bottom for segment in line)
        previous_right = max(segment.right for segment in line)
    return "\n".join(out)


_LIST_START = re.compile(r"^(?:[-•–*]|\d{1,3}[.)]|[a-z][.)])\s")
_SUSPENDED = frozenset({"og", "eller", "und", "oder", "bzw.", "sowie", "and", "or", "to"})


def _wrapped(previous: str, following: str, previous_right: float, column_right: float, width: float) -> bool:
    """Tell whether ``following`` continues a paragraph that the margin broke after ``previous``.

    Only a line that reaches the right margin can have been wrapped; table rows, list items
    and short label lines keep their own lines.
    """
    if width < 150 or previous_right < column_right - 0.15 * width:
        return False
    if "\t" in previous or "\t" in following or not previous or not following:
        return False
    return not _LIST_START.match(following)


def _unwrap(previous: str, following: str) -> str:
    """Join a wrapped line to the next, mending words hyphenated at the break."""
    first_word = following.split(" ", 1)[0]
    if previous.endswith("-") and previous[-2:-1].isalpha() and first_word[:1].islower() and first_word not in _SUSPENDED:
        return previous[:-1] + following
    return f"{previous} {following}"


def _join_line(line: list[Segment]) -> str:
    text = line[0].text
    previous = line[0]
    for segment in line[1:]:
        width = max(segment.right - segment.left, 0.1)
        overlap = min(previous.right, segment.right) - max(previous.left, segment.left)
        if overlap > 0.6 * width and segment.text.strip() in previous.text:
            # Glyphs drawn on top of each other (a © built from "c" and a circle) show up
            # twice in overlapping boxes; keep the first.
            continue
        gap = segment.left - previous.right
        if gap > 1.2 * segment.height:
            separator = "\t"
        elif gap < 0.22 * segment.height and not previous.text[-1:].isspace() and not segment.text[:1].isspace():
            # Runs that touch are pieces of one word (a change of font or kerning split it).
            separator = ""
        else:
            separator = " "
        if separator:
            text = text.rstrip(" ") + separator + segment.text.lstrip(" ")
        else:
            text += segment.text
        previous = segment
    return text.strip()
