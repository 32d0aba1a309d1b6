"""Write the audit log: one entry per staff action, with the record before and after."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal

from django.db import models

from townhall.council.models import AuditEntry

#: The network address of the request being served, for the log.
_ADDRESS: ContextVar[str | None] = ContextVar("townhall_audit_address", default=None)

#: Long texts are kept in the log up to this many characters (the versions keep them whole).
TEXT_LIMIT = 20000


def snapshot(obj, fields: list[str] | None = None) -> dict:
    """Return the concrete fields of *obj* as JSON-ready values (foreign keys as ids)."""
    if obj is None:
        return {}
    values = {}
    for field in obj._meta.concrete_fields:
        if fields is not None and field.name not in fields:
            continue
        value = getattr(obj, field.attname)
        values[field.name] = _jsonable(value)
    return values


def _jsonable(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str) and len(value) > TEXT_LIMIT:
        return value[:TEXT_LIMIT] + "…"
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


@contextmanager
def request_address(address: str | None):
    """Note *address* on every audit entry written inside the block."""
    token = _ADDRESS.set(address or None)
    try:
        yield
    finally:
        _ADDRESS.reset(token)


def audit(user, action: str, obj=None, *, body=None, before: dict | None = None, after: dict | None = None) -> AuditEntry:
    """Record that *user* did *action* to *obj* (``before``/``after``: what changed)."""
    if body is None and obj is not None:
        body = getattr(obj, "body", None) if hasattr(obj, "body_id") else None
    object_type = ""
    if obj is not None:
        object_type = obj._meta.label_lower if isinstance(obj, models.Model) else type(obj).__name__
    return AuditEntry.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "get_username", lambda: "")() if user is not None else "",
        action=action, body=body, object_type=object_type,
        object_id=str(getattr(obj, "pk", "") or ""), object_repr=str(obj)[:300] if obj is not None else "",
        before=_jsonable(before) if before is not None else None, after=_jsonable(after) if after is not None else None,
        address=_ADDRESS.get(),
    )
