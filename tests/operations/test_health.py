"""The health endpoint tells a load balancer whether this process can serve."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _storage_present(settings):
    # As in production, where the settings create the storage directory at start-up.
    settings.STORAGE_DIR.mkdir(parents=True, exist_ok=True)


def test_health_answers_ok_with_the_checks_and_the_job_queue(client):
    from townhall.jobs.models import Job

    Job.objects.create(name="oparl.harvest", status=Job.QUEUED)
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok" and body["checks"]["storage"] == "ok"
    assert body["checks"]["broker"] == "not used"
    assert body["checks"]["jobs"]["queued"] == 1
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_an_unreachable_broker_degrades_but_does_not_fail_the_web_process(client, settings):
    from socket import socket

    from townhall.jobs import backends

    with socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.BROKER_URL = f"redis://127.0.0.1:{port}/0"
    backends._backend_for.cache_clear()
    try:
        response = client.get("/health/")
    finally:
        settings.BROKER_URL = ""
        backends._backend_for.cache_clear()
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["broker"].startswith("error")


def test_missing_file_storage_fails_the_health_check(client, settings, tmp_path):
    from townhall.core.storage import get_storage

    configured = settings.STORAGE_DIR
    settings.STORAGE_DIR = tmp_path / "gone"
    get_storage.cache_clear()
    try:
        response = client.get("/health/")
    finally:
        # The storage is cached per process: later tests must get the configured one again.
        settings.STORAGE_DIR = configured
        get_storage.cache_clear()
    assert response.status_code == 503
    assert response.json()["status"] == "failing"
    assert "storage directory" in response.json()["checks"]["storage"]


def test_health_accepts_only_get(client):
    assert client.post("/health/").status_code == 405
