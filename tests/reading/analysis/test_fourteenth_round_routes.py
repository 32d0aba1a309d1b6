"""Papers of a fourteenth round, written for these tests: routes, meetings, events, deadlines and attachment lists.

Ten short papers in layouts no earlier round covered, with invented places and wording of their own: a Danish
agenda item whose route stands in a "Tidligere behandling" list (body, day, item), a Danish "Sagsprocedure" told
in one sentence, a German "Beratungsverlauf" of sittings with their results (a deferral among them), a Swiss
proposal to the "Gemeindeversammlung vom …", an Austrian Amtsvortrag under a "Sitzung des Gemeinderates am …" head
with a "Vorberatung:" line, an English Forward Plan entry ("Decision maker", "Decision due date", "Consultees"), a
German Fachtag programme with a registration date, a Danish local plan notice with a "Høringsperioden løber fra …
til …" sentence and a borgermøde, a German "Offenlage vom … bis …" notice, and an English minutes extract that
names two earlier meetings in passing (which are no steps of this paper). Their values were written down and
committed before the papers were first read (`bench/results/cards_heldout.md`, fourteenth round, routes and
deadlines). Left out as ambiguous: whether the council that put a notice's plan out to consultation is a step of
the notice, and a hearing period that ended before the paper was written.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import fold, read_field


def _value(card, field):
    """The card's ``field`` as written down; ``items`` are the route's bodies with their agenda items."""
    if field == "items":
        return sorted((step.organization, step.agenda_item) for step in card.consultations)
    return read_field(card, field)


# 1. a Danish agenda item whose route stands in a "Tidligere behandling" list
DANISH_TIDLIGERE_BEHANDLING = """Lindå Kommune
Byrådet – Dagsorden
Mødedato: 24. februar 2026

9. Helhedsplan for Havnekvarteret – vedtagelse

Sagsnr.: 01.02.05-P16-3-25
Åben sag

Tidligere behandling
Teknik- og Miljøudvalget, 3. februar 2026, punkt 7
Økonomiudvalget, 10. februar 2026, punkt 4

Indstilling
Direktionen indstiller, at helhedsplanen for Havnekvarteret vedtages.

Sagsfremstilling
Helhedsplanen samler 1.100 nye boliger, en ny skole og en havnepromenade i tre etaper frem mod 2040.

Bilag
1. Helhedsplan for Havnekvarteret
2. Notat om trafikale forhold
"""

# 2. a Danish "Sagsprocedure" told in one sentence
DANISH_SAGSPROCEDURE_SENTENCE = """Sundby Kommune
Kultur- og Fritidsudvalget

Punkt 5: Ny model for lokaletilskud til foreninger

Sagsnr.: 18.15.00-A00-1-26
Dato: 16. februar 2026

Sagsprocedure
Sagen behandles i Kultur- og Fritidsudvalget den 4. marts 2026 og i Økonomiudvalget den 17. marts 2026, inden
Byrådet træffer endelig beslutning den 25. marts 2026.

Sagsfremstilling
Den nye model giver tilskud efter antal aktive medlemmer under 25 år i stedet for efter lokaleudgifter.

Indstilling
Kultur og Fritid indstiller, at modellen anbefales over for Byrådet.

Bilag: Samlede høringssvar fra foreningerne
"""

# 3. a German "Beratungsverlauf" of sittings with their results, a deferral among them
GERMAN_BERATUNGSVERLAUF = """Stadt Kornheim                                    Drucksache 2026/0078
Stadtplanungsamt                                  Datum: 08.01.2026

Beschlussvorlage

Betreff: Bebauungsplan Nr. 114 „Am Mühlbach“ – Satzungsbeschluss

Beratungsverlauf:
Gremium                        Sitzung      TOP   Ergebnis
Planungs- und Bauausschuss     14.01.2026   5     vertagt
Planungs- und Bauausschuss     11.02.2026   3     einstimmig empfohlen
Stadtrat                       26.02.2026   8     beschlossen

Sachverhalt:
Die Stellungnahmen aus der Beteiligung der Öffentlichkeit sind in der Abwägungstabelle behandelt.

Beschlussvorschlag:
Der Stadtrat beschließt den Bebauungsplan Nr. 114 „Am Mühlbach“ als Satzung.

Anlagen:
1. Planzeichnung
2. Abwägungstabelle
"""

# 4. a Swiss proposal of the municipal council to the Gemeindeversammlung
SWISS_GEMEINDEVERSAMMLUNG = """Gemeinde Oberwil am See

Antrag des Gemeinderates an die Gemeindeversammlung vom 9. Juni 2026

Traktandum 3: Sanierung Schulhaus Rebacker – Baukredit von CHF 6,4 Mio.

Ausgangslage
Das Schulhaus Rebacker wurde 1968 gebaut. Dach, Fenster und Haustechnik haben das Ende ihrer Lebensdauer erreicht.

Antrag
Der Gemeinderat beantragt der Gemeindeversammlung, für die Sanierung des Schulhauses Rebacker einen Baukredit von
CHF 6,4 Mio. zu bewilligen.

Oberwil am See, 21. April 2026

Gemeinderat Oberwil am See
"""

# 5. an Austrian Amtsvortrag under a "Sitzung des Gemeinderates am …" head with a "Vorberatung:" line
AUSTRIAN_AMTSVORTRAG = """Marktgemeinde St. Leonhard am Forst

Amtsvortrag
Sitzung des Gemeinderates am 19. März 2026
Tagesordnungspunkt 6: Straßenbeleuchtung – Umstellung auf LED

Berichterstatter: Vizebürgermeister Franz Huber
Vorberatung: Bauausschuss am 5. März 2026

Sachverhalt:
Die 412 Lichtpunkte im Gemeindegebiet sollen in zwei Jahren auf LED umgestellt werden. Das senkt den
Stromverbrauch um etwa 60 Prozent.

Antrag des Gemeindevorstandes:
Der Gemeinderat möge die Umstellung der Straßenbeleuchtung auf LED zum Preis von 186.000 Euro beschließen.
"""

# 6. an English Forward Plan entry
ENGLISH_FORWARD_PLAN = """Harwell Borough Council
Forward Plan of Key Decisions
Published: 13 February 2026

Item: Adoption of the Local Cycling and Walking Infrastructure Plan
Decision maker: Cabinet
Decision due date: 17 March 2026
Key decision: Yes
Open or exempt: Open
Consultees: Place Overview and Scrutiny Committee, 2 March 2026
Lead officer: Priya Shah, Transport Planning Manager
"""

# 7. a German Fachtag programme with a registration date
GERMAN_FACHTAG_PROGRAMME = """Landkreis Ahrenfeld
Klimaschutzmanagement

Fachtag „Kommunale Wärmeplanung“

Donnerstag, 23. April 2026, 9.30 bis 16.00 Uhr
Kreishaus Ahrenfeld, Großer Sitzungssaal

Programm
9.30 Uhr   Begrüßung durch den Landrat
10.00 Uhr  Wärmeplanung in kleinen Gemeinden – Erfahrungen aus der Praxis
13.00 Uhr  Arbeitsgruppen: Wärmenetze, Fördermittel, Bürgerbeteiligung
15.30 Uhr  Zusammenfassung und Ausblick

Anmeldung bis 9. April 2026 an klimaschutz@ahrenfeld.example.de. Die Teilnahme ist kostenfrei.

Ahrenfeld, 10. März 2026
"""

# 8. a Danish local plan notice with a hearing period and a citizens' meeting
DANISH_HOERINGSPERIODE = """Vestby Kommune
Teknik og Miljø

Dato: 2. marts 2026

Offentlig høring: Forslag til lokalplan 312 for boliger ved Engvej

Byrådet har den 25. februar 2026 vedtaget forslag til lokalplan 312 til offentlig høring.

Høringsperioden løber fra den 4. marts 2026 til den 29. april 2026. Bemærkninger sendes til plan@vestby.example.dk.

Der holdes borgermøde tirsdag den 24. marts 2026 kl. 19.00 i Engvejhallen.

Bilag:
Forslag til lokalplan 312
Miljøscreening af lokalplanforslaget
"""

# 9. a German notice of a plan laid out for inspection ("Offenlage vom … bis …")
GERMAN_OFFENLAGE = """Stadt Rehfelde
Bekanntmachung

Öffentliche Auslegung des Entwurfs des Bebauungsplans Nr. 27 „Gewerbegebiet Nord“

Der Ausschuss für Stadtentwicklung hat den Entwurf gebilligt und seine Offenlage beschlossen.

Offenlage vom 09.03.2026 bis 10.04.2026 im Rathaus Rehfelde, Zimmer 204, während der Dienststunden.

Während der Offenlage kann jedermann Stellungnahmen schriftlich oder zur Niederschrift abgeben.

Rehfelde, 23.02.2026

gez. Schulte
Bürgermeisterin
"""

# 10. an English minutes extract naming two earlier meetings in passing
ENGLISH_MINUTES_EXTRACT = """Extract from the minutes of the Licensing Committee held on 4 February 2026

Minute 23/26   Taxi Fare Review

The Committee considered the report of the Licensing Manager. Members recalled that at its meeting on 5 November
2025 the Committee had deferred the fare review pending a survey of the trade, and that Cabinet had agreed the wider
taxi policy on 14 October 2025.

RESOLVED - That the revised table of fares be approved with effect from 1 April 2026, subject to no objections being
received by 4 March 2026.
"""

EXPECTED = [
    pytest.param(DANISH_TIDLIGERE_BEHANDLING, "consultations", [
        ("Teknik- og Miljøudvalget", "2026-02-03"), ("Økonomiudvalget", "2026-02-10"), ("Byrådet", "2026-02-24"),
    ], id="tidligere-consultations"),
    pytest.param(DANISH_TIDLIGERE_BEHANDLING, "items", [
        ("Byrådet", "9"), ("Teknik- og Miljøudvalget", "7"), ("Økonomiudvalget", "4"),
    ], id="tidligere-items"),
    pytest.param(DANISH_TIDLIGERE_BEHANDLING, "public", True, id="tidligere-public"),
    pytest.param(DANISH_TIDLIGERE_BEHANDLING, "attachments", [
        "Helhedsplan for Havnekvarteret", "Notat om trafikale forhold",
    ], id="tidligere-attachments"),
    pytest.param(DANISH_TIDLIGERE_BEHANDLING, "events", [], id="tidligere-events"),
    pytest.param(DANISH_SAGSPROCEDURE_SENTENCE, "date", "2026-02-16", id="sagsprocedure-date"),
    pytest.param(DANISH_SAGSPROCEDURE_SENTENCE, "consultations", [
        ("Kultur- og Fritidsudvalget", "2026-03-04"), ("Økonomiudvalget", "2026-03-17"), ("Byrådet", "2026-03-25"),
    ], id="sagsprocedure-consultations"),
    pytest.param(DANISH_SAGSPROCEDURE_SENTENCE, "attachments", [
        "Samlede høringssvar fra foreningerne",
    ], id="sagsprocedure-attachments"),
    pytest.param(DANISH_SAGSPROCEDURE_SENTENCE, "deadlines", [], id="sagsprocedure-deadlines"),
    pytest.param(GERMAN_BERATUNGSVERLAUF, "date", "2026-01-08", id="beratungsverlauf-date"),
    pytest.param(GERMAN_BERATUNGSVERLAUF, "consultations", [
        ("Planungs- und Bauausschuss", "2026-01-14"), ("Planungs- und Bauausschuss", "2026-02-11"),
        ("Stadtrat", "2026-02-26"),
    ], id="beratungsverlauf-consultations"),
    pytest.param(GERMAN_BERATUNGSVERLAUF, "items", [
        ("Planungs- und Bauausschuss", "3"), ("Planungs- und Bauausschuss", "5"), ("Stadtrat", "8"),
    ], id="beratungsverlauf-items"),
    pytest.param(GERMAN_BERATUNGSVERLAUF, "attachments", ["Planzeichnung", "Abwägungstabelle"],
                 id="beratungsverlauf-attachments"),
    pytest.param(SWISS_GEMEINDEVERSAMMLUNG, "date", "2026-04-21", id="gemeindeversammlung-date"),
    pytest.param(SWISS_GEMEINDEVERSAMMLUNG, "consultations", [("Gemeindeversammlung", "2026-06-09")],
                 id="gemeindeversammlung-consultations"),
    pytest.param(SWISS_GEMEINDEVERSAMMLUNG, "items", [("Gemeindeversammlung", "3")], id="gemeindeversammlung-items"),
    pytest.param(SWISS_GEMEINDEVERSAMMLUNG, "events", [], id="gemeindeversammlung-events"),
    pytest.param(AUSTRIAN_AMTSVORTRAG, "consultations", [
        ("Bauausschuss", "2026-03-05"), ("Gemeinderat", "2026-03-19"),
    ], id="amtsvortrag-consultations"),
    pytest.param(AUSTRIAN_AMTSVORTRAG, "items", [("Bauausschuss", None), ("Gemeinderat", "6")],
                 id="amtsvortrag-items"),
    pytest.param(AUSTRIAN_AMTSVORTRAG, "events", [], id="amtsvortrag-events"),
    pytest.param(ENGLISH_FORWARD_PLAN, "date", "2026-02-13", id="forward-plan-date"),
    pytest.param(ENGLISH_FORWARD_PLAN, "consultations", [
        ("Cabinet", "2026-03-17"), ("Place Overview and Scrutiny Committee", "2026-03-02"),
    ], id="forward-plan-consultations"),
    pytest.param(ENGLISH_FORWARD_PLAN, "public", True, id="forward-plan-public"),
    pytest.param(ENGLISH_FORWARD_PLAN, "deadlines", [], id="forward-plan-deadlines"),
    pytest.param(ENGLISH_FORWARD_PLAN, "events", [], id="forward-plan-events"),
    pytest.param(GERMAN_FACHTAG_PROGRAMME, "date", "2026-03-10", id="fachtag-date"),
    pytest.param(GERMAN_FACHTAG_PROGRAMME, "events", ["2026-04-23"], id="fachtag-events"),
    pytest.param(GERMAN_FACHTAG_PROGRAMME, "deadlines", ["2026-04-09"], id="fachtag-deadlines"),
    pytest.param(GERMAN_FACHTAG_PROGRAMME, "consultations", [], id="fachtag-consultations"),
    pytest.param(DANISH_HOERINGSPERIODE, "date", "2026-03-02", id="hoeringsperiode-date"),
    pytest.param(DANISH_HOERINGSPERIODE, "deadlines", ["2026-04-29"], id="hoeringsperiode-deadlines"),
    pytest.param(DANISH_HOERINGSPERIODE, "events", ["2026-03-24"], id="hoeringsperiode-events"),
    pytest.param(DANISH_HOERINGSPERIODE, "attachments", [
        "Forslag til lokalplan 312", "Miljøscreening af lokalplanforslaget",
    ], id="hoeringsperiode-attachments"),
    pytest.param(GERMAN_OFFENLAGE, "date", "2026-02-23", id="offenlage-date"),
    pytest.param(GERMAN_OFFENLAGE, "deadlines", ["2026-04-10"], id="offenlage-deadlines"),
    pytest.param(GERMAN_OFFENLAGE, "events", [], id="offenlage-events"),
    pytest.param(ENGLISH_MINUTES_EXTRACT, "date", "2026-02-04", id="extract-date"),
    pytest.param(ENGLISH_MINUTES_EXTRACT, "consultations", [("Licensing Committee", "2026-02-04")],
                 id="extract-consultations"),
    pytest.param(ENGLISH_MINUTES_EXTRACT, "deadlines", ["2026-03-04"], id="extract-deadlines"),
    pytest.param(ENGLISH_MINUTES_EXTRACT, "events", [], id="extract-events"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_fourteenth_round_layout_gives_the_route_dates_and_events_a_reader_would_write_down(
    text, field, expected
):
    assert fold(_value(analyse(text), field)) == fold(expected)
