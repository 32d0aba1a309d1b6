"""Find how far a scanned page is tilted, and set it straight, with Pillow alone.

A page fed into a scanner at a slant has text lines that are not horizontal. Turned by the
right angle, the lines fall into the rows of the image, so the rows' ink (the projection
profile) alternates most sharply between dark lines and white gaps. The angle is searched on a
small copy of the page, coarsely and then finely, so it costs a fraction of a second.
"""

from __future__ import annotations

from PIL import Image

#: Largest tilt looked for, in degrees; anything further is a page turned, for orientation
#: detection to find.
MAX_TILT = 6.0
#: Tilts smaller than this are left alone: Tesseract reads them as well as straight lines.
MIN_TILT = 0.3
_SIDE = 1000


def tilt(image: Image.Image) -> float:
    """Return the angle in degrees (counter-clockwise) that turns the page's lines horizontal."""
    small = image.convert("L")
    small.thumbnail((_SIDE, _SIDE))
    # Ink as white on black, so that turning the page brings in no ink at the corners.
    ink = small.point(lambda value: 255 if value < 150 else 0)
    if ink.getbbox() is None:
        return 0.0

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.NEAREST, fillcolor=0)
        profile = turned.resize((1, turned.height), Image.BOX).tobytes()
        mean = sum(profile) / len(profile)
        return sum((value - mean) ** 2 for value in profile)

    coarse = max((step / 2 for step in range(int(-2 * MAX_TILT), int(2 * MAX_TILT) + 1)), key=sharpness)
    fine = max((coarse + step / 10 for step in range(-5, 6)), key=sharpness)
    return round(fine, 1)


def straighten(image: Image.Image) -> tuple[Image.Image, float]:
    """Return the page turned level, and the angle it was turned by (0 when it was level)."""
    angle = tilt(image)
    if abs(angle) < MIN_TILT:
        return image, 0.0
    fill = 255 if image.mode in ("L", "1") else (255, 255, 255)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill), angle
