"""The card fields a clerk can correct: how each is written in a form and set on a card.

Plain Python (no Django) so that the same rules serve the admin form, the re-reading in ingest
and the export of gold cards.
"""

from __future__ import annotations

import json
from datetime import date

from townhall.reading.card import KINDS, LANGUAGES, Card

#: Fields holding one string.
TEXTS = (
    "title", "municipality", "author_unit", "case_handler",
    "references.case", "references.document", "references.paper", "references.agenda_item",
)
#: Fields holding a list of strings, written one to a line.
LISTS = ("signatories", "addressees", "attachments", "emails", "phones", "urls")
#: Fields holding a list of records, written as JSON (the card's own form).
RECORDS = {
    "consultations": ("organization", "date", "role", "agenda_item", "public"),
    "deadlines": ("date", "purpose"),
    "events": ("name", "place", "start", "end"),
}
FIELDS = ("language", "kind", *TEXTS, "date", "public", *LISTS, *RECORDS)

#: How a corrected field's evidence names its source.
CORRECTION_RULE = "correction by a clerk"


class InvalidValue(ValueError):
    """A value written for a field that the field cannot hold."""


def parse(field: str, text: str):
    """Turn what a clerk wrote for *field* into the card's JSON value; raise InvalidValue if it does not fit."""
    text = (text or "").strip()
    if field not in FIELDS:
        raise InvalidValue(f"unknown field: {field}")
    if field == "language":
        if text not in LANGUAGES:
            raise InvalidValue(f"the language is one of {', '.join(LANGUAGES)}")
        return text
    if field == "kind":
        if text not in KINDS:
            raise InvalidValue(f"the kind is one of {', '.join(KINDS)}")
        return text
    if field in TEXTS:
        return " ".join(text.split()) or None
    if field == "date":
        if not text:
            return None
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise InvalidValue("write the date as YYYY-MM-DD") from None
    if field == "public":
        folded = text.lower()
        if folded in ("", "none", "null", "unknown"):
            return None
        if folded in ("true", "yes", "1", "ja", "public"):
            return True
        if folded in ("false", "no", "0", "nej", "nein", "not public"):
            return False
        raise InvalidValue("write yes, no or leave it empty")
    if field in LISTS:
        return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return _records(field, text)


def show(field: str, value) -> str:
    """Write a field's JSON value the way :func:`parse` reads it back."""
    if value is None:
        return ""
    if field == "public":
        return "yes" if value else "no"
    if field in LISTS:
        return "\n".join(str(item) for item in value)
    if field in RECORDS:
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value)


def value_of(card: dict, field: str):
    """Return *field*'s value in a card's JSON form (None or [] when the card has none)."""
    value = card
    for part in field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None and (field in LISTS or field in RECORDS):
        return []
    return value


def apply(card: Card, values: dict[str, object], *, who: dict[str, str] | None = None) -> Card:
    """Return *card* with each field in *values* set to its corrected value and marked as corrected.

    A corrected field's evidence says who corrected it (*who*: field → name) with confidence 1;
    the evidence of list entries the correction replaced is dropped.
    """
    if not values:
        return card
    data = card.to_dict()
    evidence = dict(data.get("evidence") or {})
    for field, value in values.items():
        if field not in FIELDS:
            continue
        head, _, tail = field.partition(".")
        if tail:
            data.setdefault(head, {})[tail] = value
        else:
            data[head] = value
        for path in [p for p in evidence if p == field or p.startswith(field + ".")]:
            del evidence[path]
        by = (who or {}).get(field)
        evidence[field] = {
            "page": None, "line": None, "text": show(field, value), "confidence": 1.0,
            "how": f"{CORRECTION_RULE} ({by})" if by else CORRECTION_RULE,
        }
    data["evidence"] = evidence
    data["corrected"] = sorted(set(data.get("corrected") or ()) | {f for f in values if f in FIELDS})
    return Card.from_dict(data)


def _records(field: str, text: str) -> list[dict]:
    if not text:
        return []
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidValue(f"write a JSON list of records ({exc.msg})") from None
    if isinstance(items, dict):
        items = [items]
    keys = RECORDS[field]
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise InvalidValue("write a JSON list of records")
    records = []
    for item in items:
        unknown = set(item) - set(keys)
        if unknown:
            raise InvalidValue(f"unknown key(s) {', '.join(sorted(unknown))}; a record has {', '.join(keys)}")
        record = {key: item.get(key) for key in keys}
        for key in ("date", "start", "end"):
            if record.get(key) not in (None, ""):
                try:
                    record[key] = date.fromisoformat(str(record[key])).isoformat()
                except ValueError:
                    raise InvalidValue(f"write {key} as YYYY-MM-DD") from None
        if field == "consultations" and not (record.get("organization") or "").strip():
            raise InvalidValue("each consultation names its organization")
        if field == "deadlines" and not record.get("date"):
            raise InvalidValue("each deadline has a date")
        if field == "events" and not (record.get("name") or "").strip():
            raise InvalidValue("each event has a name")
        records.append(record)
    return records
