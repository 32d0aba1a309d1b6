"""Make scanned-looking documents: text drawn into images, saved as PNG, TIFF or image-only PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIRECTORY = Path("/usr/share/fonts/truetype/dejavu")


def scan_font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """Return DejaVu Sans at ``size`` pixels, or Pillow's built-in font where DejaVu is absent."""
    try:
        return ImageFont.truetype(str(FONT_DIRECTORY / "DejaVuSans.ttf"), size)
    except OSError:
        return ImageFont.load_default(size=size)


def render_page(
    text: str,
    *,
    dpi: int = 300,
    page_inches: tuple[float, float] = (8.27, 11.69),
    point_size: float = 12.0,
    margin_inches: float = 0.8,
) -> Image.Image:
    """Draw ``text`` (lines separated by newlines) in black on a white greyscale page."""
    width, height = int(page_inches[0] * dpi), int(page_inches[1] * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = scan_font(round(point_size * dpi / 72))
    line_height = round(point_size * 1.5 * dpi / 72)
    margin = round(margin_inches * dpi)
    y = margin
    for line in _wrapped(text, font, width - 2 * margin):
        if y + line_height > height - margin:
            break
        draw.text((margin, y), line, fill=0, font=font)
        y += line_height
    return image


def _wrapped(text: str, font, width: int):
    """Yield the lines of ``text`` broken to fit ``width`` pixels, tabs set as wide spaces."""
    for paragraph in text.replace("\t", "    ").split("\n"):
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and font.getlength(candidate) > width:
                yield line
                line = word
            else:
                line = candidate
        yield line


def scan_pdf(pages: Sequence[str], *, dpi: int = 300, **page_options) -> bytes:
    """Return a PDF of page images without any text layer, one page per string in ``pages``."""
    images = [render_page(page, dpi=dpi, **page_options) for page in pages]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return buffer.getvalue()


def scan_image(text: str, *, image_format: str = "PNG", dpi: int = 300, **page_options) -> bytes:
    """Return one scanned page as an image file (PNG, TIFF or JPEG)."""
    buffer = io.BytesIO()
    render_page(text, dpi=dpi, **page_options).save(buffer, format=image_format, dpi=(dpi, dpi))
    return buffer.getvalue()
