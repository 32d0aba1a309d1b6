import pytest

from townhall.search.compounds import CompoundSplitter, load_lexicon, split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Integrationskonferenz", ("integration", "konferenz")),
        ("Beschäftigungsförderung", ("beschäftigung", "förderung")),
        ("Schulentwicklung", ("schule", "entwicklung")),
        ("Wohnungsbau", ("wohnung", "bau")),
        ("Stadtrat", ("stadt", "rat")),
        ("Kinderbetreuung", ("kinder", "betreuung")),
        ("Klimaschutzkonzept", ("klima", "schutz", "konzept")),
    ],
)
def test_german_council_compound_splits_into_its_words(word, parts):
    assert split_compound(word, "de") == parts


def test_german_three_part_compound_splits_completely():
    assert split_compound("Arbeitsmarktintegration", "de") == ("arbeit", "markt", "integration")


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("integrationspolitik", ("integration", "politik")),
        ("beskæftigelsesudvalget", ("beskæftigelse", "udvalget")),
        ("Økonomiudvalget", ("økonomi", "udvalget")),
        ("skolebestyrelse", ("skole", "bestyrelse")),
        ("integrationsindsatsen", ("integration", "indsatsen")),
        ("Borgerrepræsentationen", ("borger", "repræsentation")),
        ("ældrerådet", ("ældre", "råd")),
    ],
)
def test_danish_council_compound_splits_into_its_words(word, parts):
    parts_found = split_compound(word, "da")
    # The last part may keep its inflection ("udvalget"); compare the base.
    assert parts_found[:-1] == parts[:-1]
    assert parts_found[-1].startswith(parts[-1][:5])


@pytest.mark.parametrize("word", ["Verwaltung", "Versammlung", "Beratung", "Unternehmen", "Abstimmung"])
def test_german_simple_word_is_not_split(word):
    assert split_compound(word, "de") == ()


@pytest.mark.parametrize("word", ["kommune", "forvaltning", "beslutning", "undervisning", "borgmester"])
def test_danish_simple_word_is_not_split(word):
    assert split_compound(word, "da") == ()


def test_head_that_only_looks_like_an_inflected_lexicon_word_is_not_split_off():
    # "date" stems like "datter" in Danish, but is no form of it.
    assert split_compound("startdate", "da") == ()


def test_word_with_an_unknown_part_is_not_split():
    assert split_compound("Integrationsquatschwort", "de") == ()


def test_english_words_are_never_split():
    assert split_compound("workshop", "en") == ()


def test_minimum_part_length_is_configurable():
    lexicon = load_lexicon("de")
    strict = CompoundSplitter("de", lexicon, min_part=4, min_final_part=4)
    assert strict.split("Stadtrat") == ()
    assert strict.split("Integrationskonferenz") == ("integration", "konferenz")


def test_short_modifier_is_not_split_off():
    # "Rat" is allowed as the last part of "Stadtrat", but a three-letter
    # first part would split far too many words by accident.
    assert split_compound("Ratsherr", "de") == ()


def test_lexicons_hold_thousands_of_words_each():
    assert len(load_lexicon("de")) > 2000
    assert len(load_lexicon("da")) > 2000


@pytest.mark.parametrize("language", ["de", "da"])
def test_lexicon_holds_only_lower_case_letters(language):
    assert all(word.isalpha() and word == word.casefold() for word in load_lexicon(language))
