"""The sentences, title lines and list items of a text that hold an event word or a verb of taking place."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates.months import ANY_WEEKDAY
from townhall.reading.analysis.events.nouns import (
    _EVENT_ENDINGS,
    _EVENT_STEMS,
    _TWO_WORD_EVENTS,
    _UPPER,
    _WORD_END,
    _feast_word,
)


# Each branch starts with a newline or a closing mark, so the scan skips ordinary letters fast.
_SENTENCE_BOUNDARY = re.compile(
    rf"\n[ \t]*\n|\n(?=[ \t]*[-•*]\s)|[.!?](?<=[^\W\d_]{{2}}[.!?])[ \t]+(?=[{_UPPER}„\"*])"
    rf"|[.!?](?<=(?:19|20)\d\d[.!?])[ \t]+(?=[{_UPPER}„\"*])|[“”\"](?<=[.!?][“”\"])[ \t]+"
)
_SENTENCE_REACH = 400


_TRAILING_DAY = re.compile(r"\s+\d{1,2}\.?$")
_DATE_GOES_ON = re.compile(r"\s*[-–]\s*\d|\s*(?:\d{1,2}\.?\s+)?(?:jan|feb|mar|apr|ma[iyj]|jun|jul|aug|sep|o[ck]t|nov|de[cz])", re.IGNORECASE)


def _sentences_with_event_words(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, title line or list item that holds an event word."""
    lowered = text.lower()
    phrases = {m.start() for m in _TWO_WORD_EVENTS.finditer(text)}
    positions = sorted({found for stem in _EVENT_STEMS for found in _all_positions(lowered, stem)} | phrases)
    spans: list[tuple[int, int]] = []
    for position in positions:
        if spans and spans[-1][0] <= position < spans[-1][1]:
            continue
        word_start = position
        while word_start > 0 and (lowered[word_start - 1].isalnum() or lowered[word_start - 1] == "-"):
            word_start -= 1
        word_end = _WORD_END.search(text, position)
        word = lowered[word_start:word_end.start() if word_end else len(text)]
        end = word_end.start() if word_end else len(text)
        if not word.endswith(_EVENT_ENDINGS) and position not in phrases and not _feast_word(text[word_start:end]):
            continue  # "mødet", "prevent", "festgelegt": the stem inside another word
        if _in_header_row(text, position):
            continue  # "Dato   Mødeforum   Handling": a table's column names, not an event
        spans.append(_sentence_around(text, position))
    return spans


_CELL_GAP = re.compile(r"\t|\s{2,}")


def _in_header_row(text: str, position: int) -> bool:
    """Whether *position* lies in a table's header row: three or more cells of one or two words, no digit."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end != -1 else len(text)].strip()
    cells = [cell for cell in _CELL_GAP.split(line) if cell.strip()]
    return (
        len(cells) >= 3
        and not any(character.isdigit() for character in line)
        and all(len(cell.split()) <= 2 and cell.strip(" :")[:1].isupper() for cell in cells)
    )


def _all_positions(haystack: str, needle: str):
    found = haystack.find(needle)
    while found != -1:
        yield found
        found = haystack.find(needle, found + 1)


def _sentence_around(text: str, position: int) -> tuple[int, int]:
    low = max(0, position - _SENTENCE_REACH)
    start = low
    for m in _SENTENCE_BOUNDARY.finditer(text, low, position):
        start = m.end()
    after = _SENTENCE_BOUNDARY.search(text, position, min(len(text), position + _SENTENCE_REACH))
    return start, after.start() if after else min(len(text), position + _SENTENCE_REACH)


_TRAILING_WEEKDAY = re.compile(rf"\s+(?:{ANY_WEEKDAY}),?\s*$", re.IGNORECASE)


_TAKING_PLACE_VERB = re.compile(
    r"\bfindet\b|\bfand\b|\bwill\s+be\s+held\b|\bwas\s+held\b|\bis\s+held\b|\btakes?\s+place\b|\btook\s+place\b"
    r"|\bbesichtig(?:t|en)\b|\bvisits?\b|\bbesigtiger\b|\bbesøger?\b"
)


def _sentences_with_verbs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for verb in _TAKING_PLACE_VERB.finditer(text):
        if spans and spans[-1][0] <= verb.start() < spans[-1][1]:
            continue
        spans.append(_sentence_around(text, verb.start()))
    return spans
