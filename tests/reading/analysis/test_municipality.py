from townhall.reading.analysis.municipality import find_municipality


def test_explicit_danish_municipality_name():
    assert find_municipality("Aarhus Kommune\nBorgmesterens Afdeling\nIndstilling") == "Aarhus Kommune"


def test_genitive_danish_name_is_recognised():
    assert find_municipality("Københavns Kommune underskriver charteret.") == "Københavns Kommune"


def test_copenhagen_mail_domain_names_the_municipality():
    assert find_municipality("E-mail\nPB26@bif.kk.dk") == "Københavns Kommune"


def test_danish_postal_address_names_the_municipality():
    assert find_municipality("Rådhuset\n1599 København V.\nTelefon\n33 66 28 51\nKontakt: pg@bif.kk.dk") == "Københavns Kommune"


def test_german_city_in_its_official_style():
    assert find_municipality("Die 4. Integrationskonferenz der Landeshauptstadt Potsdam fand statt.") == "Landeshauptstadt Potsdam"


def test_plain_stadt_mention_is_mapped_to_the_official_style():
    assert find_municipality("Stadt München\nReferat für Stadtplanung") == "Landeshauptstadt München"


def test_bonn_is_a_bundesstadt():
    assert find_municipality("Bundesstadt Bonn\nDer Oberbürgermeister") == "Bundesstadt Bonn"


def test_city_mentions_with_city_administration_words():
    text = "Die Integrationsarbeit in Köln wird von der Stadtverwaltung Köln und den Kölner Trägern begleitet."
    assert find_municipality(text) == "Stadt Köln"


def test_english_council_name():
    assert find_municipality("The City of Edinburgh Council\nCulture and Communities Committee") == "The City of Edinburgh Council"


def test_city_named_only_as_a_travel_destination_is_not_the_issuer():
    assert find_municipality("Konferencen afholdes i Dublin, og deltagere fra Oslo og Berlin kommer.") is None


def test_a_town_that_is_also_a_word_does_not_count_as_a_mention():
    assert find_municipality("Vejen frem er klar. Vejen er lang. Vejen til kommunen er kort.") is None


def test_potsdam_abbreviation_lhp_names_the_city():
    assert find_municipality("Die 4. Integrationskonferenz der LHP fand statt. Das Integrationskonzept der LHP") == (
        "Landeshauptstadt Potsdam"
    )


def test_municipality_missing_from_the_table_is_taken_from_its_letterhead_line():
    assert find_municipality("Stadt Lindenau\nMitteilung\n\nBetreff: Sprachpaten") == "Stadt Lindenau"


def test_danish_municipality_missing_from_the_table_is_taken_from_its_letterhead_line():
    assert find_municipality("Søby Kommune\nTeknik- og Miljøforvaltningen\n") == "Søby Kommune"


def test_council_of_an_unlisted_city_names_the_city():
    assert find_municipality("Beratungsfolge:\nRat der Stadt Neustadt\tEntscheidung") == "Stadt Neustadt"


def test_unitary_council_named_on_its_letterhead_line():
    assert find_municipality("Bath & North East Somerset Council\n\nDECISION NOTICE\n") == "Bath & North East Somerset Council"


def test_the_council_alone_names_no_municipality():
    assert find_municipality("The Council\n\nMinutes of the meeting") is None


def test_long_paper_signed_by_the_municipality_at_the_end():
    body = "Der Haushalt wurde beraten und die Mittel wurden bereitgestellt. " * 400
    assert find_municipality(body + "\n\nStadt Leipzig\nDer Oberbürgermeister\n") == "Stadt Leipzig"


def test_scanned_city_name_that_runs_on_is_not_cut_short():
    assert find_municipality("Landeshauptstadt KieI\nAmt fur Sportforderung\n") is None


def test_a_council_named_for_two_towns_keeps_both():
    text = "Brighton & Hove City Council\nReport to: Culture Committee\n\nThe committee noted the report."
    assert find_municipality(text) == "Brighton & Hove City Council"
    assert find_municipality("Minutes of Telford and Wrekin Borough Council, Planning Committee") == "Telford and Wrekin Borough Council"
