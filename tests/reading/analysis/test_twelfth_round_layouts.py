"""Papers in layouts of a twelfth round, written for these tests, read as a reader would.

Nine papers of council systems and genres no earlier round used (an Austrian Magistrat's Amtsvortrag, a Swiss
Stadtrat's Weisung, an Irish Chief Executive's report, an Australian shire's agenda report, a US city's Agenda
Item Summary, a Berlin district assembly's Drucksache, a Kreistag's Beschlussvorlage with Fachbereich and
Produktbereich, a Danish region's Notat with Journalnummer and Enhed, a Danish dagsordenpunkt with
"Sagsansvarlig"), with invented places and wording of their own. Their cards were written down and committed
before the papers were first read (`bench/results/cards_heldout.md`, twelfth round). Where a reader could write
a value two ways, each reader's value is accepted (``OneOf``); values a reader could not settle (the date of an
agenda report that prints only its meeting's date, the issuing body of a group's motion in a district assembly,
the addressee of a paper with a route of three bodies) are left out.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. an Austrian Magistrat's Amtsvortrag to its Gemeinderat, signed for the mayor by the head of department
AMTSVORTRAG = """Magistrat der Stadt Lindenau
Abteilung für Stadtplanung und Verkehr
Hauptplatz 1, 4821 Lindenau
Tel.: +43 7612 400-310
E-Mail: stadtplanung@lindenau.example.at

GZ: StPV-0815/2025
Bearbeiter: DI Stefan Gruber
Lindenau, am 2. Oktober 2025

AMTSVORTRAG
an den Gemeinderat

Betreff: Verordnung einer Begegnungszone in der Kirchengasse

Sachverhalt:
Die Kirchengasse wird an Werktagen von rund 4.000 Fußgängerinnen und Fußgängern genutzt, der Gehsteig ist an
mehreren Stellen schmaler als einen Meter. Eine Begegnungszone erlaubt allen Verkehrsteilnehmern die ganze
Fahrbahn bei höchstens 20 km/h.

Der Gemeinderat wolle beschließen:
Die beiliegende Verordnung über die Begegnungszone Kirchengasse wird erlassen.

Für den Bürgermeister:
Der Abteilungsvorstand
DI Dr. Hannes Leitner
"""

# 2. a Swiss Stadtrat's Weisung to the Gemeinderat (the town's parliament), Antrag before the Weisung
WEISUNG = """Stadt Seewil
Stadtrat

Weisung des Stadtrats an den Gemeinderat

GR Nr. 2025/311

Departement Tiefbau und Entsorgung

Sanierung der Seeuferpromenade, Objektkredit von 4,2 Millionen Franken

Seewil, 17. September 2025

Antrag
Der Gemeinderat beschliesst:
1. Für die Sanierung der Seeuferpromenade wird ein Objektkredit von 4,2 Millionen Franken bewilligt.
2. Der Beschluss untersteht dem fakultativen Referendum.

Weisung
1. Ausgangslage
Die Ufermauer der Promenade ist auf einer Länge von 380 Metern schadhaft. Bei Hochwasser wird der Weg
regelmässig überflutet.

2. Projekt
Die Mauer wird ersetzt und der Weg um 40 Zentimeter angehoben.

Im Namen des Stadtrats
Die Stadtpräsidentin            Der Stadtschreiber
Claudia Meier                   Urs Brunner
"""

# 3. an Irish county council's Chief Executive's report to the members, signed by a Director of Services
CHIEF_EXECUTIVES_REPORT = """Ballyrath County Council

Chief Executive's Report
to the Members of Ballyrath County Council

Meeting of the Council, 13 October 2025
Item No. 9

Proposed Disposal of Land at Main Street, Kilcorran to Kilcorran Community Development Association

Directorate: Housing, Community and Culture
Report prepared by: Siobhán Brennan, Senior Executive Officer
Our Ref: HCC/DSP/2025/044

1. Introduction
In accordance with Section 183 of the Local Government Act 2001, notice is hereby given of the proposed
disposal of the former library site at Main Street, Kilcorran, for a community centre.

2. Recommendation
It is recommended that the Members consent to the disposal of the property on the terms set out in this
report.

Eamon Doyle
Director of Services
Housing, Community and Culture
6 October 2025
"""

# 4. an Australian shire's agenda report with Directorate, Responsible Officer and Author rows
SHIRE_AGENDA_REPORT = """ORDINARY COUNCIL MEETING
AGENDA
28 OCTOBER 2025

Shire of Wattle Creek

12.3 Draft Community Sport and Recreation Strategy 2026–2036

Directorate:            Community and Lifestyle
Responsible Officer:    Manager Recreation Services
Author:                 Priya Nair, Recreation Planner
File Number:            F25/1187
Attachments:            1. Draft Strategy (under separate cover)
Disclosure of Interest: The author has no interest to declare.

Summary
This report presents the Draft Community Sport and Recreation Strategy 2026–2036 for endorsement to go on
public exhibition.

Officer Recommendation
That Council:
1. Endorses the Draft Community Sport and Recreation Strategy 2026–2036 for public exhibition for a period of
28 days.

Background
The current strategy expires in 2026. Clubs and schools were surveyed between March and May 2025.
"""

# 5. a US city's Agenda Item Summary, its head as "To / From / Prepared by / Department" rows
AGENDA_ITEM_SUMMARY = """CITY OF MILLBROOK
AGENDA ITEM SUMMARY

Meeting Date:    November 4, 2025
Item Number:     7.B
To:              Honorable Mayor and City Council
From:            Daniel Ortiz, Public Works Director
Prepared by:     Kelly Brandt, Senior Civil Engineer
Department:      Public Works
Date Prepared:   October 21, 2025

SUBJECT: Award of Construction Contract for the Elm Street Water Main Replacement Project

RECOMMENDED ACTION:
Adopt Resolution No. 2025-118 awarding a construction contract to Hillside Utility Contractors, Inc. in the
amount of $1,284,500 for the Elm Street Water Main Replacement Project.

BACKGROUND:
The water main under Elm Street was installed in 1958 and has broken eleven times since 2019.

FISCAL IMPACT:
The project is funded from the Water Enterprise Fund capital budget.

ATTACHMENTS:
1. Resolution No. 2025-118
2. Bid Summary
"""

# 6. a Berlin district assembly's Drucksache: a group's Antrag with its Beratungsfolge
BVV_DRUCKSACHE = """Bezirksverordnetenversammlung Tempelwald von Berlin

Drucksache - IX/0284

Ursprung: Antrag
Initiator: Fraktion Bündnis 90/Die Grünen
Status: öffentlich

Beratungsfolge:
Datum        Gremium                                      Rolle
23.10.2025   Bezirksverordnetenversammlung Tempelwald     Überweisung
05.11.2025   Ausschuss für Verkehr und Umwelt             Vorberatung

Sichere Schulwege an der Lindenallee

Die Bezirksverordnetenversammlung möge beschließen:
Das Bezirksamt wird ersucht, vor der Grundschule an der Lindenallee einen Fußgängerüberweg einzurichten und
die Höchstgeschwindigkeit auf 30 km/h zu begrenzen.

Begründung:
Auf dem Schulweg kreuzen täglich rund 300 Kinder die Lindenallee ohne gesicherten Überweg.

Berlin, den 14.10.2025

Katrin Albers, Jonas Feld
und die übrigen Mitglieder der Fraktion
"""

# 7. a Kreistag's Beschlussvorlage with Fachbereich, Produktbereich and a route of three bodies
KREISTAG_BESCHLUSSVORLAGE = """Landkreis Oberhalden
Der Landrat

Beschlussvorlage

Vorlagen-Nr.:      BV/2025/163
Fachbereich:       Fachbereich 3 – Jugend und Familie
Produktbereich:    36 Kinder-, Jugend- und Familienhilfe
Sachbearbeitung:   Frau Petra Lang
Datum:             08.09.2025

Beratungsfolge               Termin        Zuständigkeit
Jugendhilfeausschuss         22.09.2025    Vorberatung
Kreisausschuss               29.09.2025    Vorberatung
Kreistag                     13.10.2025    Entscheidung

Bezeichnung:
Fortschreibung der Kindertagesstättenbedarfsplanung 2026 bis 2030

Beschlussvorschlag:
Der Kreistag beschließt die Fortschreibung der Kindertagesstättenbedarfsplanung für die Jahre 2026 bis 2030.

Sachverhalt:
Nach dem Kinderförderungsgesetz ist die Bedarfsplanung alle fünf Jahre fortzuschreiben. Bis 2030 werden
im Kreisgebiet 240 zusätzliche Plätze für Kinder unter drei Jahren benötigt.

Finanzielle Auswirkungen:
Die Investitionszuschüsse sind im Haushalt 2026 veranschlagt.

gez. Dr. Werner Haas
Landrat
"""

# 8. a Danish region's Notat with Journalnummer and Enhed, signed by the head of office
REGION_NOTAT = """Region Nordvest
Regional Udvikling

NOTAT

Til:            Regionsrådet
Journalnummer:  25/018734
Enhed:          Kollektiv Trafik
Sagsbehandler:  Louise Dam
Dato:           12. september 2025

Status for regionale busruter efter udbud 2025

Baggrund
Regionsrådet besluttede den 19. marts 2025 at udbyde de regionale busruter 110, 114 og 120 samlet.

Vurdering
Udbuddet har givet en besparelse på 3,4 mio. kr. om året, og køreplanerne fastholdes uændret.

Med venlig hilsen

Henrik Skov
Kontorchef
"""

# 9. a Danish dagsordenpunkt as a Prior-style meeting system prints it, with "Sagsansvarlig" and "Forvaltning"
PRIOR_PUNKT = """Hedelund Kommune
Børne- og Skoleudvalget
Ordinært møde den 7. oktober 2025

Punkt 6: Ny tildelingsmodel for specialundervisning

Sagsnummer:     17.01.00-P20-2-25
Sagsansvarlig:  Trine Bach
Forvaltning:    Børn og Læring

Beslutningstema
Udvalget skal tage stilling til en ny model for tildeling af midler til specialundervisning.

Sagsfremstilling
Den nuværende model tildeler midler efter antal elever. Den nye model tager også hensyn til skolernes
socioøkonomiske grundlag.

Indstilling
Børn og Læring indstiller, at Børne- og Skoleudvalget godkender den nye tildelingsmodel fra skoleåret 2026/27.

Beslutning
Godkendt.
"""


EXPECTED = [
    pytest.param(AMTSVORTRAG, 'kind', 'proposal', id='amtsvortrag-kind'),
    pytest.param(AMTSVORTRAG, 'title', 'Verordnung einer Begegnungszone in der Kirchengasse', id='amtsvortrag-title'),
    pytest.param(AMTSVORTRAG, 'municipality', OneOf('Stadt Lindenau', 'Magistrat der Stadt Lindenau'), id='amtsvortrag-municipality'),
    pytest.param(AMTSVORTRAG, 'date', '2025-10-02', id='amtsvortrag-date'),
    pytest.param(AMTSVORTRAG, 'case', 'StPV-0815/2025', id='amtsvortrag-case'),
    pytest.param(AMTSVORTRAG, 'author_unit', 'Abteilung für Stadtplanung und Verkehr', id='amtsvortrag-author_unit'),
    pytest.param(AMTSVORTRAG, 'case_handler', 'Stefan Gruber', id='amtsvortrag-case_handler'),
    pytest.param(AMTSVORTRAG, 'addressees', ['Gemeinderat'], id='amtsvortrag-addressees'),
    pytest.param(AMTSVORTRAG, 'signatories', ['Hannes Leitner'], id='amtsvortrag-signatories'),
    pytest.param(AMTSVORTRAG, 'emails', ['stadtplanung@lindenau.example.at'], id='amtsvortrag-emails'),
    pytest.param(WEISUNG, 'kind', 'proposal', id='weisung-kind'),
    pytest.param(WEISUNG, 'title', 'Sanierung der Seeuferpromenade, Objektkredit von 4,2 Millionen Franken', id='weisung-title'),
    pytest.param(WEISUNG, 'municipality', 'Stadt Seewil', id='weisung-municipality'),
    pytest.param(WEISUNG, 'date', '2025-09-17', id='weisung-date'),
    pytest.param(WEISUNG, 'paper', OneOf('2025/311', 'GR Nr. 2025/311'), id='weisung-paper'),
    pytest.param(WEISUNG, 'author_unit', OneOf('Stadtrat', 'Departement Tiefbau und Entsorgung'), id='weisung-author_unit'),
    pytest.param(WEISUNG, 'addressees', ['Gemeinderat'], id='weisung-addressees'),
    pytest.param(WEISUNG, 'signatories', ['Claudia Meier', 'Urs Brunner'], id='weisung-signatories'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'kind', 'proposal', id='chief_executives_report-kind'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'title', 'Proposed Disposal of Land at Main Street, Kilcorran to Kilcorran Community Development Association', id='chief_executives_report-title'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'municipality', 'Ballyrath County Council', id='chief_executives_report-municipality'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'date', '2025-10-06', id='chief_executives_report-date'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'case', 'HCC/DSP/2025/044', id='chief_executives_report-case'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'author_unit', 'Housing, Community and Culture', id='chief_executives_report-author_unit'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'case_handler', 'Siobhán Brennan', id='chief_executives_report-case_handler'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'addressees', OneOf(['Ballyrath County Council'], ['Council'], ['Members of Ballyrath County Council']), id='chief_executives_report-addressees'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'signatories', ['Eamon Doyle'], id='chief_executives_report-signatories'),
    pytest.param(CHIEF_EXECUTIVES_REPORT, 'agenda_item', '9', id='chief_executives_report-agenda_item'),
    pytest.param(SHIRE_AGENDA_REPORT, 'kind', OneOf('agenda_item', 'proposal'), id='shire_agenda_report-kind'),
    pytest.param(SHIRE_AGENDA_REPORT, 'title', 'Draft Community Sport and Recreation Strategy 2026–2036', id='shire_agenda_report-title'),
    pytest.param(SHIRE_AGENDA_REPORT, 'municipality', 'Shire of Wattle Creek', id='shire_agenda_report-municipality'),
    pytest.param(SHIRE_AGENDA_REPORT, 'case', 'F25/1187', id='shire_agenda_report-case'),
    pytest.param(SHIRE_AGENDA_REPORT, 'author_unit', OneOf('Community and Lifestyle', 'Manager Recreation Services'), id='shire_agenda_report-author_unit'),
    pytest.param(SHIRE_AGENDA_REPORT, 'case_handler', 'Priya Nair', id='shire_agenda_report-case_handler'),
    pytest.param(SHIRE_AGENDA_REPORT, 'addressees', ['Council'], id='shire_agenda_report-addressees'),
    pytest.param(SHIRE_AGENDA_REPORT, 'agenda_item', '12.3', id='shire_agenda_report-agenda_item'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'kind', 'proposal', id='agenda_item_summary-kind'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'title', 'Award of Construction Contract for the Elm Street Water Main Replacement Project', id='agenda_item_summary-title'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'municipality', 'City of Millbrook', id='agenda_item_summary-municipality'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'date', '2025-10-21', id='agenda_item_summary-date'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'author_unit', OneOf('Public Works', 'Public Works Director'), id='agenda_item_summary-author_unit'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'case_handler', 'Kelly Brandt', id='agenda_item_summary-case_handler'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'addressees', OneOf(['Honorable Mayor and City Council'], ['Mayor and City Council'], ['City Council']), id='agenda_item_summary-addressees'),
    pytest.param(AGENDA_ITEM_SUMMARY, 'agenda_item', '7.B', id='agenda_item_summary-agenda_item'),
    pytest.param(BVV_DRUCKSACHE, 'kind', 'motion', id='bvv_drucksache-kind'),
    pytest.param(BVV_DRUCKSACHE, 'title', 'Sichere Schulwege an der Lindenallee', id='bvv_drucksache-title'),
    pytest.param(BVV_DRUCKSACHE, 'paper', 'IX/0284', id='bvv_drucksache-paper'),
    pytest.param(BVV_DRUCKSACHE, 'date', '2025-10-14', id='bvv_drucksache-date'),
    pytest.param(BVV_DRUCKSACHE, 'author_unit', 'Fraktion Bündnis 90/Die Grünen', id='bvv_drucksache-author_unit'),
    pytest.param(BVV_DRUCKSACHE, 'public', True, id='bvv_drucksache-public'),
    pytest.param(BVV_DRUCKSACHE, 'signatories', ['Katrin Albers', 'Jonas Feld'], id='bvv_drucksache-signatories'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'kind', 'proposal', id='kreistag_beschlussvorlage-kind'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'title', 'Fortschreibung der Kindertagesstättenbedarfsplanung 2026 bis 2030', id='kreistag_beschlussvorlage-title'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'municipality', 'Landkreis Oberhalden', id='kreistag_beschlussvorlage-municipality'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'paper', 'BV/2025/163', id='kreistag_beschlussvorlage-paper'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'date', '2025-09-08', id='kreistag_beschlussvorlage-date'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'author_unit', OneOf('Fachbereich 3 – Jugend und Familie', 'Jugend und Familie'), id='kreistag_beschlussvorlage-author_unit'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'case_handler', 'Petra Lang', id='kreistag_beschlussvorlage-case_handler'),
    pytest.param(KREISTAG_BESCHLUSSVORLAGE, 'signatories', ['Werner Haas'], id='kreistag_beschlussvorlage-signatories'),
    pytest.param(REGION_NOTAT, 'kind', 'memo', id='region_notat-kind'),
    pytest.param(REGION_NOTAT, 'title', 'Status for regionale busruter efter udbud 2025', id='region_notat-title'),
    pytest.param(REGION_NOTAT, 'municipality', 'Region Nordvest', id='region_notat-municipality'),
    pytest.param(REGION_NOTAT, 'date', '2025-09-12', id='region_notat-date'),
    pytest.param(REGION_NOTAT, 'case', '25/018734', id='region_notat-case'),
    pytest.param(REGION_NOTAT, 'author_unit', OneOf('Kollektiv Trafik', 'Regional Udvikling'), id='region_notat-author_unit'),
    pytest.param(REGION_NOTAT, 'case_handler', 'Louise Dam', id='region_notat-case_handler'),
    pytest.param(REGION_NOTAT, 'addressees', ['Regionsrådet'], id='region_notat-addressees'),
    pytest.param(REGION_NOTAT, 'signatories', ['Henrik Skov'], id='region_notat-signatories'),
    pytest.param(PRIOR_PUNKT, 'kind', 'agenda_item', id='prior_punkt-kind'),
    pytest.param(PRIOR_PUNKT, 'title', 'Ny tildelingsmodel for specialundervisning', id='prior_punkt-title'),
    pytest.param(PRIOR_PUNKT, 'municipality', 'Hedelund Kommune', id='prior_punkt-municipality'),
    pytest.param(PRIOR_PUNKT, 'case', '17.01.00-P20-2-25', id='prior_punkt-case'),
    pytest.param(PRIOR_PUNKT, 'author_unit', 'Børn og Læring', id='prior_punkt-author_unit'),
    pytest.param(PRIOR_PUNKT, 'case_handler', 'Trine Bach', id='prior_punkt-case_handler'),
    pytest.param(PRIOR_PUNKT, 'addressees', ['Børne- og Skoleudvalget'], id='prior_punkt-addressees'),
    pytest.param(PRIOR_PUNKT, 'agenda_item', '6', id='prior_punkt-agenda_item'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_twelfth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)
