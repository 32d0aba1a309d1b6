"""Papers laid out the way other council systems print them, written for these tests.

Each document reproduces one vendor's shape — an ALLRIS Vorlage, a SessionNet Beschlussvorlage
with an Ö/N route table, a ModernGov committee report (as text and as a two-column PDF form), a
Danish beslutningsprotokol item and an Acadre/eDoc notat, an Acadre referat extract, a ModernGov
summons, a City Clerk's disposition and a council web system's motion form — with names and wording
of their own.
"""

from datetime import date

from bench.corpus.pdf_writer import PdfWriter, TextRun
from townhall import reading
from townhall.reading.analysis import analyse

ALLRIS_VORLAGE = """Stadt Neuweiler
Vorlage
Vorlage-Nr.: VO/2024/0815
Status: öffentlich
Datum: 12.02.2024
Federführend: Amt für Umwelt und Grün
Bearbeiter/-in: Schulte, Andrea

Betreff:
Pflanzung von Straßenbäumen in der Weststadt

Beratungsfolge:
Datum\tGremium\tZuständigkeit
05.03.2024\tAusschuss für Umwelt und Klimaschutz\tVorberatung
21.03.2024\tStadtrat\tEntscheidung

Beschlussvorschlag:
Der Stadtrat beschließt die Pflanzung von 120 Straßenbäumen in der Weststadt.

Sachverhalt:
Die Verwaltung hat geeignete Standorte geprüft. Stellungnahmen der Ortsbeiräte werden bis zum 28.02.2024 erbeten.

Anlagen:
1. Lageplan Baumstandorte
2. Kostenschätzung
"""

SESSIONNET_VORLAGE = """Stadt Kleinbergen
Beschlussvorlage
Drucksache Nr. 0147/2024
Dezernat III – Fachbereich Schule und Sport
Sachbearbeitung: Herr Jonas Reiter
Datum: 18.01.2024

Beratungsreihenfolge:
Gremium\tSitzungstermin\tStatus\tZuständigkeit
Schulausschuss\t06.02.2024\tÖ\tVorberatung
Haupt- und Finanzausschuss\t13.02.2024\tN\tVorberatung
Rat der Stadt Kleinbergen\t22.02.2024\tÖ\tEntscheidung

Betreff: Erweiterung der Grundschule am Lindenplatz

Beschlussvorschlag:
Der Rat beschließt die Erweiterung der Grundschule am Lindenplatz um vier Klassenräume.

Anlage(n):
Raumprogramm
Kostenberechnung
Kleinbergen, den 18.01.2024
gez. Dr. Miriam Ostholt
Bürgermeisterin
"""

MODERNGOV_REPORT = """Harbridge Borough Council

Report to:\tCabinet
Date of meeting:\t14 March 2024
Report of:\tDirector of Place
Title:\tReview of Parking Charges 2024/25
Classification:\tUnrestricted
Ward(s) affected:\tAll

Summary
This report sets out proposed changes to parking charges in the borough's car parks.

Recommendations
Cabinet is asked to approve the revised charges set out in Appendix A.

Contact officer: Sam Doyle, Head of Parking Services
Tel: 01234 567890
Email: sam.doyle@harbridge.gov.uk

Appendices
Appendix A – Proposed tariff table
Appendix B – Consultation responses
"""

DANISH_DECISION_RECORD = """Egelund Kommune
Teknik- og Miljøudvalget
Beslutningsprotokol
Mødedato: 4. marts 2024

12. Godkendelse af ny affaldsplan 2024-2030

Sagsnr.: 07.00.00-P15-3-23
Åbent punkt

Sagsfremstilling
Forvaltningen har udarbejdet et forslag til ny affaldsplan. Planen har været i offentlig høring fra 1. december 2023 til 5. januar 2024.

Indstilling
Forvaltningen indstiller, at Teknik- og Miljøudvalget godkender affaldsplanen og sender den videre til Økonomiudvalget og Byrådet.

Beslutning i Teknik- og Miljøudvalget den 4. marts 2024
Godkendt.

Bilag
1. Affaldsplan 2024-2030
2. Høringsnotat
"""

DANISH_NOTAT = """Notat

Til: Børne- og Skoleudvalget
Fra: Center for Dagtilbud og Skole
Dato: 3. april 2024
Sagsnr.: 28.00.00-A00-12-24
Sagsbehandler: Lise Holmgaard

Vedr.: Status på ventelister i dagtilbud

Udvalget orienteres om antallet af børn på venteliste til vuggestue og børnehave pr. 1. april 2024.
Et informationsmøde for forældre holdes den 22. april 2024 på Rådhuset.

Med venlig hilsen
Lise Holmgaard
Pædagogisk konsulent
Egelund Kommune
"""


def test_allris_vorlage_is_a_proposal_with_its_route_and_form_fields():
    card = analyse(ALLRIS_VORLAGE)
    assert (card.kind, card.title, card.municipality, card.date) == (
        "proposal", "Pflanzung von Straßenbäumen in der Weststadt", "Stadt Neuweiler", date(2024, 2, 12))
    assert card.public is True
    assert card.references.paper == "VO/2024/0815"
    assert (card.author_unit, card.case_handler) == ("Amt für Umwelt und Grün", "Andrea Schulte")
    assert [(s.organization, s.date, s.role) for s in card.consultations] == [
        ("Ausschuss für Umwelt und Klimaschutz", date(2024, 3, 5), "Vorberatung"),
        ("Stadtrat", date(2024, 3, 21), "Entscheidung"),
    ]
    assert list(card.attachments) == ["Lageplan Baumstandorte", "Kostenschätzung"]
    assert [d.date for d in card.deadlines] == [date(2024, 2, 28)]


def test_sessionnet_route_table_gives_public_flags_and_the_list_of_annexes_ends_at_the_signature():
    card = analyse(SESSIONNET_VORLAGE)
    assert (card.kind, card.title, card.references.paper) == ("proposal", "Erweiterung der Grundschule am Lindenplatz", "0147/2024")
    assert [(s.organization, s.date, s.public) for s in card.consultations] == [
        ("Schulausschuss", date(2024, 2, 6), True),
        ("Haupt- und Finanzausschuss", date(2024, 2, 13), False),
        ("Rat der Stadt Kleinbergen", date(2024, 2, 22), True),
    ]
    assert list(card.attachments) == ["Raumprogramm", "Kostenberechnung"]
    assert list(card.signatories) == ["Miriam Ostholt"]
    # The genre line under the letterhead is not the office that wrote the paper.
    assert card.author_unit == "Dezernat III – Fachbereich Schule und Sport"
    assert card.case_handler == "Jonas Reiter"


def test_moderngov_report_names_its_meeting_officer_and_appendices():
    card = analyse(MODERNGOV_REPORT)
    assert (card.kind, card.title, card.municipality) == ("proposal", "Review of Parking Charges 2024/25", "Harbridge Borough Council")
    assert card.date is None  # only the meeting is dated
    assert [(s.organization, s.date) for s in card.consultations] == [("Cabinet", date(2024, 3, 14))]
    assert list(card.addressees) == ["Cabinet"]
    assert card.case_handler == "Sam Doyle"
    assert list(card.emails) == ["sam.doyle@harbridge.gov.uk"] and list(card.phones) == ["01234 567890"]
    assert list(card.attachments) == ["Proposed tariff table", "Consultation responses"]


def test_moderngov_report_as_a_pdf_form_in_two_columns_reads_the_same():
    rows = [("Report to:", "Cabinet"), ("Date of meeting:", "14 March 2024"), ("Report of:", "Director of Place"),
            ("Title:", "Review of Parking Charges 2024/25"), ("Classification:", "Unrestricted")]
    runs = [TextRun(72, 790, "Harbridge Borough Council", 16, bold=True)]
    y = 750
    for label, value in rows:
        runs += [TextRun(72, y, label, 11, bold=True), TextRun(220, y, value, 11)]
        y -= 18
    runs += [
        TextRun(72, y - 20, "Summary", 13, bold=True),
        TextRun(72, y - 40, "This report sets out proposed changes to parking charges in the borough's car parks.", 11),
        TextRun(72, y - 70, "Appendices", 13, bold=True),
        TextRun(72, y - 90, "Appendix A – Proposed tariff table", 11),
        TextRun(72, y - 108, "Appendix B – Consultation responses", 11),
        TextRun(72, y - 140, "Contact officer: Sam Doyle, Head of Parking Services", 11),
    ]
    writer = PdfWriter()
    writer.add_page(runs)
    card = reading.read(writer.to_bytes(), filename="report.pdf").card
    assert (card.kind, card.title, card.public) == ("proposal", "Review of Parking Charges 2024/25", True)
    assert [(s.organization, s.date) for s in card.consultations] == [("Cabinet", date(2024, 3, 14))]
    assert list(card.attachments) == ["Proposed tariff table", "Consultation responses"]
    assert card.case_handler == "Sam Doyle"


def test_danish_decision_record_item_is_numbered_and_dated_by_its_meeting():
    card = analyse(DANISH_DECISION_RECORD)
    assert card.kind == "minutes"
    assert card.title == "Godkendelse af ny affaldsplan 2024-2030"
    assert (card.references.agenda_item, card.references.case) == ("12", "07.00.00-P15-3-23")
    assert card.public is True
    assert [(s.organization, s.date) for s in card.consultations] == [("Teknik- og Miljøudvalget", date(2024, 3, 4))]
    assert list(card.attachments) == ["Affaldsplan 2024-2030", "Høringsnotat"]


def test_danish_notat_reads_its_form_head_and_the_meeting_it_announces():
    card = analyse(DANISH_NOTAT)
    assert (card.kind, card.title, card.date) == ("memo", "Status på ventelister i dagtilbud", date(2024, 4, 3))
    assert (card.author_unit, card.case_handler) == ("Center for Dagtilbud og Skole", "Lise Holmgaard")
    assert list(card.addressees) == ["Børne- og Skoleudvalget"]
    assert card.references.case == "28.00.00-A00-12-24"
    assert card.municipality == "Egelund Kommune"
    assert [(e.name, e.place, e.start) for e in card.events] == [("Informationsmøde", "Rådhuset", date(2024, 4, 22))]


GERMAN_INVITATION = """Gemeinde Talheim
Der Bürgermeister

An die Mitglieder des Bau- und Umweltausschusses

Talheim, 02.04.2024

Einladung zur 12. Sitzung des Bau- und Umweltausschusses

Sehr geehrte Damen und Herren,

hiermit lade ich Sie zur 12. Sitzung des Bau- und Umweltausschusses am Dienstag, 16.04.2024, um 18:00 Uhr im Sitzungssaal des Rathauses ein.

Tagesordnung

Öffentlicher Teil
1. Eröffnung und Feststellung der Beschlussfähigkeit
2. Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss
3. Anfragen

Nichtöffentlicher Teil
4. Grundstücksangelegenheiten

Mit freundlichen Grüßen
gez. Frank Wehner
Bürgermeister
"""

ENGLISH_MINUTES = """Ashcombe District Council

MINUTES of a meeting of the Planning Committee held on Tuesday, 5 March 2024 at 7.00 pm in the Council Chamber, Civic Offices, Ashcombe

Present: Councillor R. Patel (Chair), Councillors J. Evans, M. Hughes and K. Osei

1. Apologies for Absence
Apologies were received from Councillor D. Shaw.

2. Application 23/01456/FUL – Land at Mill Lane
RESOLVED: That planning permission be granted subject to the conditions set out in the report.

The meeting closed at 8.40 pm.
"""

DANISH_MINUTES = """Referat
Økonomiudvalget

Mødedato: 11. marts 2024
Mødetidspunkt: 15:00 - 17:30
Mødested: Mødelokale 2, Rådhuset
Fraværende: Anne Krogh

Nordby Kommune

Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Regnskab 2023 – foreløbigt resultat

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Regnskab 2023 – foreløbigt resultat
Sagsnr.: 00.30.10-S55-1-24
Indstilling
Direktionen indstiller, at Økonomiudvalget tager orienteringen til efterretning.
Beslutning
Taget til efterretning.
"""

REGISAFE_VORLAGE = """Gemeinde Oberried
Sitzungsvorlage
Vorlagen-Nr.: 2024/031
Amt: Hauptamt
Verfasser: Brigitte Maier
Aktenzeichen: 022.31

Sitzung\tDatum\tBehandlung
Verwaltungsausschuss\t11.03.2024\tnichtöffentlich
Gemeinderat\t25.03.2024\töffentlich

Betreff: Neufassung der Feuerwehrsatzung

Beschlussantrag:
Der Gemeinderat beschließt die Neufassung der Feuerwehrsatzung in der Fassung der Anlage 1.

Anlage 1: Satzungsentwurf
Anlage 2: Synopse alt/neu
"""


def test_invitation_is_for_the_meeting_on_the_day_it_names_not_the_day_it_was_written():
    card = analyse(GERMAN_INVITATION)
    assert (card.kind, card.date, card.municipality) == ("agenda", date(2024, 4, 2), "Gemeinde Talheim")
    assert card.title == "Einladung zur 12. Sitzung des Bau- und Umweltausschusses"
    assert [(s.organization, s.date) for s in card.consultations] == [("Bau- und Umweltausschuss", date(2024, 4, 16))]
    assert list(card.signatories) == ["Frank Wehner"]


def test_english_minutes_are_titled_by_their_meeting_without_where_it_was_held():
    card = analyse(ENGLISH_MINUTES)
    assert card.kind == "minutes"
    assert card.title.casefold() == "minutes of a meeting of the planning committee"
    assert [(s.organization, s.date) for s in card.consultations] == [("Planning Committee", date(2024, 3, 5))]
    assert card.municipality == "Ashcombe District Council"


def test_danish_minutes_are_titled_by_genre_and_body_never_by_the_table_of_contents():
    card = analyse(DANISH_MINUTES)
    assert card.kind == "minutes"
    assert card.title == "Referat Økonomiudvalget"
    assert [(s.organization, s.date) for s in card.consultations] == [("Økonomiudvalget", date(2024, 3, 11))]
    assert card.municipality == "Nordby Kommune"


def test_regisafe_vorlage_reads_public_flags_by_row_and_an_author_who_is_a_person():
    card = analyse(REGISAFE_VORLAGE)
    assert (card.kind, card.title, card.references.paper, card.references.case) == (
        "proposal", "Neufassung der Feuerwehrsatzung", "2024/031", "022.31")
    assert [(s.organization, s.date, s.public) for s in card.consultations] == [
        ("Verwaltungsausschuss", date(2024, 3, 11), False), ("Gemeinderat", date(2024, 3, 25), True)]
    assert (card.author_unit, card.case_handler) == ("Hauptamt", "Brigitte Maier")
    assert list(card.attachments) == ["Satzungsentwurf", "Synopse alt/neu"]


LEGISTAR_FILE = """City of Riverbend
Legislation Text

File #: 24-0388, Version: 1
Agenda Date: 5/14/2024
Agenda #: 12.
In Control: City Council
File Type: Resolution

Subject:
Adopt a resolution approving the purchase of two electric refuse trucks

Recommended Action:
Staff recommends that the City Council adopt the resolution.

Attachments:
1. Resolution
2. Vendor Quote
"""

ESCRIBE_STAFF_REPORT = """Town of Maplecrest
Staff Report

Report To: Committee of the Whole
Meeting Date: April 9, 2024
Report Number: PW-2024-017
Department: Public Works
Prepared By: Dana Whitfield, Manager of Roads
Subject: Winter Maintenance Level of Service Review

Recommendation
That Committee of the Whole receive Report PW-2024-017 and recommend that Council adopt the revised winter maintenance standards.

Attachments
Attachment 1 - Revised Winter Maintenance Standards
Attachment 2 - Route Map
"""

AUSTRIAN_AMTSVORTRAG = """Marktgemeinde Steinfeld
Bezirk Weinviertel

Zahl: 004-1/2024
Sachbearbeiter: Ing. Florian Huber

Amtsvortrag
für die Sitzung des Gemeinderates am 21. März 2024

Betreff: Ankauf eines Kommunalfahrzeuges

Sachverhalt:
Das bestehende Fahrzeug des Bauhofes ist 18 Jahre alt.

Antrag:
Der Gemeinderat möge den Ankauf eines Kommunalfahrzeuges beschließen.

Beilagen: Angebot der Firma Landtechnik, Vergleich der Angebote
"""

CMIS_REPORT = """Westfold City Council

Report to: Overview and Scrutiny Committee
Report of: Strategic Director, Communities
Subject: Review of Community Grants Scheme
Exempt: No

Recommendation(s)
1. That the Committee notes the outcome of the grants review.

Contact officer: Priya Raman, Community Development Manager
"""


def test_legistar_file_reads_its_file_number_item_and_the_body_in_control_on_a_month_first_date():
    card = analyse(LEGISTAR_FILE)
    assert (card.kind, card.municipality) == ("proposal", "City of Riverbend")
    assert card.title == "Adopt a resolution approving the purchase of two electric refuse trucks"
    assert (card.references.paper, card.references.agenda_item) == ("24-0388", "12")
    assert [(s.organization, s.date) for s in card.consultations] == [("City Council", date(2024, 5, 14))]
    assert list(card.attachments) == ["Resolution", "Vendor Quote"]


def test_escribe_staff_report_names_its_town_and_who_prepared_it():
    card = analyse(ESCRIBE_STAFF_REPORT)
    assert (card.kind, card.municipality, card.references.paper) == ("proposal", "Town of Maplecrest", "PW-2024-017")
    assert (card.author_unit, card.case_handler) == ("Public Works", "Dana Whitfield")
    assert [(s.organization, s.date) for s in card.consultations] == [("Committee of the Whole", date(2024, 4, 9))]


def test_austrian_amtsvortrag_is_a_proposal_for_the_council_meeting_it_names():
    card = analyse(AUSTRIAN_AMTSVORTRAG)
    assert (card.kind, card.title, card.municipality) == ("proposal", "Ankauf eines Kommunalfahrzeuges", "Marktgemeinde Steinfeld")
    assert (card.references.case, card.case_handler) == ("004-1/2024", "Florian Huber")
    assert [(s.organization, s.date) for s in card.consultations] == [("Gemeinderat", date(2024, 3, 21))]
    assert list(card.attachments) == ["Angebot der Firma Landtechnik", "Vergleich der Angebote"]


def test_report_that_is_not_exempt_is_public():
    card = analyse(CMIS_REPORT)
    assert card.public is True
    assert card.case_handler == "Priya Raman"
    assert analyse(CMIS_REPORT.replace("Exempt: No", "Exempt: Yes")).public is False


GROUP_MOTION_LETTER = """Fraktion Bündnis für Lindenhof im Stadtrat Lindenhof
Marktstraße 3, 61234 Lindenhof

An den Oberbürgermeister
der Stadt Lindenhof
Herrn Martin Vogt
Rathaus

Lindenhof, 22.01.2024

Antrag: Einrichtung eines Jugendparlaments

Sehr geehrter Herr Oberbürgermeister,

die Fraktion stellt folgenden Antrag zur Sitzung des Stadtrates am 15.02.2024:

Der Stadtrat beauftragt die Verwaltung, ein Konzept für ein Jugendparlament vorzulegen.

Mit freundlichen Grüßen

Sabine Kroll
Fraktionsvorsitzende
"""

SWISS_MINUTES_EXTRACT = """Gemeinde Oberwil am See
Gemeinderat

Auszug aus dem Protokoll des Gemeinderates
Sitzung vom 12. März 2024

Geschäft Nr. 2024-031
Traktandum 4

Sanierung des Schulhauses Dorf, Projektierungskredit

Ausgangslage
Das Schulhaus Dorf wurde 1972 erstellt und muss saniert werden.

Beschluss
Für die Projektierung wird ein Kredit von CHF 180'000 bewilligt.

Für den Gemeinderat
Der Gemeindepräsident: Urs Brunner
Die Gemeindeschreiberin: Claudia Egli
"""

DANISH_CASE_LETTER = """Teknik og Miljø
Vejafdelingen
Torvegade 4
5900 Vesterby

Dato: 15. februar 2024
Sagsnr.: 05.01.00-G01-44-23
Sagsbehandler: Rasmus Krag

Til Grundejerforeningen Solbakken

Vedr. Ombygning af krydset ved Solbakkevej

Kære bestyrelse

Vi skriver for at orientere om ombygningen af krydset, som begynder i maj. Vedlagt er tegninger af det nye kryds og en tidsplan for arbejdet.

Der holdes et borgermøde om projektet tirsdag den 5. marts 2024 kl. 19.00 i Vesterby Hallen.

Med venlig hilsen

Rasmus Krag
Ingeniør
"""

ENGLISH_INVITATION_LETTER = """Kingsmere County Council
Growth and Infrastructure

Date: 3 June 2024

To: Members of the Highways Advisory Board

Dear Board Member,

Road Safety Strategy 2024-2029 - Consultation

I am writing to invite your views on the draft Road Safety Strategy, which is enclosed with this letter together with a summary of the evidence base.

A briefing session for board members will be held on 20 June 2024 at 2.00 pm in the Council Chamber, County Hall.

Yours sincerely,

Helen Marsh
Director of Growth and Infrastructure
"""


def test_group_motion_as_a_letter_names_the_group_the_office_holder_and_the_town():
    card = analyse(GROUP_MOTION_LETTER)
    assert (card.kind, card.title, card.municipality) == ("motion", "Einrichtung eines Jugendparlaments", "Stadt Lindenhof")
    # The group that writes, not the council it sits in nor its chair's role.
    assert card.author_unit == "Fraktion Bündnis für Lindenhof"
    # The office over two lines and its holder are one addressee; the town hall is where he sits.
    assert list(card.addressees) == ["Oberbürgermeister Martin Vogt"]


def test_swiss_minutes_extract_is_titled_by_its_item_and_signed_by_the_council_officers():
    card = analyse(SWISS_MINUTES_EXTRACT)
    assert card.kind == "minutes"
    assert card.title == "Sanierung des Schulhauses Dorf, Projektierungskredit"
    assert (card.references.paper, card.references.agenda_item) == ("2024-031", "4")
    assert list(card.signatories) == ["Urs Brunner", "Claudia Egli"]


def test_danish_case_letter_reads_its_subject_without_vedr_and_what_it_encloses_in_prose():
    card = analyse(DANISH_CASE_LETTER)
    assert card.title == "Ombygning af krydset ved Solbakkevej"
    assert list(card.attachments) == ["Tegninger af det nye kryds", "Tidsplan for arbejdet"]
    assert [(e.name, e.place, e.start) for e in card.events] == [("Borgermøde", "Vesterby Hallen", date(2024, 3, 5))]


def test_english_letter_names_what_is_enclosed_and_the_briefing_it_invites_to():
    card = analyse(ENGLISH_INVITATION_LETTER)
    assert list(card.attachments) == ["Draft Road Safety Strategy", "Summary of the evidence base"]
    assert [(e.name, e.start) for e in card.events] == [("Briefing session", date(2024, 6, 20))]


def test_staff_report_announces_a_public_information_centre_with_its_place():
    text = ESCRIBE_STAFF_REPORT + "\nA public information centre will be held on April 24, 2024 from 6:00 p.m. to 8:00 p.m. at the Maplecrest Community Centre.\n"
    card = analyse(text)
    assert [(e.name, e.start) for e in card.events] == [("Public information centre", date(2024, 4, 24))]
    assert "Maplecrest Community Centre" in card.events[0].place


# --- Third round: the shapes behind the rules that served one council -----------------------------

ACADRE_REFERAT_EXTRACT = """Referat

Udvalget for Teknik og Miljø

Ekstraordinært møde

Onsdag den 9. april 2025

Kl. 15:00

Rådhuset, mødelokale 3
Torvet 1
8900 Nørreby

Medlemmer

Fraværende

Indholdsfortegnelse

Punkt nr.\tSide

318.\tTrafiksikker skolevej ved Engvej\t2

318. Trafiksikker skolevej ved Engvej
Sagsnr.:\t25/04411
Sagen afgøres i:\tUdvalget for Teknik og Miljø

Resumé

Forvaltningen har udarbejdet et forslag til en sikker skolevej. Der er indkommet bemærkninger fra skolebestyrelsen (jf. bilag 1), og forvaltningen har lavet en trafiktælling (jf. bilag 2).

Beslutning i Udvalget for Teknik og Miljø den 09-04-2025

Godkendt.
"""

MODERNGOV_SUMMONS = """Summons to and
Agenda for a
Meeting on
Tuesday, 8th April, 2025
at 2.00 pm

GOVERNANCE TEAM CIVIC CENTRE NORTHAM

Monday, 31 March 2025

To:\tAll Members of the County Council

A meeting of the County Council will be held in the Council Chamber, Civic Centre, Northam, Westshire, WS2 4PQ on Tuesday, 8th April, 2025 at 2.00 pm to deal with the following business.

AGENDA

1.\tApologies for absence

2.\tMinutes of the meeting held on 6 March 2025
"""

CLERK_DISPOSITION = """Disposition of Items – Council Meeting – April 23, 2025

CITY CLERK'S DEPARTMENT

DISPOSITION OF ITEMS

COUNCIL MEETING

WEDNESDAY, APRIL 23, 2025

MEMBERS PRESENT\tPUBLIC SERVICE
Mayor Jane Olsen\tMr. T. Berg, City Clerk

Item\tSubject\tDisposition
1\tA lease agreement with the City of Lakeport for the river yard\tADOPTED
2\tA servicing agreement between Prairie Holdings Ltd. and the City of Lakeport\tADOPTED
3\tLand in the north-west area of the City of Lakeport\tADOPTED
"""

WEB_FORM_MOTION = """StR-Antrag 20-26 / A 04410 (In Bearbeitung)

Betreff

Sichere Radwege am Ostpark

Informationen

Gestellt am:

02.06.2024

Gestellt von:

Fraktion Bürger für Neustadt, Stadtratsgruppe Zukunft

Zuständiges Referat:

Mobilitätsreferat

Art:

Öffentlicher Vorgang

Typ:

Antrag
"""


def test_acadre_referat_extract_gives_its_item_number_and_the_attachments_its_prose_names():
    card = analyse(ACADRE_REFERAT_EXTRACT)
    assert card.kind == "minutes"
    assert card.references.agenda_item == "318"
    assert card.references.case == "25/04411"
    assert card.attachments == ("bemærkninger fra skolebestyrelsen", "trafiktælling")


def test_moderngov_summons_is_dated_by_its_issue_date_and_names_the_county_council_by_its_address():
    card = analyse(MODERNGOV_SUMMONS)
    assert card.date == date(2025, 3, 31)
    assert card.municipality == "Westshire County Council"


def test_clerks_disposition_names_its_department_and_city_but_takes_no_meeting_date_for_its_own():
    card = analyse(CLERK_DISPOSITION)
    assert card.author_unit == "City Clerk's Department"
    assert card.municipality == "City of Lakeport"
    assert card.date is None


def test_motion_on_a_council_web_form_is_put_by_the_groups_it_names():
    card = analyse(WEB_FORM_MOTION)
    assert card.kind == "motion"
    assert card.author_unit == "Fraktion Bürger für Neustadt, Stadtratsgruppe Zukunft"


# --- Agenda items printed alone under their meeting's line (fourth round) --------------------------

PREPARE_ITEM_UNDER_MEETING_LINE = """Økonomiudvalget – Referat – 12.03.2025 kl. 15:00 – Rådhuset, mødelokale 2

7. Salg af grund på Skovvej 14

Sagsnr.: 25/1187

Sagsgang

Økonomiudvalget og Byrådet

Indstilling

Center for Ejendomme indstiller, at grunden sælges til højeste bud.

Beslutning

Anbefales.
"""

GENRE_FIRST_MEETING_LINE = """Referat – Børne- og Skoleudvalget – 2025-05-06 – Mødelokale 3

12. Ny skolestruktur i Nordbyen

Sagsnr.: 25/3321

Indstilling

Center for Børn og Læring indstiller, at forslaget sendes i høring.

Beslutning

Godkendt.
"""

DAGSORDEN_FOR_BODY = """4. Renovering af Idrætshallen

Sagsnr.: 25/0456

Dagsorden for Kultur- og Fritidsudvalget den 14. maj 2025 kl. 17.00

Sagsfremstilling

Hallen trænger til nyt gulv.

Indstilling

Kultur og Fritid indstiller, at der gives anlægsbevilling på 2,1 mio. kr.
"""

RIS_AGENDA_ITEM = """Bauausschuss – Tagesordnung – 2025-03-12 – Sitzungssaal 1

TOP 4 Neubau der Kindertagesstätte Am Anger

Vorlage: BV/2025/031

Beschlussvorschlag

Der Bauausschuss empfiehlt dem Stadtrat, den Neubau zu beschließen.

Sachverhalt

Die bestehende Einrichtung ist zu klein.
"""

ENGLISH_AGENDA_ITEM = """Planning Committee – Agenda – 2025-04-09 – Council Chamber

5. Land at Mill Lane, Eastbury

Reference: 24/01234/FUL

Recommendation

That planning permission is granted subject to conditions.

Decision

Approved.
"""


def test_agenda_item_under_its_meeting_line_is_titled_by_its_numbered_heading():
    card = analyse(PREPARE_ITEM_UNDER_MEETING_LINE)
    assert (card.kind, card.title) == ("agenda_item", "Salg af grund på Skovvej 14")
    assert card.references.agenda_item == "7"
    assert card.author_unit == "Center for Ejendomme"
    assert [(step.organization, step.date) for step in card.consultations] == [
        ("Økonomiudvalget", date(2025, 3, 12)), ("Byrådet", None),
    ]


def test_meeting_line_with_the_genre_first_names_the_body_that_meets():
    card = analyse(GENRE_FIRST_MEETING_LINE)
    assert (card.kind, card.title) == ("agenda_item", "Ny skolestruktur i Nordbyen")
    assert [(step.organization, step.date) for step in card.consultations] == [("Børne- og Skoleudvalget", date(2025, 5, 6))]
    assert card.addressees == ("Børne- og Skoleudvalget",)


def test_dagsorden_for_a_committee_on_a_day_is_the_items_meeting():
    card = analyse(DAGSORDEN_FOR_BODY)
    assert card.kind == "agenda_item"
    assert [(step.organization, step.date) for step in card.consultations] == [("Kultur- og Fritidsudvalget", date(2025, 5, 14))]


def test_german_agenda_item_with_its_proposal_section_is_an_item_not_a_proposal():
    card = analyse(RIS_AGENDA_ITEM)
    assert (card.kind, card.title) == ("agenda_item", "Neubau der Kindertagesstätte Am Anger")
    assert card.references.agenda_item == "4"
    assert [(step.organization, step.date) for step in card.consultations] == [("Bauausschuss", date(2025, 3, 12))]


def test_english_agenda_item_with_recommendation_and_decision_is_an_item():
    card = analyse(ENGLISH_AGENDA_ITEM)
    assert (card.kind, card.title) == ("agenda_item", "Land at Mill Lane, Eastbury")
    assert card.references.agenda_item == "5"
    assert [(step.organization, step.date) for step in card.consultations] == [("Planning Committee", date(2025, 4, 9))]


CASE_HISTORY_WITH_WORDED_DATES = """Udbud af rengøring på skolerne

Sagsnr.: 25/0912

Behandlingsforløb
Tirsdag 4. februar 2025 Børne- og Skoleudvalget
18.02.2025: Økonomiudvalget
26. februar 2025 Byrådet

Sagsfremstilling
Den 4. februar 2025 besluttede Børne- og Skoleudvalget at anbefale udbuddet.
"""

HOERINGSSVAR_IN_RUNNING_TEXT = """Høring om ny affaldsplan

Borgere i Faxe kommune kan sende bemærkninger til planen. Den nye plan gælder for hele kommunen.
"""

RIS_RESULTS_LIST = """Antrag 2025/0044

Betreff

Mehr Bänke im Stadtpark

Ergebnisse

05.03.2025

Plenum
"""


def test_case_history_lines_with_weekdays_worded_dates_and_colons_are_route_steps():
    card = analyse(CASE_HISTORY_WITH_WORDED_DATES)
    assert [(step.organization, step.date) for step in card.consultations] == [
        ("Børne- og Skoleudvalget", date(2025, 2, 4)), ("Økonomiudvalget", date(2025, 2, 18)), ("Byrådet", date(2025, 2, 26)),
    ]


def test_municipality_written_in_small_letters_in_danish_prose_is_named_in_its_official_form():
    assert analyse(HOERINGSSVAR_IN_RUNNING_TEXT).municipality == "Faxe Kommune"


def test_unknown_place_before_kommune_in_small_letters_is_no_municipality():
    assert analyse("Notat om skolevejen\n\nDen nye kommune har mange veje.").municipality is None


def test_access_values_of_danish_english_and_german_systems_set_the_public_flag():
    danish = "Ny parkeringsstrategi\n\nSagsnr.: 25/1234\nAdgang: Åben sag\nDato: 03.03.2025\n\nIndstilling\nForvaltningen indstiller, at strategien vedtages."
    english = "Sale of the Old Depot\n\nReport to: Cabinet\nDate: 3 March 2025\nAccess: Closed session\n\nRecommendation\nThat the depot is sold."
    assert (analyse(danish).public, analyse(english).public) == (True, False)


def test_body_listed_by_its_sitting_under_a_result_date_is_a_route_step():
    card = analyse(RIS_RESULTS_LIST)
    assert [(step.organization, step.date) for step in card.consultations] == [("Plenum", date(2025, 3, 5))]
