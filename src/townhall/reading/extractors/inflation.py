"""Measure how far the compressed streams of a PDF inflate, without holding the result.

A "zip bomb" PDF hides gigabytes of page content or image data in a few hundred kilobytes of
Flate data; PDFium would inflate it into memory while loading or drawing a page. Inflating the
streams here in small pieces, and stopping at a limit, finds such files before PDFium sees them.

The stream dictionaries are not trusted: padding can push ``/FlateDecode`` out of any window
a scanner looks in, a filter can hide in an array or under its abbreviation ``/Fl``, and
``/Length`` can lie. So every stream whose bytes *are* zlib data is inflated, whatever its
dictionary says; other data fails zlib's header check within its first bytes.

An inline image (``BI … ID <data> EI`` in a page's content) carries its data in no stream of
its own, and PDFium inflates it whole while it loads the page, before any size check can see the
image; its data is inflated here too.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_STREAM_START = re.compile(rb"stream(?:\r\n|\n|\r)")
# "BI /W 20000 /H 20000 /F /Fl ID<data>": the image's dictionary is short, its data follows one white-space byte.
_INLINE_IMAGE_START = re.compile(rb"\bBI\s(?:(?!\bEI\b).){0,2048}?\sID(?:\r\n|\s)", re.DOTALL)
#: Compressed bytes given to zlib at a time, and the most it may return for them.
_INPUT = 64 * 1024
_OUTPUT = 8 * 1024 * 1024


@dataclass(frozen=True)
class Inflation:
    """What the streams of a PDF inflate to: in all, and the largest one."""

    total: int
    largest: int


def inflation(data: bytes, *, stop_total: int, stop_single: int) -> Inflation:
    """Inflate every zlib stream of a PDF in pieces; stop as soon as the total passes
    *stop_total* or one stream passes *stop_single* (the figures are then above the limit)."""
    total = largest = 0
    view = memoryview(data)
    for start_of in (_STREAM_START, _INLINE_IMAGE_START):
        position = 0
        while True:
            match = start_of.search(data, position)
            if match is None:
                break
            start = match.end()
            size, end = _inflate(view, start, stop_single, stop_total - total)
            position = max(end, start)
            total += size
            largest = max(largest, size)
            if total > stop_total or largest > stop_single:
                return Inflation(total, largest)
    return Inflation(total, largest)


def _inflate(view: memoryview, start: int, stop_single: int, stop_left: int) -> tuple[int, int]:
    """Return the inflated size of the zlib data at *start* (0 when there is none) and where it ends."""
    inflater = zlib.decompressobj()
    size = 0
    position = start
    limit = min(stop_single, stop_left)
    try:
        while position < len(view) and size <= limit and not inflater.eof:
            piece = view[position:position + _INPUT]
            position += len(piece)
            size += len(inflater.decompress(piece, _OUTPUT))
            while inflater.unconsumed_tail and size <= limit:
                size += len(inflater.decompress(inflater.unconsumed_tail, _OUTPUT))
    except zlib.error:
        # Not zlib data, or damaged after some good data: count what inflated before.
        return size, position
    if inflater.eof:
        position -= len(inflater.unused_data)
    return size, position


def inflated_size(data: bytes, stop_after: int) -> int:
    """Return the total inflated size of the zlib streams in ``data``, or a number above
    ``stop_after`` as soon as the total passes it."""
    return inflation(data, stop_total=stop_after, stop_single=stop_after).total
