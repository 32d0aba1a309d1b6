"""Papers in layouts of an eleventh round, written for these tests, read as a reader would.

Nine papers in head and letter shapes no earlier round covered, with names and wording of their own; their
cards were written down and committed before the papers were first read (`bench/results/cards_heldout.md`,
eleventh round). Where a reader could write a value two ways, the values both readers would write are
accepted (``OneOf``); values a reader could not settle (the date of an agenda item or of a report that prints
only its meeting's date, the kind of an administration's answer to a question, the addressee of a letter
to an association) were left out.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Danish dagsordenpunkt as FirstAgenda prints it, the meeting's head in a right-hand column
FIRSTAGENDA_PUNKT = """Vesterlund Kommune                                    Økonomiudvalget
                                                      Dagsorden
                                                      Mødedato: 18. august 2025

4. Salg af erhvervsgrund på Industrivej 12

Sagsnr.: 25/11873
Ansvarlig: Kirsten Holm
Ansvarlig enhed: Byg, Plan og Erhverv
Åbent punkt

Indstilling
Direktionen indstiller, at Økonomiudvalget anbefaler Byrådet, at grunden sælges til den højestbydende for 1,2 mio. kr.

Sagsbeskrivelse
Grunden har været udbudt i offentligt udbud fra 1. maj til 1. juli 2025. Der er indkommet tre bud.

Økonomi
Salgsindtægten indgår i anlægsbudgettet for 2025.

Beslutning Økonomiudvalget den 18. august 2025
Anbefales.
"""

# 2. a Danish sagsfremstilling whose sender, case handler and date stand only in the page footer
SAGSFREMSTILLING_FOOTER = """Sagsfremstilling

Forlængelse af aftale om vintertjeneste på kommuneveje

Til: Teknisk Udvalg
Mødedato: 9. september 2025

Baggrund
Kommunens aftale med en ekstern entreprenør om snerydning og saltning af kommunevejene udløber den 31. oktober 2025. Aftalen giver mulighed for forlængelse med op til to år.

Vurdering
Entreprenøren har løst opgaven tilfredsstillende, og en forlængelse sikrer beredskabet til vinteren.

Indstilling
Center for Teknik og Miljø indstiller, at Teknisk Udvalg godkender, at aftalen forlænges med to år.

Bilag
1. Udkast til tillægsaftale

Nørrebjerg Kommune · Center for Teknik og Miljø · Torvet 3 · 6600 Nørrebjerg
Sagsbehandler: Mads Vinther · Sagsnr.: 05.01.10-G01-3-25 · Dato: 26. august 2025
"""

# 3. a German group's Antrag in the ALLRIS letter shape, its sender block set on the right
ANTRAG_SENDER_RIGHT = """                                                   FDP-Fraktion
                                                   im Stadtrat Bergheide
                                                   Marktstraße 9
                                                   06789 Bergheide
                                                   fraktion@fdp-bergheide.example.de

An den
Oberbürgermeister der Stadt Bergheide
Herrn Dr. Klaus Wendt
- im Hause -

                                                   Bergheide, 03.07.2025

Antrag: Einführung eines digitalen Bürgerhaushalts

Sehr geehrter Herr Oberbürgermeister,

die FDP-Fraktion beantragt, der Stadtrat möge beschließen:
Die Verwaltung wird beauftragt, bis zum 31.03.2026 ein Konzept für einen digitalen Bürgerhaushalt vorzulegen.

Begründung:
Andere Städte beteiligen ihre Einwohnerinnen und Einwohner bereits online an der Haushaltsplanung.

Mit freundlichen Grüßen

Lena Vogt                     Peter Sommer
Fraktionsvorsitzende          stellv. Fraktionsvorsitzender
"""

# 4. a German administration's answer to a group's question, as a SessionNet Mitteilungsvorlage
ANTWORT_DER_VERWALTUNG = """Stadt Talheim
Der Oberbürgermeister

Beantwortung der Anfrage
der Fraktion Bündnis 90/Die Grünen vom 02.06.2025

Drucksache: 2025/0417
Dezernat/Amt: Dezernat III / Umweltamt
Verfasser: Frau Dr. Anna Lorenz, Tel. 07131 56-2290
Datum: 24.06.2025

Gremium                     Sitzungsdatum    Status
Umweltausschuss             10.07.2025       öffentlich

Betreff: Zustand der Straßenbäume im Innenstadtbereich

Frage 1: Wie viele Straßenbäume mussten in den Jahren 2023 und 2024 gefällt werden?
Antwort: Im Innenstadtbereich wurden 2023 insgesamt 41 und 2024 insgesamt 57 Bäume gefällt.

Frage 2: Wie viele Bäume wurden nachgepflanzt?
Antwort: Für jeden gefällten Baum wurde im selben oder im folgenden Jahr ein Baum nachgepflanzt.

gez.
Martin Hübner
Oberbürgermeister
"""

# 5. a Bavarian city's Sitzungsvorlage written by a Referat, with its Vortrag and Antrag der Referentin
REFERAT_SITZUNGSVORLAGE = """Stadt Aichfeld
Referat für Klima und Umwelt
Abteilung Grünplanung

Sitzungsvorlage Nr. 25-31 / V 04417

Ausbau der Baumpflanzungen im Straßenraum

Sitzungsvorlage für den Ausschuss für Umwelt und Stadtgrün am 16.09.2025 (VB)
Öffentliche Sitzung

I. Vortrag der Referentin
Der Stadtrat hat das Referat beauftragt, ein Programm für zusätzliche Straßenbäume vorzulegen. Bis 2030 sollen 1.500 Bäume gepflanzt werden.

II. Antrag der Referentin
Ich beantrage Folgendes:
1. Der Ausschuss stimmt dem Programm „Grüne Achsen 2030“ zu.
2. Das Referat wird beauftragt, die Mittel zum Haushalt 2026 anzumelden.

III. Beschluss
nach Antrag.

Aichfeld, den 28.08.2025

Die Referentin
Dr. Sophie Brandl
Berufsmäßige Stadträtin
"""

# 6. a New Zealand district council's staff report to its council
NZ_STAFF_REPORT = """Kowhai Bay District Council

Report to Council

Meeting date: 21 August 2025
Report from: Group Manager Community Infrastructure
Report author: Aroha Tane, Parks Planner
File reference: PRK-04-12-0093
Report status: Open

Subject: Adoption of the Reserve Management Plan for Tūī Park

1. Purpose of the report
To seek the Council's adoption of the Reserve Management Plan for Tūī Park after public consultation.

2. Recommendation
That the Council:
a) receives the report; and
b) adopts the Reserve Management Plan for Tūī Park.

3. Background
The draft plan was open for submissions from 3 March to 4 April 2025. Forty-two submissions were received.

Approved by: James Whitcombe, Group Manager Community Infrastructure
"""

# 7. a Canadian city's staff report with its head as capitalised memo fields
CANADIAN_STAFF_REPORT = """CITY OF NORTHRIDGE
STAFF REPORT

TO:          Mayor and Members of Council
FROM:        Director, Planning and Development Services
DATE:        June 30, 2025
REPORT NO:   PDS-2025-042
SUBJECT:     Zoning By-law Amendment – 415 Lakeshore Road East

RECOMMENDATION
THAT Council approve the zoning by-law amendment for 415 Lakeshore Road East as set out in Appendix A.

BACKGROUND
The owner has applied to permit a four-storey residential building with 36 units on the site.

Prepared by:
Megan Cho, MCIP, RPP
Senior Planner
(905) 555-0187

Submitted by:
Robert Lafleur
Director, Planning and Development Services
"""

# 8. a Luxembourg commune's letter from its Schöffenrat, in German, signed by secretary and mayor
SCHOEFFENRAT_BRIEF = """Gemeindeverwaltung Kleinwiltz
Schöffenrat
1, Place de l'Église
L-9876 Kleinwiltz
Tel. 89 12 34-1
secretariat@kleinwiltz.example.lu

Unser Zeichen: SR/2025/118
Sachbearbeiterin: Carole Weber

Kleinwiltz, den 14. Juli 2025

An den Vorstand
des Musikvereins „Harmonie Kleinwiltz“ a.s.b.l.
z. Hd. Herrn Marc Schmit
12, Rue des Jardins
L-9876 Kleinwiltz

Betreff: Zuschuss für das Jubiläumskonzert 2025

Sehr geehrter Herr Schmit,

der Schöffenrat hat in seiner Sitzung vom 9. Juli 2025 beschlossen, dem Musikverein für das Jubiläumskonzert einen Zuschuss von 2.500 Euro zu gewähren.

Mit vorzüglicher Hochachtung

Für den Schöffenrat,
der Sekretär,                 der Bürgermeister,
Paul Hoffmann                 Jeanne Kieffer
"""

# 9. a Scottish council's committee report, its head as "Report to / Report by" lines over the title
SCOTTISH_COMMITTEE_REPORT = """Strathallan Council

Report to: Education, Children and Families Committee
Date of meeting: 4 September 2025
Report by: Executive Director of Education and Children's Services
Report no: ECF/25/031
Wards affected: All

Early learning and childcare: admissions policy 2026/27

1 Purpose
1.1 This report seeks approval of the admissions policy for funded early learning and childcare for 2026/27.

2 Recommendations
2.1 The Committee is asked to approve the admissions policy set out in Appendix 1.

3 Considerations
3.1 The policy keeps the priority for children in their eligible pre-school year.

Author: Fiona MacLeod, Service Manager (Early Years)
Tel: 01632 961234
Email: fiona.macleod@strathallan.example.gov.uk
"""


EXPECTED = [
    pytest.param(FIRSTAGENDA_PUNKT, 'kind', 'agenda_item', id='firstagenda_punkt-kind'),
    pytest.param(FIRSTAGENDA_PUNKT, 'title', 'Salg af erhvervsgrund på Industrivej 12', id='firstagenda_punkt-title'),
    pytest.param(FIRSTAGENDA_PUNKT, 'municipality', 'Vesterlund Kommune', id='firstagenda_punkt-municipality'),
    pytest.param(FIRSTAGENDA_PUNKT, 'case', '25/11873', id='firstagenda_punkt-case'),
    pytest.param(FIRSTAGENDA_PUNKT, 'author_unit', 'Byg, Plan og Erhverv', id='firstagenda_punkt-author_unit'),
    pytest.param(FIRSTAGENDA_PUNKT, 'case_handler', 'Kirsten Holm', id='firstagenda_punkt-case_handler'),
    pytest.param(FIRSTAGENDA_PUNKT, 'addressees', ['Økonomiudvalget'], id='firstagenda_punkt-addressees'),
    pytest.param(FIRSTAGENDA_PUNKT, 'public', True, id='firstagenda_punkt-public'),
    pytest.param(FIRSTAGENDA_PUNKT, 'agenda_item', '4', id='firstagenda_punkt-agenda_item'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'kind', 'proposal', id='sagsfremstilling_footer-kind'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'title', 'Forlængelse af aftale om vintertjeneste på kommuneveje', id='sagsfremstilling_footer-title'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'municipality', 'Nørrebjerg Kommune', id='sagsfremstilling_footer-municipality'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'date', '2025-08-26', id='sagsfremstilling_footer-date'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'case', '05.01.10-G01-3-25', id='sagsfremstilling_footer-case'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'author_unit', 'Center for Teknik og Miljø', id='sagsfremstilling_footer-author_unit'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'case_handler', 'Mads Vinther', id='sagsfremstilling_footer-case_handler'),
    pytest.param(SAGSFREMSTILLING_FOOTER, 'addressees', ['Teknisk Udvalg'], id='sagsfremstilling_footer-addressees'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'kind', 'motion', id='antrag_sender_right-kind'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'title', 'Einführung eines digitalen Bürgerhaushalts', id='antrag_sender_right-title'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'municipality', 'Stadt Bergheide', id='antrag_sender_right-municipality'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'date', '2025-07-03', id='antrag_sender_right-date'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'author_unit', 'FDP-Fraktion', id='antrag_sender_right-author_unit'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'addressees', OneOf(['Oberbürgermeister Dr. Klaus Wendt'], ['Oberbürgermeister Klaus Wendt']), id='antrag_sender_right-addressees'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'signatories', ['Lena Vogt', 'Peter Sommer'], id='antrag_sender_right-signatories'),
    pytest.param(ANTRAG_SENDER_RIGHT, 'emails', ['fraktion@fdp-bergheide.example.de'], id='antrag_sender_right-emails'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'title', 'Zustand der Straßenbäume im Innenstadtbereich', id='antwort_der_verwaltung-title'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'municipality', 'Stadt Talheim', id='antwort_der_verwaltung-municipality'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'paper', '2025/0417', id='antwort_der_verwaltung-paper'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'date', '2025-06-24', id='antwort_der_verwaltung-date'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'author_unit', OneOf('Umweltamt', 'Dezernat III / Umweltamt'), id='antwort_der_verwaltung-author_unit'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'case_handler', 'Anna Lorenz', id='antwort_der_verwaltung-case_handler'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'addressees', ['Umweltausschuss'], id='antwort_der_verwaltung-addressees'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'public', True, id='antwort_der_verwaltung-public'),
    pytest.param(ANTWORT_DER_VERWALTUNG, 'signatories', ['Martin Hübner'], id='antwort_der_verwaltung-signatories'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'kind', 'proposal', id='referat_sitzungsvorlage-kind'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'title', 'Ausbau der Baumpflanzungen im Straßenraum', id='referat_sitzungsvorlage-title'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'municipality', 'Stadt Aichfeld', id='referat_sitzungsvorlage-municipality'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'paper', '25-31 / V 04417', id='referat_sitzungsvorlage-paper'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'date', '2025-08-28', id='referat_sitzungsvorlage-date'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'author_unit', 'Referat für Klima und Umwelt', id='referat_sitzungsvorlage-author_unit'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'addressees', ['Ausschuss für Umwelt und Stadtgrün'], id='referat_sitzungsvorlage-addressees'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'public', True, id='referat_sitzungsvorlage-public'),
    pytest.param(REFERAT_SITZUNGSVORLAGE, 'signatories', ['Sophie Brandl'], id='referat_sitzungsvorlage-signatories'),
    pytest.param(NZ_STAFF_REPORT, 'kind', 'proposal', id='nz_staff_report-kind'),
    pytest.param(NZ_STAFF_REPORT, 'title', 'Adoption of the Reserve Management Plan for Tūī Park', id='nz_staff_report-title'),
    pytest.param(NZ_STAFF_REPORT, 'municipality', 'Kowhai Bay District Council', id='nz_staff_report-municipality'),
    pytest.param(NZ_STAFF_REPORT, 'case', 'PRK-04-12-0093', id='nz_staff_report-case'),
    pytest.param(NZ_STAFF_REPORT, 'author_unit', 'Group Manager Community Infrastructure', id='nz_staff_report-author_unit'),
    pytest.param(NZ_STAFF_REPORT, 'case_handler', 'Aroha Tane', id='nz_staff_report-case_handler'),
    pytest.param(NZ_STAFF_REPORT, 'addressees', ['Council'], id='nz_staff_report-addressees'),
    pytest.param(NZ_STAFF_REPORT, 'public', True, id='nz_staff_report-public'),
    pytest.param(NZ_STAFF_REPORT, 'signatories', ['James Whitcombe'], id='nz_staff_report-signatories'),
    pytest.param(CANADIAN_STAFF_REPORT, 'kind', 'proposal', id='canadian_staff_report-kind'),
    pytest.param(CANADIAN_STAFF_REPORT, 'title', 'Zoning By-law Amendment – 415 Lakeshore Road East', id='canadian_staff_report-title'),
    pytest.param(CANADIAN_STAFF_REPORT, 'municipality', 'City of Northridge', id='canadian_staff_report-municipality'),
    pytest.param(CANADIAN_STAFF_REPORT, 'date', '2025-06-30', id='canadian_staff_report-date'),
    pytest.param(CANADIAN_STAFF_REPORT, 'paper', 'PDS-2025-042', id='canadian_staff_report-paper'),
    pytest.param(CANADIAN_STAFF_REPORT, 'author_unit', OneOf('Director, Planning and Development Services', 'Planning and Development Services'), id='canadian_staff_report-author_unit'),
    pytest.param(CANADIAN_STAFF_REPORT, 'case_handler', 'Megan Cho', id='canadian_staff_report-case_handler'),
    pytest.param(CANADIAN_STAFF_REPORT, 'addressees', OneOf(['Mayor and Members of Council'], ['Council']), id='canadian_staff_report-addressees'),
    pytest.param(CANADIAN_STAFF_REPORT, 'phones', ['(905) 555-0187'], id='canadian_staff_report-phones'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'kind', 'letter', id='schoeffenrat_brief-kind'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'title', 'Zuschuss für das Jubiläumskonzert 2025', id='schoeffenrat_brief-title'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'municipality', OneOf('Gemeinde Kleinwiltz', 'Gemeindeverwaltung Kleinwiltz'), id='schoeffenrat_brief-municipality'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'date', '2025-07-14', id='schoeffenrat_brief-date'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'case', 'SR/2025/118', id='schoeffenrat_brief-case'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'author_unit', 'Schöffenrat', id='schoeffenrat_brief-author_unit'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'case_handler', 'Carole Weber', id='schoeffenrat_brief-case_handler'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'signatories', ['Paul Hoffmann', 'Jeanne Kieffer'], id='schoeffenrat_brief-signatories'),
    pytest.param(SCHOEFFENRAT_BRIEF, 'emails', ['secretariat@kleinwiltz.example.lu'], id='schoeffenrat_brief-emails'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'kind', 'proposal', id='scottish_committee_report-kind'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'title', 'Early learning and childcare: admissions policy 2026/27', id='scottish_committee_report-title'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'municipality', 'Strathallan Council', id='scottish_committee_report-municipality'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'paper', 'ECF/25/031', id='scottish_committee_report-paper'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'author_unit', OneOf("Executive Director of Education and Children's Services", "Education and Children's Services"), id='scottish_committee_report-author_unit'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'case_handler', 'Fiona MacLeod', id='scottish_committee_report-case_handler'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'addressees', ['Education, Children and Families Committee'], id='scottish_committee_report-addressees'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'phones', ['01632 961234'], id='scottish_committee_report-phones'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'emails', ['fiona.macleod@strathallan.example.gov.uk'], id='scottish_committee_report-emails'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_an_eleventh_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)
