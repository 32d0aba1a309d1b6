"""Lines of a paper's head the title reader passes over or joins to a genre's name.

A recipient's postal address is no title ("Mette og Lars Vinther" / "Kløvervej 17" / "6880 Aalstrup"); the procedure a
subject is under, on a line of its own, is no part of it ("Beteiligung der Behörden … gemäß § 4 Abs. 2 BauGB"); and
what a report is about completes its genre's name ("Bericht des Prüfungsausschusses" / "über die Gebarungsprüfung …").
"""

from __future__ import annotations

import re

# A postal address's last line: "6880 Aalstrup", "D-56401 Neuenfeld", "3052 St. Leonhard am Walde".
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÆØÅÄÖÜ][\w.'’-]*(?:\s+[\wæøåäöüÆØÅÄÖÜ.'’-]+){0,3}$")
_POSTAL_BLOCK_LINES = 6
# What a report under its genre's name is about, on the next line: "über die …", "om …", "on the …".
# (a sitting is what a record is about, and the record's head is no title: "Auszug aus der Niederschrift" / "über die Sitzung …")
_WHAT_ABOUT = re.compile(r"^(?:über|om|vedrørende|on|about|into)\s+(?!.*\b(?:Sitzung|møde[t]?|meeting)\b)\S")


def postal_block(lines: list[str], index: int) -> bool:
    """Tell whether the block opening at *index* is a postal address: a few lines, the last a postcode and town."""
    if index and lines[index - 1]:
        return False
    end = index
    while end < len(lines) and lines[end]:
        end += 1
    return 2 <= end - index <= _POSTAL_BLOCK_LINES and bool(_POSTCODE_TOWN.match(lines[end - 1]))


def procedure_line(line: str) -> bool:
    """Tell whether a line under a subject names the procedure it is under: "Beteiligung der Behörden gemäß § 4 BauGB"."""
    return line[:1].isupper() and "§" in line


def what_about(line: str) -> bool:
    """Tell whether *line* says what a report named by its genre is about: "über die Gebarungsprüfung vom …"."""
    return bool(_WHAT_ABOUT.match(line))
