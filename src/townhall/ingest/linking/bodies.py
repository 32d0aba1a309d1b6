"""The body a document belongs to: the one named on the command line, else the municipality it names."""

from __future__ import annotations

import difflib

from townhall.core import services
from townhall.core.models import Body
from townhall.core.slugs import body_for_slug
from townhall.ingest.linking.errors import LinkError
from townhall.ingest.linking.names import body_key
from townhall.ingest.linking.storable import fit
from townhall.reading.card import LANGUAGES, Card


class BodyResolver:
    """Find the body a document belongs to: the one named on the command line, else its municipality."""

    def __init__(self, body_name: str | None = None) -> None:
        self.body_name = body_name.strip() if body_name else None
        self._found: dict[str, Body] = {}

    def body_for(self, card: Card) -> Body:
        """Return the body for *card*; raise LinkError when neither --body nor the card names one."""
        name = self.body_name or (card.municipality or "").strip()
        if not name:
            raise LinkError(
                "no_body", "The document does not name its municipality; pass --body \"Name\" to say which body it belongs to."
            )
        body = self._found.get(name)
        if body is not None:
            return body
        body = find_body(name)
        if body is None:
            language = card.language if card.language in LANGUAGES else ""
            body = services.body_create(name=fit(Body, "name", name), language=language)
        else:
            # Only bodies that already existed are remembered: a new one may yet be rolled back.
            self._found[name] = body
        return body

    def forget(self) -> None:
        self._found.clear()


def find_body(name: str) -> Body | None:
    """Return the existing body called *name* (by slug, current or former, name or short name, "Stadt" or "Kommune" aside)."""
    by_slug, _ = body_for_slug(name)
    if by_slug is not None:
        return by_slug
    full, core = body_key(name)
    bodies = list(Body.objects.order_by("id").only("id", "name", "short_name", "language"))
    for body in bodies:
        if full in {body_key(body.name)[0], body_key(body.short_name)[0] if body.short_name else None}:
            return body
    if not core:
        return None
    cores = {}
    for body in bodies:
        for label in (body.name, body.short_name):
            if label:
                cores.setdefault(body_key(label)[1], body)
    if core in cores:
        return cores[core]
    close = difflib.get_close_matches(core, [key for key in cores if key], n=1, cutoff=0.9)
    return cores[close[0]] if close else None
