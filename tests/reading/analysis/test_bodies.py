from datetime import date

from townhall.reading.analysis import analyse
from townhall.reading.analysis.bodies import body_and_date, tidy_addressees, tidy_route
from townhall.reading.card import ConsultationStep


def test_a_meeting_date_after_a_dash_is_not_part_of_the_body_name():
    assert body_and_date("Cabinet – 4th March 2025") == ("Cabinet", date(2025, 3, 4))


def test_a_danish_weekday_and_date_after_a_comma_is_not_part_of_the_body_name():
    assert body_and_date("Økonomiudvalget, tirsdag den 4. marts 2025", "da") == ("Økonomiudvalget", date(2025, 3, 4))


def test_a_german_date_after_am_is_not_part_of_the_body_name():
    assert body_and_date("Hauptausschuss am 12.05.2025", "de") == ("Hauptausschuss", date(2025, 5, 12))


def test_the_genre_of_a_record_before_a_body_is_dropped():
    assert body_and_date("Referat for Udvalget for Plan og Kultur", "da") == ("Udvalget for Plan og Kultur", None)


def test_a_term_of_office_in_a_body_name_stays():
    assert body_and_date("Byråd 2022-2025", "da") == ("Byråd 2022-2025", None)


def test_a_date_standing_alone_is_no_body():
    assert body_and_date("12.05.2025", "de") == ("12.05.2025", None)


def test_a_route_step_takes_the_date_its_body_name_carried():
    steps = tidy_route([ConsultationStep("CYPE Cabinet Committee - 21 November 2024"), ConsultationStep("Cabinet")], "en")
    assert [(step.organization, step.date) for step in steps] == [("CYPE Cabinet Committee", date(2024, 11, 21)), ("Cabinet", None)]


def test_a_route_step_keeps_its_own_date_over_the_one_in_its_name():
    (step,) = tidy_route([ConsultationStep("Cabinet – 4 March 2025", date(2025, 3, 5))], "en")
    assert (step.organization, step.date) == ("Cabinet", date(2025, 3, 5))


def test_addressees_named_twice_with_and_without_a_date_are_one():
    assert tidy_addressees(["Cabinet – 4 March 2025", "Cabinet"], "en") == ["Cabinet"]


# A Northern Irish borough council's committee report: its addressee line carries the meeting's date.
BOROUGH_REPORT = """Loughmore Borough Council

Committee: Leisure and Community Services Committee – 9 June 2025
Report title: Play Park Refurbishment Programme 2025/26
Reporting officer: Head of Parks

1. Purpose
To seek approval for the play park refurbishment programme for 2025/26.

2. Recommendation
That the Committee approves the programme set out in Appendix 1.
"""


def test_a_report_addressed_to_a_committee_with_its_meeting_date_names_the_committee_alone():
    card = analyse(BOROUGH_REPORT)
    assert list(card.addressees) == ["Leisure and Community Services Committee"]


def test_a_report_addressed_to_a_committee_with_its_meeting_date_is_on_that_meeting():
    card = analyse(BOROUGH_REPORT)
    assert [(step.organization, step.date) for step in card.consultations] == [
        ("Leisure and Community Services Committee", date(2025, 6, 9))
    ]


# A Danish dagsordenspunkt as a web page prints it: the body and its meeting on one line, no "Behandles i".
DAGSORDENSPUNKT = """Ældre- og Sundhedsudvalget, mandag den 16. juni 2025

7. Ny model for madservice

Sagsnr.: 25/08812

Resumé
Administrationen fremlægger en ny model for madservice til hjemmeboende ældre.

Indstilling
Administrationen indstiller, at udvalget godkender modellen.
"""


def test_an_agenda_item_is_addressed_to_the_one_body_on_its_route():
    card = analyse(DAGSORDENSPUNKT)
    assert card.kind == "agenda_item"
    assert list(card.addressees) == ["Ældre- og Sundhedsudvalget"]
