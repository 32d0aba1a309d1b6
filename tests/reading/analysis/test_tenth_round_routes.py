"""Papers of a tenth round, written for these tests: routes, meetings, events and deadlines read cold.

Ten short papers in shapes no earlier round covered, with invented places and wording of their own: hearing
letters and notices in three languages, route tables and meeting histories of further council systems, one-line
Danish routes, invitations inside a Mitteilung and English-speaking reports "to be considered by". Their values
were written down and committed before the papers were first read (`bench/results/cards_heldout.md`, tenth
round, routes and deadlines). Values a reader could write two ways were left out: a past meeting that sent a
plan out to hearing (on the route or not), a display period (an event or not), the date of a report whose "Date:"
is its meeting's.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


def _value(card, field):
    """The card's ``field`` as written down; ``rows`` are the route's steps with their role, item and flag."""
    if field == "event_names":
        return sorted((event.start and event.start.isoformat(), event.name) for event in card.events)
    return read_field(card, field)


# 1. a Danish hearing letter for a local plan, with a deadline label and a hearing meeting
DANISH_HOERINGSBREV = """Vesterå Kommune
Teknik og Miljø

Høring over forslag til Lokalplan nr. 412 – Boliger ved Møllebakken

Dato: 4. august 2025
Sagsnr.: 01.02.05-P16-3-25

Byrådet har den 27. juni 2025 vedtaget at sende forslag til Lokalplan nr. 412 i offentlig høring i perioden fra 6. august til 1. oktober 2025.

Høringsfrist: 1. oktober 2025 kl. 12.00

Kommunen holder høringsmøde om planforslaget tirsdag den 26. august 2025 kl. 19.00 i Medborgerhuset, Torvet 3.

Bemærkninger sendes til plan@vestera.example.dk.

Bilag:
1. Forslag til Lokalplan nr. 412
2. Miljøscreening
"""

# 2. a German notice of public participation in a development plan (Auslegung, Stellungnahmen bis zum ...)
AUSLEGUNG_BEKANNTMACHUNG = """Gemeinde Altenwerth

Bekanntmachung

Öffentliche Auslegung des Entwurfs des Bebauungsplans Nr. 58 „Am Mühlenweg“

Der Bau- und Umweltausschuss der Gemeinde Altenwerth hat in seiner Sitzung am 12. Juni 2025 den Entwurf des Bebauungsplans Nr. 58 gebilligt und seine öffentliche Auslegung beschlossen.

Der Entwurf liegt vom 7. Juli 2025 bis einschließlich 8. August 2025 im Rathaus, Zimmer 14, während der Dienststunden öffentlich aus.

Stellungnahmen können bis zum 8. August 2025 schriftlich oder zur Niederschrift abgegeben werden.

Am 16. Juli 2025 um 18:30 Uhr findet im Bürgersaal des Rathauses eine Informationsveranstaltung zum Entwurf statt.

Altenwerth, 26. Juni 2025

Der Bürgermeister
Jens Harder
"""

# 3. an English consultation letter with a closing time and a drop-in event
ENGLISH_CONSULTATION_LETTER = """Harrowfield Borough Council
Planning Policy

Date: 29 August 2025

Dear Resident,

Consultation on the draft Harrowfield Town Centre Masterplan

We are asking for your views on the draft masterplan for Harrowfield town centre. The consultation runs from 1 September 2025 to 13 October 2025.

Please send your responses by 5pm on Monday 13 October 2025, by email to planningpolicy@harrowfield.example.gov.uk or by post to Planning Policy, Town Hall, Harrowfield HF1 2AB.

You can also talk to the team at a drop-in event at Harrowfield Library on Thursday 18 September 2025, between 3pm and 7pm.

The Cabinet will consider the responses at its meeting on 4 December 2025.

Yours faithfully,

Helen Marsh
Planning Policy Manager
"""

# 4. a Beschlussvorlage as SD.NET prints it: date first, then body, role and the item with its Ö/N flag
SDNET_VORLAGE = """Vorlage - VO/2025/0317

Betreff: Sanierung der Sporthalle am Schulzentrum
Status: öffentlich
Vorlage-Art: Beschlussvorlage
Federführend: Fachbereich 3 - Bildung und Sport
Datum: 14.05.2025

Beratungsfolge:
Datum        Gremium                              Zuständigkeit   TOP
02.06.2025   Ausschuss für Schule und Sport       Vorberatung     Ö 7
16.06.2025   Haupt- und Finanzausschuss           Vorberatung     N 4
03.07.2025   Rat der Stadt                        Entscheidung    Ö 12

Sachverhalt:
Das Dach der Sporthalle am Schulzentrum ist undicht, die Lüftung entspricht nicht mehr den Anforderungen.

Anlagen:
Anlage 1 - Kostenschätzung
Anlage 2 - Lageplan
"""

# 5. a decision record as ModernGov prints it, with its meeting history and supporting documents
MODERNGOV_DECISION = """Decision details

Local Cycling and Walking Infrastructure Plan

Decision Maker: Cabinet
Decision status: Recommendations Approved
Is Key decision?: Yes
Is subject to call in?: Yes

Purpose:
To adopt the Local Cycling and Walking Infrastructure Plan for the borough.

Meeting history
Environment Scrutiny Committee - Tuesday, 9th September, 2025 6.30 pm - Item 5
Cabinet - Wednesday, 24th September, 2025 10.00 am - Item 8
Council - Thursday, 16th October, 2025 7.00 pm - Item 11

Supporting documents:
Appendix A - Network maps PDF 3 MB
Appendix B - Equality Impact Assessment PDF 220 KB
"""

# 6. a Danish agenda item with its route on one "Behandling:" line
DANISH_BEHANDLING_LINE = """Skovlund Kommune

Takster for vinterbadning 2026

Sagsnr.: 18.15.00-A00-2-25
Behandling: Kultur- og Fritidsudvalget den 8. september 2025, Økonomiudvalget den 22. september 2025, Byrådet den 30. september 2025
Åbent punkt

Resume
Kultur og Fritid fremlægger forslag til takster for vinterbadning ved Skovlund Havnebad i 2026.

Indstilling
Kultur- og Fritidsdirektøren indstiller, at taksterne godkendes.

Bilag
Takstoversigt 2026
"""

# 7. a German Mitteilung that invites a committee to a day conference ("Termin:", "Ort:")
MITTEILUNG_EINLADUNG = """Stadt Lindenhagen
Der Oberbürgermeister
Amt für Jugend und Familie

Mitteilungsvorlage Nr. M 0412/2025

Datum: 03.09.2025

Beratungsfolge:
Jugendhilfeausschuss     zur Kenntnisnahme     25.09.2025

Betreff: Fachtag Kinderschutz 2025

Mitteilung:
Das Amt für Jugend und Familie lädt die Mitglieder des Jugendhilfeausschusses zum Fachtag Kinderschutz ein.

Termin: Mittwoch, 12. November 2025, 9:00 bis 15:30 Uhr
Ort: Stadthalle Lindenhagen, Saal B

Anmeldungen werden bis zum 24. Oktober 2025 an jugendamt@lindenhagen.example.de erbeten.
"""

# 8. an Irish chief executive's report "to be considered by" two bodies
IRISH_REPORT = """Ballycarrow County Council

Report of the Chief Executive

Draft Annual Budget 2026

This report is to be considered by the Corporate Policy Group on 3 November 2025 and by the Council at the Annual Budget Meeting on 17 November 2025.

The draft budget provides for expenditure of €212 million, an increase of 4.1 % on 2025.

Aoife Brennan
Chief Executive
24 October 2025
"""

# 9. a regisafe-style Drucksache with its route in columns: body, date, role, public flag
REGISAFE_DRUCKSACHE = """Gemeinde Hohenfeld                                  Drucksache Nr. 2025/088
Fachbereich: Bauen und Planen
Sachbearbeitung: Frau Kessler
Az.: 621.41
Datum: 22.04.2025

Beratungsreihenfolge:
Gremium                     Sitzungsdatum    Beratung       Status
Bauausschuss                13.05.2025       Vorberatung    nichtöffentlich
Gemeinderat                 27.05.2025       Beschluss      öffentlich

Betreff:
Bauantrag zur Errichtung eines Mehrfamilienhauses, Flurstück 214/3

Sachverhalt:
Der Bauherr beantragt die Errichtung eines Mehrfamilienhauses mit acht Wohneinheiten.
"""

# 10. a Swiss Gemeinderat opening a consultation (Vernehmlassungsfrist) with an information evening
SWISS_VERNEHMLASSUNG = """Gemeinderat Wilerberg

Vernehmlassung zum Entwurf des Reglements über die Parkierung

Wilerberg, 14. Juli 2025

Sehr geehrte Damen und Herren

Der Gemeinderat eröffnet die Vernehmlassung zum Entwurf des neuen Parkierungsreglements. Wir laden Sie ein, bis 30. September 2025 Stellung zu nehmen.

Vernehmlassungsfrist: 30. September 2025

Am 2. September 2025, 19.30 Uhr, findet in der Aula des Schulhauses Grünau ein öffentlicher Informationsabend statt.

Beilagen:
- Entwurf Parkierungsreglement
- Erläuternder Bericht

Freundliche Grüsse

Gemeinderat Wilerberg
"""

EXPECTED = [
    pytest.param(DANISH_HOERINGSBREV, "date", "2025-08-04", id="hoeringsbrev-date"),
    pytest.param(DANISH_HOERINGSBREV, "deadlines", ["2025-10-01"], id="hoeringsbrev-deadlines"),
    pytest.param(DANISH_HOERINGSBREV, "events", ["2025-08-26"], id="hoeringsbrev-events"),
    pytest.param(DANISH_HOERINGSBREV, "attachments", ["Forslag til Lokalplan nr. 412", "Miljøscreening"], id="hoeringsbrev-attachments"),
    pytest.param(AUSLEGUNG_BEKANNTMACHUNG, "date", "2025-06-26", id="auslegung-date"),
    pytest.param(AUSLEGUNG_BEKANNTMACHUNG, "deadlines", ["2025-08-08"], id="auslegung-deadlines"),
    pytest.param(AUSLEGUNG_BEKANNTMACHUNG, "events", ["2025-07-16"], id="auslegung-events"),
    pytest.param(AUSLEGUNG_BEKANNTMACHUNG, "attachments", [], id="auslegung-attachments"),
    pytest.param(ENGLISH_CONSULTATION_LETTER, "date", "2025-08-29", id="english_consultation-date"),
    pytest.param(ENGLISH_CONSULTATION_LETTER, "deadlines", ["2025-10-13"], id="english_consultation-deadlines"),
    pytest.param(ENGLISH_CONSULTATION_LETTER, "events", ["2025-09-18"], id="english_consultation-events"),
    pytest.param(ENGLISH_CONSULTATION_LETTER, "consultations", [("Cabinet", "2025-12-04")], id="english_consultation-consultations"),
    pytest.param(SDNET_VORLAGE, "date", "2025-05-14", id="sdnet-date"),
    pytest.param(SDNET_VORLAGE, "public", True, id="sdnet-public"),
    pytest.param(SDNET_VORLAGE, "rows", [
        ("Ausschuss für Schule und Sport", "2025-06-02", "Vorberatung", "7", True),
        ("Haupt- und Finanzausschuss", "2025-06-16", "Vorberatung", "4", False),
        ("Rat der Stadt", "2025-07-03", "Entscheidung", "12", True),
    ], id="sdnet-rows"),
    pytest.param(SDNET_VORLAGE, "attachments", ["Kostenschätzung", "Lageplan"], id="sdnet-attachments"),
    pytest.param(SDNET_VORLAGE, "events", [], id="sdnet-events"),
    pytest.param(SDNET_VORLAGE, "deadlines", [], id="sdnet-deadlines"),
    pytest.param(MODERNGOV_DECISION, "consultations", [
        ("Environment Scrutiny Committee", "2025-09-09"), ("Cabinet", "2025-09-24"), ("Council", "2025-10-16"),
    ], id="moderngov-consultations"),
    pytest.param(MODERNGOV_DECISION, "rows", [
        ("Environment Scrutiny Committee", "2025-09-09", None, "5", None),
        ("Cabinet", "2025-09-24", None, "8", None),
        ("Council", "2025-10-16", None, "11", None),
    ], id="moderngov-rows"),
    pytest.param(MODERNGOV_DECISION, "attachments", ["Network maps", "Equality Impact Assessment"], id="moderngov-attachments"),
    pytest.param(MODERNGOV_DECISION, "events", [], id="moderngov-events"),
    pytest.param(DANISH_BEHANDLING_LINE, "consultations", [
        ("Kultur- og Fritidsudvalget", "2025-09-08"), ("Økonomiudvalget", "2025-09-22"), ("Byrådet", "2025-09-30"),
    ], id="behandling-consultations"),
    pytest.param(DANISH_BEHANDLING_LINE, "public", True, id="behandling-public"),
    pytest.param(DANISH_BEHANDLING_LINE, "attachments", ["Takstoversigt 2026"], id="behandling-attachments"),
    pytest.param(DANISH_BEHANDLING_LINE, "events", [], id="behandling-events"),
    pytest.param(MITTEILUNG_EINLADUNG, "date", "2025-09-03", id="mitteilung-date"),
    pytest.param(MITTEILUNG_EINLADUNG, "rows", [
        ("Jugendhilfeausschuss", "2025-09-25", "zur Kenntnisnahme", None, None),
    ], id="mitteilung-rows"),
    pytest.param(MITTEILUNG_EINLADUNG, "event_names", [("2025-11-12", "Fachtag Kinderschutz")], id="mitteilung-events"),
    pytest.param(MITTEILUNG_EINLADUNG, "deadlines", ["2025-10-24"], id="mitteilung-deadlines"),
    pytest.param(IRISH_REPORT, "consultations", [
        ("Corporate Policy Group", "2025-11-03"), ("Council", "2025-11-17"),
    ], id="irish_report-consultations"),
    pytest.param(IRISH_REPORT, "date", "2025-10-24", id="irish_report-date"),
    pytest.param(IRISH_REPORT, "events", [], id="irish_report-events"),
    pytest.param(IRISH_REPORT, "deadlines", [], id="irish_report-deadlines"),
    pytest.param(REGISAFE_DRUCKSACHE, "date", "2025-04-22", id="regisafe-date"),
    pytest.param(REGISAFE_DRUCKSACHE, "rows", [
        ("Bauausschuss", "2025-05-13", "Vorberatung", None, False),
        ("Gemeinderat", "2025-05-27", "Beschluss", None, True),
    ], id="regisafe-rows"),
    pytest.param(SWISS_VERNEHMLASSUNG, "date", "2025-07-14", id="vernehmlassung-date"),
    pytest.param(SWISS_VERNEHMLASSUNG, "deadlines", ["2025-09-30"], id="vernehmlassung-deadlines"),
    pytest.param(SWISS_VERNEHMLASSUNG, "events", ["2025-09-02"], id="vernehmlassung-events"),
    pytest.param(SWISS_VERNEHMLASSUNG, "attachments", ["Entwurf Parkierungsreglement", "Erläuternder Bericht"], id="vernehmlassung-attachments"),
    pytest.param(SWISS_VERNEHMLASSUNG, "consultations", [], id="vernehmlassung-consultations"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_tenth_round_layout_gives_the_route_dates_and_events_a_reader_would_write_down(text, field, expected):
    assert fold(_value(analyse(text), field)) == fold(expected)
