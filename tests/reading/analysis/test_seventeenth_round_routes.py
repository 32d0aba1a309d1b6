"""Papers of a seventeenth round, written for these tests: routes, agenda items, public flags and attachment lists.

Eight short papers in layouts and genres no earlier round used, with invented places and wording of their own: a
Welsh county council's bilingual cover sheet ("Pwyllgor / Committee", "Eitem Rhif / Item No.", "Rhan 1 / Part 1")
with a "Decision route" list and "Atodiadau / Appendices", a Danish notat whose route stands in a "Tidsplan" table of
body, step and day beside a row that is no body and whose attachments are a "Bilagsfortegnelse", a South Tyrolean
Gemeinderat's register extract ("Punkt 5 der Tagesordnung", "öffentliche Sitzung", the opinion of a commission "vom
…"), a Swiss Einwohnerrat's "Bericht und Antrag" with a "Traktandum" head line and a "Vorberatende Kommission:" row,
a German minute's extract whose "Behandelt in:" table gives body, day, item and result (a deferral among them), a New
Zealand committee's public-excluded report with an "Item:" number and arrow-marked attachments, a US city council
resolution whose recitals name the commission that saw it first and whose exhibits stand in a table, and a German
Bezirkstag committee's "Beschlussempfehlung und Bericht" (federführend, mitberatend, "Beratung in den Ausschüssen").
Their values were written down and committed before the papers were first read (`bench/results/cards_heldout.md`,
seventeenth round). Left out as ambiguous: whether the sitting that referred a paper to committees, a commission's
written opinion, or a council named only as the addressee of a recommendation is a step of the route.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field

# 1. a Welsh county council's bilingual cover sheet with a decision route and Welsh/English appendices
WELSH_BILINGUAL_COVER = """CYNGOR SIR DYFNANT / DYFNANT COUNTY COUNCIL

Pwyllgor / Committee:        Cabinet
Dyddiad / Date:              17 March 2026
Eitem Rhif / Item No.:       8
Teitl / Title:               School Transport Policy 2026/27
Rhan 1 / Part 1:             Public

Llwybr Penderfynu / Decision route:
Education and Skills Scrutiny Committee – 24 February 2026
Cabinet – 17 March 2026
County Council – 26 March 2026

1. Purpose of the report
1.1 To ask Cabinet to recommend the revised School Transport Policy to the County Council.

2. Recommendation
2.1 That Cabinet recommends the policy in Appendix A to the County Council for adoption.

Atodiadau / Appendices:
Atodiad A / Appendix A – Draft School Transport Policy 2026/27
Atodiad B / Appendix B – Integrated Impact Assessment
"""

# 2. a Danish notat with a "Tidsplan" table (body, step, day) and a "Bilagsfortegnelse"
DANISH_TIDSPLAN_NOTAT = """Vesterå Kommune
Kultur og Fritid

NOTAT

Dato: 12. marts 2026
Sagsnr.: 20.00.00-P20-4-26

Ny frivillighedspolitik 2026-2030

Forslaget til ny frivillighedspolitik er udarbejdet sammen med Frivilligrådet. Politikken afløser politikken
fra 2019 og lægger vægt på unge frivillige.

Tidsplan
Udvalget for Kultur og Fritid      behandling        8. april 2026
Økonomiudvalget                    anbefaling        20. april 2026
Kommunalbestyrelsen                beslutning        29. april 2026
Offentliggørelse på hjemmesiden                      maj 2026

Bilagsfortegnelse
1. Udkast til frivillighedspolitik 2026-2030
2. Høringssvar fra Frivilligrådet
3. Opsamling fra dialogmøde med foreningerne
"""

# 3. a South Tyrolean Gemeinderat's register extract: item of the agenda, public sitting, a commission's opinion
SOUTH_TYROL_REGISTER_EXTRACT = """Marktgemeinde Oberfeld

Auszug aus dem Beschlussregister des Gemeinderates

Sitzung vom 12.03.2026 – öffentliche Sitzung in erster Einberufung
Punkt 5 der Tagesordnung

Beschluss Nr. 14

Gegenstand: Genehmigung der Verordnung über die Benützung des Sportzentrums Talwiese

Der Gemeinderat

nach Einsichtnahme in den Entwurf der Verordnung, welcher diesem Beschluss als Anlage A beiliegt;
nach Einsichtnahme in das Gutachten der Ratskommission für Sport und Freizeit vom 02.03.2026;
nach Anhören der Ausführungen der Referentin für Sport;

beschließt

mit 16 Ja-Stimmen und 2 Enthaltungen, in gesetzlicher Form ausgedrückt,

1. die Verordnung über die Benützung des Sportzentrums Talwiese laut Anlage A zu genehmigen;
2. die Tarifordnung laut Anlage B zu genehmigen.

Anlagen:
Anlage A – Verordnung über die Benützung des Sportzentrums Talwiese
Anlage B – Tarifordnung 2026
"""

# 4. a Swiss Einwohnerrat's "Bericht und Antrag" with a Traktandum head line and the preparing commission
SWISS_EINWOHNERRAT = """Gemeinde Lindenau
Gemeinderat

Bericht und Antrag des Gemeinderates an den Einwohnerrat

Einwohnerratssitzung vom 23. April 2026 – Traktandum 5
Geschäft Nr. 26.017
Vorberatende Kommission: Finanz- und Geschäftsprüfungskommission (Sitzung vom 7. April 2026)

Verpflichtungskredit von CHF 2,35 Mio. für die Sanierung der Mehrzweckhalle Rüti

1. Ausgangslage
Die Mehrzweckhalle Rüti wurde 1979 erstellt. Dach und Lüftung müssen ersetzt werden.

2. Antrag
Der Einwohnerrat bewilligt für die Sanierung der Mehrzweckhalle Rüti einen Verpflichtungskredit von
CHF 2,35 Mio.

Beilagenverzeichnis
Beilage 1: Kostenvoranschlag vom 14. Januar 2026
Beilage 2: Planunterlagen Sanierung
"""

# 5. a German minute's extract whose "Behandelt in:" table gives body, day, item and result
GERMAN_MINUTE_BEHANDELT_IN = """Gemeinde Hollerstedt

Auszug aus der Niederschrift über die öffentliche Sitzung des Gemeinderates am 24.03.2026

TOP Ö 7   Bebauungsplan Nr. 31 "Am Mühlenbach" – Satzungsbeschluss
Vorlage: 2026/019

Behandelt in:
Gremium                        Sitzung vom   TOP   Ergebnis
Bau- und Umweltausschuss       03.02.2026    4     vertagt
Bau- und Umweltausschuss       03.03.2026    5     empfohlen
Gemeinderat                    24.03.2026    7     beschlossen

Sachverhalt:
Die Stellungnahmen aus der öffentlichen Auslegung wurden abgewogen. Änderungen am Plan waren nicht nötig.

Beschluss:
Der Gemeinderat beschließt den Bebauungsplan Nr. 31 "Am Mühlenbach" als Satzung.

Abstimmungsergebnis: 15 Ja, 2 Nein, 0 Enthaltungen
"""

# 6. a New Zealand committee's public-excluded report with its item number and arrow-marked attachments
NZ_PUBLIC_EXCLUDED = """Tarawhiti District Council

Strategy and Finance Committee – Public Excluded

Meeting date: 12 March 2026
Item: 14.2
Report by: Property Manager

Sale of the former Kahu Road depot

The public is excluded from the consideration of this report under section 48(1)(a) of the Local Government
Official Information and Meetings Act 1987, to protect the Council's position in commercial negotiations.

Recommendation
That the Strategy and Finance Committee:
a) receives the report;
b) approves the sale of the former Kahu Road depot to the highest tenderer.

Attachments
1 Registered valuation of the Kahu Road depot ⇩
2 Site plan and title ⇩
"""

# 7. a US city council resolution: a commission named in the recitals, adoption at a meeting, an exhibits table
US_RESOLUTION_EXHIBITS = """CITY OF MAPLE FALLS

RESOLUTION NO. 2026-18

A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF MAPLE FALLS ADOPTING THE 2026-2031 CAPITAL IMPROVEMENT PLAN

WHEREAS, the Planning Commission reviewed the draft Capital Improvement Plan at its meeting on February 9, 2026
and recommended its approval to the City Council; and

WHEREAS, the plan lists the street, water and park projects the City intends to fund over six years;

NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Maple Falls that the 2026-2031 Capital
Improvement Plan attached as Exhibit A is adopted.

PASSED AND ADOPTED at a regular meeting of the City Council held on March 2, 2026.

Exhibit   Description
A         2026-2031 Capital Improvement Plan
B         Project Funding Summary by Year
"""

# 8. a German Bezirkstag committee's "Beschlussempfehlung und Bericht" (federführend, mitberatend)
BEZIRKSTAG_BESCHLUSSEMPFEHLUNG = """Bezirkstag Oberwald                                   Drucksache 3/0412
                                                      06.03.2026

Beschlussempfehlung und Bericht
des Ausschusses für Umwelt und Landwirtschaft (federführend)

zu der Vorlage der Bezirksverwaltung – Drucksache 3/0388 –
Pflegeplan für die Moorwiesen am Lohbach

A. Überweisung
Der Bezirkstag hat die Vorlage in seiner Sitzung am 22. Januar 2026 an den Ausschuss für Umwelt und
Landwirtschaft (federführend) und an den Haushaltsausschuss (mitberatend) überwiesen.

B. Beratung in den Ausschüssen
Haushaltsausschuss (mitberatend)                          11.02.2026   Zustimmung, einstimmig
Ausschuss für Umwelt und Landwirtschaft (federführend)    25.02.2026   Zustimmung bei 1 Enthaltung

C. Beschlussempfehlung
Der Bezirkstag möge in seiner Sitzung am 19. März 2026 beschließen:
Dem Pflegeplan für die Moorwiesen am Lohbach wird zugestimmt.

Berichterstatterin: Jana Wiebers
"""


EXPECTED = [
    pytest.param(WELSH_BILINGUAL_COVER, "consultations", [
        ("Cabinet", "2026-03-17"), ("County Council", "2026-03-26"),
        ("Education and Skills Scrutiny Committee", "2026-02-24"),
    ], id="welsh-consultations"),
    pytest.param(WELSH_BILINGUAL_COVER, "agenda_item", "8", id="welsh-item"),
    pytest.param(WELSH_BILINGUAL_COVER, "public", True, id="welsh-public"),
    pytest.param(WELSH_BILINGUAL_COVER, "attachments", [
        "Draft School Transport Policy 2026/27", "Integrated Impact Assessment",
    ], id="welsh-attachments"),
    pytest.param(DANISH_TIDSPLAN_NOTAT, "consultations", [
        ("Kommunalbestyrelsen", "2026-04-29"), ("Udvalget for Kultur og Fritid", "2026-04-08"),
        ("Økonomiudvalget", "2026-04-20"),
    ], id="tidsplan-consultations"),
    pytest.param(DANISH_TIDSPLAN_NOTAT, "agenda_item", None, id="tidsplan-item"),
    pytest.param(DANISH_TIDSPLAN_NOTAT, "public", None, id="tidsplan-public"),
    pytest.param(DANISH_TIDSPLAN_NOTAT, "attachments", [
        "Udkast til frivillighedspolitik 2026-2030", "Høringssvar fra Frivilligrådet",
        "Opsamling fra dialogmøde med foreningerne",
    ], id="tidsplan-attachments"),
    pytest.param(SOUTH_TYROL_REGISTER_EXTRACT, "consultations", OneOf(
        [("Gemeinderat", "2026-03-12")],
        [("Gemeinderat", "2026-03-12"), ("Ratskommission für Sport und Freizeit", "2026-03-02")],
    ), id="tyrol-consultations"),
    pytest.param(SOUTH_TYROL_REGISTER_EXTRACT, "agenda_item", "5", id="tyrol-item"),
    pytest.param(SOUTH_TYROL_REGISTER_EXTRACT, "public", True, id="tyrol-public"),
    pytest.param(SOUTH_TYROL_REGISTER_EXTRACT, "attachments", [
        "Verordnung über die Benützung des Sportzentrums Talwiese", "Tarifordnung 2026",
    ], id="tyrol-attachments"),
    pytest.param(SWISS_EINWOHNERRAT, "consultations", [
        ("Einwohnerrat", "2026-04-23"), ("Finanz- und Geschäftsprüfungskommission", "2026-04-07"),
    ], id="swiss-consultations"),
    pytest.param(SWISS_EINWOHNERRAT, "agenda_item", "5", id="swiss-item"),
    pytest.param(SWISS_EINWOHNERRAT, "public", None, id="swiss-public"),
    pytest.param(SWISS_EINWOHNERRAT, "attachments", [
        "Kostenvoranschlag vom 14. Januar 2026", "Planunterlagen Sanierung",
    ], id="swiss-attachments"),
    pytest.param(GERMAN_MINUTE_BEHANDELT_IN, "rows", OneOf(
        [
            ("Bau- und Umweltausschuss", "2026-02-03", None, "4", None),
            ("Bau- und Umweltausschuss", "2026-03-03", None, "5", None),
            ("Gemeinderat", "2026-03-24", None, "7", None),
        ],
        [
            ("Bau- und Umweltausschuss", "2026-02-03", None, "4", None),
            ("Bau- und Umweltausschuss", "2026-03-03", None, "5", None),
            ("Gemeinderat", "2026-03-24", None, "7", True),
        ],
    ), id="behandelt-rows"),
    pytest.param(GERMAN_MINUTE_BEHANDELT_IN, "agenda_item", "7", id="behandelt-item"),
    pytest.param(GERMAN_MINUTE_BEHANDELT_IN, "public", True, id="behandelt-public"),
    pytest.param(GERMAN_MINUTE_BEHANDELT_IN, "attachments", [], id="behandelt-attachments"),
    pytest.param(NZ_PUBLIC_EXCLUDED, "consultations", [
        ("Strategy and Finance Committee", "2026-03-12"),
    ], id="nz-consultations"),
    pytest.param(NZ_PUBLIC_EXCLUDED, "agenda_item", "14.2", id="nz-item"),
    pytest.param(NZ_PUBLIC_EXCLUDED, "public", False, id="nz-public"),
    pytest.param(NZ_PUBLIC_EXCLUDED, "attachments", [
        "Registered valuation of the Kahu Road depot", "Site plan and title",
    ], id="nz-attachments"),
    pytest.param(US_RESOLUTION_EXHIBITS, "consultations", [
        ("City Council", "2026-03-02"), ("Planning Commission", "2026-02-09"),
    ], id="resolution-consultations"),
    pytest.param(US_RESOLUTION_EXHIBITS, "agenda_item", None, id="resolution-item"),
    pytest.param(US_RESOLUTION_EXHIBITS, "public", None, id="resolution-public"),
    pytest.param(US_RESOLUTION_EXHIBITS, "attachments", [
        "2026-2031 Capital Improvement Plan", "Project Funding Summary by Year",
    ], id="resolution-attachments"),
    pytest.param(BEZIRKSTAG_BESCHLUSSEMPFEHLUNG, "consultations", OneOf(
        [
            ("Ausschuss für Umwelt und Landwirtschaft", "2026-02-25"), ("Bezirkstag", "2026-03-19"),
            ("Haushaltsausschuss", "2026-02-11"),
        ],
        [
            ("Ausschuss für Umwelt und Landwirtschaft", "2026-02-25"), ("Bezirkstag", "2026-01-22"),
            ("Bezirkstag", "2026-03-19"), ("Haushaltsausschuss", "2026-02-11"),
        ],
    ), id="bezirkstag-consultations"),
    pytest.param(BEZIRKSTAG_BESCHLUSSEMPFEHLUNG, "agenda_item", None, id="bezirkstag-item"),
    pytest.param(BEZIRKSTAG_BESCHLUSSEMPFEHLUNG, "public", None, id="bezirkstag-public"),
    pytest.param(BEZIRKSTAG_BESCHLUSSEMPFEHLUNG, "attachments", [], id="bezirkstag-attachments"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_seventeenth_round_layout_gives_the_route_item_flag_and_attachments_a_reader_would_write_down(
    text, field, expected
):
    assert fold(read_field(analyse(text), field)) in accepted(expected)
