"""Papers of an eighteenth round, written for these tests: letters, signatures, events, dates and deadlines.

Eight short papers of council systems and genres no earlier round used, with invented places, names and wording of
their own: a Danish ældreråd's høringssvar to a committee, signed by its chair and vice-chair in two columns; a German
Jugendparlament's Einladung to its members with a youth forum and two dates to answer by, one without its year; an
English parish council's notice of the annual parish meeting, "Dated this … day of …"; a Canadian regional district's
notice of public hearing with "DATE:", "TIME:" and "PLACE:" rows; a Danish "Høring om …" letter whose recipients
follow a "Modtagere:" label on one line; a London borough's response to a petition with a drop-in session and the day
a consultation closes; a Berlin Bezirksverordnetenversammlung's written question with the Bezirksamt's answer; and an
Australian shire council's briefing note to councillors with an expo, an RSVP day without its year and the end of a
public exhibition. Their values were written down and committed before the papers were first read
(`bench/results/cards_heldout.md`, eighteenth round, letters). Where a reader could write a value two ways, each
reader's value is accepted (``OneOf``); values a reader could not settle (the addressee of a public notice and of a
petition response to its lead petitioner, a case handler named only as a clerk, author or responding officer) are
left out; where a reader finds no value, the card must not invent one.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Danish ældreråd's høringssvar to a committee, signed by its chair and vice-chair in two columns
AELDRERAAD_HOERINGSSVAR = """Ældrerådet i Kærby Kommune
Sekretariat: Kærby Rådhus, Torvet 2, 6999 Kærby

Til Sundheds- og Ældreudvalget
                                                        Kærby, den 2. juni 2026

Høringssvar: Forslag til ny værdighedspolitik

Ældrerådet takker for muligheden for at afgive høringssvar. Rådet støtter forslaget, men savner et afsnit om
ensomhed blandt ældre, der bor alene, og foreslår, at politikken følges op af en årlig status til udvalget.

Ældrerådet inviterer kommunens ældre borgere til et åbent møde om politikken tirsdag den 16. juni 2026 kl. 14.00 i
Kærby Medborgerhus, Skolevej 4.

På Ældrerådets vegne

Bodil Skovgaard                     Per Lunde
Formand                             Næstformand
"""

# 2. a German Jugendparlament's Einladung: a youth forum, a day to volunteer by and a day to send apologies by
JUGENDPARLAMENT_EINLADUNG = """Jugendparlament der Stadt Wiesenau
Die Sprecherin
c/o Geschäftsstelle im Amt für Jugend, Marktstraße 5, 09999 Wiesenau

An alle Mitglieder des Jugendparlaments
nachrichtlich: Oberbürgermeister, Fraktionen des Stadtrates

Wiesenau, 20.05.2026

Einladung zur 7. Sitzung des Jugendparlaments

Liebe Jugendparlamentarierinnen und Jugendparlamentarier,

hiermit lade ich euch zur 7. Sitzung am Mittwoch, 10. Juni 2026, 17:00 Uhr, in den Ratssaal des Rathauses ein.

Tagesordnung (öffentlich):
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Skatepark am Mühlgraben – Bericht der Arbeitsgruppe
3. Jugendforum 2026
4. Verschiedenes

Das Jugendforum findet am Samstag, 27. Juni 2026, von 12 bis 18 Uhr im Jugendhaus Kesselhaus statt. Wer beim Aufbau
helfen möchte, meldet sich bitte bis zum 17. Juni 2026 bei der Geschäftsstelle.

Wer nicht kommen kann, sagt bitte bis Montag, 8. Juni, bei der Geschäftsstelle ab.

Viele Grüße

Lea Brandt
Sprecherin des Jugendparlaments
"""

# 3. an English parish council's notice of the annual parish meeting
PARISH_MEETING_NOTICE = """HOLLINGWORTH ST MARY PARISH COUNCIL

NOTICE OF ANNUAL PARISH MEETING

Notice is hereby given that the Annual Parish Meeting of the electors of Hollingworth St Mary will be held in the
Reading Room, Church Lane, on Thursday 21st May 2026 at 7.30pm.

All local government electors for the parish are entitled to attend and to raise matters of parish interest.
Questions for the meeting should reach the Clerk by Thursday 14th May.

Signed: Gwen Ashby
Chairman of the Parish Council

Dated this 29th day of April 2026

Clerk: Mr R. Tolley, 3 The Green, Hollingworth St Mary HS9 9ZZ
clerk@hollingworthstmary-pc.gov.uk
"""

# 4. a Canadian regional district's notice of public hearing with DATE / TIME / PLACE rows
REGIONAL_DISTRICT_HEARING = """REGIONAL DISTRICT OF CEDAR SOUND

NOTICE OF PUBLIC HEARING

Bylaw No. 1187, 2026 – Zoning Amendment (Electoral Area C)

Notice is given that the Board of the Regional District of Cedar Sound will hold a Public Hearing on the bylaw:

DATE:    Wednesday, July 8, 2026
TIME:    7:00 PM
PLACE:   Marten Bay Community Hall, 220 Harbour Drive, Marten Bay

The bylaw would rezone 14 Otter Lane from Rural Residential to Small Holdings to allow two dwellings on the lot.

Written submissions must be received by the Corporate Officer no later than 4:00 PM on Monday, July 6, 2026.
Submissions will form part of the public record.

A copy of the bylaw may be inspected at the Regional District office, 1 Ferry Road, Port Ashgrove, from
June 22, 2026 until the hearing, Monday to Friday between 8:30 AM and 4:30 PM.

Dated at Port Ashgrove, this 17th day of June, 2026.

Naomi Desjardins
Corporate Officer
"""

# 5. a Danish "Høring om …" letter whose recipients follow a "Modtagere:" label on one line
HOERING_OM_TILSKUD = """Nørrebjerg Kommune · Kultur og Fritid · Stationsvej 12 · 5999 Nørrebjerg

Høring om forslag til ny tilskudsmodel for foreningslivet

Modtagere: Folkeoplysningsudvalget, Lokaludvalget for Strandby

Dato: 11. maj 2026
Sagsnr.: 18.15.00-A00-3-26
Sagsbehandler: Rasmus Holt Iversen

Kultur- og Fritidsudvalget har på sit møde den 5. maj 2026 sendt forslaget til ny tilskudsmodel i høring. Modellen
fordeler lokaletilskud efter antal aktive medlemmer under 25 år.

Forvaltningen holder et informationsmøde om modellen tirsdag den 26. maj 2026 kl. 19.00 i Strandbyhallens cafeteria.

Høringsfristen er fredag den 12. juni 2026 kl. 12.00. Svar sendes til kulturogfritid@noerrebjerg.dk.

Med venlig hilsen

Rasmus Holt Iversen
Fritidskonsulent
"""

# 6. a London borough's response to a petition, with a drop-in session and the day a consultation closes
PETITION_RESPONSE = """London Borough of Ashford Vale

Response to petition: Keep Thornbury Road Library open

Lead petitioner: Ms Jasmine Okoro
Petition received: 3 March 2026 (2,148 signatures)
Date of response: 14 April 2026
Responding officer: Daniel Frost, Head of Libraries

Dear Ms Okoro,

Thank you for your petition. No decision has been taken on the future of Thornbury Road Library. The Council is
consulting residents on options for the library service, and your petition will be considered as part of it.

Officers will hold a drop-in session at Thornbury Road Library on Saturday 9 May 2026 from 10am to 1pm. The
consultation closes at 11.59pm on Sunday 31 May 2026; responses can be made online or on paper at any library.

Yours sincerely,

Cllr Priya Natarajan
Cabinet Member for Culture and Communities
"""

# 7. a Berlin Bezirksverordnetenversammlung's written question with the Bezirksamt's answer
BVV_SCHRIFTLICHE_ANFRAGE = """Bezirksverordnetenversammlung Falkenhain von Berlin
Drucksache: 0917/VI

Schriftliche Anfrage
der Bezirksverordneten Marta Kowalczyk
vom 02.03.2026

Betreff: Sanierung der Turnhalle der Grundschule am Weiher

Ich frage das Bezirksamt:
1. Welche Arbeiten sind an der Turnhalle vorgesehen?
2. Wann beginnen die Arbeiten, und wie werden die Eltern informiert?

Beantwortung durch das Bezirksamt Falkenhain vom 19.03.2026

Zu 1.: Dach und Sanitärräume werden erneuert.
Zu 2.: Die Arbeiten beginnen in den Sommerferien. Die Eltern werden auf einer Informationsveranstaltung am Dienstag,
21. April 2026, um 18 Uhr in der Aula der Schule unterrichtet. Die Angebote der Firmen sind bis zum 30. April 2026
beim Bezirksamt einzureichen.

Torben Aschenbach
Bezirksstadtrat für Schule und Sport
"""

# 8. an Australian shire council's briefing note to councillors: an expo, an RSVP day without its year, an exhibition
SHIRE_BRIEFING_NOTE = """BRIGALOW DOWNS SHIRE COUNCIL

BRIEFING NOTE

To:         Councillors
CC:         Chief Executive Officer
From:       Manager Community Services
Date:       3 August 2026
Subject:    Seniors Week 2026 and the draft Age-Friendly Strategy

Purpose
To inform Councillors of the Seniors Week program and of the consultation on the draft Age-Friendly Strategy.

Seniors Week
The Seniors Expo will be held at the Brigalow Downs Showgrounds Pavilion on Wednesday 19 August 2026 from 9am to
2pm. Councillors are invited to the official opening at 9.30am; please RSVP to the Executive Assistant by Friday
14 August.

Consultation
The draft strategy is on public exhibition until 5pm Friday 4 September 2026, when submissions close.

Recommendation
That Councillors note the briefing.

Tamsin Riley
Community Development Officer
"""


EXPECTED = [
    pytest.param(
        AELDRERAAD_HOERINGSSVAR, 'addressees', ['Sundheds- og Ældreudvalget'], id='aeldreraad_svar-addressees'
    ),
    pytest.param(AELDRERAAD_HOERINGSSVAR, 'date', '2026-06-02', id='aeldreraad_svar-date'),
    pytest.param(AELDRERAAD_HOERINGSSVAR, 'events', ['2026-06-16'], id='aeldreraad_svar-events'),
    pytest.param(AELDRERAAD_HOERINGSSVAR, 'deadlines', [], id='aeldreraad_svar-deadlines'),
    pytest.param(
        AELDRERAAD_HOERINGSSVAR, 'signatories', ['Bodil Skovgaard', 'Per Lunde'], id='aeldreraad_svar-signatories'
    ),
    pytest.param(
        JUGENDPARLAMENT_EINLADUNG, 'addressees',
        OneOf(['Jugendparlament'], ['Mitglieder des Jugendparlaments'], ['Jugendparlament der Stadt Wiesenau']),
        id='jugendparlament-addressees',
    ),
    pytest.param(JUGENDPARLAMENT_EINLADUNG, 'date', '2026-05-20', id='jugendparlament-date'),
    pytest.param(JUGENDPARLAMENT_EINLADUNG, 'events', ['2026-06-27'], id='jugendparlament-events'),
    pytest.param(JUGENDPARLAMENT_EINLADUNG, 'deadlines', ['2026-06-08', '2026-06-17'], id='jugendparlament-deadlines'),
    pytest.param(JUGENDPARLAMENT_EINLADUNG, 'signatories', ['Lea Brandt'], id='jugendparlament-signatories'),
    pytest.param(PARISH_MEETING_NOTICE, 'date', '2026-04-29', id='parish_notice-date'),
    pytest.param(PARISH_MEETING_NOTICE, 'events', ['2026-05-21'], id='parish_notice-events'),
    pytest.param(PARISH_MEETING_NOTICE, 'deadlines', ['2026-05-14'], id='parish_notice-deadlines'),
    pytest.param(PARISH_MEETING_NOTICE, 'signatories', ['Gwen Ashby'], id='parish_notice-signatories'),
    pytest.param(REGIONAL_DISTRICT_HEARING, 'date', '2026-06-17', id='regional_district-date'),
    pytest.param(REGIONAL_DISTRICT_HEARING, 'events', ['2026-07-08'], id='regional_district-events'),
    pytest.param(REGIONAL_DISTRICT_HEARING, 'deadlines', ['2026-07-06'], id='regional_district-deadlines'),
    pytest.param(REGIONAL_DISTRICT_HEARING, 'signatories', ['Naomi Desjardins'], id='regional_district-signatories'),
    pytest.param(REGIONAL_DISTRICT_HEARING, 'addressees', [], id='regional_district-addressees'),
    pytest.param(
        HOERING_OM_TILSKUD, 'addressees', ['Folkeoplysningsudvalget', 'Lokaludvalget for Strandby'],
        id='hoering_om-addressees',
    ),
    pytest.param(HOERING_OM_TILSKUD, 'date', '2026-05-11', id='hoering_om-date'),
    pytest.param(HOERING_OM_TILSKUD, 'case_handler', 'Rasmus Holt Iversen', id='hoering_om-case_handler'),
    pytest.param(HOERING_OM_TILSKUD, 'events', ['2026-05-26'], id='hoering_om-events'),
    pytest.param(HOERING_OM_TILSKUD, 'deadlines', ['2026-06-12'], id='hoering_om-deadlines'),
    pytest.param(HOERING_OM_TILSKUD, 'signatories', ['Rasmus Holt Iversen'], id='hoering_om-signatories'),
    pytest.param(PETITION_RESPONSE, 'date', '2026-04-14', id='petition_response-date'),
    pytest.param(PETITION_RESPONSE, 'events', ['2026-05-09'], id='petition_response-events'),
    pytest.param(PETITION_RESPONSE, 'deadlines', ['2026-05-31'], id='petition_response-deadlines'),
    pytest.param(PETITION_RESPONSE, 'signatories', ['Priya Natarajan'], id='petition_response-signatories'),
    pytest.param(
        BVV_SCHRIFTLICHE_ANFRAGE, 'addressees',
        OneOf(['Bezirksamt'], ['Bezirksamt Falkenhain'], ['Bezirksamt Falkenhain von Berlin']),
        id='bvv_anfrage-addressees',
    ),
    pytest.param(BVV_SCHRIFTLICHE_ANFRAGE, 'date', OneOf('2026-03-02', '2026-03-19'), id='bvv_anfrage-date'),
    pytest.param(BVV_SCHRIFTLICHE_ANFRAGE, 'events', ['2026-04-21'], id='bvv_anfrage-events'),
    pytest.param(BVV_SCHRIFTLICHE_ANFRAGE, 'deadlines', ['2026-04-30'], id='bvv_anfrage-deadlines'),
    pytest.param(
        BVV_SCHRIFTLICHE_ANFRAGE, 'signatories',
        OneOf(['Torben Aschenbach'], ['Marta Kowalczyk', 'Torben Aschenbach']),
        id='bvv_anfrage-signatories',
    ),
    pytest.param(SHIRE_BRIEFING_NOTE, 'addressees', OneOf(['Councillors'], ['Council']), id='shire_briefing-addressees'),
    pytest.param(SHIRE_BRIEFING_NOTE, 'date', '2026-08-03', id='shire_briefing-date'),
    pytest.param(SHIRE_BRIEFING_NOTE, 'events', ['2026-08-19'], id='shire_briefing-events'),
    pytest.param(SHIRE_BRIEFING_NOTE, 'deadlines', ['2026-08-14', '2026-09-04'], id='shire_briefing-deadlines'),
    pytest.param(SHIRE_BRIEFING_NOTE, 'signatories', ['Tamsin Riley'], id='shire_briefing-signatories'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_an_eighteenth_round_letter_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)


# --- The general rules the round's misses asked for, each on a paper of its own wording in another layout ---------


def test_a_notice_dated_this_day_of_a_month_is_dated_that_day():
    card = analyse(
        "SHIRE OF WANDOO CREEK\n\nPUBLIC NOTICE\n\nProposed Closure of Old Mill Road\n\n"
        "Council intends to close the unsealed section of Old Mill Road between the quarry and the creek crossing.\n\n"
        "Dated at Millbrook, this 3rd day of March, 2026.\n\nGreg Tamblyn\nChief Executive Officer\n"
    )
    assert read_field(card, "date") == "2026-03-03"


def test_an_answer_is_dated_by_its_date_of_reply_not_by_the_day_the_question_came():
    card = analyse(
        "Kilbarra Council\n\nWritten Question and Answer\n\nQuestion lodged: 2 May 2026\nDate of reply: 12 May 2026\n\n"
        "Bus shelters on the A899\n\nHow many bus shelters on the A899 will be replaced this year?\n\n"
        "Answer: Six shelters will be replaced before the end of October.\n"
    )
    assert read_field(card, "date") == "2026-05-12"


_SCHEDULED_ASSEMBLY = (
    "Gemeinde Lindwurm\n\nBekanntmachung\n\nWir laden alle Einwohnerinnen und Einwohner zur Einwohnerversammlung ein:\n\n"
    "Datum: Donnerstag, 11. Juni 2026\nZeit: 19.00 Uhr\nOrt: Bürgerhaus Lindwurm, Saal 1\n\n"
    "Themen sind der Haushalt 2027 und die Sanierung der Kita Sonnenhang.\n"
)


def test_a_date_row_beside_a_time_row_dates_the_event_it_follows():
    assert read_field(analyse(_SCHEDULED_ASSEMBLY), "events") == ["2026-06-11"]


def test_a_date_row_beside_a_time_row_is_not_the_papers_date():
    assert read_field(analyse(_SCHEDULED_ASSEMBLY), "date") is None


def test_a_date_row_without_a_time_row_beside_it_still_dates_the_paper():
    card = analyse(
        "MEMORANDUM\n\nTo: Members of the Licensing Board\nFrom: Clerk to the Board\nDate: 6 July 2026\n"
        "Subject: Street trading pitches\n\nThe Board is asked to note the list of pitches renewed this year.\n"
    )
    assert read_field(card, "date") == "2026-07-06"


def test_bodies_listed_after_a_recipients_label_are_each_an_addressee():
    card = analyse(
        "Harwood District Council\n\nBriefing Note\n\nRecipients: Audit Committee, Standards Committee\nDate: 9 June 2026\n\n"
        "Annual Governance Statement\n\nThe draft statement will be published with the accounts at the end of the month.\n"
    )
    assert sorted(card.addressees) == ["Audit Committee", "Standards Committee"]


def test_one_body_whose_name_holds_a_comma_stays_one_addressee():
    card = analyse(
        "Stadt Wellheim\n\nMitteilungsvorlage\n\nEmpfänger: Ausschuss für Soziales, Migration und Wohnen\n\n"
        "Wohnraumbericht 2025\n\nDer Bericht liegt vor und wird in der nächsten Sitzung erläutert.\n"
    )
    assert list(card.addressees) == ["Ausschuss für Soziales, Migration und Wohnen"]


def test_an_open_meeting_a_danish_local_council_holds_is_an_event():
    card = analyse(
        "Lokalrådet for Sønderby\n\nNyhedsbrev juni 2026\n\n"
        "Lokalrådet holder åbent møde onsdag den 9. september 2026 kl. 19.00 i Sønderby Forsamlingshus, hvor byens "
        "nye legeplads præsenteres.\n"
    )
    assert read_field(card, "events") == ["2026-09-09"]


def test_the_annual_meeting_of_a_towns_electors_is_an_event():
    card = analyse(
        "Easthope Town Council\n\nAnnual Town Meeting\n\n"
        "The Annual Town Meeting will be held at the Corn Exchange on Tuesday 14 April 2026 at 7pm. Residents may "
        "ask the Mayor about the Council's work over the year.\n"
    )
    assert read_field(card, "events") == ["2026-04-14"]


def test_a_participation_that_ends_at_an_hour_on_a_day_sets_a_deadline():
    card = analyse(
        "Stadt Ebersfeld\n\nInformationsvorlage\n\nRadverkehrskonzept\n\n"
        "Die Online-Beteiligung endet um 24 Uhr am 30. Juni 2026; danach werden die Hinweise ausgewertet.\n"
    )
    assert read_field(card, "deadlines") == ["2026-06-30"]


def test_an_office_named_by_its_portfolio_under_a_name_is_no_signatory():
    card = analyse(
        "Cyngor Tref Llanfair\n\nDear Resident,\n\nParking at the harbour\n\n"
        "The new charges for the harbour car park start in July and are set out on the enclosed sheet.\n\n"
        "Yours faithfully,\n\nCllr Dafydd Rees\nPortfolio Holder for Highways and Parking\n"
    )
    assert card.signatories == ("Dafydd Rees",)


def test_a_letter_to_all_members_of_a_body_is_addressed_to_its_members():
    card = analyse(
        "Pendle Vale Youth Council\n\nTo all members of the Youth Council\n\n4 September 2026\n\n"
        "Dear members,\n\nThe autumn residential is planned for October and places are limited.\n\n"
        "Best regards\n\nAmira Shah\nYouth Worker\n"
    )
    assert list(card.addressees) == ["members of the Youth Council"]


def test_a_motion_is_dated_by_the_day_under_its_genre():
    card = analyse(
        "Ortsbeirat Nordend\n\nAntrag\nder Fraktion Grüne Mitte\nvom 14.05.2026\n\nBetreff: Tempo 30 in der Lindenstraße\n\n"
        "Der Ortsbeirat möge beschließen: Der Magistrat wird gebeten, in der Lindenstraße Tempo 30 anzuordnen.\n"
    )
    assert read_field(card, "date") == "2026-05-14"


def test_a_day_under_a_sitting_is_not_the_papers_date():
    card = analyse(
        "Stadt Wellheim\n\nMitteilung zur Sitzung des Bauausschusses\nvom 12.03.2026\n\n"
        "Betreff: Sperrung der Brückenstraße\n\nDie Brückenstraße bleibt bis Ende April gesperrt, weil die Prüfung länger dauert.\n"
    )
    assert read_field(card, "date") != "2026-03-12"


def test_the_body_a_written_question_asks_is_its_addressee():
    card = analyse(
        "Stadtverordnetenversammlung Hainburg\n\nAnfrage Nr. 118\n\nBetreff: Spielplätze im Stadtteil Ost\n\n"
        "Wir fragen den Magistrat:\n1. Wie viele Spielplätze im Stadtteil Ost sind gesperrt?\n"
        "2. Bis wann werden sie wieder geöffnet?\n\nFraktion Bürgerliste Hainburg\n"
    )
    assert list(card.addressees) == ["Magistrat"]


# --- Two misreadings left from the seventeenth round: a deadline's year, a past event recalled in minutes -----------


def test_a_deadline_without_a_year_takes_the_year_of_a_whole_date_before_it_not_of_a_plan_period():
    card = analyse(
        "Idrætspuljen – uddeling af restmidler\n\n"
        "Ansøgningerne blev gennemgået på rådets dialogmøde 3.11.2026 med foreningerne.\n\n"
        "Puljen dækker tilskud i 2026 og 2027.\n\n"
        "Sagen sendes i høring i Idrætsrådet. Høringssvar sendes senest kl. 12 den 16. november\n"
    )
    assert read_field(card, "deadlines") == ["2026-11-16"]


def test_a_year_written_in_the_deadlines_own_sentence_is_its_year():
    card = analyse(
        "Fritidspuljen\n\nForeningerne mødtes med forvaltningen 3.5.2026 om næste sæson.\n\n"
        "Tilskud til sæsonen 2027 skal søges senest den 1. februar, og ansøgningen sendes til fritid@vestby.dk.\n"
    )
    assert read_field(card, "deadlines") == ["2027-02-01"]


def test_minutes_list_the_events_to_come_not_those_their_meeting_heard_had_passed():
    card = analyse(
        "Niederschrift\n\nüber die öffentliche Sitzung des Ortschaftsrates Birkenau am 4. Mai 2026\n\n"
        "TOP 3 Mitteilungen des Ortsvorstehers\n\n"
        "- Der Infoabend zur Dorfentwicklung am 20.04.2026 war eine gelungene Veranstaltung.\n"
        "- Das Sommerfest findet am 13. Juni 2026 auf dem Festplatz statt.\n"
    )
    assert read_field(card, "events") == ["2026-06-13"]


def test_an_occasion_named_only_by_its_quoted_title_that_takes_place_on_a_day_is_an_event():
    card = analyse(
        "Porthallow Town Council\n\nTown Clerk's Report\n\nCommunity events\n\n"
        "“Ride the Ridge” will take place on Saturday 5 September 2026 along the coastal path, starting at the harbour.\n"
    )
    assert read_field(card, "events") == ["2026-09-05"]


def test_a_sitting_with_a_quoted_theme_that_takes_place_is_no_event():
    card = analyse(
        "Gemeinde Talheim\n\nMitteilung\n\nHaushaltsberatungen\n\n"
        "Die Sitzung „Haushalt 2027“ findet am 3. November 2026 im Ratssaal statt.\n"
    )
    assert read_field(card, "events") == []
