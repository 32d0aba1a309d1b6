"""Papers in layouts of an eighth round, written for these tests, read as a reader would.

Each document is in a shape no earlier round covered, with names and wording of its own; its card was
written down and committed before the paper was first read (`bench/results/cards_heldout.md`, eighth
round). Values a reader could write down two ways (the kind of a cabinet member's decision record or of
an Irish disposal notice, the date of a protocol extract, the issuing body of a Berlin district's
assembly) were left out of the card.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


# 1. an English cabinet member's record of decision (ModernGov shape)
CABINET_MEMBER_DECISION = """Harbridge Borough Council

RECORD OF DECISION TAKEN BY A CABINET MEMBER

Decision maker: Councillor Priya Natarajan, Cabinet Member for Environment
Date of decision: 14 May 2025
Decision reference: CMD/2025/031
Key decision: No

Subject: Introduction of a garden waste permit scheme

Decision
To introduce an annual garden waste collection permit at £52 from 1 October 2025.

Reasons for the decision
The charge recovers the cost of the service, which rose by 18 % in 2024/25.

Alternative options considered and rejected
To continue the free service; rejected because of the cost.

Declarations of interest: None

Contact officer: Marcus Doyle, Waste Services Manager, 01632 960442, marcus.doyle@harbridge.example.gov.uk

Signed: Priya Natarajan
"""

# 2. a Danish dagsordenspunkt printed by a meeting system, with "Sagsansvarlig"
DANISH_FIRSTAGENDA_ITEM = """Solbjerg Kommune
Økonomiudvalget
Dagsorden til mødet den 10. juni 2025
Åbent punkt

5. Tilskud til lokalt klimapartnerskab

Sagsnr.: 27.00.00-A00-14-25
Sagsansvarlig: Line Frost Mikkelsen
Afdeling: Plan, Klima og Miljø

Sagsfremstilling
Klimapartnerskabet Solbjerg Grøn Omstilling har søgt om et tilskud på 250.000 kr. til rådgivning af lokale virksomheder.

Indstilling
Direktionen indstiller, at
1. der bevilges et tilskud på 250.000 kr. til klimapartnerskabet, og
2. sagen sendes videre til byrådets møde den 24. juni 2025.

Beslutning i Økonomiudvalget den 10. juni 2025
Anbefales.
Fraværende: Henrik Bach

Bilag
1. Ansøgning fra Solbjerg Grøn Omstilling
2. Budget for partnerskabet 2025-2027
"""

# 3. a German SessionNet Mitteilungsvorlage
MITTEILUNGSVORLAGE = """Stadt Hohenwarth
Mitteilungsvorlage

Vorlage-Nr.: MV/2025/0087
Status: öffentlich
Datum: 03.06.2025
Federführend: Fachbereich 3 - Bauen und Umwelt
Bearbeiter/in: Sabine Kranz

Beratungsfolge:
Datum        Gremium                                       Zuständigkeit
17.06.2025   Ausschuss für Stadtentwicklung und Umwelt     Kenntnisnahme

Betreff:
Sachstand Hochwasserschutz am Erlenbach

Sachverhalt:
Die Planfeststellung für den Hochwasserschutz am Erlenbach wurde im April 2025 beantragt. Mit dem Beschluss wird im Frühjahr 2026 gerechnet.

Anlagen:
Lageplan Hochwasserschutz Erlenbach
"""

# 4. a German council group's question to the mayor, two signatures side by side
FRAKTION_ANFRAGE = """FDP-Fraktion im Rat der Stadt Wendelstedt

An den
Oberbürgermeister der Stadt Wendelstedt
Herrn Thomas Albers
Rathaus

Wendelstedt, 12.03.2025

Anfrage gemäß § 17 der Geschäftsordnung
Leerstand städtischer Wohnungen

Sehr geehrter Herr Oberbürgermeister,

wir bitten um die schriftliche Beantwortung folgender Fragen:
1. Wie viele städtische Wohnungen stehen derzeit leer?
2. Wie lange dauert der Leerstand im Durchschnitt?

Mit freundlichen Grüßen

Jana Roloff                    Dirk Wessel
Fraktionsvorsitzende           Ratsmitglied
"""

# 5. an Irish county council's notice of a proposed disposal of land
IRISH_DISPOSAL_NOTICE = """KILBRANNOCK COUNTY COUNCIL

To: The Cathaoirleach and each Member of Kilbrannock County Council

Re: Proposed disposal of land at Ballymore Road, Carrigeen, to Carrigeen Community Development Association

A Chara,

In accordance with Section 183 of the Local Government Act 2001, notice is hereby given that it is proposed to dispose of 0.42 hectares of land at Ballymore Road, Carrigeen, to the Association for the sum of €1.

The proposed disposal will be considered at the meeting of the Council on 23 June 2025.

Mise le meas,

Siobhán Kearney
Director of Services
Housing and Property

Date: 30 May 2025
"""

# 6. an extract of a Swiss Stadtrat's protocol (Stadtratsbeschluss)
SWISS_STADTRAT_BESCHLUSS = """Stadt Wintersried
Auszug aus dem Protokoll des Stadtrates

Sitzung vom 4. Juni 2025
Beschluss-Nr. 2025-214
IDG-Status: öffentlich

Kreditbewilligung für die Erneuerung der Wasserleitung Talstrasse

Ausgangslage
Die Wasserleitung in der Talstrasse stammt aus dem Jahr 1951 und weist zahlreiche Schäden auf.

Der Stadtrat beschliesst:
1. Für die Erneuerung der Wasserleitung Talstrasse wird ein Kredit von Fr. 680'000 bewilligt.
2. Mitteilung an: Departement Werke, Finanzverwaltung.

Für getreuen Auszug:
Die Stadtschreiberin
Corinne Baumgartner
"""

# 7. an Austrian Marktgemeinde's Amtsvortrag to the Gemeinderat
AUSTRIAN_AMTSVORTRAG = """Marktgemeinde Oberhollabrunn
GZ: 031-2/2025
Bearbeiter: Ing. Peter Wallner
Oberhollabrunn, am 16. April 2025

AMTSVORTRAG
an den Gemeinderat
für die Sitzung am 8. Mai 2025

Betreff: Ankauf eines Kommunalfahrzeugs für den Bauhof

Sachverhalt:
Das Kommunalfahrzeug des Bauhofs ist 19 Jahre alt. Drei Angebote wurden eingeholt; Bestbieter ist die Firma Hartl Landtechnik.

Der Bürgermeister stellt daher den
ANTRAG,
der Gemeinderat möge den Ankauf eines Kommunalfahrzeugs zum Preis von € 148.600,- beschließen.

Der Bürgermeister:
Mag. Stefan Gruber
"""

# 8. a Berlin district assembly's group motion (Drucksache)
BVV_ANTRAG = """Bezirksverordnetenversammlung Tempelwerder von Berlin
Drucksache - DS/0456/VI

Antrag
der Fraktion Bündnis 90/Die Grünen

Sichere Schulwege in der Lindenallee

Die Bezirksverordnetenversammlung möge beschließen:
Das Bezirksamt wird ersucht, vor der Grundschule an der Lindenallee einen Zebrastreifen einzurichten.

Begründung:
Seit 2023 ist es an der Lindenallee zu vier Unfällen mit Schulkindern gekommen.

Berlin, den 21.05.2025
Lea Sommerfeld und die übrigen Mitglieder der Fraktion
"""

# 9. a Danish kommune's hearing letter for a local plan
DANISH_HOERINGSBREV = """Vesterå Kommune
Teknik og Miljø
Rådhustorvet 1
7900 Vesterå

Til høringsparterne jf. vedlagte liste

Dato: 2. juni 2025
Sagsnr.: 01.02.05-P16-3-25
Sagsbehandler: Anders Kjær
Direkte tlf.: 96 12 34 56
E-mail: ankj@vestera.example.dk

Høring over forslag til lokalplan 412 for boligområde ved Skovbrynet

Vesterå Kommune sender hermed forslag til lokalplan 412 i offentlig høring.

Bemærkninger skal være kommunen i hænde senest den 30. juni 2025.

Der afholdes borgermøde den 16. juni 2025 kl. 19.00 i Skovbrynets Forsamlingshus.

Med venlig hilsen

Anders Kjær
Planlægger
"""

# 10. a Hessian Magistrat's Vorlage to the Stadtverordnetenversammlung
MAGISTRATSVORLAGE = """Magistrat der Stadt Kronsfeld

Vorlage des Magistrats
an die Stadtverordnetenversammlung

Drucksache Nr. 2025/117
Kronsfeld, 28.04.2025
Fachdienst: FD 40 – Schulen, Kultur und Sport
Aktenzeichen: 40.2-611

Betreff: Erweiterung der Kindertagesstätte Am Sonnenhang

Die Stadtverordnetenversammlung wolle beschließen:
Der Erweiterung der Kindertagesstätte Am Sonnenhang um zwei Gruppen wird zugestimmt.

Beratungsfolge:
Haupt- und Finanzausschuss       19.05.2025
Stadtverordnetenversammlung      05.06.2025

gez. Petra Lindner
Bürgermeisterin
"""

# 11. an English district council's committee report with its head as label lines
DISTRICT_COMMITTEE_REPORT = """Report of: Director of Place
Report to: Planning Policy Committee
Date: 12 June 2025
Subject: Adoption of the Local Cycling and Walking Infrastructure Plan
Wards affected: All

Summary
The Local Cycling and Walking Infrastructure Plan sets out the routes the council will improve over ten years.

Recommendations
That the Committee recommends the plan to Full Council for adoption on 17 July 2025.

Background papers
Consultation report, March 2025

Report author: Hannah Whitlock, Senior Transport Planner
Tel: 01632 960118
"""

def _STILL_MISSED(reason):
    """A value written down before the first reading that the rules still read otherwise (see cards_heldout.md)."""
    return pytest.mark.xfail(strict=True, reason=reason)


EXPECTED = [
    pytest.param(CABINET_MEMBER_DECISION, 'title', 'Introduction of a garden waste permit scheme', id='cabinet_member_decision-title'),
    pytest.param(CABINET_MEMBER_DECISION, 'municipality', 'Harbridge Borough Council', id='cabinet_member_decision-municipality'),
    pytest.param(CABINET_MEMBER_DECISION, 'date', '2025-05-14', id='cabinet_member_decision-date'),
    pytest.param(CABINET_MEMBER_DECISION, 'paper', 'CMD/2025/031', id='cabinet_member_decision-paper'),
    pytest.param(CABINET_MEMBER_DECISION, 'case_handler', 'Marcus Doyle', id='cabinet_member_decision-case_handler'),
    pytest.param(CABINET_MEMBER_DECISION, 'signatories', ['Priya Natarajan'], id='cabinet_member_decision-signatories'),
    pytest.param(CABINET_MEMBER_DECISION, 'addressees', [], id='cabinet_member_decision-addressees'),
    pytest.param(CABINET_MEMBER_DECISION, 'phones', ['01632 960442'], id='cabinet_member_decision-phones'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'kind', 'agenda_item', id='danish_firstagenda_item-kind'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'title', 'Tilskud til lokalt klimapartnerskab', id='danish_firstagenda_item-title'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'municipality', 'Solbjerg Kommune', id='danish_firstagenda_item-municipality'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'agenda_item', '5', id='danish_firstagenda_item-agenda_item'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'public', True, id='danish_firstagenda_item-public'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'case', '27.00.00-A00-14-25', id='danish_firstagenda_item-case'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'case_handler', 'Line Frost Mikkelsen', id='danish_firstagenda_item-case_handler'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'author_unit', 'Plan, Klima og Miljø', id='danish_firstagenda_item-author_unit'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'addressees', ['Økonomiudvalget'], id='danish_firstagenda_item-addressees'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'consultations', [('Byrådet', '2025-06-24'), ('Økonomiudvalget', '2025-06-10')], id='danish_firstagenda_item-consultations'),
    pytest.param(DANISH_FIRSTAGENDA_ITEM, 'attachments', ['Ansøgning fra Solbjerg Grøn Omstilling', 'Budget for partnerskabet 2025-2027'], id='danish_firstagenda_item-attachments'),
    pytest.param(MITTEILUNGSVORLAGE, 'kind', 'notice', id='mitteilungsvorlage-kind'),
    pytest.param(MITTEILUNGSVORLAGE, 'title', 'Sachstand Hochwasserschutz am Erlenbach', id='mitteilungsvorlage-title'),
    pytest.param(MITTEILUNGSVORLAGE, 'municipality', 'Stadt Hohenwarth', id='mitteilungsvorlage-municipality'),
    pytest.param(MITTEILUNGSVORLAGE, 'paper', 'MV/2025/0087', id='mitteilungsvorlage-paper'),
    pytest.param(MITTEILUNGSVORLAGE, 'date', '2025-06-03', id='mitteilungsvorlage-date'),
    pytest.param(MITTEILUNGSVORLAGE, 'public', True, id='mitteilungsvorlage-public'),
    pytest.param(MITTEILUNGSVORLAGE, 'author_unit', 'Fachbereich 3 - Bauen und Umwelt', id='mitteilungsvorlage-author_unit'),
    pytest.param(MITTEILUNGSVORLAGE, 'case_handler', 'Sabine Kranz', id='mitteilungsvorlage-case_handler'),
    pytest.param(MITTEILUNGSVORLAGE, 'consultations', [('Ausschuss für Stadtentwicklung und Umwelt', '2025-06-17')], id='mitteilungsvorlage-consultations'),
    pytest.param(MITTEILUNGSVORLAGE, 'attachments', ['Lageplan Hochwasserschutz Erlenbach'], id='mitteilungsvorlage-attachments'),
    pytest.param(FRAKTION_ANFRAGE, 'kind', 'motion', id='fraktion_anfrage-kind'),
    pytest.param(FRAKTION_ANFRAGE, 'title', 'Leerstand städtischer Wohnungen', id='fraktion_anfrage-title'),
    pytest.param(FRAKTION_ANFRAGE, 'municipality', 'Stadt Wendelstedt', id='fraktion_anfrage-municipality'),
    pytest.param(FRAKTION_ANFRAGE, 'date', '2025-03-12', id='fraktion_anfrage-date'),
    pytest.param(FRAKTION_ANFRAGE, 'author_unit', 'FDP-Fraktion im Rat der Stadt Wendelstedt', id='fraktion_anfrage-author_unit', marks=_STILL_MISSED("the group is named without the council it sits in ('FDP-Fraktion'), as the real set's cards name groups")),
    pytest.param(FRAKTION_ANFRAGE, 'addressees', ['Oberbürgermeister der Stadt Wendelstedt'], id='fraktion_anfrage-addressees', marks=_STILL_MISSED("the office is named with its holder ('Oberbürgermeister Thomas Albers'), as the real set's cards name him")),
    pytest.param(FRAKTION_ANFRAGE, 'signatories', ['Jana Roloff', 'Dirk Wessel'], id='fraktion_anfrage-signatories'),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'title', 'Proposed disposal of land at Ballymore Road, Carrigeen, to Carrigeen Community Development Association', id='irish_disposal_notice-title'),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'municipality', 'Kilbrannock County Council', id='irish_disposal_notice-municipality'),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'date', '2025-05-30', id='irish_disposal_notice-date'),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'addressees', ['The Cathaoirleach and each Member of Kilbrannock County Council'], id='irish_disposal_notice-addressees'),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'consultations', [('Kilbrannock County Council', '2025-06-23')], id='irish_disposal_notice-consultations', marks=_STILL_MISSED("'the meeting of the Council' is read as 'Council', not as the issuing council's name")),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'signatories', ['Siobhán Kearney'], id='irish_disposal_notice-signatories'),
    pytest.param(IRISH_DISPOSAL_NOTICE, 'author_unit', 'Housing and Property', id='irish_disposal_notice-author_unit'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'kind', 'minutes', id='swiss_stadtrat_beschluss-kind'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'title', 'Kreditbewilligung für die Erneuerung der Wasserleitung Talstrasse', id='swiss_stadtrat_beschluss-title'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'municipality', 'Stadt Wintersried', id='swiss_stadtrat_beschluss-municipality'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'paper', '2025-214', id='swiss_stadtrat_beschluss-paper'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'public', True, id='swiss_stadtrat_beschluss-public'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'consultations', [('Stadtrat', '2025-06-04')], id='swiss_stadtrat_beschluss-consultations'),
    pytest.param(SWISS_STADTRAT_BESCHLUSS, 'signatories', ['Corinne Baumgartner'], id='swiss_stadtrat_beschluss-signatories'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'kind', 'proposal', id='austrian_amtsvortrag-kind'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'title', 'Ankauf eines Kommunalfahrzeugs für den Bauhof', id='austrian_amtsvortrag-title'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'municipality', 'Marktgemeinde Oberhollabrunn', id='austrian_amtsvortrag-municipality'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'case', '031-2/2025', id='austrian_amtsvortrag-case'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'case_handler', 'Peter Wallner', id='austrian_amtsvortrag-case_handler'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'date', '2025-04-16', id='austrian_amtsvortrag-date'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'addressees', ['Gemeinderat'], id='austrian_amtsvortrag-addressees'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'consultations', [('Gemeinderat', '2025-05-08')], id='austrian_amtsvortrag-consultations'),
    pytest.param(AUSTRIAN_AMTSVORTRAG, 'signatories', ['Stefan Gruber'], id='austrian_amtsvortrag-signatories'),
    pytest.param(BVV_ANTRAG, 'kind', 'motion', id='bvv_antrag-kind'),
    pytest.param(BVV_ANTRAG, 'title', 'Sichere Schulwege in der Lindenallee', id='bvv_antrag-title'),
    pytest.param(BVV_ANTRAG, 'paper', 'DS/0456/VI', id='bvv_antrag-paper'),
    pytest.param(BVV_ANTRAG, 'date', '2025-05-21', id='bvv_antrag-date'),
    pytest.param(BVV_ANTRAG, 'author_unit', 'Fraktion Bündnis 90/Die Grünen', id='bvv_antrag-author_unit'),
    pytest.param(BVV_ANTRAG, 'addressees', ['Bezirksverordnetenversammlung'], id='bvv_antrag-addressees'),
    pytest.param(BVV_ANTRAG, 'signatories', ['Lea Sommerfeld'], id='bvv_antrag-signatories'),
    pytest.param(DANISH_HOERINGSBREV, 'kind', 'hearing', id='danish_hoeringsbrev-kind'),
    pytest.param(DANISH_HOERINGSBREV, 'title', 'Høring over forslag til lokalplan 412 for boligområde ved Skovbrynet', id='danish_hoeringsbrev-title'),
    pytest.param(DANISH_HOERINGSBREV, 'municipality', 'Vesterå Kommune', id='danish_hoeringsbrev-municipality'),
    pytest.param(DANISH_HOERINGSBREV, 'date', '2025-06-02', id='danish_hoeringsbrev-date'),
    pytest.param(DANISH_HOERINGSBREV, 'case', '01.02.05-P16-3-25', id='danish_hoeringsbrev-case'),
    pytest.param(DANISH_HOERINGSBREV, 'case_handler', 'Anders Kjær', id='danish_hoeringsbrev-case_handler'),
    pytest.param(DANISH_HOERINGSBREV, 'author_unit', 'Teknik og Miljø', id='danish_hoeringsbrev-author_unit'),
    pytest.param(DANISH_HOERINGSBREV, 'deadlines', ['2025-06-30'], id='danish_hoeringsbrev-deadlines'),
    pytest.param(DANISH_HOERINGSBREV, 'events', ['2025-06-16'], id='danish_hoeringsbrev-events'),
    pytest.param(DANISH_HOERINGSBREV, 'signatories', ['Anders Kjær'], id='danish_hoeringsbrev-signatories'),
    pytest.param(DANISH_HOERINGSBREV, 'emails', ['ankj@vestera.example.dk'], id='danish_hoeringsbrev-emails'),
    pytest.param(MAGISTRATSVORLAGE, 'kind', 'proposal', id='magistratsvorlage-kind'),
    pytest.param(MAGISTRATSVORLAGE, 'title', 'Erweiterung der Kindertagesstätte Am Sonnenhang', id='magistratsvorlage-title'),
    pytest.param(MAGISTRATSVORLAGE, 'municipality', 'Stadt Kronsfeld', id='magistratsvorlage-municipality'),
    pytest.param(MAGISTRATSVORLAGE, 'paper', '2025/117', id='magistratsvorlage-paper'),
    pytest.param(MAGISTRATSVORLAGE, 'date', '2025-04-28', id='magistratsvorlage-date'),
    pytest.param(MAGISTRATSVORLAGE, 'case', '40.2-611', id='magistratsvorlage-case'),
    pytest.param(MAGISTRATSVORLAGE, 'author_unit', 'FD 40 – Schulen, Kultur und Sport', id='magistratsvorlage-author_unit'),
    pytest.param(MAGISTRATSVORLAGE, 'addressees', ['Stadtverordnetenversammlung'], id='magistratsvorlage-addressees'),
    pytest.param(MAGISTRATSVORLAGE, 'consultations', [('Haupt- und Finanzausschuss', '2025-05-19'), ('Stadtverordnetenversammlung', '2025-06-05')], id='magistratsvorlage-consultations'),
    pytest.param(MAGISTRATSVORLAGE, 'signatories', ['Petra Lindner'], id='magistratsvorlage-signatories'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'kind', 'proposal', id='district_committee_report-kind'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'title', 'Adoption of the Local Cycling and Walking Infrastructure Plan', id='district_committee_report-title'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'author_unit', 'Director of Place', id='district_committee_report-author_unit'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'addressees', ['Planning Policy Committee'], id='district_committee_report-addressees'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'consultations', [('Full Council', '2025-07-17'), ('Planning Policy Committee', '2025-06-12')], id='district_committee_report-consultations'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'case_handler', 'Hannah Whitlock', id='district_committee_report-case_handler'),
    pytest.param(DISTRICT_COMMITTEE_REPORT, 'phones', ['01632 960118'], id='district_committee_report-phones'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_an_eighth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) == fold(expected)
