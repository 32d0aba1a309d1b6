"""Tell whether a paper says it is public or closed to the public."""

from __future__ import annotations

import re

_STATUS_LABEL = r"(?:status|öffentlichkeitsstatus|öffentlichkeit|vertraulichkeit|sitzungsteil|punkttype|type|classification)\s*:?\s*"
_PUBLIC = re.compile(
    r"^(?:" + _STATUS_LABEL + r")?(?:öffentlich|öffentlicher teil|öffentliche sitzung|öffentliche vorlage"
    r"|åbent? punkt|åben|åbent|åben sag|åben dagsorden|public|public item|open|part i|not exempt"
    r"|öffentliche tagesordnung|öffentliche tagesordnungspunkte|öffentliche sitzung|for publication|unrestricted)(?:\s*[-–,(].{0,40})?$",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"^(?:" + _STATUS_LABEL + r")?(?:nicht ?öffentlich|nichtöffentlicher teil|nicht öffentlicher teil"
    r"|nichtöffentliche sitzung|nicht öffentliche sitzung|vertraulich|lukket punkt|lukket|fortroligt?"
    r"|lukket sag|lukket dagsorden|confidential|exempt|exempt information|not for publication|private|part ii"
    r"|nichtöffentliche tagesordnung|nicht öffentliche tagesordnung|restricted)(?:\s*[-–,(].{0,40})?$",
    re.IGNORECASE,
)


# English report forms ask the question outright: "Does the report contain confidential or exempt information? No".
_EXEMPT_QUESTION = re.compile(
    r"\b(?:(?:contain|include)s? (?:any )?(?:confidential or exempt|exempt or confidential|exempt|confidential) information"
    # A decision notice asks it shorter: "Is it exempt? No", "Is this decision exempt? No".
    r"|\bIs (?:it|this|the (?:decision|report|item)|this (?:decision|report|item)) (?:exempt|confidential))\?\s*(?P<answer>No|Yes)\b",
    re.IGNORECASE,
)
# "Open (public)", "Exempt - not for publication": a status and its gloss.
_GLOSS = re.compile(r"\s*(?:\((?P<paren>[^)]{2,30})\)|\s[-–]\s(?P<dash>.{2,30}))$")
_STATUS_WORDS = (
    "öffentlich", "åben", "lukket", "fortrolig", "vertraulich", "public", "open", "part i", "confidential",
    "exempt", "private", "not for publication",
)
# The colon of a time of day ("18:30 Uhr") is no label's colon.
_TIME_COLON = re.compile(r"(?<=\d):(?=\d)")
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
    for question in _EXEMPT_QUESTION.finditer(text) if "information?" in lowered or "exempt?" in lowered else ():
        if question.group("answer").lower() == "no":
            said.add(True)
    for line in text.split("\n"):
        if line.count("\t") >= 2:
            continue  # a row of a table (attachments, a route) gives the status of its row, not of the paper
        for cell in line.split("\t"):
            cell = cell.strip().strip("*:.").strip()
            label, colon, value = _TIME_COLON.sub("\x00", cell).rpartition(":")
            label, value = label.replace("\x00", ":"), value.replace("\x00", ":")
            if colon and _STATUS_FIELD.search(label) and len(label.split()) <= 4:
                cell = value.strip()  # "Public / Exempt: Public", "Status: nichtöffentlich"
            if cell.lower().startswith("for publication"):
                cell = "for publication"  # "For publication [Do not include information which is exempt …]"
            if not cell or len(cell) > 60:
                continue
            gloss = _GLOSS.search(cell)
            if gloss:
                cell = cell[: gloss.start()].strip()
            if _CLOSED.match(cell):
                said.add(False)
            elif _PUBLIC.match(cell):
                said.add(True)
    # An agenda or minutes with a public and a closed part is neither as a whole.
    return said.pop() if len(said) == 1 else None
