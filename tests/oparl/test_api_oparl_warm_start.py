"""A web process warmed before serving answers the OParl paper lists without counting or paging them first."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

ROOT = "/oparl/v1.1/"


def list_work(client, url: str) -> list[str]:
    """Return the queries of *url* that count the list or read all of its ids."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return [query["sql"] for query in captured if query["sql"].startswith(("SELECT COUNT(*)", 'SELECT "core_paper"."id" AS "id" FROM'))
            and "LIMIT" not in query["sql"]]


@pytest.fixture
def deep_pages(monkeypatch):
    from townhall.oparl.api import cache

    # Every page past the first starts after a kept page boundary, as pages past the 2,000th row do.
    monkeypatch.setattr(cache, "SHALLOW_ROWS", 0)
    caches["oparl"].clear()
    yield
    caches["oparl"].clear()


def test_a_cold_process_counts_and_pages_a_list_on_its_first_deep_page(populated, client, deep_pages):
    url = f"{ROOT}body/{populated.body.pk}/paper?page=2"

    assert len(list_work(client, url)) == 2


def warm_api_lists():
    """Run the warm-up's list step; its requests keep the test database open, as the test client's do."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from townhall.operations import warmup

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        warmup._warm_api_lists()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_a_warmed_process_answers_a_deep_list_page_without_counting_or_paging_the_list(populated, client, deep_pages):
    warm_api_lists()

    assert list_work(client, f"{ROOT}body/{populated.body.pk}/paper?page=2") == []
