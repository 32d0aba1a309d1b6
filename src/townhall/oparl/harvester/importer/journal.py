"""The journal of a page's in-memory bookkeeping, undone when the page's savepoint is rolled back."""

from __future__ import annotations

import copy

#: Stands in a journal entry for a key the dictionary did not hold.
MISSING = object()


class Journal:
    """Note what a page changes in memory, so that a page stored again starts from where it began."""

    def _checkpoint(self) -> dict:
        self._journal = []
        return {
            "report": copy.deepcopy(self.report.counts), "warnings": len(self.report.warnings),
            "warning_count": self.report.warning_count, "latest": self._latest, "deferred": len(self._deferred),
            "open_errors": dict(self._open_errors), "unsaved_errors": list(self._unsaved_errors),
            "unfetchable": set(self._unfetchable),
        }

    def _restore(self, checkpoint: dict) -> None:
        """Undo the in-memory bookkeeping of a page whose savepoint was rolled back."""
        for entry in reversed(self._journal or []):
            kind, target, key, old = entry
            if kind == "dict":
                if old is MISSING:
                    target.pop(key, None)
                else:
                    target[key] = old
            elif kind == "set":
                (target.add if old else target.discard)(key)
            elif kind == "error":
                key.message, key.last_seen, key.url, key.attempts = old
        self._journal = None
        self.report.counts = checkpoint["report"]
        del self.report.warnings[checkpoint["warnings"]:]
        self.report.warning_count = checkpoint["warning_count"]
        self._latest = checkpoint["latest"]
        del self._deferred[checkpoint["deferred"]:]
        self._open_errors = checkpoint["open_errors"]
        self._unsaved_errors = checkpoint["unsaved_errors"]
        self._unfetchable = checkpoint["unfetchable"]
        # Caches of what the database holds: read again, lazily, from what the rollback left.
        self._index.clear()
        self._orders.clear()

    def _note(self, kind: str, target, key, old) -> None:
        if self._journal is not None:
            self._journal.append((kind, target, key, old))

    def _set_done(self, origin: str, value) -> None:
        self._note("dict", self._done, origin, self._done.get(origin, MISSING))
        self._done[origin] = value

    def _set_embedded_only(self, origin: str, embedded_only: bool) -> None:
        self._note("set", self._embedded_only, origin, origin in self._embedded_only)
        (self._embedded_only.add if embedded_only else self._embedded_only.discard)(origin)
