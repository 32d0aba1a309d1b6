"""End-to-end: stored originals that carry script never run it on the site, whichever URL opens them.

A signed-in administrator opens every URL that serves a hostile file (the web page's view and
download, OParl's accessUrl and downloadUrl) in headless Chromium. Each file tries to create a user
through the admin with the administrator's session and to leave a marker; neither may happen.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from townhall.core.models import File

pytestmark = pytest.mark.browser

PASSWORD = "a-long-admin-password-7"
MARKER = "hostile-script-ran"

# Runs with the visitor's session when a browser treats the file as a document of the site:
# reads the admin's add-user form for its CSRF token, posts a new user, and leaves marks.
PAYLOAD = """
window.hostileScriptRan = true;
document.title = "%(marker)s";
fetch("/search/?q=%(marker)s-%(kind)s");
fetch("/admin/auth/user/add/", {credentials: "include"})
  .then(function (r) { return r.text(); })
  .then(function (page) {
    var token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page)[1];
    var form = new URLSearchParams();
    form.append("csrfmiddlewaretoken", token);
    form.append("username", "intruder-%(kind)s");
    form.append("usable_password", "true");
    form.append("password1", "Intruder-password-2026");
    form.append("password2", "Intruder-password-2026");
    return fetch("/admin/auth/user/add/", {method: "POST", body: form, credentials: "include"});
  });
"""


def payload(kind: str) -> str:
    return PAYLOAD % {"marker": MARKER, "kind": kind}


def hostile_documents() -> dict[str, bytes]:
    """Return file name -> bytes of documents a council might receive, each carrying the payload."""
    return {
        "hoeringssvar.html": (
            "<!doctype html><html><head><title>Høringssvar om vejplanen</title></head><body>"
            "<h1>Høringssvar om vejplanen</h1><p>Byrådet behandler sagen den 3. marts 2026.</p>"
            f"<script>{payload('html')}</script></body></html>"
        ).encode(),
        "kort.svg": (
            '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80">'
            '<text x="10" y="40">Lokalplan 12 – kortbilag</text>'
            f"<script>//<![CDATA[\n{payload('svg')}\n//]]></script></svg>"
        ).encode(),
    }


def harvested_documents() -> list[tuple[str, str, bytes]]:
    """Return (file name, stored type, bytes) of files another system declares as a browser-run type."""
    return [
        ("plan.svg", "image/svg+xml", hostile_documents()["kort.svg"].replace(b"Lokalplan 12", b"Lokalplan 13")),
        ("data.xml", "application/xml", (
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Bilag</p>'
            f"<script>//<![CDATA[\n{payload('xml')}\n//]]></script></body></html>"
        ).encode()),
        ("bilag.xhtml", "application/xhtml+xml", (
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bilag</title></head><body>'
            f"<script>//<![CDATA[\n{payload('xhtml')}\n//]]></script></body></html>"
        ).encode()),
    ]


@pytest.fixture
def hostile_files(live_server, tmp_path):
    """Ingest the hostile documents and store the harvested ones; return their File records."""
    from townhall.core.services import file_store
    from townhall.ingest.pipeline import ingest
    from townhall.ingest.sources.files import local_file

    paths = []
    for name, data in hostile_documents().items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(local_file(path))
    summary = ingest(paths, body_name="Søby Kommune")
    assert summary.failures == 0
    for name, mime, data in harvested_documents():
        file_store(data=data, file_name=name, mime_type=mime, name=name)
    files = list(File.objects.order_by("pk"))
    assert len(files) == 5
    return files


@pytest.fixture
def admin_page(live_server, browser_page, django_user_model):
    """A browser page signed in through the admin's login form as a superuser."""
    django_user_model.objects.create_superuser(username="admin", email="admin@example.org", password=PASSWORD)
    page = browser_page
    page.goto(live_server.url + "/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
    return page


def file_urls(base: str, page, file: File) -> list[str]:
    """Return every URL that serves the file's bytes: the site's two and OParl's two."""
    oparl = page.request.get(f"{base}/oparl/v1.1/file/{file.pk}").json()
    return [f"{base}/files/{file.pk}/", f"{base}/files/{file.pk}/download/", oparl["accessUrl"], oparl["downloadUrl"]]


def open_in_browser(page, url: str) -> str:
    """Open *url* as a visitor would, wait for any script to finish; return what the browser did."""
    page.goto("about:blank")
    try:
        page.goto(url)
    except Exception as error:  # Playwright raises when a navigation turns into a download
        if "Download is starting" in str(error):
            return "download"
        raise
    page.wait_for_timeout(1000)
    ran = page.evaluate("window.hostileScriptRan === true") or page.title() == MARKER
    return "ran script" if ran else "shown"


def test_the_payload_creates_a_user_when_it_runs_on_the_site(live_server, admin_page):
    """Make sure the payload would do harm if a file ever ran on the site's origin."""
    admin_page.goto(live_server.url + "/search/")
    admin_page.evaluate(payload("control"))
    admin_page.wait_for_function("document.title === '%s'" % MARKER)
    admin_page.wait_for_timeout(1500)
    assert get_user_model().objects.filter(username="intruder-control").exists()


@pytest.mark.parametrize("separate_files_host", [False, True], ids=["one host", "separate files host"])
def test_no_url_of_a_hostile_file_runs_its_script_for_a_signed_in_admin(live_server, admin_page, hostile_files, settings, separate_files_host):
    if separate_files_host:
        # The site answers as localhost, where the admin signed in; files come from 127.0.0.1.
        settings.FILES_URL = live_server.url.replace("localhost", "127.0.0.1")
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    page = admin_page
    marker_requests = []
    page.on("request", lambda request: marker_requests.append(request.url) if MARKER in request.url else None)
    outcomes = {}
    for file in hostile_files:
        for url in file_urls(live_server.url, page, file):
            outcomes[f"{file.file_name} {url}"] = open_in_browser(page, url)
    page.wait_for_timeout(500)

    if separate_files_host:
        assert sum(settings.FILES_URL in where for where in outcomes) == 2 * len(hostile_files)  # OParl's two URLs
    ran = [where for where, outcome in outcomes.items() if outcome == "ran script"]
    intruders = list(get_user_model().objects.filter(username__startswith="intruder").values_list("username", flat=True))
    assert (ran, marker_requests, intruders) == ([], [], [])
    # Still signed in: nothing the files did threw the administrator out either.
    page.goto(live_server.url + "/admin/")
    assert page.url.endswith("/admin/")


def test_a_scanned_page_still_shows_in_the_browser_inside_the_sandbox(live_server, browser_page):
    import io

    from PIL import Image

    from townhall.core.services import file_store

    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(buffer, format="PNG")
    scan = file_store(data=buffer.getvalue(), file_name="scan.png", mime_type="image/png", name="Scan")

    browser_page.goto(f"{live_server.url}/files/{scan.pk}/")

    assert browser_page.evaluate("document.images.length && document.images[0].naturalWidth") == 120
