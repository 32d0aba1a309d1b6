"""search_papers: what pages, feeds and the command line get back for a query and filters."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from townhall.search.selectors import search_papers


def _names(results) -> list[str]:
    return [hit.paper.name for hit in results.hits]


@pytest.mark.parametrize("query", ['"', "-", "OR", "((", "AND AND", '"unclosed phrase', "*", "-London", "NEAR(a b)", "\x00"])
def test_a_malformed_query_finds_nothing_and_never_fails(add_paper, query):
    add_paper("London", "Conference in London.", language="en")
    results = search_papers(query=query, user=None, filters={})
    assert (results.total, results.hits) == (0, [])


def test_a_query_with_fts_syntax_characters_is_searched_as_words(add_paper):
    add_paper("Notat", "Budget for Søby.")
    assert _names(search_papers(query='budget^ ("søby") :', user=None)) == ["Notat"]


def test_an_empty_query_lists_every_visible_paper_newest_first(add_paper):
    add_paper("Old", "x", paper_date=date(2010, 1, 1))
    add_paper("New", "y", paper_date=date(2020, 1, 1))
    assert _names(search_papers(query="  ", user=None)) == ["New", "Old"]


def test_sort_by_date_puts_the_newest_first(add_paper):
    add_paper("Budget 2010", "Budget.", paper_date=date(2010, 1, 1))
    add_paper("Notat", "Budget og budget.", paper_date=date(2020, 1, 1))
    assert _names(search_papers(query="budget", user=None, sort="date")) == ["Notat", "Budget 2010"]


def test_sort_oldest_puts_the_oldest_first(add_paper):
    add_paper("A", "Budget.", paper_date=date(2020, 1, 1))
    add_paper("B", "Budget.", paper_date=date(2010, 1, 1))
    assert _names(search_papers(query="budget", user=None, sort="oldest")) == ["B", "A"]


def test_date_filters_keep_papers_in_the_range(add_paper):
    add_paper("2009", "Budget.", paper_date=date(2009, 6, 1))
    add_paper("2010", "Budget.", paper_date=date(2010, 6, 1))
    add_paper("2011", "Budget.", paper_date=date(2011, 6, 1))
    results = search_papers(query="budget", user=None, filters={"date_from": "2010-01-01", "date_to": date(2010, 12, 31)})
    assert _names(results) == ["2010"]


def test_an_unreadable_date_filter_is_ignored(add_paper):
    add_paper("A", "Budget.", paper_date=date(2009, 6, 1))
    assert search_papers(query="budget", user=None, filters={"date_from": "last tuesday"}).total == 1


def test_kind_and_language_filters_narrow_the_hits(add_paper):
    add_paper("Dansk", "Budget.", kind="proposal")
    add_paper("English", "Budget.", kind="proposal", language="en")
    add_paper("Memo", "Budget.", kind="memo", language="en")
    assert _names(search_papers(query="budget", user=None, filters={"kind": "proposal", "language": "en"})) == ["English"]


def test_body_filter_takes_the_municipality_slug(add_paper, body):
    from townhall.core.services import body_create

    other = body_create(name="Andeby Kommune", language="da")
    add_paper("Here", "Budget.")
    add_paper("There", "Budget.", in_body=other)
    assert _names(search_papers(query="budget", user=None, filters={"body": other.slug})) == ["There"]


def test_deadline_filters_keep_papers_with_a_deadline_in_the_range(add_paper, body):
    from townhall.core.models import Deadline

    inside = add_paper("Høring", "Budget.")
    outside = add_paper("Andet", "Budget.")
    Deadline.objects.create(paper=inside, body=body, date=date(2030, 5, 1), purpose="Svar")
    Deadline.objects.create(paper=outside, body=body, date=date(2031, 5, 1), purpose="Svar")
    results = search_papers(query="budget", user=None, filters={"deadline_from": "2030-01-01", "deadline_to": "2030-12-31"})
    assert _names(results) == ["Høring"]


def test_facets_count_matches_per_body_kind_language_and_year(add_paper, body):
    add_paper("A", "Budget.", kind="memo", paper_date=date(2020, 1, 1))
    add_paper("B", "Budget.", kind="memo", paper_date=date(2021, 1, 1), language="en")
    add_paper("C", "Budget.", kind="proposal", paper_date=date(2021, 5, 1))
    facets = search_papers(query="budget", user=None).facets
    assert (facets["body"], facets["kind"], facets["language"], facets["year"]) == (
        [(body.slug, body.name, 3)],
        [("memo", "Memo", 2), ("proposal", "Proposal", 1)],
        [("da", "da", 2), ("en", "en", 1)],
        [("2021", "2021", 2), ("2020", "2020", 1)],
    )


def test_organization_facet_and_filter_follow_consultations_and_lead_committees(add_paper, body):
    from townhall.core.models import Organization
    from townhall.core.services import consultation_create

    committee = Organization.objects.create(body=body, name="Økonomiudvalget")
    consulted = add_paper("Consulted", "Budget.")
    led = add_paper("Led", "Budget.")
    add_paper("Neither", "Budget.")
    consultation_create(paper=consulted, organizations=[committee], position=0)
    led.under_direction_of.add(committee)
    results = search_papers(query="budget", user=None, filters={"organization": str(committee.pk)})
    facet = search_papers(query="budget", user=None).facets["organization"]
    assert (sorted(_names(results)), facet) == (["Consulted", "Led"], [(str(committee.pk), f"Økonomiudvalget ({body.name})", 2)])


def test_pages_split_the_hits_and_keep_the_total(add_paper):
    for n in range(5):
        add_paper(f"Notat {n}", "Budget.")
    pages = [search_papers(query="budget", user=None, page=p, per_page=2) for p in (1, 2, 3, 4)]
    assert [len(p.hits) for p in pages] == [2, 2, 1, 0] and {p.total for p in pages} == {5}
    assert len({hit.paper.pk for page in pages for hit in page.hits}) == 5


def test_a_snippet_marks_the_matched_words_and_escapes_the_text(add_paper):
    add_paper("Notat", "Udvalget <b>drøfter</b> konferencen & budgettet.")
    snippet = search_papers(query="konference", user=None).hits[0].snippet_html
    assert snippet == "Udvalget &lt;b&gt;drøfter&lt;/b&gt; <mark>konferencen</mark> &amp; budgettet."


def test_a_snippet_of_a_long_text_shows_the_passage_with_the_matches(add_paper):
    text = "Indledning om andre emner. " * 60 + "Her handler det om havnebadet ved kajen. " + "Afslutning. " * 60
    add_paper("Notat", text)
    snippet = search_papers(query="havnebad", user=None).hits[0].snippet_html
    assert "<mark>havnebadet</mark>" in snippet and snippet.startswith("… ") and snippet.endswith(" …")


def test_a_query_language_analyses_the_query_in_that_language_only(add_paper):
    add_paper("Notat", "Udvalget drøftede konferencen.")
    danish = search_papers(query="konferencerne", user=None, filters={"query_language": "da"}, expand=False).total
    english = search_papers(query="konferencerne", user=None, filters={"query_language": "en"}, expand=False).total
    assert (danish, english) == (1, 0)


def test_glossary_expansion_finds_other_languages_and_can_be_switched_off(add_paper):
    add_paper("Konferenz", "Die Konferenz findet in Dublin statt.", language="de")
    expanded = search_papers(query="conference", user=None).total
    literal = search_papers(query="conference", user=None, expand=False).total
    assert (expanded, literal) == (1, 0)


def test_the_search_command_prints_ranked_hits(add_paper, capsys):
    add_paper("Havneplan", "Planen for havnen.")
    call_command("search", "havneplan", "--limit", "5")
    out = capsys.readouterr().out
    assert "1 papers found." in out and "1. Havneplan" in out and "*Havneplan*" not in out


def test_the_search_rebuild_command_indexes_every_paper(add_paper, capsys):
    add_paper("Havneplan", "Planen for havnen.", index=False)
    call_command("search-rebuild", "--workers", "1")
    assert "Indexed 1 papers" in capsys.readouterr().out and search_papers(query="havneplan", user=None).total == 1


def test_committees_are_not_counted_for_a_broad_search_across_municipalities(add_paper, body, monkeypatch):
    from townhall.core.models import Organization
    from townhall.search import selectors

    committee = Organization.objects.create(body=body, name="Økonomiudvalget")
    for n in range(3):
        add_paper(f"Notat {n}", "Budget.").under_direction_of.add(committee)
    monkeypatch.setattr(selectors, "ORGANIZATION_FACET_LIMIT", 2)
    broad = search_papers(query="budget", user=None).facets["organization"]
    in_body = search_papers(query="budget", user=None, filters={"body": body.slug}).facets["organization"]
    assert (broad, in_body) == ([], [(str(committee.pk), "Økonomiudvalget", 3)])


@pytest.fixture
def one_paper(add_paper):
    return add_paper("Notat", 'Budget "2010" og NEAR-møde (AND) ab æøß.')


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=st.sampled_from(list('ab æøß"-*()|:^.,/\'OR NEAR AND 2010')), max_size=40))
def test_any_typed_text_gives_results_or_none_but_never_an_error(one_paper, query):
    # The paper is created once for all examples (a function-scoped fixture under hypothesis).
    results = search_papers(query=query, user=None)
    assert results.total == len(results.hits) and results.total in (0, 1)


def test_a_rare_word_outweighs_a_word_every_paper_holds(add_paper):
    # Both engines weigh a word by how few papers hold it (BM25's inverse document frequency),
    # so short papers with a common word do not bury the long one with the rare word.
    for n in range(6):
        add_paper(f"Referat {n}", f"Fonden betaler punkt {n}.")
    rare = add_paper("Notat", "Handicappuljen giver tilskud. " + " ".join(f"Ord{n} om vejen." for n in range(150)))
    hits = search_papers(query="handicappuljen OR fonden", user=None).hits
    assert hits[0].paper.pk == rare.pk and len(hits) == 7


def test_a_known_phrase_ranks_its_translation_above_a_paper_with_its_words_far_apart(add_paper):
    add_paper("Krankenversicherung", "Änderung des Gesetzes über die Krankenversicherung. " + "Die Debatte im Rat. " * 40,
              language="de")
    add_paper("Budget update", "The public health grant rises. " + "Spending on roads. " * 5
              + "Insurance of council buildings is renewed.", language="en")
    assert _names(search_papers(query="health insurance", user=None, filters={})) == ["Krankenversicherung", "Budget update"]


def test_everyday_words_find_the_official_term_in_another_language(add_paper):
    oath = add_paper("Protokoll", "Das neue Mitglied leistet das Amtsgelübde vor dem Grossen Rat.", language="de")
    doctor = add_paper("Questions", "Millions of GP appointments are missed every year.", language="en")
    stoves = add_paper("Campaigns", "Clean Air Night: the effects of log burning on our lungs.", language="en")
    add_paper("Sitzung", "Der Rat berät den Haushalt.", language="de")
    found = {query: [hit.paper.pk for hit in search_papers(query=query, user=None).hits]
             for query in ("sworn in", "lægetider", "brændeovne")}
    assert found == {"sworn in": [oath.pk], "lægetider": [doctor.pk], "brændeovne": [stoves.pk]}


def test_an_english_word_of_a_municipality_name_is_still_translated(add_paper):
    from townhall.core.services import body_create

    english = body_create(name="City of Northbridge", language="en")
    add_paper("Agenda", "Items for the meeting.", language="en", in_body=english)
    stadt = add_paper("Stadtrat", "Die Stadt plant neue Radwege.", language="de")
    assert [hit.paper.pk for hit in search_papers(query="city", user=None).hits] == [stadt.pk]


def test_development_is_not_taken_for_a_property_developer(add_paper):
    add_paper("Bauträger", "Der Bauträger baut zwanzig Wohnungen.", language="de")
    plan = add_paper("Stadtentwicklung", "Die Stadtentwicklung bis 2040.", language="de")
    assert [hit.paper.pk for hit in search_papers(query="city development", user=None).hits] == [plan.pk]


def test_a_students_transit_pass_is_found_by_its_german_name(add_paper):
    upass = add_paper("Costs of implementing a universal transit pass for post-secondary students",
                      "The UPass would give every student a bus pass.", language="en")
    add_paper("Bus timetable", "New bus routes and a season ticket.", language="en")
    assert [hit.paper.pk for hit in search_papers(query="Semesterticket", user=None).hits] == [upass.pk]


def test_two_glossary_phrases_sharing_a_word_each_carry_their_translations(add_paper):
    # "urban renewal area": *urban renewal* is read first, and *renewal area* (a redevelopment
    # area) shares its second word; a German paper naming only the latter must still be found.
    area = add_paper("Tagesordnung", "Teilaufhebung der Satzung über das Sanierungsgebiet am Bahnhof.", language="de")
    add_paper("Sitzung", "Der Rat berät den Haushalt und die Schulen.", language="de")
    hits = search_papers(query="urban renewal area", user=None, filters={}).hits
    assert hits and hits[0].paper.pk == area.pk


def test_a_german_word_for_film_finds_an_english_paper_on_motion_pictures(add_paper):
    picture = add_paper("Studio lease", "A lease of the old hangar to a company producing motion pictures.", language="en")
    add_paper("Harbour", "The harbour bath opens in May.", language="en")
    assert [hit.paper.name for hit in search_papers(query="Spielfilm", user=None).hits] == [picture.name]
