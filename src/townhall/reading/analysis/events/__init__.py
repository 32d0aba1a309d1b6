"""Find the conferences, meetings, hearings and workshops a paper announces or reports.

Each way a paper names an event has its module: an event noun (:mod:`.noun_events`, the nouns in
:mod:`.nouns`), a working group's meeting (:mod:`.groups`), a meeting reported as one occasion or an
event named again (:mod:`.reported`), an occasion no event word names (:mod:`.occasions`). The event's
name and place are read in :mod:`.names`; events named twice are merged in :mod:`.draft`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.consultations import extract_consultations
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.events.draft import _Draft, _merge
from townhall.reading.analysis.events.groups import _group_meetings
from townhall.reading.analysis.events.names import _plain_name
from townhall.reading.analysis.events.noun_events import _noun_events
from townhall.reading.analysis.events.occasions import (
    _occasions_taking_place,
    _sessions_under_heading,
    _titled_occasions,
)
from townhall.reading.analysis.events.reported import _events_named_again, _reported_meetings
from townhall.reading.analysis.events.sentences import _all_positions, _sentences_with_event_words
from townhall.reading.card import EventFact


def extract_events(
    text: str, language: str | None = None, attachments: Sequence[str] | None = None, record_of: date | None = None
) -> list[EventFact]:
    """Return the events the text announces or reports, merged where it names one event twice.

    ``attachments`` are the titles ``find_attachments`` gives for the text, when the caller has them.
    ``record_of`` is the day of the meeting the text is the minutes of: an event over before it ("der
    Kaffeeklatsch am 14.03.: gelungene Veranstaltung", an earlier temamøde a referat recalls) is what the
    meeting heard about, not an event the record lists.
    """
    found = _extract_events(text, language, attachments)
    if record_of is not None:
        found = [event for event in found if event.start is None or (event.end or event.start) >= record_of]
    return found


def _extract_events(text: str, language: str | None, attachments: Sequence[str] | None) -> list[EventFact]:
    mentions = [m for m in find_dates(text, language) if m.precision == "day"]
    route_dates = {c.date for c in extract_consultations(text, language) if c.date}
    drafts: list[_Draft] = []
    used: set[tuple[int, int]] = set()
    for draft, span in _group_meetings(text, mentions):
        drafts.append(draft)
        used.add(span)
    for draft, span in _reported_meetings(text, mentions, used):
        drafts.append(draft)
        used.add(span)
    for start, end in _sentences_with_event_words(text):
        drafts.extend(_noun_events(text, start, end, mentions, used, route_dates, language))
    for draft, span in _events_named_again(text, mentions, used, route_dates):
        drafts.append(draft)
        used.add(span)
    dated = {draft.start for draft in drafts}
    drafts += [draft for draft in _titled_occasions(text, mentions, used, route_dates) if draft.start not in dated]
    dated = {draft.start for draft in drafts}
    drafts += [draft for draft in _occasions_taking_place(text, mentions, used, route_dates) if draft.start not in dated]
    dated = {draft.start for draft in drafts}
    drafts += [draft for draft in _sessions_under_heading(text, mentions, used) if draft.start not in dated]
    if drafts and _NOT_ANNOUNCED:
        listed = [span for finder in _NOT_ANNOUNCED for span in finder(text, attachments)]
        drafts = [d for d in drafts if not any(a <= d.position < b for a, b in listed)]
    return [EventFact(_plain_name(d.name), d.place, d.start, d.end) for d in _merge(drafts)]


def _attachment_title_spans(text: str, attachments: Sequence[str] | None) -> list[tuple[int, int]]:
    """Return where the text names its attachments ("Referat fra borgermødet 12.03.2024")."""
    titles = find_attachments(text) if attachments is None else attachments
    return [(at, at + len(title)) for title in titles for at in _all_positions(text, title)]


# Where the text names a document, not an event it announces: an attachment's title. A tuple of span
# finders (each ``(text, attachments) -> spans``) so that each is a rule the leave-one-rule-out audit can
# switch off.
_NOT_ANNOUNCED = (_attachment_title_spans,)
