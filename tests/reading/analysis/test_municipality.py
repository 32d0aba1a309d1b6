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


def test_city_of_x_named_three_times_in_running_text_is_the_issuer():
    text = (
        "COUNCIL MINUTES\nItem 4: a lease between Prairie Holdings Ltd. and the City of Lakeport.\n"
        "Item 7: a servicing agreement with the City of Lakeport for the east yard.\nADOPTED\n"
        "Item 9: land in the north-west area of the City of Lakeport.\nADOPTED\n"
    )
    assert find_municipality(text) == "City of Lakeport"


def test_county_council_by_its_style_alone_is_named_by_its_mail_domain():
    text = (
        "Report to: Cabinet\nSubject: Road maintenance budget\n\n1.1 The County Council maintains 5,000 miles of road"
        " in Westshire.\n\nContact: Jane Doe, jane.doe@westshire.gov.uk\n"
    )
    assert find_municipality(text) == "Westshire County Council"


def test_county_council_by_its_style_alone_is_named_by_its_postal_address():
    text = (
        "To: All Members of the County Council\n\nA meeting of the County Council will be held at County Hall,"
        " Northam, Westshire, WS1 2AB on Thursday, 6 March 2025 at 10.00 am.\n"
    )
    assert find_municipality(text) == "Westshire County Council"


def test_council_style_without_a_place_names_no_municipality():
    assert find_municipality("County Council Meeting - 6 March 2025\n\nMotion on bus services\n") is None


def test_a_domain_whose_place_the_text_never_spells_names_no_council():
    assert find_municipality("The City Council agreed.\nContact: info@wst.gov.uk\n") is None


def test_papers_of_a_cantonal_parliament_are_the_cantons():
    text = (
        "Grosser Rat\nProtokoll der Sitzung vom 3. Mai 2023\n\nDer Präsident begrüsst die Mitglieder des Grossen"
        " Rates. Die Verfassung des Kantons Bergau verlangt ... im Interesse des Kantons Bergau.\n"
    )
    assert find_municipality(text) == "Kanton Bergau"


def test_a_municipality_mentioning_its_canton_is_not_the_canton():
    text = "Gemeinderat\nDie Gemeinde hat beim Kanton Bergau ein Gesuch gestellt; der Kanton Bergau entscheidet.\n"
    assert find_municipality(text) is None


def _web_page(links: list[str], title: str = "Sitzungsvorlage") -> bytes:
    anchors = "".join(f'<li><a href="{href}">Link</a></li>' for href in links)
    return (
        f"<html><head><title>{title}</title></head><body><nav><ul>{anchors}</ul></nav><main>"
        "<h1>Neubau einer Fahrradstation am Hauptbahnhof</h1>"
        "<p>Der Ausschuss nimmt den Bericht der Verwaltung zur Kenntnis. Die Station soll 400 Stellplätze haben.</p>"
        "</main></body></html>"
    ).encode()


def test_a_web_page_naming_its_council_only_in_its_links_is_that_councils():
    from townhall import reading

    page = _web_page(["https://www.stadt-koeln.de/politik", "https://www.stadt-koeln.de/service",
                      "https://www.facebook.com/stadtkoeln"])
    card = reading.read(page, filename="vorlage.html").card
    assert card.municipality == "Stadt Köln"
    assert card.evidence["municipality"].how == "the web page's own address or links are its council's site"


def test_a_web_page_linking_to_several_councils_sites_names_none_of_them():
    from townhall import reading

    page = _web_page(["https://www.stadt-koeln.de/politik", "https://www.muenchen.de/rathaus",
                      "https://www.stadt-koeln.de/service"])
    assert reading.read(page, filename="portal.html").card.municipality is None


def test_a_web_page_linking_only_to_other_sites_names_no_council():
    from townhall import reading

    page = _web_page(["https://www.facebook.com/x", "https://maps.example.org/y"])
    assert reading.read(page, filename="seite.html").card.municipality is None
