"""What the document page shows: a stored file laid out to read in place, with the searched words marked.

A PDF is drawn in the page by PDF.js (served from the static files), which fetches the file's
bytes from the file address; plain text is shown as text, HTML after sanitising it with nh3, and
every other readable type (Word, OpenDocument, scans, e-mail) as the text townhall read from it.
The stored original itself is only ever sent by ``core.delivery``, with its sandbox policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import nh3
from django.contrib.staticfiles import finders
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from townhall.core.delivery import media_type, text_charset
from townhall.core.models import File, Paper
from townhall.core.selectors import visible_papers
from townhall.core.services import file_content
from townhall.search.query import highlight_spans

#: Stored bytes shown as text at most; longer files are cut and say so (the download is whole).
TEXT_LIMIT = 2_000_000
#: Words marked in a document at most (the query's words found in it, each form once).
MARKED_WORDS = 40
PDFJS = "townhall/vendor/pdfjs/pdf.min.mjs"

HTML_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
HTML_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}, "*": {"lang"}}


@dataclass
class DocumentPage:
    """A file as the document page shows it; ``how`` is pdf, text, html, image, extracted or missing."""

    file: File
    how: str
    papers: list[Paper] = field(default_factory=list)
    body_html: SafeString | str = ""
    cut: bool = False
    words: list[str] = field(default_factory=list)
    elsewhere: str = ""


def papers_of_file(user, file: File, *, limit: int = 10) -> list[Paper]:
    """Return the papers *user* may see that hold *file* as their document or an attachment."""
    papers = visible_papers(user).select_related("body").order_by("id")
    # Two indexed lookups: one OR across the attachment join would read every paper.
    found = {paper.pk: paper for paper in papers.filter(main_file=file)[:limit]}
    for paper in papers.filter(auxiliary_files=file)[:limit]:
        found.setdefault(paper.pk, paper)
    return sorted(found.values(), key=lambda paper: paper.pk)[:limit]


def pdf_viewer_installed() -> bool:
    """Say whether PDF.js is in the static files (scripts/install-static.sh puts it there)."""
    return bool(finders.find(PDFJS))


def document_page(file: File, *, papers: list[Paper], query: str = "") -> DocumentPage:
    """Return how to show *file* in the page, with the words of *query* it holds marked."""
    kind = media_type(file.mime_type)
    language = file.language or (papers[0].language if papers else "") or (file.body.language if file.body_id else "")
    page = DocumentPage(file=file, how="missing", papers=papers)
    if not file.has_content:
        page.elsewhere = _elsewhere(file, papers)
        return page
    if kind == "application/pdf" and pdf_viewer_installed():
        page.how = "pdf"
        page.words = marked_words(file.text or "", language, query)
        return page
    if kind.startswith("image/"):
        page.how = "image"
        page.words = marked_words(file.text or "", language, query)
        page.body_html = _marked_text(file.text or "", language, query)
        return page
    if kind in ("text/plain", "text/html", "application/xhtml+xml"):
        try:
            data = file_content(file)
        except OSError:
            data = None
        if data is not None:
            page.cut = len(data) > TEXT_LIMIT
            text = data[:TEXT_LIMIT].decode(text_charset(data, file.mime_type), errors="replace")
            if kind == "text/plain":
                page.how = "text"
                page.body_html = _marked_text(text, language, query)
            else:
                page.how = "html"
                page.body_html = sanitised_html(text)
            return page
    page.how = "extracted"
    page.body_html = _marked_text(file.text or "", language, query)
    return page


def sanitised_html(text: str) -> SafeString:
    """Return HTML with everything that could run, load or restyle removed (no script, style, image or form)."""
    cleaned = nh3.clean(
        text, tags=HTML_TAGS, attributes=HTML_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow", strip_comments=True,
    )
    return mark_safe(cleaned)  # nh3 returns well-formed HTML of the allowed tags only


def marked_words(text: str, language: str, query: str) -> list[str]:
    """Return the distinct words of *text* the query matched (stems and glossary included), as written."""
    if not query.strip() or not text:
        return []
    words: dict[str, None] = {}
    for start, end in highlight_spans(text[:TEXT_LIMIT], language or "da", query):
        words.setdefault(text[start:end], None)
        if len(words) >= MARKED_WORDS:
            break
    return list(words)


def _marked_text(text: str, language: str, query: str) -> SafeString:
    spans = highlight_spans(text[:TEXT_LIMIT], language or "da", query) if query.strip() and text else []
    parts, last = [], 0
    for start, end in spans:
        parts.append(escape(text[last:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    parts.append(escape(text[last:TEXT_LIMIT]))
    return mark_safe("".join(parts))  # every piece of the text is escaped above


_HTTP = re.compile(r"^https?://", re.I)


def _elsewhere(file: File, papers: list[Paper]) -> str:
    """Return where a file that is not stored here can be found: its own address, else its paper's source."""
    for address in (file.origin_access_url, file.origin_download_url, file.web, *(paper.source_uri for paper in papers)):
        if address and _HTTP.match(address):
            return address
    return ""
