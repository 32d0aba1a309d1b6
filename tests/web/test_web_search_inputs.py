"""The search page, its htmx partial and its feed answer any input with 200 or a clear 4xx."""

from __future__ import annotations

import pytest


def test_a_feed_for_a_query_with_a_control_character_is_valid_atom(client, demo):
    response = client.get("/search/feed.atom", {"q": "Dublin\x01"})
    assert response.status_code == 200 and b"\x01" not in response.content


def test_a_feed_of_papers_with_control_characters_in_their_text_is_valid_atom(client, demo):
    from townhall.core.models import Paper
    from townhall.search.indexing import index_paper

    paper = Paper.objects.filter(public=True).first()
    paper.name = "Budget\x0bplan\x1b"
    paper.save()
    index_paper(paper)
    response = client.get("/search/feed.atom", {"q": "budgetplan OR plan OR budget"})
    assert response.status_code == 200 and b"\x0b" not in response.content


@pytest.mark.parametrize("organization", ["99999999999999999999999", "-1", "0", "1e9", "x" * 400, "99999\x00"])
def test_an_unknown_or_huge_committee_id_says_so(client, demo, organization):
    response = client.get("/search/", {"q": "budget", "organization": organization})
    assert response.status_code == 200 and "No committee is called" in response.content.decode()


def test_a_query_longer_than_the_form_used_to_take_is_searched(client, demo):
    query = "klimaplan " + "x" * 250
    page = client.get("/search/", {"q": query}).content.decode()
    # Searched, not dropped: a dropped query would list every paper.
    assert "Budget consultation 2027/28" not in page


def test_a_query_with_a_nul_is_searched_without_it(client, demo):
    page = client.get("/search/", {"q": "klimaplan\x00"}).content.decode()
    assert "Godkendelse af Klimaplan 2030 for Søby Kommune" in page
    assert "Budget consultation 2027/28" not in page


def test_a_ten_thousand_character_query_is_cut_at_a_word_boundary_with_a_note(client, demo):
    query = "klimaplan " + "budget " * 1500
    response = client.get("/search/", {"q": query})
    page = response.content.decode()
    assert response.status_code == 200 and "only its beginning was searched" in page


def test_the_htmx_partial_says_a_long_query_was_cut(client, demo):
    response = client.get("/search/", {"q": "klimaplan " * 200}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "only its beginning was searched" in response.content.decode()


def test_a_municipality_filter_by_name_finds_its_papers(client, demo):
    page = client.get("/search/", {"body": "Northbridge City Council"}).content.decode()
    assert "Budget consultation 2027/28" in page and "Godkendelse af Klimaplan" not in page


def test_a_municipality_filter_that_matches_nothing_says_so(client, demo):
    page = client.get("/search/", {"q": "budget", "body": "atlantis"}).content.decode()
    assert "No municipality is called “atlantis”" in page


def test_a_former_slug_of_a_municipality_redirects_to_its_page(client, demo):
    from townhall.core.models import Body, FormerSlug

    body = Body.objects.get(slug="northbridge-city-council")
    FormerSlug.objects.create(body=body, slug="northbridge")
    response = client.get("/bodies/northbridge/")
    assert (response.status_code, response["Location"]) == (301, "/bodies/northbridge-city-council/")
    calendar = client.get("/bodies/northbridge/meetings.ics")
    assert (calendar.status_code, calendar["Location"]) == (301, "/bodies/northbridge-city-council/meetings.ics")


def test_a_former_slug_still_filters_the_search(client, demo):
    from townhall.core.models import Body, FormerSlug

    FormerSlug.objects.create(body=Body.objects.get(slug="northbridge-city-council"), slug="northbridge")
    page = client.get("/search/", {"body": "northbridge"}).content.decode()
    assert "Budget consultation 2027/28" in page and "Godkendelse af Klimaplan" not in page


def test_a_misspelt_query_offers_the_corrected_words(client, demo):
    from townhall.search.backends import get_backend

    get_backend().refresh_statistics()
    page = client.get("/search/", {"q": "klimapaln"}).content.decode()
    assert "Did you mean:" in page and "klimaplan" in page.split("Did you mean:")[1][:200]
    assert "Godkendelse af Klimaplan 2030 for Søby Kommune" in page


def test_a_query_no_paper_fully_matches_says_it_shows_papers_with_most_words(client, demo):
    page = client.get("/search/", {"q": "klimaplan zanzibarkonference"}).content.decode()
    assert "No paper has all of “klimaplan”, “zanzibarkonference”" in page
    assert "Godkendelse af Klimaplan 2030 for Søby Kommune" in page


def test_the_relaxed_note_is_translated(client, demo):
    page = client.get("/search/", {"q": "klimaplan zanzibarkonference"}, HTTP_ACCEPT_LANGUAGE="da").content.decode()
    assert "Ingen sag har alle af “klimaplan”, “zanzibarkonference”" in page


@pytest.mark.parametrize("filters", [{"organization": "Integrationsrat\x00"}, {"body": "Lindenau\x00"}, {"organization": "\x00"}])
def test_a_committee_or_municipality_name_with_a_nul_matches_nothing(demo, filters):
    from townhall.search.selectors import search_papers

    results = search_papers(query="", user=None, filters=filters)
    assert (results.total, list(results.unmatched)) == (0, list(filters))
