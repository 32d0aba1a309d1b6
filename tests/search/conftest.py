"""Fixtures for the search tests: papers written straight into the index, users with and without access."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def backend(db):
    """Return the search backend the database in use selects."""
    from townhall.search.backends import get_backend

    return get_backend()


@pytest.fixture
def add_paper(body):
    """Return a function that creates a paper with its text and indexes it, as ingest does."""
    from townhall.core.models import File, Paper
    from townhall.search.indexing import index_paper

    def add(name: str = "", text: str = "", *, language: str = "da", reference: str = "", public: bool = True,
            kind: str = "other", paper_date: date | None = None, in_body=None, index: bool = True) -> Paper:
        # As ingest does: the file is hidden with its paper (``visible``), not by a flag of its own.
        file = File.objects.create(body=in_body or body, name=name, text=text, language=language, visible=public)
        paper = Paper.objects.create(
            body=in_body or body, name=name, reference=reference, language=language, public=public, kind=kind,
            date=paper_date, main_file=file,
        )
        if index:
            index_paper(paper)
        return paper

    return add


@pytest.fixture
def indexed_demo(demo):
    """Load the demo and index its papers."""
    from townhall.search.indexing import rebuild

    rebuild()
    return demo


@pytest.fixture
def staff(db):
    """Return a staff account with the permission to view non-public papers."""
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user("clerk", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_paper", content_type__app_label="core"))
    return User.objects.get(pk=user.pk)


@pytest.fixture
def citizen(db):
    """Return a logged-in account without any permission."""
    from django.contrib.auth.models import User

    return User.objects.create_user("citizen", password="x")
