"""Two web server processes on one data directory share the pages they keep, and a change drops them for both."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from bench.loopback import free_port

TOWNHALL = [sys.executable, "-m", "townhall.cli"]
PUBLIC_PAPERS = "from townhall.core.models import Paper; papers = Paper.objects.filter(public=True, deleted=False).order_by('pk')"


def get(port: int, path: str) -> tuple[str, str]:
    """Return the page's cache header and text, waiting for the server to listen.

    Both servers are asked under one host name, as behind the proxy of a real site.
    """
    deadline = time.monotonic() + 60
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "127.0.0.1"})
    while True:
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.headers.get("X-Page-Cache", ""), response.read().decode()
        except (ConnectionError, urllib.error.URLError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(tmp_path_factory.mktemp("instance")), "TOWNHALL_SECRET_KEY": "test",
           "TOWNHALL_ALLOWED_HOSTS": "127.0.0.1", "TOWNHALL_LOG_LEVEL": "WARNING"}
    for name in ("TOWNHALL_DATABASE_URL", "TOWNHALL_PAGE_CACHE_URL"):
        env.pop(name, None)
    subprocess.run([*TOWNHALL, "migrate", "--no-input", "-v", "0"], env=env, check=True)
    subprocess.run([*TOWNHALL, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    pks = subprocess.run([*TOWNHALL, "shell", "-c", f"{PUBLIC_PAPERS}; print('PAPERS', *papers.values_list('pk', flat=True)[:3])"],
                         env=env, check=True, capture_output=True, text=True).stdout.split("PAPERS")[-1].split()
    return env, pks


@pytest.fixture(scope="module")
def two_servers(instance):
    """Two servers of one process each (so each keeps nothing the other could not see), on one data directory."""
    env, pks = instance
    servers = []
    try:
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen([*TOWNHALL, "serve", "--port", str(port), "--workers", "1", "--threads", "2"], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            servers.append((process, port))
            # Wait for this one before starting the next: a starting server empties the page folder.
            get(port, "/health/")
        yield env, pks, [port for _, port in servers]
    finally:
        for process, _ in servers:
            os.killpg(process.pid, signal.SIGTERM)
        for process, _ in servers:
            process.wait(timeout=30)


def test_a_page_one_process_kept_is_served_by_the_other(two_servers):
    _, (pk, _, _), (first, second) = two_servers
    rendered = get(first, f"/papers/{pk}/")
    served = get(second, f"/papers/{pk}/")
    assert (rendered[0], served[0]) == ("miss", "hit")
    assert served[1] == rendered[1]


def test_a_change_drops_the_kept_page_for_both_processes(two_servers):
    env, (_, pk, _), (first, second) = two_servers
    get(first, f"/papers/{pk}/")
    assert get(second, f"/papers/{pk}/")[0] == "hit"
    subprocess.run([*TOWNHALL, "shell", "-c", f"{PUBLIC_PAPERS}; papers.filter(pk={pk}).update(name='Ny bro over åen')"],
                   env=env, check=True)
    for port in (second, first):
        cache, page = get(port, f"/papers/{pk}/")
        assert "Ny bro over åen" in page, port
    assert get(second, f"/papers/{pk}/")[0] == "hit"


def test_a_paper_withdrawn_from_the_public_leaves_both_processes_at_once(two_servers):
    env, (_, _, pk), (first, second) = two_servers
    get(first, f"/papers/{pk}/")
    assert get(second, f"/papers/{pk}/")[0] == "hit"
    subprocess.run([*TOWNHALL, "shell", "-c", f"{PUBLIC_PAPERS}\nfrom townhall.core.access import paper_set_public\n"
                    f"paper_set_public(papers.get(pk={pk}), False)"], env=env, check=True)
    for port in (first, second):
        with pytest.raises(urllib.error.HTTPError) as answer:
            get(port, f"/papers/{pk}/")
        assert answer.value.code == 404
