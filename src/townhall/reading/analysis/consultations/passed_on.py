"""Earlier meetings at which, an English sentence says, a body saw the paper and passed it on."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _EN_BODY, _body_name
from townhall.reading.analysis.consultations.spans import _DAY_FOLLOWS, _lines_of
from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import ConsultationStep


# A body that saw the paper on a day, at its meeting or not: "reviewed the draft ordinance on 4/21/2026 and voted …"
_EN_HELD_MEETING = re.compile(
    r"\s+(?:considered|discussed|scrutini[sz]ed|reviewed|held\s+a\s+(?:public\s+)?hearing)\b[^.\n]{0,80}?"
    r"\b(?:at (?:its|their) meeting (?:held )?)?on\s+" + _DAY_FOLLOWS
)
# What a body did with the paper at that meeting: it passed it on ("… on February 9, 2026 and recommended its approval",
# "… and voted 6-0 to recommend it to the Board").
_EN_PASSED_ON = re.compile(
    r"^[^.;]{0,40}?(?:\band|,)\s+(?:(?:voted|agreed|resolved|decided)\b[^.;]{0,20}?\bto\s+)?"
    # ("… on May 26, 2026 and recommends approval": what it recommends, told in the present)
    r"(?:recommend(?:ed|s)?|endorsed?|forward(?:ed)?|referred)\b"
)


def passed_on_meetings(text: str) -> list[tuple[ConsultationStep, str]]:
    """Return the earlier meetings at which, an English sentence says, a body saw the paper and passed it on.

    "WHEREAS, the Planning Commission reviewed the draft plan at its meeting on February 9, 2026 and recommended its
    approval": a meeting named only in passing ("at its meeting on 5 November the Committee had deferred …") is not.
    """
    found = []
    for body in _EN_BODY.finditer(text):
        held = _EN_HELD_MEETING.match(text, body.end())
        if not held:
            continue
        dates = find_dates(text[held.end():held.end() + 40], "en")
        if not dates or dates[0].span[0] > 12 or dates[0].end is not None or dates[0].precision != "day":
            continue
        after = held.end() + dates[0].span[1]
        if _EN_PASSED_ON.match(" ".join(text[after:after + 120].split())):
            name = _body_name(body)
            found.append((ConsultationStep(name, dates[0].start, None), _lines_of(text, body.start(), held.end())))
    for lead in _MINUTES_PRESENTED.finditer(text):
        body = _EN_BODY.match(text, lead.end())
        held = body and _MEETING_HELD_ON.match(text, body.end())
        dates = find_dates(text[held.end():held.end() + 40], "en") if held else []
        if dates and dates[0].span[0] == 0 and dates[0].end is None and dates[0].precision == "day":
            found.append((ConsultationStep(_body_name(body), dates[0].start, None), _lines_of(text, body.start(), held.end())))
    return found


# A committee's minutes put to the council, with its recommendations: "To present the unconfirmed minutes of the Audit
# and Risk Committee meeting held on 9 July 2026", "receives the minutes of the Finance Committee meeting of …".
_MINUTES_PRESENTED = re.compile(
    r"\b(?:present|presents|receive|receives|note|notes|adopt|adopts|endorse|endorses)\s+(?:the\s+)?"
    r"(?:(?:unconfirmed|confirmed|draft)\s+)?minutes\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_MEETING_HELD_ON = re.compile(r"\s+meeting\s+(?:held\s+on|of|on)\s+")
