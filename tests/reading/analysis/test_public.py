from townhall.reading.analysis.public import find_public


def test_oeffentlicher_teil_on_its_own_line_is_public():
    assert find_public("Mitteilung\n\nöffentlicher Teil\n\nGremium\tDatum") is True


def test_nichtoeffentlich_is_not_public():
    assert find_public("Beschlussvorlage\nnichtöffentlich\nBetreff: Grundstücksverkauf") is False


def test_danish_lukket_punkt_is_not_public():
    assert find_public("7. Personalesag\nLukket punkt\n") is False


def test_danish_aabent_punkt_is_public():
    assert find_public("7. Salg af grund\nÅbent punkt\n") is True


def test_public_in_prose_is_not_a_status():
    assert find_public("Sensibilisierung der Öffentlichkeit für interkulturelle Themen ist öffentlich wichtig.") is None


def test_status_in_a_table_cell_counts():
    assert find_public("Status\töffentlich\nDatum\t02.08.2012") is True


def test_agenda_with_public_and_closed_part_is_neither():
    assert find_public("Öffentlicher Teil\nÖ 1 Eröffnung\nNichtöffentlicher Teil\nN 1 Personal") is None


def test_labelled_status_field_in_an_english_report():
    assert find_public("Wards Affected: Petersfield\nPublic / Exempt: Public\n") is True


def test_labelled_exempt_status():
    assert find_public("Public / Exempt: Exempt\n") is False


def test_status_with_a_gloss_in_brackets_is_public():
    assert find_public("Report reference: HC/2019/1\nStatus: Open (public)\n") is True


def test_exempt_status_with_a_dash_gloss_is_not_public():
    assert find_public("Status: Exempt - not for publication\n") is False


def test_exempt_information_question_answered_no_is_public():
    assert find_public("Is the decision eligible for call-in? Yes\nDoes the report contain confidential or exempt information? No\n") is True


def test_exempt_information_question_answered_yes_says_nothing_about_the_whole_report():
    assert find_public("Does the report contain confidential or exempt information? Yes\n") is None


def test_a_public_record_named_in_a_heading_with_its_time_is_public():
    assert find_public("Einladung\n\nÖffentliche Sitzung – Beginn 19:00 Uhr\n\n1. Begrüßung") is True


def test_a_public_proceeding_shown_as_a_web_page_status_is_public():
    assert find_public("Antrag\nGestellt am\n03.02.2025\nÖffentlicher Vorgang\nTyp\nBA-Antrag") is True


def test_a_danish_open_meeting_heading_with_its_hour_is_public():
    assert find_public("Dagsorden\nÅbent møde kl. 16.00 i byrådssalen\n1. Godkendelse af dagsorden") is True


def test_an_agenda_with_unrestricted_and_exempt_items_is_neither():
    assert find_public("AGENDA\nUNRESTRICTED ITEMS\n1. Minutes\nEXEMPT ITEMS\n9. Property disposal") is None


def test_the_deciding_row_of_a_route_table_gives_the_status():
    text = "Beratungsfolge\nVerwaltungsausschuss\tnicht öffentlich\t03.03.2025\nGemeinderat\töffentlich\t20.03.2025\n"
    assert find_public(text) is True


def test_a_numbered_attachment_list_with_status_cells_is_no_route():
    text = "Bilag\n1\tÅben\tNotat om skolestruktur 12.03.2025\t10234/25\n2\tÅben\tHøringssvar\t10240/25\n"
    assert find_public(text) is None
