"""Fixtures for the job and mail tests: a private Redis, both job backends, a real SMTP server."""

from __future__ import annotations

import os
import shutil

import pytest

from redis_server import start_redis


@pytest.fixture(scope="session")
def redis_url():
    """The URL of a Redis server of this test session (TOWNHALL_TEST_REDIS_URL or one started here)."""
    given = os.environ.get("TOWNHALL_TEST_REDIS_URL")
    if given:
        # One database number per xdist worker, so parallel sessions never share a queue.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
        yield f"{given.rstrip('/')}/{1 + int(worker[2:] or 0) % 15}"
        return
    process, url, folder = start_redis()
    yield url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


def _use_backend(settings, broker_url: str) -> None:
    from townhall.jobs import backends

    settings.BROKER_URL = broker_url
    backends._backend_for.cache_clear()


@pytest.fixture
def in_process_jobs(settings):
    """Run jobs in this process without a broker, whatever broker the session was given."""
    _use_backend(settings, "")
    yield
    _use_backend(settings, "")


@pytest.fixture(params=["in-process", "celery"])
def job_backend(request, settings, transactional_db):
    """Run the test once with in-process jobs and once with Celery over Redis and a real worker."""
    settings.JOB_LEASE_SECONDS = 60
    if request.param == "in-process":
        _use_backend(settings, "")
        yield "in-process"
        _use_backend(settings, "")
        return
    url = request.getfixturevalue("redis_url")
    _use_backend(settings, url)
    from celery.contrib.testing.worker import start_worker

    from townhall.jobs.celery_app import app, configure

    configure()
    app.control.purge()
    with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False, loglevel="WARNING",
                      shutdown_timeout=20, queues=["townhall"]):
        yield "celery"
    _use_backend(settings, "")
