"""Turn what Tesseract reports in its TSV output (words with boxes) into the layout's blocks and lines.

Tesseract groups the words it reads into blocks, paragraphs and lines. Each paragraph becomes a
:class:`~townhall.reading.layout.Block`, each line a :class:`~townhall.reading.layout.Line` with
its box in points (origin top left, as the layout wants it) and a size taken from the height of
its words, so that the analysis can tell a heading in large type on a scan as it does in a PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from townhall.reading.layout import Block, Box, Line

# Capital letters and ascenders stand about this share of the font size tall.
_ASCENT = 0.72


@dataclass(frozen=True)
class OcrWord:
    """One word as Tesseract read it: text, box in pixels, confidence (0-100), and its place."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    block: int
    paragraph: int
    line: int


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Return the words of Tesseract's TSV output, in its reading order."""
    words = []
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        text = fields[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(value) for value in fields[6:10])
            confidence = float(fields[10])
            block, paragraph, line = int(fields[2]), int(fields[3]), int(fields[4])
        except ValueError:
            continue
        words.append(OcrWord(text, left, top, width, height, confidence, block, paragraph, line))
    return words


def mean_confidence(words: list[OcrWord]) -> float:
    """Return the mean confidence of the words, weighted by their length (0 when there are none)."""
    letters = sum(len(word.text) for word in words)
    if not letters:
        return 0.0
    return sum(max(0.0, word.confidence) * len(word.text) for word in words) / letters


def blocks_from_words(words: list[OcrWord], *, dpi: float) -> list[Block]:
    """Group words into blocks (Tesseract's paragraphs) of lines, with boxes in points."""
    scale = 72.0 / dpi
    blocks: list[Block] = []
    lines: list[Line] = []
    current_paragraph = current_line = None
    line_words: list[OcrWord] = []

    def close_line() -> None:
        if line_words:
            line = _line(line_words, scale)
            if line.text:
                lines.append(line)
            line_words.clear()

    def close_paragraph() -> None:
        close_line()
        if lines:
            blocks.append(Block(tuple(lines)))
            lines.clear()

    for word in words:
        paragraph = (word.block, word.paragraph)
        if paragraph != current_paragraph:
            close_paragraph()
            current_paragraph, current_line = paragraph, None
        if word.line != current_line:
            close_line()
            current_line = word.line
        line_words.append(word)
    close_paragraph()
    return blocks


# What Tesseract reads a table's vertical rule as: a word of bars alone.
_RULE_WORDS = frozenset({"|", "||", "¦", "|||"})
# A speck at a line's end read as a mark of its own.
_SPECKS = frozenset({"_", "|", "¦", "||", "'", "‘", "’", "`", "´", "~", ",", "."})
# Letters Tesseract reads for digits: O for 0, l and I for 1, S for 5.
_DIGIT_FOR = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"}
# A word of digits, such letters and a date's or number's separators, in brackets or before a stop.
_NUMBER_LIKE = re.compile(r"^([(\[]?)([0-9OolIS][0-9OolIS.,/:–-]*[0-9OolIS])([)\].,;:]?)$")


def mend_digits(word: str) -> str:
    """Return a word of digits with the letters OCR read for some of them put back ("2O25" -> "2025", "l5.O3." -> "15.03.").

    Only a word of nothing but digits, such letters and separators changes, and only where the
    digits outnumber the letters; a letter turns into a digit only beside one (an S only after
    one, so that "S12" stays a line's name).
    """
    match = _NUMBER_LIKE.match(word)
    if not match:
        return word
    core = match.group(2)
    digits = sum(char.isdigit() for char in core)
    letters = sum(char in _DIGIT_FOR for char in core)
    if not letters or letters > digits:
        return word
    mended = list(core)
    for index, char in enumerate(core):
        if char not in _DIGIT_FOR:
            continue
        before = core[index - 1] if index else ""
        after = core[index + 1] if index + 1 < len(core) else ""
        if before.isdigit() or (char != "S" and after.isdigit()):
            mended[index] = _DIGIT_FOR[char]
    return match.group(1) + "".join(mended) + match.group(3)


def _line_text(words: list[OcrWord]) -> str:
    """Return a line's text with a ruled table's vertical rules as tabs between cells, and specks at its ends dropped."""
    texts = [word.text for word in words]
    while texts and texts[0] in _SPECKS:
        texts.pop(0)
    while texts and texts[-1] in _SPECKS:
        texts.pop()
    cells: list[list[str]] = [[]]
    for text in texts:
        if text in _RULE_WORDS:
            if cells[-1]:
                cells.append([])
            continue
        cells[-1].append(mend_digits(text))
    return "\t".join(" ".join(cell) for cell in cells if cell)


def _line(words: list[OcrWord], scale: float) -> Line:
    left = min(word.left for word in words)
    top = min(word.top for word in words)
    right = max(word.left + word.width for word in words)
    bottom = max(word.top + word.height for word in words)
    tall = [word.height for word in words if any(char.isupper() or char.isdigit() for char in word.text)]
    size = median(tall) * scale / _ASCENT if tall else None
    return Line(_line_text(words), Box(left * scale, top * scale, right * scale, bottom * scale),
                size=round(size, 1) if size else None)
