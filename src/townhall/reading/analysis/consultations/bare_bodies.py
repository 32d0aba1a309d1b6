"""A body named again by its bare word: "Der Ausschuss für Mobilität und Umwelt hatte …" / "Der Ausschuss wird in seiner
Sitzung am … beraten". The step is that body's, named in full as the text first named it."""

from __future__ import annotations

import dataclasses
import re

from townhall.reading.card import ConsultationStep

# The bare words a German text names a body again by, and that body's full name: the word and its remit after "für".
_BARE_WORDS = ("ausschuss", "kommission", "beirat", "arbeitskreis")
_FULL_NAME = re.compile(
    r"\b(?P<word>Ausschuss|Kommission|Beirat|Arbeitskreis)\s+für\s+(?:die\s+|den\s+|das\s+)?[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:(?:,\s*|\s+und\s+|\s+sowie\s+)[A-ZÄÖÜ][\wäöüß-]*)*"
)


def named_in_full(steps: list[ConsultationStep], text: str) -> list[ConsultationStep]:
    """Return *steps* with a body named by its bare word given the one full name the text gives a body of that word."""
    if not any(step.organization.casefold() in _BARE_WORDS for step in steps):
        return steps
    full: dict[str, set[str]] = {}
    for match in _FULL_NAME.finditer(text):
        full.setdefault(match.group("word").casefold(), set()).add(" ".join(match.group(0).split()))
    named = []
    for step in steps:
        names = full.get(step.organization.casefold(), set())
        named.append(dataclasses.replace(step, organization=next(iter(names))) if len(names) == 1 else step)
    return named
