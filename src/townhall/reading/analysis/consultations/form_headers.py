"""Form headers naming a body and its meeting: "Report to: Full Council, 3 March 2021", "Meeting: Cabinet" over "Date: …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _looks_like_body
from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import ConsultationStep


_FORM_LABEL = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<label>report to|prepared for|submitted to|presented to|meeting|committee|decision maker|decision taker|gremium|"
    r"sitzung des|udvalg)[ \t]*:(?:\*\*)?[ \t]*(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_PERSON_ROLE = re.compile(
    r"\b(?:member|lead|leader|chair|chairman|chairperson|mayor|officer|director)s?\s*$", re.IGNORECASE
)
# "Gremium: Integrationsrat Sitzung am: 18.09.2012": the next label ends the body's name
_INLINE_LABEL = re.compile(
    r"\s+(?:sitzung am|sitzungstermin|sitzungsdatum|datum|date|dato|mødedato|am|on|den)\s*:?\s*$|"
    r"\s+(?:sitzung am|sitzungstermin|sitzungsdatum|datum|date|dato|mødedato)\s*:",
    re.IGNORECASE,
)
_FORM_LABEL_WORDS = ("report to", "prepared for", "submitted to", "presented to", "meeting", "committee", "decision", "gremium", "sitzung des", "udvalg")
# "Änderungsantrag zur Sitzung am 10.12.2025" on the line above "Gremium: Hauptausschuss".
_SESSION_BEFORE = re.compile(r"\bzur Sitzung (?:am|vom)\s+(?P<value>[^\n]{6,30})\n(?:[ \t]*\n)?[ \t]*\Z")
_MEETING_WORD = re.compile(r"meeting|decision|sitzung|møde", re.IGNORECASE)
# Labels that name whom a report is for ("Prepared for: Committee of the Whole", as staff reports in North
# America head it): a "Date:" under them is the report's own unless it says meeting.
_ADDRESSEE_LABELS = frozenset(("report to", "prepared for", "submitted to", "presented to"))
_DATE_LABEL_AFTER = re.compile(
    r"^[ \t]*(?:\*\*)?(?:date(?: of (?:meeting|decision))?|meeting date|decision date|sitzung am|datum|"
    r"mødedato|dato)[ \t]*:(?:\*\*)?[ \t]*(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)


def _form_steps(text: str, language: str | None) -> list[ConsultationStep]:
    steps = []
    lowered = text.lower()
    if not any(label in lowered for label in _FORM_LABEL_WORDS):
        return steps
    for m in _FORM_LABEL.finditer(text):
        value = m.group("value").strip(" *")
        if not value:
            continue  # an empty form field ("Gremium:" with nothing filled in)
        dates = find_dates(value, language)
        org = value
        when = None
        if dates:
            org = value[:dates[0].span[0]].strip(" ,;–-\t")
            when = dates[0].start
        else:
            following = text[m.end():m.end() + 200]
            label = _DATE_LABEL_AFTER.search(following)
            session = _SESSION_BEFORE.search(text[max(0, m.start() - 160):m.start()])
            if not label and session and m.group("label").lower() == "gremium":
                found = find_dates(session.group("value"), language)
                when = found[0].start if found else None
            if label and m.group("label").lower() in _ADDRESSEE_LABELS and not _MEETING_WORD.search(label.group(0)):
                continue  # a report's own "Date:" under its addressee: no meeting is named
            if label and following[:label.start()].count("\n") <= 2:
                found = find_dates(label.group("value"), language)
                when = found[0].start if found else None
        org = _INLINE_LABEL.split(re.split(r"\t|\s{2,}", org)[0])[0].strip(" ,;")
        if _looks_like_body(org) and not _PERSON_ROLE.search(org):
            steps.append(ConsultationStep(org, when, None))
    return steps
