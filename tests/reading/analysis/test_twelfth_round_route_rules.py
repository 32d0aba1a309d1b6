"""General rules for routes, dates, deadlines, public flags and attachment lists added after the twelfth round.

Each test reads a short paper of its own wording, not one of the round's papers, in the shape the rule
reads (`bench/results/cards_heldout.md`, twelfth round, routes and deadlines).
"""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.public import find_public


def _steps(card):
    return [(step.organization, step.date and step.date.isoformat(), step.role) for step in card.consultations]


def test_a_danish_route_table_gives_each_committee_its_part_from_a_column_of_role_words():
    card = analyse(
        "Østerby Kommune\n\nNy plan for legepladser\n\nBehandlet i\n"
        "Udvalg                      Dato          Handling\n"
        "Børne- og Ungeudvalget      03-03-2026    Høring\n"
        "Økonomiudvalget             10-03-2026    Indstilling\n"
        "Kommunalbestyrelsen         18-03-2026    Beslutning\n\n"
        "Sagsfremstilling\nForvaltningen har gennemgået kommunens 41 legepladser.\n"
    )
    assert _steps(card) == [
        ("Børne- og Ungeudvalget", "2026-03-03", "Høring"),
        ("Økonomiudvalget", "2026-03-10", "Indstilling"),
        ("Kommunalbestyrelsen", "2026-03-18", "Beslutning"),
    ]


def test_a_route_tables_header_in_words_the_lexicon_lacks_is_neither_a_step_nor_an_event():
    card = analyse(
        "Region Nordkyst\n\nSag: Fælles indkøb af ambulancer\n\nSagsforløb\n"
        "Dato          Mødeforum                 Handling\n"
        "02.04.2026    Forretningsudvalget       Indstilling\n"
        "15.04.2026    Regionsrådet              Beslutning\n\n"
        "Sagsfremstilling\nDe nuværende kontrakter udløber i 2027.\n"
    )
    assert [step.organization for step in card.consultations] == ["Forretningsudvalget", "Regionsrådet"]
    assert card.events == ()


def test_a_date_label_at_the_right_of_a_joined_header_line_dates_the_paper():
    card = analyse(
        "Stadt Weißenfeld Vorlage 2026/044\nFachbereich Finanzen Datum: 03.03.2026\n\n"
        "Betreff: Haushaltssperre für das Jahr 2026\n\nSachverhalt:\nDie Steuereinnahmen liegen 4 Mio. Euro unter dem Plan.\n"
    )
    assert card.date.isoformat() == "2026-03-03"


def test_a_withheld_label_answered_in_the_next_cell_sets_the_public_flag():
    assert find_public("Report Author:\tHead of Parks\nConfidential:\tNo\n") is True
    assert find_public("Report Author:\tHead of Parks\nExempt:\tYes\n") is False


def test_an_attachments_page_count_is_no_part_of_its_title():
    text = "Anlagen:\n1. Lageplan (4 Seiten)\n2. Kostenschätzung [2 pages]\n3. Baubeschreibung [7.1.3 - 12 pages]\n"
    assert find_attachments(text) == ["Lageplan", "Kostenschätzung", "Baubeschreibung"]


def test_a_numbered_attachment_list_on_the_headings_own_line_gives_each_title():
    text = "Resolution 2026-31\n\nAttachments: 1. Site Plan, 2. Traffic Study - Phase 2, 3. Letter of Support\n"
    assert find_attachments(text) == ["Site Plan", "Traffic Study - Phase 2", "Letter of Support"]


def test_objections_and_call_in_by_a_day_are_deadlines():
    german = analyse(
        "Gemeinde Lindach\n\nBekanntmachung\n\nDer Entwurf der Satzung liegt im Rathaus aus. "
        "Einwendungen gegen den Entwurf sind bis zum 12. Mai 2026 möglich.\n"
    )
    english = analyse(
        "Decision notice\n\nDecision: To close the public toilets at Marine Parade.\n\n"
        "Any three councillors may call in this decision before 4pm on 22 April 2026.\n"
    )
    assert [deadline.date.isoformat() for deadline in german.deadlines] == ["2026-05-12"]
    assert [deadline.date.isoformat() for deadline in english.deadlines] == ["2026-04-22"]


def test_slash_dates_are_read_month_first_where_the_document_writes_them_so():
    text = "Minutes approved 4/21/2026.\nThe hearing of 4/7/2026 was continued to 5/5/2026.\n"
    assert [mention.start.isoformat() for mention in find_dates(text)] == ["2026-04-21", "2026-04-07", "2026-05-05"]
    # where no slash date can only be month-first, the day comes first as before
    assert find_dates("Mødet den 4/7/2026")[0].start.isoformat() == "2026-07-04"


def test_a_slash_date_in_a_route_row_is_read_in_the_order_of_the_whole_document():
    card = analyse(
        "City of Fairhaven\nLegislative History\n\n"
        "Date\tAction By\tAction\n"
        "3/9/2026\tPlanning Commission\trecommended\n"
        "3/24/2026\tCity Council\tapproved\n"
    )
    assert [(step.organization, step.date.isoformat()) for step in card.consultations] == [
        ("Planning Commission", "2026-03-09"), ("City Council", "2026-03-24"),
    ]


def test_the_kind_of_sitting_is_no_part_of_the_bodys_name():
    card = analyse(
        "SPECIAL COMMITTEE MEETING                                   9 MARCH 2026\n\n"
        "Item 4.1    Review of Parking Fees\n\nRECOMMENDATION\nThat the fees remain unchanged.\n"
    )
    assert [(step.organization.casefold(), step.date.isoformat()) for step in card.consultations] == [("committee", "2026-03-09")]


def test_a_body_that_deals_with_the_paper_at_its_sitting_is_a_step_and_the_commission_is_the_one_named_before():
    card = analyse(
        "Gemeinde Riedbach\nGemeinderat\n\nBericht und Antrag an den Einwohnerrat\n\n"
        "Neubau des Feuerwehrmagazins\n\n"
        "Das Geschäft wurde der Geschäftsprüfungskommission Riedbach zugewiesen. Die Kommission behandelt den "
        "Bericht an ihrer Sitzung vom 14. April 2026. Der Einwohnerrat berät die Vorlage in seiner Sitzung am "
        "7. Mai 2026.\n"
    )
    assert sorted((step.organization, step.date.isoformat()) for step in card.consultations) == [
        ("Einwohnerrat", "2026-05-07"), ("Geschäftsprüfungskommission Riedbach", "2026-04-14"),
    ]


def test_a_later_meeting_the_head_says_the_report_goes_on_to_is_a_further_step():
    card = analyse(
        "Harbour Town Council\n\nReport to the Harbour Committee meeting of 3 March 2026\n\n"
        "Renewal of the mooring licences\n\n"
        "The Committee's recommendation will be put before the meeting of Full Council on 17 March 2026 for approval.\n"
    )
    dated = sorted((step.organization, step.date.isoformat()) for step in card.consultations)
    assert dated == [("Full Council", "2026-03-17"), ("Harbour Committee", "2026-03-03")]


def test_an_earlier_bodys_closed_session_does_not_make_the_paper_closed():
    text = (
        "Stadt Nordhafen\nöffentlich\n\nVorlage BV/031/2026\n\n"
        "Beratungsfolge\tStatus\tTermin\n"
        "Dienstberatung der Bürgermeisterin\tnicht öffentlich\t02.03.2026\n"
        "Stadtrat\t\t25.03.2026\n\n"
        "Betreff: Sanierung der Hafenmauer\n\nBeschlussvorschlag:\nDer Stadtrat beschließt die Sanierung.\n"
    )
    assert analyse(text).public is True
    # without a marker of its own the paper's flag is unknown, not the earlier body's
    assert analyse(text.replace("öffentlich\n\nVorlage", "Vorlage")).public is None
