"""Papers of a twenty-second round, written for these tests: whom a paper goes to, its way there, and its dates.

Twelve short papers in layouts and genres no earlier round used, with invented places, names and wording of their
own, for the head (kind, title, date, references, author unit), addressees, route steps (with days, roles, agenda
item numbers and public flags), deadlines and events: a Danish KKR's dagsordenspunkt (the meeting's head over
"Punkt 4.", the steps before it told in sentences, the municipal councils' day to approve by, a theme day); a
Danish inter-municipal company's bestyrelsesmøde item ("Dagsordenspunkt 5 – Åbent punkt", "Journalnr.", the owners'
committee that discussed it, "Direktionen indstiller til bestyrelsen"); a Danish skolebestyrelse's referat (a
hearing answer to send by a day, a concert and a school party); a Danish beredskabskommission's agenda item with a
"Tidsplan" of the owner municipalities' councils; a German Landschaftsverband's Vorlage to its committees
("Beratungsfolge" with "empfehlender Beschluss", "Dienststelle", "Bearbeitung"); a German Zweckverband's
Beschlussvorlage to its Verbandsversammlung ("Gremium:", "Sitzung am: …, öffentlich, TOP 6", "Vorberatung: … am …,
nichtöffentlich"); a Hansestadt's Beschlussvorlage to its Bürgerschaft (a route table with the day first and an Ö/N
column); a German Ortsamt's Einladung to a sitting of its Beirat (a day to hand in applications, a walk before
the sitting); a Hong Kong-style district council paper ("Paper No.", "For discussion on …", the department and
month under it); a South African municipality's item to its Mayoral Committee ("ITEM NUMBER", "FILE REF", "That
the Mayoral Committee recommends to Council"); a New England town's annual town meeting warrant (articles with the
boards' recommendations, the last day to register, "Given under our hands this … day of …"); and an Auckland-style
local board report (headings in Māori and English, "File No.:", grants information evening). Four of them are read
as text-layer PDFs printed by the test (``tests/reading/format_renderings.py``) with the council system's running
header and footer on each page; the others as plain text.

Their values were written down and committed before the papers were first read (`bench/results/cards_heldout.md`,
twenty-second round). Where a reader could write a value two ways, each is accepted (``OneOf``); a sitting of the
body a paper is for is a step of its route, not an event; values a reader could not settle are left out (the date
of an agenda item or minutes that print only the meeting's day, the addressees of a paper with a route of several
bodies and no other cue).
"""

import pytest

from townhall.reading.analysis import analyse
from townhall.reading.analysis.kind import classify_kind

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field
from tests.reading.format_renderings import printed_card


# 1. a Danish KKR's dagsordenspunkt under its meeting's head (read as a PDF with its running lines)
KKR_PUNKT = """KKR Sydjylland
Dagsorden

Møde i KKR Sydjylland
Mødedato: 15. juni 2026, kl. 9.00-12.00
Mødested: Rådhuset i Vejlby, Byrådssalen

Punkt 4. Rammeaftale for det specialiserede socialområde 2027-2028

Sagsnr.: 26/04418
Sagsansvarlig: Mette Dalsgaard

Baggrund
Kommunerne i regionen indgår hvert andet år en rammeaftale om de specialiserede sociale tilbud. Styregruppen for
rammeaftalen drøftede udkastet den 21. maj 2026, og Kommunaldirektørkredsen anbefalede det på sit møde den 3. juni
2026.

Efter behandlingen i KKR sendes rammeaftalen til godkendelse i de 14 kommunalbestyrelser, som skal have godkendt
den senest den 15. oktober 2026.

KKR holder temadag om det specialiserede voksenområde torsdag den 10. september 2026 kl. 10.00-15.30 på Hotel
Fjordgården i Vejlby. Tilmelding senest den 20. august 2026.

Indstilling
Det indstilles, at KKR Sydjylland anbefaler kommunalbestyrelserne at godkende Rammeaftale 2027-2028.

Bilag
1. Udkast til Rammeaftale 2027-2028
2. Styringsaftale med takstbilag
"""
KKR_HEADER = "KKR Sydjylland · Dagsorden 15.06.2026 · Punkt 4"
KKR_FOOTER = "KKR Sydjylland · Sekretariatet · kkr.sydjylland@kl.dk"

# 2. a Danish inter-municipal company's board item: an open item, the owners' committee before it
SELSKAB_BESTYRELSE = """Vestkyst Affald I/S

Bestyrelsesmøde onsdag den 10. juni 2026 kl. 13.00
Dagsordenspunkt 5 – Åbent punkt

Ny takststruktur for genbrugspladserne fra 2027

Journalnr.: 2026-0187
Sagsbehandler: Jonas Kragh, Økonomi og Administration

Sagsfremstilling
Selskabets interessentkommuner har bedt om en takststruktur, der belønner sortering. Direktionen har udarbejdet tre
modeller, som blev drøftet i ejerudvalget den 27. maj 2026.

Takststrukturen skal godkendes af byrådene i de fire interessentkommuner. Forslaget sendes til byrådene efter
bestyrelsens beslutning med svarfrist den 1. oktober 2026.

Lørdag den 22. august 2026 holder selskabet åbent hus på Genbrugsplads Nord fra kl. 10 til 14, hvor borgerne kan se
de nye sorteringsfraktioner.

Indstilling
Direktionen indstiller til bestyrelsen,
- at model B godkendes som selskabets takststruktur fra 1. januar 2027, og
- at forslaget sendes til godkendelse i interessentkommunernes byråd.

Bilag
Notat om tre takstmodeller
"""

# 3. a Danish skolebestyrelse's referat: a hearing answer to send by a day, a concert and a school party
SKOLEBESTYRELSE_REFERAT = """Nørrevangsskolen
Skolebestyrelsen

Referat af skolebestyrelsesmøde
Tirsdag den 5. maj 2026 kl. 17.00-19.00 i personalerummet

Til stede: Line Hvid (formand), Kasper Juul, Sanne Dam, Ahmed Nasser, Birthe Lauridsen (skoleleder)
Afbud: Morten Kjær

1. Godkendelse af dagsorden
Godkendt.

2. Høring om ny skoledistriktsgrænse
Børne- og Ungeudvalget har sendt forslaget om en ny distriktsgrænse mellem Nørrevangsskolen og Engskolen i høring.
Skolebestyrelsen bakker op om forslaget. Formanden skriver et høringssvar, som sendes til Børne- og
Ungeforvaltningen senest den 22. maj 2026.

3. Arrangementer
Sommerkoncerten holdes torsdag den 11. juni 2026 kl. 18.00 i skolens aula. Skolebestyrelsen står for kaffe og kage.
Trivselsugen slutter med en fælles skolefest fredag den 19. juni 2026 kl. 12.00-15.00 i skolegården.

4. Eventuelt
Intet.

Næste møde: tirsdag den 16. juni 2026 kl. 17.00.

Referent: Birthe Lauridsen
"""

# 4. a Danish beredskabskommission's agenda item with a "Tidsplan" of the owner municipalities' councils
BEREDSKAB_PUNKT = """Sydkystens Brand & Redning
Beredskabskommissionen

Dagsorden for møde i Beredskabskommissionen
Torsdag den 4. juni 2026 kl. 15.00, Brandstationen i Strandby

Punkt 3: Risikobaseret dimensionering 2027-2030
Åben sag
Sagsnr.: 13.00.00-P15-2-26
Sagsbehandler: Anders Møller, Stab og Planlægning

Sagsfremstilling
Beredskabskommissionen skal hvert fjerde år udarbejde en plan for den risikobaserede dimensionering. Planen skal
godkendes af kommunalbestyrelserne i de tre ejerkommuner og derefter sendes til Beredskabsstyrelsen til udtalelse.

Tidsplan
Beredskabskommissionen: 4. juni 2026
Kommunalbestyrelsen i Strandby: 24. juni 2026
Kommunalbestyrelsen i Havnsø: 25. juni 2026
Byrådet i Kystrup: 29. juni 2026
Frist for indsendelse til Beredskabsstyrelsen: 1. september 2026

Brandstationen i Strandby holder åbent hus lørdag den 5. september 2026 kl. 10.00-14.00 med opvisning i frigørelse
og røgdykning.

Indstilling
Beredskabsdirektøren indstiller, at beredskabskommissionen anbefaler ejerkommunernes kommunalbestyrelser at
godkende planen for risikobaseret dimensionering 2027-2030.

Bilag
1. Plan for risikobaseret dimensionering 2027-2030
2. Høringssvar fra nabokommuner og politi
"""

# 5. a German Landschaftsverband's Vorlage to its committees (read as a PDF with its running lines)
LANDSCHAFTSVERBAND_VORLAGE = """Landschaftsverband Westrhein
Der Direktor des Landschaftsverbandes

Vorlage Nr. 16/2291                                      öffentlich

Datum: 12.05.2026
Dienststelle: Fachbereich 73 – Eingliederungshilfe
Bearbeitung: Frau Kessel

Beratungsfolge                        Sitzungsdatum    Zuständigkeit
Sozialausschuss                       02.06.2026       empfehlender Beschluss
Finanz- und Wirtschaftsausschuss      12.06.2026       empfehlender Beschluss
Landschaftsausschuss                  19.06.2026       Beschluss

Tagesordnungspunkt:
Förderprogramm für inklusive Arbeitsplätze 2027

Beschlussvorschlag:
Dem Förderprogramm für inklusive Arbeitsplätze 2027 wird gemäß Vorlage Nr. 16/2291 zugestimmt.

Begründung der Vorlage Nr. 16/2291:
Das Programm fördert bis zu 300 neue Arbeitsplätze für Menschen mit Behinderung in kleinen Betrieben. Die
Mitgliedskörperschaften erhalten Gelegenheit zur Stellungnahme bis zum 15.07.2026.

Zur Vorstellung des Programms lädt der Landschaftsverband am 08.07.2026 von 10:00 bis 13:00 Uhr zu einer
Informationsveranstaltung für Arbeitgeberinnen und Arbeitgeber in das Landeshaus ein.

In Vertretung
Dr. Wiebke Aldenhoff
Landesrätin
"""
LANDSCHAFTSVERBAND_HEADER = "Landschaftsverband Westrhein · Vorlage Nr. 16/2291"
LANDSCHAFTSVERBAND_FOOTER = "Landschaftsverband Westrhein · Landeshaus · Rheinufer 2 · 50679 Westrhein"

# 6. a German Zweckverband's Beschlussvorlage to its Verbandsversammlung: its sittings in form lines
ZWECKVERBAND_VORLAGE = """Wasser- und Abwasserzweckverband Spreeheide
Der Verbandsvorsteher

Beschlussvorlage Nr. VV-07/2026

Gremium: Verbandsversammlung
Sitzung am: 24.06.2026, öffentlich, TOP 6
Vorberatung: Verbandsausschuss am 10.06.2026, nichtöffentlich

Datum: 28.05.2026
Bereich: Technik und Netze
Bearbeiter: Herr Lindner

Betreff: Neufassung der Abwasserbeseitigungssatzung

Beschlussvorschlag:
Die Verbandsversammlung beschließt die Neufassung der Abwasserbeseitigungssatzung in der als Anlage 1 beigefügten
Fassung.

Sachverhalt:
Die Satzung wird an das geänderte Landeswassergesetz angepasst. Der Entwurf wurde den Mitgliedsgemeinden zur
Stellungnahme übersandt; Stellungnahmen sind bis zum 19.06.2026 an die Verbandsverwaltung zu richten.

Anlässlich der Inbetriebnahme der neuen Reinigungsstufe lädt der Verband am Samstag, 29.08.2026, von 10:00 bis
16:00 Uhr zum Tag der offenen Tür in die Kläranlage Spreeheide ein.

Anlagen:
Anlage 1: Entwurf der Abwasserbeseitigungssatzung
Anlage 2: Synopse alte und neue Fassung
"""

# 7. a Hansestadt's Beschlussvorlage to its Bürgerschaft (read as a PDF with its running lines)
BUERGERSCHAFT_VORLAGE = """Hansestadt Barthow
Die Oberbürgermeisterin

Beschlussvorlage
Vorlage-Nr.: BV/2026/0144
Status: öffentlich
Datum: 19.05.2026
Federführend: Amt für Stadtentwicklung und Denkmalpflege
Bearbeiter/in: Sabine Voß

Beratungsfolge:
Datum        Gremium                                   Zuständigkeit    Ö/N
02.06.2026   Ausschuss für Bau, Umwelt und Verkehr     Vorberatung      Ö
08.06.2026   Hauptausschuss                            Vorberatung      N
25.06.2026   Bürgerschaft der Hansestadt Barthow       Entscheidung     Ö

Betreff:
Städtebaulicher Rahmenplan Hafenquartier Süd

Beschlussvorschlag:
Die Bürgerschaft beschließt den Städtebaulichen Rahmenplan Hafenquartier Süd.

Sachverhalt:
Der Entwurf lag vom 13.04.2026 bis 08.05.2026 öffentlich aus. Bei einer Hafenwerkstatt am 22.04.2026 im Speicher 7
haben rund 120 Bürgerinnen und Bürger Hinweise gegeben. Nach dem Beschluss wird der Rahmenplan am 11.07.2026 beim
Hafenfest mit einer Ausstellung im Speicher 7 vorgestellt.

Anlagen:
1. Rahmenplan Hafenquartier Süd
2. Abwägung der Hinweise aus der Öffentlichkeitsbeteiligung
"""
BUERGERSCHAFT_HEADER = "Hansestadt Barthow · Beschlussvorlage BV/2026/0144"
BUERGERSCHAFT_FOOTER = "Hansestadt Barthow · Markt 1 · 18999 Barthow · www.barthow.de"

# 8. a German Ortsamt's Einladung to a sitting of its Beirat: a day to hand in applications, a walk before it
BEIRAT_EINLADUNG = """Ortsamt Weserstrand

Weserstrand, 02.06.2026

Einladung
zur öffentlichen Sitzung des Beirates Weserstrand
am Mittwoch, 17.06.2026, 19:00 Uhr,
im Bürgerhaus Weserstrand, Am Deich 12

Tagesordnung
1. Genehmigung der Tagesordnung und des Protokolls vom 20.05.2026
2. Wünsche und Anregungen der Bürgerinnen und Bürger
3. Umgestaltung des Marktplatzes – Vorstellung der Planung durch das Amt für Straßen und Verkehr
4. Globalmittel 2026 – Beschluss über die Anträge
5. Mitteilungen des Ortsamtes

Der Fachausschuss Bau und Verkehr hat die Planung des Marktplatzes in seiner Sitzung am 03.06.2026 vorberaten.

Anträge auf Globalmittel sind bis zum 10.06.2026 beim Ortsamt einzureichen.

Vor der Sitzung lädt der Beirat am Mittwoch, 17.06.2026, um 17:30 Uhr zu einem Stadtteilspaziergang über den
Marktplatz ein. Treffpunkt ist der Brunnen.

gez. Henning Tammen
Ortsamtsleiter
"""

# 9. a Hong Kong-style district council paper (read as a PDF with its running lines)
DISTRICT_COUNCIL_PAPER = """Harbourview District Council
Paper No. 41/2026

For discussion on 9 June 2026

Improvement Works at Sai Lok Street Sitting-out Area

PURPOSE
1. This paper seeks Members' views on the proposed improvement works at the Sai Lok Street Sitting-out Area.

BACKGROUND
2. The sitting-out area was built in 1994 and its play equipment no longer meets current safety standards. The
Traffic and Transport Committee was consulted on the proposed layout at its meeting on 12 May 2026 and supported
it.

PUBLIC ENGAGEMENT
3. A community workshop will be held at Sai Lok Community Hall on 27 June 2026 from 2:30 pm to 5:00 pm. Residents
may also send written comments to the Department on or before 10 July 2026.

WAY FORWARD
4. Subject to Members' views, the Department will seek funding for the works in the fourth quarter of 2026.

ADVICE SOUGHT
5. Members are invited to give views on the proposed improvement works.

Leisure and Cultural Services Department
May 2026
"""
DISTRICT_COUNCIL_HEADER = "Harbourview District Council Paper No. 41/2026"
DISTRICT_COUNCIL_FOOTER = "Harbourview District Council Secretariat"

# 10. a South African municipality's item to its Mayoral Committee
MAYORAL_COMMITTEE_ITEM = """MTHONJENI LOCAL MUNICIPALITY

ITEM TO MAYORAL COMMITTEE

ITEM NUMBER:    MC 14/06/2026
FILE REF:       17/3/2/1
DATE:           3 June 2026
FROM:           Executive Director: Human Settlements
MEETING DATE:   16 June 2026

SUBJECT: INFORMAL SETTLEMENT UPGRADING PLAN FOR SIZANANI EXTENSION 9

1. PURPOSE OF THE REPORT
To request the Mayoral Committee to recommend to Council the adoption of the Informal Settlement Upgrading Plan for
Sizanani Extension 9.

2. BACKGROUND
The draft plan was tabled at the Human Settlements Portfolio Committee on 26 May 2026, which supported it.

3. PUBLIC PARTICIPATION
The draft plan will be presented to the community at a public meeting at the Sizanani Community Hall on Saturday,
4 July 2026 at 10:00. Written comments may be submitted to the Directorate: Human Settlements by no later than
17 July 2026.

4. RECOMMENDATION
That the Mayoral Committee recommends to Council:
(a) that the Informal Settlement Upgrading Plan for Sizanani Extension 9 be adopted; and
(b) that the plan be submitted to the Provincial Department of Human Settlements by 31 August 2026.

The item will serve before Council on 30 July 2026.

ANNEXURES
Annexure A: Draft Informal Settlement Upgrading Plan
Annexure B: Locality map
"""

# 11. a New England town's annual town meeting warrant: articles with the boards' recommendations
TOWN_MEETING_WARRANT = """TOWN OF ASHBURY
COMMONWEALTH OF MASSACHUSETTS

ANNUAL TOWN MEETING WARRANT
Saturday, May 9, 2026 at 10:00 a.m.
Ashbury Regional High School Gymnasium, 40 Mill Road

To either of the Constables of the Town of Ashbury, Greetings:

In the name of the Commonwealth of Massachusetts, you are hereby directed to notify the inhabitants of the Town of
Ashbury qualified to vote in Town affairs to meet at the Ashbury Regional High School Gymnasium on Saturday, May 9,
2026 at 10:00 a.m., then and there to act on the following articles:

ARTICLE 14. To see if the Town will vote to raise and appropriate or transfer from available funds the sum of
$385,000 to replace the roof of the Center Fire Station, or take any other action relative thereto.
Submitted by: Fire Chief
Select Board recommends approval (4-0-1), April 6, 2026.
Finance Committee recommends approval (6-0), April 14, 2026.

ARTICLE 15. To see if the Town will vote to amend the Zoning Bylaw by adding a new Section 7.4, Accessory Dwelling
Units, or take any other action relative thereto.
Submitted by: Planning Board
Planning Board public hearing: April 22, 2026 at 7:00 p.m., Town Hall, Room 2.

The last day to register to vote for the Annual Town Meeting is Wednesday, April 29, 2026, until 8:00 p.m. at the
Town Clerk's office.

Given under our hands this 30th day of March, 2026.

SELECT BOARD OF ASHBURY
Diane Ferreira, Chair
Thomas Whitcombe
Anjali Raman
"""

# 12. an Auckland-style local board report: headings in Māori and English, a grants information evening
LOCAL_BOARD_REPORT = """Awatea Local Board
28 May 2026

Awatea Local Grants Round One 2026/2027 grant allocations
File No.: CP2026/08812

Te take mō te pūrongo
Purpose of the report
1. To fund, part-fund or decline applications received for Awatea Local Grants Round One 2026/2027.

Whakarāpopototanga matua
Executive summary
2. The Awatea Local Board adopted its grants programme 2026/2027 on 26 March 2026. Twenty-seven applications were
received in round one, asking for a total of $214,300.
3. The Awatea Community Network will host a grants information evening at the Awatea Library on Wednesday 15 July
2026 from 6pm to 7.30pm for groups applying in round two, which closes on 14 August 2026.

Ngā tūtohunga
Recommendation/s
That the Awatea Local Board:
a) agree to fund, part-fund or decline each application in Awatea Local Grants Round One 2026/2027 listed in
Attachment A.

Ngā tāpirihanga
Attachments
A  Awatea Local Grants Round One 2026/2027 - application summary
B  Grant outcomes of the previous round

Ngā kaihaina
Signatories
Authors        Mereana Tuhoe - Grants Advisor
Authorisers    Oliver Pratt - Local Area Manager
"""


EXPECTED = [
    # 2. the inter-municipal company's board item
    pytest.param(SELSKAB_BESTYRELSE, "kind", OneOf("agenda_item", "proposal"), id="selskab-kind"),
    pytest.param(SELSKAB_BESTYRELSE, "title", "Ny takststruktur for genbrugspladserne fra 2027", id="selskab-title"),
    pytest.param(SELSKAB_BESTYRELSE, "case", "2026-0187", id="selskab-case"),
    pytest.param(SELSKAB_BESTYRELSE, "agenda_item", "5", id="selskab-item"),
    pytest.param(SELSKAB_BESTYRELSE, "public", True, id="selskab-public"),
    pytest.param(SELSKAB_BESTYRELSE, "author_unit", OneOf("Økonomi og Administration", "Direktionen"),
                 id="selskab-author_unit"),
    pytest.param(SELSKAB_BESTYRELSE, "addressees", ["Bestyrelsen"], id="selskab-addressees"),
    pytest.param(SELSKAB_BESTYRELSE, "consultations", OneOf(
        [("Bestyrelsen", "2026-06-10"), ("Ejerudvalget", "2026-05-27")],
        [("Bestyrelsen", "2026-06-10"), ("Byrådene", None), ("Ejerudvalget", "2026-05-27")],
        [("Bestyrelsen", "2026-06-10"), ("Ejerudvalget", "2026-05-27"), ("Interessentkommunernes byråd", None)],
    ), id="selskab-consultations"),
    pytest.param(SELSKAB_BESTYRELSE, "deadlines", ["2026-10-01"], id="selskab-deadlines"),
    pytest.param(SELSKAB_BESTYRELSE, "events", ["2026-08-22"], id="selskab-events"),
    # 3. the skolebestyrelse's referat
    pytest.param(SKOLEBESTYRELSE_REFERAT, "kind", "minutes", id="skolebestyrelse-kind"),
    pytest.param(SKOLEBESTYRELSE_REFERAT, "title", OneOf(
        "Referat af skolebestyrelsesmøde", "Skolebestyrelsesmøde",
    ), id="skolebestyrelse-title"),
    pytest.param(SKOLEBESTYRELSE_REFERAT, "addressees", [], id="skolebestyrelse-addressees"),
    pytest.param(SKOLEBESTYRELSE_REFERAT, "consultations", OneOf(
        [("Skolebestyrelsen", "2026-05-05")],
        [("Børne- og Ungeudvalget", None), ("Skolebestyrelsen", "2026-05-05")],
    ), id="skolebestyrelse-consultations"),
    pytest.param(SKOLEBESTYRELSE_REFERAT, "deadlines", ["2026-05-22"], id="skolebestyrelse-deadlines"),
    pytest.param(SKOLEBESTYRELSE_REFERAT, "events", ["2026-06-11", "2026-06-19"], id="skolebestyrelse-events"),
    # 4. the beredskabskommission's agenda item
    pytest.param(BEREDSKAB_PUNKT, "kind", OneOf("agenda_item", "proposal"), id="beredskab-kind"),
    pytest.param(BEREDSKAB_PUNKT, "title", "Risikobaseret dimensionering 2027-2030", id="beredskab-title"),
    pytest.param(BEREDSKAB_PUNKT, "case", "13.00.00-P15-2-26", id="beredskab-case"),
    pytest.param(BEREDSKAB_PUNKT, "agenda_item", "3", id="beredskab-item"),
    pytest.param(BEREDSKAB_PUNKT, "public", True, id="beredskab-public"),
    pytest.param(BEREDSKAB_PUNKT, "author_unit", "Stab og Planlægning", id="beredskab-author_unit"),
    pytest.param(BEREDSKAB_PUNKT, "addressees", ["Beredskabskommissionen"], id="beredskab-addressees"),
    pytest.param(BEREDSKAB_PUNKT, "consultations", [
        ("Beredskabskommissionen", "2026-06-04"), ("Byrådet i Kystrup", "2026-06-29"),
        ("Kommunalbestyrelsen i Havnsø", "2026-06-25"), ("Kommunalbestyrelsen i Strandby", "2026-06-24"),
    ], id="beredskab-consultations"),
    pytest.param(BEREDSKAB_PUNKT, "deadlines", ["2026-09-01"], id="beredskab-deadlines"),
    pytest.param(BEREDSKAB_PUNKT, "events", ["2026-09-05"], id="beredskab-events"),
    # 6. the Zweckverband's Beschlussvorlage
    pytest.param(ZWECKVERBAND_VORLAGE, "kind", "proposal", id="zweckverband-kind"),
    pytest.param(ZWECKVERBAND_VORLAGE, "title", "Neufassung der Abwasserbeseitigungssatzung", id="zweckverband-title"),
    pytest.param(ZWECKVERBAND_VORLAGE, "date", "2026-05-28", id="zweckverband-date"),
    pytest.param(ZWECKVERBAND_VORLAGE, "paper", "VV-07/2026", id="zweckverband-paper"),
    pytest.param(ZWECKVERBAND_VORLAGE, "author_unit", OneOf("Technik und Netze", "Bereich Technik und Netze"),
                 id="zweckverband-author_unit"),
    pytest.param(ZWECKVERBAND_VORLAGE, "addressees", ["Verbandsversammlung"], id="zweckverband-addressees"),
    pytest.param(ZWECKVERBAND_VORLAGE, "consultations", [
        ("Verbandsausschuss", "2026-06-10"), ("Verbandsversammlung", "2026-06-24"),
    ], id="zweckverband-consultations"),
    pytest.param(ZWECKVERBAND_VORLAGE, "rows", OneOf(
        [("Verbandsausschuss", "2026-06-10", "Vorberatung", None, False), ("Verbandsversammlung", "2026-06-24", None, "6", True)],
        [("Verbandsversammlung", "2026-06-24", None, "6", True), ("Verbandsausschuss", "2026-06-10", "Vorberatung", None, False)],
    ), id="zweckverband-rows"),
    pytest.param(ZWECKVERBAND_VORLAGE, "deadlines", ["2026-06-19"], id="zweckverband-deadlines"),
    pytest.param(ZWECKVERBAND_VORLAGE, "events", ["2026-08-29"], id="zweckverband-events"),
    # 8. the Ortsamt's Einladung to its Beirat
    pytest.param(BEIRAT_EINLADUNG, "kind", "agenda", id="beirat-kind"),
    pytest.param(BEIRAT_EINLADUNG, "title", OneOf(
        "Einladung zur öffentlichen Sitzung des Beirates Weserstrand", "Öffentliche Sitzung des Beirates Weserstrand",
        "Sitzung des Beirates Weserstrand",
    ), id="beirat-title"),
    pytest.param(BEIRAT_EINLADUNG, "date", "2026-06-02", id="beirat-date"),
    pytest.param(BEIRAT_EINLADUNG, "public", True, id="beirat-public"),
    pytest.param(BEIRAT_EINLADUNG, "addressees", [], id="beirat-addressees"),
    pytest.param(BEIRAT_EINLADUNG, "consultations", OneOf(
        [("Beirat Weserstrand", "2026-06-17")],
        [("Beirat Weserstrand", "2026-06-17"), ("Fachausschuss Bau und Verkehr", "2026-06-03")],
    ), id="beirat-consultations"),
    pytest.param(BEIRAT_EINLADUNG, "deadlines", ["2026-06-10"], id="beirat-deadlines"),
    pytest.param(
        BEIRAT_EINLADUNG, "events", ["2026-06-17"], id="beirat-events",
        marks=pytest.mark.xfail(strict=True, reason=(
            "the walk is on the day of the Beirat's sitting, which is a step of the route; a day on the route is read as "
            "the sitting's, so the occasion that shares it is not told apart"
        )),
    ),
    pytest.param(BEIRAT_EINLADUNG, "signatories", ["Henning Tammen"], id="beirat-signatories"),
    # 10. the item to the Mayoral Committee
    pytest.param(MAYORAL_COMMITTEE_ITEM, "kind", "proposal", id="mayco-kind"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "title", "Informal Settlement Upgrading Plan for Sizanani Extension 9",
                 id="mayco-title"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "date", "2026-06-03", id="mayco-date"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "paper", "MC 14/06/2026", id="mayco-paper"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "case", "17/3/2/1", id="mayco-case"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "author_unit", OneOf(
        "Human Settlements", "Executive Director: Human Settlements", "Directorate: Human Settlements",
    ), id="mayco-author_unit"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "addressees", ["Mayoral Committee"], id="mayco-addressees"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "consultations", [
        ("Council", "2026-07-30"), ("Human Settlements Portfolio Committee", "2026-05-26"),
        ("Mayoral Committee", "2026-06-16"),
    ], id="mayco-consultations"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "deadlines", OneOf(
        ["2026-07-17"], ["2026-07-17", "2026-08-31"],
    ), id="mayco-deadlines"),
    pytest.param(MAYORAL_COMMITTEE_ITEM, "events", ["2026-07-04"], id="mayco-events"),
    # 11. the town meeting warrant
    pytest.param(TOWN_MEETING_WARRANT, "kind", OneOf("agenda", "notice"), id="warrant-kind"),
    pytest.param(TOWN_MEETING_WARRANT, "title", OneOf(
        "Annual Town Meeting Warrant", "Annual Town Meeting",
    ), id="warrant-title"),
    pytest.param(TOWN_MEETING_WARRANT, "date", "2026-03-30", id="warrant-date"),
    pytest.param(TOWN_MEETING_WARRANT, "addressees", OneOf(
        [], ["Annual Town Meeting"], ["Town Meeting"],
    ), id="warrant-addressees"),
    pytest.param(TOWN_MEETING_WARRANT, "consultations", OneOf(
        [("Annual Town Meeting", "2026-05-09")],
        [("Town Meeting", "2026-05-09")],
        [("Annual Town Meeting", "2026-05-09"), ("Finance Committee", "2026-04-14"), ("Select Board", "2026-04-06")],
        [("Finance Committee", "2026-04-14"), ("Select Board", "2026-04-06"), ("Town Meeting", "2026-05-09")],
        [("Annual Town Meeting", "2026-05-09"), ("Finance Committee", "2026-04-14"), ("Planning Board", "2026-04-22"),
         ("Select Board", "2026-04-06")],
        [("Finance Committee", "2026-04-14"), ("Planning Board", "2026-04-22"), ("Select Board", "2026-04-06"),
         ("Town Meeting", "2026-05-09")],
    ), id="warrant-consultations"),
    pytest.param(TOWN_MEETING_WARRANT, "deadlines", ["2026-04-29"], id="warrant-deadlines"),
    pytest.param(TOWN_MEETING_WARRANT, "events", OneOf([], ["2026-04-22"]), id="warrant-events"),
    pytest.param(TOWN_MEETING_WARRANT, "signatories", ["Anjali Raman", "Diane Ferreira", "Thomas Whitcombe"],
                 id="warrant-signatories"),
    # 12. the local board report
    pytest.param(LOCAL_BOARD_REPORT, "kind", OneOf("proposal", "agenda_item"), id="local_board-kind"),
    pytest.param(LOCAL_BOARD_REPORT, "title", "Awatea Local Grants Round One 2026/2027 grant allocations",
                 id="local_board-title"),
    pytest.param(LOCAL_BOARD_REPORT, "case", "CP2026/08812", id="local_board-case"),
    pytest.param(LOCAL_BOARD_REPORT, "addressees", ["Awatea Local Board"], id="local_board-addressees"),
    pytest.param(LOCAL_BOARD_REPORT, "consultations", [("Awatea Local Board", "2026-05-28")],
                 id="local_board-consultations"),
    pytest.param(LOCAL_BOARD_REPORT, "deadlines", ["2026-08-14"], id="local_board-deadlines"),
    pytest.param(LOCAL_BOARD_REPORT, "events", ["2026-07-15"], id="local_board-events"),
]


#: The papers read as text-layer PDFs: the text, the council system's running header and footer.
PRINTED = {
    "kkr_punkt": (KKR_PUNKT, KKR_HEADER, KKR_FOOTER),
    "landschaftsverband_vorlage": (LANDSCHAFTSVERBAND_VORLAGE, LANDSCHAFTSVERBAND_HEADER, LANDSCHAFTSVERBAND_FOOTER),
    "buergerschaft_vorlage": (BUERGERSCHAFT_VORLAGE, BUERGERSCHAFT_HEADER, BUERGERSCHAFT_FOOTER),
    "district_council_paper": (DISTRICT_COUNCIL_PAPER, DISTRICT_COUNCIL_HEADER, DISTRICT_COUNCIL_FOOTER),
}

EXPECTED_PRINTED = [
    # 1. the KKR's agenda item
    pytest.param("kkr_punkt", "kind", OneOf("agenda_item", "proposal"), id="kkr-kind"),
    pytest.param("kkr_punkt", "title", "Rammeaftale for det specialiserede socialområde 2027-2028", id="kkr-title"),
    pytest.param("kkr_punkt", "case", "26/04418", id="kkr-case"),
    pytest.param("kkr_punkt", "agenda_item", "4", id="kkr-item"),
    pytest.param("kkr_punkt", "addressees", OneOf(["KKR Sydjylland"], ["KKR"]), id="kkr-addressees"),
    pytest.param("kkr_punkt", "consultations", OneOf(
        [("KKR Sydjylland", "2026-06-15"), ("Kommunaldirektørkredsen", "2026-06-03"),
         ("Styregruppen for rammeaftalen", "2026-05-21")],
        [("KKR Sydjylland", "2026-06-15"), ("Kommunalbestyrelserne", None), ("Kommunaldirektørkredsen", "2026-06-03"),
         ("Styregruppen for rammeaftalen", "2026-05-21")],
    ), id="kkr-consultations"),
    pytest.param("kkr_punkt", "deadlines", ["2026-08-20", "2026-10-15"], id="kkr-deadlines"),
    pytest.param("kkr_punkt", "events", ["2026-09-10"], id="kkr-events"),
    # 5. the Landschaftsverband's Vorlage
    pytest.param("landschaftsverband_vorlage", "kind", "proposal", id="landschaftsverband-kind"),
    pytest.param("landschaftsverband_vorlage", "title", "Förderprogramm für inklusive Arbeitsplätze 2027",
                 id="landschaftsverband-title"),
    pytest.param("landschaftsverband_vorlage", "date", "2026-05-12", id="landschaftsverband-date"),
    pytest.param("landschaftsverband_vorlage", "paper", "16/2291", id="landschaftsverband-paper"),
    pytest.param("landschaftsverband_vorlage", "public", True, id="landschaftsverband-public"),
    pytest.param("landschaftsverband_vorlage", "author_unit", OneOf(
        "Fachbereich 73 – Eingliederungshilfe", "Fachbereich 73", "Eingliederungshilfe",
    ), id="landschaftsverband-author_unit"),
    pytest.param("landschaftsverband_vorlage", "rows", [
        ("Sozialausschuss", "2026-06-02", "empfehlender Beschluss", None, None),
        ("Finanz- und Wirtschaftsausschuss", "2026-06-12", "empfehlender Beschluss", None, None),
        ("Landschaftsausschuss", "2026-06-19", "Beschluss", None, None),
    ], id="landschaftsverband-rows"),
    pytest.param("landschaftsverband_vorlage", "deadlines", ["2026-07-15"], id="landschaftsverband-deadlines"),
    pytest.param("landschaftsverband_vorlage", "events", ["2026-07-08"], id="landschaftsverband-events"),
    # 7. the Hansestadt's Beschlussvorlage
    pytest.param("buergerschaft_vorlage", "kind", "proposal", id="buergerschaft-kind"),
    pytest.param("buergerschaft_vorlage", "title", "Städtebaulicher Rahmenplan Hafenquartier Süd",
                 id="buergerschaft-title"),
    pytest.param("buergerschaft_vorlage", "date", "2026-05-19", id="buergerschaft-date"),
    pytest.param("buergerschaft_vorlage", "paper", "BV/2026/0144", id="buergerschaft-paper"),
    pytest.param("buergerschaft_vorlage", "public", True, id="buergerschaft-public"),
    pytest.param("buergerschaft_vorlage", "author_unit", "Amt für Stadtentwicklung und Denkmalpflege",
                 id="buergerschaft-author_unit"),
    pytest.param("buergerschaft_vorlage", "rows", OneOf(
        [("Ausschuss für Bau, Umwelt und Verkehr", "2026-06-02", "Vorberatung", None, True),
         ("Hauptausschuss", "2026-06-08", "Vorberatung", None, False),
         ("Bürgerschaft der Hansestadt Barthow", "2026-06-25", "Entscheidung", None, True)],
        [("Ausschuss für Bau, Umwelt und Verkehr", "2026-06-02", "Vorberatung", None, True),
         ("Hauptausschuss", "2026-06-08", "Vorberatung", None, False),
         ("Bürgerschaft", "2026-06-25", "Entscheidung", None, True)],
    ), id="buergerschaft-rows"),
    pytest.param("buergerschaft_vorlage", "deadlines", OneOf([], ["2026-05-08"]), id="buergerschaft-deadlines"),
    pytest.param("buergerschaft_vorlage", "events", ["2026-04-22", "2026-07-11"], id="buergerschaft-events"),
    # 9. the district council paper
    pytest.param("district_council_paper", "kind", "proposal", id="district_council-kind"),
    pytest.param("district_council_paper", "title", "Improvement Works at Sai Lok Street Sitting-out Area",
                 id="district_council-title"),
    pytest.param("district_council_paper", "paper", "41/2026", id="district_council-paper"),
    pytest.param("district_council_paper", "author_unit", "Leisure and Cultural Services Department",
                 id="district_council-author_unit"),
    pytest.param("district_council_paper", "addressees", OneOf(
        ["Harbourview District Council"], ["District Council"],
    ), id="district_council-addressees"),
    pytest.param("district_council_paper", "consultations", OneOf(
        [("Harbourview District Council", "2026-06-09"), ("Traffic and Transport Committee", "2026-05-12")],
        [("District Council", "2026-06-09"), ("Traffic and Transport Committee", "2026-05-12")],
    ), id="district_council-consultations"),
    pytest.param("district_council_paper", "deadlines", ["2026-07-10"], id="district_council-deadlines"),
    pytest.param("district_council_paper", "events", ["2026-06-27"], id="district_council-events"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_twenty_second_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    assert fold(read_field(analyse(text), field)) in accepted(expected)


@pytest.mark.parametrize(("name", "field", "expected"), EXPECTED_PRINTED)
def test_printed_paper_of_a_twenty_second_round_layout_gives_the_value_a_reader_would_write_down(name, field, expected):
    assert fold(read_field(printed_card(*PRINTED[name], name), field)) in accepted(expected)


# The round's general rules, each on a text of its own in a layout the round's papers do not use.


def test_item_under_an_issuer_and_its_meetings_head_is_an_agenda_item_of_that_body_on_that_day():
    text = """Nordfyns Vandråd
Vandrådet

Dagsorden for møde i Vandrådet
Mandag den 7. september 2026 kl. 16.00, Rådhuset

Punkt 2: Indsatsplan for grundvand 2027

Baggrund
Kommunen skal vedtage en ny indsatsplan.

Indstilling
Administrationen indstiller, at vandrådet anbefaler planen.
"""
    card = analyse(text)
    assert card.kind == "agenda_item"
    assert card.title == "Indsatsplan for grundvand 2027"
    assert read_field(card, "consultations") == [("Vandrådet", "2026-09-07")]
    assert card.addressees == ("Vandrådet",)


def test_item_number_on_a_line_of_its_own_leaves_the_title_to_the_line_under_it():
    text = """Midtjysk Trafikselskab

Repræsentantskabsmøde tirsdag den 3. marts 2026 kl. 10.00
Dagsordenspunkt 7 – Lukket punkt

Udbud af flextrafik 2027

Sagsfremstilling
Kontrakterne udløber.

Indstilling
Direktionen indstiller, at udbuddet gennemføres.
"""
    card = analyse(text)
    assert card.kind == "agenda_item"
    assert card.title == "Udbud af flextrafik 2027"
    assert card.references.agenda_item == "7"
    assert card.public is False


def test_danish_sentences_naming_a_body_that_dealt_with_the_paper_before_give_earlier_steps():
    text = """Møde i Kultur- og Fritidsudvalget
Mødedato: 9. juni 2026

Punkt 3. Ny biblioteksstruktur

Baggrund
Forslaget blev drøftet i folkeoplysningsudvalget den 12. maj 2026, og Biblioteksrådet anbefalede det på sit møde
den 26. maj 2026.

Indstilling
Forvaltningen indstiller, at strukturen godkendes.
"""
    assert read_field(analyse(text), "consultations") == [
        ("Biblioteksrådet", "2026-05-26"), ("Folkeoplysningsudvalget", "2026-05-12"), ("Kultur- og Fritidsudvalget", "2026-06-09"),
    ]


def test_record_named_after_its_meeting_is_minutes_of_that_body():
    text = """Engskolen

Referat af skolebestyrelsesmøde
Onsdag den 4. marts 2026 kl. 17.00

Til stede: hele bestyrelsen

1. Budget 2027
Drøftet.
"""
    card = analyse(text)
    assert card.kind == "minutes"
    assert read_field(card, "consultations") == [("Skolebestyrelsen", "2026-03-04")]
    assert classify_kind("Beslutningsforslag fra Enhedslisten\n\nTil: Byrådet\n\nForslag om byrum") == "motion"


def test_case_handlers_unit_after_the_name_wrote_the_paper():
    text = """Punkt 5: Vintertjeneste 2026/27
Sagsbehandler: Lone Bak, Vej og Park

Sagsfremstilling
Ruterne ændres.
"""
    assert analyse(text).author_unit == "Vej og Park"


def test_form_lines_of_a_sitting_and_its_preparation_give_role_part_and_item():
    text = """Abfallzweckverband Mittelelbe

Beschlussvorlage Nr. AV-03/2026

Gremium: Verbandsversammlung
Sitzung am: 15.10.2026, nichtöffentlich, TOP 4
Vorberatung: Werkausschuss am 01.10.2026, öffentlich

Bereich: Finanzen und Beteiligungen

Betreff: Wirtschaftsplan 2027
"""
    card = analyse(text)
    assert read_field(card, "rows") == [
        ("Werkausschuss", "2026-10-01", "Vorberatung", None, True), ("Verbandsversammlung", "2026-10-15", None, "4", False),
    ]
    assert card.author_unit == "Finanzen und Beteiligungen"


def test_item_label_over_a_subject_names_the_title_and_a_number_with_its_status_the_public_flag():
    text = """Regionalverband Oberland

Vorlage Nr. 11/0452      nichtöffentlich

Tagesordnungspunkt:
Fortschreibung des Nahverkehrsplans

Beschlussvorschlag:
Der Fortschreibung wird zugestimmt.
"""
    card = analyse(text)
    assert card.title == "Fortschreibung des Nahverkehrsplans"
    assert card.public is False


def test_invitation_to_a_public_sitting_is_public():
    text = "Ortsamt Hafenvorstadt\n\nEinladung\nzur öffentlichen Sitzung des Beirates Hafenvorstadt\nam 03.09.2026, 18:00 Uhr\n"
    assert analyse(text).public is True


def test_walk_concert_and_school_party_are_events():
    walk = "Der Bürgerverein lädt am Samstag, 12.09.2026, um 14:00 Uhr zu einem Rundgang durch die Altstadt ein.\n"
    party = "Skolefesten holdes fredag den 25. september 2026 kl. 12.00 i gymnastiksalen.\n"
    assert read_field(analyse(walk), "events") == ["2026-09-12"]
    assert read_field(analyse(party), "events") == ["2026-09-25"]


def test_listed_given_name_that_ends_as_a_noun_does_opens_a_signature():
    text = "Einladung\n\nTagesordnung\n1. Eröffnung\n\ngez. Henning Brakel\nAmtsleiter\n"
    assert analyse(text).signatories == ("Henning Brakel",)


def test_deadline_after_a_clause_that_reports_the_past_and_days_to_register_or_that_close():
    semicolon = "Der Entwurf wurde den Gemeinden übersandt; Stellungnahmen sind bis zum 30.09.2026 einzureichen.\n"
    last_day = "The last day to register for the Special Town Meeting is Friday, October 2, 2026.\n"
    round_closes = "Applications for round three, which closes on 4 December 2026, open next month.\n"
    assert read_field(analyse(semicolon), "deadlines") == ["2026-09-30"]
    assert read_field(analyse(last_day), "deadlines") == ["2026-10-02"]
    assert read_field(analyse(round_closes), "deadlines") == ["2026-12-04"]


def test_warrant_is_the_agenda_of_its_town_meeting_signed_by_the_board_and_dated_by_its_formula():
    text = """TOWN OF MILLBROOK

SPECIAL TOWN MEETING WARRANT
Tuesday, November 17, 2026 at 7:00 p.m.

ARTICLE 1. To see if the Town will vote to transfer $40,000 to the snow and ice account.

Given under our hands this 20th day of October, 2026.

BOARD OF SELECTMEN
Ruth Pelletier, Chair
Owen Caldwell
"""
    card = analyse(text)
    assert card.kind == "agenda"
    assert card.date.isoformat() == "2026-10-20"
    assert read_field(card, "consultations") == [("Special Town Meeting", "2026-11-17")]
    assert read_field(card, "events") == []
    assert read_field(card, "signatories") == ["Owen Caldwell", "Ruth Pelletier"]


def test_form_named_to_a_body_addresses_it_and_its_meeting_field_and_sentences_give_the_route():
    text = """SUBMISSION TO FINANCE COMMITTEE

ITEM NO:        FC 09/2026
DATE:           2 March 2026
MEETING DATE:   12 March 2026

SUBJECT: RATES POLICY 2026/27

The draft policy was tabled at the Revenue Portfolio Committee on 24 February 2026. The item will serve before
Council on 26 March 2026.

RECOMMENDATION
That the Finance Committee recommends to Council:
(a) that the Rates Policy 2026/27 be adopted.
"""
    card = analyse(text)
    assert card.kind == "proposal"
    assert card.addressees == ("Finance Committee",)
    assert card.references.paper == "FC 09/2026"
    assert read_field(card, "consultations") == [
        ("Council", "2026-03-26"), ("Finance Committee", "2026-03-12"), ("Revenue Portfolio Committee", "2026-02-24"),
    ]


def test_paper_for_a_councils_sitting_goes_to_it_and_its_department_over_the_month_wrote_it():
    text = """Riverside District Council
Paper No. 12/2026

For information on 3 March 2026

Library Opening Hours

1. Members are invited to note the new opening hours. The Culture Committee was consulted on the hours at its
meeting on 10 February 2026.

Home Affairs Department
February 2026
"""
    card = analyse(text)
    assert card.addressees == ("Riverside District Council",)
    assert read_field(card, "consultations") == [
        ("Culture Committee", "2026-02-10"), ("Riverside District Council", "2026-03-03"),
    ]
    assert card.author_unit == "Home Affairs Department"


def test_resolution_worded_under_a_body_and_a_paper_for_discussion_are_proposals():
    board = "Grants report\n\nRecommendation/s\nThat the Kauri Local Board:\na) approve the grants listed.\n"
    discussion = "District Council Paper\n\nFor discussion on 5 May 2026\n\nNew bus stops\n\nAdvice sought\nMembers are invited to comment.\n"
    assert classify_kind(board) == "proposal"
    assert classify_kind(discussion) == "proposal"
