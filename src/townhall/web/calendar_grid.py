"""The month grid of the calendar page: weeks from Monday to Sunday, each day with its meetings."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from townhall.core.models import Meeting

#: Meetings named in a day's cell at most; the rest are counted and found in the list beside the grid.
CELL_MEETINGS = 3


@dataclass
class GridDay:
    day: date
    in_month: bool
    is_today: bool
    meetings: list[Meeting] = field(default_factory=list)

    @property
    def shown(self) -> list[Meeting]:
        return self.meetings[:CELL_MEETINGS]

    @property
    def more(self) -> int:
        return max(0, len(self.meetings) - CELL_MEETINGS)


def month_grid(year: int, month: int, meetings_by_day: dict[date, list[Meeting]], today: date) -> list[list[GridDay]]:
    """Return the weeks (Monday first) that hold the month, each day with its meetings."""
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
    return [
        [GridDay(day=day, in_month=day.month == month, is_today=day == today, meetings=meetings_by_day.get(day, []) if day.month == month else [])
         for day in week]
        for week in weeks
    ]
