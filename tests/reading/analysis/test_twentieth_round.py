"""Papers of a twentieth round, written for these tests: the head fields of further council systems.

Twelve short papers in layouts and genres no earlier round used, with invented places, names and wording of their
own, for the head of a paper (kind, title, date, references, author unit, case handler, municipality, public flag):
a Thuringian Stadt's Beschlussvorlage as SessionNet prints it ("Vorlagen-Nr.", "Einreicher", "Federführendes Amt",
"Bearbeiter", the subject under a "Betreff:" line of its own); a Saxon Landkreis's Informationsvorlage for its
Kreistag ("Drucksachen-Nr.", "Dezernat", "Amt", "Aktenzeichen", "Sachbearbeitung", "Gegenstand:"); an Austrian
Gemeinderatsklub's Dringlichkeitsantrag to its Stadtgemeinde's council ("betreffend:", place and date line); a Swiss
Stadtparlament's Postulat ("Geschäfts-Nr.", "eingereicht am …"); a Canadian township's staff report as iCompass
prints it ("Report Number", "Department", "Prepared By", "Date Prepared" beside the meeting date); a US city's
council agenda report as Granicus prints it ("DATE:" month first, "TO: Honorable Mayor …", "FROM:" a director,
"Agenda Item:"); a Danish folkeoplysningsudvalg's dagsordenspunkt as FirstAgenda prints it ("Punkt 4:", "Åbent
punkt"); a Danish notat to an ungdomsråd from a WorkZone-like system ("Dok.nr.", "Enhed:", "Emne:", the municipality
in a footer of fields); a Bavarian Gemeinde's Vermerk as regisafe prints it ("Aktenzeichen", "Bearbeiterin", place
and date beside it); a Hessian Stadt's Mitteilungsvorlage to an Ortsbeirat as ALLRIS prints it (number, status and
date in a right-hand column, the subject a bare line under the route); an English city council's cover report to its
Health and Wellbeing Board ("Report title:", "Report date:", "Classification: Open", the council in a footer); and a
Danish Økonomiudvalg's beslutningsprotokol with one item. Five of them are read as text-layer PDFs printed by the
test (``tests/reading/format_renderings.py``) with the council system's running header and footer on each page; the
others as plain text.

Their values were written down and committed before the papers were first read (`bench/results/cards_heldout.md`,
twentieth round). Where a reader could write a value two ways, each is accepted (``OneOf``); values a reader could
not settle are left out (the date of an agenda item or a record that prints only its meeting's day, the author unit
of a protocol, a contact person who is not named as the case handler).
"""

import pytest

from townhall import reading
from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field
from tests.reading.format_renderings import printed_card, text_layer_pdf


# 1. a Thuringian Stadt's Beschlussvorlage as SessionNet prints it (read as a PDF with its running lines)
THURINGIAN_BESCHLUSSVORLAGE = """Stadt Wellrode
Der Oberbürgermeister

Beschlussvorlage                                  Vorlagen-Nr.: BV/0142/2026
öffentlich                                        Datum: 17.03.2026

Einreicher: Dezernat II – Bau und Umwelt
Federführendes Amt: Amt für Stadtgrün und Friedhöfe
Bearbeiter: Tilo Ramsauer

Beratungsfolge:
Bau- und Umweltausschuss          14.04.2026      Vorberatung
Stadtrat                          29.04.2026      Entscheidung

Betreff:
Neuordnung der Grabfeldgebühren auf dem Hauptfriedhof

Beschlussvorschlag:
Der Stadtrat beschließt die 3. Satzung zur Änderung der Friedhofsgebührensatzung der Stadt Wellrode (Anlage 1).

Sachverhalt:
Die Gebühren für Wahlgräber wurden zuletzt 2017 kalkuliert. Seitdem sind die Kosten für die Pflege der Grabfelder
und für das Personal um 31 Prozent gestiegen. Die neue Kalkulation deckt die Kosten wieder zu 85 Prozent.

Finanzielle Auswirkungen:
Mehreinnahmen von rund 62.000 Euro im Jahr.

Anlagen:
Anlage 1 – Entwurf der Änderungssatzung
Anlage 2 – Gebührenkalkulation 2026
"""
THURINGIAN_HEADER = "Stadt Wellrode · Beschlussvorlage BV/0142/2026"
THURINGIAN_FOOTER = "Stadtverwaltung Wellrode · Markt 1 · 07399 Wellrode · www.wellrode.de"

# 2. a Saxon Landkreis's Informationsvorlage for its Kreistag (read as a PDF with its running lines)
SAXON_INFORMATIONSVORLAGE = """Landkreis Mittelaue
Landratsamt

Informationsvorlage                          Drucksachen-Nr.: 2026/IV/0031
                                             Datum: 02.04.2026

Dezernat:         Dezernat 3 – Ordnung und Verkehr
Amt:              Straßenverkehrsamt
Aktenzeichen:     310.24-0117/2026
Sachbearbeitung:  Doreen Wachsmuth

Gremium           Sitzung am     Status
Kreistag          22.04.2026     öffentlich

Gegenstand: Stand der Umstellung auf die digitale Fahrzeugzulassung

Information:
Seit dem 1. Januar 2026 können Halter ihr Fahrzeug in allen drei Zulassungsstellen des Landkreises auch online
zulassen. Bis Ende März wurden 4.812 Vorgänge online bearbeitet, das ist etwa jede fünfte Zulassung.

Die Wartezeit für einen Termin vor Ort ist von elf auf vier Arbeitstage gesunken. Die Zulassungsstelle in
Aueburg bleibt ab Juli donnerstags bis 18 Uhr geöffnet.
"""
SAXON_HEADER = "Landkreis Mittelaue – Informationsvorlage 2026/IV/0031"
SAXON_FOOTER = "Landratsamt Mittelaue · Postfach 12 44 · 08201 Aueburg · www.landkreis-mittelaue.de"

# 3. an Austrian Gemeinderatsklub's Dringlichkeitsantrag to its Stadtgemeinde's council
AUSTRIAN_DRINGLICHKEITSANTRAG = """Gemeinderatsklub der Bürgerliste Seewinkel
an den Gemeinderat der Stadtgemeinde Hallbrunn am See

Hallbrunn am See, am 9. März 2026

DRINGLICHKEITSANTRAG
gemäß § 46a der Gemeindeordnung

betreffend: Schulwegsicherung in der Lindengasse

Der Gemeinderat wolle beschließen:
Der Bürgermeister wird beauftragt, bis zum Beginn des Schuljahres 2026/27 in der Lindengasse zwischen der
Volksschule und der Bushaltestelle einen Gehsteig mit Schutzweg errichten zu lassen.

Begründung der Dringlichkeit:
Seit der Sperre der Bahnstraße fahren täglich rund 900 Fahrzeuge mehr durch die Lindengasse. Die Kinder gehen
dort auf der Fahrbahn.

GR Mag. Katharina Pölzl                GR Stefan Rauchenberger
"""

# 4. a Swiss Stadtparlament's Postulat
SWISS_POSTULAT = """Stadt Rheinfelsen
Stadtparlament

Postulat                                      Geschäfts-Nr. 2026/038
                                              eingereicht am 23. Februar 2026

Velostationen an den Bahnhöfen Rheinfelsen und Rheinfelsen Süd

Antrag
Der Stadtrat wird beauftragt zu prüfen, wie an beiden Bahnhöfen gedeckte und bewachte Velostationen mit
zusammen mindestens 600 Abstellplätzen geschaffen werden können.

Begründung
An beiden Bahnhöfen stehen an Werktagen mehr Velos als Abstellplätze vorhanden sind. Gestohlene Velos werden
der Stadtpolizei jede Woche gemeldet.

Erstunterzeichnende: Nadia Brunschwiler, Reto Fässler
Mitunterzeichnende: 14 Mitglieder des Stadtparlaments
"""

# 5. a Canadian township's staff report as iCompass prints it (read as a PDF with its running lines)
TOWNSHIP_STAFF_REPORT = """The Corporation of the Township of Ashgrove
Staff Report

Report To:        Mayor and Members of Council
Meeting Date:     May 11, 2026
Report Number:    PW-2026-09
Department:       Public Works
Prepared By:      Graham Oduya, Manager of Roads
Date Prepared:    April 28, 2026
Subject:          Gravel Road Dust Suppression Program 2026

Recommendation
THAT Council receive Report PW-2026-09 for information; and
THAT Council authorize the purchase of 410 tonnes of calcium chloride flakes from Northline Supply Inc. at a cost
of $96,350 plus HST.

Background
The Township maintains 212 kilometres of gravel road. Dust suppressant is applied twice a summer on roads with
more than 50 vehicles a day.

Financial Impact
The purchase is within the 2026 roads operating budget.
"""
TOWNSHIP_HEADER = "Staff Report PW-2026-09"
TOWNSHIP_FOOTER = "Township of Ashgrove | 14 Mill Street, Ashgrove ON | www.ashgrove.ca"

# 6. a US city's council agenda report as Granicus prints it, its dates month first
US_AGENDA_REPORT = """CITY OF MARISOL HEIGHTS
CITY COUNCIL AGENDA REPORT

DATE:          04/06/2026
TO:            Honorable Mayor and Members of the City Council
FROM:          Denise Alcott, Director of Public Works
SUBJECT:       Award of Contract for the 2026 Sidewalk Repair Program
MEETING DATE:  04/14/2026
Agenda Item:   9.B

RECOMMENDATION
Staff recommends that the City Council adopt a resolution awarding a construction contract to Baywest Paving Inc.
in the amount of $742,180 for the 2026 Sidewalk Repair Program.

BACKGROUND
The City inspects one fifth of its sidewalks each year. The 2025 inspection found 1,140 places where the
sidewalk is raised by more than three quarters of an inch.

FISCAL IMPACT
The contract is paid from the Street Maintenance Fund.
"""

# 7. a Danish folkeoplysningsudvalg's dagsordenspunkt as FirstAgenda prints it (read as a PDF with its running lines)
FOLKEOPLYSNING_PUNKT = """Høgsted Kommune
Folkeoplysningsudvalget

Dagsorden – ordinært møde onsdag den 15. april 2026

Punkt 4: Tilskud til lederuddannelse i foreningerne 2026

Sagsnr.: 18.14.00-Ø40-2-26
Sagsbehandler: Mette Kjærgaard
Åbent punkt

Sagsfremstilling
Foreningerne kan søge tilskud til kurser for deres trænere og ledere. Der er i år kommet 23 ansøgninger for i
alt 318.000 kr., mens puljen er på 250.000 kr.

Indstilling
Kultur og Fritid indstiller, at Folkeoplysningsudvalget fordeler puljen efter den fordelingsnøgle, der er vist i
bilag 1.

Beslutning
"""
FOLKEOPLYSNING_HEADER = "Folkeoplysningsudvalget · Dagsorden 15.04.2026"
FOLKEOPLYSNING_FOOTER = "Høgsted Kommune · Torvet 2 · 4871 Høgsted · www.hoegsted.dk"

# 8. a Danish notat to an ungdomsråd from a WorkZone-like system; the municipality in a footer of fields
UNGDOMSRAAD_NOTAT = """NOTAT

Dato: 8. april 2026
Sagsnr.: 2026-004217
Dok.nr.: 2026-004217-9
Sagsbehandler: Jonas Weng Lauridsen
Enhed: Klima og Miljø

Til: Ungdomsrådet
Emne: Ungdomsrådets forslag om flere cykelstativer ved gymnasiet

Ungdomsrådet foreslog på sit møde i marts, at der kommer flere cykelstativer ved Ringsby Gymnasium. Der er i dag
180 pladser, og på en almindelig skoledag står der op mod 260 cykler.

Klima og Miljø kan sætte 80 nye pladser op i sommerferien. Udgiften på 64.000 kr. afholdes af puljen til bedre
cykelforhold.

Ringsby Kommune · Klima og Miljø · Rådhuspladsen 1 · 6991 Ringsby · www.ringsby.dk
"""

# 9. a Bavarian Gemeinde's Vermerk as regisafe prints it (read as a PDF with its running lines)
BAVARIAN_VERMERK = """Gemeinde Ostermoos
Bauamt

Vermerk

Aktenzeichen: 632.21-014/2026                 Ostermoos, 12.05.2026
Bearbeiterin: Annika Strobel
Telefon: 08671 9030-42

Betreff: Bauvoranfrage Fl.-Nr. 412/3, Gemarkung Ostermoos – Errichtung eines Mehrfamilienhauses

1. Sachstand
Der Bauwerber möchte auf dem Grundstück ein Mehrfamilienhaus mit acht Wohnungen und einer Tiefgarage errichten.
Das Grundstück liegt im Innenbereich; ein Bebauungsplan besteht nicht.

2. Bewertung
Das Vorhaben fügt sich nach der Zahl der Geschosse in die Umgebung ein. Die Zufahrt zur Tiefgarage über den
Kirchweg ist mit dem Straßenbaulastträger noch abzustimmen.

3. Weiteres Vorgehen
Vorlage im Bauausschuss am 2. Juni 2026.

Strobel
"""
BAVARIAN_HEADER = "Gemeinde Ostermoos – Bauamt"
BAVARIAN_FOOTER = "Rathausplatz 3 · 83999 Ostermoos · www.ostermoos.de"

# 10. a Hessian Stadt's Mitteilungsvorlage to an Ortsbeirat as ALLRIS prints it; the subject a bare line
HESSIAN_MITTEILUNGSVORLAGE = """Stadt Kranichfurt                                Vorlage-Nr.: MV/0058/2026
                                                 Status: öffentlich
Mitteilungsvorlage                               Datum: 06.05.2026

Federführend: Fachbereich 66 – Tiefbau
Bearbeiter/-in: Kühnle, Sabine

Beratungsfolge:
Ortsbeirat Kranichfurt-Süd          19.05.2026          Kenntnisnahme

Sanierung der Brücke über den Mühlgraben – Vollsperrung im Juni

Sachdarstellung:
Die Brücke über den Mühlgraben in der Auestraße wird vom 8. bis 26. Juni 2026 saniert. In dieser Zeit ist die
Auestraße zwischen Mühlweg und Schulstraße voll gesperrt. Die Umleitung führt über die Bahnhofstraße.

Die Buslinie 3 hält während der Sperrung an einer Ersatzhaltestelle in der Schulstraße.
"""

# 11. an English city council's cover report to its Health and Wellbeing Board; the council in a footer
HWB_COVER_REPORT = """HEALTH AND WELLBEING BOARD

Report title:          Better Care Fund Plan 2026/27
Meeting date:          9 July 2026
Report date:           24 June 2026
Report number:         HWB/26/014
Directorate:           Adult Social Care
Report author:         Priya Raman, Integration Programme Manager
Classification:        Open
Wards affected:        All

1. Purpose
To present the Better Care Fund plan for 2026/27 for the Board's approval before it is submitted nationally.

2. Recommendations
The Board is asked to approve the Better Care Fund plan for 2026/27 as set out in Appendix A.

3. Summary
The plan pools £41.2 million of health and care budgets. It keeps the discharge-to-assess service and adds a
falls response team.

Lancebury City Council | Civic Centre, Lancebury LB1 2CC | lancebury.gov.uk
"""

# 12. a Danish Økonomiudvalg's beslutningsprotokol with one item
BESLUTNINGSPROTOKOL = """Vestermose Kommune
Beslutningsprotokol

Økonomiudvalget
Mødedato: 21. april 2026 kl. 15.00
Mødested: Udvalgsværelse 1, Rådhuset
Fraværende: Ingen

12. Salg af den tidligere børnehave Solsikken, Kirkevej 14

Sagsnr.: 82.02.00-G01-12-25
Åben sag

Resumé
Ejendommen har været udbudt til salg i fire uger. Der er kommet tre bud.

Indstilling
Direktionen indstiller, at ejendommen sælges til højestbydende for 2.150.000 kr.

Beslutning i Økonomiudvalget den 21. april 2026
Godkendt.
"""


EXPECTED = [
    pytest.param(AUSTRIAN_DRINGLICHKEITSANTRAG, "kind", "motion", id="austrian_dringlichkeitsantrag-kind"),
    pytest.param(
        AUSTRIAN_DRINGLICHKEITSANTRAG, "title", "Schulwegsicherung in der Lindengasse",
        id="austrian_dringlichkeitsantrag-title",
    ),
    pytest.param(AUSTRIAN_DRINGLICHKEITSANTRAG, "date", "2026-03-09", id="austrian_dringlichkeitsantrag-date"),
    pytest.param(
        AUSTRIAN_DRINGLICHKEITSANTRAG, "municipality", "Stadtgemeinde Hallbrunn am See",
        id="austrian_dringlichkeitsantrag-municipality",
    ),
    pytest.param(
        AUSTRIAN_DRINGLICHKEITSANTRAG, "author_unit",
        OneOf("Gemeinderatsklub der Bürgerliste Seewinkel", "Bürgerliste Seewinkel"),
        id="austrian_dringlichkeitsantrag-author_unit",
    ),
    pytest.param(SWISS_POSTULAT, "kind", "motion", id="swiss_postulat-kind"),
    pytest.param(
        SWISS_POSTULAT, "title", "Velostationen an den Bahnhöfen Rheinfelsen und Rheinfelsen Süd",
        id="swiss_postulat-title",
    ),
    pytest.param(SWISS_POSTULAT, "date", "2026-02-23", id="swiss_postulat-date"),
    pytest.param(SWISS_POSTULAT, "paper", "2026/038", id="swiss_postulat-paper"),
    pytest.param(SWISS_POSTULAT, "municipality", "Stadt Rheinfelsen", id="swiss_postulat-municipality"),
    pytest.param(US_AGENDA_REPORT, "kind", "proposal", id="us_agenda_report-kind"),
    pytest.param(
        US_AGENDA_REPORT, "title", "Award of Contract for the 2026 Sidewalk Repair Program",
        id="us_agenda_report-title",
    ),
    pytest.param(US_AGENDA_REPORT, "date", "2026-04-06", id="us_agenda_report-date"),
    pytest.param(US_AGENDA_REPORT, "agenda_item", "9.B", id="us_agenda_report-agenda_item"),
    pytest.param(
        US_AGENDA_REPORT, "author_unit", OneOf("Public Works", "Public Works Department", "Director of Public Works"),
        id="us_agenda_report-author_unit",
    ),
    pytest.param(US_AGENDA_REPORT, "municipality", "City of Marisol Heights", id="us_agenda_report-municipality"),
    pytest.param(UNGDOMSRAAD_NOTAT, "kind", "memo", id="ungdomsraad_notat-kind"),
    pytest.param(
        UNGDOMSRAAD_NOTAT, "title", "Ungdomsrådets forslag om flere cykelstativer ved gymnasiet",
        id="ungdomsraad_notat-title",
    ),
    pytest.param(UNGDOMSRAAD_NOTAT, "date", "2026-04-08", id="ungdomsraad_notat-date"),
    pytest.param(UNGDOMSRAAD_NOTAT, "case", "2026-004217", id="ungdomsraad_notat-case"),
    pytest.param(UNGDOMSRAAD_NOTAT, "document", "2026-004217-9", id="ungdomsraad_notat-document"),
    pytest.param(UNGDOMSRAAD_NOTAT, "case_handler", "Jonas Weng Lauridsen", id="ungdomsraad_notat-case_handler"),
    pytest.param(UNGDOMSRAAD_NOTAT, "author_unit", "Klima og Miljø", id="ungdomsraad_notat-author_unit"),
    pytest.param(UNGDOMSRAAD_NOTAT, "municipality", "Ringsby Kommune", id="ungdomsraad_notat-municipality"),
    pytest.param(HESSIAN_MITTEILUNGSVORLAGE, "kind", "notice", id="hessian_mitteilungsvorlage-kind"),
    pytest.param(
        HESSIAN_MITTEILUNGSVORLAGE, "title", "Sanierung der Brücke über den Mühlgraben – Vollsperrung im Juni",
        id="hessian_mitteilungsvorlage-title",
    ),
    pytest.param(HESSIAN_MITTEILUNGSVORLAGE, "date", "2026-05-06", id="hessian_mitteilungsvorlage-date"),
    pytest.param(HESSIAN_MITTEILUNGSVORLAGE, "paper", "MV/0058/2026", id="hessian_mitteilungsvorlage-paper"),
    pytest.param(
        HESSIAN_MITTEILUNGSVORLAGE, "author_unit",
        OneOf("Fachbereich 66 – Tiefbau", "Fachbereich 66 - Tiefbau", "Fachbereich Tiefbau", "Tiefbau"),
        id="hessian_mitteilungsvorlage-author_unit",
    ),
    pytest.param(
        HESSIAN_MITTEILUNGSVORLAGE, "case_handler", OneOf("Sabine Kühnle", "Kühnle, Sabine"),
        id="hessian_mitteilungsvorlage-case_handler",
    ),
    pytest.param(
        HESSIAN_MITTEILUNGSVORLAGE, "municipality", "Stadt Kranichfurt", id="hessian_mitteilungsvorlage-municipality",
    ),
    pytest.param(HESSIAN_MITTEILUNGSVORLAGE, "public", True, id="hessian_mitteilungsvorlage-public"),
    pytest.param(HWB_COVER_REPORT, "kind", "proposal", id="hwb_cover_report-kind"),
    pytest.param(HWB_COVER_REPORT, "title", "Better Care Fund Plan 2026/27", id="hwb_cover_report-title"),
    pytest.param(HWB_COVER_REPORT, "date", "2026-06-24", id="hwb_cover_report-date"),
    pytest.param(HWB_COVER_REPORT, "paper", "HWB/26/014", id="hwb_cover_report-paper"),
    pytest.param(
        HWB_COVER_REPORT, "author_unit", OneOf("Adult Social Care", "Adult Social Care Directorate"),
        id="hwb_cover_report-author_unit",
    ),
    pytest.param(HWB_COVER_REPORT, "case_handler", "Priya Raman", id="hwb_cover_report-case_handler"),
    pytest.param(HWB_COVER_REPORT, "municipality", "Lancebury City Council", id="hwb_cover_report-municipality"),
    pytest.param(HWB_COVER_REPORT, "public", True, id="hwb_cover_report-public"),
    pytest.param(BESLUTNINGSPROTOKOL, "kind", "minutes", id="beslutningsprotokol-kind"),
    pytest.param(
        BESLUTNINGSPROTOKOL, "title", "Salg af den tidligere børnehave Solsikken, Kirkevej 14",
        id="beslutningsprotokol-title",
    ),
    pytest.param(BESLUTNINGSPROTOKOL, "case", "82.02.00-G01-12-25", id="beslutningsprotokol-case"),
    pytest.param(BESLUTNINGSPROTOKOL, "agenda_item", "12", id="beslutningsprotokol-agenda_item"),
    pytest.param(BESLUTNINGSPROTOKOL, "municipality", "Vestermose Kommune", id="beslutningsprotokol-municipality"),
    pytest.param(BESLUTNINGSPROTOKOL, "public", True, id="beslutningsprotokol-public"),
]


#: The papers read as text-layer PDFs: the text, the council system's running header and footer.
PRINTED = {
    "thuringian_beschlussvorlage": (THURINGIAN_BESCHLUSSVORLAGE, THURINGIAN_HEADER, THURINGIAN_FOOTER),
    "saxon_informationsvorlage": (SAXON_INFORMATIONSVORLAGE, SAXON_HEADER, SAXON_FOOTER),
    "township_staff_report": (TOWNSHIP_STAFF_REPORT, TOWNSHIP_HEADER, TOWNSHIP_FOOTER),
    "folkeoplysning_punkt": (FOLKEOPLYSNING_PUNKT, FOLKEOPLYSNING_HEADER, FOLKEOPLYSNING_FOOTER),
    "bavarian_vermerk": (BAVARIAN_VERMERK, BAVARIAN_HEADER, BAVARIAN_FOOTER),
}

EXPECTED_PRINTED = [
    pytest.param("thuringian_beschlussvorlage", "kind", "proposal", id="thuringian_beschlussvorlage-kind"),
    pytest.param(
        "thuringian_beschlussvorlage", "title", "Neuordnung der Grabfeldgebühren auf dem Hauptfriedhof",
        id="thuringian_beschlussvorlage-title",
    ),
    pytest.param("thuringian_beschlussvorlage", "date", "2026-03-17", id="thuringian_beschlussvorlage-date"),
    pytest.param("thuringian_beschlussvorlage", "paper", "BV/0142/2026", id="thuringian_beschlussvorlage-paper"),
    pytest.param(
        "thuringian_beschlussvorlage", "author_unit",
        OneOf("Amt für Stadtgrün und Friedhöfe", "Dezernat II – Bau und Umwelt", "Dezernat II - Bau und Umwelt"),
        id="thuringian_beschlussvorlage-author_unit",
    ),
    pytest.param(
        "thuringian_beschlussvorlage", "case_handler", "Tilo Ramsauer", id="thuringian_beschlussvorlage-case_handler",
    ),
    pytest.param(
        "thuringian_beschlussvorlage", "municipality", "Stadt Wellrode", id="thuringian_beschlussvorlage-municipality",
    ),
    pytest.param("thuringian_beschlussvorlage", "public", True, id="thuringian_beschlussvorlage-public"),
    pytest.param("saxon_informationsvorlage", "kind", "notice", id="saxon_informationsvorlage-kind"),
    pytest.param(
        "saxon_informationsvorlage", "title", "Stand der Umstellung auf die digitale Fahrzeugzulassung",
        id="saxon_informationsvorlage-title",
    ),
    pytest.param("saxon_informationsvorlage", "date", "2026-04-02", id="saxon_informationsvorlage-date"),
    pytest.param("saxon_informationsvorlage", "paper", "2026/IV/0031", id="saxon_informationsvorlage-paper"),
    pytest.param("saxon_informationsvorlage", "case", "310.24-0117/2026", id="saxon_informationsvorlage-case"),
    pytest.param(
        "saxon_informationsvorlage", "author_unit",
        OneOf("Straßenverkehrsamt", "Dezernat 3 – Ordnung und Verkehr", "Dezernat 3 - Ordnung und Verkehr"),
        id="saxon_informationsvorlage-author_unit",
    ),
    pytest.param(
        "saxon_informationsvorlage", "case_handler", "Doreen Wachsmuth", id="saxon_informationsvorlage-case_handler",
    ),
    pytest.param(
        "saxon_informationsvorlage", "municipality", "Landkreis Mittelaue", id="saxon_informationsvorlage-municipality",
    ),
    pytest.param("saxon_informationsvorlage", "public", True, id="saxon_informationsvorlage-public"),
    pytest.param("township_staff_report", "kind", "proposal", id="township_staff_report-kind"),
    pytest.param(
        "township_staff_report", "title", "Gravel Road Dust Suppression Program 2026", id="township_staff_report-title",
    ),
    pytest.param("township_staff_report", "date", "2026-04-28", id="township_staff_report-date"),
    pytest.param("township_staff_report", "paper", "PW-2026-09", id="township_staff_report-paper"),
    pytest.param(
        "township_staff_report", "author_unit", OneOf("Public Works", "Public Works Department"),
        id="township_staff_report-author_unit",
    ),
    pytest.param("township_staff_report", "case_handler", "Graham Oduya", id="township_staff_report-case_handler"),
    pytest.param(
        "township_staff_report", "municipality",
        OneOf(
            "Township of Ashgrove", "The Corporation of the Township of Ashgrove",
            "Corporation of the Township of Ashgrove",
        ),
        id="township_staff_report-municipality",
    ),
    pytest.param("folkeoplysning_punkt", "kind", "agenda_item", id="folkeoplysning_punkt-kind"),
    pytest.param(
        "folkeoplysning_punkt", "title", "Tilskud til lederuddannelse i foreningerne 2026",
        id="folkeoplysning_punkt-title",
    ),
    pytest.param("folkeoplysning_punkt", "case", "18.14.00-Ø40-2-26", id="folkeoplysning_punkt-case"),
    pytest.param("folkeoplysning_punkt", "agenda_item", "4", id="folkeoplysning_punkt-agenda_item"),
    pytest.param("folkeoplysning_punkt", "author_unit", "Kultur og Fritid", id="folkeoplysning_punkt-author_unit"),
    pytest.param("folkeoplysning_punkt", "case_handler", "Mette Kjærgaard", id="folkeoplysning_punkt-case_handler"),
    pytest.param("folkeoplysning_punkt", "municipality", "Høgsted Kommune", id="folkeoplysning_punkt-municipality"),
    pytest.param("folkeoplysning_punkt", "public", True, id="folkeoplysning_punkt-public"),
    pytest.param("bavarian_vermerk", "kind", "memo", id="bavarian_vermerk-kind"),
    pytest.param(
        "bavarian_vermerk", "title",
        OneOf(
            "Bauvoranfrage Fl.-Nr. 412/3, Gemarkung Ostermoos – Errichtung eines Mehrfamilienhauses",
            "Bauvoranfrage Fl.-Nr. 412/3, Gemarkung Ostermoos - Errichtung eines Mehrfamilienhauses",
        ),
        id="bavarian_vermerk-title",
    ),
    pytest.param("bavarian_vermerk", "date", "2026-05-12", id="bavarian_vermerk-date"),
    pytest.param("bavarian_vermerk", "case", "632.21-014/2026", id="bavarian_vermerk-case"),
    pytest.param("bavarian_vermerk", "author_unit", "Bauamt", id="bavarian_vermerk-author_unit"),
    pytest.param("bavarian_vermerk", "case_handler", "Annika Strobel", id="bavarian_vermerk-case_handler"),
    pytest.param("bavarian_vermerk", "municipality", "Gemeinde Ostermoos", id="bavarian_vermerk-municipality"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_twentieth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) in accepted(expected)


@pytest.mark.parametrize(("name", "field", "expected"), EXPECTED_PRINTED)
def test_printed_paper_of_a_twentieth_round_layout_gives_the_value_a_reader_would_write_down(name, field, expected):
    assert fold(read_field(printed_card(*PRINTED[name], name), field)) in accepted(expected)


# The round's general rules, each on a text of its own in a layout the round's papers do not use.


def test_number_field_joined_to_the_form_name_by_one_space_is_the_papers_number():
    text = """Gemeinde Aschbach
Sitzungsvorlage Vorlagen-Nr.: SV/0031/2026

Betreff: Erweiterung des Kindergartens am Anger
"""
    assert analyse(text).references.paper == "SV/0031/2026"


def test_report_number_joined_to_the_form_name_is_the_papers_number_in_english():
    text = """Town of Elkbrook
Staff Report Report Number: CS-2026-04

Subject: Arena Ice Rental Rates 2026-2027
"""
    assert analyse(text).references.paper == "CS-2026-04"


def test_number_named_in_a_sentence_is_no_joined_number_field():
    text = """Stadt Aschbach
Betreff: Verkehrsberuhigung im Ortskern

Die Anregung Vorlage Nr. 0815/2025 wurde im Januar vertagt.
"""
    assert analyse(text).references.paper is None


def test_swiss_business_number_with_a_hyphen_and_no_colon_is_the_papers_number():
    text = """Einwohnerrat Talwil

Motion
Geschäfts-Nr. 26/044

Tempo 30 im Quartier Oberdorf
"""
    assert analyse(text).references.paper == "26/044"


def test_issuer_opening_a_head_line_beside_a_form_field_names_the_municipality():
    text = """Gemeinde Lorchheim                     Az.: 022.31/2026
                                       Datum: 14.04.2026
Beschlussvorlage

Betreff: Neufassung der Friedhofssatzung

Beschlussvorschlag:
Der Gemeinderat beschließt die Neufassung der Friedhofssatzung.
"""
    assert analyse(text).municipality == "Gemeinde Lorchheim"


def test_subject_labelled_betreffend_with_its_colon_is_the_title():
    text = """Einwohnerrat Talwil

INTERPELLATION

betreffend: Öffnungszeiten des Hallenbads im Sommer

Der Gemeinderat wird gebeten, folgende Fragen zu beantworten:
"""
    assert analyse(text).title == "Öffnungszeiten des Hallenbads im Sommer"


def test_subject_labelled_betrifft_in_a_form_is_the_title():
    text = """Marktgemeinde Oberwang
Bauamt

AKTENVERMERK

Betrifft: Zufahrt zum Recyclinghof
Datum: 3. Februar 2026

Die Zufahrt ist seit der Sperre der Brücke nur über die Mühlgasse möglich.
"""
    assert analyse(text).title == "Zufahrt zum Recyclinghof"


def test_council_group_over_the_body_it_writes_to_is_the_author():
    text = """Gemeinderatsfraktion Zukunft Aichtal
an die Vorsitzende des Gemeinderates der Gemeinde Aichtal

Antrag zur Sitzung am 20. Mai 2026

Betreff: Öffentliche Trinkbrunnen im Ortszentrum

Der Gemeinderat möge beschließen, im Ortszentrum zwei Trinkbrunnen aufzustellen.
"""
    assert analyse(text).author_unit == "Gemeinderatsfraktion Zukunft Aichtal"


def test_austrian_council_group_named_as_a_klub_is_a_letterhead_unit():
    text = """Stadtgemeinde Weidenau
Gemeinderatsklub der Liste Grünes Weidenau

Antrag

Betreff: Radweg entlang der Bundesstraße
"""
    assert analyse(text).author_unit == "Gemeinderatsklub der Liste Grünes Weidenau"


def test_form_name_after_the_body_it_goes_to_names_the_kind():
    report = """County of Redwater
PLANNING COMMISSION STAFF REPORT

Item No. 4
Subject: Variance for a Garage at 118 Birch Lane

RECOMMENDATION
Staff recommends that the Planning Commission approve the variance.
"""
    agenda = """Town of Elkbrook

TOWN COUNCIL AGENDA

1. Call to Order
2. Approval of Minutes
3. Arena Ice Rental Rates
"""
    assert (analyse(report).kind, analyse(agenda).kind) == ("proposal", "agenda")


def test_record_of_one_numbered_item_is_titled_by_its_item():
    text = """Referat
Teknik- og Miljøudvalget
Mødedato: 4. marts 2026

7. Ny legeplads ved Bøgeskolen
Sagsnr.: 04.02.00-P20-5-25
Åbent punkt

Beslutning i Teknik- og Miljøudvalget den 4. marts 2026
Godkendt.
"""
    card = analyse(text)
    assert (card.kind, card.title) == ("minutes", "Ny legeplads ved Bøgeskolen")


def test_place_and_date_joined_to_a_file_number_date_the_paper():
    text = """Stadt Lindenau
Ordnungsamt

Geschäftszeichen: 32-114/2026 Lindenau, den 3. März 2026

Vermerk

Betreff: Sondernutzung des Marktplatzes für den Frühjahrsmarkt
"""
    assert analyse(text).date.isoformat() == "2026-03-03"


def test_place_and_date_beside_a_field_that_is_no_number_field_do_not_date_the_paper():
    text = """Stadt Lindenau
Ordnungsamt

Sitzungsraum: 2 Rathaus, 12.05.2026

Einladung zur Begehung
"""
    assert analyse(text).date is None


def test_slash_date_either_way_is_read_in_the_order_the_text_writes_its_dates_in_words():
    month_first = """CITY OF ALDER SPRINGS
STAFF REPORT

DATE: 04/06/2026
TO: City Council
FROM: Parks and Recreation Department
SUBJECT: Summer Camp Fees 2026

On March 3, 2026, the Parks Commission reviewed the fees and recommended them to the City Council.
"""
    day_first = """Glenmore District Council
Report to: Community Committee
Date: 04/06/2026
Subject: Allotment Rents 2026

On 3 March 2026 the allotment associations were consulted on the rents.
"""
    assert (analyse(month_first).date.isoformat(), analyse(day_first).date.isoformat()) == ("2026-04-06", "2026-06-04")


def test_meeting_kind_before_a_councils_style_is_no_councils_name():
    text = """CITY OF ALDER SPRINGS
REGULAR CITY COUNCIL MEETING MINUTES

1. CALL TO ORDER
Mayor Reyes called the meeting to order at 6:00 p.m.
2. ROLL CALL
Present: Council Members Ortiz, Lee and Brandt
"""
    assert analyse(text).municipality == "City of Alder Springs"


def test_chief_executive_reporting_to_the_members_writes_the_report():
    text = """Glenbeg County Council

REPORT OF THE CHIEF EXECUTIVE TO THE MEMBERS OF GLENBEG COUNTY COUNCIL

Annual Service Delivery Plan 2026

The Members are asked to adopt the Annual Service Delivery Plan 2026 set out in the appendix.
"""
    assert analyse(text).author_unit == "Chief Executive"


def test_head_line_of_three_joined_columns_gives_the_number_and_the_date():
    text = """Nordhavn Kommune
Teknik og Miljø

Notat Sagsnr.: 2026-1187 Dato: 14. april 2026

Til: Teknik- og Miljøudvalget
Emne: Vinterberedskab på havnen
"""
    card = analyse(text)
    assert (card.references.case, card.date.isoformat()) == ("2026-1187", "2026-04-14")


def test_form_name_with_its_addressee_before_a_joined_number_field():
    text = """Region Østerled

Sagsfremstilling til Regionsrådet Journalnr.: 26/04417

Kollektiv trafik til Ferslev Sygehus
"""
    assert analyse(text).references.case == "26/04417"


def test_fachdienst_under_the_county_in_the_letterhead_is_the_unit():
    text = """Kreis Nordmarsch
Der Landrat
Fachdienst Jugend und Familie

Mitteilungsvorlage

Betreff: Ausbau der Kindertagespflege
"""
    card = analyse(text)
    assert (card.author_unit, card.municipality) == ("Fachdienst Jugend und Familie", "Kreis Nordmarsch")


def test_county_named_in_running_text_is_not_the_issuer():
    text = """Gemeinde Holm

Betreff: Sanierung der Kreisstraße 22

Der Kreis Pinneberg saniert im Sommer die Kreisstraße 22 zwischen Holm und Wedel.
"""
    assert analyse(text).municipality == "Gemeinde Holm"


def test_label_printed_in_two_languages_is_read_by_the_half_the_lexicon_knows():
    text = """Gemeinde Tramsin / Comune di Tramsin

Betreff / Oggetto: Erneuerung der Trinkwasserleitung Oberdorf / Rinnovo dell'acquedotto Oberdorf

Der Gemeindeausschuss genehmigt das Ausführungsprojekt.
"""
    assert analyse(text).title == "Erneuerung der Trinkwasserleitung Oberdorf / Rinnovo dell'acquedotto Oberdorf"


def test_head_line_of_several_joined_fields_gives_each_field():
    text = """Stadt Kellinghofen
Amt für Schule und Sport

Datum: 03.03.2026 Az.: 40.21-118/2026 Vorlage-Nr.: VO/2026/118

Betreff: Neue Sporthalle am Gymnasium
"""
    card = analyse(text)
    assert (card.date.isoformat(), card.references.case, card.references.paper) == (
        "2026-03-03", "40.21-118/2026", "VO/2026/118")


def test_council_named_in_two_languages_on_one_line_is_the_issuer():
    text = """Cyngor Cymuned Nantyfelin / Nantyfelin Community Council

Rhybudd o Gyfarfod / Notice of Meeting

Members are summoned to the meeting of the Council at the Village Hall on 9 June 2026 at 7 pm.
"""
    assert analyse(text).municipality == "Nantyfelin Community Council"


def test_council_in_its_english_style_heading_the_paper_is_its_issuer_never_its_title():
    text = """TOWNSHIP OF CEDAR BEND

Snow Plow Route Review 2026

That the Committee receive the snow plow route review for information.
"""
    card = analyse(text)
    assert (card.title, card.municipality) == ("Snow Plow Route Review 2026", "Township of Cedar Bend")


def test_number_broken_by_a_narrow_column_with_the_access_mark_is_no_title():
    text = """Stadt Bernhausen                          Vorlage - VO/2026/0233
                                          öffentlich

Beschlussvorlage
Federführend: Amt für Umwelt und Grün      Datum: 05.05.2026
Bearbeiter/-in: Petra Kuhn

Beratungsfolge:
Umweltausschuss   Vorberatung   20.05.2026
Stadtrat          Entscheidung  03.06.2026

Baumschutzsatzung – Neufassung

Beschlussvorschlag:
Der Stadtrat beschließt die Neufassung der Baumschutzsatzung.
"""
    # printed, the head's narrow column breaks the number: "Stadt Bernhausen Vorlage - VO/" over "2026/0233 öffentlich"
    printed = reading.read(text_layer_pdf(text, header="Stadt Bernhausen", footer="www.bernhausen.de"), filename="vo.pdf")
    assert printed.card.title == "Baumschutzsatzung – Neufassung"


def test_dashed_paper_number_beside_the_issuer_is_the_papers_number():
    text = """Stadt Bernhausen      Vorlage - VO/2026/0233
                      öffentlich

Beschlussvorlage

Baumschutzsatzung – Neufassung
"""
    assert analyse(text).references.paper == "VO/2026/0233"


def test_director_reporting_to_a_committee_writes_as_the_director_without_the_committee():
    text = """Lowmoor Borough Council

Report of the Director of Housing to Housing and Communities Committee

Empty Homes Strategy 2026-2030

The Committee is asked to approve the Empty Homes Strategy.
"""
    assert analyse(text).author_unit == "Director of Housing"


def test_running_head_of_the_issuer_and_its_committee_is_no_title():
    text = """Cedarholm City Council | Licensing Panel

Licence Review – The Anchor, 12 Quay Street

The Panel is asked to determine the review of the premises licence.
"""
    assert analyse(text).title == "Licence Review – The Anchor, 12 Quay Street"


def test_item_heading_with_nr_and_a_dash_is_an_agenda_item_titled_without_its_number():
    text = """Punkt nr. 12 - Ny skolesti ved Engvej
Sagsnr.: 05.01.10-P20-3-26
Åbent punkt

Sagsfremstilling
Forældre har bedt om en sikker skolevej langs Engvej.

Indstilling
Vej og Park indstiller, at stien anlægges i 2026.

Beslutning
"""
    card = analyse(text)
    assert (card.kind, card.title, card.references.agenda_item) == ("agenda_item", "Ny skolesti ved Engvej", "12")
