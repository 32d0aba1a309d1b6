"""Papers in layouts of a fifteenth round, written for these tests, read as a reader would (head fields).

Eight papers of council systems and genres no earlier round used (a Saxon Große Kreisstadt's Informationsvorlage
with "Federführendes Amt", a Hessian Magistrat's Magistratsvorlage to the Stadtverordnetenversammlung with a
Fachdienst, a Danish kommune's høringsbrev of a local plan with its unit over "Sags-id", an Irish county council's
report to a Municipal District "by" an engineer of a section, a Scottish council's committee minute, a Welsh county
council's cabinet decision notice, a Bavarian Landratsamt's Sitzungsvorlage for the Kreistag with a Sachgebiet, a
Schleswig-Holstein council group's Anfrage as ALLRIS prints it, the town named in its footer), with invented places
and wording of their own. Their cards (kind, title, municipality, author unit) were written down and committed before
the papers were first read (`bench/results/cards_heldout.md`, fifteenth round, head fields). Where a reader could
write a value two ways, each reader's value is accepted (``OneOf``); values a reader could not settle are left out;
where a reader finds no value, the card must not invent one.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Saxon Große Kreisstadt's Informationsvorlage (SessionNet print), the office under "Federführendes Amt"
SAXON_INFORMATIONSVORLAGE = """Große Kreisstadt Wendelsbach
Der Oberbürgermeister

Informationsvorlage
Vorlagen-Nr.: IV/0412/2025
Datum: 12.11.2025
Federführendes Amt: Amt für Schulen und Sport
Beteiligte Ämter: Kämmerei

Beratungsfolge:
Ausschuss für Bildung und Soziales	03.12.2025	Kenntnisnahme

Betreff:
Schulnetzplanung 2026 bis 2031 – Stand der Fortschreibung

Sachverhalt:
Die Fortschreibung des Schulnetzplans wurde im Frühjahr begonnen. Bis Ende Januar werden die Schülerzahlen der
Grundschulen Nord und Am Lindenhof neu berechnet; danach folgt die Abstimmung mit dem Landesamt für Schule.
Ein Beschluss ist in dieser Sitzung nicht erforderlich.
"""

# 2. a Hessian Magistrat's Magistratsvorlage to the Stadtverordnetenversammlung, the Fachdienst under the Magistrat
HESSIAN_MAGISTRATSVORLAGE = """Magistrat der Stadt Lorsbach
Fachdienst 61 – Stadtplanung und Umwelt

Magistratsvorlage                                  Drucksache Nr. 2025/0187
                                                   Lorsbach, 20.10.2025

an die Stadtverordnetenversammlung
über den Haupt- und Finanzausschuss

Erweiterung des Parkhauses am Bahnhof – Planungskosten

Beschlussvorschlag:
Die Stadtverordnetenversammlung bewilligt für die Planung der Erweiterung des Parkhauses am Bahnhof
außerplanmäßig 180.000 Euro.

Begründung:
Das Parkhaus ist an Werktagen vor 8 Uhr voll belegt. Eine Erweiterung um zwei Parkdecks schafft 240 Plätze.

gez. Kerstin Albers
Bürgermeisterin
"""

# 3. a Danish kommune's høringsbrev of a local plan to its hearing parties, the unit over "Sags-id"
DANISH_HOERINGSBREV = """Høringsparter ifølge vedlagte liste

Teknik og Miljø
Plan og Byggeri
Sags-id: 01.02.05-P16-3-25
Kontakt: Mette Rask Holm
Direkte tlf.: 72 36 41 18
E-mail: mrh@lindbjerg.dk
Dato: 3. december 2025

Høring over forslag til lokalplan 1.57 for boliger ved Skovbrynet

Lindbjerg Kommune sender hermed forslag til lokalplan 1.57 i offentlig høring. Planen giver mulighed for
op til 36 rækkehuse på den tidligere planteskole ved Skovbrynet.

Bemærkninger skal være kommunen i hænde senest den 28. januar 2026.

Med venlig hilsen

Mette Rask Holm
Planlægger
"""

# 4. an Irish county council's report to the members of a Municipal District, bilingual letterhead
IRISH_DISTRICT_REPORT = """Comhairle Contae Bhaile an Droma
Ballydrum County Council

Report to the Members of the Glenmore Municipal District
Meeting: 9 December 2025

Report by: Senior Engineer, Roads and Transportation
Subject: Proposed Speed Limit Review – Regional Roads R712 and R715

1. Introduction
The Council reviews the special speed limits on regional roads every five years. A draft review of the R712
and R715 has been prepared after counts at eleven locations.

2. Recommendation
That the Members note the draft review, which will go on public display in January 2026.

Orla Keating
Senior Engineer
"""

# 5. a Scottish council's minute of a committee meeting (CMIS print)
SCOTTISH_MINUTE = """STRATHLACHAN COUNCIL

MINUTE of MEETING of the EDUCATION AND FAMILIES COMMITTEE held in the Council Chamber, Council
Headquarters, Kilbride Road, Dunmore on Tuesday 18 November 2025 at 10.00 am.

Present: Councillors Fiona Baird (Chair), Alasdair Munro, Kirsty Paterson and Gordon Shaw.

In attendance: Executive Director of Education and Families; Head of Schools; Committee Officer.

Apologies: Councillor Ross Nicol.

1. DECLARATIONS OF INTEREST
There were no declarations of interest.

2. SCHOOL ESTATE STRATEGY 2026-2036
There was submitted a report by the Executive Director of Education and Families on the draft School Estate
Strategy 2026-2036.
Decision
The Committee agreed to consult parents on the draft strategy until 27 February 2026.
"""

# 6. a Welsh county council's cabinet decision notice, the council named in Welsh and English
WELSH_DECISION_NOTICE = """Cyngor Sir Penwyn
Penwyn County Council

CABINET DECISION NOTICE

Decision number: CAB/2025/44
Date of decision: 25 November 2025
Portfolio: Cabinet Member for Highways and Transport
Report of: Head of Highways and Fleet

Subject: Winter Maintenance Plan 2025-26

Decision:
Cabinet approved the Winter Maintenance Plan 2025-26, including the gritting of 42 per cent of the county's
road network on priority routes.

Reasons for the decision:
The plan keeps the priority network open during frost and snow.

Call-in period ends: 3 December 2025
"""

# 7. a Bavarian Landratsamt's Sitzungsvorlage for the Kreistag (regisafe print), the Sachgebiet under the office
BAVARIAN_KREISTAG_VORLAGE = """Landratsamt Hohenbruck
Sachgebiet 23 – Öffentliche Sicherheit und Ordnung

Sitzungsvorlage
Vorlage Nr.: 2025/KT/071
Sachbearbeiter: Florian Brandl
Datum: 24.11.2025

Gremium	Sitzung am	Zuständigkeit
Ausschuss für Umwelt und Sicherheit	08.12.2025	Vorberatung
Kreistag	15.12.2025	Entscheidung

Betreff: Beschaffung von zwei Hochwasserschutzanhängern für den Katastrophenschutz

Sachverhalt:
Der Landkreis Hohenbruck hält für den Katastrophenschutz bisher einen Anhänger mit mobilen Deichelementen vor.
Beim Hochwasser im Juni reichte dieser nicht aus.

Beschlussvorschlag:
Der Kreistag beschließt die Beschaffung von zwei Hochwasserschutzanhängern zum Preis von zusammen 96.000 Euro.
"""

# 8. a Schleswig-Holstein council group's Anfrage as ALLRIS prints it; the town is named in the footer only
ALLRIS_ANFRAGE = """Anfrage
Drucksache: AF/0093/2025
Status: öffentlich
Datum: 27.11.2025
Einreicher: SSW-Ratsfraktion

Beratungsfolge:
Bau- und Umweltausschuss	11.12.2025	Beantwortung

Betreff:
Sanierungsstau an den Grundschulen

Die SSW-Ratsfraktion bittet um die Beantwortung folgender Fragen:
1. Welche Sanierungsmaßnahmen an den drei Grundschulen wurden seit 2020 zurückgestellt?
2. Welche Kosten sind dafür im Haushalt 2026 vorgesehen?

Stadt Nortorpe · Rathausmarkt 2 · 24599 Nortorpe · www.nortorpe.de
"""


EXPECTED = [
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'kind', 'notice', id='saxon_vorlage-kind'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'title', 'Schulnetzplanung 2026 bis 2031 – Stand der Fortschreibung', id='saxon_vorlage-title'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'municipality', OneOf('Große Kreisstadt Wendelsbach', 'Stadt Wendelsbach'), id='saxon_vorlage-municipality'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'author_unit', 'Amt für Schulen und Sport', id='saxon_vorlage-author_unit'),
    pytest.param(HESSIAN_MAGISTRATSVORLAGE, 'kind', 'proposal', id='hessian_vorlage-kind'),
    pytest.param(HESSIAN_MAGISTRATSVORLAGE, 'title', 'Erweiterung des Parkhauses am Bahnhof – Planungskosten', id='hessian_vorlage-title'),
    pytest.param(HESSIAN_MAGISTRATSVORLAGE, 'municipality', 'Stadt Lorsbach', id='hessian_vorlage-municipality'),
    pytest.param(HESSIAN_MAGISTRATSVORLAGE, 'author_unit', OneOf('Fachdienst 61 – Stadtplanung und Umwelt', 'Stadtplanung und Umwelt', 'Fachdienst 61'), id='hessian_vorlage-author_unit'),
    pytest.param(DANISH_HOERINGSBREV, 'kind', 'hearing', id='danish_hoering-kind'),
    pytest.param(DANISH_HOERINGSBREV, 'title', 'Høring over forslag til lokalplan 1.57 for boliger ved Skovbrynet', id='danish_hoering-title'),
    pytest.param(DANISH_HOERINGSBREV, 'municipality', 'Lindbjerg Kommune', id='danish_hoering-municipality'),
    pytest.param(DANISH_HOERINGSBREV, 'author_unit', OneOf('Plan og Byggeri', 'Teknik og Miljø', 'Teknik og Miljø, Plan og Byggeri'), id='danish_hoering-author_unit'),
    pytest.param(IRISH_DISTRICT_REPORT, 'kind', OneOf('notice', 'proposal'), id='irish_report-kind'),
    pytest.param(IRISH_DISTRICT_REPORT, 'title', 'Proposed Speed Limit Review – Regional Roads R712 and R715', id='irish_report-title'),
    pytest.param(IRISH_DISTRICT_REPORT, 'municipality', 'Ballydrum County Council', id='irish_report-municipality'),
    pytest.param(IRISH_DISTRICT_REPORT, 'author_unit', OneOf('Roads and Transportation', 'Senior Engineer, Roads and Transportation'), id='irish_report-author_unit'),
    pytest.param(SCOTTISH_MINUTE, 'kind', 'minutes', id='scottish_minute-kind'),
    pytest.param(SCOTTISH_MINUTE, 'municipality', 'Strathlachan Council', id='scottish_minute-municipality'),
    pytest.param(SCOTTISH_MINUTE, 'author_unit', None, id='scottish_minute-author_unit'),
    pytest.param(WELSH_DECISION_NOTICE, 'title', 'Winter Maintenance Plan 2025-26', id='welsh_notice-title'),
    pytest.param(WELSH_DECISION_NOTICE, 'municipality', 'Penwyn County Council', id='welsh_notice-municipality'),
    pytest.param(WELSH_DECISION_NOTICE, 'author_unit', OneOf('Head of Highways and Fleet', 'Highways and Fleet'), id='welsh_notice-author_unit'),
    pytest.param(BAVARIAN_KREISTAG_VORLAGE, 'kind', 'proposal', id='bavarian_vorlage-kind'),
    pytest.param(BAVARIAN_KREISTAG_VORLAGE, 'title', 'Beschaffung von zwei Hochwasserschutzanhängern für den Katastrophenschutz', id='bavarian_vorlage-title'),
    pytest.param(BAVARIAN_KREISTAG_VORLAGE, 'municipality', OneOf('Landkreis Hohenbruck', 'Landratsamt Hohenbruck'), id='bavarian_vorlage-municipality'),
    pytest.param(BAVARIAN_KREISTAG_VORLAGE, 'author_unit', OneOf('Sachgebiet 23 – Öffentliche Sicherheit und Ordnung', 'Öffentliche Sicherheit und Ordnung', 'Sachgebiet 23'), id='bavarian_vorlage-author_unit'),
    pytest.param(ALLRIS_ANFRAGE, 'kind', 'motion', id='allris_anfrage-kind'),
    pytest.param(ALLRIS_ANFRAGE, 'title', 'Sanierungsstau an den Grundschulen', id='allris_anfrage-title'),
    pytest.param(ALLRIS_ANFRAGE, 'municipality', 'Stadt Nortorpe', id='allris_anfrage-municipality'),
    pytest.param(ALLRIS_ANFRAGE, 'author_unit', 'SSW-Ratsfraktion', id='allris_anfrage-author_unit'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_fifteenth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)
