"""The contract every search backend keeps; runs against the backend the database selects."""

from __future__ import annotations

from townhall.core.models import Paper
from townhall.search.backends.base import IndexEntry


def _ids(backend, query: str) -> list[int]:
    expression = backend.render(query)
    return [paper_id for paper_id, _ in backend.search(expression, limit=50)] if expression else []


def _ranked(query: str) -> list[int]:
    from townhall.search.selectors import search_papers

    return [hit.paper.pk for hit in search_papers(query=query, user=None).hits]


def test_an_indexed_paper_is_found_by_a_word_of_its_text(backend, add_paper):
    paper = add_paper("Budget", "Kommunen holder en integrationskonference i Dublin.")
    assert _ids(backend, "Dublin") == [paper.pk]


def test_a_paper_is_found_by_an_inflected_form_of_its_words(backend, add_paper):
    paper = add_paper("Møde", "Udvalget drøftede konferencen.")
    assert _ids(backend, "konference") == [paper.pk]


def test_reindexing_a_paper_replaces_its_old_terms(backend, add_paper):
    from townhall.search.indexing import index_paper

    paper = add_paper("Notat", "Cykelstier langs havnen.")
    paper.main_file.text = "Skolereform for hele kommunen."
    paper.main_file.save()
    index_paper(paper)
    assert (_ids(backend, "cykelstier"), _ids(backend, "skolereform")) == ([], [paper.pk])


def test_a_removed_paper_is_no_longer_found(backend, add_paper):
    paper = add_paper("Notat", "Cykelstier langs havnen.")
    backend.remove([paper.pk])
    assert _ids(backend, "cykelstier") == []


def test_rebuild_replaces_the_whole_index_and_reports_progress(backend, add_paper):
    kept = add_paper("Notat", "Havnebad i sommer.")
    add_paper("Gammel", "Gammel tekst.")
    seen = []
    done = backend.rebuild([[IndexEntry(kept.pk, "havnebad", "", "", "")]], progress=seen.append)
    assert (done, seen, backend.count(), _ids(backend, "gammel")) == (1, [1], 1, [])


def test_a_title_match_ranks_above_a_body_match(backend, add_paper):
    in_body = add_paper("Referat", "Punkt 4: busnettet i midtbyen. " * 3)
    in_title = add_paper("Nyt busnet", "Forslaget drøftes i udvalget.")
    assert _ids(backend, "busnet") == [in_title.pk, in_body.pk]


def test_a_reference_match_ranks_above_a_body_match(backend, add_paper):
    in_body = add_paper("Referat", "Se også sag 2010-16508 fra sidste år.")
    own = add_paper("Indstilling", "Forslaget drøftes i udvalget.", reference="2010-16508")
    assert _ids(backend, "2010-16508") == [own.pk, in_body.pk]


def test_an_exact_compound_ranks_above_its_parts(backend, add_paper):
    parts = add_paper("Bericht", "Die Konferenz behandelt die Integration von Zugewanderten.", language="de")
    whole = add_paper("Bericht", "Die Integrationskonferenz tagt im Mai.", language="de")
    assert _ranked("Integrationskonferenz") == [whole.pk, parts.pk]


def test_a_compound_is_found_by_one_of_its_parts(backend, add_paper):
    paper = add_paper("Bericht", "Die Integrationskonferenz tagt im Mai.", language="de")
    assert _ids(backend, "Konferenz") == [paper.pk]


def test_a_phrase_needs_its_words_next_to_each_other(backend, add_paper):
    together = add_paper("A", "The city council approved the plan.", language="en")
    add_paper("B", "The council of the city approved the plan.", language="en")
    assert _ids(backend, '"city council"') == [together.pk]


def test_a_prefix_finds_every_word_that_starts_with_it(backend, add_paper):
    first = add_paper("A", "Klimatilpasning af kysten.")
    second = add_paper("B", "Klimaplanen vedtages.")
    assert sorted(_ids(backend, "klima*")) == sorted([first.pk, second.pk])


def test_an_excluded_word_leaves_papers_with_it_out(backend, add_paper):
    kept = add_paper("A", "Conference in Dublin.", language="en")
    add_paper("B", "Conference in London.", language="en")
    assert _ids(backend, "conference -London") == [kept.pk]


def test_either_of_two_words_is_enough_with_or(backend, add_paper):
    first = add_paper("A", "Der Haushalt wird beraten.", language="de")
    second = add_paper("B", "The budget is discussed.", language="en")
    assert sorted(_ids(backend, "budget OR Haushalt")) == sorted([first.pk, second.pk])


def test_restrict_narrows_a_queryset_to_the_matches(backend, add_paper):
    match = add_paper("A", "Havneplan for Søby.")
    add_paper("B", "Skoleplan for Søby.")
    assert list(backend.restrict(Paper.objects.all(), backend.render("havneplan"))) == [match]


def test_rank_orders_a_queryset_best_first_with_positive_scores(backend, add_paper):
    in_body = add_paper("Referat", "Punkt 4: busnettet i midtbyen.")
    in_title = add_paper("Nyt busnet", "Forslaget drøftes.")
    expression = backend.render("busnet")
    ranked = backend.rank(backend.restrict(Paper.objects.all(), expression), expression)
    assert [paper_id for paper_id, _ in ranked] == [in_title.pk, in_body.pk] and all(s > 0 for _, s in ranked)


def test_rank_pages_through_the_matches(backend, add_paper):
    papers = [add_paper(f"Notat {n}", "Havnebad i sommer.") for n in range(5)]
    expression = backend.render("havnebad")
    matched = backend.restrict(Paper.objects.all(), expression)
    pages = [backend.rank(matched, expression, offset=offset, limit=2) for offset in (0, 2, 4)]
    assert sorted(paper_id for page in pages for paper_id, _ in page) == sorted(p.pk for p in papers)


def test_restrict_keeps_the_filters_of_the_queryset(backend, add_paper):
    add_paper("A", "Havneplan for Søby.", kind="memo")
    found = backend.restrict(Paper.objects.filter(kind="proposal"), backend.render("havneplan"))
    assert list(found) == []


def test_a_paper_of_unknown_language_is_found_by_its_words_as_written(backend, add_paper):
    paper = add_paper("Nota", "Presupuesto municipal para el año próximo.", language="")
    assert _ids(backend, "presupuesto") == [paper.pk]


def test_the_index_reports_its_size(backend, add_paper):
    add_paper("A", "Havneplan for Søby.")
    size = backend.size_bytes()
    assert size is None or size > 0


# -- compounds on the index's own words, quotes, proper names ------------------------------------


def test_a_first_part_finds_the_compound_the_lexicon_cannot_split(backend, add_paper):
    paper = add_paper("Tilbud", "Aflastningstilbud til familier. Aflastningstilbuddet udvides.")
    add_paper("Andet", "Et tilbud om rådgivning.")
    backend.refresh_statistics()
    assert _ranked("aflastning") == [paper.pk]


def test_a_refilled_vocabulary_is_read_afresh_even_when_it_holds_as_many_papers(backend, add_paper):
    # What the search learns from the vocabulary (here: the compounds "aflastning" begins) is kept
    # per filling; a new filling of as many papers must not be taken for the old one.
    first = add_paper("Tilbud", "Aflastningstilbud til familier. Aflastningstilbuddet udvides.")
    backend.refresh_statistics()
    assert _ranked("aflastning") == [first.pk]
    backend.remove([first.pk])
    Paper.objects.filter(pk=first.pk).delete()
    second = add_paper("Ordning", "Aflastningsordning for familier. Aflastningsordningen udvides.")
    backend.refresh_statistics()
    assert _ranked("aflastning") == [second.pk]


def test_a_search_asks_the_database_which_filling_the_vocabulary_is_once(backend, add_paper):
    # Planning, counting and ranking each ask; within one search the answer stands.
    from django.db import connection

    from townhall.search import vocabulary

    add_paper("Skoler", "Budgettet for skolerne og kulturen.")
    add_paper("Kultur", "Kulturens budget og skolernes.")
    backend.refresh_statistics()
    asked = []

    def record(execute, sql, params, many, context):
        if "search_vocabulary" in sql and vocabulary.TOTAL in (params or ()):
            asked.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert len(_ranked("skolerne budget")) == 2
    assert len(asked) == 1


def test_a_last_part_finds_the_compound_the_lexicon_cannot_split(backend, add_paper):
    paper = add_paper("Idræt", "Nye sportspladser ved skolen. Sportspladsen får lys.")
    add_paper("Sport", "Sport for alle.")
    backend.refresh_statistics()
    assert _ranked("pladser") == [paper.pk]


def test_a_word_finds_a_form_its_stemmer_keeps_apart(backend, add_paper):
    # Danish "seminar" and its definite form "seminariet" stem differently (seminar / seminari).
    paper = add_paper("Dagsorden", "Punkt 4: Byrådsseminariet i juni, program og tilmelding.")
    # Another paper holds both parts apart, so the word alone finds something and is not "corrected".
    other = add_paper("Andet", "Byrådet holder et seminar om trafik for borgerne.")
    backend.refresh_statistics()
    assert _ranked("byrådsseminar") == [paper.pk, other.pk]


def test_quotes_mean_the_whole_word_not_a_compound_part(backend, add_paper):
    whole = add_paper("Konferenz", "Die Konferenz tagt.", language="de")
    part = add_paper("Integrationskonferenz", "Die Integrationskonferenz tagt.", language="de")
    assert (_ranked('"Konferenz"'), sorted(_ranked("Konferenz"))) == ([whole.pk], sorted([whole.pk, part.pk]))


def test_a_quoted_phrase_is_not_found_in_the_parts_of_a_compound(backend, add_paper):
    add_paper("Integrationskonferenz", "Die Integrationskonferenz tagt.", language="de")
    apart = add_paper("Getrennt", "Integration Konferenz.", language="de")
    assert _ranked('"Integration Konferenz"') == [apart.pk]


def test_a_street_known_to_the_database_is_neither_split_nor_translated(backend, add_paper, body):
    from townhall.core.models import Location

    Location.objects.create(body=body, street_address="Skolevej 12", locality="Testby")
    street = add_paper("Skolevej", "Asfalt på Skolevej 12.")
    add_paper("School road", "The school road by the church is closed.", language="en")
    add_paper("Schulweg", "Der Schulweg wird sicherer.", language="de")
    backend.refresh_statistics()
    assert _ranked("Skolevej") == [street.pk]


def test_a_word_written_like_a_street_is_not_translated(backend, add_paper):
    add_paper("School road", "The school road by the church is closed.", language="en")
    street = add_paper("Kirchstraße", "Baustelle in der Kirchstraße.", language="de")
    assert _ranked("Kirchstraße") == [street.pk]


def test_a_word_of_the_language_written_like_a_street_is_translated(backend, add_paper, tmp_path, settings):
    # "legeplads" ends like a square's name ("Rådhuspladsen"), but it is a playground, a word the
    # glossary knows: the German paper on a playground is found, and the word is not kept as written.
    settings.SEARCH_DICTIONARY_FILE = tmp_path / "no-dictionaries.sqlite3"
    playground = add_paper("Spielplatz", "Der Spielplatz am Weiher wird erneuert.", language="de")
    legeplads = add_paper("Legeplads", "Den nye legeplads i parken åbner i maj.")
    add_paper("Sportplatz", "Der Sportplatz bekommt Flutlicht.", language="de")
    backend.refresh_statistics()
    assert sorted(_ranked("legeplads")) == sorted([playground.pk, legeplads.pk])


def test_a_street_name_finds_papers_that_write_it_short(backend, add_paper):
    short = add_paper("Einkaufswagen", "Einkaufswagen an der Kirchstr. 1 werden mit Müll abgestellt.", language="de")
    add_paper("Kirche", "Die Kirche bekommt ein neues Dach.", language="de")
    full = add_paper("Baustelle", "Baustelle in der Kirchstraße.", language="de")
    assert sorted(_ranked("Kirchstraße")) == sorted([short.pk, full.pk])
    assert sorted(_ranked("Kirchstr")) == sorted([short.pk, full.pk])


def test_a_german_compound_finds_the_same_thing_as_adjective_and_noun(backend, add_paper):
    compound = add_paper("Stadtbibliothek", "Die Stadtbibliothek öffnet länger.", language="de")
    apart = add_paper("Bibliothek", "Die städtische Bibliothek öffnet länger.", language="de")
    add_paper("Schule", "Die städtische Schule wird saniert.", language="de")
    backend.refresh_statistics()
    assert _ranked("Stadtbibliothek") == [compound.pk, apart.pk]


def test_a_title_made_of_the_typed_word_ranks_above_a_text_full_of_compounds_starting_with_it(backend, add_paper):
    # "Skybrudsplan" and "skybrudsprojektet" are found through "skybrud", but they must not add up
    # to more than a title about the thing itself: what only such compounds add counts as parts.
    titled = add_paper("Skybrud i byen", "Kommunen sikrer kældre mod vand.")
    chatty = add_paper("Klimaplan", "Skybrudsplan, skybrudsplanen og skybrudsprojektet: et skybrud kostede meget. "
                       "Skybrudsprojektet og skybrudsplanen følges op i 2025 med en ny skybrudsplan.")
    for number in range(12):
        add_paper(f"Plan {number}", "En plan og et projekt for byen.")
    backend.refresh_statistics()
    assert _ranked("skybrud") == [titled.pk, chatty.pk]



def test_a_compound_translated_word_for_word_ranks_above_its_parts_scattered_in_a_text(backend, add_paper):
    together = add_paper("Report", "The council sent two members to the integration conference held in Dublin in May.",
                         language="en")
    apart = add_paper("Minutes", "Integration of refugees. Integration courses. The conference of mayors. Conference fees.",
                      language="en")
    for number in range(8):
        add_paper(f"Harbour {number}", "The harbour bath opens in May.", language="en")
    assert _ranked("Integrationskonferenz") == [together.pk, apart.pk]


def test_a_german_compound_of_budget_and_overrun_finds_an_english_overspend(backend, add_paper):
    overspend = add_paper("Budget monitoring", "Adult social care has the largest overspend this year.", language="en")
    add_paper("Budget", "The budget for next year is set.", language="en")
    assert _ranked("Budgetüberschreitung") == [overspend.pk]


def test_an_everyday_danish_word_for_wind_turbines_finds_german_wind_energy(backend, add_paper):
    paper = add_paper("Niederschrift", "Regionalversammlung zum Thema Windenergie.", language="de")
    assert _ranked("vindmøller") == [paper.pk]


def test_splitting_a_department_is_the_german_division_of_its_office(backend, add_paper):
    from townhall.search.selectors import search_papers

    split = add_paper("Beschlussvorlage", "Die Aufteilung des Referats für Gesundheit und Umwelt in zwei Referate.",
                      language="de")
    results = search_papers(query="split health and environment department", user=None)
    # Every word has its German counterpart: the paper has them all, not only most of them.
    complete = results.relaxed.complete if results.relaxed else len(results.hits)
    assert ([hit.paper.pk for hit in results.hits], complete) == ([split.pk], 1)


def test_words_standing_together_rank_above_the_same_words_pages_apart(backend, add_paper):
    filler = " ".join(["The committee noted the report."] * 60)
    together = add_paper("Report", f"{filler} The split of the health and environment office. {filler}", language="en")
    apart = add_paper("Report", f"The split. {filler} The health office. {filler} The environment.", language="en")
    assert _ranked("split health environment") == [together.pk, apart.pk]


def test_a_compound_that_found_a_few_papers_is_followed_by_papers_holding_its_translatable_words(backend, add_paper):
    from townhall.search.selectors import search_papers

    compound = add_paper("Buslinje", "Ny buslinje til stationen.")
    buses = add_paper("Trafik", "Linje 600S kører med busser hver time.")
    english = add_paper("Transport", "The county subsidises rural buses.", language="en")
    line = add_paper("Tog", "Linje 3 kører igen.")
    results = search_papers(query="buslinje", user=None)
    ranked = [hit.paper.pk for hit in results.hits]
    # The paper that writes the compound first, then those holding its word the glossary
    # knows (buses, in any language); "linje" alone, which has no translation, adds nothing.
    assert ranked[0] == compound.pk and set(ranked[1:]) == {buses.pk, english.pk} and line.pk not in ranked
    assert results.relaxed is not None and results.relaxed.complete == 1
