"""Read the municipality and committee a search is narrowed to, by slug, name or id.

People type what they know: ``koeln``, ``Stadt Köln``, ``stadt-koln`` (an old slug) or the
committee "Økonomiudvalget". ``resolve_body`` and ``resolve_organization`` accept each of
these and return None when nothing matches, so the caller can say so instead of quietly
searching everything or nothing.
"""

from __future__ import annotations

from django.db.models import Q

from townhall.core import access
from townhall.core.models import Body, Organization
from townhall.core.slugs import body_for_slug, slugify_name

#: Largest id a database integer column holds; a larger "id" names nothing.
MAX_ID = 2**63 - 1
_MAX_NAME = 300


def as_id(value) -> int | None:
    """Return ``value`` as a positive database id, or None if it is not one (text, too large, negative)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text.isascii() or not text.isdigit() or len(text) > 19:
            return None
        number = int(text)
    return number if 0 < number <= MAX_ID else None


def _nameable(text: str) -> bool:
    # No name holds a NUL character, and PostgreSQL refuses one in a query.
    return bool(text) and len(text) <= _MAX_NAME and "\x00" not in text


def resolve_body(value) -> Body | None:
    """Return the body ``value`` names: a Body, its id, current or former slug, name or short name."""
    if isinstance(value, Body):
        return value
    text = str(value or "").strip()
    if not _nameable(text):
        return None
    body, _ = body_for_slug(text)
    if body is not None:
        return body
    found = Body.objects.filter(Q(name__iexact=text) | Q(short_name__iexact=text)).order_by("id").first()
    if found is not None:
        return found
    slug = slugify_name(text)
    if not slug:
        return None
    body, _ = body_for_slug(slug)
    if body is not None:
        return body
    # "koeln" for "Stadt Köln": a slug that is the body's slug without its prefix or suffix words.
    candidates = [b for b in Body.objects.filter(slug__contains=slug).order_by("id") if f"-{slug}-" in f"-{b.slug}-"]
    return candidates[0] if len(candidates) == 1 else None


def resolve_organization(value, body: Body | None = None, *, user=None) -> Organization | None:
    """Return the committee ``value`` names: an Organization, its id, name, short name or slugified name.

    Only committees *user* may see are found: whether a name matches must not tell that a hidden one exists.
    """
    if isinstance(value, Organization):
        return value if access.may_see(user, value) else None
    organizations = access.visible(Organization, user)
    if body is not None:
        organizations = organizations.filter(body=body)
    if (pk := as_id(value)) is not None:
        return organizations.filter(pk=pk).first()
    text = str(value or "").strip()
    if not _nameable(text):
        return None
    found = organizations.filter(Q(name__iexact=text) | Q(short_name__iexact=text)).order_by("id").first()
    if found is not None:
        return found
    slug = slugify_name(text)
    if not slug:
        return None
    for pk, name, short in organizations.order_by("id").values_list("pk", "name", "short_name").iterator(chunk_size=2000):
        if slug in (slugify_name(name), slugify_name(short)):
            return organizations.get(pk=pk)
    return None
