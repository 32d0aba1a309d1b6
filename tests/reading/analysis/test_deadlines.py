import json
from datetime import date
from pathlib import Path

import pytest

from townhall.reading.analysis import analyse
from townhall.reading.analysis.deadlines import extract_deadlines

SHARED = Path("/work/shared")


def dates_of(text, language=None):
    return [d.date for d in extract_deadlines(text, language)]


# --- Danish ------------------------------------------------------------------------------------


def test_deadline_senest_with_registration_in_danish():
    text = "Endelig tilmelding skal være modtaget senest 23. november 2012 til ledelsessekretariatet."
    assert dates_of(text, "da") == [date(2012, 11, 23)]


def test_deadline_purpose_names_what_and_to_whom_in_danish():
    text = "Endelig tilmelding skal være modtaget senest 23. november 2012 til ledelsessekretariatet."
    purpose = extract_deadlines(text, "da")[0].purpose
    assert "tilmelding" in purpose.lower() and "ledelsessekretariatet" in purpose


def test_deadline_purpose_is_the_subject_of_an_obligation():
    text = "Bemærkninger skal være kommunen i hænde senest fredag den 31. marts 2023."
    assert extract_deadlines(text, "da")[0].purpose == "Bemærkninger"


def test_deadline_senest_d_for_hearing_response_in_danish():
    text = "I kan sende et skriftligt høringssvar til plan@aarhus.dk senest d. 11. oktober 2010."
    assert dates_of(text, "da") == [date(2010, 10, 11)]


def test_deadline_purpose_keeps_the_hearing_response():
    text = "I kan give jeres mening til kende på bloggen eller sende et skriftligt høringssvar senest d. 11. oktober 2010."
    assert "høringssvar" in extract_deadlines(text, "da")[0].purpose


def test_deadline_frist_for_hoeringssvar_in_danish():
    facts = extract_deadlines("Frist for høringssvar er den 1. juni 2021.", "da")
    assert [(f.date, f.purpose) for f in facts] == [(date(2021, 6, 1), "Høringssvar")]


def test_deadline_hoeringsfrist_compound_in_danish():
    facts = extract_deadlines("Høringsfristen er 14. marts 2022.", "da")
    assert facts[0].date == date(2022, 3, 14) and facts[0].purpose


def test_deadline_inden_with_application_in_danish():
    text = "Ansøgninger skal indsendes til Odense Kommune inden 15. januar 2023."
    assert dates_of(text, "da") == [date(2023, 1, 15)]


def test_end_of_hearing_period_is_a_deadline_in_danish():
    assert dates_of("Høringsperioden slutter den 14. juni 2022.", "da") == [date(2022, 6, 14)]


def test_consultation_that_closes_is_a_deadline_in_english():
    assert dates_of("The consultation closes on 12 April 2023.", "en") == [date(2023, 4, 12)]


def test_hearing_that_ran_in_the_past_is_not_a_deadline_in_danish():
    assert dates_of("Høringen løb fra 7. februar til 7. marts 2022, og der kom 45 høringssvar.", "da") == []


def test_past_tense_senest_is_not_a_deadline_in_danish():
    assert dates_of("Byrådet i Aalborg vedtog senest den 3. maj 2021 en ny plan.", "da") == []


def test_meeting_date_is_not_a_deadline_in_danish():
    assert dates_of("Sagen forelægges Økonomiudvalget den 3. maj 2022.", "da") == []


# --- German ------------------------------------------------------------------------------------


def test_deadline_bis_zum_in_german():
    text = "Stellungnahmen können bis zum 30.06.2021 beim Stadtplanungsamt Münster abgegeben werden."
    assert dates_of(text, "de") == [date(2021, 6, 30)]


def test_deadline_purpose_in_german_names_the_statement():
    text = "Stellungnahmen können bis zum 30.06.2021 beim Stadtplanungsamt Münster abgegeben werden."
    assert extract_deadlines(text, "de")[0].purpose.startswith("Stellungnahmen")


def test_deadline_purpose_keeps_an_email_address_whole():
    text = "Stellungnahmen können bis zum 16.06.2023 per E-Mail an plan@stadt.freiburg.de abgegeben werden."
    assert "plan@stadt.freiburg.de" in extract_deadlines(text, "de")[0].purpose


def test_past_deadline_of_a_consultation_is_not_a_deadline():
    text = "3.1 Twelve letters of objection were received by the deadline of 2 February 2024."
    assert dates_of(text, "en") == []


def test_deadline_spaetestens_am_in_german():
    text = "Die Unterlagen müssen spätestens am 15. März 2022 im Bürgeramt eingegangen sein."
    assert dates_of(text, "de") == [date(2022, 3, 15)]


def test_deadline_rueckmeldung_bis_in_german():
    facts = extract_deadlines("Rückmeldung bis 12.4.2021 an das Amt für Schule.", "de")
    assert facts[0].date == date(2021, 4, 12) and "Rückmeldung" in facts[0].purpose


def test_deadline_bitte_anmelden_in_german():
    assert dates_of("Bitte melden Sie sich bis spätestens 15.03.2022 an.", "de") == [date(2022, 3, 15)]


def test_deadline_anmeldeschluss_in_german():
    assert dates_of("Anmeldeschluss ist der 1. September 2021.", "de") == [date(2021, 9, 1)]


def test_deadline_frist_zur_stellungnahme_endet_in_german():
    facts = extract_deadlines("Die Frist zur Stellungnahme endet am 30.06.2021.", "de")
    assert [(f.date, f.purpose) for f in facts] == [(date(2021, 6, 30), "Stellungnahme")]


def test_deadline_purpose_drops_trailing_auxiliary_in_german():
    text = "Stellungnahmen können bis zum 15.04.2021 beim Amt für Mobilität eingereicht werden."
    assert not extract_deadlines(text, "de")[0].purpose.endswith("werden")


def test_statements_that_were_in_by_a_past_date_are_not_a_deadline():
    assert dates_of("Die Umweltverbände wurden beteiligt; ihre Stellungnahmen lagen bis zum 11.02.2022 vor.", "de") == []


def test_deadline_purpose_starts_at_the_sentence_after_a_year():
    text = "The case was sent on 22 February 2022. Residents can apply for exemptions by 30 June 2022."
    assert extract_deadlines(text, "en")[0].purpose == "Residents can apply for exemptions"


def test_deadline_compound_anmeldefrist_in_german():
    assert dates_of("Anmeldefrist: 15. Mai 2022", "de") == [date(2022, 5, 15)]


def test_limited_contract_befristet_is_not_a_deadline():
    assert dates_of("Die Stelle ist befristet bis zum 31.12.2022.", "de") == []


def test_exhibition_until_a_date_is_not_a_deadline_in_german():
    assert dates_of("Die Ausstellung läuft bis zum 30.06.2021 im Rathaus Bonn.", "de") == []


def test_plan_running_until_a_date_is_not_a_deadline_in_german():
    assert dates_of("Der Vertrag gilt bis zum 31.12.2025.", "de") == []


# --- English -----------------------------------------------------------------------------------


def test_deadline_by_with_comments_in_english():
    text = "Please send your comments to planning@leeds.gov.uk by 15 March 2022."
    assert dates_of(text, "en") == [date(2022, 3, 15)]


def test_deadline_no_later_than_in_english():
    assert dates_of("Responses must be received no later than 1 April 2022.", "en") == [date(2022, 4, 1)]


def test_deadline_with_a_time_before_the_date_in_english():
    assert dates_of("Please send responses by 5pm on 12 April 2023.", "en") == [date(2023, 4, 12)]


def test_deadline_with_a_time_before_the_date_in_danish():
    assert dates_of("Høringssvar skal sendes senest kl. 12.00 den 3. maj 2021.", "da") == [date(2021, 5, 3)]


def test_deadline_label_in_english():
    assert dates_of("Deadline: 3 May 2022", "en") == [date(2022, 5, 3)]


def test_deadline_for_applications_names_the_purpose():
    facts = extract_deadlines("The deadline for applications is 3 May 2022.", "en")
    assert facts[0].purpose == "Applications"


def test_consultation_that_closed_in_the_past_is_not_a_deadline():
    assert dates_of("This report follows public consultation, which closed on 28 February 2022.", "en") == []


def test_by_with_votes_is_not_a_deadline_in_english():
    assert dates_of("The council met on 3 May 2022 and decided by 12 votes to 3.", "en") == []


# --- across languages --------------------------------------------------------------------------


def test_deadline_repeated_in_a_text_is_listed_once():
    text = "Tilmelding senest 1. juni 2021.\n\nHusk: tilmelding skal ske senest den 1. juni 2021."
    assert dates_of(text) == [date(2021, 6, 1)]


def test_two_deadlines_are_listed_in_text_order():
    text = (
        "Bitte melden Sie sich bis zum 01.03.2022 an. "
        "Beiträge für die Dokumentation sind bis spätestens 15.04.2022 einzureichen."
    )
    assert dates_of(text) == [date(2022, 3, 1), date(2022, 4, 15)]


def test_document_date_is_not_a_deadline():
    assert dates_of("Dato: 19. august 2010\n\nKære alle") == []


def test_deadline_for_a_range_is_its_last_day():
    text = "Anmeldungen bitte bis spätestens 1.-3. März 2022 im Sekretariat abgeben."
    assert dates_of(text) == [date(2022, 3, 3)]


ODENSE_HEARING = """Dato: 2. februar 2023
Sagsnr.: 23/001122-4

Høring om forslag til ny cykelstrategi

Byrådet har den 25. januar 2023 vedtaget at sende forslaget i offentlig høring i perioden 3. februar
til 31. marts 2023. Der afholdes borgermøde tirsdag den 21. februar 2023 kl. 19.00 i Rådhushallen.

Høringssvar sendes til cykel@odense.dk senest den 31. marts 2023.

Med venlig hilsen
"""


def test_whole_hearing_letter_gives_exactly_its_response_deadline():
    assert dates_of(ODENSE_HEARING, "da") == [date(2023, 3, 31)]


@pytest.mark.skipif(not SHARED.exists(), reason="the shared seed papers are not on this machine")
@pytest.mark.parametrize("name", sorted(p.stem for p in (SHARED / "seeds").glob("*.txt")) if SHARED.exists() else [])
def test_seed_deadlines_match_gold(name):
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    found = extract_deadlines(text)
    assert sorted(d.date.isoformat() for d in found) == sorted(d["date"] for d in gold["deadlines"])
    assert all(d.purpose for d in found)


def test_a_deadline_without_its_year_falls_nearest_the_papers_own_meeting():
    # The prose names next year's budget last; the answer is due the day before the meeting.
    text = (
        "Beslutning i Social- og Sundhedsudvalget den 20. november 2024\n\n"
        "Puljen for 2025 fordeles efter ansøgning. Sagen sendes i høring i Ældrerådet. "
        "Høringssvar sendes til forvaltningen senest den 19. november.\n"
    )
    [deadline] = analyse(text).deadlines
    assert deadline.date == date(2024, 11, 19)
