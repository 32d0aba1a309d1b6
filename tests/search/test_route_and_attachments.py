"""A paper is found by the committees on its route and the names of its attachments, not by withheld ones."""

from __future__ import annotations

import pytest

from townhall.search.indexing import index_paper
from townhall.search.selectors import search_papers


def _names(query: str, user=None) -> list[str]:
    return [hit.paper.name for hit in search_papers(query=query, user=user, filters={}).hits]


@pytest.fixture
def routed_paper(add_paper, body):
    """A German paper whose text never names the committee it goes through."""
    from townhall.core.models import Organization
    from townhall.core.services import consultation_create

    paper = add_paper("Neubau der Kita am Mühlweg", "Die Verwaltung schlägt einen Neubau mit vier Gruppen vor.",
                      language="de", kind="proposal")
    committee = Organization.objects.create(body=body, name="Jugendhilfeausschuss")
    consultation_create(paper=paper, organizations=[committee], position=0)
    index_paper(paper)
    return paper


def test_a_paper_is_found_by_the_name_of_a_committee_only_on_its_route(routed_paper, add_paper):
    add_paper("Haushaltsplan", "Der Entwurf des Haushalts.", language="de")
    assert _names("Jugendhilfeausschuss") == ["Neubau der Kita am Mühlweg"]


def test_an_english_query_finds_the_committee_on_a_german_route(routed_paper):
    assert _names("youth welfare committee") == ["Neubau der Kita am Mühlweg"]


def test_a_committee_on_the_route_ranks_a_paper_above_one_that_mentions_it_once_in_passing(routed_paper, add_paper):
    add_paper("Bericht über Spielplätze", "Spielplätze im Stadtgebiet. " * 30 + "Der Jugendhilfeausschuss tagt im Mai.",
              language="de")
    assert _names("Jugendhilfeausschuss")[0] == "Neubau der Kita am Mühlweg"


def test_a_paper_is_found_by_the_name_of_its_attachment(add_paper, body):
    from townhall.core.models import File

    paper = add_paper("Standortvergleich", "Drei Standorte wurden betrachtet.", language="de")
    paper.auxiliary_files.add(File.objects.create(body=body, name="Denkmalrahmenplan Altstadt", public=True))
    index_paper(paper)
    assert _names("Denkmalrahmenplan") == ["Standortvergleich"]


def test_a_withheld_attachment_name_finds_nothing(add_paper, body, staff):
    from townhall.core.models import File

    paper = add_paper("Standortvergleich", "Drei Standorte wurden betrachtet.", language="de")
    paper.auxiliary_files.add(File.objects.create(body=body, name="Kaufpreisverhandlung Zylofant", public=False))
    index_paper(paper)
    assert (_names("Kaufpreisverhandlung"), _names("Zylofant", staff)) == ([], [])


def test_a_rebuilt_index_keeps_the_route(routed_paper):
    from townhall.search.indexing import rebuild

    rebuild()
    assert _names("Jugendhilfeausschuss") == ["Neubau der Kita am Mühlweg"]


def test_an_attachment_withheld_later_is_no_longer_found_by_its_name(add_paper, body):
    from townhall.core.access import file_set_public
    from townhall.core.models import File

    paper = add_paper("Standortvergleich", "Drei Standorte wurden betrachtet.", language="de")
    attachment = File.objects.create(body=body, name="Kaufpreisverhandlung Obstgut", public=True)
    paper.auxiliary_files.add(attachment)
    index_paper(paper)
    found = _names("Kaufpreisverhandlung")
    file_set_public(attachment, False)
    assert (found, _names("Kaufpreisverhandlung")) == (["Standortvergleich"], [])
