"""Keep former body slugs and re-slug bodies whose slug dropped their letters.

Slugs used to come from Django's ``slugify`` alone, which drops æ, ø, å and turns ö into o:
"Københavns Kommune" had ``kbenhavns-kommune``. Every body whose slug is what that rule made
of its name (with or without a "-2" suffix) gets the slug of ``core.slugs.slugify_name``;
the old slug is kept as a former slug, so links and filters that use it still work. Slugs
set by hand are left alone.
"""

import re

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify

from townhall.core.slugs import slugify_name


def reslug(apps, schema_editor):
    Body = apps.get_model("core", "Body")
    FormerSlug = apps.get_model("core", "FormerSlug")
    taken = set(Body.objects.values_list("slug", flat=True))
    for body in Body.objects.order_by("id"):
        old_base = slugify(body.name)[:80] or "body"
        if not re.fullmatch(re.escape(old_base) + r"(-\d+)?", body.slug):
            continue
        base = slugify_name(body.name) or "body"
        if base == old_base:
            continue
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        FormerSlug.objects.create(body=body, slug=body.slug)
        taken.add(slug)
        Body.objects.filter(pk=body.pk).update(slug=slug)


def unslug(apps, schema_editor):
    Body = apps.get_model("core", "Body")
    FormerSlug = apps.get_model("core", "FormerSlug")
    for former in FormerSlug.objects.order_by("-id"):
        if not Body.objects.filter(slug=former.slug).exists():
            Body.objects.filter(pk=former.body_id).update(slug=former.slug)


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0002_paper_body_visibility_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="FormerSlug",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("slug", models.SlugField(max_length=100, unique=True, verbose_name="slug")),
                ("created", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("body", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="former_slugs", to="core.body", verbose_name="body")),
            ],
            options={
                "verbose_name": "former slug",
                "verbose_name_plural": "former slugs",
                "ordering": ["slug"],
            },
        ),
        migrations.RunPython(reslug, unslug),
    ]
