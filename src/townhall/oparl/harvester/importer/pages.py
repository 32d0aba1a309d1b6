"""A page's new rows, held and written together at its end."""

from __future__ import annotations

import logging

from django.db import models, transaction
from django.utils import timezone

from townhall.oparl.harvester.pending import PendingWrites

log = logging.getLogger(__name__)


class PageFailed(Exception):
    """Writing a page's held rows together failed: the page is stored again one object at a time."""


class PageWriting:
    """Store a page's entries in one joint write, or hand the page back to be stored one object at a time."""

    def _store_page(self, items: list, type_: str) -> bool:
        """Store a page's entries, writing their new rows together; return False when it must be stored again.

        Everything the page changes in the database happens in one savepoint, and everything it
        changes in memory is noted in a journal; when the joint write fails (one broken row spoils
        the whole INSERT), both are undone and the caller stores the page one object at a time, so
        that the broken object fails alone, exactly as it would have.
        """
        checkpoint = self._checkpoint()
        self._ids.forget()
        self._pending = PendingWrites(self._ids)
        try:
            with transaction.atomic():
                for item in items:
                    self._store_entry(item, type_, listed=True)
                self._pending.flush()
            return True
        except Exception as exc:  # noqa: BLE001 - any failure of the joint write: store the page again, slowly
            log.info("A page of %s objects is stored one by one (%s: %s)", type_, type(exc).__name__, exc)
            self._restore(checkpoint)
            return False
        finally:
            self._pending = None
            self._journal = None

    def _flush_pending(self) -> None:
        """Write the held rows now: something is about to read or change one of them in the database."""
        if self._pending is not None and len(self._pending):
            try:
                self._pending.flush()
            except Exception as exc:  # noqa: BLE001 - handed up to the page, which is stored again
                raise PageFailed(f"{type(exc).__name__}: {exc}") from exc

    def _hold(self, obj: models.Model, model: type[models.Model]) -> None:
        """Give a new object its primary key and hold it for the page's joint write (what save() would do)."""
        obj.pk = self._ids.take(model)
        if not getattr(obj, "_keep_modified", False):
            obj.modified = timezone.now()
        self._pending.add(obj)
