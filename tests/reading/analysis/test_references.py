from townhall.reading.analysis.references import extract_references


def test_case_number_on_the_line_after_sagsnr():
    assert extract_references("Sagsnr.\n2010-7022\n\nTekst").case == "2010-7022"


def test_case_number_on_the_same_line_after_journalnummer_label():
    assert extract_references("J.nr.: 27.15.00-P20-1-22\nHøring").case == "27.15.00-P20-1-22"


def test_german_aktenzeichen_with_letters_is_kept_whole():
    assert extract_references("Az.: RKU-II-31/2022-17\nVortrag").case == "RKU-II-31/2022-17"


def test_case_number_in_brackets_after_agenda_item_title():
    refs = extract_references('12. Underskrivelse af "Integrating Cities Charter" (2010-16508)\n\nINDSTILLING OG Beslutning')
    assert (refs.case, refs.agenda_item) == ("2010-16508", "12")


def test_document_number_after_dok_nr():
    assert extract_references("Dok.nr.: 2010-533434").document == "2010-533434"


def test_empty_paper_label_gives_no_paper_number():
    assert extract_references("DS Nr.:\n\nErstellungsdatum\t02.08.2012").paper is None


def test_paper_number_under_garbled_vorlagen_nummer_header():
    text = "Vorlagen-Numr\tner 1\t1.\t09\t.2\t012\t2\n_\t_\t_\n\n3293/2012\n\nMitteilung"
    assert extract_references(text).paper == "3293/2012"


def test_allris_vorlage_dash_number_is_the_paper():
    assert extract_references("Vorlage - 0815/2021\n\nBetreff: Radwege").paper == "0815/2021"


def test_drucksachen_nr_value_on_next_line():
    assert extract_references("Drucksachen-Nr.\n2111234\n\nDatum\n04.03.2021").paper == "2111234"


def test_sitzungsvorlage_number_with_spaces_is_kept_whole():
    assert extract_references("Sitzungsvorlage Nr. 20-26 / V 04711").paper == "20-26 / V 04711"


def test_top_label_gives_agenda_item():
    assert extract_references("TOP 5\nBebauungsplan Nord").agenda_item == "5"


def test_agenda_with_several_items_has_no_single_item_number():
    text = "Tagesordnung\nTOP 1 Eröffnung\nTOP 2 Haushalt\nTOP 3 Verschiedenes"
    assert extract_references(text).agenda_item is None


def test_a_date_is_not_a_case_number():
    assert extract_references("Sagsnr.\n12.03.2021").case is None


def test_label_in_a_second_table_column():
    assert extract_references("Datum: 12.03.2021\tAz.: 32-12/2021\n").case == "32-12/2021"


def test_number_under_the_drucksache_heading_is_the_paper():
    assert extract_references("Informationsdrucksache\nNr. 0987/2023\n\nAn den Rat").paper == "0987/2023"


def test_number_standing_under_anfrage_is_the_paper():
    assert extract_references("Landeshauptstadt Dresden\n\nAnfrage\nAF0815/23\n\nBetreff: Brücke").paper == "AF0815/23"


def test_english_reference_label_gives_the_case():
    assert extract_references("Decision date: 15 January 2024\nReference: E3512\n").case == "E3512"


def test_value_in_the_same_column_of_the_next_table_row():
    refs = extract_references("Dato\tSagsnr.\tDok.nr.\n31-10-2012\t2010-7022\t2012-868586\n")
    assert (refs.case, refs.document) == ("2010-7022", "2012-868586")


def test_letter_o_between_digits_of_a_scanned_number_is_read_as_zero():
    assert extract_references("Drucksache 0412/2O22\n\nMitteilung\n").paper == "0412/2022"


def test_file_number_shaped_like_a_date_with_mixed_separators_is_kept():
    assert extract_references("Datum: 01.01.2018\nAz.: 24.1-2018\n").case == "24.1-2018"


def test_english_report_reference_is_the_papers_number():
    assert extract_references("Report date: 19 December 2018\nReport reference: HC/2018/068\n").paper == "HC/2018/068"


def test_numbered_item_heading_over_its_case_number_names_the_agenda_item():
    text = (
        "Referat\n\nUdvalget for teknik og miljø\n\nMandag den 3. marts 2025\n\nKl. 16:00\n\nRådhuset, mødelokale 2\n\n"
        "Medlemmer\n\nFraværende\n\nIndholdsfortegnelse\n\nPunkt nr.\tSide\n\n"
        "412.\tNy cykelsti langs Åvej\t2\n\n412. Ny cykelsti langs Åvej\nSagsnr.:\t25/1234\n\nResumé\n\n"
        "Forvaltningen foreslår en ny cykelsti.\n"
    )
    assert extract_references(text).agenda_item == "412"


def test_two_numbered_items_with_case_numbers_name_no_single_agenda_item():
    text = (
        "Referat\n\n12. Ny cykelsti\nSagsnr.: 25/1234\n\nGodkendt.\n\n"
        "13. Budgetopfølgning\nSagsnr.: 25/1300\n\nTaget til efterretning.\n"
    )
    assert extract_references(text).agenda_item is None
