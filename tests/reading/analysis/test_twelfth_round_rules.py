"""General rules of the twelfth round, each on a text of its own (not the round's papers)."""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.title import find_title

ENGLISH_ITEM = """EXTRAORDINARY COUNCIL MEETING
AGENDA
9 JUNE 2025

City of Harbourview

8.2 Adoption of the Coastal Hazard Adaptation Plan

Directorate:            Planning and Environment
Author:                 Tomás Reyes, Coastal Planner
File No:                D24/5521

Officers' Recommendation
That Council adopts the Coastal Hazard Adaptation Plan.

Background
The plan was exhibited for six weeks and 58 submissions were received.
"""

DANISH_ITEM = """Lyngbjerg Kommune
Teknik- og Miljøudvalget
Ekstraordinært møde den 3. juni 2025

Punkt 2: Renovering af svømmehallen i Lyngbjerg

Sagsnummer:     82.06.00-G01-4-25
Sagsansvarlig:  Ole Brink
Forvaltning:    Teknik og Miljø

Sagsfremstilling
Svømmehallens tag og ventilation skal udskiftes.

Forvaltningens indstilling
Teknik og Miljø indstiller, at udvalget godkender renoveringen.
"""

US_REQUEST = """TOWN OF PINE HOLLOW
REQUEST FOR COUNCIL ACTION

Item Number:     3.A
To:              Mayor and Town Council
Prepared by:     Dana Whitfield, Finance Manager
Department:      Finance
Date Prepared:   March 3, 2025

SUBJECT: Adoption of the Fiscal Year 2025-26 Fee Schedule

RECOMMENDATION:
Adopt the fee schedule as set out in Exhibit A.
"""


def test_a_genre_line_naming_its_author_and_addressee_is_no_title():
    text = "Bericht und Antrag des Gemeinderates an die Gemeindeversammlung\n\nNeubau des Feuerwehrdepots Oberdorf\n\nAusgangslage\nDas Depot ist zu klein.\n"
    assert find_title(text) == "Neubau des Feuerwehrdepots Oberdorf"


def test_an_offices_report_named_alone_over_its_addressee_is_no_title():
    text = (
        "Westmere County Council\n\nCounty Manager's Report\nto the Members of Westmere County Council\n\n"
        "Taking in Charge of Residential Estates at Glenmore\n\n1. Introduction\nThe estates have been inspected.\n"
    )
    assert find_title(text) == "Taking in Charge of Residential Estates at Glenmore"


def test_a_department_in_the_head_is_no_title():
    text = "Stadt Rheinau\nStadtrat\n\nDepartement Bildung und Sport\n\nErweiterung der Schulanlage Auwiesen\n\nAntrag\nDer Gemeinderat beschliesst:\n"
    assert find_title(text) == "Erweiterung der Schulanlage Auwiesen"


def test_an_item_numbered_with_a_colon_loses_its_number_in_the_title():
    assert find_title("Punkt 12: Udvidelse af daginstitution Solsikken\n\nSagsnr.: 25/4410\n") == "Udvidelse af daginstitution Solsikken"


def test_an_english_report_printed_under_its_meetings_front_sheet_is_one_numbered_item_for_the_council():
    card = analyse(ENGLISH_ITEM)
    assert card.kind == "agenda_item"
    assert card.title == "Adoption of the Coastal Hazard Adaptation Plan"
    assert card.references.agenda_item == "8.2"
    assert card.addressees == ("Council",)
    assert card.municipality == "City of Harbourview"
    assert card.references.case == "D24/5521"


def test_a_danish_item_under_the_line_of_an_extraordinary_meeting_is_an_agenda_item():
    card = analyse(DANISH_ITEM)
    assert card.kind == "agenda_item"
    assert card.title == "Renovering af svømmehallen i Lyngbjerg"
    assert card.references.agenda_item == "2"
    assert card.case_handler == "Ole Brink"


def test_a_us_request_for_council_action_is_a_proposal_with_its_item_number_and_date_prepared():
    card = analyse(US_REQUEST)
    assert card.kind == "proposal"
    assert card.references.agenda_item == "3.A"
    assert card.references.paper is None
    assert card.date.isoformat() == "2025-03-03"
    assert card.title == "Adoption of the Fiscal Year 2025-26 Fee Schedule"


def test_an_item_no_line_numbers_the_item():
    text = "Corran Valley County Council\n\nMeeting of the Council, 3 March 2025\nItem No. 14\n\nDisposal of a Site at Mill Lane\n\n1. Introduction\nThe site is vacant.\n"
    assert analyse(text).references.agenda_item == "14"


def test_a_shire_names_itself_in_its_letterhead():
    text = "Shire of Emu Flats\n\nPublic Notice\n\nProposed Road Closure – Dingo Creek Road\n\nThe Shire proposes to close a section of Dingo Creek Road.\n"
    assert analyse(text).municipality == "Shire of Emu Flats"


def test_members_named_in_a_list_over_the_groups_words_all_sign():
    text = (
        "Antrag\n\nBeleuchtung des Radwegs am Kanal\n\nDie Bezirksverordnetenversammlung möge beschließen:\n"
        "Das Bezirksamt wird ersucht, den Radweg zu beleuchten.\n\nBerlin, den 2.6.2025\n\n"
        "Petra Kühn, Olaf Brand\nund die übrigen Mitglieder der Fraktion\n"
    )
    assert sorted(analyse(text).signatories) == ["Olaf Brand", "Petra Kühn"]


def test_members_named_in_a_list_with_the_group_on_the_same_line_all_sign():
    text = (
        "Antrag\n\nBeleuchtung des Radwegs am Kanal\n\nDer Rat möge beschließen:\nDie Verwaltung wird beauftragt, den Radweg zu beleuchten.\n\n"
        "Petra Kühn, Olaf Brand und die Fraktion\n"
    )
    assert sorted(analyse(text).signatories) == ["Olaf Brand", "Petra Kühn"]


def test_of_two_units_in_the_letterhead_the_one_whose_head_signs_wrote_the_paper():
    text = (
        "Stadt Wiesenau\nDezernat für Bauen und Verkehr\nFachbereich Tiefbau\n\nBeschlussvorlage\n\n"
        "Sanierung der Brücke am Mühlbach\n\nBeschlussvorschlag:\nDer Bauausschuss beschließt die Sanierung.\n\n"
        "Wiesenau, den 4.9.2025\n\nDer Dezernent\nMarkus Seidl\n"
    )
    assert analyse(text).author_unit == "Dezernat für Bauen und Verkehr"


def test_without_a_signing_head_the_last_most_specific_unit_of_the_letterhead_wrote_the_paper():
    text = (
        "Stadt Wiesenau\nDezernat für Bauen und Verkehr\nFachbereich Tiefbau\n\nBeschlussvorlage\n\n"
        "Sanierung der Brücke am Mühlbach\n\nBeschlussvorschlag:\nDer Bauausschuss beschließt die Sanierung.\n"
    )
    assert analyse(text).author_unit == "Fachbereich Tiefbau"


def test_an_agenda_front_sheet_signed_with_name_title_and_telephone_on_one_line():
    text = (
        "Summons to a Meeting of the County Council\n\nTo: All Members of the County Council\n\nAGENDA\n\n"
        "1.\tApologies for Absence\n\n2.\tMinutes of the meeting held on 6 February 2025\n\n"
        "3.\tCapital Strategy 2025-35\n\nMargaret Ellison Head of Legal Services 01632 960555\n"
    )
    assert analyse(text).signatories == ("Margaret Ellison",)
