"""General rules added after the thirteenth round of route papers, each shown on a paper of its own wording.

The round's papers (``test_thirteenth_round_routes.py``) found the shapes; these papers state each rule in a
different council's words, so that a rule is kept only where it reads more than the paper that showed it.
"""

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


def _steps(card):
    return [(s.organization, s.date and s.date.isoformat(), s.agenda_item, s.public) for s in card.consultations]


def test_a_documents_label_lists_attachments_in_a_text_that_names_no_attachment_word():
    card = analyse(
        """Borough of Fenwick

Notice of intention to make a Traffic Regulation Order

Issued: 4 May 2026

The Council proposes to introduce waiting restrictions on Mill Lane.

Documents:
Draft order
Plan of the restrictions
Statement of reasons
"""
    )
    assert fold(read_field(card, "attachments")) == fold(["Draft order", "Plan of the restrictions", "Statement of reasons"])


def test_a_danish_vedlagt_heading_over_a_list_gives_its_titles():
    card = analyse(
        """Egeby Kommune
Teknik og Miljø

Dato: 3. juni 2026

Varsel om påbud om udbedring af privat fællesvej

Kommunen varsler hermed påbud om istandsættelse af Kirkestien.

Vedlagt:
Kort over vejstrækningen
Overslag over udgifterne
"""
    )
    assert fold(read_field(card, "attachments")) == fold(["Kort over vejstrækningen", "Overslag over udgifterne"])


def test_a_consultation_that_opens_and_closes_in_one_sentence_is_due_on_its_closing_day():
    card = analyse(
        """Harrowgate City Council

Have your say on the draft Play Strategy

The consultation period starts on 1 June 2026 and ends on 12 July 2026.
"""
    )
    assert read_field(card, "deadlines") == ["2026-07-12"]


def test_a_danish_hearing_that_opens_and_closes_in_one_sentence_is_due_on_its_closing_day():
    card = analyse(
        """Søby Kommune

Offentlig høring af forslag til klimaplan

Høringen starter den 2. juni 2026 og slutter den 30. juni 2026.
"""
    )
    assert read_field(card, "deadlines") == ["2026-06-30"]


def test_an_event_named_as_a_line_label_with_its_place_and_day_is_announced():
    card = analyse(
        """Brøndlev Kommune

Ny skolestruktur i Brøndlev

Borgermøde: Brøndlev Hallen, torsdag den 4. juni 2026 kl. 19.00

Alle er velkomne.
"""
    )
    assert read_field(card, "events") == ["2026-06-04"]


def test_an_event_word_in_a_label_without_a_day_announces_nothing_dated():
    card = analyse(
        """Brøndlev Kommune

Referat fra borgermøde om skolestruktur

Borgermøde: referatet er udsendt til alle deltagere.
"""
    )
    assert read_field(card, "events") == []


def test_a_committee_that_considered_a_report_at_its_meeting_is_a_step_before_the_body_it_is_addressed_to():
    card = analyse(
        """Aberlyn Council

Report to: Full Council
Date of meeting: 21 May 2026
Report of: Director of Finance

Title: Council Tax Reduction Scheme 2027/28

Pre-decision scrutiny
The Resources Overview Committee scrutinised the proposed scheme at its meeting held on 28 April 2026 and
supported it.

Recommendation
That Council adopts the scheme.
"""
    )
    assert fold(read_field(card, "consultations")) == fold([
        ("Full Council", "2026-05-21"), ("Resources Overview Committee", "2026-04-28"),
    ])


def test_a_sitting_line_of_a_sitzungsverlauf_is_a_step_with_its_flag_and_item():
    card = analyse(
        """Stadt Aubach
Referat 3

Sitzungsvorlage Nr. 2026/071
Aubach, 09.03.2026

Sitzungsverlauf:
Sitzung des Bauausschusses am 18.03.2026, nichtöffentlich, TOP 2
Sitzung des Stadtrates am 02.04.2026, öffentlich, TOP 7

Betreff: Vergabe der Rohbauarbeiten für die Grundschule Nord
"""
    )
    assert fold(_steps(card)) == fold([
        ("Bauausschuss", "2026-03-18", "2", False), ("Stadtrat", "2026-04-02", "7", True),
    ])


def test_rows_under_a_heading_of_earlier_decisions_are_not_the_papers_route():
    card = analyse(
        """Town of Larkfield
Staff Report

To:            Council
Meeting date:  April 14, 2026
From:          Planning Services

Downtown Parking Review

Prior Council Actions
Date               Body        Action
May 6, 2025        Council     Directed staff to review downtown parking
January 9, 2024    Council     Adopted the Downtown Plan

Recommendation
That Council approve the parking changes in Attachment A.
"""
    )
    assert fold(read_field(card, "consultations")) == fold([("Council", "2026-04-14")])


def test_a_german_table_of_earlier_decisions_is_not_the_route():
    card = analyse(
        """Gemeinde Talheim
Hauptamt

Beschlussvorlage
Datum: 02.03.2026

Betreff: Erweiterung des Kindergartens Sonnenschein

Beratungsfolge:
Gremium\tSitzung am\tZuständigkeit
Gemeinderat\t19.03.2026\tEntscheidung

Bisherige Beschlüsse
Gremium\tDatum\tBeschluss
Gemeinderat\t14.11.2024\tGrundsatzbeschluss zur Erweiterung
Technischer Ausschuss\t05.02.2025\tVergabe der Planung
"""
    )
    assert fold(read_field(card, "consultations")) == fold([("Gemeinderat", "2026-03-19")])


def test_a_labelled_item_number_on_a_line_naming_body_and_sitting_gives_that_steps_item():
    card = analyse(
        """Stadt Hohenwart                                     Vorlage Nr. 2026/0302
Ordnungsamt                                         Datum: 11.02.2026

Beschlussvorlage

Betreff: Sondernutzungssatzung für Außengastronomie

Beratungsfolge:
Gremium                                   Sitzung am     Zuständigkeit
Hauptausschuss                            25.02.2026     Vorberatung
Gemeinderat                               12.03.2026     Entscheidung

Auszug aus der Niederschrift
Gremium: Hauptausschuss      Sitzung am: 25.02.2026      Tagesordnungspunkt: 9
Der Hauptausschuss empfiehlt die Satzung mit 8 Ja-Stimmen.
"""
    )
    assert sorted((s.organization, s.agenda_item) for s in card.consultations) == [
        ("Gemeinderat", None), ("Hauptausschuss", "9"),
    ]


def test_an_event_named_again_by_the_end_of_its_compound_with_a_day_it_is_held_again_is_announced():
    card = analyse(
        """Ortsbeirat Lindenhof
Niederschrift über die Sitzung vom 02.03.2026

TOP 4 Berichte aus dem Stadtteil
Frau Albers berichtet vom Frühjahrsputz-Stadtteilfest im letzten Jahr, an dem rund 200 Gäste teilnahmen.
Das Fest soll am 13.06.2026 auf dem Marktplatz wiederholt werden.
"""
    )
    assert "2026-06-13" in read_field(card, "events")


def test_a_thing_named_again_whose_first_naming_is_no_event_announces_nothing():
    card = analyse(
        """Ortsbeirat Lindenhof
Niederschrift über die Sitzung vom 02.03.2026

TOP 5 Verkehr
Die Verwaltung berichtet über die Baustellenampel an der Hauptstraße. Die Ampel soll am 20.04.2026 abgebaut werden.
"""
    )
    assert read_field(card, "events") == []


def test_a_body_a_report_is_recommended_on_to_for_decision_on_a_day_is_the_next_step():
    card = analyse(
        """Report to: Housing Scrutiny Panel
Date of meeting: 3 September 2026
Report of: Head of Housing

Subject: Tenancy Strategy Refresh

Recommendation
That the Panel refers the refreshed strategy to the Executive for approval at its meeting on 1 October 2026.
"""
    )
    assert fold(read_field(card, "consultations")) == fold([
        ("Executive", "2026-10-01"), ("Housing Scrutiny Panel", "2026-09-03"),
    ])


def test_a_body_a_report_is_recommended_on_to_without_a_day_adds_no_dated_step():
    card = analyse(
        """Report to: Housing Scrutiny Panel
Date of meeting: 3 September 2026

Subject: Tenancy Strategy Refresh

Recommendation
That the Panel refers the refreshed strategy to the Executive for approval in due course.
"""
    )
    assert fold(read_field(card, "consultations")) == fold([("Housing Scrutiny Panel", "2026-09-03")])


def test_a_danish_case_sent_on_to_a_later_meeting_of_another_body_adds_that_step_to_the_decision_read():
    card = analyse(
        """Egeby Kommune
Teknik- og Miljøudvalget
Dagsorden til mødet den 2. september 2026

7. Ny parkeringsnorm for boliger

Indstilling
Forvaltningen indstiller, at normen godkendes, og at sagen oversendes til økonomiudvalgets møde den 16. september 2026.

Beslutning i Teknik- og Miljøudvalget den 2. september 2026
Anbefales.
"""
    )
    assert fold(read_field(card, "consultations")) == fold([
        ("Teknik- og Miljøudvalget", "2026-09-02"), ("Økonomiudvalget", "2026-09-16"),
    ])
