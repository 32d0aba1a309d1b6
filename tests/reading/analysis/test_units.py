from townhall.reading.analysis.units.addressees import find_addressees
from townhall.reading.analysis.units.author import find_author_unit


def test_einreicher_label_names_the_author_unit():
    assert find_author_unit("Einreicher: Büro für Chancengleichheit und Vielfalt\n\nBeratungsfolge:") == (
        "Büro für Chancengleichheit und Vielfalt"
    )


def test_danish_forvaltning_that_recommends_is_the_author():
    assert find_author_unit("Beskæftigelses- og Integrationsforvaltningen indstiller,\n\n1. at ...") == (
        "Beskæftigelses- og Integrationsforvaltningen"
    )


def test_kontoret_in_the_sender_block_is_the_author():
    assert find_author_unit("Tekst.\n\nKontoret for Inklusion og Mangfoldighed\n1592 København V\n") == (
        "Kontoret for Inklusion og Mangfoldighed"
    )


def test_federfuehrung_in_genitive_is_given_in_the_nominative():
    text = "Die Konferenz wird unter der Federführung des Interkulturellen Referats veranstaltet."
    assert find_author_unit(text) == "Interkulturelles Referat"


def test_label_alone_with_unit_on_the_next_line():
    assert find_author_unit("Federführender Fachbereich\nUmwelt, Klimaschutz und Verkehrsflächen\n") == (
        "Umwelt, Klimaschutz und Verkehrsflächen"
    )


def test_unit_under_the_city_in_the_letterhead():
    assert find_author_unit("Stadt Karlsruhe\nGartenbauamt\nLammstraße 7a\n\nBaumpflanzungen") == "Gartenbauamt"


def test_sender_label_naming_a_person_is_not_a_unit():
    assert find_author_unit("Fra: Anne Hansen\nTil: Økonomiudvalget\n") is None


def test_til_label_names_the_addressee():
    assert find_addressees("Til: Beskæftigelses- og Integrationsudvalget\n\n31-10-2012") == [
        "Beskæftigelses- og Integrationsudvalget"
    ]


def test_first_gremium_row_of_the_consultation_table():
    text = "Datum der Sitzung\tGremium\n22.08.2012\tStadtverordnetenversammlung der Landeshauptstadt Potsdam\n"
    assert find_addressees(text) == ["Stadtverordnetenversammlung der Landeshauptstadt Potsdam"]


def test_committee_that_recommends_to_the_council_is_the_addressee():
    text = "Forvaltningen indstiller,\n\n1. at Beskæftigelses- og Integrationsudvalget over for Borgerrepræsentationen anbefaler"
    assert find_addressees(text) == ["Beskæftigelses- og Integrationsudvalget"]


def test_body_that_takes_note_is_the_addressee():
    assert find_addressees("Die Stadtverordnetenversammlung nimmt zur Kenntnis:") == ["Stadtverordnetenversammlung"]


def test_committee_list_with_commas_inside_a_name_stays_whole():
    assert find_addressees("An: Ausschuss für Soziales, Migration und Wohnen") == ["Ausschuss für Soziales, Migration und Wohnen"]


def test_email_header_to_a_person_is_not_an_addressee():
    assert find_addressees("Til: anna.hansen@kk.dk\nEmne: Møde") == []


def test_bodies_deciding_in_minutes_are_not_addressees():
    assert find_addressees("Der Fachausschuss nimmt den Bericht zur Kenntnis.", kind="minutes") == []


def test_body_the_administration_recommends_to_is_the_addressee():
    assert find_addressees("Økonomiforvaltningen indstiller over for Økonomiudvalget, at planen godkendes.") == ["Økonomiudvalget"]


def test_federfuehrend_label_names_the_author_unit():
    assert find_author_unit("Vorlage-Nr.: 1234/2021\nFederführend: 32 Ordnungsamt\n") == "32 Ordnungsamt"


def test_office_that_reports_is_the_author_unit():
    assert find_author_unit("Das Amt für Integration und Vielfalt berichtet über den Stand des Projekts.") == (
        "Amt für Integration und Vielfalt"
    )


def test_several_an_den_lines_give_several_addressees_without_purpose_notes():
    text = "Informationsdrucksache\n\nAn den Sozialausschuss (zur Kenntnis)\nAn den Rat (zur Kenntnis)\n\nTitel"
    assert find_addressees(text) == ["Sozialausschuss", "Rat"]


def test_most_specific_letterhead_unit_is_the_author():
    assert find_author_unit("Landeshauptstadt Hannover\nDezernat III\nFachbereich Soziales\n\nText") == "Fachbereich Soziales"


def test_report_by_director_with_commas_in_the_remit():
    text = "Report by Executive Director of Neighbourhoods, Regeneration and Sustainability\n"
    assert find_author_unit(text) == "Executive Director of Neighbourhoods, Regeneration and Sustainability"


def test_addressee_line_without_a_colon():
    assert find_addressees("Odder Kommune\n\nTil Børne- og Skoleudvalget\n\nDato: 3. maj 2023") == ["Børne- og Skoleudvalget"]


def test_addressee_after_the_form_name():
    text = "Vejle Kommune\n\nOrientering til Teknik- og Miljøudvalget\n\n13-01-2025"
    assert find_addressees(text, "notice") == ["Teknik- og Miljøudvalget"]


def test_english_report_to_the_committee_with_meeting_date_in_the_next_column():
    text = "Wigan Council\n\nReport to the Housing Committee\tDate of meeting: 17 January 2019\n"
    assert find_addressees(text, "proposal") == ["Housing Committee"]


def test_chair_address_gives_the_body_on_the_next_line():
    text = "SPD-Fraktion\nAn den Vorsitz\nFinanzausschuss\nBonn, 3. Mai 2022\n\nAntrag zur Sitzung am 12.05.2022"
    assert find_addressees(text, "motion") == ["Finanzausschuss"]


def test_second_header_field_run_into_the_addressee_is_cut_off():
    text = "Aarhus Kommune\n\nTil: Økonomiudvalget Fra: Borgmesterens Afdeling\nDato: 1. juni 2023"
    assert find_addressees(text, "memo") == ["Økonomiudvalget"]


def test_notice_of_motion_is_addressed_to_the_meeting_it_is_tabled_for():
    text = "Bristol City Council\n\nFull Council - Tuesday 5 March 2024\n\nNotice of Motion: Clean air\n\nThis council notes"
    assert find_addressees(text, "motion") == ["Full Council"]


def test_letterhead_unit_in_a_two_column_header():
    text = "Stadt Wiesbaden\tDer Magistrat\nDezernat für Umwelt\tWiesbaden, 18.04.2024\nUmweltamt\tAz.: 36-2024/117\n\nMitteilung"
    assert find_author_unit(text) == "Umweltamt"


def test_unit_between_the_council_and_its_postal_address_in_a_letterhead():
    text = "Thornbury Borough Council\nRegeneration and Growth\nMarket House, High Street\nThornbury TB1 4QA\n\nDear Sir or Madam,"
    assert find_author_unit(text) == "Regeneration and Growth"


def test_danish_centre_that_recommends_is_named_without_the_verb():
    text = "5. Ny skolestruktur\n\nIndstilling\n\nCenter for Skole og Dagtilbud indstiller,\n\n1. at byrådet godkender"
    assert find_author_unit(text) == "Center for Skole og Dagtilbud"


def test_route_opening_with_the_administrations_staff_meeting_names_no_addressee():
    text = (
        "Stadt Lindenau\n\nVorlage\n\nDrucksachen-Nr.:\tBV/031/2024\n\n"
        "Beratungsfolge\tStatus\tTermin\n"
        "Dienstberatung der Oberbürgermeisterin\tnicht öffentlich\t05.03.2024\n"
        "Finanzausschuss\töffentlich\t19.03.2024\n"
        "Stadtrat\töffentlich\t10.04.2024\n\nTitel:\nSanierung der Grundschule Nord\n"
    )
    assert find_addressees(text, "proposal") == []


def test_route_opening_with_a_committee_still_names_it_as_addressee():
    text = (
        "Vorlage\n\nBeratungsfolge\tStatus\tTermin\n"
        "Finanzausschuss\töffentlich\t19.03.2024\nStadtrat\töffentlich\t10.04.2024\n"
    )
    assert find_addressees(text, "proposal") == ["Finanzausschuss"]


def test_unit_in_capitals_alone_on_the_first_line_is_the_author_unit():
    text = "CITY CLERK'S DEPARTMENT\n\nDISPOSITION OF ITEMS\n\nCOUNCIL MEETING\n\nTUESDAY, MARCH 11, 2025\n"
    assert find_author_unit(text) == "City Clerk's Department"


def test_unit_line_inside_an_address_block_is_not_a_letterhead():
    assert find_author_unit("Planning Department\nTown Hall\n1 High Street\n\nDear Sir\n") is None


def test_unit_line_under_the_files_own_title_is_still_the_letterhead():
    text = "Disposition of Items – Council Meeting – March 11, 2025\n\nCITY CLERK'S DEPARTMENT\n\nDISPOSITION OF ITEMS\n"
    assert find_author_unit(text) == "City Clerk's Department"


def test_directorate_named_as_a_list_closed_by_and_is_one_unit():
    from townhall.reading.analysis import analyse

    card = analyse(
        "From:\tAlan Price, Corporate Director of Housing, Communities and Regeneration\n\n"
        "To:\tCabinet – 12 June 2025\n\nSubject:\tEmpty Homes Plan\n\nSummary: The plan is set out below.\n"
    )
    assert card.author_unit == "Housing, Communities and Regeneration"


def test_a_sentence_broken_after_a_directors_title_names_no_unit():
    text = (
        "Notice of appeal against the refusal of a permit to build a garage at the southwest corner of Elm Road;\n"
        "said refusal being by the Commissioner of Building and the\n"
        "Director of City Planning under\n"
        "authority of Section 12.04 of the Codified Ordinances.\n"
    )
    assert find_author_unit(text) is None


def test_a_directors_title_on_its_own_line_still_names_the_unit():
    text = "Report on the sale of the old depot.\n\nJane Miller\nDirector of Housing and Property\n"
    assert find_author_unit(text) == "Director of Housing and Property"
