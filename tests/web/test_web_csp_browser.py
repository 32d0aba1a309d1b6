"""In headless Chromium the pages, htmx and the admin work under the Content-Security-Policy with nothing blocked."""

from __future__ import annotations

import pytest

from townhall.core.models import Paper

pytestmark = pytest.mark.browser

PASSWORD = "a-long-admin-password-7"


def watch_for_violations(page) -> list[str]:
    """Collect every Content-Security-Policy violation the browser reports on *page*."""
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    return violations


def test_pages_and_live_search_run_with_nothing_blocked(live_demo, browser_page):
    page = browser_page
    violations = watch_for_violations(page)
    paper = Paper.objects.get(name="Godkendelse af Klimaplan 2030 for Søby Kommune")
    for path in ("/", f"/papers/{paper.pk}/", "/calendar/", "/deadlines/", "/bodies/stadt-lindenau/"):
        page.goto(live_demo + path)

    page.goto(live_demo + "/search/")
    page.locator("#id_q").press_sequentially("Kindertages", delay=30)
    page.wait_for_url("**/search/?*q=Kindertages*")

    assert page.locator("#results-heading").inner_text() == "1 paper found"
    assert page.evaluate("typeof htmx") == "object"
    assert violations == []
    # The watch itself works: an inline style put into the page is refused and reported.
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    page.wait_for_timeout(300)
    assert any("style" in violation for violation in violations)


def test_the_admin_works_under_the_policy(live_server, browser_page, django_user_model):
    django_user_model.objects.create_superuser(username="admin", email="admin@example.org", password=PASSWORD)
    page = browser_page
    violations = watch_for_violations(page)

    page.goto(live_server.url + "/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
    page.goto(live_server.url + "/admin/core/paper/")
    page.goto(live_server.url + "/admin/core/paper/add/")

    assert page.locator("h1").first.inner_text() != ""
    assert violations == []


@pytest.mark.parametrize("separate_files_host", [False, True], ids=["one host", "separate files host"])
def test_the_document_reader_draws_a_pdf_under_the_policy(live_server, browser_page, settings, separate_files_host):
    from bench.corpus.pdf_writer import text_pdf
    from django.contrib.staticfiles import finders

    from townhall.core.services import body_create, file_store

    if finders.find("townhall/vendor/pdfjs/pdf.min.mjs") is None:
        pytest.skip("PDF.js is not installed (scripts/install-static.sh)")
    if separate_files_host:
        settings.FILES_URL = live_server.url.replace("localhost", "127.0.0.1")
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    body = body_create(name="Søby Kommune", country="DK", language="da")
    pdf = file_store(data=text_pdf("Forslag om cykelstier langs Strandvejen"), file_name="forslag.pdf",
                     mime_type="application/pdf", body=body, name="Forslag")
    pdf.text, pdf.language = "Forslag om cykelstier langs Strandvejen", "da"
    pdf.save()
    page = browser_page
    violations = watch_for_violations(page)

    fetched = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(f"{live_server.url}/files/{pdf.pk}/read/?q=cykelstier")
    page.wait_for_selector("#pdf-viewer canvas")
    page.wait_for_selector("#pdf-viewer mark")

    assert page.locator("#pdf-viewer mark").first.inner_text().lower() == "cykelstier"
    assert violations == []
    if separate_files_host:
        assert f"{settings.FILES_URL}/files/{pdf.pk}/" in fetched
