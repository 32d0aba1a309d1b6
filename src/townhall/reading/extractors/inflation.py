"""Measure how far the compressed streams of a PDF inflate, without holding the result.

A "zip bomb" PDF hides gigabytes of page content in a few hundred kilobytes of Flate data;
PDFium would inflate all of it into memory while loading the page. Inflating the streams here
in small pieces, and stopping at a limit, finds such files before PDFium sees them.
"""

from __future__ import annotations

import re
import zlib

_STREAM_START = re.compile(rb"stream\r?\n")
_PIECE = 8 * 1024 * 1024


def inflated_size(data: bytes, stop_after: int) -> int:
    """Return the total inflated size of the Flate streams in ``data``, or a number above
    ``stop_after`` as soon as the total passes it."""
    total = 0
    position = 0
    while True:
        match = _STREAM_START.search(data, position)
        if match is None:
            return total
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            return total
        position = end + 9
        dictionary = data[max(0, match.start() - 512) : match.start()]
        if b"/FlateDecode" not in dictionary[dictionary.rfind(b" obj") + 1 :]:
            continue
        inflater = zlib.decompressobj()
        pending = data[start:end]
        try:
            while pending and total <= stop_after:
                total += len(inflater.decompress(pending, _PIECE))
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue
        if total > stop_after:
            return total
