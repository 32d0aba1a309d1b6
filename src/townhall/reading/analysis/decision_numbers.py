"""The number and day of a body's decision, printed on the line under the heading that names it.

A municipal executive's record of one decision is numbered by its register and dated by its sitting, on a line of its
own under the heading: "Beschluss des Gemeindeausschusses" / "Nr. 214 vom 14.07.2026" (South Tyrol and Trentino),
"Beschluss des Gemeinderates" / "Nr. 12/2026 vom 3. März 2026", "Decision of the Board" / "No. 45 of 3 March 2026".
The number is the paper's, the day the paper's date.
"""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.dates import find_dates
from townhall.reading.layout import Document, LineAddress

_DECISION_HEADING = re.compile(
    r"^(?:Beschluss|Beschlussfassung|Entscheidung|Verfügung|Decision|Resolution|Beslutning|Afgørelse)\s+(?:des|der|of\s+the|fra)\s+\S",
    re.IGNORECASE,
)
_NUMBER_OF_DAY = re.compile(r"^(?:Nr\.?|No\.?|Number|Nummer)\s*(?P<number>\d{1,5}(?:/\d{2,4})?)\s+(?:vom|of|af|from)\s+(?P<day>\S.*)$", re.IGNORECASE)
_HEAD_ADDRESSES = 10


def decision_number(document: Document) -> tuple[str, date | None, LineAddress] | None:
    """Return the number and day on the line under a decision's heading, with that line, or None."""
    head = list(document.addresses[:_HEAD_ADDRESSES])
    for above, address in zip(head, head[1:]):
        if not _DECISION_HEADING.match(" ".join(above.text.split())):
            continue
        found = _NUMBER_OF_DAY.match(" ".join(address.text.split()))
        if found is None:
            continue
        mentions = find_dates(found.group("day"))
        day = mentions[0].start if mentions and mentions[0].end is None and mentions[0].precision == "day" else None
        return found.group("number"), day, address
    return None
