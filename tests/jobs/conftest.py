"""Fixtures for the job and mail tests: a private Redis, both job backends, a real SMTP server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis() -> tuple[subprocess.Popen, str, str]:
    """Start a private redis-server on a free loopback port; return the process, its URL and its folder."""
    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed; scripts/install-system-packages.sh installs it")
        pytest.skip("redis-server is not installed (scripts/install-system-packages.sh installs it)")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="townhall-redis-")
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return process, f"redis://127.0.0.1:{port}/0", folder
        except OSError:
            time.sleep(0.05)
    process.kill()
    pytest.fail("redis-server did not start")


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
