"""Papers in layouts of a seventh round, written for these tests, read as a reader would.

Each document is in a shape no earlier round covered, with names and wording of its own; its card was
written down and committed before the paper was first read (`bench/results/cards_heldout.md`, seventh
round). Values a reader could write down two ways (the kind of a resident's question or of a mayor's
urgent decision, the author of a group's motion named only in brackets) were left out of the card.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


# 1. an Austrian Gemeinderat motion of two members, brought in at a sitting
AUSTRIAN_GEMEINDERAT_ANTRAG = """ANTRAG

der Gemeinderätinnen Eva Pichler und Lukas Hofer (Grüne)
betreffend Sanierung des Hallenbads Kirchfeld

eingebracht in der Sitzung des Gemeinderates der Stadtgemeinde Traunfeld am 22. Mai 2025

Das Hallenbad Kirchfeld ist seit 1978 in Betrieb und muss dringend saniert werden.

Die gefertigten Gemeinderätinnen stellen daher gemäß § 12 der Geschäftsordnung folgenden

Antrag:

Der Gemeinderat möge beschließen, die Sanierung des Hallenbads Kirchfeld in den Voranschlag 2026 aufzunehmen.

Traunfeld, 20. Mai 2025

Eva Pichler
Lukas Hofer
"""

# 2. an extract of a Danish kommunalbestyrelse's beslutningsprotokol
DANISH_PROTOKOL_EXTRACT = """Lyngdal Kommune

Uddrag af beslutningsprotokol
Kommunalbestyrelsen
Mødedato: 24. april 2025

87. Salg af byggegrund på Engvej 12

Sagsnr.: 25/04411
Sagsbehandler: Rasmus Holm

Indstilling
Økonomi og Ejendomme indstiller, at kommunalbestyrelsen godkender salget af byggegrunden til højestbydende.

Beslutning i Kommunalbestyrelsen den 24. april 2025
Godkendt.

Bilag
Købstilbud af 2. april 2025
"""

# 3. an excerpt of a German Kreistag's Niederschrift
KREISTAG_EXCERPT = """Landkreis Wesermarschen
Der Landrat

Auszug aus der Niederschrift
über die 12. Sitzung des Kreistages am 15.05.2025

öffentlich

TOP 7
Kreisstraßenbauprogramm 2025 bis 2027
Vorlage: KT/2025/041

Der Kreistag beschließt das Kreisstraßenbauprogramm 2025 bis 2027 in der Fassung der Anlage.

Abstimmungsergebnis: 41 Ja-Stimmen, 3 Nein-Stimmen, 2 Enthaltungen

Für die Richtigkeit des Auszugs:
Brandes
Protokollführerin
"""

# 4. the minutes of an English parish council
PARISH_MINUTES = """ASHCOMBE PARISH COUNCIL

Minutes of the Meeting of Ashcombe Parish Council held on Monday 12 May 2025 at 7.30 pm in the Village Hall

Present: Cllr A. Hart (Chair), Cllr B. Okafor, Cllr C. Dunn
In attendance: Mrs J. Ellis (Clerk), two members of the public
Apologies: Cllr D. Marsh

25/041 Declarations of interest
None.

25/042 Playing field drainage
RESOLVED to accept the quotation of £4,800 from Greenway Groundworks.

25/043 Date of next meeting
The next meeting will be held on Monday 9 June 2025 at 7.30 pm.

Signed ........................ Chair        Date ..................
"""

# 5. a Danish orientation to a committee, with its form lines under the title
DANISH_ORIENTERING = """Orientering til Børne- og Ungeudvalget

Status på daginstitutionsbyggeriet i Hvidbjerg

Møde: Børne- og Ungeudvalget 3. juni 2025
Sag: 25/11872
Fra: Dagtilbud og Skole
Dato: 20. maj 2025

Byggeriet af den nye daginstitution i Hvidbjerg følger tidsplanen, og institutionen forventes at åbne 1. marts 2026.

Udvalget orienteres om, at der er brugt 62 % af anlægsbudgettet.

Kontaktperson: Jonas Vestergaard, tlf. 87 65 43 21
"""

# 6. a resident's question for a German Stadtrat's question time
EINWOHNERFRAGE = """Stadt Bergheide
Einwohnerfragestunde

Einwohnerfrage
zur Sitzung des Stadtrates am 26.06.2025

Fragesteller: Jonas Brenner
Eingang: 10.06.2025

Betreff: Beleuchtung des Radwegs an der Mühlenau

Frage:
Wann wird der Radweg zwischen Mühlenau und Bahnhof beleuchtet?

Antwort der Verwaltung:
Die Beleuchtung ist im Haushalt 2026 vorgesehen.

Amt für Verkehr und Tiefbau
"""

# 7. a Scottish committee report with its form in capitals
SCOTTISH_COMMITTEE_REPORT = """Agenda Item 8

REPORT TO: EDUCATION, CHILDREN AND FAMILIES COMMITTEE
MEETING DATE: 3 JUNE 2025
REPORT BY: EXECUTIVE DIRECTOR OF EDUCATION AND LEARNING
REPORT NO: ECF/25/117

SUBJECT: EARLY LEARNING AND CHILDCARE ADMISSIONS POLICY

1. PURPOSE
1.1 This report seeks approval of a revised admissions policy for early learning and childcare.

2. RECOMMENDATIONS
2.1 The Committee is asked to approve the revised policy set out in Appendix 1.

Author: Fiona Mackay, Service Manager
Appendix 1: Revised Admissions Policy
"""

# 8. a Danish council member's question to the mayor
DANISH_MEMBER_QUESTION = """Spørgsmål til borgmesteren

Fra: Karen Dahl (SF), medlem af byrådet
Dato: 7. april 2025

Vedr.: Ventetid på hjemmehjælp

Jeg ønsker efter styrelsesvedtægtens § 11 svar på følgende spørgsmål:
1. Hvor lang er den gennemsnitlige ventetid på hjemmehjælp i 2025?
2. Hvor mange borgere venter i dag?

Med venlig hilsen
Karen Dahl
"""

# 9. a German mayor's urgent decision (Dringlichkeitsentscheidung)
DRINGLICHKEITSENTSCHEIDUNG = """Stadt Lindenfels
Der Oberbürgermeister

Dringlichkeitsentscheidung
gemäß § 43 Abs. 4 GemO

Aktenzeichen: 10.3-022/2025
Datum: 02.07.2025

Betreff: Beschaffung eines Einsatzleitwagens für die Freiwillige Feuerwehr

Entscheidung:
Der Auftrag zur Lieferung eines Einsatzleitwagens wird an die Firma Krüger Fahrzeugbau GmbH vergeben.

Begründung:
Der bisherige Einsatzleitwagen ist seit dem 20.06.2025 nicht mehr einsatzfähig.

Die Entscheidung wird dem Gemeinderat in seiner nächsten Sitzung am 24.07.2025 bekannt gegeben.

gez. Dr. Martin Seidel
Oberbürgermeister
"""

EXPECTED = [
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'kind', 'motion', id='austrian_gemeinderat_antrag-kind'),
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'title', 'Sanierung des Hallenbads Kirchfeld', id='austrian_gemeinderat_antrag-title'),
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'municipality', 'Stadtgemeinde Traunfeld', id='austrian_gemeinderat_antrag-municipality'),
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'date', '2025-05-20', id='austrian_gemeinderat_antrag-date'),
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'addressees', ['Gemeinderat'], id='austrian_gemeinderat_antrag-addressees'),
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'consultations', [('Gemeinderat', '2025-05-22')], id='austrian_gemeinderat_antrag-consultations'),
    pytest.param(AUSTRIAN_GEMEINDERAT_ANTRAG, 'signatories', ['Eva Pichler', 'Lukas Hofer'], id='austrian_gemeinderat_antrag-signatories'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'kind', 'minutes', id='danish_protokol_extract-kind'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'title', 'Salg af byggegrund på Engvej 12', id='danish_protokol_extract-title'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'municipality', 'Lyngdal Kommune', id='danish_protokol_extract-municipality'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'agenda_item', '87', id='danish_protokol_extract-agenda_item'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'case', '25/04411', id='danish_protokol_extract-case'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'case_handler', 'Rasmus Holm', id='danish_protokol_extract-case_handler'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'author_unit', 'Økonomi og Ejendomme', id='danish_protokol_extract-author_unit'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'consultations', [('Kommunalbestyrelsen', '2025-04-24')], id='danish_protokol_extract-consultations'),
    pytest.param(DANISH_PROTOKOL_EXTRACT, 'attachments', ['Købstilbud af 2. april 2025'], id='danish_protokol_extract-attachments'),
    pytest.param(KREISTAG_EXCERPT, 'kind', 'minutes', id='kreistag_excerpt-kind'),
    pytest.param(KREISTAG_EXCERPT, 'title', 'Kreisstraßenbauprogramm 2025 bis 2027', id='kreistag_excerpt-title'),
    pytest.param(KREISTAG_EXCERPT, 'municipality', 'Landkreis Wesermarschen', id='kreistag_excerpt-municipality'),
    pytest.param(KREISTAG_EXCERPT, 'paper', 'KT/2025/041', id='kreistag_excerpt-paper'),
    pytest.param(KREISTAG_EXCERPT, 'agenda_item', '7', id='kreistag_excerpt-agenda_item'),
    pytest.param(KREISTAG_EXCERPT, 'public', True, id='kreistag_excerpt-public'),
    pytest.param(KREISTAG_EXCERPT, 'consultations', [('Kreistag', '2025-05-15')], id='kreistag_excerpt-consultations'),
    pytest.param(PARISH_MINUTES, 'kind', 'minutes', id='parish_minutes-kind'),
    pytest.param(PARISH_MINUTES, 'title', 'Minutes of the Meeting of Ashcombe Parish Council', id='parish_minutes-title'),
    pytest.param(PARISH_MINUTES, 'municipality', 'Ashcombe Parish Council', id='parish_minutes-municipality'),
    pytest.param(PARISH_MINUTES, 'consultations', [('Ashcombe Parish Council', '2025-05-12')], id='parish_minutes-consultations'),
    pytest.param(DANISH_ORIENTERING, 'kind', 'notice', id='danish_orientering-kind'),
    pytest.param(DANISH_ORIENTERING, 'title', 'Status på daginstitutionsbyggeriet i Hvidbjerg', id='danish_orientering-title'),
    pytest.param(DANISH_ORIENTERING, 'date', '2025-05-20', id='danish_orientering-date'),
    pytest.param(DANISH_ORIENTERING, 'case', '25/11872', id='danish_orientering-case'),
    pytest.param(DANISH_ORIENTERING, 'author_unit', 'Dagtilbud og Skole', id='danish_orientering-author_unit'),
    pytest.param(DANISH_ORIENTERING, 'addressees', ['Børne- og Ungeudvalget'], id='danish_orientering-addressees'),
    pytest.param(DANISH_ORIENTERING, 'consultations', [('Børne- og Ungeudvalget', '2025-06-03')], id='danish_orientering-consultations'),
    pytest.param(DANISH_ORIENTERING, 'case_handler', 'Jonas Vestergaard', id='danish_orientering-case_handler'),
    pytest.param(DANISH_ORIENTERING, 'phones', ['87 65 43 21'], id='danish_orientering-phones'),
    pytest.param(EINWOHNERFRAGE, 'title', 'Beleuchtung des Radwegs an der Mühlenau', id='einwohnerfrage-title'),
    pytest.param(EINWOHNERFRAGE, 'municipality', 'Stadt Bergheide', id='einwohnerfrage-municipality'),
    pytest.param(EINWOHNERFRAGE, 'date', '2025-06-10', id='einwohnerfrage-date'),
    pytest.param(EINWOHNERFRAGE, 'addressees', ['Stadtrat'], id='einwohnerfrage-addressees'),
    pytest.param(EINWOHNERFRAGE, 'consultations', [('Stadtrat', '2025-06-26')], id='einwohnerfrage-consultations'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'kind', 'proposal', id='scottish_committee_report-kind'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'title', 'EARLY LEARNING AND CHILDCARE ADMISSIONS POLICY', id='scottish_committee_report-title'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'agenda_item', '8', id='scottish_committee_report-agenda_item'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'paper', 'ECF/25/117', id='scottish_committee_report-paper'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'addressees', ['EDUCATION, CHILDREN AND FAMILIES COMMITTEE'], id='scottish_committee_report-addressees'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'consultations', [('EDUCATION, CHILDREN AND FAMILIES COMMITTEE', '2025-06-03')], id='scottish_committee_report-consultations'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'author_unit', 'Executive Director of Education and Learning', id='scottish_committee_report-author_unit'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'case_handler', 'Fiona Mackay', id='scottish_committee_report-case_handler'),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, 'attachments', ['Revised Admissions Policy'], id='scottish_committee_report-attachments'),
    pytest.param(DANISH_MEMBER_QUESTION, 'kind', 'motion', id='danish_member_question-kind'),
    pytest.param(DANISH_MEMBER_QUESTION, 'title', 'Ventetid på hjemmehjælp', id='danish_member_question-title'),
    pytest.param(DANISH_MEMBER_QUESTION, 'date', '2025-04-07', id='danish_member_question-date'),
    pytest.param(DANISH_MEMBER_QUESTION, 'signatories', ['Karen Dahl'], id='danish_member_question-signatories'),
    pytest.param(DANISH_MEMBER_QUESTION, 'addressees', ['Borgmesteren'], id='danish_member_question-addressees'),
    pytest.param(DRINGLICHKEITSENTSCHEIDUNG, 'title', 'Beschaffung eines Einsatzleitwagens für die Freiwillige Feuerwehr', id='dringlichkeitsentscheidung-title'),
    pytest.param(DRINGLICHKEITSENTSCHEIDUNG, 'municipality', 'Stadt Lindenfels', id='dringlichkeitsentscheidung-municipality'),
    pytest.param(DRINGLICHKEITSENTSCHEIDUNG, 'case', '10.3-022/2025', id='dringlichkeitsentscheidung-case'),
    pytest.param(DRINGLICHKEITSENTSCHEIDUNG, 'date', '2025-07-02', id='dringlichkeitsentscheidung-date'),
    pytest.param(DRINGLICHKEITSENTSCHEIDUNG, 'signatories', ['Martin Seidel'], id='dringlichkeitsentscheidung-signatories'),
    pytest.param(DRINGLICHKEITSENTSCHEIDUNG, 'consultations', [('Gemeinderat', '2025-07-24')], id='dringlichkeitsentscheidung-consultations'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_seventh_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) == fold(expected)
