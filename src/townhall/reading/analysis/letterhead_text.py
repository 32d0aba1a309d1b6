"""The flat text of a paper with its first page's running header in front, where many papers name their issuer."""

from __future__ import annotations

import re

from townhall.reading.layout import Document


def text_with_letterhead(document: Document) -> str:
    """Return the flat text with the first page's running header (a letterhead) in front of it.

    The header is furniture for the layout, but it is where many papers name their
    municipality, office and case number.
    """
    if not document.pages:
        return ""
    first = document.pages[0]
    header = [line.text for line in first.furniture if line.box is None or first.height is None or line.box.top < first.height / 2]
    opening = {" ".join(line.split()) for line in document.text.split("\n")[:8] if line.strip()}
    # A running header that only repeats the letterhead's lines ("Marktgemeinde X · Prüfungsausschuss") adds nothing.
    header = [line for line in header if not all(part in opening for part in _HEADER_FIELDS.split(" ".join(line.split())))]
    if not header:
        return document.text
    return "\n".join(header) + "\n\n" + document.text


_HEADER_FIELDS = re.compile(r"\s+[·|]\s+")
