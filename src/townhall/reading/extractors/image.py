"""Scanned images (PNG, JPEG, TIFF with one or more pages, GIF, BMP): their text by OCR."""

from __future__ import annotations

import io

from PIL import Image, ImageSequence

from townhall.reading.language_guess import guess_language
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
    max_frames = 500

    def __init__(self, ocr: OcrEngine | None = None) -> None:
        self.ocr = ocr or default_ocr_engine()

    def extract(self, data: bytes, filename: str | None = None):
        """Return the recognised text of every frame; raise when OCR is unavailable."""
        try:
            image = Image.open(io.BytesIO(data))
            image.load()
        except Image.DecompressionBombError as error:
            raise ExtractionError("image_bomb", f"{filename or 'The image'} has too many pixels to read safely.") from error
        except (OSError, ValueError, SyntaxError) as error:
            raise ExtractionError("corrupt", f"{filename or 'The image'} is damaged and cannot be opened.") from error
        try:
            _, notes = self.ocr.languages_for(None)
        except OcrUnavailable as error:
            raise ExtractionError("ocr_unavailable", f"{filename or 'The image'} needs OCR, but {error}.") from error
        hint = None
        texts = []
        frames = 0
        for frame in ImageSequence.Iterator(image):
            frames += 1
            if frames > self.max_frames:
                notes.append(f"only the first {self.max_frames} images were read")
                break
            try:
                text, hint, page_notes = self.ocr.recognise_page(_fit(frame, self.ocr.max_pixels), hint)
                texts.append(text)
                notes.extend(note for note in page_notes if note not in notes)
            except OcrFailed as error:
                notes.append(f"image {frames}: OCR failed: {error}")
            except OcrUnavailable as error:
                raise ExtractionError("ocr_unavailable", f"{filename or 'The image'} needs OCR, but {error}.") from error
        text = "\n\n".join(part for part in texts if part)
        mime_type = Image.MIME.get(image.format or "", "image/png")
        return self.result(text, mime_type, pages=frames, language_hint=hint or guess_language(text), notes=tuple(notes))


def _fit(image: Image.Image, max_pixels: int) -> Image.Image:
    """Scale an image down so it has at most ``max_pixels`` pixels."""
    pixels = image.width * image.height
    if pixels <= max_pixels:
        return image.copy()
    factor = (max_pixels / pixels) ** 0.5
    return image.resize((max(1, int(image.width * factor)), max(1, int(image.height * factor))))
