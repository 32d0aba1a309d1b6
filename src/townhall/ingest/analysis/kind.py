"""Tell what kind of paper a text is (proposal, agenda item, notice, memo, hearing, ...).

Each kind has genre cues; a cue weighs more in the first lines of the paper and more again when it
stands on a line of its own (a form's heading "Mitteilung", "Beschlussvorlage", "Dagsorden").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE | re.MULTILINE
# (kind, pattern, weight): patterns are searched in the text; lines count separately below.
_CUES: tuple[tuple[str, re.Pattern, float], ...] = tuple(
    (kind, re.compile(pattern, flags), weight)
    for kind, pattern, weight, flags in (
        ("notice", r"\bMitteilung(?:svorlage)?\b|\bInformationsvorlage\b|\bInhalt der Mitteilung\b", 2.0, re.MULTILINE),
        ("notice", r"\b(?:til orientering|orientering om|meddelelse|information report|for information|briefing note)\b|^\s*Orientering\s*$", 1.5, _I),
        ("notice", r"\bnimmt (?:[\w ]+ )?zur Kenntnis\b|\btager orienteringen til efterretning\b|\bto note\b", 1.0, _I),
        ("proposal", r"\bBeschlussvorlage\b|\bBeschlussvorschlag\b|\bBeschlussentwurf\b|\bDringlichkeitsvorlage\b", 2.0, re.MULTILINE),
        ("proposal", r"\bindstiller,? at\b|\bindstiller\b", 2.0, _I),
        ("proposal", r"^\s*(?:\d\.\s*)?(?:Beslutningspunkter|Indstilling|Forslag til beslutning)\s*$|^\s*at (?:byrådet|borgerrepræsentationen|kommunalbestyrelsen|udvalget|økonomiudvalget) (?:godkender|beslutter|vedtager|tiltræder)\b", 1.5, _I),
        ("proposal", r"^\s*Til:?\s.*(?:Byråd(?:et)?|Borgerrepræsentationen|Kommunalbestyrelsen)\b", 2.0, _I),
        ("proposal", r"\breport to (?:the )?(?:cabinet|council|committee|executive)\b|\brecommendations?\b|\bit is recommended that\b|\bdecision required\b", 1.5, _I),
        ("agenda_item", r"^\s*indstilling og beslutning\s*$|^\s*beslutning i [\wæøå-]+ den\b", 3.0, _I),
        ("agenda_item", r"^\s*\d{1,3}\.\s+\S.*\(\d{2,4}-\d{2,}\)\s*$", 4.0, re.MULTILINE),
        ("agenda_item", r"^\s*(?:TOP|Tagesordnungspunkt|Dagsordenspunkt|Agenda item)\s*:?\s*[ÖN]?\s?\d", 2.0, re.MULTILINE),
        ("memo", r"^\s*Til:?\s.*(?:udvalg|forvaltning|borgmester|rådmand|direktion|medlemmer)", 4.0, _I),
        ("memo", r"^\s*(?:Notat|Vermerk|Aktenvermerk|Memorandum|Memo|Briefing)\s*:?\s*$", 3.0, _I),
        ("memo", r"\bnotat\b", 0.8, _I),
        ("hearing", r"\bhøring\w*\b|\bgiv (?:jeres|dit|din) (?:bidrag|mening)\b|\bhøringsfrist\b", 2.5, _I),
        ("hearing", r"\bAnhörung\b|\bBeteiligungsverfahren\b|\bÖffentlichkeitsbeteiligung\b|\bBeteiligung der Öffentlichkeit\b|\böffentliche Auslegung\b|\bStellungnahmen? [^.\n]{0,40}\bbis\b", 2.5, _I),
        ("hearing", r"\bpublic consultation\b|\bconsultation (?:paper|document|response)\b|\bhave your say\b|\brespond by\b|\bviews on the draft\b", 2.5, _I),
        ("motion", r"^\s*(?:Antrag|Anfrage|Änderungsantrag|Dringlichkeitsantrag|Prüfantrag|Große Anfrage|Kleine Anfrage)\b", 2.5, re.MULTILINE),
        ("motion", r"\bMedlemsforslag\b|\bBeslutningsforslag fra\b|\bNotice of motion\b|\bMotion\b|\bFraktion\b|\bforslag fra (?:medlem|[A-ZÆØÅ]{1,2}\b)", 1.5, _I),
        ("minutes", r"\bNiederschrift\b|\bProtokoll\b|\bBeschlussprotokoll\b|\bbeslutningsprotokol\b|\bminutes of (?:the )?meeting\b|\bminutes\b", 2.0, _I),
        ("minutes", r"^\s*(?:Referat|Beslutningsprotokol|Protokol)\s*$", 2.0, re.MULTILINE),
        ("minutes", r"^\s*(?:Anwesend|Til stede|Fraværende|Afbud|Present|Apologies|Abwesend|Entschuldigt)\s*:?", 2.0, _I),
        ("agenda", r"^\s*(?:Tagesordnung|Einladung|Dagsorden|Agenda|Notice of meeting)\b", 2.0, _I),
        ("letter", r"^\s*(?:Sehr geehrte|Kære|Dear|Liebe|Hej)\b", 1.5, _I),
        ("letter", r"^\s*(?:Mit freundlichen Grüßen|Freundliche Grüße|Med venlig hilsen|Venlig hilsen|Yours sincerely|Yours faithfully|Kind regards)\b", 1.0, _I),
    )
)
# A line that is nothing but the form's name is the strongest cue there is.
_FORM_HEADINGS = {
    "mitteilung": "notice", "mitteilungsvorlage": "notice", "informationsvorlage": "notice", "orientering": "notice",
    "meddelelse": "notice", "information report": "notice", "briefing note": "notice",
    "beschlussvorlage": "proposal", "sitzungsvorlage": "proposal", "beslutningsforslag": "proposal",
    "notat": "memo", "vermerk": "memo", "aktenvermerk": "memo", "memo": "memo", "memorandum": "memo",
    "høringsbrev": "hearing", "høring": "hearing", "anhörung": "hearing", "public consultation": "hearing",
    "antrag": "motion", "anfrage": "motion", "medlemsforslag": "motion", "motion": "motion",
    "niederschrift": "minutes", "protokoll": "minutes", "referat": "minutes", "beslutningsprotokol": "minutes",
    "minutes": "minutes", "tagesordnung": "agenda", "einladung": "agenda", "dagsorden": "agenda", "agenda": "agenda",
}
_FORM_HEADING_WEIGHT = 8.0
_DECISION_SECTION = re.compile(r"^\s*(?:indstilling og beslutning|beslutning(?: i)? [^\n]{3,60} den\b.*)\s*$", re.IGNORECASE | re.MULTILINE)
_ITEM_TITLE = re.compile(r"^\s*(?:\d{1,3}\.\s+\S.*\(\d{2,4}[-/]\d{2,}\)|(?:TOP|Ö|N)\s?\d{1,3}\b.*)\s*$", re.MULTILINE)
_HEAD_LINES = 12
_HEAD_FACTOR = 2.5
_OWN_LINE_BONUS = 2.0
_MIN_SCORE = 2.0
_MAX_HITS_PER_CUE = 3
# Genre cues sit at the top of a paper (form headings) and at its end (closings); the middle of a long
# paper adds little but time.
_HEAD_SAMPLE = 2500
_TAIL_SAMPLE = 800


def classify_kind(text: str) -> str:
    """Return the kind of paper *text* is, or "other" when no genre cue is strong enough."""
    if len(text) > _HEAD_SAMPLE + _TAIL_SAMPLE:
        text = text[:_HEAD_SAMPLE] + "\n" + text[-_TAIL_SAMPLE:]
    lines = [line.strip() for line in text.split("\n")]
    head_end = _head_end(lines)
    head_chars = sum(len(line) + 1 for line in lines[:head_end])
    scores: dict[str, float] = {}
    for kind, pattern, weight in _CUES:
        total = 0.0
        for hits, match in enumerate(pattern.finditer(text)):
            if hits >= _MAX_HITS_PER_CUE:
                break
            value = weight
            if match.start() < head_chars:
                value *= _HEAD_FACTOR
                if _own_line(text, match):
                    value += _OWN_LINE_BONUS
            total += value
        if total:
            scores[kind] = scores.get(kind, 0.0) + total
    for line in lines[:head_end]:
        heading = _FORM_HEADINGS.get(line.strip(" :*").casefold())
        if heading:
            scores[heading] = scores.get(heading, 0.0) + _FORM_HEADING_WEIGHT
    if _DECISION_SECTION.search(text) and scores.get("agenda_item", 0) >= max(scores.get("agenda", 0), scores.get("minutes", 0)):
        # A recommendation followed by the body's decision is one item of a meeting.
        scores["agenda_item"] = max(scores.values()) + 1.0
    if not scores:
        return "other"
    kind, score = max(scores.items(), key=lambda item: item[1])
    if score < _MIN_SCORE:
        return "other"
    if kind == "agenda_item" and len(_ITEM_TITLE.findall(text)) > 1:
        # Several numbered items with their case numbers: the whole agenda or its minutes.
        return "minutes" if scores.get("minutes", 0) > scores.get("agenda", 0) else "agenda"
    return kind


def _head_end(lines: list[str]) -> int:
    seen = 0
    for index, line in enumerate(lines):
        if line:
            seen += 1
            if seen >= _HEAD_LINES:
                return index + 1
    return len(lines)


def _own_line(text: str, match: re.Match) -> bool:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end >= 0 else len(text)].strip(" \t:*")
    return len(line) <= len(match.group(0).strip()) + 12
