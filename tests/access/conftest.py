"""A council where material is hidden in every way there is, made by real ingest and the admin."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import documents
from admin_forms import change


@dataclass
class World:
    """The papers and files the access tests hide and look for."""

    control: object
    non_public: object
    unpublished: object
    records_only: object
    withheld_main: object
    withheld_mail: object
    published_later: object

    @property
    def withheld_attachment(self):
        return self.withheld_mail.auxiliary_files.get()


@pytest.fixture
def clerk_client(db, django_user_model):
    """A superuser's client, for the admin."""
    user = django_user_model.objects.create_superuser(username="admin", password="a-long-admin-password", email="a@example.org")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff_client(db, django_user_model):
    """A signed-in staff member allowed to see non-public material."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="clerk", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="core", codename="view_paper"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def citizen_client(db, django_user_model):
    """A signed-in account without any permission."""
    user = django_user_model.objects.create_user(username="citizen", password="a-long-citizen-password")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def ingest(demo, tmp_path):
    """Return a function that ingests documents (name -> text) into Stadt Lindenau, as `townhall ingest` does.

    All runs read one folder: a document written again under its name with other text is a new version.
    """
    from townhall.core.models import Paper

    folder = tmp_path / "ingested"
    folder.mkdir()

    def run(documents: dict[str, str | bytes]) -> dict[str, object]:
        for name, content in documents.items():
            (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        call_command("ingest", str(folder), "--body", "Stadt Lindenau", stdout=io.StringIO(), stderr=io.StringIO())
        return {name: Paper.all_objects.filter(source_uri__endswith=f"/{name}").latest("id") for name in documents}

    return run


@pytest.fixture
def world(demo, tmp_path, clerk_client) -> World:
    """Ingest one document per way of hiding (plus a public control), then hide what a clerk hides in the admin."""
    from townhall.core.models import File, Paper

    today = timezone.localdate()
    folder = tmp_path / "documents"
    folder.mkdir()
    texts = {
        "control.txt": documents.proposal(stem=documents.CONTROL, today=today, offset=4, public=True, number="0970/2026"),
        "non-public.txt": documents.proposal(stem=documents.NON_PUBLIC_PAPER, today=today, offset=1, public=False, number="0971/2026"),
        "unpublished.txt": documents.proposal(stem=documents.UNPUBLISHED_PAPER, today=today, offset=2, public=True, number="0972/2026"),
        "records.txt": documents.proposal(stem=documents.RECORDS_OF_NON_PUBLIC_PAPER, today=today, offset=3, public=False,
                                          number="0973/2026", names_only=True),
        "later.txt": documents.proposal(stem=documents.PUBLISHED_LATER, today=today, offset=6, public=False, number="0974/2026"),
        "withheld.txt": documents.withheld_main_file(today=today),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "withheld.eml").write_bytes(documents.withheld_attachment_mail(today=today))
    call_command("ingest", str(folder), "--body", "Stadt Lindenau", stdout=io.StringIO(), stderr=io.StringIO())

    def paper(name: str):
        return Paper.all_objects.get(source_uri__endswith=f"/{name}")

    world = World(
        control=paper("control.txt"), non_public=paper("non-public.txt"), unpublished=paper("unpublished.txt"),
        records_only=paper("records.txt"), withheld_main=paper("withheld.txt"), withheld_mail=paper("withheld.eml"),
        published_later=paper("later.txt"),
    )
    assert (world.control.public, world.non_public.public, world.records_only.public) == (True, False, False)
    # What a clerk does in the admin: untick Public on a paper, and on two files of public papers.
    change(clerk_client, Paper, world.unpublished.pk, public=False)
    change(clerk_client, File, world.withheld_main.main_file_id, public=False)
    change(clerk_client, File, world.withheld_attachment.pk, public=False)
    return world
