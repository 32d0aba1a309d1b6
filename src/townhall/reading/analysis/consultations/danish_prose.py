"""Danish sentences that give the route: "Sagen forelægges Økonomiudvalget og derefter Byrådet", "X behandlede sagen den …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _DA_BODY, _bodies_with_dates, danish_definite
from townhall.reading.analysis.consultations.spans import _all_positions
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.context import sentence_after
from townhall.reading.card import ConsultationStep


_DA_TRIGGER = re.compile(
    r"(?:(?:forelægges|fremlægges)(?:\s+(?:herefter|derefter|efterfølgende|endeligt|for))*|"
    r"behandles\s+i|behandles\s+på\s+mødet\s+i|efter\s+(?:behandling|godkendelse)\s+i|(?:ønskes\s+)?behandlet\s+(?:på|i)\s+(?:(?:det\s+)?(?:næste\s+)?møde(?:t)?\s+i)?|sendes\s+(?:videre\s+)?til|"
    r"oversendes\s+(?:derefter\s+)?til|til\s+(?:beslutning|godkendelse|orientering)\s+i|"
    r"(?<![^\n*\s])(?:beslutning|behandling|indstilling)(?:\s+i)?|"
    r"sagen\s+afgøres\s+i\s*:?|afgøres\s+i\s*:|beslutningskompetence\s*:)\s+",
    re.IGNORECASE,
)
_DA_TRIGGER_WORDS = ("efter behandling", "efter godkendelse", "forelægges", "fremlægges", "behandles", "behandlet", "sendes",
                     "til beslutning", "til godkendelse", "til orientering", "beslutning", "behandling", "indstilling", "afgøres i")
# what may stand between two bodies on one route: ", ", " og herefter ", " samt i "
_DA_JOINER = re.compile(
    r"[^.]*?(?:,|\bog\b|\bsamt\b)(?:\s+(?:herefter|derefter|endelig|efterfølgende|til sidst))?\s*(?:i\s+|til\s+|(?:inden|før)\s+)?"
)
_DANISH_DATE_TAIL = re.compile(r"\s*(?:på\s+(?:sit\s+)?møde(?:t)?\s+)?(?:(?:den|d\.)\s+)?[^,]*?\d{4}")
# "til Beskæftigelses- og Integrationsudvalgets møde den 7. november 2012"
_DA_BODY_MEETING = re.compile(
    r"(?P<body>(?:[A-ZÆØÅ][a-zæøå]+-\s+og\s+)?[A-ZÆØÅ][a-zæøå]*"
    r"(?:udvalget|repræsentationen|rådet|bestyrelsen))"
    # (or its reading of a paper: "Byrådets 2. behandling af budgettet den 7. oktober 2026")
    r"s\s+(?:(?:ordinære|næste)\s+møde|møde|(?:\d\.\s+)?behandling(?:\s+af\s+[a-zæøå-]+(?:\s+[a-zæøå-]+){0,3}?)?)\s+(?=den\s|d\.\s)"
)
_HEADING_START = re.compile(r"(?:^|\n)[ \t*]*\Z")
# A sitting named by a compound of its body's word: "på byrådsmødet den 16. december 2026", "kommunalbestyrelsesmødet
# den …", "Økonomiudvalgsmødet den …".
_DA_COMPOUND_SITTING = re.compile(
    r"(?<![\w-])(?P<stem>(?:[a-zæøå]+-\s+og\s+)?[a-zæøå]*(?:byråd|kommunalbestyrelse|regionsråd|[a-zæøå]udvalg))s?mødet?"
    r"\s+(?=den\s|d\.\s)",
    re.IGNORECASE,
)


def _danish_prose_steps(text: str) -> list[ConsultationStep]:
    steps = [step for step, _ in _told_steps(text)]
    lowered = text.lower()
    meetings = [
        m
        for position in (*_all_positions(lowered, "s møde "), *_all_positions(lowered, " behandling "))
        for m in _DA_BODY_MEETING.finditer(text, max(0, position - 80), min(len(text), position + 16))
    ]
    for m in meetings:
        dates = find_dates(text[m.end():m.end() + 40], "da")
        if dates and dates[0].span[0] == 0 and dates[0].precision == "day":
            steps.append(ConsultationStep(m.group("body"), dates[0].start, None))
    for position in _all_positions(lowered, "mødet "):
        for m in _DA_COMPOUND_SITTING.finditer(text, max(0, position - 60), position + 12):
            dates = find_dates(text[m.end():m.end() + 40], "da")
            if dates and dates[0].span[0] == 0 and dates[0].precision == "day":
                stem = danish_definite(m.group("stem"))
                steps.append(ConsultationStep(stem[:1].upper() + stem[1:], dates[0].start, None))
    for position in _all_positions(lowered, "behandlede sagen"):
        line_start = text.rfind("\n", 0, position) + 1
        body = None
        for body in _DA_BODY.finditer(text, line_start, position):
            pass
        if body is None or text[body.end():position].strip():
            continue
        after = text[position + len("behandlede sagen"):position + 80]
        dates = find_dates(after, "da")
        if dates and re.fullmatch(r"\s*(?:på\s+(?:sit\s+)?møde(?:t)?\s+)?", after[:dates[0].span[0]]):
            steps.append(ConsultationStep(body.group(), dates[0].start, None))
    return steps


def _told_steps(text: str) -> list[tuple[ConsultationStep, int]]:
    """Return the bodies a Danish sentence sends the paper to ("Sagen behandles i Byrådet den …"), each with its place."""
    steps = []
    lowered = text.lower()
    starts = sorted({found for word in _DA_TRIGGER_WORDS for found in _all_positions(lowered, word)})
    for position in starts:
        trigger = _DA_TRIGGER.match(text, position)
        if trigger is None:
            continue
        if lowered.startswith(("beslutning", "behandling", "indstilling"), position) and (
                "\n" in trigger.group() or not _HEADING_START.search(text, max(0, position - 10), position)):
            continue  # "Beslutning i Økonomiudvalget den ..." counts only as a heading line
        segment = sentence_after(text, trigger.end(), reach=240)
        previous_end = 0
        for org, when, start in _bodies_with_dates(segment, _DA_BODY, "da"):
            joiner = segment[previous_end:start]
            if previous_end and not _DA_JOINER.fullmatch(joiner):
                break
            if not previous_end and start > 0 and segment[:start].strip():
                break  # the body must follow the trigger word directly
            steps.append((ConsultationStep(org, when, None), trigger.end() + start))
            previous_end = start + len(org)
            date_tail = _DANISH_DATE_TAIL.match(segment, previous_end)
            if when and date_tail:
                previous_end = date_tail.end()
    return steps


def danish_told_meetings(text: str) -> list[tuple[ConsultationStep, int]]:
    """Return the dated meetings Danish sentences put the paper before, each with the place its body is named.

    "Sagen behandles i Byrådet den 23. september 2026", "… efter behandling i Klima- og Miljøudvalget den 5. november
    2026 og Byrådet den 25. november 2026": beside a route a form gives, these are its later steps.
    """
    return [(step, at) for step, at in _told_steps(text) if step.date is not None]
