"""General rules for routes, meetings and events that the tenth round of cold reading asked for.

Each rule reads a layout many councils or council systems share; each test is a paper of its own wording.
"""

from datetime import date

from townhall.reading.analysis import analyse
from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.consultations import extract_consultations
from townhall.reading.analysis.events import extract_events


def _steps(card):
    return [(step.organization, step.date) for step in card.consultations]


# --- an invitation's own date field under the sentence that names the event ----------------------

DANISH_INVITATION = """Invitation

Byrådet inviteres hermed til temadag om den nye klimaplan.

Tidspunkt: torsdag den 6. november 2025 kl. 9.00-15.00
Sted: Rådhusets festsal

Venlig hilsen
Sekretariatet
"""


def test_a_date_field_under_the_sentence_that_names_an_event_dates_it():
    events = extract_events(DANISH_INVITATION, "da")
    assert [(event.start, event.place) for event in events] == [(date(2025, 11, 6), "Rådhusets festsal")]


ENGLISH_INVITATION = """Dear Councillor,

You are invited to a member briefing session on the new waste collection contract.

Date and time: Wednesday 14 January 2026, 6pm to 7.30pm
Venue: Committee Room 2, Civic Centre
"""


def test_an_english_invitation_takes_the_date_of_its_date_and_time_field():
    events = extract_events(ENGLISH_INVITATION, "en")
    assert [event.start for event in events] == [date(2026, 1, 14)]


PAPER_DATE_FIELD_ONLY = """Stadt Beispielstadt

Mitteilungsvorlage

Datum: 02.02.2026

Der geplante Workshop zur Schulentwicklung entfällt.
"""


def test_a_papers_own_date_field_gives_no_event_its_date():
    assert extract_events(PAPER_DATE_FIELD_ONLY, "de") == []


# --- route tables whose item cell carries the sitting's part ("Ö 3", "N 5") ----------------------

ROUTE_WITH_FLAGGED_ITEMS = """Beschlussvorlage

Beratungsfolge:
Datum        Gremium                         Zuständigkeit   TOP
11.03.2026   Umweltausschuss                 Vorberatung     N 5
25.03.2026   Gemeinderat                     Entscheidung    Ö 3

Betreff: Vergabe der Straßenreinigung
"""


def test_the_public_flag_before_a_route_rows_item_number_is_read_apart_from_it():
    card = analyse(ROUTE_WITH_FLAGGED_ITEMS)
    assert [(step.organization, step.agenda_item, step.public) for step in card.consultations] == [
        ("Umweltausschuss", "5", False), ("Gemeinderat", "3", True),
    ]


# --- a meeting history line with a weekday and a time -------------------------------------------

MEETING_HISTORY = """Issue details

Review of parking charges

Meeting history
Transport Overview and Scrutiny Committee - Monday, 3rd November, 2025 7.00 pm - Item 6
Executive - Tuesday, 18th November, 2025 2.00 pm - Item 9
"""


def test_meeting_history_lines_with_their_start_time_are_route_steps_with_items():
    card = analyse(MEETING_HISTORY)
    assert [(step.organization, step.date, step.agenda_item) for step in card.consultations] == [
        ("Transport Overview and Scrutiny Committee", date(2025, 11, 3), "6"),
        ("Executive", date(2025, 11, 18), "9"),
    ]


def test_a_document_links_file_type_and_size_are_no_part_of_the_attachments_title():
    text = "Supporting documents:\nAppendix 1 - Site plan PDF 1.2 MB\nAppendix 2 - Consultation responses DOCX, 88 KB\n"
    assert find_attachments(text) == ["Site plan", "Consultation responses"]


# --- a route list that gives several bodies each with its date on one line ---------------------

def test_a_route_field_with_several_dated_bodies_on_one_line_gives_each_its_date():
    text = (
        "Aalund Kommune\n\nNy affaldsordning for sommerhuse\n\nBehandlingsforløb: Teknisk Udvalg den 3. marts 2026, "
        "Økonomiudvalget den 10. marts 2026 og Byrådet den 24. marts 2026\n\nSagsfremstilling\nOrdningen udvides.\n"
    )
    assert _steps(analyse(text)) == [
        ("Teknisk Udvalg", date(2026, 3, 3)), ("Økonomiudvalget", date(2026, 3, 10)), ("Byrådet", date(2026, 3, 24)),
    ]


def test_a_german_route_list_of_dated_bodies_keeps_each_date():
    text = (
        "Vorlage Nr. 2026/014\n\nBeratungsfolge: Bauausschuss am 12.05.2026, Hauptausschuss am 19.05.2026 und "
        "Gemeinderat am 27.05.2026\n\nBetreff: Neubau der Feuerwache\n"
    )
    assert _steps(analyse(text)) == [
        ("Bauausschuss", date(2026, 5, 12)), ("Hauptausschuss", date(2026, 5, 19)), ("Gemeinderat", date(2026, 5, 27)),
    ]


# --- English prose: "to be considered by A on … and by B on …", "B will consider … on …" ----------

def test_a_report_to_be_considered_by_two_bodies_names_both_with_their_dates():
    text = (
        "Report of the Director of Services\n\nThis report will be considered by the Strategic Policy Committee on "
        "2 February 2026 and by the Council at its meeting on 9 March 2026.\n"
    )
    assert [
        (s.organization, s.date) for s in extract_consultations(text, "en")
    ] == [("Strategic Policy Committee", date(2026, 2, 2)), ("Council", date(2026, 3, 9))]


def test_a_body_that_will_consider_a_matter_at_its_meeting_is_a_route_step():
    text = "The Planning Committee is due to determine the application at its meeting on 12 January 2026.\n"
    assert [(s.organization, s.date) for s in extract_consultations(text, "en")] == [
        ("Planning Committee", date(2026, 1, 12)),
    ]


def test_a_chief_officers_post_over_the_signature_date_is_no_meeting():
    text = "Budget monitoring, quarter 3\n\nThe position is reported below.\n\nSiobhan Kelly\nChief Executive\n3 February 2026\n"
    assert extract_consultations(text, "en") == []
