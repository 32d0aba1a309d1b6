"""The harvest's errors: noted as they happen, written outside the savepoint that failed, resolved when an object is stored."""

from __future__ import annotations

import logging

from django.utils import timezone

from townhall.oparl.models import HarvestError

log = logging.getLogger(__name__)


class ErrorRecording:
    """Record a failure of one object or list, and resolve it once the object is stored."""

    def _record_error(self, *, message: str, type_: str = "", object_id: str = "", url: str = "") -> None:
        """Note a failure; it is written by :meth:`_flush_errors`, outside the savepoint that failed."""
        log.warning("%s %s: %s", type_ or "object", object_id or url, message)
        # An object's id is the URL it is fetched from: the row names where to look.
        url = url or (object_id if object_id.startswith(("http://", "https://")) else "")
        existing = self._open_errors.get(object_id) if object_id else None
        now = timezone.now()
        if existing is not None:
            self._note("error", None, existing, (existing.message, existing.last_seen, existing.url, existing.attempts))
            existing.message, existing.last_seen = message, now
            existing.url = url[:2000] or existing.url
            if existing.pk:
                existing.attempts += 1
        else:
            existing = HarvestError(source=self.source, url=url[:2000], object_id=object_id[:2000], object_type=type_, message=message)
            if object_id:
                self._open_errors[object_id] = existing
        self._unsaved_errors.append(existing)

    def _flush_errors(self) -> None:
        for error in self._unsaved_errors:
            error.save()
        self._unsaved_errors.clear()

    def _resolved(self, origin: str) -> None:
        error = self._open_errors.pop(origin, None)
        if error is not None and error in self._unsaved_errors:
            self._unsaved_errors.remove(error)
        if error is not None and error.pk:
            HarvestError.objects.filter(pk=error.pk).update(resolved=True, last_seen=timezone.now())
