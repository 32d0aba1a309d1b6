from townhall.reading.analysis.title import find_title


def test_betreff_label_with_value_on_the_next_line():
    assert find_title("Betreff:\nIntegrationskonferenz 2012 der Landeshauptstadt Potsdam\n\nöffentlich") == (
        "Integrationskonferenz 2012 der Landeshauptstadt Potsdam"
    )


def test_agenda_number_and_trailing_case_number_are_removed():
    assert find_title('12. Underskrivelse af "Integrating Cities Charter" (2010-16508)\n\nINDSTILLING') == (
        'Underskrivelse af "Integrating Cities Charter"'
    )


def test_first_heading_after_labels_and_dates():
    text = "Dato: 19. august 2010\n\nSagsnr.: 2010-105765\n\nGiv jeres bidrag til Københavns ny integrationspolitik\n\nKøbenhavn skal ..."
    assert find_title(text) == "Giv jeres bidrag til Københavns ny integrationspolitik"


def test_form_words_and_table_rows_are_skipped():
    text = "3293/2012\n\nMitteilung\n\nöffentlicher Teil\n\nGremium\tDatum\nIntegrationsrat\t18.09.2012\n\nIntegrationskonferenz 2012"
    assert find_title(text) == "Integrationskonferenz 2012"


def test_letterhead_block_is_not_the_title():
    text = "Stadt Karlsruhe\nGartenbauamt\nLammstraße 7a\n76133 Karlsruhe\n\nDatum: 21.08.2023\n\nBaumpflanzungen in der Südweststadt"
    assert find_title(text) == "Baumpflanzungen in der Südweststadt"


def test_danish_vedr_label():
    assert find_title("Til: Kulturudvalget\nVedr.: Status på renovering af svømmehallen\n") == "Status på renovering af svømmehallen"


def test_genre_word_joined_with_its_completion():
    assert find_title("Einladung\nzur 12. Sitzung des Umweltausschusses\n\nSitzungstermin: 17.05.2023") == (
        "Einladung zur 12. Sitzung des Umweltausschusses"
    )


def test_title_wrapped_over_two_lines_is_joined():
    text = "Betreff: Sachstand zur Umsetzung des integrierten Klimaschutzkonzeptes der\nStadt im Jahr 2022\n\nText."
    assert find_title(text) == "Sachstand zur Umsetzung des integrierten Klimaschutzkonzeptes der Stadt im Jahr 2022"


def test_salutation_is_not_a_title():
    assert find_title("Dear resident,\n\nPublic consultation: draft Parks Strategy\n") == "Public consultation: draft Parks Strategy"


def test_text_without_heading_has_no_title():
    assert find_title("12.03.2021\n\n2010-7022") is None


def test_job_title_label_is_not_the_subject():
    assert find_title("Kontakt: Anna Hansen\nTitel: Specialkonsulent\n\nNy cykelstrategi for byen\n") == "Ny cykelstrategi for byen"


def test_heading_in_capitals_with_a_colon_is_a_title():
    text = "Report by Executive Director of Place\n\nCITY CENTRE LOW EMISSION ZONE: FIRST YEAR OF ENFORCEMENT\n"
    assert find_title(text) == "CITY CENTRE LOW EMISSION ZONE: FIRST YEAR OF ENFORCEMENT"


def test_danish_address_line_to_residents_is_not_a_title():
    assert find_title("Til naboer og interessenter\n\nHøring om forslag til lokalplan 14-887\n") == "Høring om forslag til lokalplan 14-887"


def test_sentence_with_full_stop_is_not_a_title():
    assert find_title("Committee is asked to note the contents of this report.\n\nLow Emission Zone update\n") == (
        "Low Emission Zone update"
    )


def test_extract_of_minutes_takes_its_item_title():
    text = "Auszug aus der Niederschrift\nüber die Sitzung der Bezirksvertretung Mitte am 09.11.2023\n\nTOP 7\nVerkehrsberuhigung in der Siegfriedstraße"
    assert find_title(text) == "Verkehrsberuhigung in der Siegfriedstraße"


def test_recipient_address_block_of_a_letter_is_not_a_title():
    text = "Our ref: HS/2024/118\n\nMs Margaret Wilson\nClifton Residents' Association\n\nDear Ms Wilson\n\nBootham Crescent traffic"
    assert find_title(text) == "Bootham Crescent traffic"


def test_time_of_day_does_not_stop_joining_a_genre_heading():
    text = "Tagesordnung\nfür die Sitzung des Rates am Mittwoch, 20.09.2023, 16:00 Uhr\n\nTOP 1\tEinwohnerfragestunde"
    assert find_title(text) == "Tagesordnung für die Sitzung des Rates am Mittwoch, 20.09.2023, 16:00 Uhr"


def test_signature_name_is_not_a_title():
    assert find_title("12.03.2021\n\nMarkus Lewe\nOberbürgermeister") is None


def test_party_motion_header_is_skipped_for_the_subject():
    assert find_title("Beslutningsforslag fra Enhedslisten\n\nTil: Byrådet\n\nForslag om grønne byrum") == "Forslag om grønne byrum"


def test_form_and_addressee_line_is_not_the_title():
    text = "Næstved Kommune\n\nIndstilling til Bolig- og Byudviklingsudvalget\n\nBoligsocial helhedsplan for Næstved Syd\n"
    assert find_title(text) == "Boligsocial helhedsplan for Næstved Syd"


def test_labelled_case_handler_with_three_names_is_not_the_title():
    text = "Gentofte Kommune\n\nSagsbehandler: Lars Pedersen Christiansen\n\nKulturstrategi for Gentofte\n"
    assert find_title(text) == "Kulturstrategi for Gentofte"


def test_hoeringsbrev_label_keeps_its_subject():
    text = "Dato: 28. marts 2024\nTil: Lokaludvalgene\n\nHøringsbrev: Kulturstrategi for Viborg\n\nVi vil gerne høre jeres mening."
    assert "Kulturstrategi for Viborg" in find_title(text)


def test_english_borough_letterhead_and_ordinal_date_are_skipped():
    text = "London Borough of Hackney\n\n23rd September 2015\n\nDear colleague,\n\nConsultation on the parks strategy\n"
    assert find_title(text) == "Consultation on the parks strategy"


def test_closing_formula_is_never_the_title():
    assert find_title("Sehr geehrte Damen und Herren,\n\nvielen Dank.\n\nMit freundlichen Grüßen\n\nIm Auftrag") is None


def test_page_footer_is_not_the_title():
    text = "Aalborg Kommune - side 1\n\nGiv jeres bidrag til ny skolestruktur\n"
    assert find_title(text) == "Giv jeres bidrag til ny skolestruktur"
