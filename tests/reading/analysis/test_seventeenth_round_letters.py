"""Papers of a seventeenth round, written for these tests: letters, signatures, events, dates and deadlines.

Eight short papers of council systems and genres no earlier round used, with invented places, names and wording of
their own: a Danish kommune's invitation of the council to a temadag, sent as a note with "Til:" and "Fra:" and signed
by the mayor and the chief executive in two columns; an Austrian Marktgemeinde's Kundmachung inviting to a
Bürgerversammlung, with "Zahl" and "Bearbeiter" in its head and its posting dates under the signature; a US city's
notice of public hearing as Legistar prints its legislation details, signed "/s/"; a Scottish council's consultation
letter to a community council with a public meeting and a closing date; a New Zealand district council's memorandum
to the mayor and councillors announcing a workshop and a community hui; a German Kreistag committee's
Mitteilungsvorlage with an open day and a date for the Gemeinden's statements; a Danish høringsbrev to two advisory
councils with a dialogue meeting; and a South Tyrolean Gemeinde's bilingual-headed letter inviting two recipients to a
Zukunftswerkstatt. Their values were written down and committed before the papers were first read
(`bench/results/cards_heldout.md`, seventeenth round, letters). Where a reader could write a value two ways, each
reader's value is accepted (``OneOf``); values a reader could not settle (the addressee of a public hearing notice)
are left out; where a reader finds no value, the card must not invent one.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Danish kommune's invitation of the council to a temadag, as a note signed by the mayor and the chief executive
DANISH_TEMADAG = """Lyngå Kommune
Borgmester og Direktion
Rådhustorvet 1, 8899 Lyngå

Til: Byrådets medlemmer
Fra: Direktionssekretariatet
Dato: 9. marts 2026
J.nr.: 00.01.00-A00-14-26

Invitation til temadag om den nye klimaplan

Byrådet inviteres hermed til temadag om udkastet til klimaplan 2026-2030 torsdag den 23. april 2026 kl. 9.00-15.30
på Lyngå Højskole, Skovbrynet 8. Dagen byder på oplæg fra klimarådet og arbejde i grupper. Byrådet behandler
selve klimaplanen på sit møde den 26. maj 2026.

Tilmelding sker til direktionssekretariatet på dirsek@lyngaa.dk senest fredag den 10. april 2026 af hensyn til
bestilling af frokost.

Med venlig hilsen

Mette Kragh                    Søren Vinther
Borgmester                     Kommunaldirektør
"""

# 2. an Austrian Marktgemeinde's Kundmachung inviting to a Bürgerversammlung, posting dates under the signature
AUSTRIAN_BUERGERVERSAMMLUNG = """MARKTGEMEINDE STEINBACH AM WALDE
Politischer Bezirk Kremsfeld – Land Niederösterreich
Hauptplatz 1, 3599 Steinbach am Walde
Tel. 02999/2210, gemeinde@steinbach-walde.gv.at

Zahl: 004-1/2026                                   Steinbach am Walde, am 23. März 2026
Bearbeiter: Mag. Thomas Pichler

KUNDMACHUNG

Einladung zur Bürgerversammlung

Gemäß § 12 der Gemeindeordnung lade ich alle Gemeindebürgerinnen und Gemeindebürger zur Bürgerversammlung am
Freitag, den 24. April 2026, um 19.30 Uhr in den Festsaal des Volksheims Steinbach ein.

Tagesordnung:
1. Bericht des Bürgermeisters über das Hochwasserschutzprojekt Steinbach
2. Vorstellung des Entwurfs zum örtlichen Entwicklungskonzept
3. Allfälliges

Schriftliche Anfragen an den Bürgermeister sind bis spätestens 15. April 2026 im Gemeindeamt einzubringen.

Der Bürgermeister:
Ing. Franz Hollerer

Angeschlagen am: 23.03.2026
Abzunehmen am: 25.04.2026
"""

# 3. a US city's notice of public hearing as Legistar prints its legislation details, signed "/s/"
LEGISTAR_HEARING_NOTICE = """City of Cedar Falls Junction
City Hall
410 Main Street
Cedar Falls Junction, OR 97999

Legislation Details (With Text)
File #: 26-0418     Version: 1
Type: Public Hearing     Status: Agenda Ready
File created: 3/30/2026     In control: City Council
On agenda: 4/21/2026     Final action:
Title: NOTICE OF PUBLIC HEARING ON THE PROPOSED REZONING OF 1200 RIVERBEND ROAD

NOTICE IS HEREBY GIVEN that the City Council of the City of Cedar Falls Junction will hold a public hearing on
Tuesday, April 21, 2026, at 7:00 p.m., or as soon thereafter as the matter may be heard, in the Council Chambers at
City Hall, 410 Main Street, to consider Ordinance No. 2026-07 rezoning 1200 Riverbend Road from R-1 to R-3.

Written comments may be submitted to the City Recorder and must be received no later than 12:00 p.m. on Friday,
April 17, 2026.

Dated: March 31, 2026

/s/ Linda Okafor
Linda Okafor, City Recorder
"""

# 4. a Scottish council's consultation letter to a community council, with a public meeting and a closing date
SCOTTISH_CONSULTATION_LETTER = """Strathmorven Council
Education and Children's Services
Council Offices, Tolbooth Wynd, Inverlochan IV99 4XY

Our Ref: ECS/CONS/26/03
Date: 2 March 2026
Contact: Fiona MacRae
Email: schools.consultation@strathmorven.gov.uk

The Chairperson
Glenbrae Community Council
c/o 4 Kirk Brae
Glenbrae
IV98 2PL

Dear Chairperson

Statutory consultation: proposal to relocate Glenbrae Primary School to the Loch Road site

I write to let you know that the Council has begun a statutory consultation on the proposal above. The proposal
document is enclosed and can also be read at www.strathmorven.gov.uk/consultations.

A public meeting will be held in Glenbrae Village Hall on Wednesday 25 March 2026 at 7pm, where officers will
present the proposal and answer questions. The Education Committee will consider the consultation report at its
meeting on 11 June 2026.

The closing date for responses is Friday 24 April 2026. Responses may be sent by email or by post to the address
above.

Yours faithfully

Alasdair Munro
Head of Education
"""

# 5. a New Zealand district council's memorandum to the mayor and councillors: a workshop and a community hui
NZ_MEMORANDUM = """MEMORANDUM

To:         Mayor and Councillors
From:       Kiri Whaanga, Community Engagement Lead
Date:       11 May 2026
File ref:   CE-26-114
Subject:    Long Term Plan 2027-2037 – elected member workshop and community hui

Kia ora koutou

This memo sets out the next steps for the Long Term Plan. A workshop for elected members will be held on Tuesday
2 June 2026 from 9.30am to 12.30pm in the Council Chamber. A community hui will follow at Te Awa Marae on Saturday
13 June 2026 from 10am.

Please let the Democracy Services team know of any apologies by Friday 29 May 2026.

Ngā mihi

Kiri Whaanga
Community Engagement Lead
"""

# 6. a German Kreistag committee's Mitteilungsvorlage: an open day, a past decision, a date for statements
KREISTAG_MITTEILUNG = """Landkreis Hohenwald
Der Landrat
Fachbereich 4 – Umwelt und Abfallwirtschaft

Mitteilungsvorlage                          Vorlage-Nr.: MV/0042/2026
                                            Datum: 14.04.2026
                                            Bearbeiter/in: Jens Kürschner

Beratungsfolge:
Ausschuss für Umwelt und Kreisentwicklung   05.05.2026   öffentlich   Kenntnisnahme

Betreff: Neues Wertstoffzentrum Eichau – Inbetriebnahme und Beteiligung der Gemeinden

Sachverhalt:
Das Wertstoffzentrum Eichau wird am 4. Mai 2026 in Betrieb genommen. Der Kreistag hatte den Bau am 11. Dezember
2024 beschlossen. Zur Eröffnung lädt der Landkreis am Samstag, 16. Mai 2026, von 10 bis 16 Uhr zu einem Tag der
offenen Tür auf dem Gelände, Am Kiesweg 3, Eichau, ein.

Die neue Abfallgebührensatzung wird derzeit entworfen. Die kreisangehörigen Gemeinden erhalten den Entwurf im Juni
und können bis zum 31. Juli 2026 dazu Stellung nehmen.

Dr. Henrike Albrecht
Landrätin
"""

# 7. a Danish høringsbrev to two advisory councils, with a dialogue meeting and a time-of-day deadline
DANISH_HOERINGSBREV = """Holmdrup Kommune
Social og Sundhed
Torvegade 3
4999 Holmdrup

Handicaprådet
Ældrerådet

Sagsnr.: 27.12.00-P35-2-26
Sagsbehandler: Line Bech Ravn
Direkte tlf.: 59 99 12 34
E-mail: lbr@holmdrup.dk

Den 17. april 2026

Høring over forslag til ny kvalitetsstandard for hjemmehjælp

Social- og Sundhedsudvalget besluttede på sit møde den 14. april 2026 at sende forslaget til ny kvalitetsstandard i
høring hos Handicaprådet og Ældrerådet.

Forslaget præsenteres på et dialogmøde for rådenes medlemmer mandag den 4. maj 2026 kl. 16.00-18.00 i mødelokale 2
på rådhuset.

Høringssvar bedes sendt til socialogsundhed@holmdrup.dk senest onsdag den 20. maj 2026 kl. 12.00. Udvalget behandler
forslaget og høringssvarene på sit møde den 9. juni 2026.

Med venlig hilsen

Line Bech Ravn
Konsulent
"""

# 8. a South Tyrolean Gemeinde's letter under a bilingual head, inviting two recipients to a Zukunftswerkstatt
SOUTH_TYROLEAN_LETTER = """AUTONOME PROVINZ BOZEN – SÜDTIROL          PROVINCIA AUTONOMA DI BOLZANO – ALTO ADIGE
GEMEINDE TRAUNSEIT                          COMUNE DI TRAUNSEIT
Rathausplatz 1 – 39099 Traunseit            Piazza Municipio 1 – 39099 Traunseit

Prot. Nr. 2026/3418                         Traunseit, 8. April 2026

An die
Fraktionsvorsteher der Gemeinde Traunseit

An den
Bildungsausschuss Traunseit

Betreff: Gemeindeentwicklungsprogramm – Einladung zur Zukunftswerkstatt

Sehr geehrte Damen und Herren,

im Rahmen der Ausarbeitung des Gemeindeentwicklungsprogramms laden wir Sie herzlich zur Zukunftswerkstatt am
Samstag, 9. Mai 2026, von 9 bis 13 Uhr im Vereinshaus Traunseit ein.

Um Anmeldung wird bis Donnerstag, 30. April 2026, im Bauamt gebeten (Tel. 0473 999 120).

Mit freundlichen Grüßen

Der Bürgermeister / Il Sindaco
Martin Oberhofer
"""


EXPECTED = [
    pytest.param(DANISH_TEMADAG, 'addressees', OneOf(['Byrådet'], ['Byrådets medlemmer']), id='danish_temadag-addressees'),
    pytest.param(DANISH_TEMADAG, 'date', '2026-03-09', id='danish_temadag-date'),
    pytest.param(DANISH_TEMADAG, 'events', ['2026-04-23'], id='danish_temadag-events'),
    pytest.param(DANISH_TEMADAG, 'deadlines', ['2026-04-10'], id='danish_temadag-deadlines'),
    pytest.param(DANISH_TEMADAG, 'signatories', ['Mette Kragh', 'Søren Vinther'], id='danish_temadag-signatories'),
    pytest.param(AUSTRIAN_BUERGERVERSAMMLUNG, 'date', '2026-03-23', id='austrian_kundmachung-date'),
    pytest.param(AUSTRIAN_BUERGERVERSAMMLUNG, 'events', ['2026-04-24'], id='austrian_kundmachung-events'),
    pytest.param(AUSTRIAN_BUERGERVERSAMMLUNG, 'deadlines', ['2026-04-15'], id='austrian_kundmachung-deadlines'),
    pytest.param(AUSTRIAN_BUERGERVERSAMMLUNG, 'signatories', ['Franz Hollerer'], id='austrian_kundmachung-signatories'),
    pytest.param(AUSTRIAN_BUERGERVERSAMMLUNG, 'case_handler', 'Thomas Pichler', id='austrian_kundmachung-case_handler'),
    pytest.param(AUSTRIAN_BUERGERVERSAMMLUNG, 'addressees', [], id='austrian_kundmachung-addressees'),
    pytest.param(LEGISTAR_HEARING_NOTICE, 'date', OneOf('2026-03-31', '2026-03-30'), id='legistar_notice-date'),
    pytest.param(LEGISTAR_HEARING_NOTICE, 'events', ['2026-04-21'], id='legistar_notice-events'),
    pytest.param(LEGISTAR_HEARING_NOTICE, 'deadlines', ['2026-04-17'], id='legistar_notice-deadlines'),
    pytest.param(LEGISTAR_HEARING_NOTICE, 'signatories', ['Linda Okafor'], id='legistar_notice-signatories'),
    pytest.param(
        SCOTTISH_CONSULTATION_LETTER, 'addressees',
        OneOf(['Glenbrae Community Council'], ['Chairperson of Glenbrae Community Council']),
        id='scottish_letter-addressees',
    ),
    pytest.param(SCOTTISH_CONSULTATION_LETTER, 'date', '2026-03-02', id='scottish_letter-date'),
    pytest.param(SCOTTISH_CONSULTATION_LETTER, 'events', ['2026-03-25'], id='scottish_letter-events'),
    pytest.param(SCOTTISH_CONSULTATION_LETTER, 'deadlines', ['2026-04-24'], id='scottish_letter-deadlines'),
    pytest.param(SCOTTISH_CONSULTATION_LETTER, 'signatories', ['Alasdair Munro'], id='scottish_letter-signatories'),
    pytest.param(NZ_MEMORANDUM, 'addressees', OneOf(['Mayor and Councillors'], ['Council']), id='nz_memo-addressees'),
    pytest.param(NZ_MEMORANDUM, 'date', '2026-05-11', id='nz_memo-date'),
    pytest.param(NZ_MEMORANDUM, 'events', ['2026-06-02', '2026-06-13'], id='nz_memo-events'),
    pytest.param(NZ_MEMORANDUM, 'deadlines', ['2026-05-29'], id='nz_memo-deadlines'),
    pytest.param(NZ_MEMORANDUM, 'signatories', ['Kiri Whaanga'], id='nz_memo-signatories'),
    pytest.param(
        KREISTAG_MITTEILUNG, 'addressees', ['Ausschuss für Umwelt und Kreisentwicklung'], id='kreistag_mitteilung-addressees'
    ),
    pytest.param(KREISTAG_MITTEILUNG, 'date', '2026-04-14', id='kreistag_mitteilung-date'),
    pytest.param(KREISTAG_MITTEILUNG, 'case_handler', 'Jens Kürschner', id='kreistag_mitteilung-case_handler'),
    pytest.param(KREISTAG_MITTEILUNG, 'events', ['2026-05-16'], id='kreistag_mitteilung-events'),
    pytest.param(KREISTAG_MITTEILUNG, 'deadlines', ['2026-07-31'], id='kreistag_mitteilung-deadlines'),
    pytest.param(KREISTAG_MITTEILUNG, 'signatories', ['Henrike Albrecht'], id='kreistag_mitteilung-signatories'),
    pytest.param(DANISH_HOERINGSBREV, 'addressees', ['Handicaprådet', 'Ældrerådet'], id='danish_hoering-addressees'),
    pytest.param(DANISH_HOERINGSBREV, 'date', '2026-04-17', id='danish_hoering-date'),
    pytest.param(DANISH_HOERINGSBREV, 'case_handler', 'Line Bech Ravn', id='danish_hoering-case_handler'),
    pytest.param(DANISH_HOERINGSBREV, 'events', ['2026-05-04'], id='danish_hoering-events'),
    pytest.param(DANISH_HOERINGSBREV, 'deadlines', ['2026-05-20'], id='danish_hoering-deadlines'),
    pytest.param(DANISH_HOERINGSBREV, 'signatories', ['Line Bech Ravn'], id='danish_hoering-signatories'),
    pytest.param(
        SOUTH_TYROLEAN_LETTER, 'addressees',
        OneOf(
            ['Fraktionsvorsteher der Gemeinde Traunseit', 'Bildungsausschuss Traunseit'],
            ['Fraktionsvorsteher', 'Bildungsausschuss Traunseit'],
        ),
        id='south_tyrol_letter-addressees',
    ),
    pytest.param(SOUTH_TYROLEAN_LETTER, 'date', '2026-04-08', id='south_tyrol_letter-date'),
    pytest.param(SOUTH_TYROLEAN_LETTER, 'events', ['2026-05-09'], id='south_tyrol_letter-events'),
    pytest.param(SOUTH_TYROLEAN_LETTER, 'deadlines', ['2026-04-30'], id='south_tyrol_letter-deadlines'),
    pytest.param(SOUTH_TYROLEAN_LETTER, 'signatories', ['Martin Oberhofer'], id='south_tyrol_letter-signatories'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_seventeenth_round_letter_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)


# --- The general rules the round's misses asked for, each on a paper of its own wording in another layout ---------


def test_a_deadline_at_a_clock_time_written_with_dotted_pm_is_a_deadline():
    card = analyse(
        "Town of Birchmere\n\nCall for Applications: Community Grants 2026\n\n"
        "Applications must reach the Town Clerk no later than 4:30 p.m. on Monday, June 8, 2026.\n"
    )
    assert read_field(card, "deadlines") == ["2026-06-08"]


def test_a_day_by_which_a_body_may_state_its_view_is_a_deadline():
    card = analyse(
        "Amt Nordheide\n\nMitteilung an den Amtsausschuss\n\nSchulentwicklungsplan\n\n"
        "Die amtsangehörigen Gemeinden können bis zum 12. Juni 2026 zum Entwurf Stellung nehmen.\n"
    )
    assert read_field(card, "deadlines") == ["2026-06-12"]


def test_a_view_stated_by_a_day_in_the_past_sets_no_deadline():
    card = analyse(
        "Amt Nordheide\n\nMitteilung an den Amtsausschuss\n\nSchulentwicklungsplan\n\n"
        "Drei Gemeinden hatten bis zum 12. Juni 2025 zum Entwurf Stellung genommen.\n"
    )
    assert read_field(card, "deadlines") == []


def test_an_open_day_named_over_a_line_break_is_an_event():
    card = analyse(
        "Stadtwerke Lindenau\n\nInformation für den Werksausschuss\n\n"
        "Das neue Klärwerk stellt sich am Sonntag, 7. Juni 2026, bei einem Tag der\n"
        "offenen Tür von 11 bis 17 Uhr den Bürgerinnen und Bürgern vor.\n"
    )
    assert read_field(card, "events") == ["2026-06-07"]


def test_a_hui_with_a_community_is_an_event():
    card = analyse(
        "Report to the Strategy and Policy Committee\n\nWater Services Reform\n\n"
        "Council staff will present the options at a hui at Ōtaki Community Hall on Thursday 11 June 2026 at 6pm.\n"
    )
    assert read_field(card, "events") == ["2026-06-11"]


def test_a_name_after_a_conformed_signature_mark_signs_the_paper():
    card = analyse(
        "Village of Maple Bend\n\nNOTICE OF BUDGET HEARING\n\n"
        "The Village Board will hear comments on the proposed budget at its regular meeting.\n\n"
        "/s/ Gordon Pike\nVillage Clerk-Treasurer\n"
    )
    assert card.signatories == ("Gordon Pike",)


def test_a_name_under_a_maori_closing_signs_the_letter():
    card = analyse(
        "Dear Ratepayer\n\nRates rebate scheme\n\nYou may be entitled to a rebate on your rates for the current year. "
        "Application forms are available at all service centres.\n\nNāku noa, nā\n\nAroha Tipene\nRates Team Leader\n"
    )
    assert card.signatories == ("Aroha Tipene",)


def test_a_district_administrator_under_her_name_signs_a_paper():
    card = analyse(
        "Landkreis Elmshagen\n\nInformationsvorlage für den Kreisausschuss\n\nBreitbandausbau\n\n"
        "Der Ausbau in den Ämtern Nord und Süd ist abgeschlossen; die Ämter im Westen folgen im Herbst.\n\n"
        "Hilke Steinhöfel\nLandrätin\n"
    )
    assert card.signatories == ("Hilke Steinhöfel",)


def test_a_letter_to_the_secretary_of_a_body_is_addressed_to_the_body():
    card = analyse(
        "Kilmory Harbour Trust\nThe Pier, Kilmory\n\nThe Secretary\nEastshore Residents Association\n"
        "c/o 12 Shore Road\nKilmory\nPA99 1QQ\n\n14 May 2026\n\nDear Secretary\n\nMooring charges for 2027\n\n"
        "The Trust proposes to raise mooring charges by four per cent and invites your views.\n\n"
        "Yours sincerely\n\nCatriona Bell\nHarbour Master\n"
    )
    assert list(card.addressees) == ["Eastshore Residents Association"]


def test_two_recipient_blocks_each_opened_by_an_address_word_address_two():
    card = analyse(
        "Stadtgemeinde Rabenfels\nHauptplatz 3\n\nAn den\nKulturausschuss\n\nAn den\nSportausschuss\n\n"
        "Rabenfels, 2. Juni 2026\n\nBetreff: Nutzung der Stadthalle\n\nSehr geehrte Damen und Herren,\n\n"
        "die Stadthalle steht ab Herbst wieder für Vereine zur Verfügung.\n\nMit freundlichen Grüßen\n\nAnna Reiter\n"
    )
    assert sorted(card.addressees) == ["Kulturausschuss", "Sportausschuss"]


def test_a_place_and_date_in_the_right_column_of_a_head_row_dates_the_paper():
    card = analyse(
        "Stadtgemeinde Rabenfels\n\nGZ: 131-9/2026          Rabenfels, am 4. Juni 2026\nSachbearbeiterin: Eva Lanz\n\n"
        "Kundmachung\n\nSperre der Mühlgasse\n\nDie Mühlgasse wird vom 15. bis 19. Juni 2026 gesperrt.\n"
    )
    assert read_field(card, "date") == "2026-06-04"


def test_councils_named_alone_under_the_senders_address_are_the_addressees():
    card = analyse(
        "Vesterholm Kommune\nBørn og Unge\nSkolegade 2\n7999 Vesterholm\n\nSkolebestyrelserne\nFællesforældrerådet\n\n"
        "Den 3. juni 2026\n\nNy skolestruktur – jeres bemærkninger\n\n"
        "Børne- og Ungeudvalget har sendt forslaget til ny skolestruktur i høring, og vi beder om jeres bemærkninger.\n\n"
        "Med venlig hilsen\n\nJonas Friis\nSkolechef\n"
    )
    assert sorted(card.addressees) == ["Fællesforældrerådet", "Skolebestyrelserne"]


def test_a_unit_under_the_senders_address_without_a_closing_is_no_addressee():
    card = analyse(
        "Vesterholm Kommune\nSkolegade 2\n7999 Vesterholm\n\nBørn og Unge\n\nNotat\n\nSkolestruktur\n\n"
        "Forvaltningen har samlet tallene for elevtallet i de seneste fem år og gennemgår dem på mødet.\n"
    )
    assert list(card.addressees) == []


def test_the_senders_own_office_under_its_address_is_no_addressee():
    card = analyse(
        "Vesterholm Kommune\nSkolegade 2\n7999 Vesterholm\n\nDirektionssekretariatet\n\n"
        "Den 3. juni 2026\n\nNy skolestruktur – jeres bemærkninger\n\n"
        "Børne- og Ungeudvalget har sendt forslaget til ny skolestruktur i høring, og vi beder om jeres bemærkninger.\n\n"
        "Med venlig hilsen\n\nJonas Friis\nSkolechef\n"
    )
    assert list(card.addressees) == []
