"""End-to-end in headless Chromium: meetings, outcomes, people, the PDF viewer, the calendar, undated papers.

The site holds the demo (meetings with published agendas and results, as harvested from a council
system) plus papers read by ``townhall ingest`` from generated documents (meetings known only from
the routes the papers name) and one stored PDF. Every page is checked with axe-core (every impact
level) at 1280 and 390 px in Danish, German and English, and saved to ``build/screenshots/``.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from townhall.core import services
from townhall.core.models import Consultation, Meeting, Organization, Paper, Person

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)
LANGUAGES = {"da": "da-DK", "de": "de-DE", "en": "en-GB"}
PDF_TEXT = "Forslag om nye cykelstier langs Strandvejen\n\nByrådet godkender anlæg af cykelstier på Strandvejen."


@pytest.fixture
def site(live_demo, tmp_path, search_index):
    """The live server with the demo, generated papers read by ingest, a PDF and an undated paper."""
    from bench.corpus import generate_corpus

    generate_corpus(tmp_path / "corpus", 6, 3, 0.0)
    call_command("ingest", str(tmp_path / "corpus"), "--exclude", "*.truth.json", verbosity=0)
    soeby = Paper.objects.get(name="Godkendelse af Klimaplan 2030 for Søby Kommune").body
    from bench.corpus.pdf_writer import text_pdf

    pdf = services.file_store(data=text_pdf(PDF_TEXT), file_name="cykelstier.pdf", mime_type="application/pdf", body=soeby,
                              name="Forslag om nye cykelstier")
    pdf.text, pdf.language = PDF_TEXT, "da"
    pdf.save()
    Paper.objects.create(body=soeby, name="Forslag om nye cykelstier", language="da", kind="motion", main_file=pdf,
                         date=timezone.localdate() - timedelta(days=1))
    undated = Paper.objects.create(body=soeby, name="Orientering om vinterberedskab", language="da", kind="memo")
    step = Consultation.objects.create(paper=undated, position=0, date=timezone.localdate() - timedelta(days=2), role="Orientering")
    step.organizations.add(Organization.objects.get(name="Teknik- og Miljøudvalget"))
    services.papers_date_refresh(list(Paper.objects.values_list("pk", flat=True)))
    search_index()
    return live_demo


def _read_meeting() -> Meeting:
    """A meeting known only from a read paper's route (no published agenda), with a paper anyone may see."""
    routed = Consultation.objects.filter(meeting__isnull=False, paper__public=True, meeting__agenda_items__isnull=True,
                                         paper__origin_id="").exclude(paper__source_uri__startswith="demo:")
    return routed.select_related("meeting").first().meeting


def _pdf_file_id() -> int:
    return Paper.objects.get(name="Forslag om nye cykelstier").main_file_id


def site_pages() -> dict[str, str]:
    housing = Meeting.objects.get(name="Housing and Communities Committee")
    minutes = Paper.objects.get(name="Minutes of the Housing and Communities Committee")
    start = timezone.localtime(Meeting.objects.get(name="Byrådsmøde").start)
    return {
        "meeting-agenda-outcomes": f"/meetings/{housing.pk}/",
        "meeting-from-routes": f"/meetings/{_read_meeting().pk}/",
        "paper-timeline": f"/papers/{minutes.pk}/",
        "person": f"/persons/{Person.objects.get(name='Petra Lange').pk}/",
        "committee": f"/organizations/{Organization.objects.get(name='Housing and Communities Committee').pk}/",
        "pdf-viewer": f"/files/{_pdf_file_id()}/read/?q=cykelsti",
        "calendar": f"/calendar/{start.year}/{start.month}/",
        "undated-search": "/search/?q=vinterberedskab",
        "home": "/",
        "about": "/about/",
        "search-chips": "/search/?q=plan&body=soeby-kommune&kind=agenda_item",
    }


def test_meeting_page_shows_the_agenda_with_outcomes(site, browser_page):
    page = browser_page
    housing = Meeting.objects.get(name="Housing and Communities Committee")
    page.goto(f"{site}/meetings/{housing.pk}/")
    agenda = page.locator(".agenda")
    assert agenda.locator(".agenda-number").all_inner_texts() == ["1", "2"]
    assert agenda.get_by_role("link", name="Minutes of the Housing and Communities Committee").is_visible()
    assert agenda.locator(".outcome").first.inner_text() == "Recommended"


def test_meeting_known_from_a_read_route_lists_the_paper_routed_to_it(site, browser_page):
    page = browser_page
    meeting = _read_meeting()
    paper = Consultation.objects.filter(meeting=meeting).select_related("paper").first().paper
    page.goto(f"{site}/meetings/{meeting.pk}/")
    assert page.locator(".agenda").get_by_role("link", name=paper.name).is_visible()
    when = page.locator(".facts dd").first.inner_text()
    assert not re.search(r"\d:\d\d|midnight|a\.m\.|p\.m\.", when), when


def test_paper_timeline_shows_the_outcome_of_a_past_step(site, browser_page):
    page = browser_page
    paper = Paper.objects.get(name="Minutes of the Housing and Communities Committee")
    page.goto(f"{site}/papers/{paper.pk}/")
    step = page.locator(".timeline .step-past").first
    assert step.locator(".outcome").inner_text() == "Recommended"
    assert "Upcoming" not in page.locator(".timeline").inner_text()


def test_person_page_and_committee_page_name_members_and_roles(site, browser_page):
    page = browser_page
    page.goto(f"{site}/persons/{Person.objects.get(name='Petra Lange').pk}/")
    assert "Fraktion Bündnis 90/Die Grünen" in page.locator(".facts").inner_text()
    page.locator(".facts").get_by_role("link", name="Ausschuss für Stadtentwicklung und Verkehr").click()
    assert page.locator("h1").inner_text() == "Ausschuss für Stadtentwicklung und Verkehr"
    members = page.locator(".members")
    assert "Petra Lange" in members.inner_text() and "Mitglied" in members.inner_text()


def test_pdf_opens_in_the_viewer_with_the_searched_words_marked(site, browser_page):
    if not finders.find("townhall/vendor/pdfjs/pdf.min.mjs"):
        if os.environ.get("CI"):
            pytest.fail("PDF.js is not installed: scripts/install-static.sh")
        pytest.skip("PDF.js is not installed here (run scripts/install-static.sh)")
    page = browser_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site}/files/{_pdf_file_id()}/read/?q=cykelsti")
    page.locator(".text-layer mark").first.wait_for()
    assert page.locator(".text-layer mark").first.inner_text().lower() == "cykelstier"
    assert page.locator("#viewer-hits a").all_inner_texts() == ["1"]
    page.locator("#viewer-hits a").first.click()
    assert page.url.endswith("#page-1")
    assert errors == []


def test_calendar_grid_shows_the_month_with_its_meetings(site, browser_page):
    page = browser_page
    meeting = Meeting.objects.get(name="Byrådsmøde")
    start = timezone.localtime(meeting.start)
    page.goto(f"{site}/calendar/{start.year}/{start.month}/")
    cell = page.locator(".month-grid td.has-meetings", has=page.get_by_role("link", name=re.compile("Byrådsmøde")))
    assert str(start.day) in cell.locator(".day-number").first.inner_text().split("\n")
    assert cell.count() == 1


def test_undated_paper_is_found_in_lists_and_in_the_year_facet(site, browser_page):
    page = browser_page
    page.goto(f"{site}/")
    assert page.locator("#latest-papers + ul").get_by_role("link", name="Orientering om vinterberedskab").is_visible()
    page.goto(f"{site}/search/?q=vinterberedskab")
    year = str((timezone.localdate() - timedelta(days=2)).year)
    page.locator(".facet", has_text="Year").get_by_role("link", name=re.compile(year)).click()
    page.wait_for_url(re.compile(f"date_from={year}-01-01"))
    assert page.locator(".hits").get_by_role("link", name="Orientering om vinterberedskab").is_visible()


def test_language_switch_after_a_live_search_keeps_the_search(site, browser_page):
    page = browser_page
    page.goto(f"{site}/search/")
    page.locator("#id_q").press_sequentially("budget", delay=30)
    page.wait_for_url("**/search/?*q=budget*")
    page.get_by_label("Site language").select_option("de")
    # The address already holds the search: wait for the page the language form leads to, not for the address.
    with page.expect_navigation():
        page.get_by_role("button", name="Change").click()
    page.wait_for_url("**/search/?*q=budget*")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    assert page.locator("#id_q").input_value() == "budget"
    assert "Budget consultation 2027/28" in page.locator(".hits").inner_text()


def test_site_pages_pass_axe_in_every_language_and_width_and_are_saved(site, chromium, page_audit):
    audit = page_audit
    for language, locale in LANGUAGES.items():
        for width in WIDTHS:
            context = chromium.new_context(viewport={"width": width, "height": 900}, locale=locale,
                                           extra_http_headers={"Accept-Language": language})
            page = context.new_page()
            for name, path in site_pages().items():
                page.goto(site + path)
                if name == "pdf-viewer" and finders.find("townhall/vendor/pdfjs/pdf.min.mjs"):
                    page.locator(".pdf-page[data-rendered]").first.wait_for()
                audit.check(page, f"{name}@{width}/{language}", width=width, screenshot=f"{name}-{width}-{language}.png")
            context.close()
    assert audit.failures == {}
    assert audit.too_wide == []
