"""Papers in layouts of a sixteenth round, written for these tests, read as a reader would (author units first).

Five papers of council systems and genres no earlier round used, each naming the unit that wrote it only in its own
sentence or head line, not in a labelled field: a Danish kommune's dagsordenspunkt as Prepare prints it (the
department "anbefaler" in its Indstilling), an Austrian Marktgemeinde's Amtsbericht to the Gemeinderat (the
Bauabteilung "berichtet" and "schlägt vor"), a Scottish council's committee report as ModernGov prints it (the
service in a capitals line of the head), an English district council's cabinet report (the director "recommends"),
and a Swiss Einwohnergemeinde's Antrag to the Gemeinderat (the Departement "beantragt", the municipality in the
footer line), with invented places and wording of their own. Their cards (title, municipality, author unit) were
written down and committed before the papers were first read (`bench/results/cards_heldout.md`, sixteenth round).
Where a reader could write a value two ways, each is accepted (``OneOf``); where a reader finds no value, the card
must not invent one.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Danish kommune's dagsordenspunkt as Prepare prints it; the department recommends in its Indstilling
DANISH_DAGSORDENSPUNKT = """Social- og Sundhedsudvalget
Mødedato: 14. januar 2026

7. Ny visitationsmodel for hjemmepleje
Sagsnr.: 27.12.00-G01-9-25

Sagsfremstilling
Hjemmeplejen visiterer i dag efter en model fra 2019. Ældre- og Handicapafdelingen har i efteråret afprøvet en
model, hvor borgerens egne mål indgår i visitationen, i to distrikter.

Indstilling
Ældre- og Handicapafdelingen anbefaler, at udvalget godkender den nye visitationsmodel fra 1. april 2026.

Beslutning
"""

# 2. an Austrian Marktgemeinde's Amtsbericht to the Gemeinderat; the building office reports and proposes
AUSTRIAN_AMTSBERICHT = """MARKTGEMEINDE HOLZWANGEN
Bezirk Rauchtal

AMTSBERICHT
an den Gemeinderat, Sitzung vom 11.12.2025

Gegenstand: Sanierung der Ortsdurchfahrt Kirchgasse – Vergabe der Baumeisterarbeiten

Die Bauabteilung berichtet:
Für die Sanierung der Kirchgasse wurden vier Angebote eingeholt. Bestbieter ist die Firma Leitner Bau GmbH mit
einer Angebotssumme von 312.400 Euro.

Die Bauabteilung schlägt vor, der Gemeinderat möge die Baumeisterarbeiten an den Bestbieter vergeben.

Der Bürgermeister:
Gerhard Pichlmayr
"""

# 3. a Scottish council's committee report as ModernGov prints it; the service in capitals under the council
SCOTTISH_COMMITTEE_REPORT = """GLENMORAY COUNCIL
HOUSING AND COMMUNITY SAFETY

REPORT TO: COMMUNITIES COMMITTEE
DATE: 9 DECEMBER 2025

Tenant Participation Strategy 2026-2029

1. PURPOSE OF REPORT
1.1 This report asks the Committee to approve the Tenant Participation Strategy for 2026 to 2029.

2. RECOMMENDATION
2.1 The Committee is asked to approve the strategy.

Author: Fiona MacRae, Tenancy Services Manager
"""

# 4. an English district council's cabinet report; the director recommends in the report's own sentence
ENGLISH_CABINET_REPORT = """Cabinet
4 February 2026

Review of Car Parking Charges

Summary
The charges at the council's eleven car parks were last changed in 2022. The Director of Environment and Leisure
recommends that Cabinet agrees the revised charges set out in Appendix A from 1 April 2026.

Recommendation
That Cabinet agrees the revised car parking charges.

Hartsmoor District Council, Civic Centre, Market Way, Hartsmoor HT4 2QA
"""

# 5. a Swiss Einwohnergemeinde's Antrag to the Gemeinderat; the Departement proposes, the municipality in the footer
SWISS_ANTRAG = """Antrag an den Gemeinderat
Geschäft Nr. 2025-118
Sitzung vom 16. Dezember 2025

Ersatz der Beleuchtung im Hallenbad Rüttli

Ausgangslage
Die Beleuchtung des Hallenbads stammt aus dem Jahr 1998. Ersatzteile sind nicht mehr erhältlich.

Antrag
Das Departement Bau und Planung beantragt dem Gemeinderat, für den Ersatz der Beleuchtung einen Verpflichtungskredit
von CHF 145'000 zu bewilligen.

Einwohnergemeinde Oberwiesental · Dorfstrasse 12 · 4917 Oberwiesental
"""


EXPECTED = [
    pytest.param(DANISH_DAGSORDENSPUNKT, "title", "Ny visitationsmodel for hjemmepleje", id="danish_punkt-title"),
    pytest.param(DANISH_DAGSORDENSPUNKT, "municipality", None, id="danish_punkt-municipality"),
    pytest.param(DANISH_DAGSORDENSPUNKT, "author_unit", "Ældre- og Handicapafdelingen", id="danish_punkt-author_unit"),
    pytest.param(
        AUSTRIAN_AMTSBERICHT, "title", "Sanierung der Ortsdurchfahrt Kirchgasse – Vergabe der Baumeisterarbeiten",
        id="austrian_amtsbericht-title",
    ),
    pytest.param(AUSTRIAN_AMTSBERICHT, "municipality", "Marktgemeinde Holzwangen", id="austrian_amtsbericht-municipality"),
    pytest.param(AUSTRIAN_AMTSBERICHT, "author_unit", "Bauabteilung", id="austrian_amtsbericht-author_unit"),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, "title", "Tenant Participation Strategy 2026-2029", id="scottish_report-title"),
    pytest.param(SCOTTISH_COMMITTEE_REPORT, "municipality", "Glenmoray Council", id="scottish_report-municipality"),
    pytest.param(
        SCOTTISH_COMMITTEE_REPORT, "author_unit", "Housing and Community Safety", id="scottish_report-author_unit",
    ),
    pytest.param(ENGLISH_CABINET_REPORT, "title", "Review of Car Parking Charges", id="english_cabinet-title"),
    pytest.param(ENGLISH_CABINET_REPORT, "municipality", "Hartsmoor District Council", id="english_cabinet-municipality"),
    pytest.param(
        ENGLISH_CABINET_REPORT, "author_unit", OneOf("Director of Environment and Leisure", "Environment and Leisure"),
        id="english_cabinet-author_unit",
    ),
    pytest.param(SWISS_ANTRAG, "title", "Ersatz der Beleuchtung im Hallenbad Rüttli", id="swiss_antrag-title"),
    pytest.param(
        SWISS_ANTRAG, "municipality", OneOf("Einwohnergemeinde Oberwiesental", "Gemeinde Oberwiesental"),
        id="swiss_antrag-municipality",
    ),
    pytest.param(SWISS_ANTRAG, "author_unit", "Departement Bau und Planung", id="swiss_antrag-author_unit"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_sixteenth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)


# The round's general rules, each on a text of its own in a layout the round's papers do not use.


def test_service_named_by_its_fields_in_capitals_under_the_councils_name_is_the_unit_that_wrote_the_report():
    text = """CARROWMORE COUNTY COUNCIL
PLANNING & ECONOMIC DEVELOPMENT

Chief Executive's Report on Submissions Received

The draft Local Area Plan for Kilbrack was on public display for six weeks.
"""
    assert analyse(text).author_unit == "Planning & Economic Development"


def test_committee_under_a_councils_name_is_no_unit_that_wrote_the_paper():
    text = """CARROWMORE COUNTY COUNCIL
ROADS AND TRANSPORTATION COMMITTEE

Minutes of the meeting of 3 November 2025

Present: Cllr Aoife Brennan (Chair)
"""
    assert analyse(text).author_unit != "Roads and Transportation Committee"


def test_german_unit_opening_a_paragraph_with_its_proposal_wrote_the_paper():
    text = """Mitteilungsvorlage
Drucksache 2025/0311

Betreff: Ferienbetreuung an den Grundschulen im Sommer 2026

Die Abteilung Jugend und Familie empfiehlt, die Ferienbetreuung an allen sechs Grundschulen anzubieten.
Die Kosten sind im Haushalt 2026 veranschlagt.
"""
    assert analyse(text).author_unit == "Abteilung Jugend und Familie"


def test_state_office_that_recommends_is_no_unit_of_the_council():
    text = """Mitteilungsvorlage

Betreff: Denkmalschutz an der alten Mühle

Das Landesamt empfiehlt, das Dach der Mühle bis zum Herbst zu sichern.
"""
    assert analyse(text).author_unit is None


def test_officer_who_recommends_in_an_english_reports_own_sentence_names_the_unit():
    text = """Item 6
Housing Committee – 12 March 2026

Temporary Accommodation Standards

1. The Head of Housing Needs and Homelessness recommends that the Committee adopts the standards in Appendix 1.
"""
    assert analyse(text).author_unit == "Head of Housing Needs and Homelessness"


def test_office_that_opens_a_danish_recommendation_under_its_heading_wrote_the_item():
    text = """Økonomiudvalget
Mødedato: 9. marts 2026

4. Udbud af rengøring på kommunens skoler
Sagsnr.: 83.02.00-G01-2-26

Sagsfremstilling
Kontrakten om rengøring udløber ved udgangen af 2026.

Indstilling
Direktionen anbefaler, at udbuddet gennemføres som et offentligt udbud med tre delaftaler.

Beslutning
"""
    assert analyse(text).author_unit == "Direktionen"


def test_person_who_opens_a_danish_recommendation_is_no_unit():
    text = """Økonomiudvalget
Mødedato: 9. marts 2026

5. Budgetopfølgning pr. 28. februar

Indstilling
Kommunaldirektøren indstiller, at budgetopfølgningen tages til efterretning.
"""
    assert analyse(text).author_unit != "Kommunaldirektøren"
