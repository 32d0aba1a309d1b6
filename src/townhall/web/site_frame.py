"""The header and footer of every public page, written once per language and completed per request.

The header (brand, main navigation, language switcher) and the footer (about, calendar feeds,
sign-in) are the same on every page but for the language, the navigation item of the page's
section and the page's own address (the language switcher and the sign-in link come back to it).
Through the template engine they cost about two milliseconds a page: a dozen reversed URLs and
twenty translations. Here the fixed parts are written once per language, script prefix, URL
configuration and language list, and a page only adds its address and its section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info, gettext, gettext_noop

#: The main navigation: the page each item links to, its label (translated when written), and the pages
#: (URL names) that belong to its section.
NAVIGATION = (
    ("web:search", gettext_noop("Search"), ("search",)),
    ("web:calendar-now", gettext_noop("Calendar"), ("calendar",)),
    ("web:deadlines", gettext_noop("Deadlines"), ("deadlines",)),
    ("web:bodies", gettext_noop("Municipalities"), ("bodies", "body")),
)

CURRENT = ' aria-current="page"'


@dataclass(frozen=True)
class _Frame:
    """The fixed parts of a language's header and footer, escaped and ready to join."""

    header_start: str
    navigation: tuple[tuple[str, str, tuple[str, ...]], ...]
    switcher_start: str
    switcher_end: str
    footer_start: str
    sign_in_start: str
    sign_in_end: str
    signed_in: str
    sign_out_action: str
    sign_out: str


@lru_cache(maxsize=32)
def _frame(language: str, script_prefix: str, urlconf, languages: tuple) -> _Frame:
    # Every argument is part of the key because the text depends on it: translations, reversed URLs, the language list.
    options = []
    for code, _name in languages:
        info = get_language_info(code)
        options.append((code, capfirst(info["name_local"])))
    option_html = "".join(
        format_html('<option value="{}" lang="{}"{}>{}</option>', code, code, mark_safe(" selected") if code == language else "", name)
        for code, name in options
    )
    return _Frame(
        header_start=format_html(
            '<a class="skip-link" href="#main">{}</a>\n<header class="site-header">\n  <div class="wrap header-row">\n'
            '    <a class="brand" href="{}">townhall</a>\n    <nav aria-label="{}">\n      <ul class="nav-list">\n',
            gettext("Skip to main content"), reverse("web:home"), gettext("Main"),
        ),
        navigation=tuple((escape(reverse(name)), escape(gettext(label)), sections) for name, label, sections in NAVIGATION),
        switcher_start=format_html(
            '      </ul>\n    </nav>\n    <form class="language-switcher" action="{}" method="post">\n      ',
            reverse("set_language"),
        ),
        switcher_end=format_html(
            '\n      <label for="language-select">{}</label>\n      <select id="language-select" name="language">\n        {}\n'
            '      </select>\n      <button type="submit">{}</button>\n    </form>\n  </div>\n</header>\n',
            gettext("Site language"), mark_safe(option_html), gettext("Change"),  # noqa: S308 - built by format_html
        ),
        footer_start=format_html(
            '<footer class="site-footer">\n  <div class="wrap">\n    <p>{}</p>\n    <p>\n'
            '      <a href="{}">{}</a> ·\n      <a href="{}">{}</a> ·\n      <a href="{}">{}</a> ·\n      ',
            gettext("townhall – council papers, meetings and deadlines of the municipalities held here."),
            reverse("web:about"), gettext("About this site"),
            reverse("web:meetings-ical"), gettext("All meetings (iCalendar)"),
            reverse("web:deadlines-ical"), gettext("All deadlines (iCalendar)"),
        ),
        sign_in_start=format_html('<a href="{}?next=', reverse("admin:login")),
        sign_in_end=format_html('">{}</a>', gettext("Staff sign-in")),
        signed_in=gettext("Signed in as %(name)s"),
        sign_out_action=reverse("admin:logout"),
        sign_out=gettext("Sign out"),
    )


def _current_frame() -> _Frame:
    return _frame(get_language(), get_script_prefix(), get_urlconf(), tuple(settings.LANGUAGES))


def _address(request) -> str:
    # A page rendered without a request (an error page) names no address to come back to.
    return request.get_full_path() if request is not None else ""


def next_field(request, *, oob: bool = False) -> SafeString:
    """Return the language switcher's hidden field that brings the visitor back to this page."""
    return format_html(
        '<input type="hidden" name="next" id="language-next" value="{}"{}>',
        _address(request), mark_safe(' hx-swap-oob="true"') if oob else "",
    )


def site_header(request) -> SafeString:
    """Return the page header: skip link, brand, main navigation (this page's section marked) and language switcher."""
    frame = _current_frame()
    match = getattr(request, "resolver_match", None)
    section = match.url_name if match else None
    items = "".join(
        f'        <li><a href="{url}"{CURRENT if section in sections else ""}>{label}</a></li>\n'
        for url, label, sections in frame.navigation
    )
    # Every part is escaped where it was written (the frame) or here (the address).
    return mark_safe(frame.header_start + items + frame.switcher_start + next_field(request) + frame.switcher_end)  # noqa: S308


def site_footer(request, user) -> SafeString:
    """Return the page footer: about, the calendar feeds, and the sign-in link back to this page (or who is signed in)."""
    frame = _current_frame()
    if user is not None and user.is_authenticated:
        account = format_html(
            '{} ·\n        <form class="inline" action="{}" method="post">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}"><button type="submit" class="link-button">{}</button></form>',
            # As {% blocktranslate %} writes it: the translation as it is, the name escaped.
            mark_safe(frame.signed_in % {"name": escape(user.get_username())}),  # noqa: S308 - the name is escaped
            frame.sign_out_action, get_token(request) if request is not None else "", frame.sign_out,
        )
    else:
        account = frame.sign_in_start + escape(quote(_address(request), safe="/")) + frame.sign_in_end
    return mark_safe(frame.footer_start + account + "\n    </p>\n  </div>\n</footer>")  # noqa: S308 - escaped where written
