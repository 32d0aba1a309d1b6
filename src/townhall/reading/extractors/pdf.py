"""PDF files: the text layer page by page, and OCR for pages that have none."""

from __future__ import annotations

import ctypes
import re
from dataclasses import replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from townhall.reading.language_guess import guess_language
from townhall.reading.layout import OCR, Block, Document, Line, Page, Table, blocks_from_text
from townhall.reading.ocr import OcrEngine, OcrFailed, OcrUnavailable, default_ocr_engine

from .base import Extractor
from .errors import ExtractionError
from .inflation import inflation
from .mime import PDF
from .pdf_layout import Rule, Run, furniture_key, is_page_number, page_items
from .registry import register

# Fewer visible characters than this and a page is taken for a scan that needs OCR.
_MIN_TEXT_CHARS = 20
#: A page with at least this many images and fewer characters of text layer than the next is read by OCR.
_MANY_IMAGES = 12
_LITTLE_TEXT_CHARS = 400
# The PDF specification caps a page side at 14400 units (200 inches); anything bigger is
# built to make renderers allocate absurd bitmaps.
_MAX_PAGE_SIDE = 14400.0
# Pages with more drawing objects than this (maps, charts) are not searched for ruled tables.
_MAX_PATHS = 4000
# Pages with more runs of text than this are read without their layout (its cost grows
# faster than the number of runs; a real page has a few hundred).
_MAX_RUNS = 5000
# Pages drawn with more separate text objects than this are not read (no real page has
# nearly as many; PDFium would take minutes to hours to put them together).
_MAX_TEXT_OBJECTS = 20_000
# Ruling lines are at most this thick (points); thicker shapes are fills and pictures.
_RULE_THICKNESS = 3.5


@register
class PdfExtractor(Extractor):
    """Read the text layer of a PDF in reading order; OCR the pages that are only images.

    ``max_pages`` rejects documents with an absurd page count before reading any page;
    ``max_inflated_bytes`` and ``max_inflation_ratio`` reject files whose compressed streams
    inflate beyond that many bytes *and* that many times the file's size (a zip bomb), and
    ``max_stream_bytes`` files with one stream inflating beyond it; ``max_chars_per_page``
    bounds the text taken from one page; ``max_image_pixels`` refuses to draw a page for OCR
    that shows an image larger than that. How many scanned pages are read by OCR is the OCR
    engine's budget (:attr:`townhall.reading.ocr.OcrEngine.max_pages`): a document needing
    more is refused as ``too_costly``.
    """

    name = "pdf"
    version = "2"
    mime_types = (PDF,)
    uses_ocr = True

    def __init__(
        self,
        ocr: OcrEngine | None = None,
        *,
        max_pages: int = 2000,
        max_chars_per_page: int = 200_000,
        max_inflated_bytes: int = 256_000_000,
        max_inflation_ratio: int = 100,
        max_stream_bytes: int = 128_000_000,
        max_image_pixels: int = 64_000_000,
    ) -> None:
        self.ocr = ocr or default_ocr_engine()
        self.max_inflated_bytes = max_inflated_bytes
        self.max_inflation_ratio = max_inflation_ratio
        self.max_stream_bytes = max_stream_bytes
        self.max_pages = max_pages
        self.max_chars_per_page = max_chars_per_page
        self.max_image_pixels = max_image_pixels

    def extract(self, data: bytes, filename: str | None = None):
        """Return the text of every page, joined by blank lines; raise for unreadable PDFs."""
        label = filename or "The PDF"
        if b"%PDF-" not in data[:1024]:
            raise ExtractionError("corrupt", f"{label} is named as a PDF but holds no PDF data.")
        end = data.rfind(b"%%EOF")
        if end < 0:
            raise ExtractionError("corrupt", f"{label} is incomplete: the file was cut off before its end.")
        # Bytes after the last end-of-file marker (NUL padding, a mail gateway's footer, an
        # appended archive) are not part of the PDF; PDFium would look for its trailer among them.
        data = data[: end + 5] + b"\n" if len(data) - end > 64 else data
        limit = max(self.max_inflated_bytes, self.max_inflation_ratio * len(data))
        inflated = inflation(data, stop_total=limit, stop_single=self.max_stream_bytes)
        if inflated.largest > self.max_stream_bytes:
            raise ExtractionError(
                "pdf_bomb", f"{label} holds a stream that unpacks to more than {self.max_stream_bytes // 1_000_000} MB."
            )
        if inflated.total > limit:
            raise ExtractionError(
                "pdf_bomb", f"{label} unpacks to more than {limit // 1_000_000} MB from {len(data) // 1000} kB of data."
            )
        document = _open(data, label)
        try:
            page_count = len(document)
            if page_count > self.max_pages:
                raise ExtractionError(
                    "pdf_bomb", f"{label} claims {page_count} pages, more than the {self.max_pages} that are read."
                )
            if page_count == 0:
                raise ExtractionError("corrupt", f"{label} has no pages.")
            notes: list[str] = []
            pages: list[Page] = []
            scanned: list[int] = []
            for index in range(page_count):
                page, images = self._page(document, index, label, notes)
                chars = sum(1 for char in page.text if not char.isspace())
                # A page of many images and little text sets most of its text as pictures (glyph
                # images from some PDF printers, pasted scans beside a typed heading): OCR reads it all.
                if images and chars < _MIN_TEXT_CHARS or images >= _MANY_IMAGES and chars < _LITTLE_TEXT_CHARS:
                    scanned.append(index)
                pages.append(page)
            hint = guess_language("\n".join(page.text for page in pages))
            if scanned:
                hint = self._ocr_pages(document, scanned, pages, hint, notes, label) or guess_language(
                    "\n".join(page.text for page in pages)
                )
            title = _declared_title(document)
        finally:
            document.close()
        layout = Document(tuple(set_aside_furniture(pages)), declared_title=title)
        text = layout.text
        if not text and not notes:
            notes.append("the PDF holds no text: no text layer and no scanned images")
        return self.result(text, PDF, pages=page_count, language_hint=hint, notes=tuple(notes), document=layout)

    def _page(self, document, index: int, label: str, notes: list[str]) -> tuple[Page, int]:
        """Return the layout of one page's text layer and how many images the page shows (at least 1 if any)."""
        try:
            page = document[index]
        except pdfium.PdfiumError:
            notes.append(f"page {index + 1} could not be loaded")
            return Page(index + 1), 0
        try:
            width, height = page.get_size()
            if width > _MAX_PAGE_SIDE or height > _MAX_PAGE_SIDE:
                raise ExtractionError(
                    "pdf_bomb", f"{label} has a page of {width:.0f} × {height:.0f} points, far beyond any paper size."
                )
            images = 0
            rules: list[Rule] = []
            paths = 0
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
                if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    images += 1
                    continue
                paths += 1
                if paths <= _MAX_PATHS:
                    rule = _rule(obj, height)
                    if rule is not None:
                        rules.append(rule)
            if paths > _MAX_PATHS:
                rules = []
            if not images:
                images = int(next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2), None) is not None)
            pieces = _text_objects(page)
            if pieces > _MAX_TEXT_OBJECTS:
                # PDFium's text extraction takes time growing with the square of this number.
                notes.append(f"page {index + 1} was not read: it is made of {pieces} separate pieces of text")
                return Page(index + 1, width=width, height=height), 0
            textpage = page.get_textpage()
            try:
                items = self._items(textpage, width, height, rules, index, notes)
            finally:
                textpage.close()
            return Page(index + 1, tuple(items), width=width, height=height), images
        finally:
            page.close()

    def _items(self, textpage, width: float, height: float, rules: list[Rule], index: int, notes: list[str]):
        chars = textpage.count_chars()
        if chars <= 0:
            return []
        if chars > self.max_chars_per_page:
            notes.append(f"page {index + 1} holds {chars} characters; only the first {self.max_chars_per_page} were read")
            return list(blocks_from_text(_clean(textpage.get_text_range(0, self.max_chars_per_page))))
        if textpage.count_rects() > _MAX_RUNS:
            # Laying out this many separate runs costs more than the page is worth; read it plainly.
            notes.append(f"page {index + 1} holds {textpage.count_rects()} separate pieces of text; it was read without its layout")
            return list(blocks_from_text(_clean(textpage.get_text_range())))
        runs = _runs(textpage, height)
        if not runs:
            return list(blocks_from_text(_clean(textpage.get_text_range())))
        return page_items(runs, rules, width)

    def _ocr_pages(self, document, scanned: list[int], pages: list[Page], hint: str | None, notes: list[str], label: str) -> str | None:
        """OCR the pages in ``scanned`` into ``pages``; return the language found, if any."""
        try:
            _, language_notes = self.ocr.languages_for(hint)
        except OcrUnavailable as error:
            pronoun = "it was" if len(scanned) == 1 else "they were"
            notes.append(f"{_page_list(scanned)} had no text layer and {error}, so {pronoun} not read")
            return hint
        if len(scanned) > self.ocr.max_pages:
            raise ExtractionError(
                "too_costly", f"{label} has {len(scanned)} scanned pages; at most {self.ocr.max_pages} are read by OCR in one document."
            )
        notes.extend(language_notes)
        for index in scanned:
            self._refuse_huge_images(document, index, label)
        for count, index in enumerate(scanned):
            try:
                image, dpi = self._render(document, index)
                read = self.ocr.read_page(image, hint, dpi=dpi)
            except OcrUnavailable as error:
                notes.append(f"{_page_list(scanned[count:])} had no text layer and {error}, so not read")
                break
            except (OcrFailed, pdfium.PdfiumError) as error:
                notes.append(f"page {index + 1}: OCR failed: {error}")
                continue
            notes.extend(f"page {index + 1}: {note}" for note in read.notes if f"page {index + 1}: {note}" not in notes)
            hint = read.language or hint
            if read.text:
                items = _layer_scrap(pages[index], read.text) + list(read.blocks)
                pages[index] = replace(pages[index], items=tuple(items), source=OCR, language=read.language)
        return hint

    def _refuse_huge_images(self, document, index: int, label: str) -> None:
        """Refuse a page whose images would take more memory to draw than any scan needs."""
        page = document[index]
        try:
            for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
                try:
                    width, height = image.get_px_size()
                except (pdfium.PdfiumError, AttributeError):
                    continue
                if width * height > self.max_image_pixels:
                    raise ExtractionError(
                        "pdf_bomb", f"{label} shows an image of {width} × {height} pixels on page {index + 1}, far more than a scan needs."
                    )
        finally:
            page.close()

    def _render(self, document, index: int):
        page = document[index]
        try:
            width, height = page.get_size()
            scale = self.ocr.dpi / 72
            pixels = width * scale * height * scale
            if pixels > self.ocr.max_pixels:
                scale *= (self.ocr.max_pixels / pixels) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            try:
                return bitmap.to_pil(), scale * 72
            finally:
                bitmap.close()
        finally:
            page.close()


def _open(data: bytes, label: str):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        # PDFium keeps its last error until another one replaces it: a damaged file read after
        # an encrypted one can report "password" though it has no encryption at all.
        if b"/Encrypt" not in data:
            raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened as a PDF.") from error
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ExtractionError("encrypted", f"{label} is protected by a password and cannot be read.") from error
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise ExtractionError("encrypted", f"{label} uses an unsupported kind of encryption.") from error
        raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened as a PDF.") from error


def _runs(textpage, height: float) -> list[Run]:
    """Return the runs of text on a page with their font size, weight and baseline."""
    raw = textpage.raw
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    runs = []
    for rect_index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(rect_index)
        text = _clean(textpage.get_text_bounded(left, bottom, right, top)).replace("\n", " ")
        if not text.strip():
            continue
        size, bold, baseline = 0.0, False, None
        char = pdfium_c.FPDFText_GetCharIndexAtPos(raw, left + min(1.0, (right - left) / 2), (bottom + top) / 2, 2.0, 2.0)
        if char >= 0:
            size = float(pdfium_c.FPDFText_GetFontSize(raw, char))
            weight = pdfium_c.FPDFText_GetFontWeight(raw, char)
            length = pdfium_c.FPDFText_GetFontInfo(raw, char, name, len(name), ctypes.byref(flags))
            font = name.value.decode("latin-1", "replace").lower() if 0 < length <= len(name) else ""
            bold = weight >= 600 or any(mark in font for mark in ("bold", "black", "heavy", "semibold", "demi"))
            if pdfium_c.FPDFText_GetCharOrigin(raw, char, ctypes.byref(origin_x), ctypes.byref(origin_y)):
                if bottom - 0.3 * size <= origin_y.value <= top + 0.3 * size:
                    baseline = height - origin_y.value
                # else: an origin outside the run (rotated text, a form's own space): trust the box
        if size > 200 or size < 3:
            # Text scaled by its matrix (an OCR layer set at 1 pt and stretched) reports a size
            # that is not the size on the page: the box height stands in for it.
            size = 0.0
        runs.append(Run(left, height - top, right, height - bottom, text, size, bold, baseline))
    return runs


def _text_objects(page) -> int:
    """Count the text objects drawn directly on a page."""
    raw = page.raw
    count = pdfium_c.FPDFPage_CountObjects(raw)
    if count <= _MAX_TEXT_OBJECTS:
        return count
    text = pdfium_c.FPDF_PAGEOBJ_TEXT
    return sum(1 for index in range(count) if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, index)) == text)


def _rule(obj, height: float) -> Rule | None:
    """Return a path object as a ruling line when it is a thin horizontal or vertical stroke."""
    try:
        left, bottom, right, top = obj.get_bounds()
    except pdfium.PdfiumError:
        return None
    width, tall = right - left, top - bottom
    if tall <= _RULE_THICKNESS and width >= 6:
        return Rule(True, height - (top + bottom) / 2, left, right)
    if width <= _RULE_THICKNESS and tall >= 6:
        return Rule(False, (left + right) / 2, height - top, height - bottom)
    return None


def _declared_title(document) -> str | None:
    try:
        title = document.get_metadata_value("Title")
    except (pdfium.PdfiumError, AttributeError, KeyError, ValueError):
        return None
    title = " ".join(str(title or "").split())
    return title or None


def set_aside_furniture(pages: list[Page], *, share: float = 0.5) -> list[Page]:
    """Take running headers, footers and page numbers out of the reading order of every page.

    A line among the first or last three lines of a page, near its top or bottom edge, counts
    as furniture when (with digits blanked, so "Seite 2 von 5" matches "Seite 3 von 5") it
    stands there on at least ``share`` of the pages and on two or more; a line that is only a
    page number counts on any page of a document of two or more pages. Furniture is kept in
    ``Page.furniture``, where the analysis can still find a letterhead's municipality.
    """
    if len(pages) < 2:
        return pages
    edges = [_edge_lines(page) for page in pages]
    tally: dict[str, int] = {}
    for page, page_edges in zip(pages, edges):
        everywhere = [furniture_key(line.text) for item in page.items if isinstance(item, Block) for line in item.lines]
        for key in {furniture_key(line.text) for line in page_edges}:
            # A line like many others on its page ("Linje 7" among "Linje 1" to "Linje 60") is content.
            if everywhere.count(key) == 1:
                tally[key] = tally.get(key, 0) + 1
    repeated = {key for key, seen in tally.items() if seen >= max(2, share * len(pages))}
    out = []
    for page, page_edges in zip(pages, edges):
        doomed = {id(line) for line in page_edges if furniture_key(line.text) in repeated or is_page_number(line.text)}
        if not doomed:
            out.append(page)
            continue
        items: list[Block | Table] = []
        furniture: list[Line] = []
        for item in page.items:
            if isinstance(item, Block) and any(id(line) in doomed for line in item.lines):
                furniture.extend(line for line in item.lines if id(line) in doomed)
                kept = tuple(line for line in item.lines if id(line) not in doomed)
                if kept:
                    items.append(replace(item, lines=kept))
            else:
                items.append(item)
        out.append(replace(page, items=tuple(items), furniture=tuple(furniture)))
    return out


def _edge_lines(page: Page) -> list[Line]:
    """Return the first and last three lines of a page that lie near its top or bottom edge."""
    lines = [line for item in page.items if isinstance(item, Block) for line in item.lines]
    if len(lines) < 2 or not page.height:
        return []
    top_zone, bottom_zone = 0.14 * page.height, 0.88 * page.height
    out = []
    for line in lines[:3]:
        if line.box is not None and line.box.bottom <= top_zone:
            out.append(line)
    for line in lines[-3:]:
        if line.box is not None and line.box.top >= bottom_zone and line not in out:
            out.append(line)
    return out


def _layer_scrap(page: Page, recognised: str) -> list:
    """Return the scrap of text layer on a scanned page to keep beside what OCR read on it.

    OCR usually reads the scrap too (a stamped page number, a file name); then it is dropped
    so that nothing appears twice.
    """
    layer = page.text.strip()
    words = set(layer.split())
    # OCR misreads a word or two of the layer ("3.Sitzung" for "3. Sitzung"): most words found is enough.
    if not layer or len(words & set(recognised.split())) >= 0.7 * len(words):
        return []
    return list(page.items)


# A numbered heading whose full stop PDFium set apart: "2 .<TAB>Beslutning".
_NUMBER_SET_APART = re.compile(r"(?m)^([ \t]*\d{1,3}) \.(?=[\t ])")


def _clean(text: str) -> str:
    """Return PDFium's plain text with line breaks, soft hyphens and numbered headings mended."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "").replace("\x02", "-")
    return _NUMBER_SET_APART.sub(r"\1.", text)


def _page_list(indexes: list[int]) -> str:
    if len(indexes) == 1:
        return f"page {indexes[0] + 1}"
    if len(indexes) <= 5:
        return "pages " + ", ".join(str(index + 1) for index in indexes)
    return f"{len(indexes)} pages"
