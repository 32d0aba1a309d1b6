"""Papers in layouts of a thirteenth round, written for these tests, read as a reader would.

Nine papers of council systems and genres no earlier round used (a Danish Kommunalbestyrelse's sagsfremstilling
with "Sagsbehandler" and the council named only in a running sentence, a German Ortsbeirat's Anfrage with the
administration's answer, a Schleswig-Holstein Amt's Sitzungsvorlage for one of its Gemeinden, a Bavarian Markt's
Sachvortrag to its Marktgemeinderat, a Scottish council's committee report "by the Executive Director", a Welsh
county's "Report of the Head of …", a New Zealand district council's report with "Author" and "Authoriser", a
Canadian town's Staff Report with "Prepared by" and "Reviewed by", an English town council's Clerk's report), with
invented places and wording of their own. Their cards were written down and committed before the papers were first
read (`bench/results/cards_heldout.md`, thirteenth round). Where a reader could write a value two ways, each
reader's value is accepted (``OneOf``); values a reader could not settle are left out.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Danish sagsfremstilling for the Kommunalbestyrelse; the municipality is named only in running sentences
SAGSFREMSTILLING = """Åben sag

Kommunalbestyrelsen, 27. november 2025

Punkt 14. Salg af byggegrund på Møllevej 12

Sagsnr.: 25/31877
Sagsbehandler: Mette Kjær
Forvaltning: Teknik og Miljø

Resumé
Kommunen ejer en ubebygget grund på Møllevej 12. Grunden har været udbudt i offentligt udbud, og der er
modtaget tre bud.

Sagsfremstilling
Kommunalbestyrelsen i Rødby Kommune besluttede den 28. august 2025 at sætte grunden til salg. Det højeste bud
er på 1,85 mio. kr. ekskl. moms.

Indstilling
Teknik og Miljø indstiller, at Kommunalbestyrelsen godkender salget af Møllevej 12 til højestbydende.

Beslutning i Økonomiudvalget den 18. november 2025
Anbefales.
"""

# 2. a German Ortsbeirat's Anfrage with the Verwaltung's answer below it
ORTSBEIRAT_ANFRAGE = """Stadt Wendelstein am Main
Ortsbeirat 4 – Nordend

Anfrage

Vorlage Nr.: OF 1123/4
Datum: 03.11.2025

Antragsteller: SPD-Fraktion im Ortsbeirat 4

Betreff: Fehlende Beleuchtung am Fußweg zwischen Lessingstraße und Parkfriedhof

Der Ortsbeirat bittet den Magistrat um Auskunft:
1. Seit wann ist die Beleuchtung des Fußwegs ausgefallen?
2. Wann wird sie instand gesetzt?

Begründung:
Der Weg wird im Winter von vielen Schülerinnen und Schülern genutzt.

Sabine Roth
Fraktionsvorsitzende

Antwort der Verwaltung
Amt für Straßenbau und Erschließung
Die Leuchten wurden am 20. Oktober 2025 durch einen Kabelschaden außer Betrieb gesetzt. Die Reparatur ist für
die 47. Kalenderwoche vorgesehen.
"""

# 3. a Schleswig-Holstein Amt's Sitzungsvorlage for one of its Gemeinden, written by a Fachbereich of the Amt
AMT_SITZUNGSVORLAGE = """Amt Hohenwiek
Der Amtsdirektor

Sitzungsvorlage
Gemeinde Tarpholm

Vorlage-Nr.: GV/0412/2025
Fachbereich: Bauen und Umwelt
Sachbearbeiter/in: Jan Petersen
Datum: 22.10.2025

Beratungsfolge:
Bau- und Wegeausschuss der Gemeinde Tarpholm (Vorberatung)
Gemeindevertretung Tarpholm (Entscheidung)

Aufstellung des Bebauungsplans Nr. 9 „Am Mühlenteich“ – Aufstellungsbeschluss

Sachverhalt:
Auf der Fläche östlich des Mühlenteichs soll Wohnbebauung für rund 30 Einfamilienhäuser entstehen.

Beschlussvorschlag:
Die Gemeindevertretung beschließt, den Bebauungsplan Nr. 9 „Am Mühlenteich“ aufzustellen.
"""

# 4. a Bavarian Markt's Sachvortrag to the Marktgemeinderat, signed by the first mayor
MARKT_SACHVORTRAG = """Markt Oberaching
Landkreis Rottal

Sitzung des Marktgemeinderates am 12.11.2025
öffentlich

TOP 5
Generalsanierung der Grundschule Oberaching; Vergabe der Zimmererarbeiten

Sachvortrag:
Für die Zimmererarbeiten wurden fünf Angebote abgegeben. Das wirtschaftlichste Angebot liegt mit 412.300 Euro
innerhalb der Kostenberechnung.

Beschlussvorschlag:
Der Marktgemeinderat vergibt die Zimmererarbeiten an den wirtschaftlichsten Bieter.

Oberaching, 04.11.2025

Thomas Huber
Erster Bürgermeister
"""

# 5. a Scottish council's committee report by an Executive Director
SCOTTISH_REPORT = """GLENLOCHY COUNCIL

Report to: Education, Children and Families Committee
Date: 25 November 2025
Report by: Executive Director of Education and Children's Services
Report No: ECF/41/25

Subject: Expansion of Early Learning and Childcare at Strathmore Primary School

1. Purpose
1.1 This report seeks approval to extend the nursery class at Strathmore Primary School by 24 places.

2. Recommendations
2.1 The Committee is asked to approve the extension of the nursery class from August 2026.

Fiona MacLeod
Executive Director of Education and Children's Services

Author: Gordon Reid, Service Manager (Early Years)
Email: gordon.reid@glenlochy.gov.uk
"""

# 6. a Welsh county council's report of a head of service to its Cabinet
WELSH_REPORT = """CYNGOR SIR TREFAELOG
TREFAELOG COUNTY COUNCIL

CABINET
10 December 2025

Report of the Head of Highways and Transport

Cabinet Member: Councillor Rhian Pritchard

Title: Winter Maintenance Plan 2025/26

Purpose of the report
To ask Cabinet to adopt the Winter Maintenance Plan for the coming season.

Recommendation
That Cabinet adopts the Winter Maintenance Plan 2025/26.

Contact Officer: Dafydd Evans
Telephone: 01970 633 421
"""

# 7. a New Zealand district council's report to the Council with Author and Authoriser
NZ_REPORT = """Report to Council

Meeting date: 19 November 2025
Title: Adoption of the Kowhai Reserve Management Plan
File reference: DOC/25/88123

Author: Hemi Walker, Parks Planner
Authoriser: Sarah Thompson, General Manager Community Services

Purpose
To adopt the Kowhai Reserve Management Plan following public consultation.

Recommendation
That the Council adopts the Kowhai Reserve Management Plan.

Rangitoto District Council
Private Bag 3002, Te Rapa 3240
"""

# 8. a Canadian town's Staff Report to the Council with Prepared by and Reviewed by
CANADIAN_STAFF_REPORT = """Town of Pinecrest
Staff Report

To: Mayor and Members of Council
From: Development Services
Meeting Date: November 17, 2025
Report No.: DS-2025-47

Subject: Zoning By-law Amendment – 210 Lakeshore Road

Recommendation
That Council approve the Zoning By-law Amendment for 210 Lakeshore Road as set out in this report.

Background
The owner applied to rezone the lands from Commercial to Residential Medium Density.

Prepared by: Amanda Chen, Senior Planner
Reviewed by: Robert Lévesque, Director of Development Services
"""

# 9. an English town council's Clerk's report to its Full Council
CLERKS_REPORT = """Ashbury Town Council
Town Hall, Market Place, Ashbury, SN17 4QT

FULL COUNCIL – 8 December 2025
Agenda Item 11

Clerk's Report: Replacement of the Christmas Lights

1. The town's Christmas lights are twelve years old and three strings failed in 2024.
2. Quotations have been obtained from two suppliers.

Recommendation: that Council accepts the lower quotation of £8,450.

Helen Brooks
Town Clerk
1 December 2025
"""


EXPECTED = [
    pytest.param(SAGSFREMSTILLING, 'kind', 'agenda_item', id='sagsfremstilling-kind'),
    pytest.param(SAGSFREMSTILLING, 'title', 'Salg af byggegrund på Møllevej 12', id='sagsfremstilling-title'),
    pytest.param(SAGSFREMSTILLING, 'municipality', 'Rødby Kommune', id='sagsfremstilling-municipality'),
    pytest.param(SAGSFREMSTILLING, 'case', '25/31877', id='sagsfremstilling-case'),
    pytest.param(SAGSFREMSTILLING, 'author_unit', 'Teknik og Miljø', id='sagsfremstilling-author_unit'),
    pytest.param(SAGSFREMSTILLING, 'case_handler', 'Mette Kjær', id='sagsfremstilling-case_handler'),
    pytest.param(SAGSFREMSTILLING, 'addressees', ['Kommunalbestyrelsen'], id='sagsfremstilling-addressees'),
    pytest.param(SAGSFREMSTILLING, 'agenda_item', '14', id='sagsfremstilling-agenda_item'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'kind', 'motion', id='ortsbeirat_anfrage-kind'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'title', 'Fehlende Beleuchtung am Fußweg zwischen Lessingstraße und Parkfriedhof', id='ortsbeirat_anfrage-title'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'municipality', 'Stadt Wendelstein am Main', id='ortsbeirat_anfrage-municipality'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'date', '2025-11-03', id='ortsbeirat_anfrage-date'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'paper', 'OF 1123/4', id='ortsbeirat_anfrage-paper'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'author_unit', OneOf('SPD-Fraktion im Ortsbeirat 4', 'SPD-Fraktion'), id='ortsbeirat_anfrage-author_unit'),
    pytest.param(ORTSBEIRAT_ANFRAGE, 'signatories', ['Sabine Roth'], id='ortsbeirat_anfrage-signatories'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'kind', 'proposal', id='amt_sitzungsvorlage-kind'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'title', OneOf('Aufstellung des Bebauungsplans Nr. 9 „Am Mühlenteich“ – Aufstellungsbeschluss', 'Aufstellung des Bebauungsplans Nr. 9 "Am Mühlenteich" – Aufstellungsbeschluss'), id='amt_sitzungsvorlage-title'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'municipality', OneOf('Gemeinde Tarpholm', 'Amt Hohenwiek'), id='amt_sitzungsvorlage-municipality'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'paper', 'GV/0412/2025', id='amt_sitzungsvorlage-paper'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'date', '2025-10-22', id='amt_sitzungsvorlage-date'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'author_unit', 'Bauen und Umwelt', id='amt_sitzungsvorlage-author_unit'),
    pytest.param(AMT_SITZUNGSVORLAGE, 'case_handler', 'Jan Petersen', id='amt_sitzungsvorlage-case_handler'),
    pytest.param(MARKT_SACHVORTRAG, 'kind', OneOf('agenda_item', 'proposal'), id='markt_sachvortrag-kind'),
    pytest.param(MARKT_SACHVORTRAG, 'title', 'Generalsanierung der Grundschule Oberaching; Vergabe der Zimmererarbeiten', id='markt_sachvortrag-title'),
    pytest.param(MARKT_SACHVORTRAG, 'municipality', 'Markt Oberaching', id='markt_sachvortrag-municipality'),
    pytest.param(MARKT_SACHVORTRAG, 'date', '2025-11-04', id='markt_sachvortrag-date'),
    pytest.param(MARKT_SACHVORTRAG, 'addressees', ['Marktgemeinderat'], id='markt_sachvortrag-addressees'),
    pytest.param(MARKT_SACHVORTRAG, 'public', True, id='markt_sachvortrag-public'),
    pytest.param(MARKT_SACHVORTRAG, 'agenda_item', '5', id='markt_sachvortrag-agenda_item'),
    pytest.param(MARKT_SACHVORTRAG, 'signatories', ['Thomas Huber'], id='markt_sachvortrag-signatories'),
    pytest.param(SCOTTISH_REPORT, 'kind', 'proposal', id='scottish_report-kind'),
    pytest.param(SCOTTISH_REPORT, 'title', 'Expansion of Early Learning and Childcare at Strathmore Primary School', id='scottish_report-title'),
    pytest.param(SCOTTISH_REPORT, 'municipality', 'Glenlochy Council', id='scottish_report-municipality'),
    pytest.param(SCOTTISH_REPORT, 'date', '2025-11-25', id='scottish_report-date'),
    pytest.param(SCOTTISH_REPORT, 'paper', 'ECF/41/25', id='scottish_report-paper'),
    pytest.param(SCOTTISH_REPORT, 'author_unit', OneOf('Education and Children\'s Services', 'Executive Director of Education and Children\'s Services'), id='scottish_report-author_unit'),
    pytest.param(SCOTTISH_REPORT, 'case_handler', 'Gordon Reid', id='scottish_report-case_handler'),
    pytest.param(SCOTTISH_REPORT, 'addressees', ['Education, Children and Families Committee'], id='scottish_report-addressees'),
    pytest.param(SCOTTISH_REPORT, 'signatories', ['Fiona MacLeod'], id='scottish_report-signatories'),
    pytest.param(WELSH_REPORT, 'kind', 'proposal', id='welsh_report-kind'),
    pytest.param(WELSH_REPORT, 'title', 'Winter Maintenance Plan 2025/26', id='welsh_report-title'),
    pytest.param(WELSH_REPORT, 'municipality', 'Trefaelog County Council', id='welsh_report-municipality'),
    pytest.param(WELSH_REPORT, 'author_unit', OneOf('Highways and Transport', 'Head of Highways and Transport'), id='welsh_report-author_unit'),
    pytest.param(WELSH_REPORT, 'case_handler', 'Dafydd Evans', id='welsh_report-case_handler'),
    pytest.param(WELSH_REPORT, 'addressees', ['Cabinet'], id='welsh_report-addressees'),
    pytest.param(NZ_REPORT, 'kind', 'proposal', id='nz_report-kind'),
    pytest.param(NZ_REPORT, 'title', 'Adoption of the Kowhai Reserve Management Plan', id='nz_report-title'),
    pytest.param(NZ_REPORT, 'municipality', 'Rangitoto District Council', id='nz_report-municipality'),
    pytest.param(NZ_REPORT, 'case', 'DOC/25/88123', id='nz_report-case'),
    pytest.param(NZ_REPORT, 'author_unit', OneOf('Community Services', 'General Manager Community Services'), id='nz_report-author_unit'),
    pytest.param(NZ_REPORT, 'case_handler', 'Hemi Walker', id='nz_report-case_handler'),
    pytest.param(NZ_REPORT, 'addressees', ['Council'], id='nz_report-addressees'),
    pytest.param(CANADIAN_STAFF_REPORT, 'kind', 'proposal', id='canadian_staff_report-kind'),
    pytest.param(CANADIAN_STAFF_REPORT, 'title', 'Zoning By-law Amendment – 210 Lakeshore Road', id='canadian_staff_report-title'),
    pytest.param(CANADIAN_STAFF_REPORT, 'municipality', 'Town of Pinecrest', id='canadian_staff_report-municipality'),
    pytest.param(CANADIAN_STAFF_REPORT, 'paper', 'DS-2025-47', id='canadian_staff_report-paper'),
    pytest.param(CANADIAN_STAFF_REPORT, 'author_unit', 'Development Services', id='canadian_staff_report-author_unit'),
    pytest.param(CANADIAN_STAFF_REPORT, 'case_handler', 'Amanda Chen', id='canadian_staff_report-case_handler'),
    pytest.param(CANADIAN_STAFF_REPORT, 'addressees', OneOf(['Mayor and Members of Council'], ['Council']), id='canadian_staff_report-addressees'),
    pytest.param(CLERKS_REPORT, 'kind', OneOf('agenda_item', 'proposal'), id='clerks_report-kind'),
    pytest.param(CLERKS_REPORT, 'title', 'Replacement of the Christmas Lights', id='clerks_report-title'),
    pytest.param(CLERKS_REPORT, 'municipality', 'Ashbury Town Council', id='clerks_report-municipality'),
    pytest.param(CLERKS_REPORT, 'date', '2025-12-01', id='clerks_report-date'),
    pytest.param(CLERKS_REPORT, 'agenda_item', '11', id='clerks_report-agenda_item'),
    pytest.param(CLERKS_REPORT, 'addressees', OneOf(['Full Council'], ['Council']), id='clerks_report-addressees'),
    pytest.param(CLERKS_REPORT, 'signatories', ['Helen Brooks'], id='clerks_report-signatories'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_thirteenth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)
