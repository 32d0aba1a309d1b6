"""With TOWNHALL_PAGE_CACHE_URL naming Redis, public pages are kept there and a change still shows at once."""

from __future__ import annotations

import shutil

import pytest
from django.db import connection  # noqa: F401 (read by the skip condition)
from django.test import Client

from tests.jobs.redis_server import start_redis

pytestmark = [pytest.mark.django_db, pytest.mark.skipif("connection.vendor != 'sqlite'", reason="the page cache runs on SQLite only")]


@pytest.fixture
def redis_pages(settings, monkeypatch):
    from townhall import config

    process, url, folder = start_redis()
    monkeypatch.setenv("TOWNHALL_PAGE_CACHE_URL", url)
    settings.CACHES = {**settings.CACHES, "pages": config.page_cache_config(settings.DATA_DIR, 100)}
    yield
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def paper(demo):
    from townhall.core.models import Paper

    return Paper.objects.filter(public=True, deleted=False).order_by("pk").first()


def test_pages_are_kept_in_redis_and_a_rename_shows_at_once(redis_pages, paper):
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(caches["pages"], RedisCache)
    first, second = Client().get(f"/papers/{paper.pk}/"), Client().get(f"/papers/{paper.pk}/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    paper.name = "Ny sti langs havnen"
    paper.save()
    assert "Ny sti langs havnen" in Client().get(f"/papers/{paper.pk}/").content.decode()


def test_a_visitor_with_a_session_is_never_served_from_redis(redis_pages, paper):
    Client().get(f"/papers/{paper.pk}/")
    page = Client(HTTP_COOKIE="sessionid=not-a-session").get(f"/papers/{paper.pk}/")
    assert page.status_code == 200 and "X-Page-Cache" not in page


def test_a_redis_that_is_gone_leaves_pages_rendered(settings, monkeypatch, paper):
    from bench.loopback import free_port
    from townhall import config

    monkeypatch.setenv("TOWNHALL_PAGE_CACHE_URL", f"redis://127.0.0.1:{free_port()}/0")
    settings.CACHES = {**settings.CACHES, "pages": config.page_cache_config(settings.DATA_DIR, 100)}
    page = Client().get(f"/papers/{paper.pk}/")
    assert page.status_code == 200 and paper.name in page.content.decode()
