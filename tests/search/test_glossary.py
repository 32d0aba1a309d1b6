import pytest

from townhall.search.analyzers import LANGUAGES
from townhall.search.glossary import Glossary, exact_key, expand, load_glossary, merge_glossary_files, term_key


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_glossary_holds_at_least_1500_concepts(glossary):
    assert len(glossary.concepts) >= 1500


def test_every_concept_has_terms_in_danish_german_and_english(glossary):
    incomplete = [c.id for c in glossary.concepts.values() if any(not c.terms.get(lang) for lang in LANGUAGES)]
    assert incomplete == []


def test_every_term_is_findable_by_its_own_spelling(glossary):
    unfindable = [
        (lang, term)
        for concept in glossary.concepts.values()
        for lang, terms in concept.terms.items()
        for term in terms
        if concept not in glossary.concepts_for(term, [lang])
    ]
    assert unfindable == []


def test_no_term_leads_a_search_to_another_concept_unless_declared_ambiguous(glossary):
    # Spelt alike or stemmed alike in any language: a query word is analysed in all three. A declared
    # term covers the terms that share its analysed form ("Mieter" covers "Mieterin").
    declared = {(lang, term_key(t, lang)) for t in glossary.ambiguous for lang in LANGUAGES}

    def is_declared(term: str, language: str) -> bool:
        return term.casefold() in glossary.ambiguous or (language, term_key(term, language)) in declared

    undeclared = sorted(
        {(c.term, c.language, c.concept, c.other_term, c.other_language, c.other_concept) for c in glossary.clashes()
         if not is_declared(c.term, c.language) and not is_declared(c.other_term, c.other_language)}
    )
    assert undeclared == []


def test_declared_ambiguous_terms_really_clash(glossary):
    # A stale entry would hide a future real collision.
    clashing = {t.casefold() for c in glossary.clashes() for t in (c.term, c.other_term)}
    assert sorted(glossary.ambiguous - clashing) == []


def test_a_search_for_an_inflected_word_is_not_sent_to_an_unrelated_concept():
    # English "rates" stems like the German "Rat" (council).
    assert "byråd" not in expand("rates")


# Names of supranational institutions, the only capitalised Danish and English terms that are not acronyms.
INSTITUTIONS = {"eu", "european_commission", "european_parliament", "council_of_europe", "europe", "united_nations"}


def test_danish_and_english_terms_are_not_proper_names(glossary):
    # Danish and English write common nouns in lower case; a capitalised word is a name.
    capitalised = [
        (concept.id, term)
        for concept in glossary.concepts.values() if concept.id not in INSTITUTIONS
        for language in ("da", "en") for term in concept.terms.get(language, ())
        if any(word[:1].isupper() and not word.isupper() for word in term.replace("-", " ").split())
    ]
    assert capitalised == []


# Places a glossary must not translate, beside the municipalities and people the project knows.
PLACES = {"danmark", "denmark", "deutschland", "germany", "england", "london", "berlin", "hamburg", "københavn",
          "kobenhavn", "copenhagen", "aarhus", "köln", "koln", "münchen", "munchen", "dublin", "wien", "bruxelles"}


def test_no_term_names_a_place_or_person():
    from judged import load_judgements

    from townhall.core.demo.data import BODIES

    names = set(PLACES) | set(load_judgements("queries_real.yaml")["bodies"])
    for body in BODIES:
        names |= {body["short_name"], *(person[0] for person in body["people"])}
    names = {exact_key(name) for name in names}
    glossary = load_glossary()
    named = sorted(
        (concept.id, term) for concept in glossary.concepts.values() for terms in concept.terms.values() for term in terms
        if any(f" {name} " in f" {exact_key(term)} " for name in names)
    )
    assert named == []


def test_inflected_danish_word_expands_to_other_languages():
    terms = expand("konferencen")
    assert "Konferenz" in terms and "conference" in terms


def test_german_committee_expands_to_danish_committee():
    assert "integrationsudvalg" in expand("Integrationsausschuss")


def test_council_expands_to_all_names_of_the_city_council():
    terms = expand("city council")
    assert {"byråd", "kommunalbestyrelse", "Gemeinderat", "Stadtverordnetenversammlung"} <= terms


def test_hearing_expands_across_languages():
    assert {"høring", "Anhörung", "hearing"} <= expand("Anhörung")


def test_expansion_is_limited_to_the_languages_asked_for():
    terms = expand("Haushalt", languages=["en"])
    assert "budget" in terms
    assert "Haushalt" not in terms


def test_unknown_word_expands_to_nothing():
    assert expand("Quatschwort") == set()


def test_exact_spelling_keeps_concepts_with_a_shared_stem_apart():
    # English "plan" and "planning" share the stem "plan".
    assert "lokalplan" not in expand("plan")
    assert "Planung" in expand("planning")


def test_ambiguous_term_expands_to_each_of_its_meanings():
    terms = expand("motion")
    assert "Antrag" in terms and "idræt" in terms


def test_glossary_can_be_built_from_a_mapping():
    glossary = Glossary.from_mapping(
        {"concepts": {"budget": {"da": ["budget"], "de": ["Haushalt"], "en": ["budget"]}}}
    )
    assert glossary.expand("Haushalts") == {"budget", "Haushalt"}


def test_term_keys_are_the_term_streams_a_document_analysis_gives(glossary):
    from townhall.search.analyzers import analyze_document

    differing = [
        (language, term) for concept in glossary.concepts.values() for language, terms in concept.terms.items()
        for term in terms if term_key(term, language) != analyze_document(term, language).stream
    ]
    assert differing == []


def test_term_keys_ignore_case_and_inflection():
    assert term_key("Konferenzen", "de") == term_key("konferenz", "de")
    assert exact_key("City  Council") == "city council"


def test_glossary_files_are_merged_with_their_ambiguous_terms():
    merged = merge_glossary_files([
        ("a.yaml", "concepts:\n  tax: {da: [skat], de: [Steuer], en: [tax]}\nambiguous: [land]\n"),
        ("b.yaml", "concepts:\n  fee: {da: [gebyr], de: [Gebühr], en: [fee]}\n"),
    ])
    assert sorted(merged["concepts"]) == ["fee", "tax"]
    assert merged["ambiguous"] == ["land"]


def test_a_concept_defined_in_two_glossary_files_is_an_error():
    with pytest.raises(ValueError, match="'tax' is defined in a.yaml and in b.yaml"):
        merge_glossary_files([
            ("a.yaml", "concepts:\n  tax: {da: [skat], de: [Steuer], en: [tax]}\n"),
            ("b.yaml", "concepts:\n  tax: {da: [afgift], de: [Abgabe], en: [levy]}\n"),
        ])
