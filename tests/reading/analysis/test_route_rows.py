"""Route rows told by what they hold: a body's name and a date, in any order and any date form."""

from datetime import date

import pytest

from townhall.reading.analysis import analyse
from townhall.reading.analysis.route.rows import route_row


@pytest.mark.parametrize(
    ("line", "body", "day"),
    [
        ("Planudvalget 14.01.2026", "Planudvalget", date(2026, 1, 14)),
        ("14/01/2026 Planudvalget", "Planudvalget", date(2026, 1, 14)),
        ("Planudvalget – 2026-01-14", "Planudvalget", date(2026, 1, 14)),
        ("Kommunalbestyrelsen den 14. januar 2026", "Kommunalbestyrelsen", date(2026, 1, 14)),
        ("Behandles i Udvalget for Børn og Skole den 14. januar 2026", "Udvalget for Børn og Skole", date(2026, 1, 14)),
        ("Werkausschuss am 14. Januar 2026", "Werkausschuss", date(2026, 1, 14)),
        ("Ausschuss für Umwelt und Verkehr 14.01.26", "Ausschuss für Umwelt und Verkehr", date(2026, 1, 14)),
        ("Licensing Committee, 14th January 2026", "Licensing Committee", date(2026, 1, 14)),
        ("Full Council on 14 January 2026", "Full Council", date(2026, 1, 14)),
    ],
)
def test_a_route_row_gives_its_body_and_date_whatever_the_order_and_date_form(line, body, day):
    step = route_row(line)
    assert step is not None
    assert (step.organization, step.date) == (body, day)


def test_a_route_row_keeps_its_role_agenda_item_and_public_flag():
    step = route_row("Beratung im Kreisausschuss am 09.02.2026, TOP 4, nicht öffentlich, Vorberatung")
    assert (step.organization, step.date, step.agenda_item, step.public, step.role) == (
        "Kreisausschuss", date(2026, 2, 9), "4", False, "Vorberatung")
    step = route_row("Scrutiny Board – 9 February 2026 – for information (item 6)")
    assert (step.organization, step.role, step.agenda_item) == ("Scrutiny Board", "for information", "6")


@pytest.mark.parametrize(
    "line",
    [
        "Byrådet vedtog den 3. maj 2025 en ny plan.",
        "Den 3. maj 2025 besluttede Byrådet at udsætte sagen",
        "Der Stadtrat hat am 3. Mai 2025 beschlossen",
        "The Committee noted the report on 3 May 2025",
        "Planudvalget 03.05.2025 og 10.05.2025",  # two dates: a list, not one row
        "Budget 2025-2028",
    ],
)
def test_a_sentence_or_a_line_with_more_than_a_name_and_a_date_is_no_route_row(line):
    assert route_row(line) is None


def test_a_danish_case_history_with_the_body_before_its_date_becomes_the_route():
    text = (
        "12. Ny skolestruktur\n\nSagsnr.: 26-000417\n\nSagsfremstilling\n\nForvaltningen har udarbejdet et oplæg "
        "til en ny skolestruktur.\n\nSagens behandling\n\nUdvalget for Børn og Skole 07.01.2026\nAnbefales.\n\n"
        "Økonomiudvalget 14.01.2026\nAnbefales.\n\nIndstilling\n\nForvaltningen indstiller, at oplægget godkendes."
    )
    card = analyse(text)
    assert [(s.organization, s.date) for s in card.consultations] == [
        ("Udvalget for Børn og Skole", date(2026, 1, 7)), ("Økonomiudvalget", date(2026, 1, 14))]


def test_an_english_report_lists_the_bodies_it_went_to_with_written_dates():
    text = (
        "Report to Cabinet\n\nSubject: Review of parking charges\n\nDecision route:\n"
        "Environment Scrutiny Committee – 2nd February 2026\nCabinet – 19th February 2026\n\n"
        "1. Summary\n\nThis report sets out a review of parking charges in the district."
    )
    card = analyse(text)
    assert [(s.organization, s.date) for s in card.consultations][:2] == [
        ("Environment Scrutiny Committee", date(2026, 2, 2)), ("Cabinet", date(2026, 2, 19))]


def test_a_case_procedure_joined_by_unknown_words_is_split_by_the_bodies_its_history_names():
    text = (
        "4. Ny cykelsti\n\nSagsnr.: 26-000901\n\nSagsprocedure\n\nTeknikudvalget samt derpå Økonomiudvalget, endeligt Byrådet\n\n"
        "Indstilling\n\nForvaltningen indstiller, at stien anlægges.\n\nSagens forløb\n\n"
        "Teknikudvalget 05.01.2026\nAnbefales.\n\nØkonomiudvalget 12.01.2026\nAnbefales."
    )
    card = analyse(text)
    assert [(s.organization, s.date) for s in card.consultations] == [
        ("Teknikudvalget", date(2026, 1, 5)), ("Økonomiudvalget", date(2026, 1, 12)), ("Byrådet", None)]


def test_a_decision_heading_names_its_body_in_sentence_case_with_its_abbreviation():
    step = route_row("Beslutning i Udvalget for teknik, miljø og trafik (TMT) den 08-01-2026")
    assert (step.organization, step.date) == ("Udvalget for teknik, miljø og trafik (TMT)", date(2026, 1, 8))


def test_a_name_in_sentence_case_without_a_word_that_announces_a_body_is_no_row():
    assert route_row("Udvalget for teknik godkendte planen 08-01-2026") is None


def test_a_report_dated_by_its_body_is_no_route_row():
    assert route_row("REPORT OF THE LICENSING COMMITTEE dated March 4, 2026") is None
