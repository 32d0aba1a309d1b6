"""A part's alternatives found inside other words or as a translation's words apart count by the best of them.

A long record holds many common words by chance; on both engines it is not as much about a
subject as a paper naming the subject, however many of a translation's words it holds.
"""

from __future__ import annotations

from townhall.search.selectors import search_papers


def _others(add_paper) -> None:
    for n in range(6):
        add_paper(f"Referat {n}", f"Møde {n} om budgettet og sommerfesten.", language="da")


def test_a_paper_naming_the_subject_ranks_above_a_record_holding_each_word_of_its_translations(backend, add_paper):
    # "skolevej": the German paper names the Schulweg once; the long English record holds the
    # words of the translations apart, each of them many times.
    minutes = " ".join(f"Punkt {n}: Der Ortschaftsrat beriet über Haushalt, Personal und Friedhof." for n in range(8))
    schulweg = add_paper("Ortschaftsrat", f"{minutes} Der Schulweg an der Hauptstraße soll sicherer werden.", language="de")
    items = " ".join(f"Item {n}: the school board met. The road budget grew. The street lights were fixed. "
                     f"The bus route changed. The carriageway was resurfaced." for n in range(6))
    record = add_paper("Council record", items, language="en")
    _others(add_paper)
    backend.refresh_statistics()
    ranked = [hit.paper.pk for hit in search_papers(query="skolevej", user=None).hits]
    assert ranked[0] == schulweg.pk and record.pk in ranked


def test_a_department_named_in_one_word_ranks_above_a_record_naming_each_word_of_it_apart(backend, add_paper):
    # "climate department": the German paper founding a Klimareferat names it twice; the long
    # English record speaks of the climate and of many offices, units and divisions, never of
    # a climate department.
    founded = add_paper("Beschlussvorlage", "Ein Klimareferat wird gegründet. Es übernimmt die Aufgaben der Stadt "
                        "im Umweltschutz. Das Klimareferat erhält zwölf Stellen.", language="de")
    items = " ".join(f"Item {n}: the climate of the meeting was calm. The housing office, the parks unit and the "
                     f"roads division reported; the centre for seniors asked for staff." for n in range(6))
    record = add_paper("Climate, offices and units: the council record", items, language="en")
    _others(add_paper)
    backend.refresh_statistics()
    ranked = [hit.paper.pk for hit in search_papers(query="climate department", user=None).hits]
    assert ranked[0] == founded.pk and record.pk in ranked
