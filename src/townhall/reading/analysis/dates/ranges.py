"""Two whole dates written as a range ("01.03.2021 - 05.03.2021") read as one mention."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.mention import DateMention


# two full dates joined into a range: 01.03.2021 - 05.03.2021, vom 1. März bis 5. März 2021
_JOIN = re.compile(r"\s*(?:-|–|—)\s*$")
_JOIN_WORDED = re.compile(r"\s*(?:bis(?:\s+zum)?|til(?:\s+og\s+med)?|to|until)\s*$", re.IGNORECASE)
# A field's colon opens a range as "vom" does: "Auslegungsfrist: 13.10.2025 bis 14.11.2025" is one period.
_RANGE_OPENER = re.compile(r"(?:vom|von|ab|fra|from|between|(?<=\w):)\s*$", re.IGNORECASE)


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Merge two whole dates written as a range ("01.03.2021 - 05.03.2021") into one mention."""
    result: list[DateMention] = []
    for mention in mentions:
        if result and result[-1].end is None and mention.end is None and mention.precision == "day":
            previous = result[-1]
            between = text[previous.span[1]:mention.span[0]]
            opener = _RANGE_OPENER.search(text[max(0, previous.span[0] - 8):previous.span[0]])
            joined = _JOIN.fullmatch(between) or (opener and _JOIN_WORDED.fullmatch(between))
            if joined and previous.precision == "day" and previous.start < mention.start:
                span = (previous.span[0], mention.span[1])
                result[-1] = DateMention(previous.start, mention.start, span, text[span[0]:span[1]], "day")
                continue
        result.append(mention)
    return result
