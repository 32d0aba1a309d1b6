"""End-to-end: a person using the site in headless Chromium against the live server with the demo."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe

from townhall.core.models import Meeting, Organization, Paper, Person

pytestmark = pytest.mark.browser

ATOM = "{http://www.w3.org/2005/Atom}"


def main_pages() -> dict[str, str]:
    """Return the paths of the main pages for the demo data."""
    paper = Paper.objects.get(name="Godkendelse af Klimaplan 2030 for Søby Kommune")
    meeting = Meeting.objects.get(name="Teknik- og Miljøudvalget, ordinært møde")
    return {
        "home": "/",
        "search": "/search/?q=plan",
        "paper": f"/papers/{paper.pk}/",
        "meeting": f"/meetings/{meeting.pk}/",
        "organization": f"/organizations/{Organization.objects.get(name='Teknik- og Miljøudvalget').pk}/",
        "person": f"/persons/{Person.objects.get(name='Lene Bach').pk}/",
        "body": "/bodies/stadt-lindenau/",
        "calendar": "/calendar/",
        "deadlines": "/deadlines/",
    }


def test_search_for_a_danish_word_and_open_the_paper(live_demo, browser_page):
    page = browser_page
    page.goto(live_demo + "/")
    page.get_by_label("Search all papers").fill("klimaplan")
    page.get_by_role("button", name="Search", exact=True).click()
    page.get_by_role("link", name="Godkendelse af Klimaplan 2030 for Søby Kommune").first.click()
    assert page.locator("h1").inner_text() == "Godkendelse af Klimaplan 2030 for Søby Kommune"
    assert page.locator("h1").get_attribute("lang") == "da"


def test_typing_in_the_search_field_updates_the_results(live_demo, browser_page):
    page = browser_page
    page.goto(live_demo + "/search/")
    page.locator("#id_q").press_sequentially("Kindertages", delay=30)
    page.wait_for_url("**/search/?*q=Kindertages*")
    assert page.locator("#results-heading").inner_text() == "1 paper found"


def test_follow_a_papers_route_to_its_meeting(live_demo, browser_page):
    page = browser_page
    paper = Paper.objects.get(name="Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel")
    page.goto(f"{live_demo}/papers/{paper.pk}/")
    page.locator(".timeline").get_by_role("link", name="Sitzung des Rates der Stadt Lindenau").click()
    assert page.locator("h1").inner_text() == "Sitzung des Rates der Stadt Lindenau"
    page.locator(".agenda").get_by_role("link", name=paper.name).last.click()
    assert page.locator("h1").inner_text() == paper.name


def test_switch_the_interface_language(live_demo, browser_page):
    page = browser_page
    page.goto(live_demo + "/search/")
    page.get_by_label("Site language").select_option("de")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Vorlagen suchen"
    assert page.url.endswith("/search/")


def test_subscribe_to_a_search_feed_and_read_it(live_demo, browser_page):
    page = browser_page
    page.goto(live_demo + "/search/?q=budget")
    href = page.get_by_role("link", name="Follow this search (Atom feed)").get_attribute("href")
    feed = page.request.get(live_demo + href)
    root = ET.fromstring(feed.body())
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert "Budget consultation 2027/28 (FRC/2026/031)" in titles


def test_download_the_meetings_calendar_and_read_it(live_demo, browser_page, tmp_path):
    page = browser_page
    page.goto(live_demo + "/bodies/")
    page.get_by_role("link", name="Søby Kommune").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Subscribe to meetings (iCalendar)").click()
    target = tmp_path / "meetings.ics"
    download_info.value.save_as(target)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert "Byrådsmøde" in summaries
    assert "Full Council" not in summaries


def test_skip_link_is_the_first_stop_and_moves_to_the_content(live_demo, browser_page):
    page = browser_page
    page.goto(live_demo + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


MAIN_PAGES = ("home", "search", "paper", "meeting")
AXE_OPTIONS = {"resultTypes": ["violations"], "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def test_main_pages_have_no_serious_or_critical_accessibility_violations(live_demo, chromium):
    axe = Axe()
    failures = {}
    for width in (1280, 360):
        context = chromium.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
        page = context.new_page()
        for name, path in main_pages().items():
            if width < 1280 and name not in MAIN_PAGES:
                continue
            page.goto(live_demo + path)
            violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
            serious = [
                f"{v['id']}: {[node['target'] for node in v['nodes']][:3]}"
                for v in violations if v["impact"] in ("serious", "critical")
            ]
            if serious:
                failures[f"{name}@{width}"] = serious
        context.close()
    assert failures == {}


def test_main_pages_fit_a_phone_screen_and_are_saved_as_screenshots(live_demo, chromium, screenshots):
    too_wide = []
    for width in (1280, 360):
        context = chromium.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
        page = context.new_page()
        for name, path in main_pages().items():
            page.goto(live_demo + path)
            if name in MAIN_PAGES:
                page.screenshot(path=str(screenshots / f"{name}-{width}.png"), full_page=True)
            if page.evaluate("document.documentElement.scrollWidth") > width:
                too_wide.append(f"{name}@{width}")
        context.close()
    assert too_wide == []
