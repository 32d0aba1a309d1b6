"""Slugs for municipalities: readable ASCII names in URLs, and the old ones that still lead there.

Django's ``slugify`` drops every letter without an ASCII base: "Københavns Kommune" became
``kbenhavns-kommune``. ``slugify_name`` first spells the Danish and German letters the way
their own languages write them without the letter (``æ`` ae, ``ø`` oe, ``å`` aa, ``ä`` ae,
``ö`` oe, ``ü`` ue, ``ß`` ss), then transliterates any other script to ASCII with
anyascii, then slugifies: ``koebenhavns-kommune``, ``stadt-koeln``.

A body whose slug changes keeps its old slug as a ``FormerSlug``; ``body_for_slug`` finds a
body by either, so links and filters written with an old slug keep working.
"""

from __future__ import annotations

from anyascii import anyascii
from django.utils.text import slugify

MAX_SLUG = 80
_SPELLED_OUT = str.maketrans({
    "æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
    "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS",
})


def slugify_name(name: str, max_length: int = MAX_SLUG) -> str:
    """Return the URL slug of ``name``: lower-case ASCII letters, digits and hyphens ("" when none)."""
    text = anyascii((name or "").translate(_SPELLED_OUT))
    return slugify(text)[:max_length].strip("-")


def body_for_slug(slug: str):
    """Return ``(body, current)`` for a current or former slug: ``current`` is False for a former one.

    Returns ``(None, False)`` when no body has or had the slug.
    """
    from townhall.core.models import Body, FormerSlug

    slug = (slug or "").strip()
    if not slug or len(slug) > 200:
        return None, False
    body = Body.objects.filter(slug=slug).first()
    if body is not None:
        return body, True
    former = FormerSlug.objects.filter(slug=slug, body__deleted=False).select_related("body").first()
    return (former.body, False) if former is not None else (None, False)
