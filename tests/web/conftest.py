"""Fixtures for the web tests: a staff client and the live server with the demo (Chromium: tests/conftest.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def reindex_search() -> None:
    """Bring the search index up to date with the papers, when a search index is installed."""
    if importlib.util.find_spec("townhall.search.indexing") is not None:
        from townhall.search.indexing import rebuild

        rebuild()


@pytest.fixture
def demo(demo):
    """The shared demo, with its papers in the search index as an ingest would leave them."""
    reindex_search()
    return demo


@pytest.fixture
def search_index():
    """Return a function that indexes papers a test created directly in the database."""
    return reindex_search


@pytest.fixture
def staff_client(client, django_user_model):
    """A client signed in as staff allowed to see non-public papers."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="clerk", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="core", codename__in=["view_paper", "view_file", "view_agendaitem"],
    ))
    client.force_login(user)
    return client


@pytest.fixture
def live_demo(live_server, demo):
    """The live server with the demo loaded into its (transactional) database; returns the base URL."""
    return live_server.url


def pytest_collection_modifyitems(config, items):
    """Run the browser tests once, on SQLite: they test pages, which do not differ by database."""
    from django.conf import settings

    if "sqlite" in settings.DATABASES["default"]["ENGINE"]:
        return
    skip = pytest.mark.skip(reason="browser tests run on SQLite only (the pages are the same on PostgreSQL)")
    here = Path(__file__).parent
    for item in items:
        if "browser" in item.keywords and here in Path(item.path).parents:
            item.add_marker(skip)


@pytest.fixture
def browser_page(chromium):
    """A fresh page in English at desktop width, closed after the test."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
