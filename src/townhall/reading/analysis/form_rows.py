"""Read the label/value rows of forms, where converted tables put several fields on one line."""

from __future__ import annotations

import re


def label_in_row(label: re.Pattern, line: str) -> re.Match | None:
    """Match *label* at the start of *line* or of one of its tab-separated cells.

    A converted form row such as "Federführend:\\tFachbereich Schule\\tBearbeiter/-in:\\tMüller, Anna"
    holds two fields; the second label starts the third cell.
    """
    match = label.match(line)
    if match or "\t" not in line:
        return match
    cells = line.split("\t")
    for start in range(1, len(cells)):
        match = label.match("\t".join(cells[start:]))
        if match:
            return match
    return None
