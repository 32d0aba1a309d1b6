"""Papers of a twenty-fifth round, written for these tests: hearings of a party, enactments, requests and answers.

Twelve short papers in layouts and genres no earlier round used, with invented places, names and wording of their
own, for the head (kind, title, date, references, author unit, case handler, municipality), addressees, route steps,
deadlines, events, signatories and attachments: a Danish municipality's letter hearing a landowner before an order
("Partshøring – varsel om påbud", the day his remarks must arrive, a photo appendix); a Danish council's terms of
reference for a § 17, stk. 4 committee as an agenda system prints an appendix ("Bilag 2 til punkt 9", "Godkendt af
Byrådet den …", a conference and the day its recommendations are handed over); a Danish certified extract of a
committee's minutes ("Udskrift af beslutningsprotokol", "Udskriftens rigtighed bekræftes", the extract's recipients);
a Danish administration's invitation of the council to a theme meeting ("Tid:", "Sted:", a programme, the day to sign
up by); a South Tyrolean Gemeindeausschuss's Beschluss ("Gegenstand:", "nach Einsichtnahme", "beschließt", a citizen's
Einspruch within ten days, the mayor and the municipal secretary signing side by side, the heading in two languages);
a Bavarian Landratsamt's Zuwendungsbescheid to a club ("Bescheid:", "Rechtsbehelfsbelehrung", a day for the proof of
use); a Swiss Einwohnergemeinde's invitation to its Gemeindeversammlung ("Traktanden", "Aktenauflage", motions to
hand in by a day, the Gemeinderat's president and clerk signing); a Baden-Württemberg Einwohnerantrag to the council
with its two Vertrauenspersonen; an Ontario township's by-law ("BY-LAW NO.", "WHEREAS", "READ a first, second and
third time and finally passed this … day of …", mayor and clerk signing beside each other); an English borough's
request to call in an executive decision signed by three councillors; an Australian shire's question on notice
with the officer's response as an agenda system prints it; and an English town council's response as a consultee
to a planning application. Five of them are read as text-layer PDFs printed by the test
(``tests/reading/format_renderings.py``) with the council system's running header and footer on each page; the
others as plain text.

Their values were written down and committed before the papers were first read. Where a reader could write a value
two ways, each is accepted (``OneOf``); a sitting of the body a paper is for is a step of its route, not an event;
values a reader could not settle are left out (the author unit of a minutes extract, of a by-law and of a call-in
request, the municipality of a residents' application, the kind of a Gemeindeausschuss's Beschluss is written down
as a record or as other).
"""

import pytest

from townhall.reading.analysis import analyse
from townhall.reading.layout import LIST_ITEM
from townhall.reading.text_layout import text_document

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field
from tests.reading.format_renderings import printed_card


# 1. a Danish municipality's letter hearing a landowner before an order (read as a PDF with its running lines)
PARTSHOERING = """Holmstrup Kommune
Natur og Miljø
Rådhustorvet 4
7430 Holmstrup

Jens Overgaard
Mosevej 41
7430 Holmstrup

Dato: 11. august 2026
Sagsnr.: 09.02.00-K08-14-26
Dokumentnr.: 118422-26
Sagsbehandler: Line Stokholm
Telefon: 99 74 23 18

Partshøring – varsel om påbud om oprydning på Mosevej 41

Holmstrup Kommune har den 28. juli 2026 besigtiget ejendommen Mosevej 41 efter en henvendelse fra en nabo. Der ligger
skrotbiler, dæk og byggeaffald på den ubebyggede del af grunden.

Vi overvejer at give dig påbud efter miljøbeskyttelseslovens § 42 om at fjerne affaldet inden den 1. november 2026.

Dine bemærkninger
Før vi træffer afgørelse, har du ret til at komme med bemærkninger. Vi skal have dine bemærkninger senest den
1. september 2026. Du er velkommen til at ringe, hvis du vil mødes med os på ejendommen.

Med venlig hilsen

Line Stokholm
Miljømedarbejder

Bilag: Fotos fra besigtigelsen den 28. juli 2026
"""
PARTSHOERING_HEADER = "Holmstrup Kommune · Natur og Miljø"
PARTSHOERING_FOOTER = "Holmstrup Kommune · Rådhustorvet 4 · 7430 Holmstrup · www.holmstrup.dk"

# 2. a Danish council's terms of reference for a § 17, stk. 4 committee, printed as an agenda's appendix
KOMMISSORIUM = """Bilag 2 til punkt 9, Byrådet 24. juni 2026

Nørreå Kommune

Kommissorium for § 17, stk. 4-udvalget om fremtidens landdistrikter

Godkendt af Byrådet den 24. juni 2026
Sags-id: 24.10.00-A00-6-26
Ansvarlig forvaltning: Kultur, Fritid og Borgerservice

Baggrund
Byrådet ønsker at inddrage borgerne i landdistrikterne i arbejdet med en ny landdistriktspolitik.

Opgave
Udvalget skal komme med anbefalinger til, hvordan kommunen kan styrke fællesskaber, mobilitet og bosætning i
landsbyerne.

Sammensætning
Udvalget består af fem medlemmer af Byrådet og fire repræsentanter for lokalrådene.

Mødeplan
Udvalget holder sit første møde den 27. august 2026. Der afholdes en landdistriktskonference på Egebjerg Efterskole den
3. oktober 2026.

Tidsplan
Udvalget afleverer sine anbefalinger til Økonomiudvalget den 2. februar 2027 og Byrådet den 24. februar 2027.
"""

# 3. a Danish certified extract of a committee's minutes
UDSKRIFT = """Udskrift af beslutningsprotokol

Økonomiudvalget, Skovby Kommune
Mødedato: 9. september 2026
Punkt 7, åbent punkt

Salg af byggegrunde i Enghaven, etape 2
Sagsnr.: 82.00.00-G01-4-26

Sagsfremstilling (kort)
Økonomi og Ejendomme foreslår, at de 14 grunde i etape 2 udbydes til en mindstepris på 1.150 kr. pr. m². Budfristen
foreslås til den 30. oktober 2026 kl. 12.00.

Indstilling
Direktionen indstiller, at Økonomiudvalget anbefaler over for Byrådet, at grundene udbydes som foreslået.

Beslutning i Økonomiudvalget den 9. september 2026
Anbefales over for Byrådet.
Fraværende: Per Holm (V)

Sagen behandles i Byrådet den 23. september 2026.

Udskriften sendt til: Økonomi og Ejendomme; Byrådssekretariatet

Udskriftens rigtighed bekræftes:
Skovby, den 10. september 2026
Maja Frost
Udvalgssekretær
"""

# 4. a Danish administration's invitation of the council to a theme meeting (read as a PDF)
TEMAMOEDE = """Lyngå Kommune
Direktionssekretariatet

Til Byrådets medlemmer

Dato: 2. september 2026
J.nr.: 00.22.04-A00-2-26

Invitation til temamøde om klimatilpasning

Byrådet inviteres til temamøde om den kommende klimatilpasningsplan.

Tid: Onsdag den 30. september 2026 kl. 16.00-19.00
Sted: Lyngå Rådhus, mødesal 1

Program
16.00 Velkomst ved borgmester Hanne Lind
16.15 Oplæg om fremtidens regn
17.30 Spisning
18.00 Drøftelse i grupper

Tilmelding senest fredag den 18. september 2026 til direktionssekretariatet@lyngaa.dk.

Planen sendes i høring efter behandling i Klima- og Miljøudvalget den 5. november 2026 og Byrådet den
25. november 2026.

Med venlig hilsen

Søren Kragh
Kommunaldirektør
"""
TEMAMOEDE_HEADER = "Lyngå Kommune · Direktionssekretariatet"
TEMAMOEDE_FOOTER = "Lyngå Kommune · Torvet 1 · 8550 Lyngå · lyngaa.dk"

# 5. a South Tyrolean Gemeindeausschuss's Beschluss (read as a PDF)
GEMEINDEAUSSCHUSS = """AUTONOME PROVINZ BOZEN – SÜDTIROL
GEMEINDE VALLNAUN

Beschluss des Gemeindeausschusses
Nr. 214 vom 14.07.2026

Gegenstand: Vergabe der Arbeiten zur Sanierung des Daches der Grundschule Vallnaun – Genehmigung

DER GEMEINDEAUSSCHUSS

nach Einsichtnahme in das Angebot der Firma Holzbau Gamper KG vom 30.06.2026;
nach Einsichtnahme in das Regionalgesetz vom 3. Mai 2018, Nr. 2, in geltender Fassung;
nach Einsichtnahme in die positiven Gutachten zur fachlichen und buchhalterischen Ordnungsmäßigkeit;

beschließt

einstimmig in gesetzmäßiger Form:

1. Die Arbeiten zur Sanierung des Daches der Grundschule Vallnaun werden an die Firma Holzbau Gamper KG zum Betrag
von 86.400,00 Euro zuzüglich MwSt. vergeben.
2. Die Arbeiten sind bis zum 11.09.2026 abzuschließen.
3. Gegen diesen Beschluss kann jeder Bürger innerhalb der zehntägigen Veröffentlichungsfrist beim Gemeindeausschuss
Einspruch erheben.

Gelesen, genehmigt und unterfertigt

Der Bürgermeister                 Der Gemeindesekretär
Paul Mair                         Dr. Georg Kofler
"""
GEMEINDEAUSSCHUSS_HEADER = "Gemeinde Vallnaun – Comune di Vallnauno · Beschluss des Gemeindeausschusses Nr. 214/2026"
GEMEINDEAUSSCHUSS_FOOTER = "Gemeinde Vallnaun · Rathausplatz 1 · 39020 Vallnaun"

# 6. a Bavarian Landratsamt's Zuwendungsbescheid to a club
BESCHEID = """Landratsamt Oberweiden
Amt für Jugend und Familie
Sachgebiet Jugendarbeit

Landratsamt Oberweiden · Postfach 1160 · 92631 Oberweiden
Sportverein Eintracht Lohberg e. V.
z. Hd. Frau Petra Wild
Am Sportplatz 3
92648 Lohberg

Aktenzeichen: 21-4631/27-2026
Ihr Antrag vom: 12.05.2026
Sachbearbeiter: Herr Vogl
Telefon: 09621 39-418
Datum: 03.08.2026

Zuwendungsbescheid
Förderung von Ferienfreizeiten 2026

Sehr geehrte Frau Wild,

auf Ihren Antrag vom 12.05.2026 ergeht folgender

Bescheid:

1. Dem Sportverein Eintracht Lohberg e. V. wird für die Ferienfreizeit vom 10.08. bis 15.08.2026 am Brombachsee ein
Zuschuss in Höhe von 1.800 Euro bewilligt.
2. Der Verwendungsnachweis ist bis zum 31.10.2026 vorzulegen.

Begründung:
Der Kreisausschuss hat die Richtlinien für die Förderung der Jugendarbeit am 20.02.2026 beschlossen. Ihr Antrag
erfüllt die Voraussetzungen.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Bayerischen Verwaltungsgericht
Regensburg erhoben werden.

Mit freundlichen Grüßen

Anton Vogl
"""

# 7. a Swiss Einwohnergemeinde's invitation to its Gemeindeversammlung
GEMEINDEVERSAMMLUNG = """Einwohnergemeinde Rüttiberg

Einladung zur Gemeindeversammlung
Donnerstag, 26. November 2026, 20.00 Uhr, Mehrzweckhalle Rüttiberg

Traktanden
1. Budget 2027 und Festsetzung des Steuerfusses
2. Verpflichtungskredit von CHF 1,2 Mio. für die Sanierung der Wasserleitung Dorfstrasse
3. Teilrevision des Reglements über die Abfallentsorgung
4. Verschiedenes

Aktenauflage
Die Unterlagen liegen vom 26. Oktober bis 26. November 2026 in der Gemeindeverwaltung zur Einsichtnahme auf.

Die Rechnungsprüfungskommission hat das Budget am 20. Oktober 2026 geprüft und empfiehlt es zur Annahme.

Anträge zu den Traktanden können bis zum 12. November 2026 schriftlich beim Gemeinderat eingereicht werden.

Rüttiberg, 20. Oktober 2026

GEMEINDERAT RÜTTIBERG
Die Gemeindepräsidentin          Der Gemeindeschreiber
Ursula Zbinden                   Beat Hostettler
"""

# 8. a Baden-Württemberg Einwohnerantrag to the council
EINWOHNERANTRAG = """Einwohnerantrag gemäß § 20b Gemeindeordnung Baden-Württemberg

An den
Oberbürgermeister der Stadt Felsach
Herrn Dr. Markus Brenner
Rathausplatz 1
77912 Felsach

Eingereicht am: 06.07.2026

Gegenstand:
Einrichtung eines Jugendhauses im Stadtteil Unterfelsach

Antrag:
Der Gemeinderat möge beschließen, im ehemaligen Feuerwehrhaus Unterfelsach bis Ende 2027 ein Jugendhaus
einzurichten.

Begründung:
In Unterfelsach leben über 600 Jugendliche, die für jedes Angebot in die Kernstadt fahren müssen.

Unterschriften: 1.214 gültige Unterschriften liegen bei (erforderlich: 1.050).

Vertrauenspersonen:
Lena Hartmann, Bergstraße 12, 77912 Felsach
Yusuf Demir, Am Bach 4, 77912 Felsach

Wir bitten darum, den Antrag innerhalb der gesetzlichen Frist von drei Monaten, spätestens in der Sitzung des
Gemeinderats am 15.10.2026, zu behandeln.

Felsach, 06.07.2026

Lena Hartmann          Yusuf Demir
"""

# 9. an Ontario township's by-law (read as a PDF)
BYLAW = """THE CORPORATION OF THE TOWNSHIP OF MAPLE HOLLOW

BY-LAW NO. 2026-058

Being a By-law to Regulate the Discharge of Fireworks in the Township of Maple Hollow

WHEREAS section 121 of the Municipal Act, 2001 authorizes a municipality to prohibit and regulate the sale and
setting off of fireworks;

AND WHEREAS Council considered Report FS-2026-14 of the Fire Chief at its meeting held on June 9, 2026;

NOW THEREFORE the Council of the Corporation of the Township of Maple Hollow enacts as follows:

1. No person shall discharge consumer fireworks in the Township except on Victoria Day, Canada Day and New Year's
Eve, and on the day before and after each of them.
2. Every person who contravenes this By-law is guilty of an offence.
3. This By-law comes into force on August 1, 2026.

READ a first, second and third time and finally passed this 23rd day of June, 2026.

Daniel Okafor, Mayor                 Brenda Whitlock, Clerk
"""
BYLAW_HEADER = "Township of Maple Hollow · By-law 2026-058"
BYLAW_FOOTER = "Township of Maple Hollow · 1 Municipal Road · Maple Hollow, Ontario"

# 10. an English borough's request to call in an executive decision
CALL_IN = """REQUEST FOR CALL-IN OF AN EXECUTIVE DECISION

To: Head of Democratic Services, Kelsborough Borough Council
Date received: 14 October 2026

Decision reference: ED/2026/061
Decision title: Closure of Ashby Road Recycling Centre
Decision maker: Cabinet
Date of decision: 8 October 2026
Date of publication: 9 October 2026
Call-in period expires: 5pm, 16 October 2026

Reasons for call-in
1. The consultation did not reach the residents of Ashby, who would lose their nearest site.
2. The report did not set out the cost of the longer journeys to the Fenwick site.

Outcome sought
That the Overview and Scrutiny Committee refers the decision back to Cabinet for reconsideration.

Signed by the following members of the Council:
Cllr Aisha Rahman (lead signatory)
Cllr Peter Dowling
Cllr Meera Joshi

For officer use: The call-in is valid. It will be considered by the Overview and Scrutiny Committee on 22 October 2026.
"""

# 11. an Australian shire's question on notice with the officer's response, as an agenda system prints it
QUESTION_ON_NOTICE = """Burrandong Shire Council
Ordinary Council Meeting                                  15 September 2026

QUESTIONS ON NOTICE

14.1   QUESTION ON NOTICE - CR LACHLAN BYRNE - FOOTPATH RENEWALS IN WARRANDALE

Author:          Nadia Petrovic, Manager Civil Assets
Directorate:     Infrastructure Services
File Number:     QON26/09
Attachments:     Nil

Question
Cr Lachlan Byrne submitted the following question on notice on 1 September 2026:
How many metres of footpath in Warrandale were renewed in 2025-26, and when will the footpath in Kookaburra Street be
replaced?

Response
In 2025-26 Council renewed 1,240 metres of footpath in Warrandale. The Kookaburra Street footpath is listed in the draft
Capital Works Program 2027-28, which will be put on public exhibition from 2 March 2027. Submissions on the draft
program close on 30 March 2027.

A community information session on the Capital Works Program will be held at Warrandale Community Hall on 10 March 2027
at 6pm.

RECOMMENDATION
That the response to the question on notice be noted.
"""

# 12. an English town council's response as a consultee to a planning application (read as a PDF)
CONSULTEE_RESPONSE = """Hartsbury Town Council
Town Hall, Market Square, Hartsbury HB4 2TQ

Planning Services
Westmere District Council
Civic Centre
Westmere WM1 1AA

Your ref: 26/01872/FUL
Our ref: PL/26/114
Date: 4 August 2026

Dear Sir or Madam

Application No: 26/01872/FUL
Proposal: Erection of 24 dwellings with associated access and landscaping
Site: Land north of Mill Lane, Hartsbury
Consultation expiry date: 7 August 2026

The Town Council's Planning Committee considered this application at its meeting on 3 August 2026 and resolved to
OBJECT for the following reasons:
1. The site lies outside the settlement boundary of the Hartsbury Neighbourhood Plan.
2. The single access onto Mill Lane is too narrow for the traffic the scheme would bring.

The Town Council asks that the application be decided by the District Council's Planning Committee and not under
delegated powers.

Yours faithfully

Helen Carver
Town Clerk
"""
CONSULTEE_HEADER = "Hartsbury Town Council"
CONSULTEE_FOOTER = "Hartsbury Town Council · Town Hall, Market Square, Hartsbury HB4 2TQ · clerk@hartsbury-tc.gov.uk"


EXPECTED = [
    # 2. the terms of reference
    pytest.param(KOMMISSORIUM, "kind", OneOf("other", "notice"), id="kommissorium-kind"),
    pytest.param(KOMMISSORIUM, "title", OneOf(
        "Kommissorium for § 17, stk. 4-udvalget om fremtidens landdistrikter",
        "§ 17, stk. 4-udvalget om fremtidens landdistrikter",
    ), id="kommissorium-title"),
    pytest.param(KOMMISSORIUM, "date", "2026-06-24", id="kommissorium-date"),
    pytest.param(KOMMISSORIUM, "case", "24.10.00-A00-6-26", id="kommissorium-case"),
    pytest.param(KOMMISSORIUM, "municipality", "Nørreå Kommune", id="kommissorium-municipality"),
    pytest.param(KOMMISSORIUM, "author_unit", "Kultur, Fritid og Borgerservice", id="kommissorium-author_unit"),
    pytest.param(KOMMISSORIUM, "addressees", OneOf([], ["Byrådet"]), id="kommissorium-addressees"),
    pytest.param(KOMMISSORIUM, "consultations", OneOf(
        [("Byrådet", "2026-06-24")],
        [("Byrådet", "2026-06-24"), ("Byrådet", "2027-02-24"), ("Økonomiudvalget", "2027-02-02")],
        [("Byrådet", "2027-02-24"), ("Økonomiudvalget", "2027-02-02")],
    ), id="kommissorium-consultations"),
    pytest.param(KOMMISSORIUM, "deadlines", OneOf([], ["2027-02-02"]), id="kommissorium-deadlines"),
    pytest.param(KOMMISSORIUM, "events", OneOf(["2026-10-03"], ["2026-08-27", "2026-10-03"]), id="kommissorium-events"),
    # 3. the extract of the minutes
    pytest.param(UDSKRIFT, "kind", OneOf("minutes", "agenda_item"), id="udskrift-kind"),
    pytest.param(UDSKRIFT, "title", "Salg af byggegrunde i Enghaven, etape 2", id="udskrift-title"),
    pytest.param(UDSKRIFT, "date", OneOf("2026-09-10", "2026-09-09"), id="udskrift-date"),
    pytest.param(UDSKRIFT, "case", "82.00.00-G01-4-26", id="udskrift-case"),
    pytest.param(UDSKRIFT, "agenda_item", "7", id="udskrift-item"),
    pytest.param(UDSKRIFT, "public", True, id="udskrift-public"),
    pytest.param(UDSKRIFT, "municipality", "Skovby Kommune", id="udskrift-municipality"),
    pytest.param(UDSKRIFT, "addressees", OneOf([], ["Byrådssekretariatet", "Økonomi og Ejendomme"]), id="udskrift-addressees"),
    pytest.param(UDSKRIFT, "consultations", [("Byrådet", "2026-09-23"), ("Økonomiudvalget", "2026-09-09")],
                 id="udskrift-consultations"),
    pytest.param(UDSKRIFT, "deadlines", ["2026-10-30"], id="udskrift-deadlines"),
    pytest.param(UDSKRIFT, "events", [], id="udskrift-events"),
    pytest.param(UDSKRIFT, "signatories", ["Maja Frost"], id="udskrift-signatories"),
    # 6. the Zuwendungsbescheid
    pytest.param(BESCHEID, "kind", "letter", id="bescheid-kind"),
    pytest.param(BESCHEID, "title", OneOf(
        "Zuwendungsbescheid Förderung von Ferienfreizeiten 2026", "Förderung von Ferienfreizeiten 2026",
        "Zuwendungsbescheid – Förderung von Ferienfreizeiten 2026", "Zuwendungsbescheid: Förderung von Ferienfreizeiten 2026",
    ), id="bescheid-title"),
    pytest.param(BESCHEID, "date", "2026-08-03", id="bescheid-date"),
    pytest.param(BESCHEID, "case", "21-4631/27-2026", id="bescheid-case"),
    pytest.param(BESCHEID, "municipality", OneOf("Landratsamt Oberweiden", "Landkreis Oberweiden"), id="bescheid-municipality"),
    pytest.param(BESCHEID, "author_unit", OneOf("Amt für Jugend und Familie", "Sachgebiet Jugendarbeit", "Jugendarbeit"),
                 id="bescheid-author_unit"),
    pytest.param(BESCHEID, "case_handler", OneOf("Herr Vogl", "Vogl", "Anton Vogl"), id="bescheid-case_handler"),
    pytest.param(BESCHEID, "addressees", OneOf([], ["Sportverein Eintracht Lohberg e. V."]), id="bescheid-addressees"),
    pytest.param(BESCHEID, "consultations", OneOf([], [("Kreisausschuss", "2026-02-20")]), id="bescheid-consultations"),
    pytest.param(BESCHEID, "deadlines", ["2026-10-31"], id="bescheid-deadlines"),
    pytest.param(BESCHEID, "events", OneOf([], ["2026-08-10"]), id="bescheid-events"),
    pytest.param(BESCHEID, "signatories", ["Anton Vogl"], id="bescheid-signatories"),
    # 7. the invitation to the Gemeindeversammlung
    pytest.param(GEMEINDEVERSAMMLUNG, "kind", "agenda", id="gemeindeversammlung-kind"),
    pytest.param(GEMEINDEVERSAMMLUNG, "title", OneOf(
        "Einladung zur Gemeindeversammlung", "Gemeindeversammlung",
        "Einladung zur Gemeindeversammlung Donnerstag, 26. November 2026, 20.00 Uhr, Mehrzweckhalle Rüttiberg",
    ), id="gemeindeversammlung-title"),
    pytest.param(GEMEINDEVERSAMMLUNG, "date", "2026-10-20", id="gemeindeversammlung-date"),
    pytest.param(GEMEINDEVERSAMMLUNG, "municipality", "Einwohnergemeinde Rüttiberg", id="gemeindeversammlung-municipality"),
    pytest.param(GEMEINDEVERSAMMLUNG, "author_unit", OneOf("Gemeinderat", "Gemeinderat Rüttiberg"),
                 id="gemeindeversammlung-author_unit"),
    pytest.param(GEMEINDEVERSAMMLUNG, "addressees", ["Gemeindeversammlung"], id="gemeindeversammlung-addressees"),
    pytest.param(GEMEINDEVERSAMMLUNG, "consultations", OneOf(
        [("Gemeindeversammlung", "2026-11-26")],
        [("Gemeindeversammlung", "2026-11-26"), ("Rechnungsprüfungskommission", "2026-10-20")],
    ), id="gemeindeversammlung-consultations"),
    pytest.param(GEMEINDEVERSAMMLUNG, "deadlines", ["2026-11-12"], id="gemeindeversammlung-deadlines"),
    pytest.param(GEMEINDEVERSAMMLUNG, "events", [], id="gemeindeversammlung-events"),
    pytest.param(GEMEINDEVERSAMMLUNG, "signatories", ["Beat Hostettler", "Ursula Zbinden"],
                 id="gemeindeversammlung-signatories"),
    # 8. the Einwohnerantrag
    pytest.param(EINWOHNERANTRAG, "kind", "motion", id="einwohnerantrag-kind"),
    pytest.param(EINWOHNERANTRAG, "title", "Einrichtung eines Jugendhauses im Stadtteil Unterfelsach",
                 id="einwohnerantrag-title"),
    pytest.param(EINWOHNERANTRAG, "date", "2026-07-06", id="einwohnerantrag-date"),
    pytest.param(EINWOHNERANTRAG, "addressees", OneOf(
        ["Gemeinderat"], ["Oberbürgermeister der Stadt Felsach"], ["Oberbürgermeister"],
    ), id="einwohnerantrag-addressees"),
    pytest.param(EINWOHNERANTRAG, "consultations", [("Gemeinderat", "2026-10-15")], id="einwohnerantrag-consultations"),
    pytest.param(EINWOHNERANTRAG, "deadlines", OneOf([], ["2026-10-15"]), id="einwohnerantrag-deadlines"),
    pytest.param(EINWOHNERANTRAG, "events", [], id="einwohnerantrag-events"),
    pytest.param(EINWOHNERANTRAG, "signatories", ["Lena Hartmann", "Yusuf Demir"], id="einwohnerantrag-signatories"),
    # 10. the call-in request
    pytest.param(CALL_IN, "kind", OneOf("motion", "letter"), id="call_in-kind"),
    pytest.param(CALL_IN, "title", OneOf(
        "Closure of Ashby Road Recycling Centre", "Request for Call-in of an Executive Decision",
    ), id="call_in-title"),
    pytest.param(CALL_IN, "date", "2026-10-14", id="call_in-date"),
    pytest.param(CALL_IN, "municipality", "Kelsborough Borough Council", id="call_in-municipality"),
    pytest.param(CALL_IN, "addressees", OneOf(
        ["Head of Democratic Services"], ["Overview and Scrutiny Committee"], ["Democratic Services"],
    ), id="call_in-addressees"),
    pytest.param(CALL_IN, "consultations", OneOf(
        [("Cabinet", "2026-10-08"), ("Overview and Scrutiny Committee", "2026-10-22")],
        [("Overview and Scrutiny Committee", "2026-10-22")],
    ), id="call_in-consultations"),
    pytest.param(CALL_IN, "deadlines", ["2026-10-16"], id="call_in-deadlines"),
    pytest.param(CALL_IN, "events", [], id="call_in-events"),
    pytest.param(CALL_IN, "signatories", ["Aisha Rahman", "Meera Joshi", "Peter Dowling"], id="call_in-signatories"),
    # 11. the question on notice
    pytest.param(QUESTION_ON_NOTICE, "kind", OneOf("agenda_item", "notice"), id="question-kind"),
    pytest.param(QUESTION_ON_NOTICE, "title", OneOf(
        "Question on Notice - Cr Lachlan Byrne - Footpath Renewals in Warrandale", "Footpath Renewals in Warrandale",
        "Question on Notice – Cr Lachlan Byrne – Footpath Renewals in Warrandale",
    ), id="question-title"),
    pytest.param(QUESTION_ON_NOTICE, "agenda_item", "14.1", id="question-item"),
    pytest.param(QUESTION_ON_NOTICE, "case", "QON26/09", id="question-case"),
    pytest.param(QUESTION_ON_NOTICE, "municipality", "Burrandong Shire Council", id="question-municipality"),
    pytest.param(QUESTION_ON_NOTICE, "author_unit", "Infrastructure Services", id="question-author_unit"),
    pytest.param(QUESTION_ON_NOTICE, "addressees", OneOf(["Council"], ["Ordinary Council Meeting"]), id="question-addressees"),
    pytest.param(QUESTION_ON_NOTICE, "consultations", OneOf(
        [("Council", "2026-09-15")], [("Ordinary Council Meeting", "2026-09-15")],
        [("Burrandong Shire Council", "2026-09-15")],
    ), id="question-consultations"),
    pytest.param(QUESTION_ON_NOTICE, "deadlines", ["2027-03-30"], id="question-deadlines"),
    pytest.param(QUESTION_ON_NOTICE, "events", ["2027-03-10"], id="question-events"),
    pytest.param(QUESTION_ON_NOTICE, "attachments", [], id="question-attachments"),
]


#: The papers read as text-layer PDFs: the text, the council system's running header and footer.
PRINTED = {
    "partshoering": (PARTSHOERING, PARTSHOERING_HEADER, PARTSHOERING_FOOTER),
    "temamoede": (TEMAMOEDE, TEMAMOEDE_HEADER, TEMAMOEDE_FOOTER),
    "gemeindeausschuss": (GEMEINDEAUSSCHUSS, GEMEINDEAUSSCHUSS_HEADER, GEMEINDEAUSSCHUSS_FOOTER),
    "bylaw": (BYLAW, BYLAW_HEADER, BYLAW_FOOTER),
    "consultee_response": (CONSULTEE_RESPONSE, CONSULTEE_HEADER, CONSULTEE_FOOTER),
}

EXPECTED_PRINTED = [
    # 1. the hearing of a party before an order
    pytest.param("partshoering", "kind", OneOf("letter", "hearing"), id="partshoering-kind"),
    pytest.param("partshoering", "title", OneOf(
        "Partshøring – varsel om påbud om oprydning på Mosevej 41", "Varsel om påbud om oprydning på Mosevej 41",
    ), id="partshoering-title"),
    pytest.param("partshoering", "date", "2026-08-11", id="partshoering-date"),
    pytest.param("partshoering", "case", "09.02.00-K08-14-26", id="partshoering-case"),
    pytest.param("partshoering", "document", "118422-26", id="partshoering-document"),
    pytest.param("partshoering", "municipality", "Holmstrup Kommune", id="partshoering-municipality"),
    pytest.param("partshoering", "author_unit", "Natur og Miljø", id="partshoering-author_unit"),
    pytest.param("partshoering", "case_handler", "Line Stokholm", id="partshoering-case_handler"),
    pytest.param("partshoering", "addressees", OneOf([], ["Jens Overgaard"]), id="partshoering-addressees"),
    pytest.param("partshoering", "consultations", [], id="partshoering-consultations"),
    pytest.param("partshoering", "deadlines", OneOf(["2026-09-01"], ["2026-09-01", "2026-11-01"]),
                 id="partshoering-deadlines"),
    pytest.param("partshoering", "events", OneOf([], ["2026-07-28"]), id="partshoering-events"),
    pytest.param("partshoering", "signatories", ["Line Stokholm"], id="partshoering-signatories"),
    pytest.param("partshoering", "attachments", ["Fotos fra besigtigelsen den 28. juli 2026"], id="partshoering-attachments"),
    # 4. the invitation to a theme meeting
    pytest.param("temamoede", "kind", OneOf("agenda", "letter"), id="temamoede-kind"),
    pytest.param("temamoede", "title", OneOf(
        "Invitation til temamøde om klimatilpasning", "Temamøde om klimatilpasning",
    ), id="temamoede-title"),
    pytest.param("temamoede", "date", "2026-09-02", id="temamoede-date"),
    pytest.param("temamoede", "case", "00.22.04-A00-2-26", id="temamoede-case"),
    pytest.param("temamoede", "municipality", "Lyngå Kommune", id="temamoede-municipality"),
    pytest.param("temamoede", "author_unit", "Direktionssekretariatet", id="temamoede-author_unit"),
    pytest.param("temamoede", "addressees", OneOf(["Byrådet"], ["Byrådets medlemmer"]), id="temamoede-addressees"),
    pytest.param("temamoede", "consultations", [
        ("Byrådet", "2026-11-25"), ("Klima- og Miljøudvalget", "2026-11-05"),
    ], id="temamoede-consultations"),
    pytest.param("temamoede", "deadlines", ["2026-09-18"], id="temamoede-deadlines"),
    pytest.param("temamoede", "events", ["2026-09-30"], id="temamoede-events"),
    pytest.param("temamoede", "signatories", ["Søren Kragh"], id="temamoede-signatories"),
    # 5. the Gemeindeausschuss's Beschluss
    pytest.param("gemeindeausschuss", "kind", OneOf("minutes", "other"), id="gemeindeausschuss-kind"),
    pytest.param("gemeindeausschuss", "title", OneOf(
        "Vergabe der Arbeiten zur Sanierung des Daches der Grundschule Vallnaun – Genehmigung",
        "Vergabe der Arbeiten zur Sanierung des Daches der Grundschule Vallnaun",
    ), id="gemeindeausschuss-title"),
    pytest.param("gemeindeausschuss", "date", "2026-07-14", id="gemeindeausschuss-date"),
    pytest.param("gemeindeausschuss", "paper", "214", id="gemeindeausschuss-paper"),
    pytest.param("gemeindeausschuss", "municipality", "Gemeinde Vallnaun", id="gemeindeausschuss-municipality"),
    pytest.param("gemeindeausschuss", "addressees", [], id="gemeindeausschuss-addressees"),
    pytest.param("gemeindeausschuss", "consultations", OneOf([], [("Gemeindeausschuss", "2026-07-14")]),
                 id="gemeindeausschuss-consultations"),
    pytest.param("gemeindeausschuss", "deadlines", ["2026-09-11"], id="gemeindeausschuss-deadlines"),
    pytest.param("gemeindeausschuss", "events", [], id="gemeindeausschuss-events"),
    pytest.param("gemeindeausschuss", "signatories", ["Georg Kofler", "Paul Mair"], id="gemeindeausschuss-signatories"),
    # 9. the by-law
    pytest.param("bylaw", "kind", "other", id="bylaw-kind"),
    pytest.param("bylaw", "title", OneOf(
        "Being a By-law to Regulate the Discharge of Fireworks in the Township of Maple Hollow",
        "A By-law to Regulate the Discharge of Fireworks in the Township of Maple Hollow",
        "By-law to Regulate the Discharge of Fireworks in the Township of Maple Hollow",
    ), id="bylaw-title"),
    pytest.param("bylaw", "date", "2026-06-23", id="bylaw-date"),
    pytest.param("bylaw", "paper", "2026-058", id="bylaw-paper"),
    pytest.param("bylaw", "municipality", OneOf(
        "Township of Maple Hollow", "The Corporation of the Township of Maple Hollow",
        "Corporation of the Township of Maple Hollow",
    ), id="bylaw-municipality"),
    pytest.param("bylaw", "addressees", [], id="bylaw-addressees"),
    pytest.param("bylaw", "consultations", OneOf(
        [("Council", "2026-06-23")], [("Council", "2026-06-09"), ("Council", "2026-06-23")],
    ), id="bylaw-consultations"),
    pytest.param("bylaw", "deadlines", [], id="bylaw-deadlines"),
    pytest.param("bylaw", "events", [], id="bylaw-events"),
    pytest.param("bylaw", "signatories", ["Brenda Whitlock", "Daniel Okafor"], id="bylaw-signatories"),
    # 12. the consultee's response to a planning application
    pytest.param("consultee_response", "kind", "letter", id="consultee-kind"),
    pytest.param("consultee_response", "title", OneOf(
        "Erection of 24 dwellings with associated access and landscaping",
        "Application No: 26/01872/FUL", "Application 26/01872/FUL",
    ), id="consultee-title"),
    pytest.param("consultee_response", "date", "2026-08-04", id="consultee-date"),
    pytest.param("consultee_response", "case", OneOf("PL/26/114", "26/01872/FUL"), id="consultee-case"),
    pytest.param("consultee_response", "municipality", "Hartsbury Town Council", id="consultee-municipality"),
    pytest.param("consultee_response", "addressees", OneOf(["Planning Services"], ["Westmere District Council"]),
                 id="consultee-addressees"),
    pytest.param("consultee_response", "consultations", OneOf([], [("Planning Committee", "2026-08-03")]),
                 id="consultee-consultations"),
    pytest.param("consultee_response", "deadlines", ["2026-08-07"], id="consultee-deadlines"),
    pytest.param("consultee_response", "events", [], id="consultee-events"),
    pytest.param("consultee_response", "signatories", ["Helen Carver"], id="consultee-signatories"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_twenty_fifth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) in accepted(expected)


@pytest.mark.parametrize(("name", "field", "expected"), EXPECTED_PRINTED)
def test_printed_paper_of_a_twenty_fifth_round_layout_gives_the_value_a_reader_would_write_down(name, field, expected):
    assert fold(read_field(printed_card(*PRINTED[name], name), field)) in accepted(expected)


# The round's general rules, each on a text of its own in a layout the round's papers do not use.


def test_further_genre_names_give_the_kind():
    assert analyse("Gebührenbescheid\n\nAktenzeichen: 32-11/26\n\nFür die Sondernutzung wird eine Gebühr festgesetzt.\n").kind == "letter"
    assert analyse("Varsel om påbud om at fjerne et hegn\n\nKommunen overvejer at give påbud.\n").kind == "letter"
    assert analyse("CALL-IN REQUEST FORM\n\nDecision: Library opening hours\n\nReasons: not consulted.\n").kind == "motion"
    assert analyse("Protokoludskrift\n\nTeknisk Udvalg\n\n4. Vejbelysning på Skovvej\n\nBeslutning: Godkendt.\n").kind == "minutes"
    assert analyse("Indbydelse til dialogmøde om skolestruktur\n\nKære bestyrelser\n\nVi inviterer jer.\n").kind == "letter"


def test_agenda_section_naming_the_genre_over_the_items_numbered_heading():
    text = """Harbour City Council
Ordinary Meeting                       9 March 2026

QUESTIONS ON NOTICE

9.2   QUESTION ON NOTICE - CR ANNA REID - BEACH ACCESS RAMPS

Response
Two ramps will be built this year.
"""
    card = analyse(text)
    assert card.kind == "agenda_item"
    assert card.references.agenda_item == "9.2"


def test_extract_of_a_record_is_titled_by_its_item_not_by_its_body_and_council_line():
    text = (
        "Udskrift af referat\n\nTeknik- og Miljøudvalget, Vesthavn Kommune\nMødedato: 3. marts 2026\nPunkt 4, lukket punkt\n\n"
        "Køb af areal ved havnen\n\nBeslutning i Teknik- og Miljøudvalget den 3. marts 2026\nGodkendt.\n"
    )
    card = analyse(text)
    assert card.kind == "minutes"
    assert card.title == "Køb af areal ved havnen"
    assert card.public is False


def test_label_over_an_appendix_naming_its_item_is_no_title():
    text = "Anlage 3 zu TOP 5, Sitzung des Hauptausschusses am 4. Mai 2026\n\nRichtlinie zur Vereinsförderung\n\n§ 1 Zweck\n"
    assert analyse(text).title == "Richtlinie zur Vereinsförderung"


def test_line_naming_the_body_that_approved_the_paper_dates_it_and_is_a_step():
    text = "Kommune Nordlund\n\nRetningslinjer for grøn indkøb\n\nVedtaget af Kommunalbestyrelsen den 12. maj 2026\n\nFormål\nKommunen køber grønt ind.\n"
    card = analyse(text)
    assert card.date.isoformat() == "2026-05-12"
    assert read_field(card, "consultations") == [("Kommunalbestyrelsen", "2026-05-12")]


def test_danish_sentence_of_later_steps_beside_a_form_route():
    text = """Punkt 3
Mødedato: 4. marts 2026
Udvalg: Kultur- og Fritidsudvalget

Ny kulturstrategi

Strategien sendes i høring efter behandling i Økonomiudvalget den 11. marts 2026 og Byrådet den 25. marts 2026.
"""
    steps = read_field(analyse(text), "consultations")
    assert ("Økonomiudvalget", "2026-03-11") in steps
    assert ("Byrådet", "2026-03-25") in steps


def test_return_address_over_the_window_and_the_fields_under_the_recipient_are_no_addressees():
    text = """Kreisverwaltung Talheim
Amt für Ordnung

Kreisverwaltung Talheim | Schlossplatz 2 | 54290 Talheim
Herrn
Jonas Keller
Bergweg 8
54292 Talheim

Aktenzeichen: 32.1-77/26
Datum: 12.05.2026

Gebührenbescheid
Sondernutzung des Gehwegs für eine Außengastronomie

Sehr geehrter Herr Keller,

für die Sondernutzung wird eine Gebühr von 120 Euro festgesetzt.

Mit freundlichen Grüßen

Eva Brandt
"""
    card = analyse(text)
    assert card.title == "Sondernutzung des Gehwegs für eine Außengastronomie"
    assert not any("|" in name for name in card.addressees)
    assert card.author_unit == "Amt für Ordnung"


def test_invitation_to_a_voters_assembly_addresses_it_for_its_day():
    text = (
        "Bürgergemeinde Oberhasli\n\nEinladung zur Bürgergemeindeversammlung\nFreitag, 4. Dezember 2026, 19.30 Uhr, Gemeindesaal\n\n"
        "Traktanden\n1. Budget 2027\n2. Verschiedenes\n"
    )
    card = analyse(text)
    assert card.addressees == ("Bürgergemeindeversammlung",)
    assert read_field(card, "consultations") == [("Bürgergemeindeversammlung", "2026-12-04")]


def test_council_over_its_presidents_and_clerks_posts_wrote_the_paper():
    text = (
        "Botschaft an die Gemeindeversammlung\n\nSanierung der Turnhalle\n\nDer Kredit beträgt CHF 800 000.\n\n"
        "Der Gemeinderat\nDer Gemeindepräsident    Die Gemeindeschreiberin\nRolf Aebi                Nina Graf\n"
    )
    assert analyse(text).author_unit == "Gemeinderat"


def test_deadlines_of_bids_expiring_periods_expiry_dates_submissions_on_a_draft_and_works_to_finish():
    bids = "Tilbudsfristen fastsættes til den 14. april 2026 kl. 12.00.\n"
    expires = "Objection period expires: 4pm, 20 May 2026\n"
    expiry = "Consultation expiry date: 2 June 2026\n"
    draft = "Submissions on the draft\nplan close on 30 June 2026.\n"
    works = "Die Bauarbeiten sind bis zum 30.09.2026 fertigzustellen.\n"
    assert read_field(analyse(bids), "deadlines") == ["2026-04-14"]
    assert read_field(analyse(expires), "deadlines") == ["2026-05-20"]
    assert read_field(analyse(expiry), "deadlines") == ["2026-06-02"]
    assert read_field(analyse(draft), "deadlines") == ["2026-06-30"]
    assert read_field(analyse(works), "deadlines") == ["2026-09-30"]


def test_signers_side_by_side_listed_under_a_label_or_each_with_an_office():
    side = "Wir bitten um Behandlung.\n\nAltdorf, 3. März 2026\n\nLukas Meyer          Aylin Demir\n"
    listed = "Outcome sought\nReferral to Cabinet.\n\nSignatories:\nCouncillor Ruth Okoye\nCouncillor Tom Baines (lead)\n"
    offices = "Passed this 2nd day of March, 2026.\n\nAmanda Price, Mayor      Kevin Doyle, Clerk\n"
    assert read_field(analyse(side), "signatories") == ["Aylin Demir", "Lukas Meyer"]
    assert read_field(analyse(listed), "signatories") == ["Ruth Okoye", "Tom Baines"]
    assert read_field(analyse(offices), "signatories") == ["Amanda Price", "Kevin Doyle"]


def test_an_office_closing_a_letter_under_the_name_is_no_signer():
    text = "Dear Sir or Madam\n\nThe Parish Council supports the application.\n\nYours faithfully\n\nJoan Reeves\nParish Clerk\n"
    assert read_field(analyse(text), "signatories") == ["Joan Reeves"]


def test_request_dated_when_received_and_handed_to_an_officer_of_the_council():
    text = """PETITION CALL-IN REQUEST

To: Monitoring Officer, Ashford Vale District Council
Date received: 3 March 2026
Decision maker: Cabinet
Date of decision: 24 February 2026
Date of publication: 25 February 2026
"""
    card = analyse(text)
    assert card.date.isoformat() == "2026-03-03"
    assert card.addressees == ("Monitoring Officer",)
    assert not any(step.organization.startswith("Monitoring") for step in card.consultations)


def test_number_and_day_under_a_decisions_heading_and_an_enactments_number():
    decision = "GEMEINDE TERLAN\n\nBeschluss des Gemeinderates\nNr. 31 vom 22.04.2026\n\nGegenstand: Genehmigung der Jahresabschlussrechnung 2025\n"
    bylaw = "ORDINANCE NO. 26-014\n\nAn ordinance amending the parking code\n\nThe City Council ordains as follows:\n"
    card = analyse(decision)
    assert card.references.paper == "31"
    assert card.date.isoformat() == "2026-04-22"
    assert analyse(bylaw).references.paper == "26-014"


def test_enactments_recital_is_no_part_of_a_body_and_its_final_passing_is_a_step():
    text = """BY-LAW NO. 2026-12

Being a by-law to adopt a tree protection policy

WHEREAS the Council considered the tree protection report at its meeting held on March 3, 2026;

READ a first, second and third time and finally passed this 24th day of March, 2026.
"""
    card = analyse(text)
    assert read_field(card, "consultations") == [("Council", "2026-03-03"), ("Council", "2026-03-24")]
    assert card.date.isoformat() == "2026-03-24"


def test_planning_applications_proposal_is_the_subject_and_a_councils_committee_named_in_the_possessive():
    text = """Our ref: P/77
Date: 2 June 2026

Dear Sir

Application No: 26/0455/HOU
Proposal: Two-storey rear extension
Site: 4 Church Walk

The Parish Council's Planning Committee considered this application at its meeting on 1 June 2026 and has no objection.

Yours faithfully
"""
    card = analyse(text)
    assert card.title == "Two-storey rear extension"
    assert read_field(card, "consultations") == [("Planning Committee", "2026-06-01")]


def test_running_header_repeating_the_letterhead_leaves_the_letterhead_the_sender():
    text = """Kirkby Parish Council

Kirkby Parish Council
The Old School, Main Street, Kirkby
KB2 4RT

Licensing Team
Northvale District Council
Town Hall
Northvale NV1 1AA

Date: 8 May 2026

Dear Sir or Madam

Premises licence for The Plough

The Parish Council objects to the late hours asked for.

Yours faithfully

Sam Hart
Clerk
"""
    card = analyse(text)
    assert "Kirkby Parish Council" not in card.addressees
    assert not any("Main Street" in name for name in card.addressees)


def test_a_dates_day_wrapped_to_the_start_of_a_line_opens_no_numbered_item():
    wrapped = "Vorlage\n\nDer Entwurf wird im Bauausschuss am\n3. März 2026 beraten.\n"
    listed = "Tagesordnung\n\nDie Sitzung beginnt am\n3. Haushalt 2027\n"
    roles = [getattr(item, "role", None) for item in text_document(wrapped).pages[0].items]
    assert LIST_ITEM not in roles
    assert LIST_ITEM in [getattr(item, "role", None) for item in text_document(listed).pages[0].items]
