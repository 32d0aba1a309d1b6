"""An object's links: embedded objects stored, ids looked up, a required target fetched by its id."""

from __future__ import annotations

from townhall.oparl.harvester.client import FetchError
from townhall.oparl.harvester.importer.objects import MODELS, ObjectFailed
from townhall.oparl.harvester.mapping import Ref


class LinkResolving:
    """Turn a link into the primary key it points to."""

    def _required(self, type_: str, field: str, link: Ref | None):
        if link is None:
            raise ObjectFailed(f"The {type_} names no {field}, without which it cannot be stored.")
        pk = self._link(link)
        if pk is None and isinstance(link.value, str):
            pk = self._fetch_and_store(link)
        if pk is None:
            raise ObjectFailed(f"The {type_}'s {field} {link.origin_id} cannot be loaded.")
        # Only its key is needed (and the row may still be held for the page's joint write).
        return MODELS[link.type](pk=pk)

    def _link(self, link: Ref) -> int | None:
        """Return the primary key a link points to: storing an embedded object, or looking up an id."""
        model = MODELS.get(link.type)
        if model is None:
            return None
        if isinstance(link.value, dict):
            obj = self._store_entry(link.value, link.type, embedded=True)
            return obj.pk if obj is not None else None
        known = self._known(model, link.value)
        return known.pk if known else None

    def _fetch_and_store(self, link: Ref) -> int | None:
        if link.origin_id in self._unfetchable:
            return None
        try:
            data = self.client.get_object(link.origin_id)
        except FetchError as exc:
            self._unfetchable.add(link.origin_id)
            self.report.count(link.type).failed += 1
            self._record_error(url=link.origin_id, object_id=link.origin_id, type_=link.type,
                               message=f"Linked, but missing from the lists, and fetching it by its id failed: {exc}")
            return None
        obj = self._store_entry(data, link.type)
        return obj.pk if obj is not None else None
