"""Template tags for the townhall pages: content languages and labels."""

from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from townhall.core.models import PAPER_KINDS
from townhall.core.outcomes import read_outcome

register = template.Library()

LANGUAGE_NAMES = {"da": _("Danish"), "de": _("German"), "en": _("English")}
FILE_ROLES = {
    "invitation": _("Invitation"),
    "results_protocol": _("Minutes of decisions"),
    "verbatim_protocol": _("Verbatim minutes"),
    "auxiliary": _("Other file"),
    "minutes": _("Minutes"),
}

#: Kinds of organization townhall itself records (linking, the demo); other values come from a source and stay as written.
ORGANIZATION_KINDS = {
    "council": _("Council"),
    "committee": _("Committee"),
    "faction": _("Council group"),
    "party": _("Party"),
    "board": _("Board"),
    "administration": _("Administration"),
    "other": _("Other group"),
}


#: An id no row has, reversed in place of a real one and then replaced by it.
_PK_MARK = "7310042917"


@lru_cache(maxsize=64)
def _page_path(name: str, script_prefix: str, urlconf) -> str | None:
    # The script prefix and URLconf are part of the key because reverse() depends on them.
    try:
        path = reverse(name, kwargs={"pk": int(_PK_MARK)})
    except NoReverseMatch:
        return None
    return path if path.count(_PK_MARK) == 1 else None


@register.filter
def page_of(obj, name: str) -> str:
    """Return the path of page *name* for *obj* (``{{ meeting|page_of:"web:meeting" }}``), as ``{% url name obj.pk %}``.

    A list names a page per row: the path is reversed once per page name and the id filled in.
    """
    path = _page_path(name, get_script_prefix(), get_urlconf())
    return path.replace(_PK_MARK, str(obj.pk), 1) if path else reverse(name, kwargs={"pk": obj.pk})


_KIND_LABELS = dict(PAPER_KINDS)


@register.filter
def kind_label(kind: str) -> str:
    """Return the interface name of a paper's kind, as ``paper.get_kind_display`` does, without its per-call work."""
    return _KIND_LABELS.get(kind, kind)


@register.filter
def organization_kind(value: str) -> str:
    """Return the interface name of an organization's kind ("committee" -> "Udvalg"), else the value as written."""
    return ORGANIZATION_KINDS.get(str(value or "").strip().lower(), value)


@register.filter
def days_left(day) -> int | None:
    """Return how many days from today until *day* (negative once it has passed)."""
    if day is None:
        return None
    return (day - timezone.localdate()).days


@register.filter
def item_outcome(item):
    """Return what an agenda item's result says was decided (kind and votes), read from its text."""
    return read_outcome(item.result, item.resolution_text)


@register.filter
def content_lang(obj) -> str:
    """Return the language a record's own text is written in (its own, else its body's), for ``lang``."""
    language = getattr(obj, "language", "") or ""
    if not language and getattr(obj, "body_id", None):
        language = getattr(obj.body, "language", "") or ""
    return language


@register.filter
def language_name(code: str) -> str:
    """Return the interface name of a content language code."""
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def file_role(role: str) -> str:
    """Return the label of a meeting file's role."""
    return FILE_ROLES.get(role, role)


@register.filter
def http_url(value) -> str:
    """Return *value* if it is an http(s) URL, else an empty string (never a javascript: link)."""
    text = str(value or "").strip()
    return text if urlsplit(text).scheme.lower() in ("http", "https") else ""


@register.simple_tag(takes_context=True)
def file_url(context, file, action: str = "view") -> str:
    """Return the link to a stored original: on the separate files host for visitors, when there is one.

    Whatever a visitor sees listed is public, so it is on the files host too; signed-in staff are
    linked to the site's own host, which sends public files on and hands non-public ones over itself.
    """
    from django.conf import settings
    from django.urls import reverse

    from townhall.core.delivery import files_host_url

    path = reverse("web:file" if action == "view" else "web:file-download", args=[file.pk])
    user = getattr(context.get("request"), "user", None)
    if settings.FILES_URL and (user is None or not user.is_authenticated):
        return files_host_url(path)
    return path


@register.simple_tag(takes_context=True)
def site_header(context):
    """Write the page header: brand, main navigation and language switcher (townhall.web.site_frame)."""
    from townhall.web import site_frame

    return site_frame.site_header(context.get("request"))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """Write the page footer: about, calendar feeds, and staff sign-in or who is signed in."""
    from townhall.web import site_frame

    return site_frame.site_footer(context.get("request"), context.get("user"))


@register.simple_tag(takes_context=True)
def language_next_field(context, oob=False):
    """Write the language switcher's field that names this page, to be swapped in with an htmx answer when *oob*."""
    from townhall.web import site_frame

    return site_frame.next_field(context.get("request"), oob=oob)


# Long lists: each row written in Python (townhall.web.list_rows), not through a template per row.

@register.simple_tag
def meeting_items(meetings, hide_body=False, empty_text=""):
    """Write the rows of a list of meetings (``{% meeting_items meetings hide_body empty_text %}``)."""
    from townhall.web import list_rows

    return list_rows.meeting_items(meetings, hide_body=hide_body, empty_text=empty_text)


@register.simple_tag
def paper_items(papers, hide_body=False, empty_text=""):
    """Write the rows of a list of papers (``{% paper_items papers hide_body empty_text %}``)."""
    from townhall.web import list_rows

    return list_rows.paper_items(papers, hide_body=hide_body, empty_text=empty_text)


@register.simple_tag
def calendar_cell_items(meetings):
    """Write the meetings named in a day's cell of the month grid."""
    from townhall.web import list_rows

    return list_rows.calendar_cell_items(meetings)


@register.simple_tag
def calendar_day_items(meetings):
    """Write a day's meetings in the month's list beside the grid."""
    from townhall.web import list_rows

    return list_rows.calendar_day_items(meetings)


@register.simple_tag
def paper_date(paper):
    """Write a paper's date, or the date it is listed by and where that came from, or "Undated"."""
    from townhall.web import list_rows

    return list_rows.paper_date(paper)


@register.simple_tag
def field_widget(field):
    """Render *field*'s widget without a template per widget and option (townhall.web.form_fields)."""
    from townhall.web.form_fields import field_html

    return field_html(field)


@register.simple_tag
def search_hit_items(hit_rows):
    """Write a page of search hits: each paper's row, its snippet and why it was found."""
    from townhall.web import list_rows

    return list_rows.search_hit_items(hit_rows)


@register.simple_tag
def facet_options(options):
    """Write a search facet's options as links that switch each value on or off."""
    from townhall.web import list_rows

    return list_rows.facet_options(options)
