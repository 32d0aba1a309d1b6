"""Write values the way the OParl 1.1 text prescribes: dates, date-times, and no empty fields."""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone


def oparl_datetime(value: datetime | None) -> str | None:
    """Return *value* as ISO 8601 with the local offset and whole seconds (``2026-05-04T16:00:00+02:00``)."""
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def oparl_date(value: date | None) -> str | None:
    """Return *value* as ``YYYY-MM-DD``."""
    return value.isoformat() if value is not None else None


def without_empty(fields: dict) -> dict:
    """Drop the fields that hold nothing: OParl leaves out unset optional properties."""
    return {key: value for key, value in fields.items() if value is not None and value != "" and value != [] and value != {}}
