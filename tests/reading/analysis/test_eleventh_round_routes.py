"""Papers of an eleventh round, written for these tests: routes, meetings, events, deadlines and attachment lists.

Ten short papers in layouts no earlier round covered, with invented places and wording of their own: an ALLRIS
route printed on a paper's last page with "Sitzungsart" and "Status" columns, a SessionNet route copied from a
PDF text layer as tab-separated cells, a Danish "Behandlet af" list with numeric dates, a Danish "Tidligere
beslutninger" section, an English "Decision path" table, a Canadian staff report "Prepared for … Council meeting
of …", a German Bekanntmachung with an "Auslegungsfrist", and attachment lists in three languages ("Appendix A -",
numbered Danish bilag with file sizes, "Anlage 1:"). Their values were written down and committed before the
papers were first read (`bench/results/cards_heldout.md`, eleventh round, routes and deadlines). Left out as
ambiguous: whether the meetings a "Tidligere beslutninger" section reports are steps of the route.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


def _value(card, field):
    """The card's ``field`` as written down; ``rows`` are the route's steps with their role, item and flag."""
    if field == "event_names":
        return sorted((event.start and event.start.isoformat(), event.name) for event in card.events)
    return read_field(card, field)


# 1. an ALLRIS Beschlussvorlage whose route table stands on the last page, with Sitzungsart and Status columns
ALLRIS_LAST_PAGE = """Stadt Bergenau                                                   Vorlage BV/0884/2025
Der Oberbürgermeister                                             öffentlich
Fachbereich Umwelt und Grünflächen

Datum: 09.10.2025

Betreff: Neupflanzung von Straßenbäumen im Quartier Lindenplatz

Beschlussvorschlag:
Der Rat beschließt das Pflanzprogramm für 48 Straßenbäume im Quartier Lindenplatz.

Begründung:
Durch Trockenschäden mussten in den Jahren 2023 und 2024 insgesamt 41 Bäume gefällt werden. Das Programm ersetzt
sie durch klimaresistente Arten.

Finanzielle Auswirkungen:
Die Kosten von 212.000 Euro stehen im Haushalt 2026 bereit.

\f
Beratungsfolge:
Datum        Gremium                                   Rolle           Sitzungsart     Status
04.11.2025   Ausschuss für Umwelt und Klimaschutz      Vorberatung     öffentlich      vertagt
18.11.2025   Hauptausschuss                            Vorberatung     nichtöffentlich
11.12.2025   Rat der Stadt Bergenau                    Entscheidung    öffentlich
"""

# 2. a SessionNet Vorlage whose route table came out of the PDF text layer as tab-separated cells
SESSIONNET_TABS = """Gemeinde Talheim am See
Vorlage 2025/214

Beratungsreihenfolge
Gremium\tSitzungstermin\tTOP\tÖffentlichkeitsstatus\tZuständigkeit
Ortschaftsrat Oberdorf\t20.10.2025\t3\tÖ\tAnhörung
Technischer Ausschuss\t05.11.2025\t6\tÖ\tVorberatung
Gemeinderat\t26.11.2025\t9\tÖ\tBeschlussfassung

Betreff
Erneuerung der Wasserleitung in der Seestraße

Sachverhalt
Die Wasserleitung in der Seestraße stammt aus dem Jahr 1958 und hatte in den letzten zwei Jahren sieben Rohrbrüche.
"""

# 3. a Danish agenda item from an EG/Acadre export with a "Behandlet af" list and numeric dates
DANISH_BEHANDLET_AF = """Nørrebæk Kommune

Ny affaldsordning for sommerhusområder

Sagsnr.: 07.00.00-P20-11-25
Sagsbehandler: Trine Kold

Behandlet af                         Mødedato
Miljø- og Klimaudvalget              03.11.2025
Økonomiudvalget                      17.11.2025
Kommunalbestyrelsen                  25.11.2025

Åbent punkt

Sagsfremstilling
Fra 2026 skal sommerhuse have samme sortering af affald som helårsboliger. Forvaltningen foreslår ugentlig tømning
i højsæsonen.

Indstilling
Forvaltningen indstiller, at den nye ordning godkendes.
"""

# 4. a Danish agenda item that quotes earlier decisions before its own route
DANISH_TIDLIGERE = """Holmsted Kommune
Børne- og Skoleudvalget

Punkt 4. Skolestruktur i Vestområdet

Sagsnr.: 17.01.00-A00-4-25

Lukket punkt

Tidligere beslutninger
Børne- og Skoleudvalget den 10.06.2025, punkt 7:
Udvalget besluttede at sende tre modeller for skolestruktur i dialog med skolebestyrelserne.

Sagsfremstilling
Dialogen med skolebestyrelserne er afsluttet, og forvaltningen lægger nu model B frem.

Sagen forelægges Byrådet den 2. december 2025.

Bilag
1. Notat om model B
2. Høringssvar fra skolebestyrelserne
"""

# 5. an English committee report with its route as a "Decision path" table
ENGLISH_DECISION_PATH = """Marshbury City Council

Report to: Housing Scrutiny Panel
Report of: Director of Housing
Date of report: 2 January 2026

Subject: Temporary Accommodation Strategy 2026-2029

Decision path
Meeting                          Date                 Role
Housing Scrutiny Panel           14 January 2026      Pre-decision scrutiny
Cabinet                          28 January 2026      Decision

1. Purpose of report
1.1 To seek comments on the draft Temporary Accommodation Strategy before Cabinet decides on it.

Appendices:
Appendix A - Draft Temporary Accommodation Strategy 2026-2029
Appendix B - Equality Impact Assessment
Appendix C - Consultation findings
"""

# 6. a Canadian staff report "prepared for" a committee and going on to council
CANADIAN_STAFF_REPORT = """STAFF REPORT

Prepared for: Committee of the Whole
Meeting date: February 9, 2026
Report date: January 22, 2026
Report number: PW-2026-004

Title: Winter Sidewalk Maintenance Service Levels

Recommendation:
That Council approve the revised winter sidewalk maintenance service levels set out in this report.

Next steps:
The recommendation of the Committee of the Whole will go to the Council meeting of February 23, 2026 for ratification.

Attachments:
1. Map of priority sidewalk routes
2. Cost comparison of service levels
"""

# 7. a German Bekanntmachung with an Auslegungsfrist as the time for comments
AUSLEGUNGSFRIST = """Amtliche Bekanntmachung der Stadt Rodenstein

Frühzeitige Beteiligung der Öffentlichkeit zur 14. Änderung des Flächennutzungsplans

Der Planungsausschuss hat am 18.09.2025 beschlossen, die Öffentlichkeit frühzeitig an der 14. Änderung des
Flächennutzungsplans zu beteiligen.

Auslegungsfrist: 13.10.2025 bis 14.11.2025

Während der Auslegungsfrist kann jedermann Stellungnahmen schriftlich oder elektronisch abgeben. Nicht fristgerecht
abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben.

Rodenstein, den 01.10.2025

Stadt Rodenstein
Die Bürgermeisterin
"""

# 8. an English cabinet report with a long "Appendices:" list after its background papers
ENGLISH_APPENDICES = """Eastleigh Vale District Council
Cabinet
12 March 2026

Leisure Centre Contract Renewal

Report of the Head of Leisure and Culture

This item is open to the public.

1. Recommendation
1.1 That Cabinet awards the leisure centre management contract for ten years from 1 August 2026.

Background papers: none.

Appendices:
Appendix A - Procurement evaluation summary
Appendix B - Financial model (exempt)
Appendix C - Customer survey results 2025
"""

# 9. a Danish agenda item whose bilag are numbered and carry file sizes
DANISH_BILAG_SIZES = """Fjordby Kommune

Ansøgning om tilskud til ny kunstgræsbane

Sagsnr.: 18.20.00-G01-3-25
Åbent punkt

Beslutning i Kultur- og Fritidsudvalget den 06.10.2025
Anbefales.

Bilag:
Bilag 1 - Ansøgning fra Fjordby IF (PDF, 412 KB)
Bilag 2 - Budget for kunstgræsbane (PDF, 96 KB)
Bilag 3 - Situationsplan (PDF, 2,1 MB)
"""

# 10. a German Mitteilung with "Anlage 1:" lines and a registration deadline for a workshop
GERMAN_ANLAGEN = """Landkreis Ostheide
Kreisverwaltung – Amt für Klimaschutz

Informationsvorlage IV/2025/131

Datum: 15.09.2025

Betreff: Klimaanpassungskonzept – Beteiligung der Gemeinden

Die Kreisverwaltung lädt die Gemeinden zu einer Werkstatt zum Klimaanpassungskonzept am 22. Oktober 2025 um
14:00 Uhr im Kreishaus, Sitzungssaal 2, ein. Anmeldungen sind bis zum 10. Oktober 2025 erbeten.

Anlagen:
Anlage 1: Entwurf des Klimaanpassungskonzepts
Anlage 2: Starkregengefahrenkarte
Anlage 3: Zeitplan der Beteiligung
"""

EXPECTED = [
    pytest.param(ALLRIS_LAST_PAGE, "date", "2025-10-09", id="allris-date"),
    pytest.param(ALLRIS_LAST_PAGE, "public", True, id="allris-public"),
    pytest.param(ALLRIS_LAST_PAGE, "rows", [
        ("Ausschuss für Umwelt und Klimaschutz", "2025-11-04", "Vorberatung", None, True),
        ("Hauptausschuss", "2025-11-18", "Vorberatung", None, False),
        ("Rat der Stadt Bergenau", "2025-12-11", "Entscheidung", None, True),
    ], id="allris-rows"),
    pytest.param(ALLRIS_LAST_PAGE, "events", [], id="allris-events"),
    pytest.param(ALLRIS_LAST_PAGE, "deadlines", [], id="allris-deadlines"),
    pytest.param(SESSIONNET_TABS, "rows", [
        ("Ortschaftsrat Oberdorf", "2025-10-20", "Anhörung", "3", True),
        ("Technischer Ausschuss", "2025-11-05", "Vorberatung", "6", True),
        ("Gemeinderat", "2025-11-26", "Beschlussfassung", "9", True),
    ], id="sessionnet-rows"),
    pytest.param(SESSIONNET_TABS, "events", [], id="sessionnet-events"),
    pytest.param(DANISH_BEHANDLET_AF, "consultations", [
        ("Miljø- og Klimaudvalget", "2025-11-03"), ("Økonomiudvalget", "2025-11-17"),
        ("Kommunalbestyrelsen", "2025-11-25"),
    ], id="behandlet_af-consultations"),
    pytest.param(DANISH_BEHANDLET_AF, "public", True, id="behandlet_af-public"),
    pytest.param(DANISH_BEHANDLET_AF, "events", [], id="behandlet_af-events"),
    pytest.param(DANISH_TIDLIGERE, "public", False, id="tidligere-public"),
    pytest.param(DANISH_TIDLIGERE, "attachments", ["Notat om model B", "Høringssvar fra skolebestyrelserne"], id="tidligere-attachments"),
    pytest.param(DANISH_TIDLIGERE, "deadlines", [], id="tidligere-deadlines"),
    pytest.param(DANISH_TIDLIGERE, "events", [], id="tidligere-events"),
    pytest.param(ENGLISH_DECISION_PATH, "date", "2026-01-02", id="decision_path-date"),
    pytest.param(ENGLISH_DECISION_PATH, "rows", [
        ("Housing Scrutiny Panel", "2026-01-14", "Pre-decision scrutiny", None, None),
        ("Cabinet", "2026-01-28", "Decision", None, None),
    ], id="decision_path-rows"),
    pytest.param(ENGLISH_DECISION_PATH, "attachments", [
        "Draft Temporary Accommodation Strategy 2026-2029", "Equality Impact Assessment", "Consultation findings",
    ], id="decision_path-attachments"),
    pytest.param(ENGLISH_DECISION_PATH, "events", [], id="decision_path-events"),
    pytest.param(CANADIAN_STAFF_REPORT, "date", "2026-01-22", id="canadian-date"),
    pytest.param(CANADIAN_STAFF_REPORT, "consultations", [
        ("Committee of the Whole", "2026-02-09"), ("Council", "2026-02-23"),
    ], id="canadian-consultations"),
    pytest.param(CANADIAN_STAFF_REPORT, "attachments", [
        "Map of priority sidewalk routes", "Cost comparison of service levels",
    ], id="canadian-attachments"),
    pytest.param(CANADIAN_STAFF_REPORT, "events", [], id="canadian-events"),
    pytest.param(CANADIAN_STAFF_REPORT, "deadlines", [], id="canadian-deadlines"),
    pytest.param(AUSLEGUNGSFRIST, "date", "2025-10-01", id="auslegungsfrist-date"),
    pytest.param(AUSLEGUNGSFRIST, "deadlines", ["2025-11-14"], id="auslegungsfrist-deadlines"),
    pytest.param(AUSLEGUNGSFRIST, "consultations", [], id="auslegungsfrist-consultations"),
    pytest.param(AUSLEGUNGSFRIST, "events", [], id="auslegungsfrist-events"),
    pytest.param(ENGLISH_APPENDICES, "public", True, id="appendices-public"),
    pytest.param(ENGLISH_APPENDICES, "consultations", [("Cabinet", "2026-03-12")], id="appendices-consultations"),
    pytest.param(ENGLISH_APPENDICES, "attachments", [
        "Procurement evaluation summary", "Financial model (exempt)", "Customer survey results 2025",
    ], id="appendices-attachments"),
    pytest.param(ENGLISH_APPENDICES, "deadlines", [], id="appendices-deadlines"),
    pytest.param(DANISH_BILAG_SIZES, "public", True, id="bilag_sizes-public"),
    pytest.param(DANISH_BILAG_SIZES, "consultations", [("Kultur- og Fritidsudvalget", "2025-10-06")], id="bilag_sizes-consultations"),
    pytest.param(DANISH_BILAG_SIZES, "attachments", [
        "Ansøgning fra Fjordby IF", "Budget for kunstgræsbane", "Situationsplan",
    ], id="bilag_sizes-attachments"),
    pytest.param(GERMAN_ANLAGEN, "date", "2025-09-15", id="anlagen-date"),
    pytest.param(GERMAN_ANLAGEN, "attachments", [
        "Entwurf des Klimaanpassungskonzepts", "Starkregengefahrenkarte", "Zeitplan der Beteiligung",
    ], id="anlagen-attachments"),
    pytest.param(GERMAN_ANLAGEN, "events", ["2025-10-22"], id="anlagen-events"),
    pytest.param(GERMAN_ANLAGEN, "deadlines", ["2025-10-10"], id="anlagen-deadlines"),
    pytest.param(GERMAN_ANLAGEN, "consultations", [], id="anlagen-consultations"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_an_eleventh_round_layout_gives_the_route_dates_and_events_a_reader_would_write_down(text, field, expected):
    assert fold(_value(analyse(text), field)) == fold(expected)
