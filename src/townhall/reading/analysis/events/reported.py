"""Meetings a paper reports as one occasion ("in einer internen Sitzung des Beirats am …", "the meeting with the Minister on …"), and an event named again by the last part of its compound."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.context import sentence_after
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.analysis.events.draft import _Draft
from townhall.reading.analysis.events.nouns import _EVENT_ENDINGS


# A meeting a paper reports with an indefinite article is one occasion, not a step of its route:
# "In einer internen Sitzung des Beirats am 15. September ...", "på et ekstraordinært møde i udvalget den
# 3. marts", "at an informal meeting of the panel on 4 May". A meeting with a person is one too: "the
# follow-up meeting with the Minister on 20 December", "ein Gespräch mit dem Landrat am 3. Mai".
_INDEFINITE_MEETING = re.compile(
    r"(?:\b[Ii]n\s+einer|\b[Aa]uf\s+einer|\b[Pp]å\s+et|\b[Aa]t\s+an?)\s+"
    r"(?P<name>(?:[\wäöüæøå-]+\s+){0,2}?(?:Sitzung|Besprechung|Zusammenkunft|møde|meeting)"
    r"(?:\s+(?:des|der|i|of\s+the)\s+(?:[A-ZÄÖÜÆØÅ][\wäöüßæøå-]*\s+){1,3}?)?)\s*(?:am|vom|den|d\.|on)\s+$"
)
_MEETING_WITH = re.compile(
    r"(?P<name>\b(?:(?!(?:the|a|an|our|your|this|that|die|der|das|den|dem|ein|eine|einem|einer|et|en|vores)\b)[\w-]+\s+){0,2}?"
    r"(?:meeting|Gespräch|Treffen|møde|samtale)\s+(?:with|mit|med)\s+"
    r"(?:(?:the|dem|der|den)\s+)?[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+(?:\s+[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+){0,2})"
    r"\s+(?:on\s+(?:the\s+)?|am\s+|den\s+)$"
)


def _reported_meetings(text: str, mentions: list[DateMention], used: set[tuple[int, int]]):
    for mention in mentions:
        if mention.span in used:
            continue
        before = text[max(0, mention.span[0] - 160):mention.span[0]]
        before = re.sub(r"^.*(?:\n[ \t]*\n|[.!?]\s)", "", before, flags=re.DOTALL).replace("\n", " ")
        found = _INDEFINITE_MEETING.search(before) or _MEETING_WITH.search(before)
        if not found:
            continue
        name = " ".join(found.group("name").split())
        # "in einer öffentlichen Sitzung": the meeting's name in the nominative, "Öffentliche Sitzung".
        name = re.sub(r"(\w+)en(?=\s+(?:Sitzung|Besprechung|Zusammenkunft)\b)", r"\1e", name)
        yield _Draft(name[:1].upper() + name[1:], True, None, mention.start, mention.end or mention.start, mention.span[0]), mention.span


# "… berichtet von der Müllsammelaktion im Herbst 2021. Die Aktion soll am 14.05.22 wiederholt werden.": a sentence
# names again, by the last part of its compound, an event the text named just before, with the day it takes place.
_NAMED_AGAIN = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:Die|Der|Das|Diese|Dieser|Dieses|The|This)\s+(?P<tail>[A-ZÄÖÜ][a-zäöüß]{3,})\s+"
    r"(?:soll|sollen|wird|werden|will|is to|is due to)\b[^.!?\n]{0,30}?\s(?:am|on)\s+$"
)
_TAKES_PLACE_AGAIN = re.compile(
    r"wiederholt|stattfinden|durchgeführt|fortgesetzt|repeated|held|take place|run again", re.IGNORECASE
)
_ANTECEDENT_REACH = 400


def _events_named_again(text: str, mentions: list[DateMention], used, route_dates):
    for mention in mentions:
        if mention.span in used or mention.start in route_dates:
            continue
        again = _NAMED_AGAIN.search(text, max(0, mention.span[0] - 90), mention.span[0])
        if again is None or not _TAKES_PLACE_AGAIN.search(sentence_after(text, mention.span[1])):
            continue
        tail = again.group("tail").lower()
        earlier = text[max(0, again.start() - _ANTECEDENT_REACH):again.start()]
        named = [
            word for word in re.findall(r"[\wäöüß-]+", earlier)
            if len(word) > len(tail) and word.lower().endswith(tail) and word.lower().endswith(_EVENT_ENDINGS)
        ]
        if named:
            name = named[-1][:1].upper() + named[-1][1:]
            yield _Draft(name, True, None, mention.start, mention.end or mention.start, mention.span[0]), mention.span
