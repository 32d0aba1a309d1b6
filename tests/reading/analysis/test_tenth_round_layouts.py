"""Papers in layouts of a tenth round, written for these tests, read as a reader would.

Ten papers in head and letter shapes no earlier round covered, with names and wording of their own; their cards
were written down and committed before the papers were first read (`bench/results/cards_heldout.md`, tenth
round). Values a reader could write down two ways (the kind of an administration's statement on a motion or of
an officer's decision record, the date of an agenda item or of a decision "not before" a day, the addressee of a
Beschlussvorlage with a route of two bodies) were left out.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


# 1. a Danish sagsfremstilling with its form head, as Prepare/WorkZone print it
PREPARE_SAGSFREMSTILLING = """Halsted Kommune

Sagsfremstilling

Sagsnummer: 82.02.00-G01-14-25
Sagsansvarlig: Jonas Bech
Enhed: Vej og Trafik
Dato: 22. maj 2025

Udvalg: Teknik- og Miljøudvalget
Mødedato: 10. juni 2025

Titel: Trafiksikring af skolevejen ved Bakkeskolen

Beslutningstema
Teknik- og Miljøudvalget skal beslutte, om der skal etableres en hævet flade ved Bakkeskolen.

Sagsbeskrivelse
Forældrene ved Bakkeskolen har flere gange peget på, at bilerne kører for stærkt på Skolebakken om morgenen.

Økonomi
Anlægget koster 420.000 kr. og finansieres af puljen til trafiksikkerhed.

Indstilling
Direktionen indstiller, at der etableres en hævet flade ved Bakkeskolen.
"""

# 2. a Danish dagsordenpunkt as KMD/Netpublicator systems print it, under the meeting's head
NETPUBLICATOR_PUNKT = """Skovlund Kommune
Social- og Sundhedsudvalget
Dagsorden
Mødedato: 3. juni 2025 kl. 15:00
Mødested: Mødelokale 2, Rådhuset

Punkt 7. Godkendelse af kvalitetsstandard for hjemmepleje 2026
Sagsnr.: 27.12.00-P22-2-25
Sagsbehandler: Lotte Skov
Åben sag

Sagsfremstilling
Byrådet godkender hvert år kvalitetsstandarden for personlig og praktisk hjælp. Standarden for 2026 er ændret på to punkter.

Forslag til beslutning
Social og Sundhed anbefaler, at Social- og Sundhedsudvalget anbefaler kvalitetsstandarden over for Byrådet.

Beslutning
Anbefales.

Bilag
1. Kvalitetsstandard hjemmepleje 2026
"""

# 3. a German administration's statement on a group's motion, as SessionNet (Somacos) prints it
STELLUNGNAHME_DER_VERWALTUNG = """Stadt Lindenfels
Der Bürgermeister

Stellungnahme der Verwaltung
zum Antrag der CDU-Fraktion vom 14.04.2025 (Vorlage 2025/0231)

Vorlage Nr.: 2025/0263
Datum: 06.05.2025
Federführend: Amt 66 – Tiefbau und Verkehr
Bearbeiter: Herr Jan Reuter

Beratungsfolge:
Ausschuss für Stadtentwicklung und Verkehr    22.05.2025    Kenntnisnahme    Ö

Betreff:
Einrichtung von Fahrradstraßen im Stadtteil Nord

Stellungnahme:
Die Verwaltung begrüßt das Anliegen. Zwei der drei vorgeschlagenen Straßen eignen sich als Fahrradstraße.

Im Auftrag
gez. Reuter
"""

# 4. a German group's amendment to an administration's proposal, as a letter to the mayor
AENDERUNGSANTRAG = """SPD-Fraktion im Rat der Gemeinde Hohenwarth
Fraktionsvorsitzende Sabine Korte
Kirchstraße 4, 34567 Hohenwarth

An den Bürgermeister
der Gemeinde Hohenwarth
Herrn Tobias Engel
Rathausplatz 1
34567 Hohenwarth

Hohenwarth, 12. Mai 2025

Änderungsantrag zur Vorlage 2025/044
Betreff: Haushaltssatzung 2026 – Erhöhung der Mittel für die Jugendarbeit

Sehr geehrter Herr Bürgermeister,

die SPD-Fraktion beantragt, den Ansatz für die offene Jugendarbeit im Haushalt 2026 um 25.000 Euro zu erhöhen.

Begründung:
Der Jugendtreff in der Mühlenstraße ist seit Monaten überlaufen.

Mit freundlichen Grüßen

Sabine Korte
Fraktionsvorsitzende
"""

# 5. a Rhineland-Palatinate Verbandsgemeinde's Beschlussvorlage with its head in two columns
VERBANDSGEMEINDE_VORLAGE = """Verbandsgemeindeverwaltung Kellerbach
Fachbereich 3 – Bauen und Umwelt

Beschlussvorlage                          Drucksache Nr.: 0087/2025
                                          Datum: 19.05.2025
Sachbearbeitung: Frau Miriam Ott
Aktenzeichen: 3.1-612-05

Beratungsfolge                 Sitzungstermin   Zuständigkeit
Bauausschuss                   02.06.2025       Vorberatung
Verbandsgemeinderat            19.06.2025       Entscheidung

Betreff: Aufstellung des Bebauungsplans „Am Lerchenberg“ in der Ortsgemeinde Waldheim

Beschlussvorschlag:
Der Verbandsgemeinderat beschließt die Aufstellung des Bebauungsplans „Am Lerchenberg“.

Sachverhalt:
Die Ortsgemeinde Waldheim hat beantragt, am Lerchenberg zwölf Bauplätze auszuweisen.
"""

# 6. an English borough council's report for an individual cabinet member's decision
CABINET_MEMBER_REPORT = """Wexcombe Borough Council

Report to: Cabinet Member for Environment and Climate (individual decision)
Date of decision: not before 18 June 2025
Report of: Head of Waste and Street Scene
Report author: Priya Natarajan, Recycling Officer
Tel: 01632 960455
Wards: All
Key decision: No
Exempt: No

Subject: Introduction of a garden waste subscription discount for residents receiving council tax support

Purpose of report
1. To ask the Cabinet Member to approve a 50% discount on the garden waste subscription from April 2026.

Recommendation
2. That the Cabinet Member approves the discount set out in paragraph 1.
"""

# 7. a Welsh community council's letter to the county's planning service
COMMUNITY_COUNCIL_LETTER = """CYNGOR CYMUNED LLANFERWEN
LLANFERWEN COMMUNITY COUNCIL

Clerk: Mrs Eleri Morgan
Tŷ Newydd, Heol y Bont, Llanferwen, LL99 7AB
clerc@llanferwen-cc.example.cymru

Development Management
Planning Services
Gwynfor County Council
County Offices
LL99 1XY

24 June 2025

Dear Sir/Madam

Planning application C25/0412/18/LL – erection of 14 dwellings, land west of Ffordd Glan

The Community Council considered this application at its meeting on 19 June 2025 and resolved to object to it, because the lane to the site has no footway.

Yours faithfully

Eleri Morgan
Clerk to the Council
"""

# 8. an Austrian Stadtgemeinde's Amtsbericht for a committee's sitting
AMTSBERICHT = """STADTGEMEINDE FELDKIRCHEN AN DER ALM
Bauamt

GZ: BA-131/2025
Bearbeiter: Ing. Markus Pichler
Datum: 2. Juni 2025

AMTSBERICHT
für die Sitzung des Bauausschusses am 16. Juni 2025

Gegenstand: Sanierung der Gemeindestraße Mühlweg

Sachverhalt:
Die Fahrbahn des Mühlwegs ist auf 600 m stark beschädigt. Drei Angebote wurden eingeholt.

Antrag:
Der Bauausschuss möge dem Gemeinderat empfehlen, den Bestbieter mit der Sanierung zu beauftragen.

Der Bürgermeister:
Ing. Franz Haider
"""

# 9. a Swiss Gemeinderat's Botschaft to the Gemeindeversammlung, signed in two columns
BOTSCHAFT = """Gemeinde Rüttiberg

Botschaft
des Gemeinderates an die Gemeindeversammlung vom 26. Juni 2025

Traktandum 4
Verpflichtungskredit von Fr. 1'850'000 für die Sanierung des Schulhauses Matt

Ausgangslage
Das Schulhaus Matt wurde 1968 gebaut. Dach und Fenster müssen ersetzt werden.

Antrag
Der Gemeinderat beantragt der Gemeindeversammlung, den Verpflichtungskredit zu genehmigen.

Rüttiberg, 12. Mai 2025

GEMEINDERAT RÜTTIBERG
Der Gemeindepräsident    Der Gemeindeschreiber
Urs Keller               Beat Zürcher
"""

# 10. an English county council's record of an officer's decision
OFFICER_DECISION_RECORD = """Ashcombe County Council

RECORD OF OFFICER DECISION

Decision reference: ODR/HW/2025/031
Decision taker: Head of Highways and Transport, Daniel Frost
Date of decision: 3 July 2025
Subject: Temporary closure of Mill Lane, Brampford, for drainage works

Decision
To make a temporary traffic regulation order closing Mill Lane from 21 July 2025 for up to ten days.

Reasons for the decision
The drainage works cannot be carried out safely with the lane open.

Contact officer: Laura Whitby, Traffic Orders Officer, 01632 960782

Signed: Daniel Frost
Head of Highways and Transport
"""

EXPECTED = [
    pytest.param(PREPARE_SAGSFREMSTILLING, 'kind', 'proposal', id='prepare_sagsfremstilling-kind'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'title', 'Trafiksikring af skolevejen ved Bakkeskolen', id='prepare_sagsfremstilling-title'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'municipality', 'Halsted Kommune', id='prepare_sagsfremstilling-municipality'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'date', '2025-05-22', id='prepare_sagsfremstilling-date'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'case', '82.02.00-G01-14-25', id='prepare_sagsfremstilling-case'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'case_handler', 'Jonas Bech', id='prepare_sagsfremstilling-case_handler'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'author_unit', 'Vej og Trafik', id='prepare_sagsfremstilling-author_unit'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'addressees', ['Teknik- og Miljøudvalget'], id='prepare_sagsfremstilling-addressees'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'consultations', [('Teknik- og Miljøudvalget', '2025-06-10')], id='prepare_sagsfremstilling-consultations'),
    pytest.param(PREPARE_SAGSFREMSTILLING, 'signatories', [], id='prepare_sagsfremstilling-signatories'),
    pytest.param(NETPUBLICATOR_PUNKT, 'kind', 'agenda_item', id='netpublicator_punkt-kind'),
    pytest.param(NETPUBLICATOR_PUNKT, 'title', 'Godkendelse af kvalitetsstandard for hjemmepleje 2026', id='netpublicator_punkt-title'),
    pytest.param(NETPUBLICATOR_PUNKT, 'municipality', 'Skovlund Kommune', id='netpublicator_punkt-municipality'),
    pytest.param(NETPUBLICATOR_PUNKT, 'case', '27.12.00-P22-2-25', id='netpublicator_punkt-case'),
    pytest.param(NETPUBLICATOR_PUNKT, 'agenda_item', '7', id='netpublicator_punkt-agenda_item'),
    pytest.param(NETPUBLICATOR_PUNKT, 'case_handler', 'Lotte Skov', id='netpublicator_punkt-case_handler'),
    pytest.param(NETPUBLICATOR_PUNKT, 'public', True, id='netpublicator_punkt-public'),
    pytest.param(NETPUBLICATOR_PUNKT, 'addressees', ['Social- og Sundhedsudvalget'], id='netpublicator_punkt-addressees'),
    pytest.param(NETPUBLICATOR_PUNKT, 'consultations', [('Social- og Sundhedsudvalget', '2025-06-03')], id='netpublicator_punkt-consultations'),
    pytest.param(NETPUBLICATOR_PUNKT, 'attachments', ['Kvalitetsstandard hjemmepleje 2026'], id='netpublicator_punkt-attachments'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'title', 'Einrichtung von Fahrradstraßen im Stadtteil Nord', id='stellungnahme_der_verwaltung-title'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'municipality', 'Stadt Lindenfels', id='stellungnahme_der_verwaltung-municipality'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'paper', '2025/0263', id='stellungnahme_der_verwaltung-paper'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'date', '2025-05-06', id='stellungnahme_der_verwaltung-date'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'author_unit', 'Amt 66 – Tiefbau und Verkehr', id='stellungnahme_der_verwaltung-author_unit'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'case_handler', 'Jan Reuter', id='stellungnahme_der_verwaltung-case_handler'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'public', True, id='stellungnahme_der_verwaltung-public'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'addressees', ['Ausschuss für Stadtentwicklung und Verkehr'], id='stellungnahme_der_verwaltung-addressees'),
    pytest.param(STELLUNGNAHME_DER_VERWALTUNG, 'consultations', [('Ausschuss für Stadtentwicklung und Verkehr', '2025-05-22')], id='stellungnahme_der_verwaltung-consultations'),
    pytest.param(AENDERUNGSANTRAG, 'kind', 'motion', id='aenderungsantrag-kind'),
    pytest.param(AENDERUNGSANTRAG, 'title', 'Haushaltssatzung 2026 – Erhöhung der Mittel für die Jugendarbeit', id='aenderungsantrag-title'),
    pytest.param(AENDERUNGSANTRAG, 'municipality', 'Gemeinde Hohenwarth', id='aenderungsantrag-municipality'),
    pytest.param(AENDERUNGSANTRAG, 'date', '2025-05-12', id='aenderungsantrag-date'),
    pytest.param(AENDERUNGSANTRAG, 'author_unit', 'SPD-Fraktion', id='aenderungsantrag-author_unit'),
    pytest.param(AENDERUNGSANTRAG, 'addressees', ['Bürgermeister Tobias Engel'], id='aenderungsantrag-addressees'),
    pytest.param(AENDERUNGSANTRAG, 'signatories', ['Sabine Korte'], id='aenderungsantrag-signatories'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'kind', 'proposal', id='verbandsgemeinde_vorlage-kind'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'title', 'Aufstellung des Bebauungsplans „Am Lerchenberg“ in der Ortsgemeinde Waldheim', id='verbandsgemeinde_vorlage-title'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'municipality', 'Verbandsgemeinde Kellerbach', id='verbandsgemeinde_vorlage-municipality'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'paper', '0087/2025', id='verbandsgemeinde_vorlage-paper'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'date', '2025-05-19', id='verbandsgemeinde_vorlage-date'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'case', '3.1-612-05', id='verbandsgemeinde_vorlage-case'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'author_unit', 'Fachbereich 3 – Bauen und Umwelt', id='verbandsgemeinde_vorlage-author_unit'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'case_handler', 'Miriam Ott', id='verbandsgemeinde_vorlage-case_handler'),
    pytest.param(VERBANDSGEMEINDE_VORLAGE, 'consultations', [('Bauausschuss', '2025-06-02'), ('Verbandsgemeinderat', '2025-06-19')], id='verbandsgemeinde_vorlage-consultations'),
    pytest.param(CABINET_MEMBER_REPORT, 'kind', 'proposal', id='cabinet_member_report-kind'),
    pytest.param(CABINET_MEMBER_REPORT, 'title', 'Introduction of a garden waste subscription discount for residents receiving council tax support', id='cabinet_member_report-title'),
    pytest.param(CABINET_MEMBER_REPORT, 'municipality', 'Wexcombe Borough Council', id='cabinet_member_report-municipality'),
    pytest.param(CABINET_MEMBER_REPORT, 'author_unit', 'Head of Waste and Street Scene', id='cabinet_member_report-author_unit'),
    pytest.param(CABINET_MEMBER_REPORT, 'case_handler', 'Priya Natarajan', id='cabinet_member_report-case_handler'),
    pytest.param(CABINET_MEMBER_REPORT, 'addressees', ['Cabinet Member for Environment and Climate'], id='cabinet_member_report-addressees'),
    pytest.param(CABINET_MEMBER_REPORT, 'public', True, id='cabinet_member_report-public'),
    pytest.param(CABINET_MEMBER_REPORT, 'phones', ['01632 960455'], id='cabinet_member_report-phones'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'kind', 'letter', id='community_council_letter-kind'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'title', 'Planning application C25/0412/18/LL – erection of 14 dwellings, land west of Ffordd Glan', id='community_council_letter-title'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'municipality', 'Llanferwen Community Council', id='community_council_letter-municipality'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'date', '2025-06-24', id='community_council_letter-date'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'addressees', ['Gwynfor County Council'], id='community_council_letter-addressees'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'signatories', ['Eleri Morgan'], id='community_council_letter-signatories'),
    pytest.param(COMMUNITY_COUNCIL_LETTER, 'emails', ['clerc@llanferwen-cc.example.cymru'], id='community_council_letter-emails'),
    pytest.param(AMTSBERICHT, 'kind', 'proposal', id='amtsbericht-kind'),
    pytest.param(AMTSBERICHT, 'title', 'Sanierung der Gemeindestraße Mühlweg', id='amtsbericht-title'),
    pytest.param(AMTSBERICHT, 'municipality', 'Stadtgemeinde Feldkirchen an der Alm', id='amtsbericht-municipality'),
    pytest.param(AMTSBERICHT, 'case', 'BA-131/2025', id='amtsbericht-case'),
    pytest.param(AMTSBERICHT, 'case_handler', 'Markus Pichler', id='amtsbericht-case_handler'),
    pytest.param(AMTSBERICHT, 'date', '2025-06-02', id='amtsbericht-date'),
    pytest.param(AMTSBERICHT, 'author_unit', 'Bauamt', id='amtsbericht-author_unit'),
    pytest.param(AMTSBERICHT, 'addressees', ['Bauausschuss'], id='amtsbericht-addressees'),
    pytest.param(AMTSBERICHT, 'consultations', [('Bauausschuss', '2025-06-16')], id='amtsbericht-consultations'),
    pytest.param(AMTSBERICHT, 'signatories', ['Franz Haider'], id='amtsbericht-signatories'),
    pytest.param(BOTSCHAFT, 'kind', 'proposal', id='botschaft-kind'),
    pytest.param(BOTSCHAFT, 'title', "Verpflichtungskredit von Fr. 1'850'000 für die Sanierung des Schulhauses Matt", id='botschaft-title'),
    pytest.param(BOTSCHAFT, 'municipality', 'Gemeinde Rüttiberg', id='botschaft-municipality'),
    pytest.param(BOTSCHAFT, 'date', '2025-05-12', id='botschaft-date'),
    pytest.param(BOTSCHAFT, 'author_unit', 'Gemeinderat', id='botschaft-author_unit'),
    pytest.param(BOTSCHAFT, 'addressees', ['Gemeindeversammlung'], id='botschaft-addressees'),
    pytest.param(BOTSCHAFT, 'consultations', [('Gemeindeversammlung', '2025-06-26')], id='botschaft-consultations'),
    pytest.param(BOTSCHAFT, 'agenda_item', '4', id='botschaft-agenda_item'),
    pytest.param(BOTSCHAFT, 'signatories', ['Urs Keller', 'Beat Zürcher'], id='botschaft-signatories'),
    pytest.param(OFFICER_DECISION_RECORD, 'title', 'Temporary closure of Mill Lane, Brampford, for drainage works', id='officer_decision_record-title'),
    pytest.param(OFFICER_DECISION_RECORD, 'municipality', 'Ashcombe County Council', id='officer_decision_record-municipality'),
    pytest.param(OFFICER_DECISION_RECORD, 'paper', 'ODR/HW/2025/031', id='officer_decision_record-paper'),
    pytest.param(OFFICER_DECISION_RECORD, 'date', '2025-07-03', id='officer_decision_record-date'),
    pytest.param(OFFICER_DECISION_RECORD, 'author_unit', 'Head of Highways and Transport', id='officer_decision_record-author_unit'),
    pytest.param(OFFICER_DECISION_RECORD, 'case_handler', 'Laura Whitby', id='officer_decision_record-case_handler'),
    pytest.param(OFFICER_DECISION_RECORD, 'signatories', ['Daniel Frost'], id='officer_decision_record-signatories'),
    pytest.param(OFFICER_DECISION_RECORD, 'phones', ['01632 960782'], id='officer_decision_record-phones'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_tenth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) == fold(expected)
