import json
from datetime import date
from pathlib import Path

import pytest

from townhall.reading.analysis.consultations import extract_consultations

SHARED = Path("/work/shared")


def route(text, language=None):
    return [(s.organization, s.date) for s in extract_consultations(text, language)]


# --- German tables -----------------------------------------------------------------------------


def test_table_with_gremium_then_datum_columns():
    text = "Mitteilung\n\nGremium\tDatum\nIntegrationsrat\t18.09.2012\n\nIntegrationskonferenz 2012\n"
    assert route(text, "de") == [("Integrationsrat", date(2012, 9, 18))]


def test_table_with_datum_der_sitzung_first():
    text = (
        "Beratungsfolge:\n\nDatum der Sitzung\tGremium\n"
        "22.08.2012\tStadtverordnetenversammlung der Landeshauptstadt Potsdam\n\n"
        "Inhalt der Mitteilung: Die Stadtverordnetenversammlung nimmt zur Kenntnis:"
    )
    assert route(text, "de") == [("Stadtverordnetenversammlung der Landeshauptstadt Potsdam", date(2012, 8, 22))]


def test_beratungsfolge_table_with_roles():
    text = (
        "Beratungsfolge:\nDatum\tGremium\tZuständigkeit\n"
        "15.03.2021\tAusschuss für Stadtentwicklung\tVorberatung\n"
        "25.03.2021\tRat der Stadt Münster\tEntscheidung\n\nBegründung:\nDer Rat hat ..."
    )
    steps = extract_consultations(text, "de")
    assert [(s.organization, s.date, s.role) for s in steps] == [
        ("Ausschuss für Stadtentwicklung", date(2021, 3, 15), "Vorberatung"),
        ("Rat der Stadt Münster", date(2021, 3, 25), "Entscheidung"),
    ]


def test_table_separated_by_several_spaces():
    text = (
        "Beratungsfolge:\nGremium  Sitzungstermin  Zuständigkeit\n"
        "Bezirksvertretung Bonn  04.05.2021  Anhörung\nHauptausschuss  12.05.2021  Vorberatung\n"
    )
    assert route(text, "de") == [("Bezirksvertretung Bonn", date(2021, 5, 4)), ("Hauptausschuss", date(2021, 5, 12))]


def test_table_with_one_cell_per_line():
    text = (
        "Beratungsfolge\nGremium\nDatum\nZuständigkeit\n"
        "Ausschuss für Soziales\n12.05.2021\nVorberatung\nRat\n20.05.2021\nEntscheidung\n"
        "Sachverhalt:\nDie Verwaltung schlägt vor, ..."
    )
    assert route(text, "de") == [("Ausschuss für Soziales", date(2021, 5, 12)), ("Rat", date(2021, 5, 20))]


def test_markdown_table_with_separator_row():
    text = (
        "**Beratungsfolge:**\n\n| Gremium | Sitzungstermin | Zuständigkeit |\n|---|---|---|\n"
        "| Umweltausschuss | 10.03.2022 | Vorberatung |\n| Rat | 24.03.2022 | Entscheidung |\n"
    )
    assert route(text, "de") == [("Umweltausschuss", date(2022, 3, 10)), ("Rat", date(2022, 3, 24))]


def test_one_cell_per_line_table_accepts_any_short_body_name():
    text = (
        "Beratungsfolge (Änderungen vorbehalten)\nGremium\nTermin\nZuständigkeit\n"
        "Dienstberatung des Oberbürgermeisters\n01.03.2022\nVorberatung\n"
        "Ratsversammlung\n06.04.2022\nBeschlussfassung\n\nBeschlussvorschlag:\nDie Ratsversammlung beschließt."
    )
    assert route(text, "de") == [
        ("Dienstberatung des Oberbürgermeisters", date(2022, 3, 1)),
        ("Ratsversammlung", date(2022, 4, 6)),
    ]


def test_referat_heading_is_not_a_body():
    assert route("REFERAT\nMødedato: Torsdag den 12. maj 2022\n", "da") == []


def test_table_with_pipes_and_public_column():
    text = (
        "| Sitzungstermin | Gremium | Ö/N | Zuständigkeit |\n"
        "| 07.06.2022 | Bezirksbeirat Leipzig-Mitte | Ö | Anhörung |\n"
        "| 21.06.2022 | Ratsversammlung | Ö | Beschlussfassung |\n"
    )
    assert route(text, "de") == [
        ("Bezirksbeirat Leipzig-Mitte", date(2022, 6, 7)),
        ("Ratsversammlung", date(2022, 6, 21)),
    ]


def test_allris_table_with_single_spaced_header():
    text = (
        "Beratungsfolge:\nDatum Gremium Zuständigkeit\n"
        "25.03.2021 Ausschuss für Verkehr und Mobilität Vorberatung\n"
        "13.04.2021 Hauptausschuss Vorberatung\n22.04.2021 Rat der Stadt Münster Entscheidung\n\nBetreff:"
    )
    assert route(text, "de") == [
        ("Ausschuss für Verkehr und Mobilität", date(2021, 3, 25)),
        ("Hauptausschuss", date(2021, 4, 13)),
        ("Rat der Stadt Münster", date(2021, 4, 22)),
    ]


def test_beratungsfolge_rows_with_single_spaces():
    text = (
        "Beratungsfolge:\n15.03.2021 Ausschuss für Stadtentwicklung Vorberatung\n"
        "25.03.2021 Rat der Stadt Münster Entscheidung\n\nSachverhalt"
    )
    assert route(text, "de") == [
        ("Ausschuss für Stadtentwicklung", date(2021, 3, 15)),
        ("Rat der Stadt Münster", date(2021, 3, 25)),
    ]


def test_beratungsfolge_without_dates_keeps_bodies_and_roles():
    text = "Beratungsfolge:\nAusschuss für Umwelt und Grün\tVorberatung\nRat der Stadt Leipzig\tEntscheidung\n\nSachverhalt"
    steps = extract_consultations(text, "de")
    assert [(s.organization, s.date, s.role) for s in steps] == [
        ("Ausschuss für Umwelt und Grün", None, "Vorberatung"),
        ("Rat der Stadt Leipzig", None, "Entscheidung"),
    ]


def test_beratungsfolge_written_on_one_line():
    text = "Beratungsfolge: Ausschuss für Schule und Weiterbildung Vorberatung Rat der Stadt Düsseldorf Entscheidung"
    assert route(text, "de") == [("Ausschuss für Schule und Weiterbildung", None), ("Rat der Stadt Düsseldorf", None)]


def test_beratungsfolge_on_one_line_with_dates():
    text = "Beratungsfolge: Hauptausschuss 12.05.2021 Vorberatung, Rat der Stadt Bonn 20.05.2021 Entscheidung"
    assert route(text, "de") == [("Hauptausschuss", date(2021, 5, 12)), ("Rat der Stadt Bonn", date(2021, 5, 20))]


def test_potsdam_table_with_recommendation_columns_and_check_marks():
    text = (
        "Beratungsfolge:\nEmpfehlung\tEntscheidung\nDatum der Sitzung\tGremium\n"
        "05.09.2012\tHauptausschuss\t\tX\n"
        "26.09.2012\tStadtverordnetenversammlung der Landeshauptstadt Potsdam\t\tX\n\nBeschlussvorschlag:"
    )
    assert route(text, "de") == [
        ("Hauptausschuss", date(2012, 9, 5)),
        ("Stadtverordnetenversammlung der Landeshauptstadt Potsdam", date(2012, 9, 26)),
    ]


def test_single_spaced_row_drops_its_check_mark():
    text = "Beratungsfolge:\n\nDatum der Sitzung Gremium\n\n05.09.2012 Hauptausschuss X\n\nBeschlussvorschlag:"
    assert route(text, "de") == [("Hauptausschuss", date(2012, 9, 5))]


def test_allris_table_with_status_and_result_columns():
    text = (
        "Beratungsfolge:\nStatus\tDatum\tGremium\tZuständigkeit\tErgebnis\n"
        "Öffentlich\t25.03.2021\tHauptausschuss\tVorberatung\tungeändert beschlossen\n"
        "Öffentlich\t22.04.2021\tRat der Stadt Bielefeld\tEntscheidung\tvertagt\n"
    )
    assert route(text, "de") == [("Hauptausschuss", date(2021, 3, 25)), ("Rat der Stadt Bielefeld", date(2021, 4, 22))]


def test_allris_route_with_sitting_lines_under_each_body():
    text = (
        "Beratungsfolge:\nAusschuss für Schule und Sport\tVorberatung\n"
        "12.05.2021\tSitzung des Ausschusses für Schule und Sport\tungeändert beschlossen\n"
        "Rat der Stadt Neustadt\tEntscheidung\n\nSachverhalt:"
    )
    steps = extract_consultations(text, "de")
    assert [(s.organization, s.date, s.role) for s in steps] == [
        ("Ausschuss für Schule und Sport", date(2021, 5, 12), "Vorberatung"),
        ("Rat der Stadt Neustadt", None, "Entscheidung"),
    ]


def test_table_stops_at_the_title_after_it():
    text = "Gremium\tDatum\nIntegrationsrat\t18.09.2012\n\nBildung eines Ausschusses für Integration durch den Rat\n"
    assert route(text, "de") == [("Integrationsrat", date(2012, 9, 18))]


def test_filled_form_fields_on_one_line():
    text = "Beratungsergebnis\nGremium: Integrationsrat Sitzung am: 18.09.2012\n"
    assert route(text, "de") == [("Integrationsrat", date(2012, 9, 18))]


def test_empty_form_fields_are_not_consultations():
    text = "Beratungsergebnis\n\nZur Kenntnis genommen:\n\nGremium:\n\nSitzung am:\n\nzurückgestellt zurückgezogen\n"
    assert route(text, "de") == []


def test_table_row_without_a_date_is_skipped_when_dates_are_promised():
    text = "Gremium\tDatum\nHauptausschuss\t\nRat der Stadt Bonn\t20.05.2021\n"
    assert route(text, "de") == [("Rat der Stadt Bonn", date(2021, 5, 20))]


def test_table_whose_body_column_is_headed_beratungsfolge():
    text = (
        "Beratungsfolge\tSitzung\tZuständigkeit\n"
        "Ausschuss für Soziales, Migration, Gleichstellung und Wohnen\t16.03.2021\tKenntnisnahme\n"
        "Rat der Bundesstadt Bonn\t25.03.2021\tKenntnisnahme\n\nBetreff:\nSachstand"
    )
    assert route(text, "de") == [
        ("Ausschuss für Soziales, Migration, Gleichstellung und Wohnen", date(2021, 3, 16)),
        ("Rat der Bundesstadt Bonn", date(2021, 3, 25)),
    ]


def test_german_beschluss_des_ausschusses_heading_gives_the_body_in_nominative():
    text = "Beschlussvorlage\n\nBeschluss des Ausschusses für Klima- und Umweltschutz vom 08.06.2022 (VB)\nÖffentliche Sitzung"
    assert route(text, "de") == [("Ausschuss für Klima- und Umweltschutz", date(2022, 6, 8))]


# --- German prose ------------------------------------------------------------------------------


def test_german_prose_vorgelegt_with_date():
    text = "Die Vorlage wird dem Hauptausschuss am 12.05.2021 zur Beratung vorgelegt."
    assert route(text, "de") == [("Hauptausschuss", date(2021, 5, 12))]


def test_german_prose_in_seiner_sitzung():
    text = "Der Entwurf wird dem Ausschuss für Umwelt und Grün in seiner Sitzung am 4. Mai 2021 zur Entscheidung vorgelegt."
    assert route(text, "de") == [("Ausschuss für Umwelt und Grün", date(2021, 5, 4))]


def test_german_prose_district_council_to_be_heard():
    text = "Die Bezirksvertretung Münster-Mitte wird am 16.03.2021 angehört."
    assert route(text, "de") == [("Bezirksvertretung Münster-Mitte", date(2021, 3, 16))]


def test_german_history_clause_before_a_route_verb_is_not_a_step():
    text = "Der Rat hat am 12.11.2020 beschlossen, dass die Vorlage erneut beraten wird."
    assert route(text, "de") == []


def test_german_addressees_with_their_part_are_route_steps():
    text = "Informationsdrucksache\nNr. 0987/2023\n\nAn den Sozialausschuss (zur Kenntnis)\nAn den Rat (zur Kenntnis)\n"
    steps = extract_consultations(text, "de")
    assert [(s.organization, s.date, s.role) for s in steps] == [
        ("Sozialausschuss", None, "zur Kenntnis"),
        ("Rat", None, "zur Kenntnis"),
    ]


def test_german_plain_addressee_is_not_a_route_step():
    assert route("An den Oberbürgermeister\nder Landeshauptstadt Düsseldorf\n", "de") == []


def test_german_past_decision_is_not_a_route_step():
    text = "Der Rat der Stadt Bonn hat am 12.05.2020 beschlossen, ein Konzept zu erarbeiten."
    assert route(text, "de") == []


# --- Danish ------------------------------------------------------------------------------------


def test_danish_forelaegges_with_date():
    text = "Indstillingen forelægges Borgerrepræsentationen den 12. februar 2010 og Charteret underskrives."
    assert route(text, "da") == [("Borgerrepræsentationen", date(2010, 2, 12))]


def test_danish_two_bodies_in_one_sentence():
    text = "Sagen forelægges Økonomiudvalget den 3. maj 2022 og Borgerrepræsentationen den 12. maj 2022."
    assert route(text, "da") == [("Økonomiudvalget", date(2022, 5, 3)), ("Borgerrepræsentationen", date(2022, 5, 12))]


def test_danish_second_body_after_og_herefter():
    text = "Sagen forelægges Økonomiudvalget den 3. maj 2022 og herefter Borgerrepræsentationen den 12. maj 2022."
    assert route(text, "da") == [("Økonomiudvalget", date(2022, 5, 3)), ("Borgerrepræsentationen", date(2022, 5, 12))]


def test_danish_bodies_without_dates():
    text = "Sagen forelægges Børne- og Ungdomsudvalget og Økonomiudvalget."
    assert route(text, "da") == [("Børne- og Ungdomsudvalget", None), ("Økonomiudvalget", None)]


def test_danish_beslutning_i_heading():
    text = "Beslutning i Teknik- og Miljøudvalget den 3. maj 2021\nUdvalget godkendte indstillingen."
    assert route(text, "da") == [("Teknik- og Miljøudvalget", date(2021, 5, 3))]


def test_danish_forelaegges_for_with_date():
    text = "Sagen forelægges for Borgerrepræsentationen den 12. maj 2022."
    assert route(text, "da") == [("Borgerrepræsentationen", date(2022, 5, 12))]


def test_danish_committee_that_considered_the_case_earlier():
    text = "Teknik- og Miljøudvalget behandlede sagen på mødet den 25. april 2022 og anbefalede strategien."
    assert route(text, "da") == [("Teknik- og Miljøudvalget", date(2022, 4, 25))]


def test_danish_genitive_decision_heading():
    text = "Beslutning\nKultur- og Fritidsudvalgets beslutning den 12. maj 2022\nIndstillingen blev godkendt."
    assert route(text, "da") == [("Kultur- og Fritidsudvalget", date(2022, 5, 12))]


def test_danish_agenda_header_with_committee_and_meeting_date_label():
    text = "Odense Kommune\nØkonomiudvalget\n\nDagsorden\nMødedato: 10. maj 2022\n\n7. Salg af grund"
    assert route(text, "da") == [("Økonomiudvalget", date(2022, 5, 10))]


def test_danish_firstagenda_decision_heading_without_i():
    text = "Sagsfremstilling\nBla.\n\nBeslutning Økonomiudvalget den 10-05-2022\nGodkendt."
    assert route(text, "da") == [("Økonomiudvalget", date(2022, 5, 10))]


def test_danish_sagen_afgoeres_i_label():
    assert route("Sagsnr.: 00.01.00-A00-1-22\nSagen afgøres i: Byrådet\n", "da") == [("Byrådet", None)]


def test_danish_beslutningskompetence_label():
    assert route("Punkt 5. Takster\nBeslutningskompetence: Byrådet\n\nSagsfremstilling", "da") == [("Byrådet", None)]


def test_german_table_with_art_der_behandlung_column_and_long_city_name():
    text = (
        "Beratungsfolge\tSitzungsdatum\tArt der Behandlung\n"
        "Ausschuss für Mobilität und Verkehrsflächen\t15.06.2021\tVorberatung\n"
        "Rat der Stadt Bergisch Gladbach\t29.06.2021\tEntscheidung\n\nBetreff"
    )
    assert route(text, "de") == [
        ("Ausschuss für Mobilität und Verkehrsflächen", date(2021, 6, 15)),
        ("Rat der Stadt Bergisch Gladbach", date(2021, 6, 29)),
    ]


def test_danish_indstilling_heading_above_a_committee_sentence_is_not_a_step():
    text = "Indstilling\nØkonomiudvalget indstiller til Byrådet, at budgettet godkendes."
    assert route(text, "da") == []


def test_danish_memo_for_a_committee_meeting():
    text = "Notat til Beskæftigelses- og Integrationsudvalgets møde den 7. november 2012\n\nBaggrund"
    assert route(text, "da") == [("Beskæftigelses- og Integrationsudvalget", date(2012, 11, 7))]


def test_danish_lowercase_udvalget_is_not_a_body():
    assert route("Evt. beslutning om projektdeltagelse forelægges udvalget separat.", "da") == []


def test_danish_addressee_is_not_a_consultation():
    assert route("Til: Beskæftigelses- og Integrationsudvalget\n\n31-10-2012\n", "da") == []


def test_danish_recommendation_to_a_body_is_not_a_consultation():
    text = "1. at Kultur- og Fritidsudvalget over for Byrådet anbefaler, at Aarhus Kommune tilslutter sig."
    assert route(text, "da") == []


# --- English -----------------------------------------------------------------------------------


def test_english_considered_by_cabinet():
    assert route("The report is to be considered by the Cabinet on 12 May 2022.", "en") == [("Cabinet", date(2022, 5, 12))]


def test_english_considered_by_board_with_its_remit_in_brackets():
    text = "The strategy was considered by Scrutiny Board (Infrastructure) on 14 June 2022."
    assert route(text, "en") == [("Scrutiny Board (Infrastructure)", date(2022, 6, 14))]


def test_english_report_to_with_a_bare_date_label_below_names_no_meeting():
    text = "Report of: Director of City Development\nReport to: Executive Board\nDate: 22 June 2022\n"
    assert route(text, "en") == []


def test_english_report_to_with_date_of_meeting_below():
    text = "Report of: Director of City Development\nReport to: Executive Board\nDate of meeting: 22 June 2022\n"
    assert route(text, "en") == [("Executive Board", date(2022, 6, 22))]


def test_english_decision_maker_who_is_a_person_is_not_a_body():
    assert route("Decision maker: Cabinet Member\nDecision forum: Cabinet\n", "en") == []


def test_english_report_to_with_date_of_decision():
    text = "Sheffield City Council\n\nReport to: Cabinet\nDate of Decision: 20 September 2023\n"
    assert route(text, "en") == [("Cabinet", date(2023, 9, 20))]


def test_english_report_to_header():
    assert route("Report to: Full Council, 3 March 2021\nSubject: Budget", "en") == [("Full Council", date(2021, 3, 3))]


def test_english_meeting_and_date_labels():
    assert route("Meeting: Planning Committee\nDate: 12 May 2022\n", "en") == [("Planning Committee", date(2022, 5, 12))]


def test_english_committee_table():
    text = "Committee\tDate\nScrutiny Board (Environment)\t14 June 2022\nExecutive Board\t22 June 2022\n"
    assert route(text, "en") == [
        ("Scrutiny Board (Environment)", date(2022, 6, 14)),
        ("Executive Board", date(2022, 6, 22)),
    ]


def test_english_committee_report_header_with_meeting_date_below():
    text = (
        "The City of Edinburgh Council\n\nCulture and Communities Committee\n\n"
        "10.00am, Tuesday, 12 March 2024\n\nLibrary Opening Hours Review\n"
    )
    assert route(text, "en") == [("Culture and Communities Committee", date(2024, 3, 12))]


def test_addressee_block_above_a_date_is_not_a_route_step():
    text = "Stadt Bonn\nAn den\nAusschuss für Umwelt\n\n12.03.2021\n\nSehr geehrte Damen und Herren,"
    assert route(text, "de") == []


def test_english_past_request_of_a_committee_is_not_a_route_step():
    text = "Report\n\n3.1 The Committee asked on 14 November 2023 for a review of opening hours."
    assert route(text, "en") == []


# --- schedule lines ----------------------------------------------------------------------------


def test_danish_schedule_list_of_bodies_and_dates():
    text = "Tidsplan:\n- Økonomiudvalget 3. maj 2022\n- Borgerrepræsentationen den 12. maj 2022\n"
    assert route(text, "da") == [("Økonomiudvalget", date(2022, 5, 3)), ("Borgerrepræsentationen", date(2022, 5, 12))]


def test_german_session_line_gives_the_body_in_nominative():
    assert route("Sitzung des Hauptausschusses am 12.05.2021", "de") == [("Hauptausschuss", date(2021, 5, 12))]


def test_german_schedule_line_with_hyphenated_committee_name():
    assert route("Haupt- und Finanzausschuss 12.05.2021", "de") == [("Haupt- und Finanzausschuss", date(2021, 5, 12))]


def test_english_schedule_line_with_time():
    assert route("Cabinet – 12 May 2022, 10.00 am", "en") == [("Cabinet", date(2022, 5, 12))]


def test_schedule_line_with_date_in_brackets():
    assert route("- Hauptausschuss (12.05.2021)\n- Rat (20.05.2021)", "de") == [
        ("Hauptausschuss", date(2021, 5, 12)),
        ("Rat", date(2021, 5, 20)),
    ]


def test_municipality_name_with_date_is_not_a_route_step():
    assert route("Leeds City Council, 3 March 2021", "en") == []


def test_department_with_date_is_not_a_route_step():
    assert route("Økonomiforvaltningen 12. maj 2022", "da") == []


# --- merging -----------------------------------------------------------------------------------


def test_steps_come_in_route_order_by_meeting_date():
    text = (
        "Videre proces\nSagen forelægges Borgerrepræsentationen den 12. maj 2022.\n\n"
        "Teknik- og Miljøudvalget behandlede sagen på mødet den 25. april 2022."
    )
    assert [when for _, when in route(text, "da")] == [date(2022, 4, 25), date(2022, 5, 12)]


def test_same_body_named_in_table_and_prose_is_listed_once():
    text = (
        "Gremium\tDatum\nHauptausschuss\t12.05.2021\n\n"
        "Die Vorlage wird dem Hauptausschuss am 12.05.2021 zur Beratung vorgelegt."
    )
    assert route(text, "de") == [("Hauptausschuss", date(2021, 5, 12))]


def test_undated_mention_does_not_repeat_a_dated_step():
    text = "Beratungsfolge: Stadtrat\n\nGremium\tDatum\nStadtrat\t20.05.2021\n"
    assert route(text, "de") == [("Stadtrat", date(2021, 5, 20))]


BONN_PAPER = """Bundesstadt Bonn
Beschlussvorlage
Drucksachen-Nr.: 2110923
Datum: 04.05.2021
öffentlich

Beratungsfolge\tSitzung\tZuständigkeit
Bezirksvertretung Bonn\t18.05.2021\tAnhörung
Ausschuss für Umwelt, Klima und Lokale Agenda\t01.06.2021\tVorberatung
Rat der Bundesstadt Bonn\t17.06.2021\tEntscheidung

Betreff: Klimaplan 2035

Der Rat hat am 12.11.2020 beschlossen, den Klimaplan zu erarbeiten. Die Verwaltung lädt zu einer
Auftaktveranstaltung am 20.05.2021 im Alten Rathaus ein.

Beratungsergebnis
Gremium:
Sitzung am:
"""


def test_whole_sessionnet_paper_gives_exactly_its_route():
    assert route(BONN_PAPER, "de") == [
        ("Bezirksvertretung Bonn", date(2021, 5, 18)),
        ("Ausschuss für Umwelt, Klima und Lokale Agenda", date(2021, 6, 1)),
        ("Rat der Bundesstadt Bonn", date(2021, 6, 17)),
    ]


@pytest.mark.skipif(not SHARED.exists(), reason="the shared seed papers are not on this machine")
@pytest.mark.parametrize("name", sorted(p.stem for p in (SHARED / "seeds").glob("*.txt")) if SHARED.exists() else [])
def test_seed_consultations_match_gold(name):
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    found = sorted((s.organization, s.date.isoformat() if s.date else None) for s in extract_consultations(text))
    assert found == sorted((c["organization"], c.get("date")) for c in gold["consultations"])


def test_english_report_to_the_committee_with_date_of_meeting_in_the_next_column():
    text = "Wigan Council\n\nReport to the Housing Committee\tDate of meeting: 17 January 2019\n"
    assert route(text, "en") == [("Housing Committee", date(2019, 1, 17))]


def test_letterhead_council_above_a_report_to_line_is_not_a_step():
    text = "Brighton & Hove City Council\nReport to: Culture Committee\nDate of meeting: 9 July 2021\n"
    assert route(text, "en") == [("Culture Committee", date(2021, 7, 9))]


def test_danish_orientation_heading_with_the_letter_date_below_is_not_a_step():
    assert route("Vejle Kommune\n\nOrientering til Teknik- og Miljøudvalget\n\n13. januar 2025\n\nCykelplan", "da") == []


def test_german_motion_for_a_session_with_gremium_below():
    text = "Änderungsantrag zur Sitzung am 10.12.2025\nGremium: Hauptausschuss\n\nBetreff: Jahresabschluss"
    assert route(text, "de") == [("Hauptausschuss", date(2025, 12, 10))]


def test_danish_member_motion_to_be_dealt_with_at_a_council_meeting():
    text = "Medlemsforslag om cykelstier\n\nForslaget ønskes behandlet på mødet i Byrådet den 10. maj 2018.\n"
    assert route(text, "da") == [("Byrådet", date(2018, 5, 10))]
