"""Find the tasks a paper assigns or proposes (action items) in its lists."""

from __future__ import annotations

import re

_TASK_HEADING = re.compile(
    r"(?:Aufgaben|Handlungsvorschläge|Handlungsempfehlungen|Maßnahmen|Massnahmen|Arbeitsaufträge|Empfehlungen"
    r"|Prüfaufträge|Opgaver|Handlinger|Tiltag|Indsatser|Næste skridt|Actions?|Tasks|Next steps|Action points"
    r"|Recommendations)\b[^\n]*:\s*$",
    re.IGNORECASE,
)
_HEADING_WORDS = (
    "aufgaben", "handlungs", "maßnahmen", "massnahmen", "arbeitsauftr", "empfehlungen", "prüfauftr", "opgaver",
    "handlinger", "tiltag", "indsatser", "næste skridt", "action", "tasks", "next steps", "recommendations",
)
_BULLET = re.compile(r"^\s*(?:[-•–*]|\d{1,2}[.)]|[a-z]\))\s+(?P<item>\S.*)$")
_ARROW = re.compile(r"\s*(?:->|→|=>)\s*")
_GERMAN_TASK_VERB = re.compile(
    r"\b(?:einrichten|aufgreifen|anbieten|prüfen|erarbeiten|entwickeln|weiterentwickeln|umsetzen|einführen|erstellen"
    r"|durchführen|ausbauen|anschauen|fortführen|fortsetzen|stärken|verbessern|erhöhen|beauftragen|vorlegen|klären"
    r"|berichten|sicherstellen|schaffen|ermöglichen|unterstützen|initiieren|gründen|benennen)\b"
)
_DANISH_TASK = re.compile(r"\bskal\b|\bat (?:etablere|udarbejde|igangsætte|undersøge|sikre|udvikle|gennemføre)\b", re.IGNORECASE)
_ENGLISH_TASK = re.compile(
    r"^(?:to )?(?:establish|set up|develop|review|prepare|deliver|introduce|create|consult|report|ensure|implement"
    r"|agree|approve|investigate|explore|produce|publish)\b",
    re.IGNORECASE,
)
_MAX_ITEM = 300


def find_action_items(text: str) -> list[str]:
    """Return tasks from bullet lists under a task heading, or bullets that point to a verb ("-> einrichten")."""
    lowered = text.lower()
    if "->" not in text and "→" not in text and "=>" not in text and not any(w in lowered for w in _HEADING_WORDS):
        return []
    lines = [line.strip() for line in text.split("\n")]
    items: list[str] = []
    under_heading = False
    for line in lines:
        if not line:
            continue
        if line.endswith(":") and _TASK_HEADING.search(line):
            under_heading = True
            continue
        bullet = _BULLET.match(line)
        if not bullet:
            under_heading = False
            continue
        item = bullet.group("item").strip()
        if len(item) > _MAX_ITEM:
            continue
        if _ARROW.search(item) or (under_heading and _is_task(item)):
            items.append(_tidy(item))
    return items


def _is_task(item: str) -> bool:
    return bool(_GERMAN_TASK_VERB.search(item) or _DANISH_TASK.search(item) or _ENGLISH_TASK.match(item))


def _tidy(item: str) -> str:
    item = item.rstrip(" ;,.")
    parts = _ARROW.split(item, maxsplit=1)
    if len(parts) != 2:
        return item
    head, tail = parts
    if tail and tail.split()[0].islower() and len(tail.split()) <= 2:
        # "„Runder Tisch“ -> einrichten" reads as "„Runder Tisch“ einrichten".
        return f"{head} {tail}"
    return f"{head}: {tail}"
