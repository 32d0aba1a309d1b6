"""Papers in layouts of a sixth round, written for these tests, read as a reader would.

Each document is in a shape no earlier round covered, with names and wording of its own; its card was
written down before the paper was first read (`bench/results/cards_heldout.md`, sixth round). All 77
values are asserted: the eight still missed after that round were read right by later general rules.
"""


import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import read_field


# 1. a council proposal in the shape Dutch municipalities print, in English
DUTCH_STYLE_PROPOSAL = """Municipality of Waterbrug

Council Proposal

Registration number: 2025-0412
Portfolio holder: Alderman J. de Vries
Department: Spatial Development
Contact: Anouk Bakker
Date: 18 March 2025

Council meeting: 24 April 2025
Agenda item: 9

Subject: Zoning Plan Harbour Quarter, adoption

Proposed decision
The council is asked to adopt the zoning plan Harbour Quarter.

Summary
The draft plan was open for comments for six weeks; four comments were received.

Attachments
1. Zoning Plan Harbour Quarter
2. Report on the comments received
"""

# 2. a Danish regionsråd case
REGIONSRAAD_SAG = """Region Vestkyst

Regionsrådet
Mødedato: 26. marts 2025

Sagsnr.: 24/18875
Sagsbehandler: Lise Mørk
Enhed: Regional Udvikling

Behandling
Forretningsudvalget 12.03.2025
Regionsrådet 26.03.2025

Tilskud til kollektiv trafik i yderområder

Indstilling
Administrationen indstiller, at regionsrådet bevilger 3,5 mio. kr. til kollektiv trafik i yderområder.

Sagsfremstilling
Regionen har siden 2022 støttet fire busruter i yderområderne.

Bilag
Oversigt over busruter
Passagertal 2024
"""

# 3. a Bavarian Bezirksausschuss Antrag
BEZIRKSAUSSCHUSS_ANTRAG = """Bezirksausschuss 12 Lerchenau-Nord
der Landeshauptstadt München

Fraktion Bündnis 90/Die Grünen

An den Vorsitzenden des Bezirksausschusses 12

München, 6. Mai 2025

Antrag

Sichere Querung der Feldbergstraße an der Grundschule

Der Bezirksausschuss möge beschließen:
Die Landeshauptstadt München wird aufgefordert, an der Feldbergstraße auf Höhe der Grundschule einen Fußgängerüberweg einzurichten.

Begründung
Viele Kinder queren die Straße ohne Hilfe auf dem Schulweg.

Initiative: Sabine Obermaier, Florian Wenger
"""

# 4. a Hamburg-style Drucksache of a Bezirksversammlung
HAMBURG_DRUCKSACHE = """Freie und Hansestadt Hamburg
Bezirksamt Hafenrand

Drucksachen-Nr.: 22-1873
Datum: 14.04.2025
Beschlussempfehlung

Beratungsfolge
Gremium\tDatum
Ausschuss für Mobilität\t05.05.2025
Bezirksversammlung\t22.05.2025

Neugestaltung des Marktplatzes Elbhöhe

Sachverhalt:
Der Marktplatz Elbhöhe soll nach den Ergebnissen der Bürgerbeteiligung neu gestaltet werden.

Petitum/Beschlussempfehlung:
Die Bezirksversammlung wird gebeten, der Planung zuzustimmen.

Anlage/n:
Entwurfsplan Marktplatz Elbhöhe
"""

# 5. a Welsh county council report, with its bilingual heading
WELSH_REPORT = """CYNGOR SIR CAERDELYN
CAERDELYN COUNTY COUNCIL

CABINET
10 JUNE 2025

REPORT OF THE CORPORATE DIRECTOR OF PLACE

WELSH LANGUAGE PROMOTION STRATEGY 2025-2030

Reason for this Report
1. To seek Cabinet approval of the Welsh Language Promotion Strategy 2025-2030.

Recommendations
2. Cabinet is recommended to approve the strategy attached as Appendix A.

Contact Officer: Rhys Pritchard
Appendix A – Welsh Language Promotion Strategy 2025-2030
"""

# 6. a Danish lokaludvalg's høringssvar
LOKALUDVALG_HOERINGSSVAR = """Nordvang Lokaludvalg
Nordvang Kulturhus
Skolevej 4
2720 Nordvang

Til Teknik- og Miljøforvaltningen

Nordvang, 2. juni 2025

Høringssvar vedrørende forslag til Lokalplan 512 – Stationsområdet

Nordvang Lokaludvalg takker for muligheden for at afgive høringssvar.
Lokaludvalget støtter planen, men ønsker flere cykelparkeringer ved stationen.

Med venlig hilsen

Maria Skov
Formand for Nordvang Lokaludvalg
"""

# 7. an Austrian Stadtsenat Antrag (Amtsbericht)
STADTSENAT_ANTRAG = """Magistrat der Stadt Hollfeld
Abteilung Stadtplanung

GZ: StP-214/2025
Hollfeld, am 3. April 2025

Antrag an den Stadtsenat

Ankauf des Grundstücks Gst. Nr. 412/3, KG Hollfeld

Bericht:
Die Stadt beabsichtigt, das Grundstück für den Bau eines Kindergartens zu erwerben.

Antrag:
Der Stadtsenat wolle beschließen, das Grundstück um EUR 620.000,- anzukaufen.

Der Bürgermeister:
Mag. Stefan Gruber
"""

# 8. a Swiss Einwohnerrat Interpellation
SWISS_INTERPELLATION = """Einwohnerrat Lindwil

Interpellation

betreffend Wartezeiten bei den Tagesstrukturen

eingereicht von Claudia Meier (SP) und Marco Frei (GLP)
am 28. Januar 2025

Der Gemeinderat wird gebeten, folgende Fragen zu beantworten:
1. Wie viele Kinder stehen derzeit auf der Warteliste?
2. Welche Massnahmen plant der Gemeinderat?
"""

# 9. a Scottish committee minute extract
SCOTTISH_MINUTE_EXTRACT = """Extract from the Minute of the Meeting of the
Housing and Communities Committee
held on 15 May 2025

Item 6
Council House Rent Arrears Policy

The Committee considered a report by the Executive Director of Communities on a revised rent arrears policy.

Decision
The Committee agreed to approve the revised policy.
"""

# 10. a German Kreistag Beschlussvorlage from regisafe
REGISAFE_KREISTAG_VORLAGE = """Landkreis Mittelheide
Der Landrat

Beschlussvorlage
Vorlagen-Nr.: 2025/0089
öffentlich

Federführung: Fachbereich 40 Schule und Kultur
Aktenzeichen: 40.1-211-05
Bearbeitung: Jana Köhler
Datum: 20.02.2025

Beratungsfolge\tSitzungstermin\tZuständigkeit
Schulausschuss\t10.03.2025\tVorberatung
Kreisausschuss\t24.03.2025\tVorberatung
Kreistag\t07.04.2025\tEntscheidung

Betreff:
Schulentwicklungsplan 2025 bis 2030

Beschlussvorschlag:
Der Kreistag beschließt den Schulentwicklungsplan 2025 bis 2030.

Anlagen:
Schulentwicklungsplan 2025-2030
"""

EXPECTED = [
    pytest.param(DUTCH_STYLE_PROPOSAL, 'kind', 'proposal', id='dutch_style_proposal-kind'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'title', 'Zoning Plan Harbour Quarter, adoption', id='dutch_style_proposal-title'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'municipality', 'Municipality of Waterbrug', id='dutch_style_proposal-municipality'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'date', '2025-03-18', id='dutch_style_proposal-date'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'agenda_item', '9', id='dutch_style_proposal-agenda_item'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'author_unit', 'Spatial Development', id='dutch_style_proposal-author_unit'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'case_handler', 'Anouk Bakker', id='dutch_style_proposal-case_handler'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'consultations', [('Council', '2025-04-24')], id='dutch_style_proposal-consultations'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'paper', '2025-0412', id='dutch_style_proposal-paper'),
    pytest.param(DUTCH_STYLE_PROPOSAL, 'attachments', ['Report on the comments received', 'Zoning Plan Harbour Quarter'], id='dutch_style_proposal-attachments'),
    pytest.param(REGIONSRAAD_SAG, 'kind', 'proposal', id='regionsraad_sag-kind'),
    pytest.param(REGIONSRAAD_SAG, 'title', 'Tilskud til kollektiv trafik i yderområder', id='regionsraad_sag-title'),
    pytest.param(REGIONSRAAD_SAG, 'municipality', 'Region Vestkyst', id='regionsraad_sag-municipality'),
    pytest.param(REGIONSRAAD_SAG, 'case', '24/18875', id='regionsraad_sag-case'),
    pytest.param(REGIONSRAAD_SAG, 'case_handler', 'Lise Mørk', id='regionsraad_sag-case_handler'),
    pytest.param(REGIONSRAAD_SAG, 'author_unit', 'Regional Udvikling', id='regionsraad_sag-author_unit'),
    pytest.param(REGIONSRAAD_SAG, 'consultations', [('Forretningsudvalget', '2025-03-12'), ('Regionsrådet', '2025-03-26')], id='regionsraad_sag-consultations'),
    pytest.param(REGIONSRAAD_SAG, 'attachments', ['Oversigt over busruter', 'Passagertal 2024'], id='regionsraad_sag-attachments'),
    pytest.param(REGIONSRAAD_SAG, 'date', None, id='regionsraad_sag-date'),
    pytest.param(BEZIRKSAUSSCHUSS_ANTRAG, 'kind', 'motion', id='bezirksausschuss_antrag-kind'),
    pytest.param(BEZIRKSAUSSCHUSS_ANTRAG, 'title', 'Sichere Querung der Feldbergstraße an der Grundschule', id='bezirksausschuss_antrag-title'),
    pytest.param(BEZIRKSAUSSCHUSS_ANTRAG, 'municipality', 'Landeshauptstadt München', id='bezirksausschuss_antrag-municipality'),
    pytest.param(BEZIRKSAUSSCHUSS_ANTRAG, 'date', '2025-05-06', id='bezirksausschuss_antrag-date'),
    pytest.param(BEZIRKSAUSSCHUSS_ANTRAG, 'author_unit', 'Fraktion Bündnis 90/Die Grünen', id='bezirksausschuss_antrag-author_unit'),
    pytest.param(BEZIRKSAUSSCHUSS_ANTRAG, 'addressees', ['Vorsitzenden des Bezirksausschusses 12'], id='bezirksausschuss_antrag-addressees'),
    pytest.param(HAMBURG_DRUCKSACHE, 'kind', 'proposal', id='hamburg_drucksache-kind'),
    pytest.param(HAMBURG_DRUCKSACHE, 'title', 'Neugestaltung des Marktplatzes Elbhöhe', id='hamburg_drucksache-title'),
    pytest.param(HAMBURG_DRUCKSACHE, 'municipality', 'Freie und Hansestadt Hamburg', id='hamburg_drucksache-municipality'),
    pytest.param(HAMBURG_DRUCKSACHE, 'date', '2025-04-14', id='hamburg_drucksache-date'),
    pytest.param(HAMBURG_DRUCKSACHE, 'paper', '22-1873', id='hamburg_drucksache-paper'),
    pytest.param(HAMBURG_DRUCKSACHE, 'author_unit', 'Bezirksamt Hafenrand', id='hamburg_drucksache-author_unit'),
    pytest.param(HAMBURG_DRUCKSACHE, 'consultations', [('Ausschuss für Mobilität', '2025-05-05'), ('Bezirksversammlung', '2025-05-22')], id='hamburg_drucksache-consultations'),
    pytest.param(HAMBURG_DRUCKSACHE, 'attachments', ['Entwurfsplan Marktplatz Elbhöhe'], id='hamburg_drucksache-attachments'),
    pytest.param(WELSH_REPORT, 'kind', 'proposal', id='welsh_report-kind'),
    pytest.param(WELSH_REPORT, 'title', 'WELSH LANGUAGE PROMOTION STRATEGY 2025-2030', id='welsh_report-title'),
    pytest.param(WELSH_REPORT, 'municipality', 'Caerdelyn County Council', id='welsh_report-municipality'),
    pytest.param(WELSH_REPORT, 'addressees', ['CABINET'], id='welsh_report-addressees'),
    pytest.param(WELSH_REPORT, 'consultations', [('CABINET', '2025-06-10')], id='welsh_report-consultations'),
    pytest.param(WELSH_REPORT, 'author_unit', 'Corporate Director of Place', id='welsh_report-author_unit'),
    pytest.param(WELSH_REPORT, 'case_handler', 'Rhys Pritchard', id='welsh_report-case_handler'),
    pytest.param(WELSH_REPORT, 'attachments', ['Welsh Language Promotion Strategy 2025-2030'], id='welsh_report-attachments'),
    pytest.param(WELSH_REPORT, 'date', None, id='welsh_report-date'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'kind', 'letter', id='lokaludvalg_hoeringssvar-kind'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'title', 'Høringssvar vedrørende forslag til Lokalplan 512 – Stationsområdet', id='lokaludvalg_hoeringssvar-title'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'date', '2025-06-02', id='lokaludvalg_hoeringssvar-date'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'signatories', ['Maria Skov'], id='lokaludvalg_hoeringssvar-signatories'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'author_unit', 'Nordvang Lokaludvalg', id='lokaludvalg_hoeringssvar-author_unit'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'addressees', ['Teknik- og Miljøforvaltningen'], id='lokaludvalg_hoeringssvar-addressees'),
    pytest.param(LOKALUDVALG_HOERINGSSVAR, 'deadlines', [], id='lokaludvalg_hoeringssvar-deadlines'),
    pytest.param(STADTSENAT_ANTRAG, 'kind', 'proposal', id='stadtsenat_antrag-kind'),
    pytest.param(STADTSENAT_ANTRAG, 'addressees', ['Stadtsenat'], id='stadtsenat_antrag-addressees'),
    pytest.param(STADTSENAT_ANTRAG, 'signatories', ['Stefan Gruber'], id='stadtsenat_antrag-signatories'),
    pytest.param(STADTSENAT_ANTRAG, 'title', 'Ankauf des Grundstücks Gst. Nr. 412/3, KG Hollfeld', id='stadtsenat_antrag-title'),
    pytest.param(STADTSENAT_ANTRAG, 'municipality', 'Stadt Hollfeld', id='stadtsenat_antrag-municipality'),
    pytest.param(STADTSENAT_ANTRAG, 'date', '2025-04-03', id='stadtsenat_antrag-date'),
    pytest.param(STADTSENAT_ANTRAG, 'case', 'StP-214/2025', id='stadtsenat_antrag-case'),
    pytest.param(STADTSENAT_ANTRAG, 'author_unit', 'Abteilung Stadtplanung', id='stadtsenat_antrag-author_unit'),
    pytest.param(SWISS_INTERPELLATION, 'kind', 'motion', id='swiss_interpellation-kind'),
    pytest.param(SWISS_INTERPELLATION, 'date', '2025-01-28', id='swiss_interpellation-date'),
    pytest.param(SWISS_INTERPELLATION, 'addressees', ['Gemeinderat'], id='swiss_interpellation-addressees'),
    pytest.param(SWISS_INTERPELLATION, 'title', 'Wartezeiten bei den Tagesstrukturen', id='swiss_interpellation-title'),
    pytest.param(SCOTTISH_MINUTE_EXTRACT, 'kind', 'minutes', id='scottish_minute_extract-kind'),
    pytest.param(SCOTTISH_MINUTE_EXTRACT, 'title', 'Council House Rent Arrears Policy', id='scottish_minute_extract-title'),
    pytest.param(SCOTTISH_MINUTE_EXTRACT, 'agenda_item', '6', id='scottish_minute_extract-agenda_item'),
    pytest.param(SCOTTISH_MINUTE_EXTRACT, 'consultations', [('Housing and Communities Committee', '2025-05-15')], id='scottish_minute_extract-consultations'),
    pytest.param(SCOTTISH_MINUTE_EXTRACT, 'date', None, id='scottish_minute_extract-date'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'kind', 'proposal', id='regisafe_kreistag_vorlage-kind'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'title', 'Schulentwicklungsplan 2025 bis 2030', id='regisafe_kreistag_vorlage-title'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'municipality', 'Landkreis Mittelheide', id='regisafe_kreistag_vorlage-municipality'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'date', '2025-02-20', id='regisafe_kreistag_vorlage-date'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'paper', '2025/0089', id='regisafe_kreistag_vorlage-paper'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'case', '40.1-211-05', id='regisafe_kreistag_vorlage-case'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'public', True, id='regisafe_kreistag_vorlage-public'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'author_unit', 'Fachbereich 40 Schule und Kultur', id='regisafe_kreistag_vorlage-author_unit'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'case_handler', 'Jana Köhler', id='regisafe_kreistag_vorlage-case_handler'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'consultations', [('Kreisausschuss', '2025-03-24'), ('Kreistag', '2025-04-07'), ('Schulausschuss', '2025-03-10')], id='regisafe_kreistag_vorlage-consultations'),
    pytest.param(REGISAFE_KREISTAG_VORLAGE, 'attachments', ['Schulentwicklungsplan 2025-2030'], id='regisafe_kreistag_vorlage-attachments'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_sixth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert read_field(analyse(text), field) == expected
