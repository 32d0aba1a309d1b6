"""Papers of an eighteenth round, written for these tests: routes, agenda items, public flags and attachment lists.

Eight short papers in layouts and genres no earlier round used, with invented places and wording of their own: a
PrimeGov staff report of a US city ("Meeting Date: 04/14/2026", "Item #: 7.C", a "History" table of earlier
actions, "ATTACHMENTS:" with file kinds), an eSCRIBE report of a Canadian regional district (weekday-first meeting
day, "Item 6.2", "will be forwarded to the Regional Board at its meeting of …", "Attachment 1:"), a CivicClerk
agenda item summary of a US county board ("Meeting Date: 5/12/2026", "Agenda Item No. 12", an advisory board that
"reviewed … on 4/21/2026", "Supporting Documents"), a Berlin Bezirksverordnetenversammlung's Vorlage with a
"Beratungsfolge" table of day, body (BVV and its committees), Drucksache and result, a Danish lokaludvalg's
agenda item with a "Sagsforløb" of numeric days and a "Vedlagte bilag" list, a Swiss Grosser Gemeinderat's
"Geschäftsverlauf" table with unpadded days, a London borough cabinet report with a "Decision path" of lines and an
"Open / Exempt" flag and an "Enclosures" list, and an Irish city council's chief executive's report whose route is
told in prose with ordinal days and whose annexes carry Roman numerals. Their values were written down and
committed before the papers were first read (`bench/results/cards_heldout.md`, eighteenth round). Left out as
ambiguous: whether the sitting that referred a motion to a committee is a step of the route (both readings
accepted).
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field

# 1. a PrimeGov staff report of a US city: item number, history table, attachments with their file kinds
PRIMEGOV_STAFF_REPORT = """CITY OF CEDAR HOLLOW
STAFF REPORT

Meeting: City Council Regular Meeting
Meeting Date: 04/14/2026
Item #: 7.C
Agenda Section: Consent Calendar
Department: Community Development
Prepared by: Lena Ortiz, Associate Planner

SUBJECT: Final Map for Tract 8841 (Willow Bend Subdivision)

RECOMMENDATION
Staff recommends that the City Council approve the Final Map for Tract 8841 and authorize the City Clerk to sign it.

HISTORY
Date          Body                     Action
03/10/2026    Planning Commission      Recommended approval (5-0)
04/14/2026    City Council             Scheduled

BACKGROUND
The tentative map was approved in 2024. The developer has met every condition of approval.

ATTACHMENTS:
1. Final Map Tract 8841 (PDF)
2. Conditions of Approval Checklist (PDF)
"""

# 2. an eSCRIBE report of a Canadian regional district: weekday-first day, item number, the board ahead
ESCRIBE_REGIONAL_DISTRICT = """Kettle Ridge Regional District
REPORT

To:             Chair and Directors, Electoral Area Services Committee
Meeting Date:   Tuesday, March 3, 2026
Item:           6.2
From:           Manager of Parks
Subject:        Trail Maintenance Contribution Service Review

RECOMMENDATION
THAT the Electoral Area Services Committee recommend to the Regional Board that the trail maintenance
contribution be raised to $45,000 for 2026.

BACKGROUND
The contribution was set in 2019 and no longer covers the cost of clearing the Ridge Loop trails.

NEXT STEPS
Should the Committee endorse the recommendation, it will be forwarded to the Regional Board at its meeting of
March 19, 2026.

Attachment 1: Trail Inventory 2025
Attachment 2: Cost Estimate for Trail Clearing
"""

# 3. a CivicClerk agenda item summary of a US county board: US month-first days, an advisory board before it
CIVICCLERK_COUNTY_BOARD = """Pinecrest County
Board of Supervisors
AGENDA ITEM SUMMARY

Meeting Date: 5/12/2026
Agenda Item No. 12
Agenda Section: Public Hearings
Department: Parks and Recreation

Title: Ordinance amending the county park hours and fees

Summary:
The ordinance sets closing hours for the county's twelve parks and updates shelter rental fees. The Parks and
Recreation Advisory Board reviewed the draft ordinance on 4/21/2026 and voted 6-0 to recommend it to the Board.

Fiscal Impact: Shelter fees are expected to raise $18,000 a year.

Supporting Documents:
Exhibit 1 – Draft Ordinance 2026-07
Exhibit 2 – Fee Schedule Comparison
"""

# 4. a Berlin Bezirksverordnetenversammlung's Vorlage: "Beratungsfolge" table with day first and Drucksache numbers
BERLIN_BVV_BERATUNGSFOLGE = """Bezirksverordnetenversammlung Wendenhain von Berlin
Drucksache - IX/0412 -

Vorlage zur Beschlussfassung
Ursprung: Fraktion der Grünen

Betreff: Mehr Sitzbänke entlang der Uferpromenade

Beratungsfolge:
Datum         Gremium                                                    Drucksache    Ergebnis
18.02.2026    BVV Wendenhain                                             IX/0412       überwiesen
04.03.2026    Ausschuss für Stadtentwicklung, Straßen und Grünflächen    IX/0412-1     Beschlussempfehlung
25.03.2026    BVV Wendenhain                                             IX/0412-1     beschlossen

Die Bezirksverordnetenversammlung möge beschließen:
Das Bezirksamt wird ersucht, entlang der Uferpromenade bis Ende 2026 zwölf weitere Sitzbänke aufzustellen.

Begründung:
Auf dem 1,8 km langen Weg stehen derzeit nur vier Bänke. Ältere Menschen haben um Abhilfe gebeten.

Anlage(n):
- Lageplan der vorgeschlagenen Standorte
- Stellungnahme des Straßen- und Grünflächenamtes
"""

# 5. a Danish lokaludvalg's agenda item: open item, a "Sagsforløb" with numeric days, "Vedlagte bilag"
DANISH_LOKALUDVALG_SAGSFORLOEB = """Sølvbæk Lokaludvalg
Dagsorden for ordinært møde den 14. april 2026

Punkt 4 (åbent): Høring om trafiksikring af Kildevej

Indstilling
Sekretariatet indstiller, at lokaludvalget afgiver høringssvar på baggrund af drøftelsen.

Sagsforløb
2.2.2026    Teknik- og Miljøudvalget sender forslaget i høring
14.4.2026   Sølvbæk Lokaludvalg afgiver høringssvar
11.5.2026   Teknik- og Miljøudvalget træffer endelig beslutning

Problemstilling
Forvaltningen foreslår vejbump og en hævet flade ved skolen. Høringsfristen er den 20. april 2026.

Vedlagte bilag:
a) Skitse af hævet flade ved Kildevej Skole
b) Trafiktælling 2025
"""

# 6. a Swiss Grosser Gemeinderat's report: "Geschäftsverlauf" table with unpadded days, Traktandum number
SWISS_GESCHAEFTSVERLAUF = """Einwohnergemeinde Ahornegg
Grosser Gemeinderat

Sitzung vom 26.3.2026
Traktandum Nr. 9
Geschäft 2026.GGR.011

Postulat Meier/Brunner: Sichere Velowege zu den Schulhäusern; Bericht des Gemeinderates

Geschäftsverlauf
Datum       Organ                              Vorgang
15.1.2026   Grosser Gemeinderat                Überweisung des Postulats
3.3.2026    Sachkommission Sicherheit und Verkehr   Vorberatung
26.3.2026   Grosser Gemeinderat                Abschreibung

Der Gemeinderat hat die Schulwege geprüft und schlägt an drei Stellen neue Velostreifen vor. Er beantragt, das
Postulat als erfüllt abzuschreiben.

Beilagen
– Plan der Schulwege mit Massnahmen
– Kostenschätzung Velostreifen
"""

# 7. a London borough's cabinet report: "Decision path" lines, "Open / Exempt", "Enclosures"
LONDON_BOROUGH_DECISION_PATH = """London Borough of Fennick

Report to: Cabinet
Date of meeting: 17 February 2026
Agenda item: 11
Report of: Director of Housing
Open / Exempt: Open
Key decision: Yes
Wards affected: All

Title: Temporary Accommodation Procurement Strategy 2026-2029

Decision path:
Housing and Regeneration Scrutiny Panel (pre-decision scrutiny) – 27 January 2026
Cabinet – 17 February 2026

1. Summary
1.1 The strategy sets out how the Council will secure self-contained temporary homes and reduce the use of hotels.

2. Recommendations
2.1 That Cabinet approves the strategy at Enclosure 1.

Enclosures:
Enclosure 1 – Temporary Accommodation Procurement Strategy 2026-2029
Enclosure 2 – Equality Impact Assessment
"""

# 8. an Irish city council's chief executive's report: the route in prose with ordinal days, Roman-numbered annexes
IRISH_CITY_CHIEF_EXECUTIVES_REPORT = """Comhairle Cathrach Dhún Ríona
Dunrinna City Council

Report No. 88/2026
Report of the Chief Executive

Draft Litter Management Plan 2026-2029

This report was considered by the Environment and Climate Action Strategic Policy Committee at its meeting on 3rd
March 2026 and is now submitted to the City Council for adoption at its meeting on Monday, 13th April 2026.

The draft plan was on public display for six weeks and 41 submissions were received. The main changes since the
draft are set out in Annex II.

Annexes:
Annex I – Draft Litter Management Plan 2026-2029
Annex II – Chief Executive's Report on Submissions Received

Mary Keane
Chief Executive
"""


EXPECTED = [
    pytest.param(PRIMEGOV_STAFF_REPORT, "consultations", [
        ("City Council", "2026-04-14"), ("Planning Commission", "2026-03-10"),
    ], id="primegov-consultations"),
    pytest.param(PRIMEGOV_STAFF_REPORT, "agenda_item", "7.C", id="primegov-item"),
    pytest.param(PRIMEGOV_STAFF_REPORT, "public", None, id="primegov-public"),
    pytest.param(PRIMEGOV_STAFF_REPORT, "attachments", [
        "Final Map Tract 8841", "Conditions of Approval Checklist",
    ], id="primegov-attachments"),
    pytest.param(ESCRIBE_REGIONAL_DISTRICT, "consultations", [
        ("Electoral Area Services Committee", "2026-03-03"), ("Regional Board", "2026-03-19"),
    ], id="escribe-consultations"),
    pytest.param(ESCRIBE_REGIONAL_DISTRICT, "agenda_item", "6.2", id="escribe-item"),
    pytest.param(ESCRIBE_REGIONAL_DISTRICT, "public", None, id="escribe-public"),
    pytest.param(ESCRIBE_REGIONAL_DISTRICT, "attachments", [
        "Trail Inventory 2025", "Cost Estimate for Trail Clearing",
    ], id="escribe-attachments"),
    pytest.param(CIVICCLERK_COUNTY_BOARD, "consultations", [
        ("Board of Supervisors", "2026-05-12"), ("Parks and Recreation Advisory Board", "2026-04-21"),
    ], id="civicclerk-consultations"),
    pytest.param(CIVICCLERK_COUNTY_BOARD, "agenda_item", "12", id="civicclerk-item"),
    pytest.param(CIVICCLERK_COUNTY_BOARD, "public", None, id="civicclerk-public"),
    pytest.param(CIVICCLERK_COUNTY_BOARD, "attachments", [
        "Draft Ordinance 2026-07", "Fee Schedule Comparison",
    ], id="civicclerk-attachments"),
    pytest.param(BERLIN_BVV_BERATUNGSFOLGE, "consultations", OneOf(
        [
            ("Ausschuss für Stadtentwicklung, Straßen und Grünflächen", "2026-03-04"),
            ("BVV Wendenhain", "2026-02-18"), ("BVV Wendenhain", "2026-03-25"),
        ],
        [
            ("Ausschuss für Stadtentwicklung, Straßen und Grünflächen", "2026-03-04"),
            ("BVV Wendenhain", "2026-03-25"),
        ],
        [
            ("Ausschuss für Stadtentwicklung, Straßen und Grünflächen", "2026-03-04"),
            ("BVV", "2026-02-18"), ("BVV", "2026-03-25"),
        ],
        [
            ("Ausschuss für Stadtentwicklung, Straßen und Grünflächen", "2026-03-04"),
            ("Bezirksverordnetenversammlung", "2026-02-18"), ("Bezirksverordnetenversammlung", "2026-03-25"),
        ],
    ), id="bvv-consultations"),
    pytest.param(BERLIN_BVV_BERATUNGSFOLGE, "agenda_item", None, id="bvv-item"),
    pytest.param(BERLIN_BVV_BERATUNGSFOLGE, "public", None, id="bvv-public"),
    pytest.param(BERLIN_BVV_BERATUNGSFOLGE, "attachments", [
        "Lageplan der vorgeschlagenen Standorte", "Stellungnahme des Straßen- und Grünflächenamtes",
    ], id="bvv-attachments"),
    pytest.param(DANISH_LOKALUDVALG_SAGSFORLOEB, "consultations", OneOf(
        [
            ("Sølvbæk Lokaludvalg", "2026-04-14"), ("Teknik- og Miljøudvalget", "2026-02-02"),
            ("Teknik- og Miljøudvalget", "2026-05-11"),
        ],
        [
            ("Lokaludvalget", "2026-04-14"), ("Teknik- og Miljøudvalget", "2026-02-02"),
            ("Teknik- og Miljøudvalget", "2026-05-11"),
        ],
    ), id="lokaludvalg-consultations"),
    pytest.param(DANISH_LOKALUDVALG_SAGSFORLOEB, "agenda_item", "4", id="lokaludvalg-item"),
    pytest.param(DANISH_LOKALUDVALG_SAGSFORLOEB, "public", True, id="lokaludvalg-public"),
    pytest.param(DANISH_LOKALUDVALG_SAGSFORLOEB, "attachments", [
        "Skitse af hævet flade ved Kildevej Skole", "Trafiktælling 2025",
    ], id="lokaludvalg-attachments"),
    pytest.param(SWISS_GESCHAEFTSVERLAUF, "consultations", OneOf(
        [
            ("Grosser Gemeinderat", "2026-01-15"), ("Grosser Gemeinderat", "2026-03-26"),
            ("Sachkommission Sicherheit und Verkehr", "2026-03-03"),
        ],
        [
            ("Grosser Gemeinderat", "2026-03-26"), ("Sachkommission Sicherheit und Verkehr", "2026-03-03"),
        ],
    ), id="geschaeftsverlauf-consultations"),
    pytest.param(SWISS_GESCHAEFTSVERLAUF, "agenda_item", "9", id="geschaeftsverlauf-item"),
    pytest.param(SWISS_GESCHAEFTSVERLAUF, "public", None, id="geschaeftsverlauf-public"),
    pytest.param(SWISS_GESCHAEFTSVERLAUF, "attachments", [
        "Plan der Schulwege mit Massnahmen", "Kostenschätzung Velostreifen",
    ], id="geschaeftsverlauf-attachments"),
    pytest.param(LONDON_BOROUGH_DECISION_PATH, "consultations", [
        ("Cabinet", "2026-02-17"), ("Housing and Regeneration Scrutiny Panel", "2026-01-27"),
    ], id="london-consultations"),
    pytest.param(LONDON_BOROUGH_DECISION_PATH, "agenda_item", "11", id="london-item"),
    pytest.param(LONDON_BOROUGH_DECISION_PATH, "public", True, id="london-public"),
    pytest.param(LONDON_BOROUGH_DECISION_PATH, "attachments", [
        "Temporary Accommodation Procurement Strategy 2026-2029", "Equality Impact Assessment",
    ], id="london-attachments"),
    pytest.param(IRISH_CITY_CHIEF_EXECUTIVES_REPORT, "consultations", [
        ("City Council", "2026-04-13"), ("Environment and Climate Action Strategic Policy Committee", "2026-03-03"),
    ], id="irish-consultations"),
    pytest.param(IRISH_CITY_CHIEF_EXECUTIVES_REPORT, "agenda_item", None, id="irish-item"),
    pytest.param(IRISH_CITY_CHIEF_EXECUTIVES_REPORT, "public", None, id="irish-public"),
    pytest.param(IRISH_CITY_CHIEF_EXECUTIVES_REPORT, "attachments", [
        "Draft Litter Management Plan 2026-2029", "Chief Executive's Report on Submissions Received",
    ], id="irish-attachments"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_an_eighteenth_round_layout_gives_the_route_item_flag_and_attachments_a_reader_would_write_down(
    text, field, expected
):
    assert fold(read_field(analyse(text), field)) in accepted(expected)
