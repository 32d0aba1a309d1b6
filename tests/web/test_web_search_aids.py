"""Search aids: filter chips, folding facets, the language switch keeping a live search, why a hit matched."""

from __future__ import annotations

import pytest

from townhall.core.models import Organization, Paper

pytestmark = pytest.mark.django_db


def test_active_filters_are_chips_that_remove_themselves(client, demo):
    page = client.get("/search/", {"q": "plan", "body": "soeby-kommune", "kind": "agenda_item"}).content.decode()
    chips = page[page.index('class="chips"'):page.index("</div>", page.index('class="chips"'))]
    assert "Municipality: Søby Kommune" in chips
    assert 'href="?q=plan&amp;kind=agenda_item"' in chips
    assert 'href="?q=plan&amp;body=soeby-kommune"' in chips


def test_long_facet_lists_fold_away_behind_a_summary_with_a_filter_box(client, demo):
    lindenau = demo and Paper.objects.filter(body__slug="stadt-lindenau").first().body
    for number in range(12):
        organization = Organization.objects.create(body=lindenau, name=f"Ausschuss {number:02}")
        paper = Paper.objects.create(body=lindenau, name=f"Vorlage {number}", language="de")
        paper.under_direction_of.add(organization)
    from townhall.search.indexing import rebuild

    rebuild()
    page = client.get("/search/", {"body": "stadt-lindenau"}).content.decode()
    assert 'data-facet-more="facet-list-organization"' in page
    assert 'data-facet-filter="facet-list-organization"' in page


def test_live_search_updates_the_language_switch_to_come_back_to_the_same_search(client, demo):
    response = client.get("/search/", {"q": "budget"}, HTTP_HX_REQUEST="true").content.decode()
    assert '<input type="hidden" name="next" id="language-next" value="/search/?q=budget" hx-swap-oob="true">' in response


def test_switching_the_language_keeps_the_search(client, demo):
    response = client.post("/i18n/setlang/", {"language": "de", "next": "/search/?q=budget&sort=newest"})
    assert response["Location"] == "/search/?q=budget&sort=newest"


def test_a_match_through_the_glossary_says_which_word_it_was_found_by(client, demo):
    page = client.get("/search/", {"q": "Kindergarten"}).content.decode()
    assert "Found via:" in page
    via = page[page.index("Found via:"):]
    assert "Kindergarten</span> →" in via[:400]
