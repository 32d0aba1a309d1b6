"""Explain a card: each field's value, where it was read, by which rule and how sure."""

from __future__ import annotations

from townhall.reading.card import Card, Evidence

_SCALARS = (
    "language", "kind", "title", "municipality", "date", "public", "references.case", "references.document",
    "references.paper", "references.agenda_item", "author_unit", "case_handler",
)
_LISTS = ("addressees", "consultations", "signatories", "deadlines", "events", "attachments", "emails", "phones")
_WIDTH = 24


def explain(card: Card) -> str:
    """Return a plain-text account of the card, one field after another with its evidence."""
    data = card.to_dict()
    out: list[str] = []
    for path in _SCALARS:
        value = _get(data, path)
        if value in (None, ""):
            continue
        out.extend(_entry(path, _show(value), card.evidence.get(path)))
    for path in _LISTS:
        for index, value in enumerate(data.get(path) or ()):
            out.extend(_entry(f"{path}.{index}", _show(value), card.evidence.get(f"{path}.{index}")))
    if not out:
        return "The card is empty: nothing was read from this document.\n"
    return "\n".join(out) + "\n"


def _entry(path: str, value: str, evidence: Evidence | None) -> list[str]:
    lines = [f"{path:<{_WIDTH}} {value}"]
    indent = " " * (_WIDTH + 1)
    if evidence is None:
        lines.append(f"{indent}(no evidence recorded)")
        return lines
    where = f"page {evidence.page}, line {evidence.line}" if evidence.page is not None else "not on one line"
    lines.append(f"{indent}{where} · {evidence.how} · confidence {evidence.confidence:.2f}")
    if evidence.text:
        lines.append(f"{indent}│ {_clip(evidence.text)}")
    return lines


def _get(data: dict, path: str):
    value = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _show(value) -> str:
    if isinstance(value, dict):
        return " · ".join(f"{key}: {item}" for key, item in value.items() if item not in (None, ""))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.replace("\t", "  ").split(" "))
    return text if len(text) <= width else text[: width - 1] + "…"
