import json
from datetime import date
from pathlib import Path

import pytest

from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.document_date import document_date
from townhall.reading.analysis.dates.roles import classify_role

SHARED = Path("/work/shared")


def only(text, language=None):
    mentions = find_dates(text, language)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- numeric forms -----------------------------------------------------------------------------


def test_numeric_date_with_hyphens():
    assert only("Dato 31-10-2012").start == date(2012, 10, 31)


def test_numeric_date_with_dots():
    assert only("Sitzung am 18.09.2012 im Rathaus").start == date(2012, 9, 18)


def test_numeric_date_with_short_year_and_single_digit_month():
    assert only("Stand: 18.9.12").start == date(2012, 9, 18)


def test_iso_date():
    assert only("Published 2012-10-31 by the council").start == date(2012, 10, 31)


def test_british_date_with_slashes():
    assert only("Date of report: 03/05/2022").start == date(2022, 5, 3)


def test_month_first_date_with_slashes_is_read_where_no_day_first_reading_exists():
    assert only("Agenda Date: 5/14/2024").start == date(2024, 5, 14)
    assert only("Agenda Date: 5/04/2024").start == date(2024, 4, 5)  # day first wherever it can be


def test_danish_day_slash_month_dash_year():
    assert only("Mødet er flyttet til 3/5-2022.", "da").start == date(2022, 5, 3)


def test_fraction_is_not_a_date():
    assert find_dates("Kun 1/2 af budgettet er brugt.") == []


def test_numeric_date_is_day_precision():
    assert only("18.09.2012").precision == "day"


def test_mention_keeps_its_span_and_text():
    text = "Köln, den 11.09.2012"
    mention = only(text)
    assert text[mention.span[0]:mention.span[1]] == mention.text


def test_impossible_calendar_date_is_rejected():
    assert find_dates("Frist 31.02.2021 und 30-13-2020") == []


# --- month names -------------------------------------------------------------------------------


def test_danish_day_and_month_name():
    assert only("Dato: 19. august 2010", "da").start == date(2010, 8, 19)


def test_danish_date_with_den():
    mention = only("forelægges Borgerrepræsentationen den 12. februar 2010", "da")
    assert mention.start == date(2010, 2, 12)


def test_danish_date_with_abbreviated_den():
    assert only("senest d. 11. oktober 2010", "da").start == date(2010, 10, 11)


def test_german_day_and_month_name():
    assert only("Die Konferenz fand am 30. Mai 2012 statt.", "de").start == date(2012, 5, 30)


def test_german_maerz_with_umlaut():
    assert only("am 4. März 2021").start == date(2021, 3, 4)


def test_english_day_before_month():
    assert only("on 22 February 2010 in London", "en").start == date(2010, 2, 22)


def test_english_month_before_day():
    assert only("Signed February 22, 2010.", "en").start == date(2010, 2, 22)


def test_english_ordinal_day_of_month():
    mention = find_dates("The Leeds summit in 2014 opens on the 22nd of May.", "en")[-1]
    assert mention.start == date(2014, 5, 22)


def test_day_and_month_without_year_takes_the_year_written_before():
    text = "Budget 2021. Die Anhörung ist am 3. Juni."
    assert find_dates(text)[-1].start == date(2021, 6, 3)


def test_day_and_month_without_any_year_in_text_is_skipped():
    assert find_dates("Die Anhörung ist am 3. Juni.") == []


def test_abbreviated_danish_month():
    assert only("mødet 3. jan. 2021 i Aarhus").start == date(2021, 1, 3)


def test_abbreviated_german_month_alone_with_year():
    mention = only("Sachstand Okt. 2020")
    assert (mention.start, mention.precision) == (date(2020, 10, 1), "month")


def test_month_and_year_has_month_precision():
    mention = only("vedtages i december 2010", "da")
    assert (mention.start, mention.precision) == (date(2010, 12, 1), "month")


def test_german_month_and_year():
    assert only("seit Mai 2012", "de").precision == "month"


def test_english_may_as_verb_is_not_a_month():
    assert find_dates("Members may 2 weeks later ask again in 2012.", "en") == []


def test_danish_weekday_prefix_is_part_of_the_mention():
    mention = only("mandag den 3. maj 2021 kl. 16", "da")
    assert mention.start == date(2021, 5, 3) and mention.text.startswith("mandag")


def test_german_weekday_prefix_with_numeric_date():
    mention = only("Dienstag, 18.09.2012, 17:00 Uhr", "de")
    assert mention.start == date(2012, 9, 18) and mention.text.startswith("Dienstag")


def test_language_limits_month_names():
    assert find_dates("3. März 2021", "da") == []


def test_english_month_names_are_read_in_danish_text():
    assert only("Konferencen i London den 22 February 2010", "da").start == date(2010, 2, 22)


# --- ranges ------------------------------------------------------------------------------------


def test_date_range_with_month_name_in_danish():
    mention = only("konference i Dublin 6.-8. februar 2013", "da")
    assert (mention.start, mention.end) == (date(2013, 2, 6), date(2013, 2, 8))


def test_date_range_with_spaced_hyphen_in_danish():
    mention = only("Seminaret holdes 6. - 8. februar 2013 i Odense")
    assert (mention.start, mention.end) == (date(2013, 2, 6), date(2013, 2, 8))


def test_date_range_with_en_dash_in_german():
    mention = only("Fachtagung vom 10.–12. März 2021 in Leipzig")
    assert (mention.start, mention.end) == (date(2021, 3, 10), date(2021, 3, 12))


def test_date_range_across_months_in_german():
    mention = only("vom 30. Mai bis 1. Juni 2022")
    assert (mention.start, mention.end) == (date(2022, 5, 30), date(2022, 6, 1))


def test_date_range_across_year_end():
    mention = only("from 30 December to 2 January 2022", "en")
    assert (mention.start, mention.end) == (date(2021, 12, 30), date(2022, 1, 2))


def test_english_range_with_month_first():
    mention = only("Summit, March 6-8, 2013, Brussels", "en")
    assert (mention.start, mention.end) == (date(2013, 3, 6), date(2013, 3, 8))


def test_numeric_range_with_repeated_month():
    mention = only("Ausstellung 06.02.-08.02.2013")
    assert (mention.start, mention.end) == (date(2013, 2, 6), date(2013, 2, 8))


def test_two_whole_dates_joined_by_bis_are_one_range():
    mention = only("Auslegung vom 01.03.2021 bis 05.03.2021 im Rathaus")
    assert (mention.start, mention.end) == (date(2021, 3, 1), date(2021, 3, 5))


def test_two_dates_joined_by_und_stay_two_dates():
    assert len(find_dates("am 01.03.2021 und 05.03.2021")) == 2


# --- things that are not dates -----------------------------------------------------------------


def test_year_span_is_not_a_date():
    assert find_dates("integrationspolitik for 2011-2014") == []


def test_danish_case_number_is_not_a_date():
    assert find_dates("Sagsnr.\n2010-7022") == []


def test_word_with_number_is_not_a_date():
    assert find_dates("Inklusionspolitikens 4-årige periode") == []


def test_danish_phone_number_is_not_a_date():
    assert find_dates("Telefon 33 66 28 51, mobil 20.36.57.96") == []


def test_paragraph_number_is_not_a_date():
    assert find_dates("nach § 12.3.12 der Satzung") == []


def test_section_number_is_not_a_date():
    assert find_dates("gemäß § 12.3 GO") == []


def test_heading_number_is_not_a_date():
    assert find_dates("2.1.12 Finanzielle Auswirkungen") == []


def test_table_number_is_not_a_date():
    assert find_dates("Tabel 3.1.22 viser udgifterne") == []


def test_money_amount_is_not_a_date():
    assert find_dates("Kosten von 1.250.000 Euro") == []


# --- PDF conversion ----------------------------------------------------------------------------


def test_date_torn_into_tab_fragments_is_found():
    mention = only("Vorlagen-Numr\tner 1\t1.\t09\t.2\t012\t2")
    assert mention.start == date(2012, 9, 11)


def test_date_in_a_plain_tab_table_is_found_once():
    assert len(find_dates("Gremium\tDatum\nIntegrationsrat\t18.09.2012\tTOP 3\tÖ")) == 1


# --- roles -------------------------------------------------------------------------------------


def role_of(text, language=None):
    return classify_role(text, find_dates(text, language)[-1])


def test_role_of_labelled_date_is_document():
    assert role_of("Dato: 3. maj 2021") == "document"


def test_role_of_place_and_date_line_is_document():
    assert role_of("Köln, den 11.09.2012") == "document"


def test_role_after_senest_with_action_is_deadline():
    assert role_of("Tilmelding skal ske senest 1. juni 2021.") == "deadline"


def test_role_after_bis_zum_with_action_is_deadline():
    assert role_of("Bitte senden Sie Ihre Stellungnahme bis zum 30.06.2021.") == "deadline"


def test_role_after_no_later_than_is_deadline():
    assert role_of("Comments must arrive no later than 1 April 2022.") == "deadline"


def test_role_after_forelaegges_is_meeting():
    assert role_of("Sagen forelægges Økonomiudvalget den 3. maj 2022.") == "meeting"


def test_role_after_sitzung_is_meeting():
    assert role_of("Der Ausschuss berät in seiner Sitzung am 12.05.2021.") == "meeting"


def test_role_in_conference_sentence_is_event():
    assert role_of("Die Konferenz findet am 7. November 2012 in Bonn statt.") == "event"


def test_role_of_plain_date_is_other():
    assert role_of("Das Gesetz ist seit dem 1. Januar 2020 in Kraft.") == "other"


def test_exhibition_running_until_a_date_is_not_a_deadline():
    assert role_of("Die Ausstellung läuft bis zum 30.06.2021 im Rathaus.") != "deadline"


def test_senest_in_past_tense_is_not_a_deadline():
    assert role_of("Byrådet vedtog senest den 3. maj 2021 en ny plan.") != "deadline"


# --- the date of the document ------------------------------------------------------------------


def test_document_date_from_danish_dato_label():
    assert document_date("Dato: 19. august 2010\n\nSagsnr.: 2010-105765\n") == date(2010, 8, 19)


def test_document_date_from_label_on_the_line_before():
    assert document_date("Dato\n3. maj 2021\n\nKære udvalg") == date(2021, 5, 3)


def test_document_date_from_german_datum_label():
    assert document_date("Drucksachen-Nr. 0815/2021\nDatum: 14.04.2021\nBetreff: Radwege") == date(2021, 4, 14)


def test_document_date_from_erstellungsdatum_with_tab():
    text = "DS Nr.:\n\nErstellungsdatum\t02.08.2012\nEingang 902:\t03.08.2012"
    assert document_date(text) == date(2012, 8, 2)


def test_document_date_from_english_date_label():
    assert document_date("Leeds City Council\nDate: 3 March 2021\nSubject: Parks") == date(2021, 3, 3)


def test_document_date_from_published_label():
    assert document_date("Planning guidance note\nPublished: 3 May 2022\n\nSummary") == date(2022, 5, 3)


def test_letter_dated_in_the_body_is_not_the_document_date():
    text = "Dear resident,\n\nThank you for your letter dated 3 May 2022 about the park."
    assert document_date(text) is None


def test_document_date_from_erstellt_am_label():
    assert document_date("Vorlage - VO/0123/21\nErstellt am: 03.05.2021\n\nBetreff: Schule") == date(2021, 5, 3)


def test_document_date_from_german_place_line():
    assert document_date("Sehr geehrte Damen und Herren,\n\nBonn, den 12.03.2021\n") == date(2021, 3, 12)


def test_document_date_from_place_with_joining_word():
    assert document_date("Frankfurt am Main, 3. Mai 2021\n\nSehr geehrte Damen und Herren") == date(2021, 5, 3)


def test_listed_background_paper_with_date_is_not_the_document_date():
    text = "Summary\n\nBackground documents:\nExecutive report, 14 December 2022\n"
    assert document_date(text) is None


def test_document_date_from_place_and_slash_footer():
    assert document_date("Die Verwaltung berichtet.\n\n50.1\nHannover / 03.05.2023\n") == date(2023, 5, 3)


def test_document_date_from_danish_place_line():
    text = "Kære borgere\n\nVi inviterer til møde.\n\nKøbenhavn, 3. maj 2021\nBorgmesteren"
    assert document_date(text) == date(2021, 5, 3)


def test_document_date_from_bare_line_in_letterhead():
    text = "Til: Teknik- og Miljøudvalget\n\n31-10-2012\n\nUdvalget orienteres om en ny plan."
    assert document_date(text) == date(2012, 10, 31)


def test_document_date_in_paper_number_header_line():
    assert document_date("Vorlagen-Nummer 3293/2012  11.09.2012\n\nMitteilung") == date(2012, 9, 11)


def test_document_date_in_interleaved_header_line():
    text = "Vorlagen-Numr\tner 1\t1.\t09\t.2\t012\t2\n\t_\t_\t_\n\n3293/2012\n\nMitteilung"
    assert document_date(text) == date(2012, 9, 11)


def test_document_date_ignores_meeting_date_in_consultation_table():
    text = "Mitteilung\n\nGremium\tDatum\nIntegrationsrat\t18.09.2012\n\nBetreff"
    assert document_date(text) is None


def test_document_date_ignores_meeting_date_in_one_cell_per_line_table():
    text = "Beratungsfolge\nGremium\nDatum\nHauptausschuss\n18.09.2012\n\nBetreff"
    assert document_date(text) is None


def test_document_date_is_none_when_only_a_meeting_date_is_given():
    text = (
        "12. Underskrivelse af charter (2010-16508)\n\nVidere proces\n\n"
        "Indstillingen forelægges Borgerrepræsentationen den 12. februar 2010."
    )
    assert document_date(text) is None


def test_document_date_is_none_for_a_deadline_in_the_body():
    text = "Høring om ny affaldsplan\n\nSend jeres høringssvar senest den 1. juni 2021."
    assert document_date(text) is None


def test_document_date_skips_date_below_a_meeting_header():
    text = "Meeting: Cabinet\nDate: 12 May 2022\n\nReport of the Director of Resources"
    assert document_date(text) is None


def test_date_below_a_bare_committee_name_is_its_meeting_not_the_document_date():
    assert document_date("Økonomiudvalget\n\n10-05-2022\n\nDagsorden\n") is None


def test_date_below_an_addressee_line_is_the_document_date():
    assert document_date("Til: Økonomiudvalget\n\n10-05-2022\n\nNotat om budget\n") == date(2022, 5, 10)


def test_date_below_an_addressee_line_without_colon_is_the_document_date():
    assert document_date("Til Teknik- og Miljøudvalget\n\n10-05-2022\n\nNotat\n") == date(2022, 5, 10)


def test_meeting_date_label_is_not_the_document_date():
    text = "Datum der Sitzung\t22.08.2012\nErstellungsdatum\t02.08.2012"
    assert document_date(text) == date(2012, 8, 2)


def test_bare_date_deep_in_the_body_is_not_the_document_date():
    body = "Die Verwaltung berichtet über den Stand der Umsetzung der Maßnahmen im ganzen Stadtgebiet. " * 3
    assert document_date(f"Mitteilung\n\n{body}\n\n07.11.2012\n") is None


@pytest.mark.skipif(not SHARED.exists(), reason="the shared seed papers are not on this machine")
@pytest.mark.parametrize("name", sorted(p.stem for p in (SHARED / "seeds").glob("*.txt")) if SHARED.exists() else [])
def test_seed_document_date_matches_gold(name):
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    found = document_date(text)
    assert (found.isoformat() if found else None) == gold["date"]


def test_document_date_is_the_bare_date_under_a_report_to_line():
    text = "Leeds City Council\n\nReport to: Housing Scrutiny Board\nDate: 4 May 2023\nSubject: Tenancy audit\n"
    assert document_date(text, "en") == date(2023, 5, 4)


def test_place_and_date_in_the_second_column_of_a_letterhead():
    text = "Stadt Wiesbaden\tDer Magistrat\nUmweltamt\tWiesbaden, 18.04.2024\n\nMitteilung\n"
    assert document_date(text, "de") == date(2024, 4, 18)


def test_document_date_in_the_second_cell_of_a_header_row():
    text = "Briefing Note\n\nTo: Culture Board\tDate: 09/03/2011\nFrom: Libraries\tAuthor: Mark Johnson\n"
    assert document_date(text, "en") == date(2011, 3, 9)


def test_date_below_a_form_and_addressee_line_is_the_letters_date():
    text = "Vejle Kommune\nTeknik- og Miljøforvaltningen\n\nOrientering til Teknik- og Miljøudvalget\n\n13-01-2025\n\nCykelplan"
    assert document_date(text, "da") == date(2025, 1, 13)


@pytest.mark.parametrize(
    ("text", "language"),
    [("På seminariet den 14. og 15. marts 2013 mødes byrådet.", "da"),
     ("Die Klausur am 14. und 15. März 2013 findet im Rathaus statt.", "de"),
     ("The retreat on 14 and 15 March 2013 is held at the Guildhall.", "en")],
)
def test_two_days_running_joined_by_and_are_one_range(text, language):
    [mention] = find_dates(text, language)
    assert (mention.start, mention.end) == (date(2013, 3, 14), date(2013, 3, 15))


def test_two_days_apart_joined_by_and_are_not_a_range():
    assert [(m.start, m.end) for m in find_dates("Møderne holdes den 3. og 10. marts 2013.", "da")][-1] == (date(2013, 3, 10), None)


def test_day_without_a_year_late_in_the_year_before_a_january_letter_date_is_last_year():
    found = find_dates("London, 10 January 2025\n\nThank you for our meeting on the 20th December.", "en")
    assert [m.start for m in found] == [date(2025, 1, 10), date(2024, 12, 20)]


def test_day_without_a_year_early_in_the_year_after_a_december_date_is_next_year():
    found = find_dates("Brev af 18. december 2024. Vi mødes igen den 14. januar.", "da")
    assert [m.start for m in found] == [date(2024, 12, 18), date(2025, 1, 14)]


def test_day_without_a_year_in_the_same_half_year_keeps_the_year():
    found = find_dates("München, 2. März 2024. Die Sitzung ist am 15. Juli.", "de")
    assert [m.start for m in found] == [date(2024, 3, 2), date(2024, 7, 15)]


def test_issue_date_printed_below_the_meetings_own_date_dates_the_summons():
    text = (
        "Summons to and\nAgenda for a\nMeeting on\nTuesday, 11th March, 2025\nat 2.00 pm\n\n"
        "GOVERNANCE TEAM TOWN HALL NORTHAM\n\nMonday, 3 March 2025\n\nTo: All Members of the Council\n"
    )
    assert document_date(text, "en") == date(2025, 3, 3)


def test_date_under_a_meeting_heading_alone_is_the_meetings_not_the_papers():
    text = "CLERK'S OFFICE\n\nDISPOSITION OF ITEMS\n\nCOUNCIL MEETING\n\nTUESDAY, MARCH 11, 2025\n\nMEMBERS PRESENT\n"
    assert document_date(text, "en") is None


def test_date_alone_as_the_last_line_under_the_signature_dates_the_agenda():
    text = (
        "AGENDA\n\nCABINET\n\n1. Apologies\n\n2. Budget monitoring report (Pages 5 - 40)\n\n"
        "EXEMPT ITEMS\n(No exempt items are expected; during any such item the meeting is likely not to be"
        " open to the public)\n\nJane Roberts\nHead of Governance\n01234 567890\n\nFriday, 14 February 2025\n"
    )
    assert document_date(text, "en") == date(2025, 2, 14)


def test_motion_handed_in_on_a_short_head_line_is_dated_so():
    text = "Notice of Motion\n\nSubject: Bus shelters\n\nSubmitted by Cllr Ann Marsh on 4 March 2025\n\nThis council resolves to build more shelters for people waiting at stops.\n"
    assert document_date(text) == date(2025, 3, 4)


def test_a_report_telling_when_a_petition_was_received_is_not_dated_by_it():
    text = "Report\n\nSubject: Petition on parking\n\nThe petition was received on 3 March 2025 from residents of Mill Lane and is reported here.\n"
    assert document_date(text) is None
