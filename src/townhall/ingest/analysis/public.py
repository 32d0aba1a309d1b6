"""Tell whether a paper says it is public or closed to the public."""

from __future__ import annotations

import re

_STATUS_LABEL = r"(?:status|öffentlichkeitsstatus|öffentlichkeit|vertraulichkeit|sitzungsteil|punkttype|type|classification)\s*:?\s*"
_PUBLIC = re.compile(
    r"^(?:" + _STATUS_LABEL + r")?(?:öffentlich|öffentlicher teil|öffentliche sitzung|öffentliche vorlage"
    r"|åbent? punkt|åben|åbent|åben sag|åben dagsorden|public|public item|open|part i|not exempt)$",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"^(?:" + _STATUS_LABEL + r")?(?:nicht ?öffentlich|nichtöffentlicher teil|nicht öffentlicher teil"
    r"|nichtöffentliche sitzung|nicht öffentliche sitzung|vertraulich|lukket punkt|lukket|fortroligt?"
    r"|lukket sag|lukket dagsorden|confidential|exempt|exempt information|not for publication|private|part ii)$",
    re.IGNORECASE,
)


_STATUS_WORDS = (
    "öffentlich", "åben", "lukket", "fortrolig", "vertraulich", "public", "open", "part i", "confidential",
    "exempt", "private", "not for publication",
)
_STATUS_FIELD = re.compile(r"public|exempt|status|öffentlich|classification|confidential|åben|lukket|access", re.IGNORECASE)


def find_public(text: str) -> bool | None:
    """Return True or False when status markers say so, None when they say neither or both.

    Only a marker standing on a line (or in a table cell) of its own counts, so prose that
    mentions the public ("Sensibilisierung der Öffentlichkeit") does not.
    """
    lowered = text.lower()
    if not any(word in lowered for word in _STATUS_WORDS):
        return None
    said = set()
    for line in text.split("\n"):
        for cell in line.split("\t"):
            cell = cell.strip().strip("*:.").strip()
            label, colon, value = cell.rpartition(":")
            if colon and _STATUS_FIELD.search(label) and len(label.split()) <= 4:
                cell = value.strip()  # "Public / Exempt: Public", "Status: nichtöffentlich"
            if not cell or len(cell) > 40:
                continue
            if _CLOSED.match(cell):
                said.add(False)
            elif _PUBLIC.match(cell):
                said.add(True)
    # An agenda or minutes with a public and a closed part is neither as a whole.
    return said.pop() if len(said) == 1 else None
