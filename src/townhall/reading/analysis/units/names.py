"""Whether a value names a body, a person or a unit, and how a name set in capitals is written."""

from __future__ import annotations

import re

from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.people import as_name


_BODY_WORD = re.compile(
    r"udvalg|Byråd|Borgerrepræsentation|Kommunalbestyrelse|Magistrat|Regionsråd|Ausschuss|Rat\b|[a-zäöü]rat\b|Beirat|Senat\b|[a-zäöü]senat\b"
    r"|Bezirksvertretung|Stadtverordnet|Kreistag|Fraktion|Committee|Council|Cabinet|Board|Panel|medlemmer|Mitglieder"
    # a Swiss town's parliament: "Weisung an das Stadtparlament"
    r"|[a-z]parlament\b",
    re.IGNORECASE,
)


def _capitals_titled(line: str) -> str:
    """Return a line in capitals in title case, its joining words small: "Audit and Governance Committee"."""
    words = line.title().split()
    return " ".join(word.lower() if index and word.lower() in ("and", "of", "for", "the") else word for index, word in enumerate(words))


def _title_word(word: str) -> str:
    lowered = word.lower()
    return lowered if lowered in ("and", "of", "for", "og", "for", "und", "für") else word.capitalize()


def _is_person(value: str) -> bool:
    words = re.split(r"[\s,]+", value.strip())
    return bool(as_name(value.replace(",", ""), min_tokens=2)) and any(w.lower() in FIRST_NAMES for w in words)


def _looks_like_unit(value: str) -> bool:
    # A unit is a name, not a sentence ("Referat: Udvalget godkendte ..." is the Danish word for minutes).
    return (
        bool(re.search(r"[A-Za-zÆØÅæøåÄÖÜäöü]", value))
        and "@" not in value
        and len(value) <= 90
        and len(value.split()) <= 10
        and not value.endswith(".")
    )
