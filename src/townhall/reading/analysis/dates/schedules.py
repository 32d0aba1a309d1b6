"""A date row beside a time row ("Date: …" / "Time: 7:00 PM"): the schedule of a hearing, an event or a meeting."""

from __future__ import annotations

import re


# A time row beside a date row ("DATE: Wednesday, July 8" / "TIME: 7:00 PM" / "PLACE: …") makes both the
# schedule of a hearing, an event or a meeting: that "Date:" is not the day the paper was written.
TIME_LABEL = re.compile(r"(?:time|times|zeit|uhrzeit|beginn|tid|tidspunkt|klokkeslæt)", re.IGNORECASE)
_TIME_ROW = re.compile(rf"^[ \t]*(?:\*\*)?{TIME_LABEL.pattern}[ \t]*(?:\*\*)?:", re.IGNORECASE)


def in_schedule(text: str, position: int) -> bool:
    """Tell whether the line at ``position`` has a time row ("Time: 7:00 PM") right above or below it."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start:max(above_start, line_start - 1)] if line_start else ""
    below = "" if line_end == -1 else text[line_end + 1:].split("\n", 1)[0]
    return bool(_TIME_ROW.match(above) or _TIME_ROW.match(below))
