"""The rows of long lists (meetings, papers, a month's calendar) as HTML, written in Python.

A list page names up to 150 meetings or papers, and the template engine spends about half a
millisecond on each row (a variable lookup, a filter and an include per field). These functions
write the same markup as the templates they replace, with every value escaped, for a fraction of
that. What a row shows is decided here and nowhere else, so each list reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext

from townhall.core.models import Meeting, Paper
from townhall.web.templatetags.townhall import content_lang, kind_label, page_of

#: The columns a meeting's row shows (``meeting_items``): a list reads these alone.
MEETING_ROW_FIELDS = ("id", "name", "start", "end", "cancelled", "body__name", "body__short_name", "body__language")
#: The columns the calendar shows of a meeting (``calendar_cell_items``, ``calendar_day_items``): its place too.
CALENDAR_ROW_FIELDS = (
    *(name for name in MEETING_ROW_FIELDS if name != "body__short_name"),
    "location__description", "location__room", "location__street_address", "location__locality",
)
#: The columns a paper's row shows (``paper_items``): a list reads these alone, never the card.
PAPER_ROW_FIELDS = (
    "id", "name", "reference", "kind", "date", "effective_date", "effective_date_source", "public", "language",
    "body__name", "body__short_name", "body__language",
)

#: Characters of a meeting's name in a day's cell of the month grid.
CELL_NAME_CHARS = 28


#: Localized dates and times already written, by format, language and local wall-clock value.
_WRITTEN: dict[tuple, str] = {}
_WRITTEN_MAX = 20_000


def _localized(write, value, format_name: str) -> str:
    # Django's formatter costs tens of microseconds a call and a list writes the same days and hours
    # again and again. The key holds the wall-clock value and its offset, not the instant: an aware
    # datetime compares by instant, and the same instant reads differently in another time zone.
    wall = (value.replace(tzinfo=None), value.utcoffset()) if isinstance(value, datetime) else (value, None)
    key = (write, format_name, get_language(), type(value), *wall)
    text = _WRITTEN.get(key)
    if text is None:
        if len(_WRITTEN) >= _WRITTEN_MAX:
            _WRITTEN.clear()
        text = _WRITTEN[key] = write(value, format_name)
    return text


def _date(value, format_name: str) -> str:
    """Return ``{{ value|date:format_name }}``."""
    local = template_localtime(value)
    if format_name == "c":  # Django's "c" is the ISO 8601 form
        return local.isoformat()
    if format_name == "Y-m-d":
        return (local.date() if isinstance(local, datetime) else local).isoformat()
    return _localized(formats.date_format, local, format_name)


def _time(value, format_name: str) -> str:
    """Return ``{{ value|time:format_name }}``."""
    local = template_localtime(value)
    if format_name == "H:i":
        return f"{local.hour:02d}:{local.minute:02d}"
    return _localized(formats.time_format, local, format_name)


def _join(parts: Iterable[str]) -> SafeString:
    return mark_safe("".join(parts))  # noqa: S308 - every part is built by format_html or escaped


def meeting_when(meeting: Meeting) -> SafeString:
    """Return when a meeting is: its day when only the day is known, else its day and hours."""
    start = meeting.start
    if not start:
        return mark_safe("")
    if meeting.all_day:
        return format_html('<time datetime="{}">{}</time>', _date(start, "Y-m-d"), _date(start, "DATE_FORMAT"))
    when = format_html('<time datetime="{}">{}, {}</time>', _date(start, "c"), _date(start, "DATE_FORMAT"), _time(start, "TIME_FORMAT"))
    if meeting.end:
        when += format_html('–<time datetime="{}">{}</time>', _date(meeting.end, "c"), _time(meeting.end, "TIME_FORMAT"))
    return when


def paper_date(paper: Paper) -> SafeString:
    """Return a paper's date, or the date it is listed by and where that came from, or "Undated"."""
    if paper.date:
        return format_html('<time datetime="{}">{}</time>', _date(paper.date, "Y-m-d"), _date(paper.date, "DATE_FORMAT"))
    if paper.effective_date:
        return format_html(
            '<span><time datetime="{}">{}</time> <span class="muted">({})</span></span>',
            _date(paper.effective_date, "Y-m-d"), _date(paper.effective_date, "DATE_FORMAT"), paper.get_effective_date_source_display(),
        )
    return format_html("<span>{}</span>", gettext("Undated"))


def meeting_items(meetings: Iterable[Meeting], *, hide_body: bool = False, empty_text: str = "") -> SafeString:
    """Return the ``<li>`` rows of a list of meetings: name, when, municipality, cancelled."""
    cancelled = format_html('<span class="tag tag-closed">{}</span>', gettext("Cancelled"))
    rows = []
    for meeting in meetings:
        meta = []
        if meeting.start:
            meta.append(format_html("<span>{}</span>", meeting_when(meeting)))
        if not hide_body:
            meta.append(format_html("<span>{}</span>", meeting.body.short_name or meeting.body.name))
        if meeting.cancelled:
            meta.append(cancelled)
        rows.append(format_html(
            '<li class="item">\n<a class="item-title" href="{}">{}</a>\n<p class="meta">{}</p>\n</li>\n',
            page_of(meeting, "web:meeting"), meeting.name or gettext("Meeting"), _join(meta),
        ))
    if not rows:
        rows.append(format_html('<li class="empty">{}</li>\n', empty_text or gettext("No meetings.")))
    return _join(rows)


def paper_items(papers: Iterable[Paper], *, hide_body: bool = False, empty_text: str = "") -> SafeString:
    """Return the ``<li>`` rows of a list of papers: title, kind, reference, date, municipality, not public."""
    not_public = format_html('<span class="tag tag-closed">{}</span>', gettext("Not public"))
    rows = []
    for paper in papers:
        meta = [format_html('<span class="tag tag-{}">{}</span>', paper.kind, kind_label(paper.kind))]
        if paper.reference:
            meta.append(format_html("<span>{}</span>", paper.reference))
        meta.append(paper_date(paper))
        if not hide_body:
            meta.append(format_html("<span>{}</span>", paper.body.short_name or paper.body.name))
        if not paper.public:
            meta.append(not_public)
        rows.append(format_html(
            '<li class="item">\n<a class="item-title" href="{}" lang="{}">{}</a>\n<p class="meta">{}</p>\n</li>\n',
            page_of(paper, "web:paper"), content_lang(paper), paper.name or paper.reference, _join(meta),
        ))
    if not rows:
        rows.append(format_html('<li class="empty">{}</li>\n', empty_text or gettext("No papers yet.")))
    return _join(rows)


def search_hit_items(hit_rows: Iterable) -> SafeString:
    """Return the ``<li>`` rows of a page of search hits: a paper's row, its snippet and why it was found.

    *hit_rows* holds ``(hit, reasons)`` pairs: the engine's hit (its paper and its snippet, already
    marked up and escaped by the engine) and the "found via" explanations of words the visitor did not type.
    """
    not_public = format_html('<span class="tag tag-closed">{}</span>', gettext("Not public"))
    found_via = gettext("Found via:")
    rows = []
    for hit, reasons in hit_rows:
        paper = hit.paper
        language = content_lang(paper)
        meta = [format_html('<span class="tag tag-{}">{}</span>', paper.kind, kind_label(paper.kind))]
        if paper.reference:
            meta.append(format_html("<span>{}</span>", paper.reference))
        meta.append(paper_date(paper))
        meta.append(format_html("<span>{}</span>", paper.body.name))
        if not paper.public:
            meta.append(not_public)
        row = [format_html(
            '<li class="item">\n<a class="item-title" href="{}" lang="{}">{}</a>\n<p class="meta">{}</p>\n',
            page_of(paper, "web:paper"), language, paper.name or paper.reference, _join(meta),
        )]
        if hit.snippet_html:
            row.append(format_html('<p class="snippet" lang="{}">{}</p>\n', language, mark_safe(hit.snippet_html)))  # noqa: S308 - the engine escapes the text it marks
        if reasons:
            vias = [format_html(
                '<span class="via"><span>{}</span> → <span lang="{}">{}</span>{}</span>', reason.typed, language, reason.found,
                format_html(' <span class="muted">({})</span>', reason.reason) if reason.reason else "",
            ) for reason in reasons]
            row.append(format_html('<p class="found-via">{} {}</p>\n', found_via, mark_safe("; ".join(vias))))  # noqa: S308 - built by format_html
        row.append("</li>\n")
        rows.append(_join(row))
    return _join(rows)


def facet_options(options: Iterable) -> SafeString:
    """Return the ``<li>`` links of a search facet's options, each switching its value on or off, with its count."""
    rows = []
    for option in options:
        if option.selected:
            rows.append(format_html(
                '<li><a href="{}" aria-current="true" class="facet-on"><span class="visually-hidden">{} </span>{} <span class="count">({})</span></a></li>',
                option.url, gettext("Remove filter:"), option.label, formats.localize(option.count),
            ))
        else:
            rows.append(format_html('<li><a href="{}">{} <span class="count">({})</span></a></li>', option.url, option.label, formats.localize(option.count)))
    return _join(rows)


def calendar_cell_items(meetings: Iterable[Meeting]) -> SafeString:
    """Return the ``<li>`` rows of a day's cell in the month grid: time and a shortened name."""
    rows = []
    for meeting in meetings:
        time = "" if meeting.all_day else format_html('<time datetime="{}">{}</time> ', _date(meeting.start, "c"), _time(meeting.start, "H:i"))
        rows.append(format_html(
            '<li><a href="{}" lang="{}">{}{}</a></li>', page_of(meeting, "web:meeting"), meeting.body.language, time,
            Truncator(meeting.name or gettext("Meeting")).chars(CELL_NAME_CHARS),
        ))
    return _join(rows)


def calendar_day_items(meetings: Iterable[Meeting]) -> SafeString:
    """Return the ``<li>`` rows of a day in the month's list: name, time, municipality, place, cancelled."""
    rows = []
    for meeting in meetings:
        language = meeting.body.language
        if meeting.all_day:
            meta = [format_html("<span>{}</span>", gettext("time not given"))]
        else:
            meta = [format_html('<time datetime="{}">{}</time>', _date(meeting.start, "c"), _time(meeting.start, "TIME_FORMAT"))]
        meta.append(format_html("<span>{}</span>", meeting.body.name))
        if meeting.location:
            meta.append(format_html('<span lang="{}">{}</span>', language, meeting.location))
        if meeting.cancelled:
            meta.append(format_html('<span class="tag tag-closed">{}</span>', gettext("Cancelled")))
        rows.append(format_html(
            '<li class="item"><a class="item-title" href="{}" lang="{}">{}</a>\n<p class="meta">{}</p></li>\n',
            page_of(meeting, "web:meeting"), language, meeting.name or gettext("Meeting"), _join(meta),
        ))
    return _join(rows)

