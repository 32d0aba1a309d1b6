"""A reference typed without the suffix of a longer one finds the paper filed under it."""

from __future__ import annotations

import pytest

from townhall.search.selectors import search_papers


def _found(query: str) -> list[int]:
    return [hit.paper.pk for hit in search_papers(query=query, user=None).hits]


@pytest.mark.django_db
@pytest.mark.parametrize(("reference", "typed"), [
    # A Danish document number is its case number and the document's number within the case.
    ("2019-004512-17", "2019-004512"),
    # A German paper's number carries the office that wrote it.
    ("BV/031/2024/II-FB5", "BV/031/2024"),
])
def test_the_case_number_finds_the_document_filed_under_it(add_paper, backend, reference, typed):
    filed = add_paper("Notat om skolevej", "Notatet beskriver trafikken ved skolen.", reference=reference)
    other = add_paper("Notat om budget", "Budgettet for 2020 og sagen 004512 i et andet år.", reference="2020-000001-1")
    backend.refresh_statistics()
    found = _found(typed)
    assert filed.pk in found
    assert other.pk not in found


@pytest.mark.django_db
def test_the_whole_reference_still_ranks_its_paper_first(add_paper, backend):
    case = add_paper("Dagsorden", "Punkt 3 behandles under sag 2019-004512.", reference="2019-004512")
    document = add_paper("Notat", "Notat til sagen.", reference="2019-004512-17")
    backend.refresh_statistics()
    assert _found("2019-004512-17")[:1] == [document.pk]
    assert set(_found("2019-004512")) == {case.pk, document.pk}
