"""General rules for the routes, deadlines, events and public flags the eleventh round missed.

Each rule is asserted by a paper of its own wording, not by the round's papers: a vendor's layout or
a genre's phrasing that councils share, never one council's.
"""

from townhall.reading.analysis import analyse


def test_route_row_is_public_by_its_sitting_column_when_a_status_column_beside_it_holds_the_outcome():
    text = """Vorlage DS/2026/0042

Betreff: Satzung über die Erhebung von Parkgebühren

Beratungsfolge:
Datum        Gremium                   Rolle           Sitzungsart       Status
12.02.2026   Verkehrsausschuss         Vorberatung     nichtöffentlich   ungeändert beschlossen
05.03.2026   Stadtrat                  Entscheidung    öffentlich        abgesetzt
"""
    steps = analyse(text).consultations
    assert [(step.organization, step.public) for step in steps] == [("Verkehrsausschuss", False), ("Stadtrat", True)]


def test_period_after_a_field_label_ends_on_its_second_date_as_the_deadline():
    text = """Bekanntmachung über die Beteiligung der Öffentlichkeit am Lärmaktionsplan

Einwendungsfrist: 02.02.2026 bis 06.03.2026

Innerhalb dieser Frist können Einwendungen beim Umweltamt erhoben werden.
"""
    assert [deadline.date.isoformat() for deadline in analyse(text).deadlines] == ["2026-03-06"]


def test_staff_report_prepared_for_a_committee_goes_on_to_the_council_meeting_it_names():
    text = """REPORT TO COMMITTEE

Prepared for: Planning and Development Committee
Meeting date: April 14, 2026
Report date: March 30, 2026

Title: Secondary Suites in Low-Density Zones

Recommendation:
That Council amend the zoning bylaw to permit secondary suites.

The committee's recommendation will be forwarded to the Council meeting of April 28, 2026.
"""
    steps = sorted((step.organization, step.date.isoformat()) for step in analyse(text).consultations)
    assert steps == [("Council", "2026-04-28"), ("Planning and Development Committee", "2026-04-14")]


def test_staff_report_prepared_for_a_committee_without_a_meeting_date_names_no_dated_step_from_its_report_date():
    text = """Prepared for: Finance Committee
Date: March 2, 2026

Title: Reserve Fund Policy Update

That the Finance Committee receive this report for information.
"""
    assert [(step.organization, step.date) for step in analyse(text).consultations if step.date] == []


def test_a_sentence_of_its_own_saying_the_matter_is_dealt_with_in_closed_session_makes_the_paper_closed():
    german = """Grundstücksangelegenheit Flurstück 88/2

Die Beratung erfolgt in nichtöffentlicher Sitzung.

Sachverhalt:
Die Stadt beabsichtigt, das Grundstück an einen ortsansässigen Handwerksbetrieb zu verkaufen.
"""
    danish = """Salg af byggegrund på Engvej

Punktet behandles på et lukket møde.

Sagsfremstilling
Kommunen har modtaget et bud på grunden.
"""
    english = """Review of Car Parking Charges

This report is open to the public.

1. Recommendation
1.1 That the charges set out in Appendix 1 are adopted.
"""
    assert (analyse(german).public, analyse(danish).public, analyse(english).public) == (False, False, True)


def test_a_planning_workshop_with_its_date_is_an_event():
    text = """Mitteilung an den Ortsbeirat

Zur Neugestaltung des Marktplatzes lädt das Stadtplanungsamt zu einer Planungswerkstatt am 7. Mai 2026
um 17 Uhr in die Alte Schule ein.
"""
    assert [event.start.isoformat() for event in analyse(text).events] == ["2026-05-07"]


def test_an_item_with_only_a_committee_decision_and_a_list_of_bilag_is_read_without_failing():
    text = """Tilskud til foreningsliv

Beslutning i Social- og Sundhedsudvalget den 03.03.2026
Godkendt.

Bilag:
Bilag 1 - Ansøgning (PDF, 120 KB)
"""
    card = analyse(text)
    assert [(step.organization, step.date.isoformat()) for step in card.consultations] == [
        ("Social- og Sundhedsudvalget", "2026-03-03")
    ]


def test_attachment_rows_whose_number_and_status_columns_ran_into_the_title_give_the_title_alone():
    text = """Beslutning i Teknisk Udvalg den 14-01-2026
Godkendt.

Bilag
1 Åben Trafiktælling Stationsvej 2025\t118204/25
2 Lukket Tilbud fra entreprenør\t4410/26
3 Åben Åben skole - notat om samarbejde\t9921/26
"""
    assert analyse(text).attachments == (
        "Trafiktælling Stationsvej 2025", "Tilbud fra entreprenør", "Åben skole - notat om samarbejde",
    )


def test_attachment_title_wrapped_inside_its_quotation_is_read_whole():
    text = """Beschlussvorlage

Betreff: Umbau der Grundschule am Anger

Anlagen

Anlage 1\tRaumprogramm der Grundschule „Am
Anger“
Anlage 2\tKostenberechnung
"""
    assert analyse(text).attachments == ("Raumprogramm der Grundschule „Am Anger“", "Kostenberechnung")
