import pytest

from townhall.search.analyzers import LANGUAGES
from townhall.search.glossary import Glossary, exact_key, expand, load_glossary, merge_glossary_files, term_key


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_glossary_holds_at_least_300_concepts(glossary):
    assert len(glossary.concepts) >= 300


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


def test_no_term_belongs_to_two_concepts_unless_declared_ambiguous(glossary):
    collisions = []
    for concept in glossary.concepts.values():
        for lang, terms in concept.terms.items():
            for term in terms:
                found = {c.id for c in glossary.concepts_for(term)}
                if found != {concept.id} and term.casefold() not in glossary.ambiguous:
                    collisions.append((lang, term, sorted(found)))
    assert collisions == []


def test_declared_ambiguous_terms_really_belong_to_several_concepts(glossary):
    # A stale entry would hide a future real collision.
    for term in glossary.ambiguous:
        assert len(glossary.concepts_for(term)) > 1, term


def test_inflected_danish_word_expands_to_other_languages():
    terms = expand("konferencen")
    assert "Konferenz" in terms and "conference" in terms


def test_german_committee_expands_to_danish_committee():
    assert "integrationsudvalg" in expand("Integrationsausschuss")


def test_council_expands_to_all_names_of_the_city_council():
    terms = expand("city council")
    assert {"Borgerrepræsentationen", "byråd", "Gemeinderat", "Stadtverordnetenversammlung"} <= terms


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
