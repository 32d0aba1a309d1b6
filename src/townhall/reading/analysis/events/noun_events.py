"""Events named by an event noun: the name, the day (in the sentence, a field under it, a heading over it) and the place."""

from __future__ import annotations

import re
from bisect import bisect_left

from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.analysis.dates.months import ANY_WEEKDAY
from townhall.reading.analysis.dates.roles import classify_role
from townhall.reading.analysis.dates.schedules import in_schedule
from townhall.reading.analysis.events.draft import _Draft
from townhall.reading.analysis.events.names import (
    _ENGLISH_PROPER_NOUN,
    _EVENT_VERB,
    _MARKED,
    _QUOTED_AFTER,
    _TITLE,
    _TITLE_WORDS,
    _event_name,
    _event_place,
    _is_marked,
    _names_a_label,
    _part_of_group_name,
    _title_text,
)
from townhall.reading.analysis.events.nouns import _event_nouns


def _noun_events(text, start, end, mentions, used, route_dates, language):
    sentence = text[start:end]
    first = bisect_left(mentions, start, key=lambda m: m.span[0])
    inside = []
    for m in mentions[first:]:
        if m.span[0] >= end:
            break
        if m.span[1] <= end:
            inside.append(m)
    marked = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in _MARKED.finditer(sentence)]
    drafts = []
    seen_names = set()
    for noun in _event_nouns(sentence):
        if _part_of_group_name(sentence, noun) or _plural_heading(sentence, noun):
            continue
        name, proper, name_start, name_end = _event_name(sentence, noun, marked)
        if name.casefold() in seen_names:
            continue
        quoted = _QUOTED_AFTER.match(sentence, name_end)
        has_title_word = any(word in sentence.lower() for word in _TITLE_WORDS)
        title = _TITLE.search(sentence, noun.end()) if has_title_word and not quoted else None
        if quoted:
            name = f"{name}: {next(g for g in quoted.groups() if g).strip()}"
            name_end, proper = quoted.end(), True
        when = _event_date(text, sentence, start, noun, inside, used, route_dates)
        labelled = False
        if when is None:
            when = _labelled_date(text, end, mentions, used) or _day_under_heading(text, start, end, mentions, used)
            labelled = when is not None
        reportable = True
        if when is None:
            if not proper:
                continue
            reportable = bool(_is_marked(noun, marked) or _ENGLISH_PROPER_NOUN.fullmatch(name))
        elif not proper and not labelled:
            if not (
                _EVENT_VERB.search(sentence) or title or _close_after(sentence, name_end, when, start)
                or _names_a_label(sentence, name_start, name_end)
            ):
                continue  # "the conference" with a date: only when the sentence says it takes place
        if title and not _is_marked(noun, marked):
            name = f"{name}: {_title_text(title)}"
        name = name[:1].upper() + name[1:]
        seen_names.add(name.casefold())
        place = _event_place(text, sentence, start, end, name_start, name_end, marked)
        first, last = (when.start, when.end or when.start) if when else (None, None)
        drafts.append(_Draft(name, proper, place, first, last, start + noun.start(), reportable))
        if when is not None and _PLURAL_NOUN.search(noun.group()):
            # "Public information centres were held … on April 21, 2026 and at the Millbank Library on April 23, 2026":
            # a plural noun's further days joined by "and" are occasions of their own.
            drafts.extend(
                _Draft(name, proper, None, day.start, day.end or day.start, start + noun.start(), reportable)
                for day in _further_days(text, sentence, start, when, inside, used, route_dates)
            )
    return drafts


# An English event noun in the plural: "public information centres", "workshops", "drop-in sessions".
_PLURAL_NOUN = re.compile(r"(?<![su])s$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\b(?:and|as well as)\b")


def _plural_heading(sentence: str, noun) -> bool:
    """Tell whether a plural event noun is a heading alone on its line ("Information evenings" over their rows)."""
    line_start = sentence.rfind("\n", 0, noun.start()) + 1
    line_end = sentence.find("\n", noun.end())
    line = sentence[line_start : line_end if line_end >= 0 else len(sentence)]
    return bool(_PLURAL_NOUN.search(noun.group())) and line.strip() == noun.group()


def _further_days(text, sentence, offset, when, inside, used, route_dates) -> list[DateMention]:
    """Return the days after ``when`` in the sentence that "and" joins on, each an occasion of a plural event noun."""
    days, previous = [], when
    for mention in inside:
        if mention.span[0] <= previous.span[0] or mention.span in used or mention.start in route_dates:
            continue
        between = sentence[previous.span[1] - offset : mention.span[0] - offset]
        if not _AND_BETWEEN.search(between) or _event_nouns(between) or classify_role(text, mention) in ("deadline", "document"):
            break
        days.append(mention)
        previous = mention
    return days


_CLOSE_GAP = 40


def _close_after(sentence: str, name_end: int, when: DateMention, offset: int) -> bool:
    """Tell whether the date follows the event's name closely ("Bürgerversammlung am 03.03.2021")."""
    gap = _WEEKDAY_BEFORE_DAY.sub("", sentence[name_end:when.span[0] - offset])
    return 0 <= len(gap) <= _CLOSE_GAP and not re.search(r"[,;:]", gap)


# "am Dienstag, dem 17. März", "on Tuesday, 3 March": the weekday's comma is part of the date, not a clause break.
_WEEKDAY_BEFORE_DAY = re.compile(
    rf"\b(?:{ANY_WEEKDAY}),?\s+(?:(?:den|dem|the)\s+)?$",
    re.IGNORECASE,
)


# An invitation's own fields under the sentence that names the event: "Termin: Mittwoch, 12. November 2025",
# "Tidspunkt: …", "Date and time: …"
_DATE_LABEL = re.compile(
    r"^[ \t]*(?:Termin|Zeit|Zeitpunkt|Datum und Uhrzeit|Wann|Tid|Tidspunkt|Dato og tid|Hvornår|When|"
    r"Date and time|Date & time)[ \t]*:[ \t]*(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL_REACH = 200


# A bare "Date:" row is the event's only in a schedule with a time row beside it ("DATE:" / "TIME:" / "PLACE:").
_BARE_DATE_LABEL = re.compile(r"^[ \t]*(?:Date|Datum|Dato|Day|Tag|Dag)[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.IGNORECASE | re.MULTILINE)


def _labelled_date(text: str, sentence_end: int, mentions: list[DateMention], used) -> DateMention | None:
    """Return the date of a date label on the lines right after the sentence that names an event."""
    window = text[sentence_end:sentence_end + _LABEL_REACH]
    labels = [_DATE_LABEL.search(window)]
    bare = _BARE_DATE_LABEL.search(window)
    if bare is not None and in_schedule(text, sentence_end + bare.start("value")):
        labels.append(bare)
    for label in labels:
        if label is None or window[:label.start()].count("\n") > 3:
            continue
        low, high = sentence_end + label.start("value"), sentence_end + label.end("value")
        for mention in mentions:
            if low <= mention.span[0] < high and mention.span not in used:
                return mention
    return None


def _day_under_heading(text: str, start: int, end: int, mentions: list[DateMention], used) -> DateMention | None:
    """Return the day (or days) that open the line under an event's heading.

    A programme or invitation names its event in a heading of its own and prints the day on the next line:
    "Fachtag „Kommunale Wärmeplanung“" over "Donnerstag, 23. April 2026, 9.30 bis 16.00 Uhr".
    """
    heading = text[start:end].strip()
    if not heading or "\n" in heading or len(heading) > 100 or heading.endswith((".", ":", ",")):
        return None
    rest = text[end:end + _LABEL_REACH]
    line = re.match(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*", rest)
    if line is None:
        return None
    position = end + line.end()
    for mention in mentions:
        if mention.span[0] == position and mention.span not in used:
            return mention if classify_role(text, mention) not in ("deadline", "document") else None
    return None


# A body's own sitting between an event's name and a date: the date is the sitting's.
_BODYS_MEETING = re.compile(
    r"\b(?:at|during)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}meeting\b|\bpå\s+(?:sit|deres)\s+(?:\w+\s+)?møde\b"
    r"|\bin\s+(?:seiner|ihrer)\s+(?:\w+\s+)?Sitzung\b",
    re.IGNORECASE,
)


def _event_date(text, sentence, offset, noun, inside, used, route_dates) -> DateMention | None:
    candidates = []
    for mention in inside:
        if mention.span in used or mention.start in route_dates:
            continue
        role = classify_role(text, mention)
        if role in ("deadline", "document"):
            continue
        relative = mention.span[0] - offset
        between = sentence[noun.end():relative] if relative >= noun.end() else sentence[relative:noun.start()]
        if _event_nouns(between):
            continue  # the date belongs to the other event named in between
        if relative >= noun.end() and _BODYS_MEETING.search(between):
            continue  # "called for a public hearing at its meeting on May 18": the day the body met, not the event's
        if relative >= noun.end():
            candidates.append((0, relative - noun.end(), mention))
        elif role != "meeting":
            candidates.append((1, noun.start() - relative, mention))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))[2]
