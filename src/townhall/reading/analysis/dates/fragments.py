"""Dates that PDF conversion tore into tab-separated pieces ("1\t1.\t09\t.2\t012")."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.mention import DateMention, _make_date


_FRAGMENT_DATE = re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)")


def _fragment_dates(text: str, known: list[DateMention]) -> list[DateMention]:
    """Find dates that PDF conversion tore into tab-separated pieces ("1\t1.\t09\t.2\t012")."""
    found = []
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if line.count("\t") < 3:
            continue
        offsets = [i for i, ch in enumerate(line) if ch != "\t"]
        joined = "".join(line[i] for i in offsets)
        for m in _FRAGMENT_DATE.finditer(joined):
            first, last = offsets[m.start()], offsets[m.end() - 1] + 1
            if "\t" not in line[first:last]:
                continue  # written whole: the ordinary patterns already saw it
            span = (line_start + first, line_start + last)
            if any(k.span[0] < span[1] and span[0] < k.span[1] for k in known):
                continue
            day = _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if day:
                found.append(DateMention(day, None, span, text[span[0]:span[1]], "day"))
    return found
