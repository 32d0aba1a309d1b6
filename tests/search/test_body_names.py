"""A municipality's name in a query finds its papers, though they may never write it."""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers


@pytest.fixture
def two_cities(db):
    from townhall.core.services import body_create

    return (body_create(name="Landeshauptstadt Quellhausen", country="DE", language="de"),
            body_create(name="Stadt Birkenau", country="DE", language="de"))


@pytest.mark.django_db
def test_a_city_named_with_a_committee_finds_the_city_s_paper(add_paper, backend, two_cities):
    quellhausen, birkenau = two_cities
    ours = add_paper("Antrag Messe", "Der Ausschuss für Arbeit und Wirtschaft wird gebeten, zu berichten.",
                     language="de", in_body=quellhausen)
    add_paper("Antrag Messe", "Der Ausschuss für Arbeit und Wirtschaft soll berichten.", language="de", in_body=birkenau)
    add_paper("Tagesordnung", "Der Haushalt wird beraten.", language="de", in_body=quellhausen)
    backend.refresh_statistics()
    hits = search_papers(query="Wirtschaftsausschuss Quellhausen", user=None).hits
    assert [hit.paper.pk for hit in hits][:1] == [ours.pk]


@pytest.mark.django_db
def test_only_the_words_that_name_the_city_are_indexed(add_paper, backend, two_cities):
    # "Stadt" and "Landeshauptstadt" are words every German city's name has: no paper is
    # found by them for its municipality's sake.
    quellhausen, _ = two_cities
    add_paper("Tagesordnung", "Der Haushalt wird beraten.", language="de", in_body=quellhausen)
    backend.refresh_statistics()
    assert search_papers(query="Landeshauptstadt", user=None).hits == []
    assert len(search_papers(query="Quellhausen", user=None).hits) == 1
