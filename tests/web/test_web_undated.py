"""Undated papers never vanish: lists, sorting and the year facet use their effective date, marked as such."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from townhall.core import services
from townhall.core.models import Consultation, Organization, Paper

pytestmark = pytest.mark.django_db


@pytest.fixture
def undated(demo, search_index):
    """A paper without a date of its own, routed to a committee yesterday: dated by its route."""
    body = Paper.objects.get(name="Budget consultation 2027/28").body
    paper = Paper.objects.create(body=body, name="Allotment rents review", language="en", kind="memo")
    step = Consultation.objects.create(paper=paper, position=0, date=timezone.localdate() - timedelta(days=1), role="Decision")
    step.organizations.add(Organization.objects.get(name="Finance and Resources Committee"))
    services.papers_date_refresh([paper.pk])
    search_index()
    return Paper.objects.get(pk=paper.pk)


def test_home_lists_an_undated_paper_by_its_route_date_and_says_so(client, undated):
    page = client.get("/").content.decode()
    latest = page[page.index('id="latest-papers"'):page.index('id="next-meetings"')]
    assert "Allotment rents review" in latest
    assert "(first consultation)" in latest


def test_newest_first_search_puts_the_undated_paper_by_its_route_date(client, undated):
    page = client.get("/search/", {"sort": "newest"}).content.decode()
    hits = page[page.index('class="item-list hits"'):]
    assert hits.index("Allotment rents review") < hits.index("Budget consultation 2027/28")


def test_year_facet_counts_the_undated_paper_in_its_route_year(client, undated):
    year = str(undated.effective_date.year)
    page = client.get("/search/", {"q": "allotment"}).content.decode()
    facets = page[page.index('class="facets"'):]
    assert f"{year} <span class=\"count\">(1)</span>" in facets


def test_paper_page_marks_the_date_as_taken_from_the_route(client, undated):
    page = client.get(f"/papers/{undated.pk}/").content.decode()
    assert "(first consultation)" in page
