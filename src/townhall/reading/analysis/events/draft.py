"""An event as read, before the events a text names twice are merged into one."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date


@dataclass
class _Draft:
    name: str
    proper: bool
    place: str | None
    start: date | None
    end: date | None
    position: int
    reportable: bool = True  # False: a dateless name kept only to name a dated mention of the event


def _same_place(one: _Draft, other: _Draft) -> bool:
    return bool(one.place and other.place and one.place.casefold() == other.place.casefold())


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Merge drafts that describe one event: the same start date, or the same proper name."""
    drafts = sorted(drafts, key=lambda d: d.position)
    result: list[_Draft] = []
    for draft in drafts:
        twin = None
        for k, kept in enumerate(result):
            same_date = draft.start is not None and kept.start == draft.start and (
                _related_names(draft, kept)
                # "X finder sted i Dublin den 1. juni. Konferencen samler ...": the bare noun points back
                or ((not draft.proper or not kept.proper) and _same_place(draft, kept))
                # "temadagen, som blev afholdt den 20. september" and "Temamødet den 20. september": two
                # common nouns for one day, neither with a place of its own, are one event.
                or (not draft.proper and not kept.proper and not draft.place and not kept.place)
            )
            same_name = _name_key(draft.name) == _name_key(kept.name) and (
                draft.start is None or kept.start is None or draft.start == kept.start)
            if same_date or same_name:
                twin = k
                break
        if twin is None:
            result.append(draft)
        else:
            result[twin] = _combine(result[twin], draft)
    for candidate in [d for d in result if not d.reportable]:
        # "Invitation til Eurocities' årlige konference i Oslo" names what "konference i Oslo 12.-14. juni" dates
        namesakes = [d for d in result if d.reportable and not d.proper and _same_event_words(candidate, d)]
        if len(namesakes) == 1:
            result[result.index(namesakes[0])] = _combine(namesakes[0], candidate)
    return [d for d in result if d.reportable]


def _related_names(one: _Draft, other: _Draft) -> bool:
    """Tell whether two names can mean one event ("konferencen" and "Intercultural Cities konference")."""
    words = [w for w in _name_key(one.name).split() if len(w) >= 4]
    other_words = [w for w in _name_key(other.name).split() if len(w) >= 4]
    return any(a in b or b in a for a in words for b in other_words)


def _combine(kept: _Draft, other: _Draft) -> _Draft:
    """Join two drafts of one event: the proper name, the first title, place and dates found."""
    base, _, title = kept.name.partition(":")
    other_base, _, other_title = other.name.partition(":")
    if not kept.proper and other.proper:
        base = other_base
    title = title.strip() or other_title.strip()
    return replace(
        kept,
        name=f"{base.strip()}: {title}" if title else base.strip(),
        proper=kept.proper or other.proper,
        place=kept.place or other.place,
        start=kept.start or other.start,
        end=kept.end or other.end,
        reportable=kept.reportable or other.reportable,
    )


def _same_event_words(named: _Draft, dated: _Draft) -> bool:
    if named.place and dated.place and named.place.casefold() == dated.place.casefold():
        return True
    named_words, dated_words = named.name.partition(":")[0].split(), dated.name.partition(":")[0].split()
    return bool(named_words and dated_words) and named_words[-1].casefold() == dated_words[-1].casefold()


def _name_key(name: str) -> str:
    return re.sub(r"\W+", " ", name.split(":")[0].casefold()).strip()
