"""General rules added after the seventeenth round of route papers, each shown on a paper of its own wording.

The round's papers (``test_seventeenth_round_routes.py``) found the shapes; these papers state each rule in another
council system's layout and words, and guard the cases where a rule must not read.
"""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.attachments import find_attachments
from townhall.reading.analysis.public import find_public

from tests.reading.analysis.card_values import read_field


def test_a_committee_named_for_its_part_in_the_referral_keeps_that_part_as_its_role():
    card = analyse(
        "Kreistag Wendland-Süd\n\nBericht des Schulausschusses\n\nBetreff: Schulentwicklungsplan 2026\n\n"
        "Beratung\tDatum\n"
        "Schulausschuss (federführend)\t14.04.2026\n"
        "Kreisausschuss (mitberatend)\t21.04.2026\n"
    )
    assert read_field(card, "rows") == [
        ("Schulausschuss", "2026-04-14", "federführend", None, None),
        ("Kreisausschuss", "2026-04-21", "mitberatend", None, None),
    ]


def test_a_route_tables_sitting_vom_column_is_its_date_and_its_top_column_the_items():
    card = analyse(
        "Stadt Elbhafen\nFachbereich Planung\n\nBeschlussvorlage 2026/112\n\nBetreff: Umbau des Busbahnhofs\n\n"
        "Gremium\tSitzung vom\tTOP\n"
        "Ortsrat Altstadt\t02.06.2026\t3\n"
        "Rat der Stadt\t18.06.2026\t11\n\n"
        "Sachverhalt:\nDer Busbahnhof wird barrierefrei.\n"
    )
    assert read_field(card, "rows") == [
        ("Ortsrat Altstadt", "2026-06-02", None, "3", None),
        ("Rat der Stadt", "2026-06-18", None, "11", None),
    ]


def test_an_items_part_of_the_sitting_before_its_number_is_its_status_and_not_its_number():
    card = analyse(
        "Gemeinde Rosental\n\nProtokollauszug\n\nTOP N 4   Verkauf des Grundstücks Flur 3, Flurstück 17\n\n"
        "Sachverhalt:\nEin Bauträger hat ein Angebot für das Grundstück abgegeben.\n"
    )
    assert card.references.agenda_item == "4"
    assert card.public is False


def test_a_records_head_naming_its_sitting_with_its_part_and_day_says_the_papers_status():
    text = (
        "Stadt Kaltenbrunn\n\nProtokollauszug der nichtöffentlichen Sitzung des Hauptausschusses vom 05.05.2026\n\n"
        "Punkt 6: Personalangelegenheit\n\nDer Hauptausschuss stimmt der Einstellung zu.\n"
    )
    assert find_public(text) is False


def test_a_records_head_naming_both_parts_of_its_sitting_says_neither():
    text = (
        "Niederschrift über die öffentliche und nichtöffentliche Sitzung des Bauausschusses am 05.05.2026\n\n"
        "1. Eröffnung der Sitzung\n2. Bauanträge\n"
    )
    assert find_public(text) is None


def test_a_bodys_heading_with_its_part_of_the_sitting_gives_the_status_and_the_body_alone():
    card = analyse(
        "Harbourside City Council\n\nFinance and Audit Committee – Confidential\n\nMeeting date: 9 June 2026\n"
        "Agenda item: 11\n\nInsurance renewal 2026/27\n\nRecommendation\nThat the Committee approves the renewal.\n"
    )
    assert card.public is False
    assert read_field(card, "consultations") == [("Finance and Audit Committee", "2026-06-09")]


def test_an_agenda_systems_download_mark_is_no_part_of_an_attachments_title():
    text = "Attachments\n1. Draft annual budget 2026/27 ↓\n2. Schedule of fees and charges ⇩\n"
    assert find_attachments(text) == ["Draft annual budget 2026/27", "Schedule of fees and charges"]


def test_a_bilingual_attachment_list_gives_each_title_without_its_two_labels():
    text = (
        "Allegati / Anlagen:\n"
        "Allegato A / Anlage A – Lageplan der Skipiste\n"
        "Allegato B / Anlage B – Gutachten zur Lawinensicherheit\n"
    )
    assert find_attachments(text) == ["Lageplan der Skipiste", "Gutachten zur Lawinensicherheit"]


def test_an_attachment_table_whose_header_names_the_attachments_needs_no_heading_above_it():
    text = (
        "Notat om trafiksikkerhed ved skolerne\n\nForvaltningen har talt biler ved fire skoler.\n\n"
        "Bilag\tBeskrivelse\n1\tTrafiktælling ved Nordskolen\n2\tForslag til nye fodgængerfelter\n"
    )
    assert find_attachments(text) == ["Trafiktælling ved Nordskolen", "Forslag til nye fodgængerfelter"]


def test_a_swiss_beilage_line_names_its_attachment():
    text = "Antrag des Gemeinderates\n\nBeilage 1: Situationsplan Schulhaus Aegerten\nBeilage 2: Kostenschätzung\n"
    assert find_attachments(text) == ["Situationsplan Schulhaus Aegerten", "Kostenschätzung"]


def test_a_bilingual_item_label_gives_the_agenda_item():
    card = analyse(
        "City of Riviere-Verte\n\nArticle / Item No.: 6.3\nObjet / Subject: Snow clearing contract 2026-2029\n\n"
        "Recommendation\nThat Council award the contract to the lowest bidder.\n"
    )
    assert card.references.agenda_item == "6.3"


def test_a_body_that_saw_the_paper_at_an_earlier_meeting_and_passed_it_on_is_the_step_before():
    card = analyse(
        "Town of Cedar Point\n\nSTAFF REPORT\n\nReport to: Council\nMeeting date: May 26, 2026\n\n"
        "Subject: Designation of 14 Mill Street under the Heritage Act\n\n"
        "Background\nThe Heritage Advisory Commission considered the request at its meeting on May 5, 2026, and\n"
        "recommended that Council designate the property.\n"
    )
    assert read_field(card, "consultations") == [("Council", "2026-05-26"), ("Heritage Advisory Commission", "2026-05-05")]


def test_a_sitting_named_by_a_compound_of_its_body_follows_the_route_list_with_its_item():
    card = analyse(
        "Landkreis Hohenmoor\n\nKreistagssitzung am 30.06.2026, TOP 12\n\nBeschlussvorlage 2026/088\n\n"
        "Beratungsfolge: Kreisausschuss 16.06.2026\n\nBetreff: Neubau der Kreisstraßenmeisterei\n\n"
        "Sachverhalt:\nDie Meisterei in Altdorf ist zu klein.\n"
    )
    assert read_field(card, "consultations") == [("Kreisausschuss", "2026-06-16"), ("Kreistag", "2026-06-30")]
    assert card.references.agenda_item == "12"


def test_a_register_extract_names_its_bodys_sitting_on_the_line_below():
    card = analyse(
        "Stadtgemeinde Weißenbach\n\nAuszug aus dem Sitzungsregister des Stadtrates\n\nSitzung vom 21.05.2026\n"
        "Punkt 3 der Tagesordnung\n\nGegenstand: Ankauf eines Feuerwehrfahrzeugs\n\nDer Stadtrat beschließt einstimmig den Ankauf.\n"
    )
    assert read_field(card, "consultations") == [("Stadtrat", "2026-05-21")]


def test_a_german_sentence_naming_the_sitting_ahead_adds_the_deciding_body_after_the_route_table():
    card = analyse(
        "Gemeinde Lindholm\n\nSitzungsvorlage 2026/14\n\nBetreff: Kita-Gebühren ab 2027\n\n"
        "Gremium\tDatum\nSozialausschuss\t11.06.2026\nFinanzausschuss\t18.06.2026\n\n"
        "Sachverhalt:\nDie Gebühren wurden seit 2019 nicht angepasst. "
        "Der Gemeinderat wird in seiner Sitzung am 9. Juli 2026 entscheiden.\n"
    )
    assert read_field(card, "consultations") == [
        ("Finanzausschuss", "2026-06-18"), ("Gemeinderat", "2026-07-09"), ("Sozialausschuss", "2026-06-11"),
    ]


def test_a_body_named_in_a_reports_consultation_section_with_the_day_it_saw_the_paper_is_a_step():
    card = analyse(
        "Glanmorfa County Borough Council\n\nReport to Cabinet\n\nSubject: Waste Strategy 2026-2031\n\n"
        "Background\nCouncil approved the previous strategy on 12 May 2019.\n\n"
        "Consultation\nThe Environment and Regeneration Scrutiny Committee considered the draft strategy on 3 February 2026\n"
        "and supported its aims.\n"
    )
    assert ("Environment and Regeneration Scrutiny Committee", "2026-02-03") in read_field(card, "consultations")
    assert ("Council", "2019-05-12") not in read_field(card, "consultations")

