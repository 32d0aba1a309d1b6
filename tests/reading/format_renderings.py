"""Render a plain-text council paper in the formats councils publish it in, for the format-parity tests.

Each renderer takes a paper as the rounds' tests write it (plain text, blocks at blank lines,
a route as aligned columns) and returns the bytes of one file:

* :func:`text_layer_pdf`: HTML printed by WeasyPrint, with the paper's first line as a running
  header and a page number as a running footer on each of two pages, the rest of its head in a
  right-hand column, headings in larger bold type and the route as a ruled table (a council
  system's own running header and footer lines may be given instead: the whole head then stays
  on the first page);
* :func:`word_file`: a .docx with the head in the page header, headings in Word's heading
  styles and the route as a table;
* :func:`web_page`: a council web page with its menu, breadcrumbs and footer around the paper;
* :func:`scanned_pdf`: the text-layer PDF drawn at 200 dpi, tilted by one to three degrees,
  speckled with noise and saved as an image-only PDF.

The structure is found by the product's own plain-text layout (:func:`text_document`), so a
paper is rendered as its typist meant it. Only the renderers' own words (the page numbers, the
web site's menu and footer) are added; none of them names a council, a person or a date.
"""

from __future__ import annotations

import functools
import html
import io
import random
import zlib
from dataclasses import dataclass

from townhall.reading.language_guess import guess_language
from townhall.reading.layout import HEADING, Block, Table
from townhall.reading.text_layout import text_document

#: A typed line at least this long was broken by the typist's margin: it runs on into the next.
WRAPPED_LINE = 90

_PAGE_WORDS = {"da": ("Side", "af"), "de": ("Seite", "von"), "en": ("Page", "of")}
_SITE = {
    "da": (("Forside", "Politik", "Byråd og udvalg", "Borger", "Erhverv"), ("Forside", "Politik", "Dagsordener og referater"),
           "Kontakt · Tilgængelighed · Privatlivspolitik · Cookies"),
    "de": (("Startseite", "Rathaus", "Politik", "Bürgerservice", "Wirtschaft"), ("Startseite", "Politik", "Ratsinformation"),
           "Kontakt · Impressum · Datenschutz · Barrierefreiheit"),
    "en": (("Home", "Council and democracy", "Committees", "Services", "Business"), ("Home", "Council and democracy", "Meetings"),
           "Contact us · Accessibility · Privacy notice · Cookies"),
}


@dataclass(frozen=True)
class PaperParts:
    """A paper cut into what a layout places apart: its first line, the rest of its head, its body."""

    language: str
    first_line: str
    head: tuple[str, ...]
    body: tuple[Block | Table, ...]


def paper_parts(text: str) -> PaperParts:
    """Return the parts of a plain-text paper: the first line, the rest of its first block, the other items."""
    items = [item for page in text_document(text.strip("\n")).pages for item in page.items]
    language = guess_language(text) or "en"
    if language not in _PAGE_WORDS:
        language = "en"
    first, rest = items[0], tuple(items[1:])
    if isinstance(first, Table):
        return PaperParts(language, "", (), tuple(items))
    lines = [line.text for line in first.lines]
    return PaperParts(language, lines[0], tuple(lines[1:]), rest)


def paragraph_lines(block: Block) -> list[str]:
    """Return a block's lines with the lines the typist's margin broke joined again."""
    out: list[str] = []
    for line in (line.text for line in block.lines):
        if out and len(out[-1]) >= WRAPPED_LINE:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _middle(body: tuple[Block | Table, ...]) -> int:
    """Return the index of the body item that starts the second page (about half the text before it)."""
    total = sum(len(item.text) for item in body)
    seen = 0
    for index, item in enumerate(body):
        if index and seen >= total / 2:
            return index
        seen += len(item.text)
    return len(body)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _html_items(body: tuple[Block | Table, ...], *, break_at: int | None = None) -> str:
    out: list[str] = []
    first_heading = True
    for index, item in enumerate(body):
        attributes = ' style="break-before: page"' if index == break_at else ""
        if isinstance(item, Table):
            rows = "".join(
                "<tr>" + "".join(f"<td>{_escape(cell.text)}</td>" for cell in row) + "</tr>" for row in item.rows
            )
            out.append(f"<table{attributes}>{rows}</table>")
        elif item.role == HEADING:
            tag = "h1" if first_heading else "h2"
            first_heading = False
            out.append(f"<{tag}{attributes}>{'<br>'.join(_escape(line) for line in paragraph_lines(item))}</{tag}>")
        else:
            out.append(f"<p{attributes}>{'<br>'.join(_escape(line) for line in paragraph_lines(item))}</p>")
    return "\n".join(out)


_PRINT_CSS = """
@page { size: A4; margin: 28mm 22mm 24mm 22mm;
  @top-left { content: %(header)s; font: 8pt DejaVu Sans; color: #444; }
  %(footer)s
  @bottom-center { content: %(page)s " " counter(page) " " %(of)s " " counter(pages); font: 8pt DejaVu Sans; } }
body { font: 10.5pt/1.35 DejaVu Sans; }
.letterhead { display: flex; justify-content: flex-end; margin-bottom: 10mm; }
.letterhead div { width: 62mm; font-size: 9pt; }
h1 { font-size: 14pt; font-weight: bold; margin: 4mm 0 3mm; }
h2 { font-size: 11.5pt; font-weight: bold; margin: 4mm 0 2mm; }
p { margin: 0 0 3mm; }
table { border-collapse: collapse; margin: 2mm 0 4mm; }
td { border: 0.6pt solid #000; padding: 1.5mm 2mm; font-size: 9.5pt; vertical-align: top; }
"""


def print_html(text: str, *, header: str | None = None, footer: str = "") -> str:
    """Return the HTML a text-layer PDF of the paper is printed from (letterhead, running header and footer).

    Without *header* the paper's first line is the running header; with it, the first line stays in the
    letterhead. A *footer* is printed left of the page number at the foot of each page.
    """
    parts = paper_parts(text)
    page, of = _PAGE_WORDS[parts.language]
    css = _PRINT_CSS % {
        "header": _css_string(parts.first_line if header is None else header),
        "footer": f"@bottom-left {{ content: {_css_string(footer)}; font: 8pt DejaVu Sans; }}" if footer else "",
        "page": _css_string(page), "of": _css_string(of),
    }
    head = parts.head if header is None else tuple(line for line in (parts.first_line, *parts.head) if line)
    letterhead = ""
    if head:
        letterhead = f'<div class="letterhead"><div>{"<br>".join(_escape(line) for line in head)}</div></div>'
    body = _html_items(parts.body, break_at=_middle(parts.body) if len(parts.body) >= 2 else None)
    return f'<!DOCTYPE html><html lang="{parts.language}"><head><meta charset="utf-8"><style>{css}</style></head>' \
           f"<body>{letterhead}\n{body}</body></html>"


def text_layer_pdf(text: str, *, header: str | None = None, footer: str = "") -> bytes:
    """Return the paper as a text-layer PDF of two pages printed from HTML (running *header* and *footer* if given)."""
    from weasyprint import HTML

    return HTML(string=print_html(text, header=header, footer=footer)).write_pdf()


@functools.cache
def printed_card(text: str, header: str | None, footer: str, name: str):
    """Return the card read from *text* printed as a text-layer PDF ``name.pdf`` with its running header and footer."""
    from townhall import reading

    return reading.read(text_layer_pdf(text, header=header, footer=footer), filename=f"{name}.pdf").card


def word_file(text: str) -> bytes:
    """Return the paper as a .docx: its head in the page header, headings as styles, the route as a table."""
    import docx
    from docx.enum.text import WD_BREAK

    parts = paper_parts(text)
    document = docx.Document()
    header = document.sections[0].header
    head_lines = [line for line in (parts.first_line, *parts.head) if line]
    header.paragraphs[0].text = head_lines[0] if head_lines else ""
    for line in head_lines[1:]:
        header.add_paragraph(line)
    first_heading = True
    for item in parts.body:
        if isinstance(item, Table):
            columns = max(len(row) for row in item.rows)
            table = document.add_table(rows=0, cols=columns)
            table.style = "Table Grid"
            for row in item.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value.text
            continue
        lines = paragraph_lines(item)
        if item.role == HEADING:
            document.add_heading(" ".join(lines), level=1 if first_heading else 2)
            first_heading = False
            continue
        paragraph = document.add_paragraph()
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def web_page(text: str) -> bytes:
    """Return the paper as a council web page prints it: menu, breadcrumbs, the paper, a footer."""
    parts = paper_parts(text)
    menu, crumbs, footer = _SITE[parts.language]
    menu_html = "".join(f'<li><a href="/{index}">{_escape(entry)}</a></li>' for index, entry in enumerate(menu))
    crumbs_html = " › ".join(f'<a href="/{index}">{_escape(entry)}</a>' for index, entry in enumerate(crumbs))
    head = [line for line in (parts.first_line, *parts.head) if line]
    head_html = f'<div class="sender">{"<br>".join(_escape(line) for line in head)}</div>' if head else ""
    page = (
        f'<!DOCTYPE html><html lang="{parts.language}"><head><meta charset="utf-8"><title>{_escape(crumbs[-1])}</title></head><body>'
        f'<div class="top"><a class="logo" href="/">{_escape(menu[0])}</a><ul class="menu">{menu_html}</ul></div>'
        f'<div class="breadcrumb">{crumbs_html}</div>'
        f'<div class="content">{head_html}\n{_html_items(parts.body)}</div>'
        f'<div class="footer"><p>{_escape(footer)}</p></div></body></html>'
    )
    return page.encode("utf-8")


def scanned_pdf(text: str, *, dpi: int = 200, seed: int | None = None) -> bytes:
    """Return the paper's text-layer PDF as a scan: pages drawn at *dpi*, tilted 1-3 degrees, speckled, no text layer."""
    import pypdfium2
    from PIL import Image

    chance = random.Random(zlib.crc32(text.encode("utf-8")) if seed is None else seed)
    document = pypdfium2.PdfDocument(text_layer_pdf(text))
    images = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            angle = chance.uniform(1.0, 3.0) * chance.choice((-1, 1))
            image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            pixels = image.load()
            width, height = image.size
            for _ in range(width * height // 1500):
                pixels[chance.randrange(width), chance.randrange(height)] = chance.choice((0, 90, 160))
            images.append(image)
    finally:
        document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return buffer.getvalue()


#: Each format by name: the renderer and the file name a reader is handed.
FORMATS = {
    "text-layer PDF": (text_layer_pdf, "paper.pdf"),
    "Word": (word_file, "paper.docx"),
    "HTML": (web_page, "paper.html"),
    "scan": (scanned_pdf, "paper.pdf"),
}
