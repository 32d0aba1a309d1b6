"""HTML pages: the main content as text, without menus, banners and page furniture."""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from townhall.reading.language_guess import guess_language
from townhall.reading.layout import HEADING, LIST_ITEM, MARKUP, Block, Cell, Document, Line, Page, Table

from .base import Extractor
from .errors import ExtractionError
from .mime import HTML
from .registry import register
from .text import mostly_binary

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HUGE_TAG = re.compile(r"<([A-Za-z][\w:-]{0,40})\s[^<>]{65536,}>")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")

_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe",
    "button", "select", "object", "embed", "canvas", "dialog",
)
_DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar")
_BLOCKS = frozenset(
    "p div section article main ul ol table thead tbody tfoot blockquote pre dl figure figcaption "
    "address hr caption details summary fieldset header footer center".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_PARAGRAPHS = ("p", "pre", "li", "td", "blockquote", "dd")
_EMPHASIS = {"b": "\ue030", "strong": "\ue030", "u": "\ue031"}

# Marks the renderer leaves in its text for the layout, removed before anyone sees the text:
# a heading's start (followed by its level), a table's start and end, emphasis start and end.
_HEADING_MARK, _TABLE_START, _TABLE_END, _EMPHASIS_END = "\ue010", "\ue020", "\ue021", "\ue03f"
_MARKS = re.compile("\ue010\\d?|[\ue011-\ue03f]")


def decode_html(data: bytes) -> str:
    """Decode HTML bytes: byte order mark, then <meta charset>, then UTF-8, then cp1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        # Browsers read pages labelled Latin-1 as Windows-1252, and so do we.
        if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
            name = "cp1252"
        try:
            return data.decode(name)
        except LookupError:
            pass
        except UnicodeDecodeError:
            # Pages saved by an editor in Windows-1252 often keep a template's "utf-8" label.
            if name.replace("_", "-") in ("utf-8", "utf8"):
                return data.decode("cp1252", errors="replace")
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def html_to_text(markup: str) -> str:
    """Return the readable main content of an HTML page as plain text."""
    return html_to_document(markup).text


def html_to_document(markup: str) -> Document:
    """Return the main content of an HTML page as a layout: headings, paragraphs, lists and tables."""
    # lxml refuses text with NUL and other control characters, which damaged pages contain.
    markup = _CONTROL_CHARACTERS.sub("", _XML_DECLARATION.sub("", markup, count=1))
    # libxml2 compares each attribute of a tag with all the others: a tag of 100,000 attributes
    # takes minutes. No real tag is 64 kB long; such a tag keeps its name only.
    markup = _HUGE_TAG.sub(r"<\1>", markup)
    if not markup.strip():
        return Document()
    plain = text_without_markup(markup)
    try:
        # huge_tree: text nodes of any length and nesting up to 2,048 levels are parsed.
        root = lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return _plain_document(plain)
    if _visible_length(root) < len(plain) // 2:
        # The parser gave up part of the page (nesting beyond its limits): keep the text at least.
        return _plain_document(plain)
    title = root.findtext(".//title")
    title = " ".join(title.split()) if title else None
    hosts = link_hosts(root)
    _strip_furniture(root)
    content = _main_content(root)
    try:
        text = _render(content)
    except RecursionError:
        return _plain_document(plain, title, hosts)
    if content is not root:
        heading = _lone_heading_outside(root, content)
        if heading and heading not in _MARKS.sub("", text[: len(heading) + 400]):
            text = f"{_HEADING_MARK}1{heading}\n\n{text}"
    if not _MARKS.sub("", text).strip():
        text = title or ""
    return Document((Page(1, tuple(_items(text)), source=MARKUP),), declared_title=title, link_hosts=hosts)


# Where a page states its own address: its canonical link, its base, its social-media card.
_OWN_ADDRESS = "//link[@rel='canonical']/@href | //base/@href | //meta[@property='og:url']/@content"


def link_hosts(root) -> tuple[str, ...]:
    """Return the host names a page gives as its own address, then those its links go to, most linked first."""
    own = [_host(value) for value in root.xpath(_OWN_ADDRESS)]
    counts: dict[str, int] = {}
    for href in root.xpath("//a/@href"):
        host = _host(href)
        if host:
            counts[host] = counts.get(host, 0) + 1
    linked = sorted(counts, key=lambda host: -counts[host])  # stable: equally linked hosts keep page order
    return tuple(dict.fromkeys(host for host in (*own, *linked) if host))


def _host(url) -> str | None:
    """Return the host name of an absolute web address, lower case and without "www.", or None."""
    try:
        parts = urlsplit(str(url).strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or "." not in host:
        return None
    return host.removeprefix("www.")


_INVISIBLE = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>|<!--.*?(?:-->|$)", re.S | re.I)
_LINE_BREAKING = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|table|section|article|ul|ol|dl|dt|dd|blockquote|pre|title)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def text_without_markup(markup: str) -> str:
    """Return the text of a page with its markup stripped (no structure), scripts and comments left out."""
    import html

    text = _TAG.sub("", _LINE_BREAKING.sub("\n", _INVISIBLE.sub(" ", markup)))
    lines = (" ".join(line.split()) for line in html.unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def _plain_document(text: str, title: str | None = None, hosts: tuple[str, ...] = ()) -> Document:
    from townhall.reading.text_layout import text_items

    return Document((Page(1, tuple(text_items(text)), source=MARKUP),), declared_title=title, link_hosts=hosts)


def _strip_furniture(root) -> None:
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            doomed.append(element)
            continue
        tag = element.tag.lower()
        role = (element.get("role") or "").lower()
        style = (element.get("style") or "").replace(" ", "").lower()
        if (
            tag in _DROP_TAGS
            or role in _DROP_ROLES
            or element.get("hidden") is not None
            or element.get("aria-hidden") == "true"
            or "display:none" in style
        ):
            doomed.append(element)
        elif tag in ("header", "footer") and not _inside_content(element):
            doomed.append(element)
    for element in doomed:
        _remove_keeping_tail(element)


def _inside_content(element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main") or ancestor.get("role") == "main":
            return True
    return False


def _remove_keeping_tail(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _main_content(root):
    for found in (*root.iter("main"), *root.xpath("//*[@role='main']")):
        if _visible_length(found) > 0:
            return found
    articles = root.findall(".//article")
    if len(articles) == 1:
        return articles[0]
    if len(articles) > 1:
        return _common_ancestor(articles)
    return _with_its_heading(root, _with_most_of_the_text(root, _densest_block(root)))


def _with_most_of_the_text(root, content):
    """Widen a block that holds too little of the page's text to the ancestor that holds most of it.

    A printed agenda laid out in many small tables has no one dense block: the densest cell is
    a sliver of the page. Text in links (menus) is not counted.
    """
    body = root.find("body")
    body = body if body is not None else root
    total = _visible_length(body) - _link_length(body)
    if total <= 0:
        return content
    node = content
    while node is not None and node is not body and _visible_length(node) - _link_length(node) < 0.4 * total:
        node = node.getparent()
    return node if node is not None else content


def _with_its_heading(root, content):
    """Widen the densest block to take in the page's one <h1> and what stands between them.

    A page of one council paper puts its title, case number and meeting line above the
    body text; they belong to the content unless the wider block is mostly links (a menu).
    """
    headings = root.findall(".//h1")
    if len(headings) != 1 or content.findall(".//h1"):
        return content
    wider = _common_ancestor([content, headings[0]])
    length = _visible_length(wider)
    if length and _link_length(wider) <= 0.2 * length:
        return wider
    return content


def _common_ancestor(elements):
    paths = [list(element.iterancestors())[::-1] for element in elements]
    common = None
    for level in zip(*paths):
        if all(item is level[0] for item in level):
            common = level[0]
        else:
            break
    return common if common is not None else elements[0].getroottree().getroot()


def _densest_block(root):
    """Return the element that holds most paragraph text, the way reading modes find articles."""
    scores: dict = {}
    for paragraph in root.iter(*_PARAGRAPHS):
        length = _visible_length(paragraph) - _link_length(paragraph)
        if length < 25:
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + length / 2
    body = root.find("body")
    if not scores:
        return body if body is not None else root
    best = max(scores, key=scores.get)
    if best.tag in ("ul", "ol", "tr", "tbody", "table") and best.getparent() is not None:
        best = best.getparent()
    return best


def _visible_length(element) -> int:
    return len("".join(element.itertext()).strip())


def _link_length(element) -> int:
    return sum(_visible_length(link) for link in element.iter("a"))


def _lone_heading_outside(root, content) -> str | None:
    headings = root.findall(".//h1")
    if len(headings) != 1 or content.findall(".//h1"):
        return None
    return " ".join("".join(headings[0].itertext()).split()) or None


def _render(element) -> str:
    pieces: list[str] = []
    _walk(element, pieces, preformatted=False, list_stack=[])
    text = "".join(pieces)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t *", "\t", line).strip(" ")
        lines.append(line)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _items(text: str) -> list[Block | Table]:
    """Turn the marked text of the renderer into blocks and tables."""
    items: list[Block | Table] = []
    lines: list[Line] = []
    rows: list[tuple[Cell, ...]] = []
    level: int | None = None
    in_table = False

    def flush() -> None:
        nonlocal level
        if lines:
            role = HEADING if level else (LIST_ITEM if len(lines) == 1 and lines[0].text.startswith("- ") else "paragraph")
            items.append(Block(tuple(lines), role=role, level=level, style=f"h{level}" if level else None))
            lines.clear()
        level = None

    for raw in text.split("\n"):
        if _TABLE_START in raw:
            flush()
            in_table = True
        ends_table = _TABLE_END in raw
        if raw.startswith(_HEADING_MARK) and not in_table:
            flush()
            level = int(raw[1]) if raw[1:2].isdigit() else 1
        stripped = raw.strip()
        emphasis = stripped[:1] in ("\ue030", "\ue031") and stripped.endswith(_EMPHASIS_END)
        plain = _MARKS.sub("", raw).strip(" ")
        if in_table:
            if plain.strip():
                rows.append(tuple(Cell(cell.strip(), bold=emphasis) for cell in plain.split("\t")))
            if ends_table:
                if rows:
                    items.append(Table(tuple(rows)))
                rows = []
                in_table = False
            continue
        if not plain.strip():
            flush()
            continue
        lines.append(Line(plain, bold=emphasis and stripped[0] == "\ue030", underlined=emphasis and stripped[0] == "\ue031"))
    flush()
    if rows:
        items.append(Table(tuple(rows)))
    return items


def _walk(element, pieces: list[str], *, preformatted: bool, list_stack: list[list[int]]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    inline_text = (lambda value: value) if preformatted else (lambda value: _SPACES.sub(" ", value))
    if tag == "br":
        pieces.append("\n")
    elif tag in _HEADINGS:
        pieces.append(f"\n\n{_HEADING_MARK}{tag[1]}")
    elif tag == "table":
        pieces.append(f"\n\n{_TABLE_START}")
    elif tag in _BLOCKS:
        pieces.append("\n\n" if tag in ("p", "pre", "blockquote", "ul", "ol") else "\n")
    elif tag == "li":
        if list_stack and list_stack[-1][0] >= 0:
            list_stack[-1][0] += 1
            pieces.append(f"\n{list_stack[-1][0]}. ")
        else:
            pieces.append("\n- ")
    elif tag in ("tr", "dt", "dd"):
        pieces.append("\n")
    elif tag in ("td", "th"):
        previous = element.getprevious()
        if previous is not None and previous.tag in ("td", "th"):
            pieces.append("\t")
    if tag in _EMPHASIS:
        pieces.append(_EMPHASIS[tag])
    if element.text and tag:
        pieces.append(inline_text(element.text))
    nested_stack = list_stack
    if tag in ("ol", "ul"):
        start = element.get("start")
        counter = (int(start) - 1 if start and start.isdigit() else 0) if tag == "ol" else -1
        nested_stack = [*list_stack, [counter]]
    for child in element:
        _walk(child, pieces, preformatted=preformatted or tag == "pre", list_stack=nested_stack)
    if tag in _EMPHASIS:
        pieces.append(_EMPHASIS_END)
    if tag == "table":
        pieces.append(f"{_TABLE_END}\n\n")
    elif tag in _HEADINGS or tag in ("p", "pre", "blockquote", "ul", "ol"):
        pieces.append("\n\n")
    elif tag in _BLOCKS:
        pieces.append("\n")
    if element.tail:
        pieces.append(inline_text(element.tail))


@register
class HtmlExtractor(Extractor):
    """Read the main content of an HTML page: headings, paragraphs, lists and tables."""

    name = "html"
    version = "2"
    mime_types = (HTML, "application/xhtml+xml")
    #: Bytes of a page that are read; the rest of a larger file is stored but not read.
    max_bytes = 16 * 1024 * 1024

    def extract(self, data: bytes, filename: str | None = None):
        """Return the page's main text; raise "corrupt" when nothing can be parsed."""
        notes: list[str] = []
        if len(data) > self.max_bytes:
            notes.append(f"only the first {self.max_bytes // (1024 * 1024)} MB of {len(data) / 1_000_000:.0f} MB were read")
            data = data[: self.max_bytes]
        markup = decode_html(data)
        if mostly_binary(markup):
            raise ExtractionError("binary_garbage", f"{filename or 'The file'} is called a web page but holds binary data, not HTML.")
        document = html_to_document(markup)
        text = document.text
        if not text and markup.strip() and "<" not in markup:
            raise ExtractionError("corrupt", f"{filename or 'The HTML file'} does not contain HTML markup.")
        if not text:
            notes.append("the page holds no readable text outside menus, scripts and forms")
        return self.result(text, HTML, language_hint=guess_language(text), notes=tuple(notes), document=document)
