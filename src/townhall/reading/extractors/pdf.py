"""PDF files: the text layer page by page, and OCR for pages that have none."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from townhall.reading.language_guess import guess_language
from townhall.reading.ocr import OcrEngine, OcrFailed, OcrUnavailable, default_ocr_engine

from .base import Extractor
from .errors import ExtractionError
from .inflation import inflated_size
from .pdf_order import Segment, reading_order
from .mime import PDF
from .registry import register

# Fewer visible characters than this and a page is taken for a scan that needs OCR.
_MIN_TEXT_CHARS = 20
# The PDF specification caps a page side at 14400 units (200 inches); anything bigger is
# built to make renderers allocate absurd bitmaps.
_MAX_PAGE_SIDE = 14400.0


@register
class PdfExtractor(Extractor):
    """Read the text layer of a PDF in reading order; OCR the pages that are only images.

    ``max_pages`` rejects documents with an absurd page count before reading any page;
    ``max_inflated_bytes`` and ``max_inflation_ratio`` reject files whose compressed streams
    inflate beyond that many bytes *and* that many times the file's size (a zip bomb);
    ``max_chars_per_page`` bounds the text taken from one page; ``max_ocr_pages`` bounds how
    many scanned pages are sent to OCR.
    """

    name = "pdf"
    version = "1"
    mime_types = (PDF,)
    uses_ocr = True

    def __init__(
        self,
        ocr: OcrEngine | None = None,
        *,
        max_pages: int = 2000,
        max_chars_per_page: int = 200_000,
        max_ocr_pages: int = 500,
        max_inflated_bytes: int = 256_000_000,
        max_inflation_ratio: int = 100,
    ) -> None:
        self.ocr = ocr or default_ocr_engine()
        self.max_inflated_bytes = max_inflated_bytes
        self.max_inflation_ratio = max_inflation_ratio
        self.max_pages = max_pages
        self.max_chars_per_page = max_chars_per_page
        self.max_ocr_pages = max_ocr_pages

    def extract(self, data: bytes, filename: str | None = None):
        """Return the text of every page, joined by blank lines; raise for unreadable PDFs."""
        label = filename or "The PDF"
        if b"%PDF-" not in data[:1024]:
            raise ExtractionError("corrupt", f"{label} is named as a PDF but holds no PDF data.")
        if b"%%EOF" not in data[-2048:]:
            raise ExtractionError("corrupt", f"{label} is incomplete: the file was cut off before its end.")
        limit = max(self.max_inflated_bytes, self.max_inflation_ratio * len(data))
        inflated = inflated_size(data, stop_after=limit)
        if inflated > limit:
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
            texts: list[str] = []
            scanned: list[int] = []
            for index in range(page_count):
                text, has_images = self._page_text(document, index, label, notes)
                if has_images and sum(1 for char in text if not char.isspace()) < _MIN_TEXT_CHARS:
                    scanned.append(index)
                texts.append(text)
            hint = guess_language("\n".join(texts))
            if scanned:
                hint = self._ocr_pages(document, scanned, texts, hint, notes) or guess_language("\n".join(texts))
        finally:
            document.close()
        text = "\n\n".join(page.strip("\n") for page in drop_repeated_furniture(texts) if page.strip())
        if not text and not notes:
            notes.append("the PDF holds no text: no text layer and no scanned images")
        return self.result(text, PDF, pages=page_count, language_hint=hint, notes=tuple(notes))

    def _page_text(self, document, index: int, label: str, notes: list[str]) -> tuple[str, bool]:
        """Return the text layer of one page and whether the page shows any image."""
        try:
            page = document[index]
        except pdfium.PdfiumError:
            notes.append(f"page {index + 1} could not be loaded")
            return "", False
        try:
            width, height = page.get_size()
            if width > _MAX_PAGE_SIDE or height > _MAX_PAGE_SIDE:
                raise ExtractionError(
                    "pdf_bomb", f"{label} has a page of {width:.0f} × {height:.0f} points, far beyond any paper size."
                )
            has_images = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2), None) is not None
            textpage = page.get_textpage()
            try:
                return self._layout(textpage, width, index, notes), has_images
            finally:
                textpage.close()
        finally:
            page.close()

    def _layout(self, textpage, width: float, index: int, notes: list[str]) -> str:
        chars = textpage.count_chars()
        if chars <= 0:
            return ""
        if chars > self.max_chars_per_page:
            notes.append(f"page {index + 1} holds {chars} characters; only the first {self.max_chars_per_page} were read")
            return _clean(textpage.get_text_range(0, self.max_chars_per_page))
        segments = []
        for rect_index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(rect_index)
            text = _clean(textpage.get_text_bounded(left, bottom, right, top)).replace("\n", " ")
            if text.strip():
                segments.append(Segment(left, bottom, right, top, text))
        if not segments:
            return _clean(textpage.get_text_range())
        return reading_order(segments, width)

    def _ocr_pages(self, document, scanned: list[int], texts: list[str], hint: str | None, notes: list[str]) -> str | None:
        """OCR the pages in ``scanned`` into ``texts``; return the language found, if any."""
        try:
            _, language_notes = self.ocr.languages_for(hint)
        except OcrUnavailable as error:
            pronoun = "it was" if len(scanned) == 1 else "they were"
            notes.append(f"{_page_list(scanned)} had no text layer and {error}, so {pronoun} not read")
            return hint
        notes.extend(language_notes)
        for count, index in enumerate(scanned):
            if count >= self.max_ocr_pages:
                notes.append(f"only the first {self.max_ocr_pages} pages without text were read by OCR")
                break
            try:
                image = self._render(document, index)
                recognised, hint, page_notes = self.ocr.recognise_page(image, hint)
            except OcrUnavailable as error:
                notes.append(f"{_page_list(scanned[count:])} had no text layer and {error}, so not read")
                break
            except (OcrFailed, pdfium.PdfiumError) as error:
                notes.append(f"page {index + 1}: OCR failed: {error}")
                continue
            notes.extend(note for note in page_notes if note not in notes)
            if recognised:
                texts[index] = _merge_layer_and_ocr(texts[index], recognised)
        return hint

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
                return bitmap.to_pil()
            finally:
                bitmap.close()
        finally:
            page.close()


def _open(data: bytes, label: str):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ExtractionError("encrypted", f"{label} is protected by a password and cannot be read.") from error
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise ExtractionError("encrypted", f"{label} uses an unsupported kind of encryption.") from error
        raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened as a PDF.") from error


def drop_repeated_furniture(pages: list[str], *, share: float = 0.6) -> list[str]:
    """Remove running headers and footers from every page but the first.

    A line among the first or last two lines of a page counts as furniture when, with the page
    number and page count blanked out ("Side 2 af 5"), it stands there on at least ``share`` of
    three or more pages.
    """
    count = len(pages)
    if count < 3:
        return pages
    keys = [
        {index: _furniture_key(lines[index], number, count) for index in _edge_indexes(lines)}
        for number, lines in enumerate((page.split("\n") for page in pages), start=1)
    ]
    tally: dict[str, int] = {}
    for page_keys in keys:
        for key in set(page_keys.values()):
            tally[key] = tally.get(key, 0) + 1
    repeated = {key for key, seen in tally.items() if key and seen >= share * count}
    if not repeated:
        return pages
    cleaned = [pages[0]]
    for page, page_keys in zip(pages[1:], keys[1:]):
        lines = page.split("\n")
        kept = [line for index, line in enumerate(lines) if page_keys.get(index) not in repeated]
        cleaned.append("\n".join(kept).strip("\n"))
    return cleaned


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < 4:
        return []  # too little on the page to tell furniture from content
    return filled[:2] + filled[-2:]


def _furniture_key(line: str, number: int, count: int) -> str:
    folded = " ".join(line.split()).casefold()
    return re.sub(rf"(?<!\d)(?:{number}|{count})(?!\d)", "#", folded)


def _merge_layer_and_ocr(layer: str, recognised: str) -> str:
    """Combine the scrap of text layer on a scanned page with what OCR read on it.

    OCR usually reads the scrap too (a stamped page number, a file name); then the OCR text
    alone is kept so nothing appears twice.
    """
    layer = layer.strip()
    if not layer or set(layer.split()) <= set(recognised.split()):
        return recognised
    return f"{layer}\n{recognised}"


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "").replace("\x02", "-")


def _page_list(indexes: list[int]) -> str:
    if len(indexes) == 1:
        return f"page {indexes[0] + 1}"
    if len(indexes) <= 5:
        return "pages " + ", ".join(str(index + 1) for index in indexes)
    return f"{len(indexes)} pages"
