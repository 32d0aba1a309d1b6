"""Papers of a twenty-seventh round, written for these tests: questions, tenders, elections, honours and notices.

Twelve short papers in layouts and genres no earlier round used, with invented places, names and wording of their
own, for the head (kind, title, date, references, author unit, case handler, municipality, public flag), addressees,
route steps, deadlines, events, signatories and attachments: a Danish citizen's question to the council's question
time with the mayor's answer ("Spørger:", "Modtaget:", "Besvares på Byrådets møde den …", an information meeting for
the residents); a Danish municipality's public tender of the lease of farmland ("Bortforpagtning … – offentligt
udbud", a viewing, the day bids must arrive, the committee that picks the tenant, the tender documents listed); a
Danish election notice for the council for the elderly ("Bekendtgørelse", "Valgdag:", the day candidates must
register by, a candidates' meeting, the election board signing); a Danish municipal council's minutes of the item
that releases a member from office ("Fraværende:", "Ansvarlig:", "Beslutning", the letter asking for it as its
appendix); a Swiss Einwohnergemeinde's publication of its parliament's decisions subject to an optional referendum
(the referendum period, the parliament's office signing by its president and secretary); a Baden-Württemberg
Gemeinde's Wahlbekanntmachung on the electoral roll and postal votes for a mayoral election (a period for
inspection, the day objections and applications must arrive, the election and a run-off); a German city's closed
Beschlussvorlage to award the freedom of the city (a council of elders before the council, a ceremony to come); an
Austrian Gemeinde's Verhandlungsschrift of its council's sitting (beginning and end, those present and excused, one
item with its committee's recommendation, a ground-breaking ceremony, the mayor and the clerk signing side by side
over the two minute-checkers); a US city's notice and call of a special meeting of its council (the items of
business, written comments by a day, the mayor calling it and the clerk posting it); an English district council's
answer to a Freedom of Information request (its reference, the day to ask for an internal review by); a Canadian
town's request to appear as a delegation before its council as a form (the meeting asked for, the association's
tournament, supporting material listed); and an English city council's notice of a proposed traffic regulation
order (objections by a day, the director signing). Five of them are read as text-layer PDFs printed by the test
(``tests/reading/format_renderings.py``) with the council system's running header and footer on each page; the
others as plain text.

Their values were written down and committed before the papers were first read. Where a reader could write a value
two ways, each is accepted (``OneOf``); a sitting of the body a paper is for is a step of its route, not an event;
values a reader could not settle are left out (the date of a record that prints only its meeting's day, the author
unit of an election notice signed by the mayor as the electoral authority and of a traffic order's notice, the
case handler of a tender's contact).
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field
from tests.reading.format_renderings import printed_card


# 1. a Danish citizen's question to the council's question time, with the mayor's answer
BORGERSPOERGSMAAL = """Hjortevig Kommune
Byrådssekretariatet

Spørgsmål til Byrådets spørgetid

Spørger: Birthe Lund, Skovbrynet 14, 4690 Hjortevig
Modtaget: 3. november 2026
Sagsnr.: 00.22.04-A00-7-26
Besvares på Byrådets møde den 17. november 2026

Spørgsmål
Hvornår bliver fortovet på Skovbrynet mellem nr. 2 og nr. 40 sat i stand? Fliserne er løse flere steder, og i
vinter faldt to ældre borgere.

Svar
Fortovet på Skovbrynet er med i kommunens plan for vedligeholdelse af fortove for 2027. Arbejdet begynder efter
planen i uge 14, og beboerne på vejen får et brev senest to uger før. Teknik og Miljø holder et informationsmøde for
beboerne i Skovbrynets fælleshus den 9. marts 2027 kl. 19.00.

Svaret er udarbejdet af Vej og Park.

Med venlig hilsen

Kasper Holm
Borgmester
"""

# 2. a Danish municipality's public tender of the lease of farmland (read as a PDF)
FORPAGTNING = """Mølleby Kommune
Ejendomme og Indkøb

Bortforpagtning af landbrugsjord ved Ravnsholt – offentligt udbud

Dato: 12. januar 2027
J.nr.: 82.18.00-G01-2-27

Mølleby Kommune udbyder ca. 14,2 ha landbrugsjord, matr.nr. 3a og 5c Ravnsholt By, til forpagtning i fem år fra
den 1. april 2027. Jorden skal drives økologisk, og der må ikke bruges sprøjtemidler.

Fremvisning
Der er fremvisning af arealerne onsdag den 27. januar 2027 kl. 13.00. Mødested: gårdspladsen ved Ravnsholtvej 41.

Tilbud
Skriftlige tilbud skal være Ejendomme og Indkøb i hænde senest mandag den 15. februar 2027 kl. 12.00. Tilbuddene
åbnes uden tilbudsgivernes tilstedeværelse. Økonomiudvalget vælger forpagter på sit møde den 9. marts 2027.

Spørgsmål kan rettes til ejendomskonsulent Louise Dahl, tlf. 72 36 45 10, lodah@moelleby.dk.

Udbudsmateriale
Forpagtningskontrakt (udkast)
Kortbilag med arealernes afgrænsning
Tilbudsblanket
"""
FORPAGTNING_HEADER = "Mølleby Kommune · Ejendomme og Indkøb · Udbud af forpagtning 2027"
FORPAGTNING_FOOTER = "Mølleby Kommune · Torvet 1 · 4840 Mølleby · www.moelleby.dk"

# 3. a Danish election notice for the council for the elderly
AELDRERAADSVALG = """Bekendtgørelse

Valg til Ældrerådet i Sønderlev Kommune 2027

Sønderlev Kommune holder valg til Ældrerådet ved brevafstemning. Alle borgere i kommunen, der er fyldt 60 år senest
på valgdagen, kan stemme og stille op.

Valgdag: 9. marts 2027

Kandidater
Vil du stille op, skal du udfylde en kandidatanmeldelse. Den skal være valgbestyrelsen i hænde senest fredag den
15. januar 2027 kl. 12.00.

Kandidatmøde
Ældrerådet og valgbestyrelsen holder et kandidatmøde på Sønderlev Bibliotek tirsdag den 2. februar 2027 kl. 19.00,
hvor alle kandidater kan præsentere sig.

Stemmesedlen sendes med posten i uge 8. Den skal være modtaget senest den 9. marts 2027, og stemmerne tælles op den
10. marts 2027 på Rådhuset.

Sønderlev, den 1. december 2026

Valgbestyrelsen for ældrerådsvalget
Jørgen Vestergaard
formand
"""

# 4. a Danish municipal council's minutes of the item that releases a member from office (read as a PDF)
FRITAGELSE = """Referat
Kommunalbestyrelsen
Torsdag den 26. november 2026 kl. 18.00
Byrådssalen, Rådhuset

Fraværende: Per Lykke (A)

9. Fritagelse for hvervet som kommunalbestyrelsesmedlem og indkaldelse af stedfortræder

Sagsnummer: 00.01.00-A00-12-26
Ansvarlig: Borgmestersekretariatet

Sagsbeskrivelse
Mathilde Friis (F) har den 9. november 2026 bedt om at blive fritaget for sit hverv som medlem af
kommunalbestyrelsen fra den 1. januar 2027, fordi hun flytter til en anden kommune. Efter den kommunale styrelseslov
kan kommunalbestyrelsen fritage et medlem, når det af helbreds-, arbejds- eller andre grunde er urimeligt besværligt
at beholde hvervet.

Første stedfortræder på liste F er Niels Aagaard. Hans plads i Social- og Sundhedsudvalget besættes på et
ekstraordinært møde i Økonomiudvalget den 10. december 2026.

Indstilling
Borgmesteren indstiller, at
1. Mathilde Friis fritages for hvervet fra den 1. januar 2027
2. Niels Aagaard indkaldes som medlem fra samme dato

Beslutning
Godkendt.

Bilag
Brev fra Mathilde Friis af 9. november 2026
"""
FRITAGELSE_HEADER = "Ravnkilde Kommune · Kommunalbestyrelsen · Referat 26. november 2026"
FRITAGELSE_FOOTER = "Ravnkilde Kommune · Torvegade 3 · 9610 Ravnkilde"

# 5. a Swiss Einwohnergemeinde's publication of its parliament's decisions subject to an optional referendum
REFERENDUM = """Einwohnergemeinde Brunnmatt

Publikation

Beschlüsse des Einwohnerrates vom 19. November 2026

Der Einwohnerrat hat an seiner Sitzung vom 19. November 2026 folgende Beschlüsse gefasst:

1. Das Budget 2027 mit einem Steuerfuss von 1,62 Einheiten wird genehmigt.
2. Für die Sanierung des Schulhauses Matte wird ein Verpflichtungskredit von Fr. 3,4 Mio. bewilligt.
3. Das Reglement über die Parkierung auf öffentlichem Grund wird erlassen.

Die Beschlüsse 2 und 3 unterliegen dem fakultativen Referendum. Die Referendumsfrist läuft vom 27. November 2026 bis
28. Dezember 2026. Das Referendum kommt zustande, wenn es von 300 Stimmberechtigten unterzeichnet ist. Die
Unterschriftenlisten sind bis zum Ablauf der Frist der Gemeindekanzlei einzureichen.

Die Akten liegen während der Referendumsfrist in der Gemeindekanzlei zur Einsicht auf.

Brunnmatt, 26. November 2026

Büro des Einwohnerrates
Die Präsidentin: Sandra Kälin
Der Ratssekretär: Urs Imhof
"""

# 6. a Baden-Württemberg Gemeinde's Wahlbekanntmachung for a mayoral election (read as a PDF)
WAHLBEKANNTMACHUNG = """Gemeinde Oberweißach
Der Bürgermeister als Gemeindewahlbehörde

Wahlbekanntmachung

über das Recht auf Einsicht in das Wählerverzeichnis und die Erteilung von Wahlscheinen für die Bürgermeisterwahl
am 7. März 2027

1. Das Wählerverzeichnis für die Bürgermeisterwahl wird in der Zeit vom 15. Februar 2027 bis 19. Februar 2027
während der allgemeinen Öffnungszeiten im Rathaus, Zimmer 4, Hauptstraße 12, 71299 Oberweißach, für Wahlberechtigte
zur Einsichtnahme bereitgehalten.

2. Wer das Wählerverzeichnis für unrichtig oder unvollständig hält, kann bis zum 19. Februar 2027, 12.00 Uhr, bei
der Gemeinde Einspruch einlegen.

3. Wahlberechtigte, die in das Wählerverzeichnis eingetragen sind, erhalten bis spätestens 14. Februar 2027 eine
Wahlbenachrichtigung.

4. Wahlscheine können bis zum 5. März 2027, 18.00 Uhr, schriftlich, elektronisch oder mündlich bei der Gemeinde
beantragt werden.

5. Eine etwa notwendige Neuwahl findet am 21. März 2027 statt.

Oberweißach, den 25. Januar 2027

Thomas Reichle
Bürgermeister
"""
WAHLBEKANNTMACHUNG_HEADER = "Gemeinde Oberweißach · Amtliche Bekanntmachungen · Bürgermeisterwahl 2027"
WAHLBEKANNTMACHUNG_FOOTER = "Gemeinde Oberweißach · Hauptstraße 12 · 71299 Oberweißach · www.oberweissach.de"

# 7. a German city's closed Beschlussvorlage to award the freedom of the city
EHRENBUERGER = """Stadt Hohenmark
Der Oberbürgermeister

Beschlussvorlage                                  Vorlage-Nr.: 2026/0412
- nichtöffentlich -                               Datum: 02.11.2026

Federführung: Büro des Oberbürgermeisters
Bearbeitung: Katrin Vogt

Beratungsfolge:
Ältestenrat          16.11.2026   Vorberatung
Stadtrat             26.11.2026   Entscheidung

Betreff:
Verleihung des Ehrenbürgerrechts an Frau Dr. Hildegard Brenner

Beschlussvorschlag:
Der Stadtrat verleiht Frau Dr. Hildegard Brenner in Anerkennung ihrer Verdienste um das Hospiz Hohenmark das
Ehrenbürgerrecht der Stadt Hohenmark.

Sachverhalt:
Frau Dr. Brenner hat das Hospiz Hohenmark 1998 gegründet und bis 2025 ehrenamtlich geleitet. Die Urkunde soll ihr bei
einem Festakt im Historischen Ratssaal am 15. Januar 2027 überreicht werden. Bis zur Beschlussfassung ist über die
Ehrung Stillschweigen zu wahren.

Anlage:
Würdigung der Verdienste von Dr. Hildegard Brenner

Dr. Stefan Lorenz
Oberbürgermeister
"""

# 8. an Austrian Gemeinde's Verhandlungsschrift of its council's sitting (read as a PDF)
VERHANDLUNGSSCHRIFT = """Gemeinde Kirchdorf am Wildbach
Politischer Bezirk Seeland

VERHANDLUNGSSCHRIFT

über die öffentliche Sitzung des Gemeinderates am Donnerstag, 10. Dezember 2026, im Sitzungssaal des Gemeindeamtes

Beginn: 19.00 Uhr
Ende: 21.15 Uhr

Anwesend: Bürgermeisterin Maria Lechner als Vorsitzende, 14 Mitglieder des Gemeinderates
Entschuldigt: GR Josef Huber, GR Anna Moser
Schriftführer: AL Martin Gruber

Die Vorsitzende stellt fest, dass die Sitzung ordnungsgemäß einberufen wurde und der Gemeinderat beschlussfähig ist.

TOP 4: Vergabe der Baumeisterarbeiten für den Zubau zum Kindergarten

Die Vorsitzende berichtet, dass für die Baumeisterarbeiten vier Angebote eingelangt sind. Der Bauausschuss hat die
Angebote in seiner Sitzung am 1. Dezember 2026 geprüft und empfiehlt die Vergabe an den Billigstbieter, die Firma
Brandl Bau GmbH, um 486.300 Euro netto. Baubeginn ist der 8. März 2027; die Spatenstichfeier findet am 12. März 2027
um 10 Uhr beim Kindergarten statt.

Antrag der Vorsitzenden: Der Gemeinderat möge die Baumeisterarbeiten an die Firma Brandl Bau GmbH vergeben.

Beschluss: einstimmig angenommen.

Die Bürgermeisterin:              Der Schriftführer:
Maria Lechner                     Martin Gruber

Die Protokollprüfer:
Franz Eder                        Elisabeth Wimmer
"""
VERHANDLUNGSSCHRIFT_HEADER = "Gemeinde Kirchdorf am Wildbach · Verhandlungsschrift GR 10.12.2026"
VERHANDLUNGSSCHRIFT_FOOTER = "Gemeinde Kirchdorf am Wildbach · Dorfplatz 1 · 4652 Kirchdorf am Wildbach"

# 9. a US city's notice and call of a special meeting of its council (read as a PDF)
SPECIAL_MEETING = """CITY OF WILLOW FLATS

NOTICE AND CALL OF A SPECIAL MEETING OF THE CITY COUNCIL

NOTICE IS HEREBY GIVEN that a special meeting of the City Council of the City of Willow Flats is called by Mayor
Dale Prentice to be held on Tuesday, February 9, 2027, at 5:30 p.m. in the Council Chambers, City Hall, 200 Main
Street, Willow Flats.

The items of business to be considered are:

1. Public Comment
2. Award of Contract for the Well No. 6 Rehabilitation Project
3. Closed Session: Conference with Labor Negotiators (Gov. Code Section 54957.6)

Written comments on any item may be sent to the City Clerk at cityclerk@willowflats.gov and must be received by
12:00 p.m. on February 9, 2027.

Dated: February 4, 2027

Dale Prentice, Mayor

Posted: February 4, 2027, at 4:00 p.m.
Marisol Vega, City Clerk
"""
SPECIAL_MEETING_HEADER = "City of Willow Flats · Special City Council Meeting · February 9, 2027"
SPECIAL_MEETING_FOOTER = "City of Willow Flats · 200 Main Street · Willow Flats, CA 95987 · www.willowflats.gov"

# 10. an English district council's answer to a Freedom of Information request
FOI_RESPONSE = """Harrowgate District Council
Information Governance Team
Civic Centre, Station Road, Harrowgate HG9 1AA

Ms Priya Nair
14 Orchard Close
Harrowgate HG9 4QT

Our ref: FOI-2026-1187
Date: 18 November 2026

Dear Ms Nair

Freedom of Information Act 2000 – Request for information: Use of consultants by the Planning Service

Thank you for your request received on 21 October 2026. You asked how much the Planning Service spent on external
consultants in each of the last three financial years.

Our response
2023/24: £182,400
2024/25: £207,950
2025/26: £164,300

If you are unhappy with the way your request has been handled, you may ask for an internal review. Please write to
us within 40 working days of the date of this letter, that is by 19 January 2027. If you remain dissatisfied, you
may complain to the Information Commissioner's Office.

Yours sincerely

Gareth Powell
Information Governance Officer
"""

# 11. a Canadian town's request to appear as a delegation before its council, as a form
DELEGATION = """Town of Bearpaw Lake
Request to Appear as a Delegation before Council

Submitted: April 6, 2027

Name of delegate: Tom Whitehorse
Organization represented: Bearpaw Lake Minor Hockey Association
Email: president@bearpawhockey.ca
Phone: 705-555-0142

Meeting date requested: Regular Council Meeting, April 20, 2027
Topic: Ice time allocation at the Bearpaw Lake Community Arena for the 2027-28 season

Purpose of the delegation and action requested of Council:
We ask Council to direct staff to review the arena ice allocation policy so that minor hockey keeps its Saturday
morning ice. Our annual tournament will be held at the arena on November 12-14, 2027.

Supporting material attached: Yes
1. Letter to Council from the Association's board
2. Ice schedule 2026-27

Delegations are limited to 10 minutes. Requests and material must be received by the Clerk no later than 12:00 noon
on the Wednesday before the meeting.

Office use only
Received by: J. Paquette, Deputy Clerk
Date received: April 7, 2027
"""

# 12. an English city council's notice of a proposed traffic regulation order
TRAFFIC_ORDER = """EASTMERE CITY COUNCIL

ROAD TRAFFIC REGULATION ACT 1984

THE EASTMERE CITY COUNCIL (QUAY WALK AND HARBOUR LANE) (PROHIBITION OF WAITING AT ANY TIME) ORDER 2027

NOTICE IS HEREBY GIVEN that Eastmere City Council proposes to make the above Order under sections 1, 2 and 4 of the
Road Traffic Regulation Act 1984.

The effect of the Order will be to prohibit waiting at any time on both sides of Quay Walk between its junction with
Harbour Lane and a point 40 metres north-east of that junction.

A copy of the proposed Order, a plan showing the lengths of road affected and a statement of the Council's reasons
may be inspected at the Customer Service Centre, Guildhall, Eastmere EM1 1GH, between 9 a.m. and 4 p.m. on weekdays.

Any person who wishes to object to the proposed Order should send a statement in writing of the grounds of the
objection to the Traffic Management Team, Guildhall, Eastmere EM1 1GH, or to traffic.orders@eastmere.gov.uk, quoting
reference TRO/27/004, by 30 March 2027.

Dated 3 March 2027

Helen Marsh
Director of Place
"""


EXPECTED = [
    # 1. the citizen's question
    pytest.param(BORGERSPOERGSMAAL, "kind", OneOf("motion", "other"), id="borgerspoergsmaal-kind"),
    pytest.param(BORGERSPOERGSMAAL, "title", "Spørgsmål til Byrådets spørgetid", id="borgerspoergsmaal-title"),
    pytest.param(BORGERSPOERGSMAAL, "date", "2026-11-03", id="borgerspoergsmaal-date"),
    pytest.param(BORGERSPOERGSMAAL, "case", "00.22.04-A00-7-26", id="borgerspoergsmaal-case"),
    pytest.param(BORGERSPOERGSMAAL, "municipality", "Hjortevig Kommune", id="borgerspoergsmaal-municipality"),
    pytest.param(BORGERSPOERGSMAAL, "author_unit", OneOf("Byrådssekretariatet", "Vej og Park"),
                 id="borgerspoergsmaal-author_unit"),
    pytest.param(BORGERSPOERGSMAAL, "addressees", OneOf([], ["Byrådet"]), id="borgerspoergsmaal-addressees"),
    pytest.param(BORGERSPOERGSMAAL, "consultations", [("Byrådet", "2026-11-17")], id="borgerspoergsmaal-consultations"),
    pytest.param(BORGERSPOERGSMAAL, "deadlines", [], id="borgerspoergsmaal-deadlines"),
    pytest.param(BORGERSPOERGSMAAL, "events", ["2027-03-09"], id="borgerspoergsmaal-events"),
    pytest.param(BORGERSPOERGSMAAL, "signatories", ["Kasper Holm"], id="borgerspoergsmaal-signatories"),
    # 3. the election notice
    pytest.param(AELDRERAADSVALG, "kind", "notice", id="aeldreraadsvalg-kind"),
    pytest.param(AELDRERAADSVALG, "title", "Valg til Ældrerådet i Sønderlev Kommune 2027", id="aeldreraadsvalg-title"),
    pytest.param(AELDRERAADSVALG, "date", "2026-12-01", id="aeldreraadsvalg-date"),
    pytest.param(AELDRERAADSVALG, "municipality", "Sønderlev Kommune", id="aeldreraadsvalg-municipality"),
    pytest.param(AELDRERAADSVALG, "author_unit", OneOf("Valgbestyrelsen for ældrerådsvalget", "Valgbestyrelsen"),
                 id="aeldreraadsvalg-author_unit"),
    pytest.param(AELDRERAADSVALG, "addressees", [], id="aeldreraadsvalg-addressees"),
    pytest.param(AELDRERAADSVALG, "consultations", [], id="aeldreraadsvalg-consultations"),
    pytest.param(AELDRERAADSVALG, "deadlines", ["2027-01-15", "2027-03-09"], id="aeldreraadsvalg-deadlines"),
    pytest.param(AELDRERAADSVALG, "events", OneOf(
        ["2027-02-02"], ["2027-02-02", "2027-03-09"], ["2027-02-02", "2027-03-10"],
        ["2027-02-02", "2027-03-09", "2027-03-10"],
    ), id="aeldreraadsvalg-events"),
    pytest.param(AELDRERAADSVALG, "signatories", ["Jørgen Vestergaard"], id="aeldreraadsvalg-signatories"),
    # 5. the publication of decisions subject to referendum
    pytest.param(REFERENDUM, "kind", "notice", id="referendum-kind"),
    pytest.param(REFERENDUM, "title", OneOf(
        "Beschlüsse des Einwohnerrates vom 19. November 2026", "Publikation – Beschlüsse des Einwohnerrates vom 19. November 2026",
    ), id="referendum-title"),
    pytest.param(REFERENDUM, "date", "2026-11-26", id="referendum-date"),
    pytest.param(REFERENDUM, "municipality", "Einwohnergemeinde Brunnmatt", id="referendum-municipality"),
    pytest.param(REFERENDUM, "author_unit", "Büro des Einwohnerrates", id="referendum-author_unit"),
    pytest.param(REFERENDUM, "addressees", [], id="referendum-addressees"),
    pytest.param(REFERENDUM, "consultations", OneOf([], [("Einwohnerrat", "2026-11-19")]), id="referendum-consultations"),
    pytest.param(REFERENDUM, "deadlines", ["2026-12-28"], id="referendum-deadlines"),
    pytest.param(REFERENDUM, "events", [], id="referendum-events"),
    pytest.param(REFERENDUM, "signatories", ["Sandra Kälin", "Urs Imhof"], id="referendum-signatories"),
    # 7. the freedom of the city
    pytest.param(EHRENBUERGER, "kind", "proposal", id="ehrenbuerger-kind"),
    pytest.param(EHRENBUERGER, "title", "Verleihung des Ehrenbürgerrechts an Frau Dr. Hildegard Brenner",
                 id="ehrenbuerger-title"),
    pytest.param(EHRENBUERGER, "date", "2026-11-02", id="ehrenbuerger-date"),
    pytest.param(EHRENBUERGER, "paper", "2026/0412", id="ehrenbuerger-paper"),
    pytest.param(EHRENBUERGER, "public", False, id="ehrenbuerger-public"),
    pytest.param(EHRENBUERGER, "municipality", "Stadt Hohenmark", id="ehrenbuerger-municipality"),
    pytest.param(EHRENBUERGER, "author_unit", "Büro des Oberbürgermeisters", id="ehrenbuerger-author_unit"),
    pytest.param(EHRENBUERGER, "case_handler", "Katrin Vogt", id="ehrenbuerger-case_handler"),
    pytest.param(EHRENBUERGER, "addressees", OneOf(["Stadtrat"], ["Ältestenrat"], ["Stadtrat", "Ältestenrat"]),
                 id="ehrenbuerger-addressees"),
    pytest.param(EHRENBUERGER, "consultations", [("Stadtrat", "2026-11-26"), ("Ältestenrat", "2026-11-16")],
                 id="ehrenbuerger-consultations"),
    pytest.param(EHRENBUERGER, "deadlines", [], id="ehrenbuerger-deadlines"),
    pytest.param(EHRENBUERGER, "events", ["2027-01-15"], id="ehrenbuerger-events"),
    pytest.param(EHRENBUERGER, "signatories", ["Stefan Lorenz"], id="ehrenbuerger-signatories"),
    pytest.param(EHRENBUERGER, "attachments", ["Würdigung der Verdienste von Dr. Hildegard Brenner"],
                 id="ehrenbuerger-attachments"),
    # 10. the answer to a Freedom of Information request
    pytest.param(FOI_RESPONSE, "kind", "letter", id="foi-kind"),
    pytest.param(FOI_RESPONSE, "title", OneOf(
        "Freedom of Information Act 2000 – Request for information: Use of consultants by the Planning Service",
        "Request for information: Use of consultants by the Planning Service",
        "Use of consultants by the Planning Service",
    ), id="foi-title"),
    pytest.param(FOI_RESPONSE, "date", "2026-11-18", id="foi-date"),
    pytest.param(FOI_RESPONSE, "case", "FOI-2026-1187", id="foi-case"),
    pytest.param(FOI_RESPONSE, "municipality", "Harrowgate District Council", id="foi-municipality"),
    pytest.param(FOI_RESPONSE, "author_unit", "Information Governance Team", id="foi-author_unit"),
    pytest.param(FOI_RESPONSE, "addressees", OneOf([], ["Priya Nair"], ["Ms Priya Nair"]), id="foi-addressees"),
    pytest.param(FOI_RESPONSE, "consultations", [], id="foi-consultations"),
    pytest.param(FOI_RESPONSE, "deadlines", ["2027-01-19"], id="foi-deadlines"),
    pytest.param(FOI_RESPONSE, "events", [], id="foi-events"),
    pytest.param(FOI_RESPONSE, "signatories", ["Gareth Powell"], id="foi-signatories"),
    # 11. the request to appear as a delegation
    pytest.param(DELEGATION, "kind", OneOf("motion", "letter", "other"), id="delegation-kind"),
    pytest.param(DELEGATION, "title", OneOf(
        "Request to Appear as a Delegation before Council",
        "Ice time allocation at the Bearpaw Lake Community Arena for the 2027-28 season",
    ), id="delegation-title"),
    pytest.param(DELEGATION, "date", "2027-04-06", id="delegation-date"),
    pytest.param(DELEGATION, "municipality", "Town of Bearpaw Lake", id="delegation-municipality"),
    pytest.param(DELEGATION, "author_unit", "Bearpaw Lake Minor Hockey Association", id="delegation-author_unit"),
    pytest.param(DELEGATION, "addressees", OneOf([], ["Council"]), id="delegation-addressees"),
    pytest.param(DELEGATION, "consultations", [("Council", "2027-04-20")], id="delegation-consultations"),
    pytest.param(DELEGATION, "deadlines", [], id="delegation-deadlines"),
    pytest.param(DELEGATION, "events", ["2027-11-12"], id="delegation-events"),
    pytest.param(DELEGATION, "signatories", OneOf([], ["Tom Whitehorse"]), id="delegation-signatories"),
    pytest.param(DELEGATION, "attachments", ["Ice schedule 2026-27", "Letter to Council from the Association's board"],
                 id="delegation-attachments"),
    # 12. the notice of a proposed traffic regulation order
    pytest.param(TRAFFIC_ORDER, "kind", "notice", id="traffic_order-kind"),
    pytest.param(TRAFFIC_ORDER, "title", OneOf(
        "The Eastmere City Council (Quay Walk and Harbour Lane) (Prohibition of Waiting at Any Time) Order 2027",
        "Eastmere City Council (Quay Walk and Harbour Lane) (Prohibition of Waiting at Any Time) Order 2027",
    ), id="traffic_order-title"),
    pytest.param(TRAFFIC_ORDER, "date", "2027-03-03", id="traffic_order-date"),
    pytest.param(TRAFFIC_ORDER, "case", "TRO/27/004", id="traffic_order-case"),
    pytest.param(TRAFFIC_ORDER, "municipality", "Eastmere City Council", id="traffic_order-municipality"),
    pytest.param(TRAFFIC_ORDER, "addressees", [], id="traffic_order-addressees"),
    pytest.param(TRAFFIC_ORDER, "consultations", [], id="traffic_order-consultations"),
    pytest.param(TRAFFIC_ORDER, "deadlines", ["2027-03-30"], id="traffic_order-deadlines"),
    pytest.param(TRAFFIC_ORDER, "events", [], id="traffic_order-events"),
    pytest.param(TRAFFIC_ORDER, "signatories", ["Helen Marsh"], id="traffic_order-signatories"),
]


#: The papers read as text-layer PDFs: the text, the council system's running header and footer.
PRINTED = {
    "forpagtning": (FORPAGTNING, FORPAGTNING_HEADER, FORPAGTNING_FOOTER),
    "fritagelse": (FRITAGELSE, FRITAGELSE_HEADER, FRITAGELSE_FOOTER),
    "wahlbekanntmachung": (WAHLBEKANNTMACHUNG, WAHLBEKANNTMACHUNG_HEADER, WAHLBEKANNTMACHUNG_FOOTER),
    "verhandlungsschrift": (VERHANDLUNGSSCHRIFT, VERHANDLUNGSSCHRIFT_HEADER, VERHANDLUNGSSCHRIFT_FOOTER),
    "special_meeting": (SPECIAL_MEETING, SPECIAL_MEETING_HEADER, SPECIAL_MEETING_FOOTER),
}

EXPECTED_PRINTED = [
    # 2. the tender of a lease
    pytest.param("forpagtning", "kind", OneOf("notice", "other"), id="forpagtning-kind"),
    pytest.param("forpagtning", "title", OneOf(
        "Bortforpagtning af landbrugsjord ved Ravnsholt – offentligt udbud", "Bortforpagtning af landbrugsjord ved Ravnsholt",
    ), id="forpagtning-title"),
    pytest.param("forpagtning", "date", "2027-01-12", id="forpagtning-date"),
    pytest.param("forpagtning", "case", "82.18.00-G01-2-27", id="forpagtning-case"),
    pytest.param("forpagtning", "municipality", "Mølleby Kommune", id="forpagtning-municipality"),
    pytest.param("forpagtning", "author_unit", "Ejendomme og Indkøb", id="forpagtning-author_unit"),
    pytest.param("forpagtning", "addressees", [], id="forpagtning-addressees"),
    pytest.param("forpagtning", "consultations", OneOf([], [("Økonomiudvalget", "2027-03-09")]),
                 id="forpagtning-consultations"),
    pytest.param("forpagtning", "deadlines", ["2027-02-15"], id="forpagtning-deadlines"),
    pytest.param("forpagtning", "events", ["2027-01-27"], id="forpagtning-events"),
    pytest.param("forpagtning", "signatories", [], id="forpagtning-signatories"),
    pytest.param("forpagtning", "attachments", OneOf([], [
        "Forpagtningskontrakt (udkast)", "Kortbilag med arealernes afgrænsning", "Tilbudsblanket",
    ]), id="forpagtning-attachments"),
    # 4. the minutes of a member's release from office
    pytest.param("fritagelse", "kind", OneOf("agenda_item", "minutes"), id="fritagelse-kind"),
    pytest.param("fritagelse", "title", "Fritagelse for hvervet som kommunalbestyrelsesmedlem og indkaldelse af stedfortræder",
                 id="fritagelse-title"),
    pytest.param("fritagelse", "agenda_item", "9", id="fritagelse-item"),
    pytest.param("fritagelse", "case", "00.01.00-A00-12-26", id="fritagelse-case"),
    pytest.param("fritagelse", "municipality", "Ravnkilde Kommune", id="fritagelse-municipality"),
    pytest.param("fritagelse", "author_unit", "Borgmestersekretariatet", id="fritagelse-author_unit"),
    pytest.param("fritagelse", "addressees", OneOf([], ["Kommunalbestyrelsen"]), id="fritagelse-addressees"),
    pytest.param("fritagelse", "consultations", OneOf(
        [("Kommunalbestyrelsen", "2026-11-26")],
        [("Kommunalbestyrelsen", "2026-11-26"), ("Økonomiudvalget", "2026-12-10")],
    ), id="fritagelse-consultations"),
    pytest.param("fritagelse", "deadlines", [], id="fritagelse-deadlines"),
    pytest.param("fritagelse", "events", [], id="fritagelse-events"),
    pytest.param("fritagelse", "signatories", [], id="fritagelse-signatories"),
    pytest.param("fritagelse", "attachments", ["Brev fra Mathilde Friis af 9. november 2026"], id="fritagelse-attachments"),
    # 6. the Wahlbekanntmachung
    pytest.param("wahlbekanntmachung", "kind", "notice", id="wahlbekanntmachung-kind"),
    pytest.param("wahlbekanntmachung", "title", OneOf(
        "Wahlbekanntmachung über das Recht auf Einsicht in das Wählerverzeichnis und die Erteilung von Wahlscheinen für "
        "die Bürgermeisterwahl am 7. März 2027",
        "über das Recht auf Einsicht in das Wählerverzeichnis und die Erteilung von Wahlscheinen für die "
        "Bürgermeisterwahl am 7. März 2027",
        "Recht auf Einsicht in das Wählerverzeichnis und die Erteilung von Wahlscheinen für die Bürgermeisterwahl am "
        "7. März 2027",
    ), id="wahlbekanntmachung-title"),
    pytest.param("wahlbekanntmachung", "date", "2027-01-25", id="wahlbekanntmachung-date"),
    pytest.param("wahlbekanntmachung", "municipality", "Gemeinde Oberweißach", id="wahlbekanntmachung-municipality"),
    pytest.param("wahlbekanntmachung", "addressees", [], id="wahlbekanntmachung-addressees"),
    pytest.param("wahlbekanntmachung", "consultations", [], id="wahlbekanntmachung-consultations"),
    pytest.param("wahlbekanntmachung", "deadlines", OneOf(
        ["2027-02-19", "2027-03-05"], ["2027-02-14", "2027-02-19", "2027-03-05"],
    ), id="wahlbekanntmachung-deadlines"),
    pytest.param("wahlbekanntmachung", "events", OneOf(
        ["2027-03-07"], ["2027-03-07", "2027-03-21"], ["2027-02-15", "2027-03-07"],
        ["2027-02-15", "2027-03-07", "2027-03-21"],
    ), id="wahlbekanntmachung-events"),
    pytest.param("wahlbekanntmachung", "signatories", ["Thomas Reichle"], id="wahlbekanntmachung-signatories"),
    # 8. the Verhandlungsschrift
    pytest.param("verhandlungsschrift", "kind", "minutes", id="verhandlungsschrift-kind"),
    pytest.param("verhandlungsschrift", "title", OneOf(
        "Verhandlungsschrift über die öffentliche Sitzung des Gemeinderates am Donnerstag, 10. Dezember 2026, im "
        "Sitzungssaal des Gemeindeamtes",
        "Verhandlungsschrift über die öffentliche Sitzung des Gemeinderates am Donnerstag, 10. Dezember 2026",
        "über die öffentliche Sitzung des Gemeinderates am Donnerstag, 10. Dezember 2026, im Sitzungssaal des "
        "Gemeindeamtes",
        "Vergabe der Baumeisterarbeiten für den Zubau zum Kindergarten",
    ), id="verhandlungsschrift-title"),
    pytest.param("verhandlungsschrift", "public", True, id="verhandlungsschrift-public"),
    pytest.param("verhandlungsschrift", "municipality", "Gemeinde Kirchdorf am Wildbach",
                 id="verhandlungsschrift-municipality"),
    pytest.param("verhandlungsschrift", "addressees", [], id="verhandlungsschrift-addressees"),
    pytest.param("verhandlungsschrift", "consultations", OneOf(
        [("Gemeinderat", "2026-12-10")], [("Bauausschuss", "2026-12-01"), ("Gemeinderat", "2026-12-10")],
    ), id="verhandlungsschrift-consultations"),
    pytest.param("verhandlungsschrift", "deadlines", [], id="verhandlungsschrift-deadlines"),
    pytest.param("verhandlungsschrift", "events", ["2027-03-12"], id="verhandlungsschrift-events"),
    pytest.param("verhandlungsschrift", "signatories", OneOf(
        ["Maria Lechner", "Martin Gruber"], ["Elisabeth Wimmer", "Franz Eder", "Maria Lechner", "Martin Gruber"],
    ), id="verhandlungsschrift-signatories"),
    # 9. the notice of a special meeting
    pytest.param("special_meeting", "kind", OneOf("agenda", "notice"), id="special_meeting-kind"),
    pytest.param("special_meeting", "title", OneOf(
        "Notice and Call of a Special Meeting of the City Council", "Special Meeting of the City Council",
    ), id="special_meeting-title"),
    pytest.param("special_meeting", "date", "2027-02-04", id="special_meeting-date"),
    pytest.param("special_meeting", "municipality", "City of Willow Flats", id="special_meeting-municipality"),
    pytest.param("special_meeting", "addressees", OneOf([], ["City Council"]), id="special_meeting-addressees"),
    pytest.param("special_meeting", "consultations", [("City Council", "2027-02-09")], id="special_meeting-consultations"),
    pytest.param("special_meeting", "deadlines", ["2027-02-09"], id="special_meeting-deadlines"),
    pytest.param("special_meeting", "events", [], id="special_meeting-events"),
    pytest.param("special_meeting", "signatories", ["Dale Prentice", "Marisol Vega"], id="special_meeting-signatories"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_twenty_seventh_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) in accepted(expected)


@pytest.mark.parametrize(("name", "field", "expected"), EXPECTED_PRINTED)
def test_printed_paper_of_a_twenty_seventh_round_layout_gives_the_value_a_reader_would_write_down(name, field, expected):
    assert fold(read_field(printed_card(*PRINTED[name], name), field)) in accepted(expected)


# The round's general rules, each on a text of its own in a layout the round's papers do not use.


def test_notices_in_their_own_word_a_call_of_a_special_meeting_and_a_delegations_request_give_the_kind():
    danish = "Bekendtgørelse\n\nNavngivning af nye veje i Lindeparken\n\nByrådet har givet de nye veje navne.\n"
    swiss = "Gemeinde Talwil\n\nPublikation\n\nBaugesuch Nr. 14/2026\n\nDas Gesuch liegt auf der Gemeindekanzlei auf.\n"
    election = "Wahlbekanntmachung\n\nzur Wahl des Ortsvorstehers am 12. September 2027\n\nDie Wahl findet im Rathaus statt.\n"
    special = (
        "NOTICE OF SPECIAL MEETING\n\nThe Board of Trustees of the Village of Elm Hollow will meet in special session to "
        "consider the items below.\n\n1. Roll Call\n2. Water Rate Study\n"
    )
    delegation = (
        "City of Marlow Creek\nRequest to Appear as a Delegation before Council\n\nName: Ruth Aalto\nTopic: Bicycle lanes on "
        "Front Street\n\nEach delegation may speak for 5 minutes.\n"
    )
    order = (
        "NOTICE IS HEREBY GIVEN that Westbury Borough Council intends to make an Order under section 14 of the Road Traffic "
        "Regulation Act 1984 to close Mill Lane to through traffic.\n"
    )
    assert analyse(danish).kind == "notice"
    assert analyse(swiss).kind == "notice"
    assert analyse(election).kind == "notice"
    assert analyse(special).kind == "agenda"
    assert analyse(delegation).kind == "motion"
    assert analyse(delegation).title == "Request to Appear as a Delegation before Council"
    assert analyse(order).kind == "notice"


def test_decisions_of_a_sitting_under_its_day_are_the_title_and_the_body_a_step():
    text = (
        "Stadt Aarfeld\n\nAmtliche Publikation\n\nBeschlüsse des Gemeinderates vom 3. März 2027\n\n"
        "Der Rat hat den Kredit für die Sanierung der Badi bewilligt.\n"
    )
    card = analyse(text)
    assert card.title == "Beschlüsse des Gemeinderates vom 3. März 2027"
    assert read_field(card, "consultations") == [("Gemeinderat", "2027-03-03")]


def test_a_record_of_one_item_is_titled_by_the_item_whose_recommendation_numbers_its_points():
    text = """Beslutningsprotokol
Økonomiudvalget
Tirsdag den 4. maj 2027

14. Salg af den tidligere skole i Nørre Vium til lokalforeningen, og udlejning af gymnastiksalen

Indstilling
Direktionen indstiller, at
1. skolen sælges til lokalforeningen for 1 kr.
2. gymnastiksalen udlejes til idrætsforeningen

Beslutning
Anbefales.
"""
    card = printed_card(text, "Vestlund Kommune · Økonomiudvalget · Beslutningsprotokol 4. maj 2027", "Vestlund Kommune · Torvet 2", "salg")
    assert card.title == "Salg af den tidligere skole i Nørre Vium til lokalforeningen, og udlejning af gymnastiksalen"


def test_units_a_one_word_secretariat_an_answerable_office_a_group_represented_and_a_board_signing():
    secretariat = "Nordkær Kommune\nDirektionssekretariatet\n\nSvar på spørgsmål om skolebusser\n\nSvaret følger her.\n"
    answerable = "Punkt 6. Valg af nyt medlem til Folkeoplysningsudvalget\n\nSagsnr.: 00.15.00-A00-2-27\nAnsvarlig: Kulturafdelingen\n"
    represented = "Request to Address Council\n\nName: Mei Chen\nOrganisation represented: Harbour Rowing Club\nTopic: Boat shed lease\n"
    board = (
        "Valg til Handicaprådet\n\nKandidater kan melde sig til og med den 1. marts 2027.\n\nValgbestyrelsen for "
        "handicaprådsvalget\nMette Skovbo\nformand\n"
    )
    office = "Beschlüsse des Gemeindeparlaments\n\nDie Beschlüsse sind publiziert.\n\nBüro des Gemeindeparlaments\nDer Präsident: Beat Huber\n"
    assert analyse(secretariat).author_unit == "Direktionssekretariatet"
    assert analyse(answerable).author_unit == "Kulturafdelingen"
    assert analyse(answerable).case_handler is None
    assert analyse(represented).author_unit == "Harbour Rowing Club"
    assert analyse(board).author_unit == "Valgbestyrelsen for handicaprådsvalget"
    assert analyse(office).author_unit == "Büro des Gemeindeparlaments"


def test_offices_that_sign_with_their_holders_name_after_a_colon():
    text = (
        "Die Beschlüsse unterliegen dem fakultativen Referendum.\n\nWinterau, 3. April 2027\n\n"
        "Der Präsident: Marco Steiner\nDie Parlamentssekretärin: Helen Frei\n"
    )
    assert read_field(analyse(text), "signatories") == ["Helen Frei", "Marco Steiner"]


def test_a_closed_mark_between_dashes_beside_a_column_of_the_head():
    text = "Vorlage                                 Nr. 0815/2027\n– nichtöffentlich –                      Datum: 12.03.2027\n\nBetreff:\nGrundstücksankauf am Mühlbach\n"
    assert analyse(text).public is False


def test_a_form_is_dated_by_the_day_it_was_submitted_before_the_office_received_it():
    text = "Application for a Community Grant\n\nSubmitted: 3 May 2027\nApplicant: Fernhill Scouts\n\nOffice use only\nDate received: 5 May 2027\n"
    assert analyse(text).date.isoformat() == "2027-05-03"


def test_a_candidates_meeting_a_viewing_a_ground_breaking_a_tournament_and_an_election_are_events():
    candidates = "Der holdes vælgermøde i Hallen tirsdag den 6. april 2027 kl. 19.00 for alle kandidater.\n"
    viewing = "Der er fremvisning af bygningen torsdag den 8. april 2027 kl. 10.00.\n"
    ground = "Der Spatenstich für das neue Feuerwehrhaus findet am 14. Mai 2027 um 11 Uhr statt.\n"
    tournament = "The club's spring tournament will be held at Riverside Park on May 22, 2027.\n"
    election = "Die Bürgermeisterwahl findet am 26. September 2027 statt.\n"
    assert read_field(analyse(candidates), "events") == ["2027-04-06"]
    assert read_field(analyse(viewing), "events") == ["2027-04-08"]
    assert read_field(analyse(ground), "events") == ["2027-05-14"]
    assert read_field(analyse(tournament), "events") == ["2027-05-22"]
    assert read_field(analyse(election), "events") == ["2027-09-26"]


def test_a_time_limit_running_between_two_days_ends_on_a_deadline():
    text = "Die Einsprachefrist läuft vom 2. Juni 2027 bis 1. Juli 2027. Einsprachen sind schriftlich einzureichen.\n"
    assert read_field(analyse(text), "deadlines") == ["2027-07-01"]


def test_a_sentence_a_printed_list_breaks_over_two_blocks_goes_on():
    text = """Gemeinde Talheim

Bekanntmachung über die Auslegung des Haushaltsplans

1. Der Entwurf der Haushaltssatzung 2028 liegt im Rathaus, Zimmer 12, öffentlich aus. Einwohner können bis zum 17. März 2027, 16.00 Uhr, bei

der Gemeinde Einwendungen erheben.

2. Über die Einwendungen beschließt der Gemeinderat in öffentlicher Sitzung.
"""
    card = printed_card(text, "Gemeinde Talheim · Amtliche Bekanntmachungen", "Gemeinde Talheim · Rathausplatz 1", "haushalt")
    assert read_field(card, "deadlines") == ["2027-03-17"]


def test_the_reference_a_notice_asks_correspondents_to_quote_is_its_case():
    english = "Written objections must be sent to the Highways Team, quoting reference HW/2027/118, by 4 June 2027.\n"
    german = "Einwendungen sind schriftlich einzureichen. Bitte geben Sie das Aktenzeichen 61.2-014/27 an.\n"
    assert analyse(english).references.case == "HW/2027/118"
    assert analyse(german).references.case == "61.2-014/27"


def test_supporting_material_a_form_says_is_attached_is_its_attachment_list():
    text = "Application to Speak at Planning Committee\n\nName: Ola Berg\n\nSupporting documents attached: Yes\n- Site photographs\n- Petition of neighbours\n"
    assert read_field(analyse(text), "attachments") == ["Petition of neighbours", "Site photographs"]
