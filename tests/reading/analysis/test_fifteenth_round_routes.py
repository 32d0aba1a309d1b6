"""Papers of a fifteenth round, written for these tests: routes, agenda items, public flags and attachment lists.

Eight short papers in layouts no earlier round covered, with invented places and wording of their own: a Hessian
Magistrat's Beschlussvorlage whose "Beratungsfolge" is a numbered list ("1. Ortsbeirat … – Anhörung – Sitzung am
…"), a Saxon ALLRIS Beschlussvorlage whose route column carries the role in brackets ("Stadtrat (Entscheidung)")
beside an Ö/N status, a ModernGov "Issue - meetings" page ("Meeting: 12/02/2026 - Cabinet (Item 12)"), a Danish
sagsfremstilling in a Norwegian system's layout with a "Sagsgang" table (Udvalg, Mødedato, Punkt, Åben/lukket), a
Danish closed agenda item with a "Behandles af:" line of bodies with bracketed days and an attachment table, an
English cabinet decision notice with "Previously considered by:", an Austrian "Bericht an den Gemeinderat" with
"Vorberatung im … am …" and "Beschlussfassung im … am …" lines and "Beilagen:", and a Schleswig-Holstein Kreistag
group's Anfrage "zur Sitzung des Kreistages am …" with its Tagesordnungspunkt. Their values were written down and
committed before the papers were first read (`bench/results/cards_heldout.md`, fifteenth round). Left out as
ambiguous: the attachments of a ModernGov issue page (the report and its appendices together) and of a decision
notice's "Documents considered", the agenda item of a page that lists two meetings, and the public flag of each
step of an item that is closed as a whole.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field

# 1. a Hessian Magistrat's Beschlussvorlage with a numbered route list: body – role – sitting
HESSIAN_NUMBERED_ROUTE = """Magistrat der Stadt Bornhagen
Fachdienst Bauen und Umwelt

Beschlussvorlage                                   Vorlagen-Nr.: BV/0143/2026
                                                   Datum: 12.02.2026

Betreff: Erneuerung der Brücke über den Seltersbach im Zuge der Mühlstraße

Beratungsfolge:
1. Ortsbeirat Kirchborn – Anhörung – Sitzung am 02.03.2026
2. Haupt- und Finanzausschuss – Vorberatung – Sitzung am 10.03.2026
3. Stadtverordnetenversammlung – Beschlussfassung – Sitzung am 26.03.2026

Beschlussvorschlag:
Die Stadtverordnetenversammlung beschließt die Erneuerung der Brücke über den Seltersbach mit Kosten von
1,2 Mio. Euro.

Begründung:
Die Brücke wurde 1961 gebaut. Die letzte Bauwerksprüfung hat Schäden an den Widerlagern festgestellt.

Anlagen:
– Lageplan der Brücke
– Kostenberechnung des Ingenieurbüros
"""

# 2. a Saxon ALLRIS Beschlussvorlage: the role in brackets after the body, an Ö/N status column
SAXON_ALLRIS = """Stadt Grünitz                                          Vorlage-Nr.: V/2026/027
Der Oberbürgermeister                                  Status: öffentlich
                                                       Datum: 20.01.2026
Einreicher: Dezernat Bau und Umwelt

Beschlussvorlage

Betreff: Fortschreibung des Radverkehrskonzeptes

Beratungsfolge (Zuständigkeit)                 Sitzungstermin   Status
Ausschuss für Stadtentwicklung (Vorberatung)   10.02.2026       Ö
Verwaltungsausschuss (Vorberatung)             17.02.2026       N
Stadtrat (Entscheidung)                        05.03.2026       Ö

Beschlussvorschlag:
Der Stadtrat beschließt die Fortschreibung des Radverkehrskonzeptes in der Fassung der Anlage 1.

Sachverhalt:
Das Radverkehrskonzept von 2015 wird fortgeschrieben. Die Bürgerinnen und Bürger konnten sich im Herbst 2025
online beteiligen.

Anlagen
Anlage 1 Radverkehrskonzept 2026 (Entwurf)
Anlage 2 Ergebnisse der Online-Beteiligung
"""

# 3. a ModernGov "Issue - meetings" page: the meetings that dealt with one issue
MODERNGOV_ISSUE_HISTORY = """Ashcombe District Council

Issue - meetings

Local Plan Review: Preferred Options consultation

Meeting: 12/02/2026 - Planning Policy Overview and Scrutiny Committee (Item 7)

7 Local Plan Review: Preferred Options consultation

Decision:
The Committee recommended the Preferred Options document to Cabinet, subject to the changes set out in the minutes.

Supporting documents:
Local Plan Review report, item 7 PDF 310 KB
Appendix A - Preferred Options document, item 7 PDF 2 MB

Meeting: 03/03/2026 - Cabinet (Item 12)

12 Local Plan Review: Preferred Options consultation

Decision:
RESOLVED that the Preferred Options document be published for consultation for eight weeks.
"""

# 4. a Danish sagsfremstilling in a Norwegian system's layout: a "Sagsgang" table with item and open/closed
NORWEGIAN_STYLE_SAGSGANG = """Skærlund Kommune
Sagsfremlæggelse

Sagsnr.: 25/18422
Sagsbehandler: Mette Kragh
Dato: 02.02.2026

Udbud af vintertjeneste 2026-2030

Sagsgang:
Udvalg                          Mødedato      Punkt   Åben/lukket
Udvalget for Teknik og Miljø    16.02.2026    5       Åben
Økonomiudvalget                 24.02.2026    11      Åben
Byrådet                         04.03.2026    8       Åben

Indstilling:
Administrationen indstiller, at vintertjenesten udbydes i tre delaftaler.

Sagsfremstilling:
Den nuværende kontrakt udløber 30. april 2026. Udbuddet deles i tre geografiske områder.

Vedlagte bilag:
- Udbudsmateriale for vintertjeneste
- Kort over ruter i klasse 1 og 2
"""

# 5. a Danish closed agenda item: "Behandles af:" with bracketed days and an attachment table
DANISH_CLOSED_ITEM = """Fjordby Kommune
Økonomiudvalget
Dagsorden – ordinært møde 11. marts 2026

14. Køb af ejendommen Møllevej 4 (Lukket punkt)

Sagsnr.: 82.01.00-G01-3-26

Behandles af: Økonomiudvalget (11. marts 2026), Byrådet (25. marts 2026)

Resumé
Kommunen har fået tilbudt at købe ejendommen Møllevej 4, der grænser op til skolens boldbaner.

Indstilling
Direktionen indstiller, at Økonomiudvalget anbefaler Byrådet at godkende købet (jf. bilag 2).

Bilag
Nr.  Titel                                    Dato
1    Tilstandsrapport for Møllevej 4          12-01-2026
2    Udkast til købsaftale                    02-03-2026
"""

# 6. an English cabinet decision notice with the scrutiny body that saw it first
ENGLISH_DECISION_NOTICE = """Caldermoor Metropolitan Borough Council

NOTICE OF DECISION

Decision taken by: Cabinet
Date of decision: 4 March 2026
Agenda item: 9
Subject: Residents' parking scheme for the Hollins ward
Open / exempt: Open
Previously considered by: Economy and Environment Scrutiny Panel, 19 February 2026
Call-in deadline: 5pm, 12 March 2026

Decision:
That the residents' parking scheme be introduced from 1 June 2026.

Reasons for the decision:
Two surveys found that most parked cars in the Hollins ward belong to commuters.

Documents considered:
(i) Report of the Director of Place
(ii) Summary of consultation responses
"""

# 7. an Austrian "Bericht an den Gemeinderat" with "Vorberatung im … am …" and "Beilagen:"
AUSTRIAN_BERICHT = """Stadt Mürzbach
Magistratsabteilung 5 – Verkehrsplanung
GZ: MA5-VP-0112/2026

Mürzbach, am 18. Februar 2026

Bericht an den Gemeinderat

Betreff: Begegnungszone Hauptplatz – Verordnung

Vorberatung im Verkehrsausschuss am 5. März 2026
Beschlussfassung im Gemeinderat am 19. März 2026 (öffentliche Sitzung)

Sachverhalt:
Der Hauptplatz soll eine Begegnungszone mit 20 km/h werden. Fußgänger dürfen die ganze Fahrbahn benützen.

Antrag:
Der Gemeinderat wolle die beiliegende Verordnung über die Begegnungszone Hauptplatz beschließen.

Beilagen:
1. Verordnungsentwurf
2. Verkehrszählung Hauptplatz 2025
"""

# 8. a Kreistag group's Anfrage for a named sitting and item
KREISTAG_ANFRAGE = """Kreis Nordmoor
Kreistagsfraktion BÜNDNIS 90/DIE GRÜNEN

Anfrage
zur Sitzung des Kreistages am 20.03.2026
Tagesordnungspunkt 12 – öffentlich

Betreff: Schulbusverkehr im ländlichen Raum

Sehr geehrter Herr Kreispräsident,

wir bitten um Beantwortung folgender Fragen:
1. Wie viele Schülerinnen und Schüler warten morgens länger als 20 Minuten auf den Unterricht?
2. Welche Linien sollen zum Schuljahr 2026/27 neu ausgeschrieben werden?

Mit freundlichen Grüßen
Hanna Petersen
Fraktionsvorsitzende
"""


def _value(card, field):
    """The card's ``field`` as written down; ``rows`` are the route's steps with their role, item and flag."""
    return read_field(card, field)


EXPECTED = [
    pytest.param(HESSIAN_NUMBERED_ROUTE, "rows", [
        ("Ortsbeirat Kirchborn", "2026-03-02", "Anhörung", None, None),
        ("Haupt- und Finanzausschuss", "2026-03-10", "Vorberatung", None, None),
        ("Stadtverordnetenversammlung", "2026-03-26", "Beschlussfassung", None, None),
    ], id="hessian-rows"),
    pytest.param(HESSIAN_NUMBERED_ROUTE, "public", None, id="hessian-public"),
    pytest.param(HESSIAN_NUMBERED_ROUTE, "agenda_item", None, id="hessian-item"),
    pytest.param(HESSIAN_NUMBERED_ROUTE, "attachments", [
        "Lageplan der Brücke", "Kostenberechnung des Ingenieurbüros",
    ], id="hessian-attachments"),
    pytest.param(SAXON_ALLRIS, "rows", [
        ("Ausschuss für Stadtentwicklung", "2026-02-10", "Vorberatung", None, True),
        ("Verwaltungsausschuss", "2026-02-17", "Vorberatung", None, False),
        ("Stadtrat", "2026-03-05", "Entscheidung", None, True),
    ], id="saxon-rows"),
    pytest.param(SAXON_ALLRIS, "public", True, id="saxon-public"),
    pytest.param(SAXON_ALLRIS, "attachments", [
        "Radverkehrskonzept 2026 (Entwurf)", "Ergebnisse der Online-Beteiligung",
    ], id="saxon-attachments"),
    pytest.param(MODERNGOV_ISSUE_HISTORY, "rows", [
        ("Planning Policy Overview and Scrutiny Committee", "2026-02-12", None, "7", None),
        ("Cabinet", "2026-03-03", None, "12", None),
    ], id="moderngov-rows"),
    pytest.param(MODERNGOV_ISSUE_HISTORY, "public", None, id="moderngov-public"),
    pytest.param(NORWEGIAN_STYLE_SAGSGANG, "rows", [
        ("Udvalget for Teknik og Miljø", "2026-02-16", None, "5", True),
        ("Økonomiudvalget", "2026-02-24", None, "11", True),
        ("Byrådet", "2026-03-04", None, "8", True),
    ], id="sagsgang-rows"),
    pytest.param(NORWEGIAN_STYLE_SAGSGANG, "public", True, id="sagsgang-public"),
    pytest.param(NORWEGIAN_STYLE_SAGSGANG, "attachments", [
        "Udbudsmateriale for vintertjeneste", "Kort over ruter i klasse 1 og 2",
    ], id="sagsgang-attachments"),
    pytest.param(DANISH_CLOSED_ITEM, "consultations", [
        ("Byrådet", "2026-03-25"), ("Økonomiudvalget", "2026-03-11"),
    ], id="closed-consultations"),
    pytest.param(DANISH_CLOSED_ITEM, "agenda_item", "14", id="closed-item"),
    pytest.param(DANISH_CLOSED_ITEM, "public", False, id="closed-public"),
    pytest.param(DANISH_CLOSED_ITEM, "attachments", [
        "Tilstandsrapport for Møllevej 4", "Udkast til købsaftale",
    ], id="closed-attachments"),
    pytest.param(ENGLISH_DECISION_NOTICE, "consultations", [
        ("Cabinet", "2026-03-04"), ("Economy and Environment Scrutiny Panel", "2026-02-19"),
    ], id="notice-consultations"),
    pytest.param(ENGLISH_DECISION_NOTICE, "agenda_item", "9", id="notice-item"),
    pytest.param(ENGLISH_DECISION_NOTICE, "public", True, id="notice-public"),
    pytest.param(AUSTRIAN_BERICHT, "consultations", [
        ("Gemeinderat", "2026-03-19"), ("Verkehrsausschuss", "2026-03-05"),
    ], id="austrian-consultations"),
    pytest.param(AUSTRIAN_BERICHT, "public", True, id="austrian-public"),
    pytest.param(AUSTRIAN_BERICHT, "attachments", [
        "Verordnungsentwurf", "Verkehrszählung Hauptplatz 2025",
    ], id="austrian-attachments"),
    pytest.param(KREISTAG_ANFRAGE, "consultations", OneOf(
        [("Kreistag", "2026-03-20")], [("Kreistag Nordmoor", "2026-03-20")],
    ), id="anfrage-consultations"),
    pytest.param(KREISTAG_ANFRAGE, "agenda_item", "12", id="anfrage-item"),
    pytest.param(KREISTAG_ANFRAGE, "public", True, id="anfrage-public"),
    pytest.param(KREISTAG_ANFRAGE, "attachments", [], id="anfrage-attachments"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_fifteenth_round_layout_gives_the_route_item_flag_and_attachments_a_reader_would_write_down(
    text, field, expected
):
    assert fold(_value(analyse(text), field)) in accepted(expected)
