"""The year a date written without one takes from the text around it."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.months import MONTHS, _alternation


_YEAR = re.compile(r"(?<![\d.-])(?:19|20)\d\d(?![\d-])")


_ANY_MONTH = {word: number for words in MONTHS.values() for word, number in words.items()}
_MONTH_BEFORE_YEAR = re.compile(r"\b(" + _alternation(_ANY_MONTH) + r")\.?,?\s+$", re.IGNORECASE)


# Years that a written date carries in figures: "2024-11-20T16:30" (a meeting system's time stamp), "12.11.2024".
_YEAR_OF_ISO_DAY = re.compile(r"(?<![\d.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-[0-3]\d(?!\d)")
_YEAR_OF_DOTTED_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n[ \t]*\n")


class _Years:
    """The four-digit years of a text, found only when a date without a year needs one."""

    def __init__(self, text: str):
        self.text = text
        self._found: list[tuple[int, int, int | None]] | None = None

    def near(self, position: int, month: int | None = None) -> int | None:
        """Return the year a date without one (at *position*) takes from the text.

        A year written in the same sentence counts first ("puljen i 2025 … den 19. november"); else the
        year of the nearest whole date before (a paper's date or its meeting's time stamp, "2024-11-20"), not
        a bare year a paragraph away ("midler fra puljen i 2024 og 2025"); else the nearest year before,
        else the first one.

        When that year closes a written date ("10 January 2025") and *month* lies more than half a
        year from its month, the date meant is the nearer one across the turn of the year: "20
        December" in a letter of 10 January 2025 is 20 December 2024.
        """
        if self._found is None:
            found = [(m.start(), int(m.group()), self._month_before(m.start())) for m in _YEAR.finditer(self.text)]
            found += [
                (m.start(), int(m.group("y")), int(m.group("m")))
                for pattern in (_YEAR_OF_ISO_DAY, _YEAR_OF_DOTTED_DAY) for m in pattern.finditer(self.text)
                if 1 <= int(m.group("m")) <= 12
            ]
            self._found = sorted(found)
        before = [(pos, y, ref) for pos, y, ref in self._found if pos < position]
        reach = max(0, position - 160)
        sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, reach, position)), default=reach)
        in_sentence = [entry for entry in before if entry[0] >= sentence_start]
        dated = [entry for entry in before if entry[2] is not None]
        chosen = (in_sentence or dated or before or self._found or [None])[-1 if (in_sentence or dated or before) else 0]
        if chosen is None:
            return None
        _, year, reference = chosen
        if month is not None and reference is not None:
            if month - reference > 6:
                return year - 1
            if reference - month > 6:
                return year + 1
        return year

    def _month_before(self, position: int) -> int | None:
        word = _MONTH_BEFORE_YEAR.search(self.text, max(0, position - 16), position)
        return _ANY_MONTH.get(word.group(1).lower().rstrip(".")) if word else None
