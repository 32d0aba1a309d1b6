"""The production server passes a 10,000-character search to townhall instead of answering 414."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from bench.loopback import free_port


def test_the_served_site_answers_a_ten_thousand_character_query(tmp_path):
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(tmp_path), "TOWNHALL_SECRET_KEY": "test",
           "TOWNHALL_ALLOWED_HOSTS": "127.0.0.1,localhost"}
    env.pop("TOWNHALL_DATABASE_URL", None)
    townhall = [sys.executable, "-m", "townhall.cli"]
    subprocess.run([*townhall, "migrate", "--no-input", "-v", "0"], env=env, check=True)
    port = free_port()
    server = subprocess.Popen([*townhall, "serve", "--port", str(port), "--workers", "1"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        query = urllib.parse.urlencode({"q": "kommunen " * 1100})
        url = f"http://127.0.0.1:{port}/search/?{query}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    status, page = response.status, response.read().decode()
                break
            except urllib.error.HTTPError as error:
                status, page = error.code, ""
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        assert (status, "only its beginning was searched" in page) == (200, True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
