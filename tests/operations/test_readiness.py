"""The readiness endpoint sends a load balancer to a process only once it is warm."""

from __future__ import annotations

import pytest

from townhall.operations import warmup
from townhall.search import glossary

pytestmark = pytest.mark.django_db


@pytest.fixture
def cold_process():
    """This test process as if nothing had warmed it yet; what it was is put back afterwards."""
    before = dict(warmup._state)
    warmup._state.update(warm=False, how=None, seconds=None)
    glossary.load_glossary.cache_clear()
    yield
    warmup._state.update(before)


def test_a_process_that_is_warming_is_not_ready(client, cold_process):
    # Another thread is in the middle of the warm-up.
    with warmup._lock:
        response = client.get("/health/ready/")
    assert response.status_code == 503
    assert response.json()["status"] == "warming"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_cold_process_is_warmed_by_its_first_readiness_check_and_then_ready(client, cold_process):
    assert glossary.load_glossary.cache_info().currsize == 0
    first = client.get("/health/ready/")
    assert first.status_code == 200
    assert first.json()["status"] == "ready" and first.json()["warmed"] == "on the first readiness check"
    # The search glossary is in memory: no visitor's search loads it.
    assert glossary.load_glossary.cache_info().currsize == 1
    assert client.get("/health/ready/").json()["warmed_in_s"] == first.json()["warmed_in_s"]



@pytest.mark.django_db(transaction=True)
def test_a_new_municipality_is_read_into_the_known_names_before_any_search_asks():
    import threading
    import time

    from townhall.core.models import Body
    from townhall.search import names

    names.known_names()
    stop = threading.Event()
    watcher = warmup.keep_warm(interval=0.05, stop=stop)
    try:
        Body.objects.create(slug="vindeby", name="Vindeby Kommune", short_name="Vindeby")
        deadline = time.monotonic() + 30
        while "vindeby kommune" not in names._cache["names"] and time.monotonic() < deadline:
            time.sleep(0.05)
        # Read by the worker's background thread: no search in this test asked for the names.
        assert "vindeby kommune" in names._cache["names"]
    finally:
        stop.set()
        watcher.join(timeout=10)
    assert not watcher.is_alive()
