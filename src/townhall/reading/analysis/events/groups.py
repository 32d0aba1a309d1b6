"""Meetings of named working groups: "Sitzung der Steuerungsgruppe am …", "møde i arbejdsgruppen den …"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.analysis.events.draft import _Draft
from townhall.reading.analysis.events.nouns import _UPPER


# Named groups whose own meetings a paper may report: "Die erweiterte Steuerungsgruppe ..."
_GROUP_NOUN = r"[\wäöüß-]*?(?:gruppe|arbeitskreis|kreis|runde|netzwerk|kommission|team|bündnis|tisch|gemeinschaft)"
_GROUP_NOUN_END = re.compile(_GROUP_NOUN + "$", re.IGNORECASE)
_GROUP_DE = re.compile(
    rf"(?P<article>\b(?:[Dd]ie|[Dd]er|[Dd]as|vom|von der|dem|den)\s+)"
    rf"(?P<group>(?:[a-zäöü]+e[nrs]?\s+|Runde[nrs]?\s+)?(?=[{_UPPER}])(?i:{_GROUP_NOUN})\b"
    rf"(?:\s+(?:(?:zur|zum|für|des|der|und|von)\s+)?[{_UPPER}][\wäöüß-]*){{0,6}})"
)
_SITZUNG_AFTER_GROUP = re.compile(
    r"^(?:[^.]{0,60}?\b(?:auf|in|bei|während)\s+(?:ihrer|seiner|einer|der|dessen|deren)\s+"
    r"(?:letzten\s+|gemeinsamen\s+|[\wäöü]+en\s+)?(?:Sitzung|Treffen|Zusammenkunft)\s+(?:am|vom)"
    r"|\s+(?:tagte|traf\s+sich|kam)(?:\s+erstmals|\s+zuletzt)?\s+am)\s+$"
)
_SITZUNG_OF_GROUP = re.compile(
    rf"\b(?P<noun>Sitzung|Treffen)\s+(?P<article>der|des)\s+"
    rf"(?P<group>(?:[a-zäöü]+en\s+)?(?=[{_UPPER}])(?i:{_GROUP_NOUN})"
    rf"(?:\s+(?:(?:zur|zum|für|des|der|und|von)\s+)?[{_UPPER}][\wäöüß-]*){{0,6}})\s+(?:am|vom)\s+$"
)
_GROUP_DA = re.compile(
    r"(?P<group>\b[\wæøå-]*?(?:styregruppe|arbejdsgruppe|følgegruppe|projektgruppe|referencegruppe|"
    r"netværk|partnerskab|panel)(?:n|et|en)?(?:\s+for\s+[\wæøå-]+(?:\s+og\s+[\wæøå-]+)?)?)\s+(?:har\s+)?"
    r"(?:på\s+(?:sit|sine|et|deres)\s+møder?\s+|"
    r"holdt\s+møde\s+|mødtes\s+|drøftede\s+[^.]{0,60}?på\s+(?:sit|et)\s+møde\s+)$",
    re.IGNORECASE,
)
_GROUP_DA_GENITIVE = re.compile(
    r"(?P<group>\b[\wæøå-]*?(?:styregruppe|arbejdsgruppe|følgegruppe|projektgruppe|referencegruppe|"
    r"netværk|partnerskab|panel)(?:n|et|en)?)s\s+møde\s+$",
    re.IGNORECASE,
)
_GROUP_EN = re.compile(
    r"(?:(?:[Tt]he\s+)(?P<group>(?:[\w-]+\s+){0,3}(?:group|steering group|working group|task force|"
    r"network|partnership|forum|panel))\b[^.]{0,80}?\bat\s+(?:its|their|a|the)\s+meeting\s+on\s+|"
    r"\bmeeting\s+of\s+the\s+(?P<group2>(?:[\w-]+\s+){0,3}(?:group|task force|network|partnership|forum|panel))"
    r"\s+(?:held\s+)?on\s+)$",
)


def _group_meetings(text: str, mentions: list[DateMention]):
    for mention in mentions:
        before = text[max(0, mention.span[0] - 240):mention.span[0]]
        before = re.sub(r"^.*(?:\n[ \t]*\n|[.!?]\s)", "", before, flags=re.DOTALL)
        name = _group_meeting_name(before)
        if name and not BODY_WORD.search(name.split(" ", 1)[1] if " " in name else name):
            yield _Draft(name, True, None, mention.start, mention.end or mention.start, mention.span[0]), mention.span


def _group_meeting_name(before: str) -> str | None:
    of_group = _SITZUNG_OF_GROUP.search(before)
    if of_group:
        return f"{of_group.group('noun')} {of_group.group('article')} {of_group.group('group')}"
    for group in _GROUP_DE.finditer(before):
        if _SITZUNG_AFTER_GROUP.match(before[group.end():]):
            return "Sitzung " + _german_genitive(group.group("article").strip(), group.group("group"))
    danish = _GROUP_DA.search(before) or _GROUP_DA_GENITIVE.search(before)
    if danish:
        return f"Møde i {danish.group('group').lower()}"
    english = _GROUP_EN.search(before)
    if english:
        group = english.group("group") or english.group("group2")
        return f"Meeting of the {group.strip()}"
    return None


_FEMININE = re.compile(r"(?:gruppe|runde|kommission|gemeinschaft|konferenz)$", re.IGNORECASE)
_MASCULINE = re.compile(r"(?:kreis|tisch)$", re.IGNORECASE)


def _german_genitive(article: str, group: str) -> str:
    """Turn "Die erweiterte Steuerungsgruppe ..." into "der erweiterten Steuerungsgruppe ..."."""
    words = group.split()
    noun_index = next((
        i for i, w in enumerate(words)
        if _GROUP_NOUN_END.search(w) and not (w.lower().startswith("runde") and words[i + 1:i + 2] == ["Tisch"])
    ), 0)
    noun = words[noun_index]
    adjectives = [re.sub(r"e[nrs]?$", "en", w) for w in words[:noun_index]]  # der erweiterten, des Runden
    rest = words[noun_index + 1:]
    if _FEMININE.search(noun):
        head = ["der", *adjectives, noun]
    elif _MASCULINE.search(noun):
        head = ["des", *adjectives, noun + "es"]
    else:
        head = ["des", *adjectives, noun + "s"]
    return " ".join(head + rest)
