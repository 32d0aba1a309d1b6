"""The pieces a PDF page is read from: runs of text with their boxes, ruling lines, and the lines runs share.

Runs that share a baseline make a line; runs far apart on it are cells, set apart by tabs. Pieces of one word
that a change of font or kerning split are closed up, letter-spaced words and dates a gap in the print split
mended, and a line wrapped at the margin is joined to the next with its hyphenated word mended.

Geometry here is in points with the origin at the top left of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from townhall.reading.layout import Box


@dataclass(slots=True)
class Run:
    """A run of text on a page: its box, font size, weight and baseline."""

    left: float
    top: float
    right: float
    bottom: float
    text: str
    size: float = 0.0
    bold: bool = False
    baseline: float | None = None

    @property
    def em_top(self) -> float:
        if self.size and self.baseline is not None:
            return self.baseline - 0.75 * self.size
        return self.top

    @property
    def em_bottom(self) -> float:
        if self.size and self.baseline is not None:
            return self.baseline + 0.25 * self.size
        return self.bottom

    @property
    def scale(self) -> float:
        """The run's size in points: its font size, or its box height when that is unknown."""
        return self.size or max(self.bottom - self.top, 1.0)


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line: horizontal when ``horizontal`` (at y between x0 and x1), else vertical."""

    horizontal: bool
    at: float
    start: float
    end: float


@dataclass(slots=True)
class TextLine:
    """A line of a page: the runs that share it, its text (cells apart by tabs), type size and weight."""

    runs: list[Run]
    top: float
    bottom: float
    text: str = ""
    size: float = 0.0
    bold: bool = False
    cells: list[list[Run]] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.runs[0].left

    @property
    def right(self) -> float:
        return max(run.right for run in self.runs)

    def box(self) -> Box:
        return Box(self.left, min(run.top for run in self.runs), self.right, max(run.bottom for run in self.runs))


# --- Lines ------------------------------------------------------------------------------------


def group_lines(runs: list[Run]) -> list[TextLine]:
    """Group runs that share a line (their em boxes overlap by half), top line first."""
    lines: list[TextLine] = []
    for run in sorted(runs, key=lambda r: (r.em_top, r.left)):
        top, bottom = run.em_top, run.em_bottom
        for line in reversed(lines[-4:]):
            overlap = min(line.bottom, bottom) - max(line.top, top)
            if overlap >= 0.5 * min(line.bottom - line.top, bottom - top):
                line.runs.append(run)
                line.top, line.bottom = min(line.top, top), max(line.bottom, bottom)
                break
        else:
            lines.append(TextLine([run], top, bottom))
    lines.sort(key=lambda line: line.top)
    for line in lines:
        line.runs.sort(key=lambda r: r.left)
        _finish_line(line)
    return lines


_LETTER_SPACED = re.compile(r"^(?:\w )+\w$")


def _finish_line(line: TextLine) -> None:
    """Join the runs of a line into text; runs far apart become cells separated by tabs."""
    cells: list[list[Run]] = [[line.runs[0]]]
    texts = [line.runs[0].text]
    previous = line.runs[0]
    for run in line.runs[1:]:
        scale = max(previous.scale, run.scale)
        width = max(run.right - run.left, 0.1)
        overlap = min(previous.right, run.right) - max(previous.left, run.left)
        if overlap > 0.6 * width and run.text.strip() in previous.text:
            # Glyphs drawn on top of each other (a © built from "c" and a circle, fake bold)
            # show up twice in overlapping boxes; keep the first.
            continue
        gap = run.left - previous.right
        if gap > 1.2 * scale:
            cells.append([run])
            texts.append(run.text)
            previous = run
            continue
        cells[-1].append(run)
        touching = not previous.text[-1:].isspace() and not run.text[:1].isspace()
        if touching and (gap < 0.2 * scale or _hugs(previous.text, run.text, gap, scale)):
            # Pieces of one word (a change of font or kerning split it), a hyphen or a full
            # stop set as a run of its own.
            texts[-1] = texts[-1] + run.text
        else:
            texts[-1] = texts[-1].rstrip(" ") + " " + run.text.lstrip(" ")
        previous = run
    texts = [_mend_numbers(_unspace(" ".join(text.split()))) for text in texts]
    line.cells = cells
    line.text = "\t".join(text for text in texts if text)
    sized = [run for run in line.runs if run.size]
    chars = sum(len(run.text.strip()) for run in sized)
    line.size = sum(run.size * len(run.text.strip()) for run in sized) / chars if chars else 0.0
    line.bold = all(run.bold for run in line.runs if run.text.strip())


def _hugs(before: str, after: str, gap: float, scale: float) -> bool:
    """Tell whether a short gap is a glyph's side bearing rather than a space."""
    if after.strip() in {".", ")"} and before.strip().isdigit() and len(before.strip()) <= 3 and gap < 0.6 * scale:
        # A number's full stop or bracket set apart ("2 .", "1 )"): the print left a narrow
        # digit's side bearing, wider than between letters.
        return True
    if gap >= 0.3 * scale:
        return False
    if after.strip() in {".", ",", ":", ";", ")", "%"} or after[:1] in ".,:;)":
        return True
    return before.rstrip()[-1:] in {"-", "‐", "/", "("} or after.strip() in {"-", "‐", "/"}


_SPLIT_DATE = re.compile(r"(?<![\d.])(\d{1,2}\.\d{0,2}) (\d{0,2}\.\d{2,4})(?![\d.])")


def _mend_numbers(text: str) -> str:
    """Close a date that a gap in the print split ("16.1 2.2020" -> "16.12.2020")."""
    if " " not in text or "." not in text:
        return text

    def join(match: re.Match) -> str:
        joined = match.group(1) + match.group(2)
        return joined if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", joined) else match.group(0)

    return _SPLIT_DATE.sub(join, text)


def _unspace(text: str) -> str:
    """Close up letter-spaced words ("N i e d e r s c h r i f t" -> "Niederschrift")."""
    if len(text) >= 7 and _LETTER_SPACED.match(text):
        return text.replace(" ", "")
    return text


_SUSPENDED = frozenset({"og", "eller", "und", "oder", "bzw.", "sowie", "and", "or", "to"})


def unwrap(previous: str, following: str) -> str:
    """Join a wrapped line to the next, mending words hyphenated at the break."""
    first_word = following.split(" ", 1)[0]
    if previous.endswith("-") and previous[-2:-1].isalpha() and first_word not in _SUSPENDED:
        if first_word[:1].islower():
            return previous[:-1] + following
        if first_word[:1].isupper():
            return previous + following  # a compound written with a hyphen: "Bad Lindau-Süd"
    return f"{previous} {following}"
