"""The general rules of the tenth round of cold reading, each on a short text of its own."""

from townhall.reading.analysis.municipality import find_municipality


def test_a_towns_administration_as_letterhead_names_the_town_in_its_style():
    text = "Stadtverwaltung Ostermoor\nAmt für Schulen\n\nMitteilungsvorlage\n\nBetreff: Schulweg am Deich"
    assert find_municipality(text) == "Stadt Ostermoor"


def test_a_member_municipality_named_in_the_subject_does_not_outweigh_the_letterhead():
    text = (
        "Samtgemeindeverwaltung Heidmoor\nFachbereich 2 – Finanzen\n\n"
        "Betreff: Zuschuss an die Ortsgemeinde Brunsholt\n\nDie Ortsgemeinde Brunsholt beantragt einen Zuschuss."
    )
    assert find_municipality(text) == "Samtgemeinde Heidmoor"


def test_a_letterhead_in_capitals_keeps_the_small_words_of_a_towns_name():
    text = "MARKTGEMEINDE SANKT ULRICH AM SEE\nGemeindeamt\n\nGZ: 004-1/2025\n\nBetreff: Winterdienst"
    assert find_municipality(text) == "Marktgemeinde Sankt Ulrich am See"


def test_a_council_in_the_letterhead_outweighs_the_council_in_the_recipient_block():
    text = (
        "ASHVALE PARISH COUNCIL\n\nThe Clerk, 4 Mill Row, Ashvale\n\n"
        "Head of Planning\nNorthmoor District Council\nCouncil Offices\n\n3 March 2025\n\nDear Sir\n\n"
        "Application 25/0091 – two dwellings at Church Lane\n\nThe Parish Council objects to the application.\n"
    )
    assert find_municipality(text) == "Ashvale Parish Council"
