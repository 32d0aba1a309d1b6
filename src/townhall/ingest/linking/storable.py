"""Values made storable in every database: cut to their column, without NUL characters or lone surrogates."""

from __future__ import annotations

from townhall.reading.card import Card


def fit(model, field_name: str, value: str) -> str:
    """Cut *value* to the column's length: PostgreSQL refuses longer strings, SQLite would keep them."""
    value = clean(value or "")
    limit = model._meta.get_field(field_name).max_length
    return value if limit is None or len(value) <= limit else value[: limit - 1].rstrip() + "…"


def clean(text: str) -> str:
    """Make *text* storable in every database: no NUL characters, no lone UTF-16 surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A PDF's broken font map can yield surrogates that PostgreSQL (and UTF-8) cannot hold.
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def card_json(card: Card) -> dict:
    return _clean_json(card.to_dict())


def _clean_json(value):
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {key: _clean_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean_json(item) for item in value]
    return value
