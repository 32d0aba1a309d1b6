"""General rules added after the fifteenth round of route papers, each shown on a paper of its own wording.

The round's papers (``test_fifteenth_round_routes.py``) found the shapes; these papers state each rule in another
council system's layout and words, and guard the cases where a rule must not read.
"""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.public import find_public

from tests.reading.analysis.card_values import read_field


def test_a_bulleted_route_list_gives_each_row_its_body_role_and_day():
    card = analyse(
        "Gemeinde Tannried\nBauamt\n\nSitzungsvorlage 2026/31\n\nBetreff: Neubau eines Bauhofs\n\n"
        "Beratungsweg:\n"
        "• Bau- und Umweltausschuss – Vorberatung – 04.05.2026\n"
        "• Gemeinderat – Entscheidung – 21.05.2026\n\n"
        "Sachverhalt:\nDer Bauhof am Mühlweg ist zu klein geworden.\n"
    )
    assert read_field(card, "rows") == [
        ("Bau- und Umweltausschuss", "2026-05-04", "Vorberatung", None, None),
        ("Gemeinderat", "2026-05-21", "Entscheidung", None, None),
    ]


def test_a_route_tables_body_cell_keeps_its_bracketed_role_apart_from_the_name():
    card = analyse(
        "Landkreis Ostheide\n\nKreistagsvorlage 2026/044\n\nBetreff: Rettungswache Süd\n\n"
        "Gremium\tSitzung am\tÖ/N\n"
        "Kreisausschuss (Vorberatung)\t11.05.2026\tN\n"
        "Kreistag (Beschlussfassung)\t28.05.2026\tÖ\n"
    )
    assert read_field(card, "rows") == [
        ("Kreisausschuss", "2026-05-11", "Vorberatung", None, False),
        ("Kreistag", "2026-05-28", "Beschlussfassung", None, True),
    ]
    assert card.public is True


def test_a_body_in_brackets_that_is_no_role_stays_part_of_the_name():
    card = analyse(
        "Stadt Wernau\n\nBeschlussvorlage\n\nBetreff: Mobilitätsstation am Bahnhof\n\n"
        "Gremium\tDatum\n"
        "Ausschuss für Umwelt und Verkehr (AUV)\t12.05.2026\n"
        "Gemeinderat\t27.05.2026\n"
    )
    assert [step.organization for step in card.consultations] == ["Ausschuss für Umwelt und Verkehr (AUV)", "Gemeinderat"]


def test_a_route_row_names_its_sitting_in_words_and_its_role_before_the_body():
    card = analyse(
        "Stadt Hellenbrück\nAmt für Finanzen\n\nVorlage 2026/120\n\nBetreff: Verkauf des Grundstücks Am Anger 3\n\n"
        "Vorberatung im Hauptausschuss am 4. Mai 2026 in nichtöffentlicher Sitzung\n"
        "Entscheidung im Stadtrat am 21. Mai 2026 in öffentlicher Sitzung\n\n"
        "Sachverhalt:\nDas Grundstück wird seit Jahren nicht genutzt.\n"
    )
    assert read_field(card, "rows") == [
        ("Hauptausschuss", "2026-05-04", "Vorberatung", None, False),
        ("Stadtrat", "2026-05-21", "Entscheidung", None, True),
    ]


def test_a_case_procedure_that_dates_its_bodies_is_read_as_a_dated_route():
    card = analyse(
        "Hvidsten Kommune\nSocial og Sundhed\n\nNy model for hjemmepleje\n\n"
        "Sagsgang: Social- og Sundhedsudvalget 05.05.2026, Økonomiudvalget 19.05.2026, Byrådet 27.05.2026\n\n"
        "Indstilling\nAdministrationen indstiller, at modellen godkendes.\n"
    )
    assert read_field(card, "consultations") == [
        ("Byrådet", "2026-05-27"), ("Social- og Sundhedsudvalget", "2026-05-05"), ("Økonomiudvalget", "2026-05-19"),
    ]


def test_an_agenda_items_heading_or_label_with_its_status_in_brackets_or_after_a_dash_says_it():
    assert find_public("Kreistag Ostheide\n\nTOP 5 (nicht öffentlich)\nGrundstücksangelegenheit\n") is False
    assert find_public("Agenda Item 11 – Private\nDisposal of land at Mill Street\n") is False
    assert find_public("7. Ny skolestruktur (Åbent punkt)\n\nSagsnr.: 17.01.00-A00-1-26\n") is True


def test_a_numbered_heading_with_a_bracketed_word_that_is_no_status_says_nothing():
    assert find_public("3. Haushalt 2026 (Entwurf)\n\nDer Entwurf wird eingebracht.\n") is None
    assert find_public("14 days – open\n") is None


def test_a_meeting_field_with_the_day_before_the_body_gives_a_step_with_its_item():
    card = analyse(
        "Bjergby Kommune\n\nNotat\n\nMøde: 12.05.2026 Økonomiudvalget, punkt 6\n\nEmne: Status på budget 2026\n\n"
        "Forvaltningen orienterer om forbruget i første kvartal.\n"
    )
    assert read_field(card, "rows") == [("Økonomiudvalget", "2026-05-12", None, "6", None)]


def test_a_decision_made_by_a_body_on_the_date_of_decision_is_a_step_and_an_earlier_considering_body_too():
    card = analyse(
        "Westerleigh District Council\n\nRECORD OF DECISION\n\nDecision made by: Planning Committee\n"
        "Date of decision: 2 June 2026\nConsidered by: Design Review Panel, 12 May 2026\n\n"
        "Subject: Conservation area appraisal for Old Market\n\nDecision:\nThat the appraisal be adopted.\n"
    )
    assert read_field(card, "consultations") == [("Design Review Panel", "2026-05-12"), ("Planning Committee", "2026-06-02")]
    assert list(card.addressees) == ["Planning Committee"]


def test_a_decision_made_by_a_person_is_no_step():
    card = analyse(
        "Westerleigh District Council\n\nRECORD OF DECISION\n\nDecision made by: Cabinet Member for Housing\n"
        "Date of decision: 2 June 2026\n\nSubject: Empty homes grants\n"
    )
    assert read_field(card, "consultations") == []


def test_a_council_web_pages_document_link_names_its_item_without_it_being_part_of_the_title():
    card = analyse(
        "Supporting documents:\nAppendix 1 - Fees and charges schedule, item 4 PDF 120 KB\n"
        "Appendix 2 - Equality impact assessment, item 4 PDF 88 KB\n"
    )
    assert read_field(card, "attachments") == ["Equality impact assessment", "Fees and charges schedule"]


def test_an_agendas_head_stacking_genre_body_and_day_names_its_meeting():
    card = analyse(
        "Einladung\tGemeinde Altmoor\n\nJugendbeirat Nordstadt\n\nMittwoch, 17.06.2026, 18:00 Uhr, Jugendhaus Nordstadt\n\n"
        "1. Begrüßung\n2. Skaterpark\n"
    )
    assert read_field(card, "consultations") == [("Jugendbeirat Nordstadt", "2026-06-17")]


def test_a_body_over_its_records_genre_and_day_names_the_meeting_of_an_item():
    card = analyse(
        "Teknisk Udvalg\nReferat – ordinært møde 9. juni 2026\n\n5. Vejbelysning på Åvej (Åbent punkt)\n\n"
        "Sagsnr.: 05.01.00-P20-4-26\n\nIndstilling\nForvaltningen indstiller, at belysningen udskiftes.\n"
    )
    assert read_field(card, "rows") == [("Teknisk Udvalg", "2026-06-09", None, "5", None)]


def test_a_head_line_of_genre_body_and_day_between_bars_names_the_meeting():
    card = analyse("Tagesordnung | Bauausschuss | 04.05.2026 | Sitzungssaal\n\nTOP 1 Eröffnung\nTOP 2 Bauanträge\n")
    assert read_field(card, "consultations") == [("Bauausschuss", "2026-05-04")]


def test_a_records_genre_over_a_body_without_a_day_names_no_meeting():
    card = analyse("Referat\nSeniorrådet\n\nMødet blev holdt på plejecentret. Alle var mødt.\n")
    assert read_field(card, "consultations") == []


def test_an_addressee_field_with_its_meeting_day_after_den_is_a_dated_step():
    card = analyse(
        "Lindeby Kommune\nØkonomi og Personale\n\nNotat\n\nTil: Økonomiudvalget den 12. maj 2026\n\n"
        "Emne: Likviditet 1. kvartal\n\nLikviditeten er fortsat tilfredsstillende.\n"
    )
    assert read_field(card, "consultations") == [("Økonomiudvalget", "2026-05-12")]
    assert list(card.addressees) == ["Økonomiudvalget"]


def test_a_records_table_of_contents_with_one_row_numbers_the_one_item_it_holds():
    card = analyse(
        "Niederschrift (Auszug)\nöffentliche Sitzung des Umweltausschusses am 12.05.2026\n\nInhaltsverzeichnis\n"
        "TOP\tBetreff\tSeite\n7\tKlimaschutzkonzept – Fortschreibung\t3\n\n"
        "Klimaschutzkonzept – Fortschreibung\n\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    assert card.references.agenda_item == "7"


def test_a_table_of_contents_with_several_rows_numbers_no_item():
    card = analyse(
        "Minutes of the Licensing Committee held on 12 May 2026\n\nItem\tSubject\tPage\n"
        "4\tStreet trading policy\t2\n5\tTaxi fares\t6\n\nStreet trading policy\n\nRESOLVED that the policy be approved.\n"
    )
    assert card.references.agenda_item is None


def test_a_summons_to_the_members_of_a_body_names_the_meeting_it_calls():
    card = analyse(
        "Summons to and Agenda for a Meeting on\nTuesday, 9th June, 2026 at 7.00 pm\n\nMUNICIPAL OFFICES, HIGH STREET\n\n"
        "Monday, 1 June 2026\n\nTo: All Members of the Licensing Committee\n\nAGENDA\n\n1. Apologies for absence\n"
        "2. Street trading policy\n"
    )
    assert read_field(card, "consultations") == [("Licensing Committee", "2026-06-09")]


def test_an_invitation_to_the_members_of_a_committee_names_its_sitting():
    card = analyse(
        "Gemeinde Lindhorst\nDer Bürgermeister\n\nAn die Mitglieder des Bau- und Umweltausschusses\n\nLindhorst, 28.05.2026\n\n"
        "Einladung\nzur Sitzung am 09.06.2026, 18:00 Uhr, im Rathaus\n\nTagesordnung\n1. Eröffnung\n2. Bauanträge\n"
    )
    assert read_field(card, "consultations") == [("Bau- und Umweltausschuss", "2026-06-09")]
