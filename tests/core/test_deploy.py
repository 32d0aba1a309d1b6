"""Production settings as an operator sets them: `townhall check --deploy`, and the served site behind a proxy."""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import sys
import time

import httpx
import pytest

from bench.loopback import free_port

HOST = "rat.example.org"


def production(tmp_path) -> dict[str, str]:
    """Return the environment docs/deployment.md tells an operator to set."""
    # Nothing from the test session (the browser tests allow Django's async-unsafe calls) leaks in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update({
        "TOWNHALL_DATA_DIR": str(tmp_path / "data"),
        "TOWNHALL_SECRET_KEY": secrets.token_urlsafe(50),
        "TOWNHALL_ALLOWED_HOSTS": HOST,
        "TOWNHALL_PUBLIC_URL": f"https://{HOST}",
        "TOWNHALL_HTTPS": "true",
        "TOWNHALL_HSTS_SECONDS": "31536000",
        "TOWNHALL_HSTS_INCLUDE_SUBDOMAINS": "true",
        "TOWNHALL_HSTS_PRELOAD": "true",
        "TOWNHALL_PROXY_SSL_HEADER": "X-Forwarded-Proto",
        "TOWNHALL_PROXY_COUNT": "1",
    })
    return env


def townhall(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "townhall.cli", *args], capture_output=True, text=True, env=env, timeout=300)


def test_check_deploy_passes_with_the_production_settings(tmp_path):
    result = townhall("check", "--deploy", "--fail-level", "WARNING", env=production(tmp_path))

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_names_each_missing_setting_without_them(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
    env.update(TOWNHALL_DATA_DIR=str(tmp_path / "data"), TOWNHALL_SECRET_KEY="short", TOWNHALL_DEBUG="true")

    result = townhall("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode != 0
    for setting in ("TOWNHALL_DEBUG", "TOWNHALL_HTTPS", "TOWNHALL_HSTS_SECONDS", "TOWNHALL_ALLOWED_HOSTS", "TOWNHALL_SECRET_KEY"):
        assert setting in result.stderr, setting
    assert "SECURE_HSTS_SECONDS" not in result.stderr  # Django's own names would not help here


def test_plain_check_does_not_ask_for_production_settings(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
    env.update(TOWNHALL_DATA_DIR=str(tmp_path / "data"), TOWNHALL_TESSERACT="true")

    result = townhall("check", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("name", "value", "says"), [
    ("TOWNHALL_PROXY_SSL_HEADER", "X Forwarded Proto", "TOWNHALL_PROXY_SSL_HEADER must be a header name"),
    ("TOWNHALL_CSRF_TRUSTED_ORIGINS", "rat.example.org", "TOWNHALL_CSRF_TRUSTED_ORIGINS must be an absolute"),
    ("TOWNHALL_HSTS_SECONDS", "a year", "TOWNHALL_HSTS_SECONDS must be a whole number"),
    ("TOWNHALL_HTTPS", "sure", "TOWNHALL_HTTPS must be true or false"),
    ("TOWNHALL_FILES_URL", "files.example.org", "TOWNHALL_FILES_URL must be an absolute"),
])
def test_a_bad_production_setting_is_one_plain_sentence(tmp_path, name, value, says):
    env = production(tmp_path) | {name: value}

    result = townhall("check", env=env)

    assert result.returncode != 0
    assert says in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def served(tmp_path):
    """Serve townhall with the production settings on a free port, as behind a reverse proxy."""
    env = production(tmp_path)
    assert townhall("migrate", "--no-input", "-v", "0", env=env).returncode == 0
    assert townhall("shell", "-c", "from django.contrib.auth.models import User; "
                    "User.objects.create_superuser('admin', 'admin@example.org', 'a-long-admin-password-7')", env=env).returncode == 0
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "townhall.cli", "serve", "--port", str(port), "--workers", "1"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while "serving at" not in server.stdout.readline():
            assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_the_served_site_behind_a_proxy_speaks_only_https(served):
    over_https = {"Host": HOST, "X-Forwarded-Proto": "https"}
    with httpx.Client(base_url=served, timeout=30) as proxy:
        plain = proxy.get("/search/?q=plan", headers={"Host": HOST})
        home = proxy.get("/", headers=over_https)
        form = proxy.get("/admin/login/", headers=over_https)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)[1]
        # The browser sends its Secure cookie over HTTPS to the proxy, which passes it on.
        cookie = re.search(r"csrftoken=([^;]+)", form.headers["set-cookie"])[1]
        signed_in = proxy.post("/admin/login/", headers=over_https | {"Origin": f"https://{HOST}", "Referer": f"https://{HOST}/admin/login/",
                                                                       "Cookie": f"csrftoken={cookie}"},
                               data={"csrfmiddlewaretoken": token, "username": "admin", "password": "a-long-admin-password-7", "next": "/admin/"})

    assert (plain.status_code, plain.headers["Location"]) == (301, f"https://{HOST}/search/?q=plan")
    assert home.status_code == 200
    assert home.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in home.headers["Content-Security-Policy"]
    assert "set-cookie" not in home.headers
    csrf_cookie = form.headers["set-cookie"]
    assert "csrftoken=" in csrf_cookie and "Secure" in csrf_cookie and "HttpOnly" in csrf_cookie
    assert signed_in.status_code == 302, signed_in.text[:300]
    session_cookie = next(value for value in signed_in.headers.get_list("set-cookie") if value.startswith("sessionid="))
    assert "Secure" in session_cookie and "HttpOnly" in session_cookie
