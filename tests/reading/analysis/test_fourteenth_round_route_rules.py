"""General rules added after the fourteenth round of route papers, each shown on a paper of its own wording.

The round's papers (``test_fourteenth_round_routes.py``) found the shapes; these papers state each rule in other
councils' words and guard the cases where the rule must not read: a period that is reported as over, an earlier
meeting named in passing.
"""

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import read_field


def _steps(card):
    return sorted((s.organization, s.date and s.date.isoformat()) for s in card.consultations)


def test_the_last_day_of_a_danish_hearing_period_is_its_deadline():
    card = analyse(
        """Skovlund Kommune
Plan og Byg

Dato: 12. august 2026

Forslag til kommuneplantillæg nr. 14 for solcelleanlæg ved Hvidmose

Forslaget er i offentlig høring i perioden fra den 17. august 2026 til den 12. oktober 2026.
Indsigelser og bemærkninger sendes til plan@skovlund.example.dk.
"""
    )
    assert read_field(card, "deadlines") == ["2026-10-12"]


def test_the_last_day_a_german_plan_is_laid_out_for_comments_is_its_deadline():
    card = analyse(
        """Gemeinde Tannbach
Bekanntmachung

Bebauungsplan „Am Sportplatz“ – Beteiligung der Öffentlichkeit

Die Auslegung erfolgt vom 04.05.2026 bis 05.06.2026 im Bauamt der Gemeinde Tannbach.

Tannbach, 20.04.2026
"""
    )
    assert read_field(card, "deadlines") == ["2026-06-05"]


def test_an_english_consultation_period_written_as_a_range_is_due_on_its_last_day():
    card = analyse(
        """Westmere Borough Council

Statement of Licensing Policy 2027-2032

Published: 1 September 2026

The consultation period runs from 7 September 2026 to 30 October 2026. Please send your comments to
licensing@westmere.example.gov.uk.
"""
    )
    assert read_field(card, "deadlines") == ["2026-10-30"]


def test_a_hearing_period_reported_as_over_is_no_deadline():
    card = analyse(
        """Gemeinde Tannbach
Beschlussvorlage

Betreff: Bebauungsplan „Am Sportplatz“ – Satzungsbeschluss

Datum: 10.07.2026

Die öffentliche Auslegung fand vom 04.05.2026 bis 05.06.2026 statt. Es gingen drei Stellungnahmen ein.
"""
    )
    assert read_field(card, "deadlines") == []


def test_a_decision_taken_unless_objections_are_received_by_a_day_sets_that_deadline():
    card = analyse(
        """Minutes of the Environment Committee held on 9 September 2026

Minute 41/26   Fees for Allotment Plots

RESOLVED - That the allotment fees be increased from 1 January 2027, provided that no representations are
received by 30 September 2026.
"""
    )
    assert read_field(card, "deadlines") == ["2026-09-30"]


def test_a_meeting_line_without_a_date_takes_the_meeting_day_under_it():
    card = analyse(
        """Havby Kommune
Økonomiudvalget – Referat
Mødedato: 8. september 2026

4. Budgetopfølgning pr. 30. juni 2026

Sagsnr.: 00.30.14-S00-2-26
Åben sag

Indstilling
Direktionen indstiller, at budgetopfølgningen tages til efterretning.
"""
    )
    assert _steps(card) == [("Økonomiudvalget", "2026-09-08")]


def test_a_vorberatung_line_names_the_body_that_advises_first():
    card = analyse(
        """Stadtgemeinde Almbach

Amtsvortrag
Sitzung des Gemeinderates am 14. Oktober 2026
Tagesordnungspunkt 9: Tarifanpassung Freibad

Vorberatung: Ausschuss für Sport und Freizeit am 29. September 2026

Antrag:
Der Gemeinderat möge die Tarife des Freibads ab der Saison 2027 wie beiliegend festsetzen.
"""
    )
    assert _steps(card) == [("Ausschuss für Sport und Freizeit", "2026-09-29"), ("Gemeinderat", "2026-10-14")]


def test_a_forward_plan_entry_gives_the_decision_maker_its_due_date_and_the_consultees_theirs():
    card = analyse(
        """Forward Plan of Key Decisions
Eastbrook City Council
Published: 2 October 2026

Item: Award of the Home Care Framework 2027-2031
Decision maker: Executive
Decision due date: 11 November 2026
Key decision: Yes
Consultees: Adult Social Care Scrutiny Panel, 27 October 2026
Lead officer: Head of Commissioning
"""
    )
    assert _steps(card) == [("Adult Social Care Scrutiny Panel", "2026-10-27"), ("Executive", "2026-11-11")]


def test_a_minutes_head_names_the_meeting_the_record_is_of():
    card = analyse(
        """Draft minutes of the Harbour Board held on 22 September 2026

Present: Councillors Kerr (Chair), Doyle and Ruane

1. Apologies
None were received.

2. Harbour Dues 2027
RESOLVED - That the harbour dues for 2027 be approved.
"""
    )
    assert _steps(card) == [("Harbour Board", "2026-09-22")]


def test_an_agendas_item_approving_earlier_minutes_is_not_its_meeting():
    card = analyse(
        """Harbour Board

Agenda

Tuesday 20 October 2026

1. Minutes of the Harbour Board held on 22 September 2026
To approve the minutes as a correct record.

2. Marina Extension
"""
    )
    assert _steps(card) == [("Harbour Board", "2026-10-20")]


def test_an_event_named_by_a_heading_takes_the_days_on_the_line_under_it():
    card = analyse(
        """Kommune Nordhavn
Kultur og Fritid

Foreningsseminar 2026

Lørdag den 7. november 2026, kl. 9.30-15.00
Nordhavn Bibliotek, Store Sal

Dagens program byder på oplæg om frivillighed og fundraising.
"""
    )
    assert read_field(card, "events") == ["2026-11-07"]


def test_a_route_list_whose_lines_were_joined_gives_one_step_per_dated_line_named_without_its_sitting_word():
    card = analyse(
        """Harrow Vale Council

Report title: Library Service Review
Report of: Head of Culture
Date: 20 April 2026

Future pathway of report:
Communities Scrutiny Committee Meeting – 12 May 2026
Cabinet Meeting – 2 June 2026

Summary
This report sets out options for the future of the library service.
"""
    )
    assert _steps(card) == [("Cabinet", "2026-06-02"), ("Communities Scrutiny Committee", "2026-05-12")]


def test_a_danish_route_sentence_names_the_deciding_body_after_inden_or_foer():
    card = analyse(
        """Ålbæk Kommune
Social og Sundhed

Dato: 12. maj 2026

Ny plan for rehabilitering

Sagen forelægges Social- og Sundhedsudvalget den 2. juni 2026 og Økonomiudvalget den 9. juni 2026, før
Kommunalbestyrelsen træffer beslutning den 23. juni 2026.

Planen samler genoptræning og hjemmepleje i ét forløb.
"""
    )
    assert _steps(card) == [
        ("Kommunalbestyrelsen", "2026-06-23"), ("Social- og Sundhedsudvalget", "2026-06-02"), ("Økonomiudvalget", "2026-06-09"),
    ]


def test_the_items_number_goes_to_the_step_of_the_meeting_its_head_names():
    card = analyse(
        """Marktgemeinde Hollenau

Amtsbericht
Sitzung des Gemeinderates am 8. Oktober 2026
Tagesordnungspunkt 11: Kindergarten Hollenau – Zubau einer Gruppe

Vorberatung: Ausschuss für Bildung und Familie am 24. September 2026

Antrag:
Der Gemeinderat möge den Zubau einer vierten Kindergartengruppe beschließen.
"""
    )
    assert sorted((s.organization, s.agenda_item) for s in card.consultations) == [
        ("Ausschuss für Bildung und Familie", None), ("Gemeinderat", "11"),
    ]
