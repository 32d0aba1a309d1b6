"""Scanned images (PNG, JPEG, TIFF with one or more pages, GIF, BMP): their text by OCR."""

from __future__ import annotations

import io
import struct

from PIL import Image, ImageSequence

from townhall.reading.language_guess import guess_language
from townhall.reading.layout import OCR, Document, Page
from townhall.reading.ocr import OcrEngine, OcrFailed, OcrUnavailable, default_ocr_engine

from .base import Extractor
from .errors import ExtractionError
from .mime import BMP, GIF, JPEG, PNG, TIFF
from .registry import register


@register
class ImageExtractor(Extractor):
    """Read the text in a scanned image (PNG, JPEG, TIFF with one or more pages) by OCR."""

    name = "image-ocr"
    version = "1"
    mime_types = (PNG, JPEG, TIFF, GIF, BMP)
    uses_ocr = True
    #: Pixels of one image at most (the header is checked before anything is decoded).
    max_image_pixels = 64_000_000

    def __init__(self, ocr: OcrEngine | None = None) -> None:
        self.ocr = ocr or default_ocr_engine()

    def extract(self, data: bytes, filename: str | None = None):
        """Return the recognised text of every frame; raise when OCR is unavailable."""
        label = filename or "The image"
        try:
            image = Image.open(io.BytesIO(data))
            # The header states the size: refuse before decoding what would not fit in memory.
            if image.width * image.height > self.max_image_pixels:
                raise ExtractionError(
                    "image_bomb", f"{label} has {image.width} × {image.height} pixels, far more than a scan needs."
                )
            frame_count = getattr(image, "n_frames", 1)
            if frame_count > self.ocr.max_pages:
                raise ExtractionError(
                    "too_costly", f"{label} has {frame_count} pages; at most {self.ocr.max_pages} are read by OCR in one document."
                )
            image.load()
        except Image.DecompressionBombError as error:
            raise ExtractionError("image_bomb", f"{label} has too many pixels to read safely.") from error
        except (OSError, ValueError, SyntaxError, EOFError, struct.error) as error:
            raise ExtractionError("corrupt", f"{label} is damaged and cannot be opened.") from error
        try:
            _, notes = self.ocr.languages_for(None)
        except OcrUnavailable as error:
            raise ExtractionError("ocr_unavailable", f"{label} needs OCR, but {error}.") from error
        hint = None
        texts = []
        pages: list[Page] = []
        frames = 0
        for frame in ImageSequence.Iterator(image):
            frames += 1
            try:
                fitted, dpi = _fit(frame, self.ocr.max_pixels, _resolution(image))
                read = self.ocr.read_page(fitted, hint, dpi=dpi)
                hint = read.language or hint
                texts.append(read.text)
                pages.append(Page(frames, read.blocks, source=OCR, language=read.language))
                notes.extend(note for note in read.notes if note not in notes)
            except OcrFailed as error:
                notes.append(f"image {frames}: OCR failed: {error}")
            except OcrUnavailable as error:
                raise ExtractionError("ocr_unavailable", f"{filename or 'The image'} needs OCR, but {error}.") from error
        layout = Document(tuple(pages))
        text = layout.text
        mime_type = Image.MIME.get(image.format or "", "image/png")
        return self.result(text, mime_type, pages=frames, language_hint=hint or guess_language(text), notes=tuple(notes),
                           document=layout)


def _resolution(image: Image.Image) -> float | None:
    """Return the resolution an image file states (dots per inch), or None when it states none or nonsense."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if isinstance(dpi, tuple) else float(dpi)
    except (TypeError, ValueError, IndexError):
        return None
    return value if 70 <= value <= 1200 else None


def _fit(image: Image.Image, max_pixels: int, dpi: float | None) -> tuple[Image.Image, float | None]:
    """Scale an image down so it has at most ``max_pixels`` pixels; return it and its resolution then."""
    pixels = image.width * image.height
    if pixels <= max_pixels:
        return image.copy(), dpi
    factor = (max_pixels / pixels) ** 0.5
    resized = image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))))
    return resized, dpi * factor if dpi else None
