"""The rules the eighteenth round's route papers asked for, each stated by a paper of its own wording.

The round's papers (``test_eighteenth_round_routes.py``) found the shapes; these papers state each rule in another
council system's layout and words, and guard the cases where a rule must not read.
"""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.public import find_public

from tests.reading.analysis.card_values import read_field


def test_item_label_with_a_number_sign_gives_the_agenda_item():
    text = """TOWN OF BIRCH LAKE
BOARD OF TRUSTEES
Agenda Item #: 14
Meeting Date: 06/02/2026

Subject: Snow removal contract renewal
"""
    assert analyse(text).references.agenda_item == "14"


def test_members_greeted_before_their_body_are_no_part_of_its_name():
    text = """STAFF REPORT

To:             Mayor and Members of Council
Meeting Date:   June 8, 2026
Item:           8.3
Report Number:  PW-2026-031
Subject:        Sidewalk Winter Maintenance Levels

Recommendation
That Council approve the winter maintenance levels set out in this report.
"""
    card = analyse(text)
    assert read_field(card, "rows") == [("Council", "2026-06-08", None, "8.3", None)]
    assert card.addressees == ("Council",)


def test_body_a_report_is_forwarded_to_at_its_meeting_of_a_day_is_the_next_step():
    text = """Report to: Community Services Committee
Meeting date: 2 June 2026

Library Opening Hours Review

Next steps
If the Committee supports the proposal, the report will be submitted to the Council at its meeting of 23 June 2026.
The results will be reported to the Council in due course.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Community Services Committee", "2026-06-02"), ("Council", "2026-06-23"),
    ]


def test_meeting_day_written_weekday_first_after_its_words_is_read():
    text = """Report to: Audit Committee
Date of meeting: 12 May 2026

Internal Audit Plan 2026/27

The Cabinet will consider the plan at its meeting on Thursday, 28 May 2026.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Audit Committee", "2026-05-12"), ("Cabinet", "2026-05-28"),
    ]


def test_body_that_reviewed_the_paper_on_a_day_and_voted_to_recommend_it_is_the_step_before():
    text = """Riverbend Unified School District
Board of Education
Meeting Date: March 17, 2026
Agenda Item No. 9

Award of Roofing Contract, Lincoln Elementary

The Facilities Committee reviewed the bids on March 3, 2026 and voted unanimously to recommend award to the lowest
responsive bidder.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Board of Education", "2026-03-17"), ("Facilities Committee", "2026-03-03"),
    ]


def test_body_that_reviewed_the_paper_on_a_day_without_passing_it_on_is_no_step():
    text = """Riverbend Unified School District
Board of Education
Meeting Date: March 17, 2026
Agenda Item No. 9

Award of Roofing Contract, Lincoln Elementary

The Facilities Committee reviewed the bids on March 3, 2026 and asked staff for a second opinion on the warranty.
"""
    assert read_field(analyse(text), "consultations") == [("Board of Education", "2026-03-17")]


def test_body_name_wrapped_after_its_joining_word_is_read_whole():
    text = """Report to: Council
Meeting date: 16 June 2026

Coastal Path Signage

The signage plan was prepared with the rangers. The Environment and
Heritage Committee considered the plan at its meeting on 2 June 2026 and recommended it to the Council.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Council", "2026-06-16"), ("Environment and Heritage Committee", "2026-06-02"),
    ]


def test_item_label_with_its_part_in_brackets_before_the_title_says_the_status():
    assert find_public("Niederschrift\n\nTOP 6 (nichtöffentlich): Grundstücksangelegenheit Flurstück 12/4\n") is False
    assert find_public("Referat\n\nPunkt 2 (åbent): Budgetopfølgning\n") is True


def test_route_row_whose_cells_stand_apart_by_wide_gaps_gives_the_body_apart_from_its_result():
    text = """Beschlussvorlage 2026/118

Behandlungsverlauf
12.05.2026   Ausschuss für Bildung und Sport      Zustimmung
02.06.2026  Stadtrat   Genehmigung

Sachverhalt
Die Turnhalle der Grundschule Am Wall wird saniert.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Ausschuss für Bildung und Sport", "2026-05-12"), ("Stadtrat", "2026-06-02"),
    ]


def test_what_a_route_row_says_the_body_does_in_lower_case_is_no_part_of_its_name():
    text = """Notat

Forløb
3.3.2026 Børne- og Ungeudvalget drøfter modellen
7.4.2026 Byrådet godkender modellen

Baggrund
Modellen for dagtilbud skal revideres.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Byrådet", "2026-04-07"), ("Børne- og Ungeudvalget", "2026-03-03"),
    ]


def test_route_list_under_a_decision_pathway_label_gives_bodies_with_their_part_in_lower_case_brackets():
    text = """Report to: Cabinet
Date of meeting: 9 July 2026

Title: Parking Charges Review

Decision pathway:
Place Overview and Scrutiny Committee (for comment) – 24 June 2026
Cabinet – 9 July 2026
"""
    assert read_field(analyse(text), "rows") == [
        ("Place Overview and Scrutiny Committee", "2026-06-24", "for comment", None, None),
        ("Cabinet", "2026-07-09", None, None, None),
    ]


def test_annexes_numbered_in_roman_numerals_are_each_an_attachment():
    text = """Report to the Community Council

Appendices:
Appendix I – Play Park Survey Results
Appendix II – Quote from Contractor
Appendix III – Site Photographs
"""
    assert sorted(find_attachments(text)) == ["Play Park Survey Results", "Quote from Contractor", "Site Photographs"]


def test_report_without_a_meeting_of_its_own_is_an_item_of_the_meeting_its_form_addresses():
    text = """Report to: Licensing Committee
Date of meeting: 15 July 2026
Item No: 5

Title: Street Trading Policy

Decision route:
Licensing Committee – 15 July 2026
Full Council – 22 July 2026
"""
    rows = read_field(analyse(text), "rows")
    assert ("Licensing Committee", "2026-07-15", None, "5", None) in rows
    assert ("Full Council", "2026-07-22", None, None, None) in rows
