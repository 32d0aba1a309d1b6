"""Papers of a fifteenth round, written for these tests: letters, signatures, events, dates and deadlines.

Eight short papers of council systems and genres no earlier round used, with invented places, names and wording of
their own: a Saxon Große Kreisstadt's Informationsvorlage with an Einwohnerversammlung and a place-and-date line over
"gez." and the mayor, a Hessian council group's Anfrage to the chair of the Stadtverordnetenversammlung signed in two
columns, a Danish administration's orientering to a committee inviting it to a site visit, an Irish county council's
public notice of an information evening with a closing date for submissions, an English cabinet member's record of
decision with a call-in deadline, a Swiss Gemeinderat's invitation to a Vernehmlassung signed by its president and
its clerk, a Danish council member's question forwarded as an e-mail, and a Dutch-style council information letter
in English from the Board of Mayor and Aldermen. Their values were written down and committed before the papers were
first read (`bench/results/cards_heldout.md`, fifteenth round, letters). Where a reader could write a value two
ways, each reader's value is accepted (``OneOf``); values a reader could not settle (the addressee of a letter to
local parties, of a public notice's readers or of an e-mail to a secretariat) are left out; where a reader finds no
value, the card must not invent one.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a Saxon Große Kreisstadt's Informationsvorlage: Beratungsfolge, a residents' meeting, a place-and-date line over "gez."
SAXON_INFORMATIONSVORLAGE = """Große Kreisstadt Kohlberg
Dezernat III – Bau und Ordnung

Informationsvorlage                                   Vorlagen-Nr.: IV/0231/2026

Beratungsfolge                    Termin         Behandlung
Stadtrat                          26.03.2026     Kenntnisnahme

Betreff: Neugestaltung des Marktplatzes – Beteiligung der Einwohner

Sachdarstellung:
Der Entwurf für die Neugestaltung des Marktplatzes liegt vor. Die Verwaltung stellt ihn den Einwohnern in einer
Einwohnerversammlung am Dienstag, dem 17. März 2026, um 18:00 Uhr in der Aula der Oberschule Kohlberg,
Schulstraße 4, vor. Hinweise und Anregungen zum Entwurf können bis zum 31. März 2026 schriftlich beim
Stadtplanungsamt eingereicht werden.

Kohlberg, 2. März 2026

gez. Dr. Frank Leupold
Oberbürgermeister
"""

# 2. a Hessian council group's Anfrage to the chair of the Stadtverordnetenversammlung, signed in two columns
HESSIAN_ANFRAGE = """SPD-Fraktion in der Stadtverordnetenversammlung Wettenbach
Fraktionsbüro · Marktgasse 7 · 63999 Wettenbach

An den
Vorsitzenden der Stadtverordnetenversammlung
Herrn Klaus Dietrich
Rathaus
63999 Wettenbach

Wettenbach, 9. Februar 2026

Anfrage zur Sitzung der Stadtverordnetenversammlung am 26. Februar 2026
Sanierung des Hallenbads am Mühlgraben

Sehr geehrter Herr Dietrich,

wir bitten den Magistrat um die Beantwortung folgender Fragen:

1. Welche Kosten sind für die Sanierung des Hallenbads bisher veranschlagt?
2. Wann soll das Hallenbad wieder geöffnet werden?

Wir bitten um eine schriftliche Antwort bis zum 20. Februar 2026.

Mit freundlichen Grüßen

Sabine Roth                        Jörg Albers
Fraktionsvorsitzende               stellv. Fraktionsvorsitzender
"""

# 3. a Danish administration's orientering to a committee, inviting it to a site visit, with a registration date
DANISH_ORIENTERING = """Sølvdal Kommune
Vej og Park

Saksbehandler: Anders Holm
Vores ref.: 26/4411
Dato: 04.03.2026

Orientering til Teknik- og Miljøudvalget

Besigtigelse af Ådalsbroen

Ådalsbroen skal renoveres i 2027. Udvalget inviteres til en besigtigelse af broen onsdag den 18. marts 2026
kl. 15.30, hvor ingeniørfirmaet gennemgår skaderne. Mødested: P-pladsen ved Ådalsvej 12, Hvidbæk.

Tilmelding til udvalgssekretariatet senest mandag den 16. marts 2026.

Venlig hilsen

Anders Holm
Vejingeniør
"""

# 4. an Irish county council's public notice of an information evening on a draft plan, with a closing date
IRISH_PUBLIC_NOTICE = """COMHAIRLE CONTAE BHEALACH AN TSLÉIBHE
BALLYSLEVE COUNTY COUNCIL

PUBLIC NOTICE

Draft Kilbarra Local Area Plan 2026-2032

Notice is hereby given that Ballysleve County Council has prepared a Draft Local Area Plan for Kilbarra.
A public information evening will be held in the Community Hall, Main Street, Kilbarra on Thursday 5th March 2026
from 4pm to 8pm, where members of the planning team will be available to answer questions.

Submissions or observations may be made in writing or online no later than 4pm on Friday 27th March 2026.

Seán Ó Briain
Senior Planner
Planning Department
10th February 2026
"""

# 5. an English cabinet member's record of decision, with its publication date and call-in deadline
CABINET_DECISION_RECORD = """Eastholme Borough Council

RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER

Decision taker: Cabinet Member for Highways and Transport
Subject: Residents' Parking Zone K – Extension to Orchard Road
Date of decision: 3 February 2026
Date of publication: 4 February 2026
Call-in deadline: 5pm on 11 February 2026

Decision:
To extend Residents' Parking Zone K to Orchard Road and Vine Close, as set out in the report.

Reasons for the decision:
Parking surveys found that 92 per cent of spaces were taken by non-residents on weekdays.

Signed: Cllr Helen Marsh
Cabinet Member for Highways and Transport
"""

# 6. a Swiss Gemeinderat's invitation to a Vernehmlassung, signed by its president and its clerk in two columns
SWISS_VERNEHMLASSUNG = """Gemeinderat Rorbach
Gemeindehaus, Dorfstrasse 2, 8499 Rorbach

An die Ortsparteien
und die interessierten Vereine

Rorbach, 2. März 2026

Vernehmlassung zur Revision der Parkierungsverordnung

Sehr geehrte Damen und Herren

Der Gemeinderat hat den Entwurf einer revidierten Parkierungsverordnung verabschiedet und lädt Sie ein, dazu
Stellung zu nehmen. Die Unterlagen stellt er an einer Informationsveranstaltung am Mittwoch, 18. März 2026,
19.30 Uhr, in der Mehrzweckhalle Rorbach vor.

Ihre Stellungnahme erwarten wir bis spätestens 30. April 2026.

Freundliche Grüsse

Namens des Gemeinderates
Die Präsidentin                 Der Gemeindeschreiber
Andrea Zünd                     Marco Huber
"""

# 7. a Danish council member's question, forwarded from the mail system as it was sent
DANISH_MEMBER_EMAIL = """Fra: Hanne Vestergaard <hanve@bytinget.dk>
Sendt: 12. februar 2026 09:14
Til: Byrådssekretariatet <byraadssekretariatet@egeskov.dk>
Emne: Spørgsmål til administrationen om vintervedligeholdelse af cykelstier

Kære sekretariat

I henhold til styrelseslovens § 11 stiller jeg følgende spørgsmål til administrationen:

Hvor mange kilometer cykelsti blev saltet i januar, og hvor mange klager har kommunen modtaget over
glatte cykelstier?

Jeg beder om svar senest den 26. februar 2026.

Med venlig hilsen
Hanne Vestergaard
Byrådsmedlem (Det Grønne Parti)
"""

# 8. a Dutch-style council information letter in English from the Board of Mayor and Aldermen, signed by two
COUNCIL_INFORMATION_LETTER = """Municipality of Westerveen

COUNCIL INFORMATION LETTER

To: the members of the Municipal Council
From: the Board of Mayor and Aldermen
Date: 16 February 2026
Our reference: 2026-0187
Subject: Temporary closure of the Lindeweg bridge

Dear members of the council,

The Lindeweg bridge will be closed to all traffic from 2 March until 30 April 2026 for repairs to its deck.
We will inform the residents of Oosterhoek at an information evening on 9 March 2026 at 19.30 in the
council chamber of the town hall.

The Board of Mayor and Aldermen of Westerveen,
the secretary,                    the mayor,
Pieter de Vries                   Joke Bakker
"""


EXPECTED = [
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'addressees', ['Stadtrat'], id='saxon_vorlage-addressees'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'date', '2026-03-02', id='saxon_vorlage-date'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'signatories', ['Frank Leupold'], id='saxon_vorlage-signatories'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'events', ['2026-03-17'], id='saxon_vorlage-events'),
    pytest.param(SAXON_INFORMATIONSVORLAGE, 'deadlines', ['2026-03-31'], id='saxon_vorlage-deadlines'),
    pytest.param(
        HESSIAN_ANFRAGE, 'addressees', OneOf(['Stadtverordnetenversammlung'], ['Vorsitzender der Stadtverordnetenversammlung']),
        id='hessian_anfrage-addressees',
    ),
    pytest.param(HESSIAN_ANFRAGE, 'date', '2026-02-09', id='hessian_anfrage-date'),
    pytest.param(HESSIAN_ANFRAGE, 'signatories', ['Sabine Roth', 'Jörg Albers'], id='hessian_anfrage-signatories'),
    pytest.param(HESSIAN_ANFRAGE, 'deadlines', ['2026-02-20'], id='hessian_anfrage-deadlines'),
    pytest.param(HESSIAN_ANFRAGE, 'events', [], id='hessian_anfrage-events'),
    pytest.param(DANISH_ORIENTERING, 'addressees', ['Teknik- og Miljøudvalget'], id='danish_orientering-addressees'),
    pytest.param(DANISH_ORIENTERING, 'date', '2026-03-04', id='danish_orientering-date'),
    pytest.param(DANISH_ORIENTERING, 'case_handler', 'Anders Holm', id='danish_orientering-case_handler'),
    pytest.param(DANISH_ORIENTERING, 'signatories', ['Anders Holm'], id='danish_orientering-signatories'),
    pytest.param(DANISH_ORIENTERING, 'events', ['2026-03-18'], id='danish_orientering-events'),
    pytest.param(DANISH_ORIENTERING, 'deadlines', ['2026-03-16'], id='danish_orientering-deadlines'),
    pytest.param(IRISH_PUBLIC_NOTICE, 'date', '2026-02-10', id='irish_notice-date'),
    pytest.param(IRISH_PUBLIC_NOTICE, 'signatories', ['Seán Ó Briain'], id='irish_notice-signatories'),
    pytest.param(IRISH_PUBLIC_NOTICE, 'events', ['2026-03-05'], id='irish_notice-events'),
    pytest.param(IRISH_PUBLIC_NOTICE, 'deadlines', ['2026-03-27'], id='irish_notice-deadlines'),
    pytest.param(IRISH_PUBLIC_NOTICE, 'addressees', [], id='irish_notice-addressees'),
    pytest.param(CABINET_DECISION_RECORD, 'date', OneOf('2026-02-04', '2026-02-03'), id='decision_record-date'),
    pytest.param(CABINET_DECISION_RECORD, 'deadlines', ['2026-02-11'], id='decision_record-deadlines'),
    pytest.param(CABINET_DECISION_RECORD, 'signatories', ['Helen Marsh'], id='decision_record-signatories'),
    pytest.param(CABINET_DECISION_RECORD, 'events', [], id='decision_record-events'),
    pytest.param(SWISS_VERNEHMLASSUNG, 'date', '2026-03-02', id='swiss_vernehmlassung-date'),
    pytest.param(SWISS_VERNEHMLASSUNG, 'signatories', ['Andrea Zünd', 'Marco Huber'], id='swiss_vernehmlassung-signatories'),
    pytest.param(SWISS_VERNEHMLASSUNG, 'events', ['2026-03-18'], id='swiss_vernehmlassung-events'),
    pytest.param(SWISS_VERNEHMLASSUNG, 'deadlines', ['2026-04-30'], id='swiss_vernehmlassung-deadlines'),
    pytest.param(DANISH_MEMBER_EMAIL, 'date', '2026-02-12', id='danish_email-date'),
    pytest.param(DANISH_MEMBER_EMAIL, 'signatories', ['Hanne Vestergaard'], id='danish_email-signatories'),
    pytest.param(DANISH_MEMBER_EMAIL, 'deadlines', ['2026-02-26'], id='danish_email-deadlines'),
    pytest.param(DANISH_MEMBER_EMAIL, 'events', [], id='danish_email-events'),
    pytest.param(
        COUNCIL_INFORMATION_LETTER, 'addressees', OneOf(['Municipal Council'], ['Council'], ['the members of the Municipal Council']),
        id='information_letter-addressees',
    ),
    pytest.param(COUNCIL_INFORMATION_LETTER, 'date', '2026-02-16', id='information_letter-date'),
    pytest.param(COUNCIL_INFORMATION_LETTER, 'signatories', ['Pieter de Vries', 'Joke Bakker'], id='information_letter-signatories'),
    pytest.param(COUNCIL_INFORMATION_LETTER, 'events', ['2026-03-09'], id='information_letter-events'),
    pytest.param(COUNCIL_INFORMATION_LETTER, 'deadlines', [], id='information_letter-deadlines'),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_fifteenth_round_letter_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)


# --- The general rules the round's misses asked for, each on a paper of its own wording in another layout ---------


def test_a_day_by_which_proposals_can_be_handed_in_is_a_deadline():
    card = analyse(
        "Gemeinde Lindach\nHauptamt\n\nBekanntmachung\n\nEhrenamtspreis 2026\n\n"
        "Vorschläge für den Ehrenamtspreis können bis zum 15. Mai 2026 im Bürgerbüro eingereicht werden.\n"
    )
    assert read_field(card, "deadlines") == ["2026-05-15"]


def test_a_day_by_which_an_answer_is_asked_for_is_a_deadline():
    card = analyse(
        "Anfrage der Wählergruppe Grüne Liste\n\nBetreff: Straßenbeleuchtung im Neubaugebiet\n\n"
        "Wie viele Leuchten sind seit Januar ausgefallen? Um Antwort wird bis zum 4. Juni 2026 gebeten.\n"
    )
    assert read_field(card, "deadlines") == ["2026-06-04"]


def test_proposals_reported_as_handed_in_by_a_day_set_no_deadline():
    card = analyse(
        "Gemeinde Lindach\n\nMitteilung\n\nEhrenamtspreis 2025\n\n"
        "Die Vorschläge wurden bis zum 15. Mai 2025 im Bürgerbüro eingereicht; die Jury hat getagt.\n"
    )
    assert read_field(card, "deadlines") == []


def test_a_committees_site_visit_is_an_event():
    card = analyse(
        "Punkt 6. Udvidelse af havnepromenaden\n\nSagsfremstilling\n"
        "Udvalget afholder besigtigelse på havnepromenaden tirsdag den 2. juni 2026 kl. 16.00 med start ved havnekontoret.\n"
    )
    assert read_field(card, "events") == ["2026-06-02"]


def test_an_event_dated_by_weekday_comma_and_day_takes_that_day():
    card = analyse(
        "Marktgemeinde Obersulz\n\nMitteilung an den Marktgemeinderat\n\nKanalsanierung Hauptstraße\n\n"
        "Die Bauarbeiten werden den Anwohnern in einer Bürgerversammlung am Donnerstag, dem 11. Juni 2026, um 19 Uhr in "
        "der Turnhalle erläutert.\n"
    )
    assert read_field(card, "events") == ["2026-06-11"]


def test_the_norwegian_case_handler_label_names_the_case_handler():
    card = analyse(
        "Saksframlegg\n\nSaksbehandler: Ingrid Solberg\nArkivsak: 26/118\n\nUtvidelse av skolebussruten til Nordli\n\n"
        "Rådmannen foreslår at ruten utvides fra august.\n"
    )
    assert card.case_handler == "Ingrid Solberg"


def test_an_officer_with_an_irish_surname_signs_a_notice_with_a_job_title_under_the_name():
    card = analyse(
        "Social Housing\n\nNotice of Allocation Scheme Review\n\n"
        "The Housing Section is reviewing its allocation scheme and will publish the revised scheme in June.\n\n"
        "Aoife Ní Bhriain\nAdministrative Officer\nHousing Section\n"
    )
    assert card.signatories == ("Aoife Ní Bhriain",)


def test_a_contact_named_with_a_job_title_in_the_head_does_not_sign():
    card = analyse(
        "Notice of Road Closure\n\nContact:\nMáire Ní Dhonaill\nSenior Executive Engineer\n\n"
        "The R412 at Carrigmore will be closed for resurfacing during the works described below. Diversions will be signed "
        "on the local roads and access for residents will be kept at all times.\n\n"
        "Local traffic only.\nBus services will run as usual.\nDeliveries by arrangement.\nCyclists must dismount.\n"
        "Parking at the church is reserved for residents.\nThe works are funded by the national roads programme.\n"
    )
    assert card.signatories == ()


def test_names_under_a_row_of_the_offices_that_sign_are_the_signatories():
    card = analyse(
        "Verhandlungsschrift\n\nüber die Sitzung des Gemeinderates der Gemeinde Hinterau am 12. Mai 2026\n\n"
        "Der Gemeinderat beschließt die Anschaffung eines Kommunalfahrzeugs.\n\n"
        "Bürgermeister                 Schriftführerin\n"
        "Ortwin Egger                  Gerlinde Lindner\n"
    )
    assert sorted(card.signatories) == ["Gerlinde Lindner", "Ortwin Egger"]


def test_a_letter_to_the_chair_of_a_committee_is_addressed_to_the_committee():
    card = analyse(
        "Barrowford Residents' Association\n12 Mill Lane\nBarrowford BB9 8QT\n\n"
        "The Chair of the Planning Committee\nCllr Mary Jones\nCounty Hall\nHigh Street\nBarrowford BB9 6AB\n\n"
        "4 May 2026\n\nDear Chair,\n\nObjection to application 26/0144\n\n"
        "The residents' association objects to the application for the reasons set out below.\n\n"
        "Yours sincerely\n\nPeter Hale\nSecretary\n"
    )
    assert list(card.addressees) == ["Planning Committee"]


def test_a_date_set_over_a_signature_is_the_day_the_paper_was_signed():
    card = analyse(
        "Gemeinde Hinterau\n\nBekanntmachung\n\n"
        "Die Sitzung des Bauausschusses am 12. März 2026 entfällt, da keine Beratungsgegenstände vorliegen.\n\n"
        "4. März 2026\n\nGEMEINDE HINTERAU\ngez. Ortwin Egger\nBürgermeister\n\n"
        "Diese Bekanntmachung wird auch im Internet unter www.hinterau.at veröffentlicht.\n"
    )
    assert read_field(card, "date") == "2026-03-04"


def test_a_meeting_line_over_a_signature_does_not_date_the_paper():
    card = analyse(
        "Gemeinde Hinterau\n\nEinladung\n\nZur Sitzung des Bauausschusses lade ich ein.\n\n"
        "Sitzung am 12. März 2026\ngez. Ortwin Egger\nBürgermeister\n\nTagesordnung folgt.\n"
    )
    assert card.date is None


def test_the_town_and_county_under_a_recipients_street_are_no_addressees():
    card = analyse(
        "Fenby Allotment Society\nThe Pavilion, Fenby\n\nMr Daniel Roe\nParish Clerk\n2 Mill Lane\nLower Fenby\nLincolnshire\n"
        "LN4 7TR\n\n3 March 2026\n\nDear Mr Roe\n\nRent review for the allotment site\n\n"
        "The Society asks the Parish Council to hold the rent at its present level for 2026.\n\n"
        "Yours sincerely\n\nGlenys Harper\nSecretary\n"
    )
    assert list(card.addressees) == ["Daniel Roe"]


def test_names_in_columns_over_their_roles_at_the_end_of_minutes_are_the_signatories():
    card = analyse(
        "Protokoll\n\nSitzung des Ortsbeirats Wiesental am 3. März 2026\n\nTOP 1 Spielplatz am Bach\n"
        "Der Ortsbeirat stimmt der Planung zu.\n\nWiesental, 5. März 2026\n\n"
        "Ilka Brosowski\tTammo Wendt\nVorsitzende\tSchriftführer\n"
    )
    assert sorted(card.signatories) == ["Ilka Brosowski", "Tammo Wendt"]


def test_names_in_columns_under_contact_labels_do_not_sign():
    card = analyse(
        "Report to Cabinet\n\nLibrary Opening Hours\n\n1. Recommendation\nThat Cabinet agrees the new hours.\n\n"
        "9. Contact details\n\nReport Author:\tRelevant Director:\nTamsin Hollis\tOrla Penhale\n"
        "Libraries Manager\tDirector of Communities\n"
    )
    assert card.signatories == ()


def test_an_abbreviated_title_before_a_given_name_is_no_part_of_the_signers_name():
    card = analyse(
        "Ashcombe Parish Council\n\nAnnual Report of the Chair 2025-26\n\nThe Council resurfaced the village car park and "
        "planted forty trees on the green this year.\n\nRev. Daniel Walsh\nChair\n"
    )
    assert card.signatories == ("Daniel Walsh",)
