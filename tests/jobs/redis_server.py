"""A private redis-server on a free loopback port, for the job tests and benchmarks."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

from bench.loopback import free_port


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
