"""Body slugs: letters spelled out, not dropped; old slugs kept when a body is re-slugged."""

from __future__ import annotations

import pytest

from townhall.core.slugs import slugify_name


@pytest.mark.parametrize(("name", "slug"), [
    ("Københavns Kommune", "koebenhavns-kommune"),
    ("Stadt Köln", "stadt-koeln"),
    ("Straße der Einheit", "strasse-der-einheit"),
    ("Ærø Kommune", "aeroe-kommune"),
    ("Århus", "aarhus"),
    ("Dessau-Roßlau", "dessau-rosslau"),
    ("Müncheberg", "muencheberg"),
    ("Łódź", "lodz"),
    ("Αθήνα", "athina"),
    ("", ""),
])
def test_slugs_spell_out_letters_instead_of_dropping_them(name, slug):
    assert slugify_name(name) == slug


def test_a_new_body_gets_a_transliterated_slug(db):
    from townhall.core.services import body_create

    assert body_create(name="Københavns Kommune").slug == "koebenhavns-kommune"


def test_a_slug_once_used_is_not_given_to_another_body(db):
    from townhall.core.models import FormerSlug
    from townhall.core.services import body_create

    old = body_create(name="Andeby")
    FormerSlug.objects.create(body=old, slug="stadt-koeln")
    assert body_create(name="Stadt Köln").slug == "stadt-koeln-2"


def test_the_migration_reslugs_bodies_and_keeps_their_old_slugs(db):
    import importlib

    from django.apps import apps

    from townhall.core.models import Body, FormerSlug
    from townhall.core.services import body_create
    from townhall.core.slugs import body_for_slug

    migration = importlib.import_module("townhall.core.migrations.0003_body_former_slugs")
    copenhagen = body_create(name="Københavns Kommune", slug="kbenhavns-kommune")
    hand_made = body_create(name="Stadt Köln", slug="cologne")
    migration.reslug(apps, None)
    copenhagen.refresh_from_db()
    hand_made.refresh_from_db()
    assert (copenhagen.slug, hand_made.slug) == ("koebenhavns-kommune", "cologne")
    assert list(FormerSlug.objects.values_list("slug", flat=True)) == ["kbenhavns-kommune"]
    assert body_for_slug("kbenhavns-kommune") == (Body.objects.get(pk=copenhagen.pk), False)
