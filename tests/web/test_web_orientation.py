"""Finding one's way: the about page, robots.txt, the sitemap, the favicon, the admin's name, feed self links."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache

from townhall.core.models import Body, Paper

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()
    yield
    cache.clear()


def test_about_page_lists_every_municipality_with_its_public_paper_count(client, demo):
    page = client.get("/about/").content.decode()
    for body in Body.objects.all():
        assert body.name in page
    lindenau = Body.objects.get(slug="stadt-lindenau")
    public = Paper.objects.filter(body=lindenau, public=True).count()
    assert Paper.objects.filter(body=lindenau).count() == public + 1  # the demo's one non-public paper
    row = page[page.index("Stadt Lindenau"):]
    assert f'<td class="number">{public}</td>' in row[:400]


def test_about_page_names_the_oparl_endpoint(client, demo):
    page = client.get("/about/").content.decode()
    assert "http://testserver/oparl/v1.1/" in page


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def _locations(client, path: str) -> list[str]:
    root = ET.fromstring(client.get(path).content)
    return [element.text for element in root.iter(f"{SITEMAP}loc")]


def test_sitemap_lists_public_papers_and_never_a_non_public_one(client, demo):
    sections = _locations(client, "/sitemap.xml")
    assert "http://testserver/sitemap-papers.xml" in sections
    papers = _locations(client, "/sitemap-papers.xml")
    hidden = Paper.objects.get(public=False)
    assert f"http://testserver/papers/{hidden.pk}/" not in papers
    assert len(papers) == Paper.objects.filter(public=True).count()


def test_sitemap_names_the_meetings_committees_and_municipalities(client, demo):
    pages = _locations(client, "/sitemap-bodies.xml") + _locations(client, "/sitemap-meetings.xml")
    assert "http://testserver/bodies/soeby-kommune/" in pages
    assert any("/meetings/" in page for page in pages)


def test_favicon_is_served_from_the_static_files(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/townhall/favicon.ico")
    assert 'rel="icon"' in client.get("/").content.decode()


def test_admin_is_named_townhall(client, db):
    page = client.get("/admin/login/").content.decode()
    assert "townhall administration" in page
    assert "Django administration" not in page


def test_search_feed_self_link_keeps_the_query(client, demo):
    root = ET.fromstring(client.get("/search/feed.atom", {"q": "budget", "body": "northbridge-city-council"}).content)
    self_link = next(link for link in root.iter(f"{ATOM}link") if link.get("rel") == "self")
    assert self_link.get("href") == "http://testserver/search/feed.atom?q=budget&body=northbridge-city-council"
