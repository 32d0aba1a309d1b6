"""`townhall serve` as an operator runs it: the address is announced once it answers, instances stay apart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bench.loopback import free_port

SERVING = "townhall is serving at"


@pytest.fixture
def environment(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
    env.update(TOWNHALL_DATA_DIR=str(tmp_path / "data"), TOWNHALL_SECRET_KEY="test", HOME=str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    subprocess.run([sys.executable, "-m", "townhall.cli", "migrate", "--no-input", "-v", "0"], env=env, check=True, timeout=300)
    return env


def start(env, port: int, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "townhall.cli", "serve", "--port", str(port), "--workers", "1"],
                            env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)


def wait_for_serving_line(server: subprocess.Popen, seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line and server.poll() is not None:
            raise AssertionError(f"serve ended with {server.returncode} before saying where it serves")
        if SERVING in line:
            return line
    raise AssertionError("serve never said where it serves")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def status(port: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=20) as response:
        return response.status


def test_serving_is_announced_when_the_port_answers_and_two_instances_stay_apart(environment, tmp_path):
    first_port, second_port = free_port(), free_port()
    first = start(environment, first_port, tmp_path)
    second = start(environment, second_port, tmp_path)
    try:
        line = wait_for_serving_line(first)
        assert f"http://127.0.0.1:{first_port}/" in line
        assert status(first_port) == 200  # no wait: announced means bound
        wait_for_serving_line(second)
        stop(first)

        assert status(second_port) == 200
        # No control socket shared through the home or working directory.
        assert sorted(path.name for path in Path(environment["HOME"]).rglob("*")) == []
        assert not list(tmp_path.glob("*.ctl"))
    finally:
        stop(first)
        stop(second)


def test_a_port_already_in_use_is_never_announced(environment, tmp_path):
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        server = start(environment, port, tmp_path)
        try:
            output, _ = server.communicate(timeout=180)
        finally:
            stop(server)

    assert server.returncode != 0
    assert SERVING not in output


def test_every_worker_is_warm_before_it_takes_a_visitor_and_the_warm_up_keeps_no_page(environment, tmp_path):
    import json

    port = free_port()
    server = start(environment, port, tmp_path)
    try:
        wait_for_serving_line(server)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready/", timeout=20) as response:
            ready = json.load(response)
        # The first request a worker ever answers finds it warmed before serving, not by that request.
        assert ready["status"] == "ready" and ready["warmed"] == "before serving" and ready["warmed_in_s"] > 0
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/search/?q=budget", timeout=20) as response:
            assert response.status == 200
            # The warm-up's own search was not kept for visitors: the first visitor's page is rendered.
            assert response.headers["X-Page-Cache"] == "miss"
    finally:
        stop(server)
