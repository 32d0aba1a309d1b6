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


# --- deadlines ---------------------------------------------------------------------------------

from townhall.reading.analysis.deadlines import extract_deadlines  # noqa: E402


def _deadline_dates(text, language):
    return [fact.date for fact in extract_deadlines(text, language)]


def test_a_deadline_field_printed_over_its_value_is_a_deadline_and_names_its_purpose():
    # a council information system's web page: each label on its own line over its value
    text = "Vorgang\n\nTyp:\n\nAnfrage\n\nAntwort-Frist:\n\n14.03.2026\n\nFristverl.:\n\n28.03.2026\n\nErledigt am:\n\n20.03.2026\n"
    facts = extract_deadlines(text, "de")
    assert [(fact.date, fact.purpose) for fact in facts] == [
        (date(2026, 3, 14), "Antwort-Frist"), (date(2026, 3, 28), "Fristverlängerung"),
    ]


def test_a_time_limit_named_at_length_before_its_date_is_a_deadline():
    text = (
        "Tidsplan\nFristen for indsendelse af ansøgninger til puljen for frivilligt socialt arbejde 2026 er den "
        "1. marts 2026. Udvalget behandler ansøgningerne i april.\n"
    )
    assert _deadline_dates(text, "da") == [date(2026, 3, 1)]


def test_an_extended_hearing_ends_on_the_day_it_was_extended_to():
    text = "Naboerne har været i partshøring i perioden den 3. februar 2026 til den 24. februar 2026 med forlængelse til den 3. marts 2026.\n"
    facts = extract_deadlines(text, "da")
    assert [(fact.date, fact.purpose) for fact in facts] == [(date(2026, 3, 3), "Naboerne har været i partshøring")]


def test_a_contract_extended_to_a_day_sets_no_deadline():
    assert _deadline_dates("Kontrakten med leverandøren er forlænget til den 31. december 2026.\n", "da") == []


# --- events in an attachment's title -----------------------------------------------------------

def test_an_attachments_title_that_names_a_meeting_is_no_event_of_the_paper():
    text = (
        "Sagsfremstilling\nUdvalget drøfter resultatet af borgerinddragelsen.\n\nBilag\n"
        "1\tÅben\tReferat. Borgermøde 14.01.2026\t12345/26\n2\tÅben\tHøringsnotat\t12346/26\n"
    )
    assert extract_events(text, "da") == []


# --- a scanned invitation: the body's name over its numbered sitting ----------------------------

SCANNED_INVITATION = """Einladung

Ortsbeirat Südstadt

5. Sitzung Dienstag, 10.02.2026, 19:00 Uhr
Bürgerhaus Südstadt, Lindenallee 4

Tagesordnung

1. Verkehrsberuhigung Lindenallee
2. Verschiedenes

Ich lade Sie hiermit zu dieser Sitzung ein.
"""


def test_a_body_named_over_its_numbered_sitting_is_the_meeting_of_an_invitation():
    card = analyse(SCANNED_INVITATION)
    assert _steps(card) == [("Ortsbeirat Südstadt", date(2026, 2, 10))]
    assert card.title == "Einladung Ortsbeirat Südstadt"


def test_a_closing_time_before_the_deadlines_date_is_no_part_of_its_purpose():
    text = "Please send your comments by 4pm on Friday 6 March 2026 to the licensing team.\n"
    assert [(fact.date, fact.purpose) for fact in extract_deadlines(text, "en")] == [
        (date(2026, 3, 6), "Send your comments to the licensing team"),
    ]
