"""Papers of a thirteenth round, written for these tests: routes, meetings, events, deadlines and attachment lists.

Ten short papers in layouts no earlier round covered, with invented places and wording of their own: a Danish
"Beslutningsprotokol" item whose decisions are "Beslutning i … den …" paragraphs, a German SessionNet
"Beratungsergebnis" box with vote counts per body under its "Beratungsfolge", an ALLRIS "Beratungsfolge" with the
date first and an Ö/N "Status" column, a Bavarian "Sitzungsverlauf" header ("Sitzung des … am …, öffentlich, TOP 4"),
a Scottish committee cover sheet ("Committee: … Date of meeting: …"), a Welsh cabinet report whose "Consultation"
section names the scrutiny committee that saw it first, a Canadian report with a "Previous Council Direction" table
(earlier decisions, not this paper's route), a German invitation to a two-day Klausurtagung with its venue, a Danish
høringsbrev with "Frist for bemærkninger" and an English public notice whose "consultation closes on" a date with
drop-in sessions before it. Their values were written down and committed before the papers were first read
(`bench/results/cards_heldout.md`, thirteenth round, routes and deadlines). Left out as ambiguous: the date a
cover sheet's report was written where only the meeting's is printed, and whether an invitation is itself a step.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


def _value(card, field):
    """The card's ``field`` as written down; ``rows`` are the route's bodies with date, role, item and flag."""
    if field == "items":
        return sorted((step.organization, step.agenda_item) for step in card.consultations)
    return read_field(card, field)


# 1. a Danish decision record (Beslutningsprotokol) item with one decision paragraph per body
DANISH_BESLUTNINGSPROTOKOL = """Højmark Kommune
Beslutningsprotokol

Byrådet
Mødedato: 28. januar 2026

Åbent punkt

14. Anlægsbevilling til ny daginstitution i Lystrup Øst

Sagsnr.: 28.03.00-G01-4-25

Resumé
Forvaltningen søger om en anlægsbevilling på 38,5 mio. kr. til en daginstitution med plads til 120 børn.

Beslutning i Børne- og Ungeudvalget den 12. januar 2026
Anbefales.

Beslutning i Økonomiudvalget den 20. januar 2026
Anbefales.

Beslutning i Byrådet den 28. januar 2026
Godkendt.

Bilag
Skitseprojekt for daginstitution Lystrup Øst
Tidsplan for byggeriet
"""

# 2. a SessionNet Beschlussvorlage with a "Beratungsergebnis" box carrying vote counts
SESSIONNET_BERATUNGSERGEBNIS = """Stadt Altenfurt                                           Vorlage Nr. 2026/0211
Umweltamt                                                 Datum: 21.01.2026

Beschlussvorlage

Betreff: Klimaanpassungskonzept für die Innenstadt

Beratungsfolge:
Gremium                                   Sitzung am     Zuständigkeit
Bau- und Umweltausschuss                  04.02.2026     Vorberatung
Stadtrat                                  19.02.2026     Entscheidung

Beratungsergebnis:
Gremium: Bau- und Umweltausschuss         Sitzung am: 04.02.2026         TOP: 6
Einstimmig   Ja: 11   Nein: 0   Enthaltungen: 2

Beschlussvorschlag:
Der Stadtrat beschließt das Klimaanpassungskonzept für die Innenstadt (Anlage 1).

Sachverhalt:
Das Konzept benennt 24 Maßnahmen, darunter die Entsiegelung von Schulhöfen und zusätzliche Baumstandorte.

Anlagen:
Anlage 1 – Klimaanpassungskonzept Innenstadt
Anlage 2 – Maßnahmenkatalog
"""

# 3. an ALLRIS Beratungsfolge with the date first and an Ö/N Status column
ALLRIS_STATUS = """Stadt Wesselburg
Fachbereich Jugend und Soziales

Vorlage VO/2026/044
Beschlussvorlage
öffentlich

Datum: 26.02.2026

Betreff: Satzung über die Erhebung von Elternbeiträgen in Kindertagesstätten

Beratungsfolge:
Datum          Gremium                                 Status   Zuständigkeit
10.03.2026     Ortsbeirat Nord                         Ö        Anhörung
17.03.2026     Haupt- und Finanzausschuss              N        Vorberatung
26.03.2026     Stadtverordnetenversammlung             Ö        Entscheidung

Beschlussvorschlag:
Die Stadtverordnetenversammlung beschließt die Satzung in der Fassung der Anlage.

Anlage:
Satzungsentwurf
"""

# 4. a Bavarian Sitzungsvorlage with a "Sitzungsverlauf" header of sittings, status and item
BAVARIAN_SITZUNGSVERLAUF = """Große Kreisstadt Lindach
Referat 6 – Stadtwerke

Sitzungsvorlage Nr. 2026/133
Lindach, 28.01.2026

Sitzungsverlauf:
Sitzung des Werkausschusses am 11.02.2026, öffentlich, TOP 4
Sitzung des Stadtrates am 26.02.2026, öffentlich, TOP 12

Betreff: Wirtschaftsplan 2026 der Stadtwerke Lindach

Sachverhalt:
Der Wirtschaftsplan weist Investitionen von 18,2 Mio. Euro aus, vor allem für das Fernwärmenetz.

Beschlussvorschlag:
Der Stadtrat stellt den Wirtschaftsplan 2026 der Stadtwerke fest.
"""

# 5. a Scottish committee report's cover sheet
SCOTTISH_COVER_SHEET = """Glenmorrow Council

Committee:          Communities and Housing Committee
Date of meeting:    3 March 2026
Report by:          Executive Director (Place)
Report number:      CHC/26/014

Subject:            Local Housing Strategy 2026-2031: Consultation Outcome

1. Purpose
1.1 This report sets out the outcome of the public consultation on the draft Local Housing Strategy and seeks
approval of the final strategy.

2. Recommendations
2.1 The Committee is asked to approve the Local Housing Strategy 2026-2031.

Appendices
Appendix 1 - Consultation report
Appendix 2 - Local Housing Strategy 2026-2031
"""

# 6. a Welsh cabinet report whose "Consultation" section names the scrutiny committee that saw it first
WELSH_CONSULTATION = """Cyngor Sir Penwern / Penwern County Council

Report to: Cabinet
Date of meeting: 10 February 2026
Report of: Head of Highways and Transport

Title: Twenty mph Speed Limit Review

Purpose
To agree which roads return to a 30 mph speed limit after the review.

Consultation
The Place Scrutiny Committee considered the draft proposals at its meeting on 14 January 2026 and its comments
are set out in Appendix B. Town and community councils were also consulted.

Recommendation
That Cabinet approves the roads listed in Appendix A for a 30 mph limit.

Appendices
Appendix A - Roads proposed for a 30 mph limit
Appendix B - Comments of the Place Scrutiny Committee
"""

# 7. a Canadian report with a "Previous Council Direction" table of earlier decisions
CANADIAN_PREVIOUS_DIRECTION = """City of Norhaven
Committee Report

To:            Community and Protective Services Committee
Meeting date:  February 9, 2026
From:          Recreation Services
Report No.:    CS2026-031

Outdoor Pool Operating Model

Recommendation
That Community and Protective Services Committee recommend to City Council that the outdoor pool operating model
in Attachment 1 be approved.

Previous Council Direction
Date               Body              Direction
June 10, 2025      City Council      Administration to review outdoor pool operations and report back
March 4, 2024      City Council      Approved the Aquatics Strategy 2024-2034

Attachments
1. Outdoor Pool Operating Model
2. Public Engagement Summary
"""

# 8. an invitation to a two-day council retreat with its venue
GERMAN_KLAUSUR_INVITATION = """Gemeinde Obersteig
Der Bürgermeister

An die Mitglieder des Gemeinderates

Obersteig, 2. März 2026

Einladung zur Klausurtagung des Gemeinderates

Sehr geehrte Damen und Herren,

hiermit lade ich Sie zur Klausurtagung des Gemeinderates vom 24. bis 25. April 2026 in das Tagungshaus
Sonnenhalde, Bergstraße 12, ein. Beginn ist am Freitag um 14.00 Uhr.

Themen sind die Haushaltsplanung 2027 und die Ortsentwicklung.

Bitte melden Sie sich bis zum 27. März 2026 im Hauptamt an.

Mit freundlichen Grüßen

Martin Keller
Bürgermeister
"""

# 9. a Danish høringsbrev with "Frist for bemærkninger"
DANISH_FRIST_FOR_BEMAERKNINGER = """Nørrevang Kommune
Natur og Miljø

Til: Høringsparter iflg. vedlagte liste

Dato: 16. februar 2026
J.nr.: 06.02.03-P19-2-26

Høring over udkast til spildevandsplan 2026-2030

Nørrevang Kommune sender hermed udkast til spildevandsplan 2026-2030 i høring.

Frist for bemærkninger: fredag den 13. marts 2026 kl. 12.00

Bemærkninger sendes til natur@norrevang.dk.

Med venlig hilsen

Jonas Bech
Miljømedarbejder

Vedlagt:
- Udkast til spildevandsplan 2026-2030
- Høringsliste
"""

# 10. an English public notice: the consultation closes on a date, drop-in sessions before it
ENGLISH_CONSULTATION_CLOSES = """Ashcombe District Council

PUBLIC NOTICE

Draft Parking Strategy 2026-2036: public consultation

Published: 2 March 2026

Ashcombe District Council is consulting on its Draft Parking Strategy. The consultation opens on 9 March 2026
and closes on 20 April 2026 at 11.59 pm.

Drop-in session: Ashcombe Library, Wednesday 25 March 2026, 2pm to 7pm.

Responses received after the consultation closes will not be considered.

Documents:
Draft Parking Strategy 2026-2036
Parking Survey Results 2025
"""

EXPECTED = [
    pytest.param(DANISH_BESLUTNINGSPROTOKOL, "consultations", [
        ("Børne- og Ungeudvalget", "2026-01-12"), ("Byrådet", "2026-01-28"), ("Økonomiudvalget", "2026-01-20"),
    ], id="beslutningsprotokol-consultations"),
    pytest.param(DANISH_BESLUTNINGSPROTOKOL, "agenda_item", "14", id="beslutningsprotokol-item"),
    pytest.param(DANISH_BESLUTNINGSPROTOKOL, "public", True, id="beslutningsprotokol-public"),
    pytest.param(DANISH_BESLUTNINGSPROTOKOL, "attachments", [
        "Skitseprojekt for daginstitution Lystrup Øst", "Tidsplan for byggeriet",
    ], id="beslutningsprotokol-attachments"),
    pytest.param(DANISH_BESLUTNINGSPROTOKOL, "events", [], id="beslutningsprotokol-events"),
    pytest.param(DANISH_BESLUTNINGSPROTOKOL, "deadlines", [], id="beslutningsprotokol-deadlines"),
    pytest.param(SESSIONNET_BERATUNGSERGEBNIS, "date", "2026-01-21", id="beratungsergebnis-date"),
    pytest.param(SESSIONNET_BERATUNGSERGEBNIS, "consultations", [
        ("Bau- und Umweltausschuss", "2026-02-04"), ("Stadtrat", "2026-02-19"),
    ], id="beratungsergebnis-consultations"),
    pytest.param(SESSIONNET_BERATUNGSERGEBNIS, "items", [
        ("Bau- und Umweltausschuss", "6"), ("Stadtrat", None),
    ], id="beratungsergebnis-items"),
    pytest.param(SESSIONNET_BERATUNGSERGEBNIS, "attachments", [
        "Klimaanpassungskonzept Innenstadt", "Maßnahmenkatalog",
    ], id="beratungsergebnis-attachments"),
    pytest.param(SESSIONNET_BERATUNGSERGEBNIS, "deadlines", [], id="beratungsergebnis-deadlines"),
    pytest.param(ALLRIS_STATUS, "date", "2026-02-26", id="allris-status-date"),
    pytest.param(ALLRIS_STATUS, "rows", [
        ("Ortsbeirat Nord", "2026-03-10", "Anhörung", None, True),
        ("Haupt- und Finanzausschuss", "2026-03-17", "Vorberatung", None, False),
        ("Stadtverordnetenversammlung", "2026-03-26", "Entscheidung", None, True),
    ], id="allris-status-rows"),
    pytest.param(ALLRIS_STATUS, "public", True, id="allris-status-public"),
    pytest.param(ALLRIS_STATUS, "attachments", ["Satzungsentwurf"], id="allris-status-attachments"),
    pytest.param(BAVARIAN_SITZUNGSVERLAUF, "date", "2026-01-28", id="sitzungsverlauf-date"),
    pytest.param(BAVARIAN_SITZUNGSVERLAUF, "rows", [
        ("Werkausschuss", "2026-02-11", None, "4", True),
        ("Stadtrat", "2026-02-26", None, "12", True),
    ], id="sitzungsverlauf-rows"),
    pytest.param(BAVARIAN_SITZUNGSVERLAUF, "events", [], id="sitzungsverlauf-events"),
    pytest.param(SCOTTISH_COVER_SHEET, "consultations", [
        ("Communities and Housing Committee", "2026-03-03"),
    ], id="scottish-consultations"),
    pytest.param(SCOTTISH_COVER_SHEET, "attachments", [
        "Consultation report", "Local Housing Strategy 2026-2031",
    ], id="scottish-attachments"),
    pytest.param(SCOTTISH_COVER_SHEET, "events", [], id="scottish-events"),
    pytest.param(SCOTTISH_COVER_SHEET, "deadlines", [], id="scottish-deadlines"),
    pytest.param(WELSH_CONSULTATION, "consultations", [
        ("Cabinet", "2026-02-10"), ("Place Scrutiny Committee", "2026-01-14"),
    ], id="welsh-consultations"),
    pytest.param(WELSH_CONSULTATION, "attachments", [
        "Roads proposed for a 30 mph limit", "Comments of the Place Scrutiny Committee",
    ], id="welsh-attachments"),
    pytest.param(WELSH_CONSULTATION, "events", [], id="welsh-events"),
    pytest.param(CANADIAN_PREVIOUS_DIRECTION, "consultations", [
        ("Community and Protective Services Committee", "2026-02-09"),
    ], id="canadian-consultations"),
    pytest.param(CANADIAN_PREVIOUS_DIRECTION, "attachments", [
        "Outdoor Pool Operating Model", "Public Engagement Summary",
    ], id="canadian-attachments"),
    pytest.param(CANADIAN_PREVIOUS_DIRECTION, "events", [], id="canadian-events"),
    pytest.param(GERMAN_KLAUSUR_INVITATION, "date", "2026-03-02", id="klausur-date"),
    pytest.param(GERMAN_KLAUSUR_INVITATION, "events", ["2026-04-24"], id="klausur-events"),
    pytest.param(GERMAN_KLAUSUR_INVITATION, "deadlines", ["2026-03-27"], id="klausur-deadlines"),
    pytest.param(GERMAN_KLAUSUR_INVITATION, "attachments", [], id="klausur-attachments"),
    pytest.param(DANISH_FRIST_FOR_BEMAERKNINGER, "date", "2026-02-16", id="frist-date"),
    pytest.param(DANISH_FRIST_FOR_BEMAERKNINGER, "deadlines", ["2026-03-13"], id="frist-deadlines"),
    pytest.param(DANISH_FRIST_FOR_BEMAERKNINGER, "events", [], id="frist-events"),
    pytest.param(DANISH_FRIST_FOR_BEMAERKNINGER, "attachments", [
        "Udkast til spildevandsplan 2026-2030", "Høringsliste",
    ], id="frist-attachments"),
    pytest.param(ENGLISH_CONSULTATION_CLOSES, "date", "2026-03-02", id="closes-date"),
    pytest.param(ENGLISH_CONSULTATION_CLOSES, "deadlines", ["2026-04-20"], id="closes-deadlines"),
    pytest.param(ENGLISH_CONSULTATION_CLOSES, "events", ["2026-03-25"], id="closes-events"),
    pytest.param(ENGLISH_CONSULTATION_CLOSES, "attachments", [
        "Draft Parking Strategy 2026-2036", "Parking Survey Results 2025",
    ], id="closes-attachments"),
    pytest.param(ENGLISH_CONSULTATION_CLOSES, "consultations", [], id="closes-consultations"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_thirteenth_round_layout_gives_the_route_dates_and_events_a_reader_would_write_down(
    text, field, expected
):
    assert fold(_value(analyse(text), field)) == fold(expected)
