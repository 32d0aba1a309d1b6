"""General rules of the fifteenth round (head fields), each on a text of its own in a layout the round's papers do not use.

The round's papers themselves are in ``test_fifteenth_round_layouts.py``.
"""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.municipality import find_municipality


def test_numbered_fachdienst_line_under_the_county_names_the_unit_that_wrote_the_paper():
    text = """Landkreis Wesermarschen
Der Landrat
Fachdienst 32 – Ordnung und Verkehr

Beschlussvorlage
Vorlage Nr.: 2025/214

Betreff: Neuordnung der Schülerbeförderung im Nordkreis

Beschlussvorschlag:
Der Kreisausschuss empfiehlt dem Kreistag, die Satzung über die Schülerbeförderung zu ändern.
"""
    assert analyse(text).author_unit == "Fachdienst 32 – Ordnung und Verkehr"


def test_numbered_sachgebiet_line_of_a_vermerk_names_the_unit_that_wrote_it():
    text = """Landratsamt Ebersfeld
Sachgebiet 4.2 - Schulen und Kultur

Vermerk

Zuschuss für die Erweiterung der Mittagsbetreuung in Altmühlried

Der Landkreis beteiligt sich mit 20 Prozent an den Kosten der Erweiterung.
"""
    card = analyse(text)
    assert card.author_unit == "Sachgebiet 4.2 - Schulen und Kultur"
    assert card.municipality == "Landkreis Ebersfeld"


def test_unit_over_a_letters_case_fields_wrote_it_and_is_not_its_title():
    text = """Bauordnungsamt
Aktenzeichen: 63-2025-0418
Bearbeiterin: Sabine Roth
Telefon: 0621 293-4410
Datum: 14.11.2025

Nutzungsänderung einer Lagerhalle in der Hafenstraße 12

Ihr Antrag vom 2. Oktober 2025 ist vollständig. Über ihn wird bis Ende Januar entschieden.
"""
    card = analyse(text)
    assert card.author_unit == "Bauordnungsamt"
    assert card.title == "Nutzungsänderung einer Lagerhalle in der Hafenstraße 12"


def test_area_lines_over_a_case_number_are_not_read_when_they_follow_other_lines_of_their_block():
    text = """Referat
Mødedato: 2. december 2025
Trafik og Veje
Sagsnr.: 05.01.00-P15-2-25

5. Trafiksikkerhedsplan 2026-2029

Beslutning
Godkendt.
"""
    assert analyse(text).author_unit != "Trafik og Veje"


def test_a_hearing_letters_recipients_named_by_their_list_are_no_title():
    text = """Träger öffentlicher Belange laut Verteiler

Bebauungsplan Nr. 88 „Am Mühlbach“ – Beteiligung der Behörden

Die Gemeinde Hollerbach bittet um Stellungnahme zum Entwurf bis zum 30. Januar 2026.
"""
    assert analyse(text).title == "Bebauungsplan Nr. 88 „Am Mühlbach“ – Beteiligung der Behörden"


def test_landratsamt_over_the_paper_names_its_landkreis_as_issuer():
    text = """Landratsamt Tannenfeld
Kreisentwicklung

Mitteilung an den Kreistag

Breitbandausbau im Landkreis: Stand Dezember 2025

Von 214 geförderten Anschlüssen sind 198 in Betrieb.
"""
    assert find_municipality(text) == "Landkreis Tannenfeld"


def test_english_county_councils_mail_domain_names_it_when_the_paper_says_only_the_council():
    text = """Report to Cabinet
Date: 9 December 2025

Subject: Highways Asset Management Plan 2026-2031

Summary: The Council maintains 8,100 km of roads. This report asks Cabinet to adopt the plan.

Contact: Tom Beale, Head of Highways, tom.beale@essex.gov.uk
"""
    assert find_municipality(text) == "Essex County Council"


def test_known_municipalitys_official_name_repeated_in_the_genitive_names_the_issuer():
    text = """Punkt 4: Klimaplan 2030

Resumé
Hedensted Kommunes klimaplan skal opdateres, fordi de nationale mål er skærpet.

Sagsfremstilling
Udledningen fra Hedensted Kommunes egne bygninger er faldet med 18 procent siden 2019.
"""
    assert find_municipality(text) == "Hedensted Kommune"


def test_known_municipalitys_official_name_mentioned_once_in_passing_names_no_issuer():
    text = """Punkt 4: Fælles busrute

Sagsfremstilling
Ruten skal køre til grænsen mod Odder Kommunes område, hvor en anden operatør overtager.
"""
    assert find_municipality(text) is None


def test_every_kreisfreie_stadt_is_known_by_name_when_its_papers_name_it_without_a_style():
    text = """Bekanntmachung

Der Stadtrat Pirmasens tritt am 11.12.2025 um 17 Uhr im Ratssaal des Rathauses Pirmasens zusammen.
Einwohnerinnen und Einwohner aus Pirmasens können in der Fragestunde Fragen stellen.
"""
    assert find_municipality(text) == "Stadt Pirmasens"


def test_numbered_title_over_its_file_number_with_no_other_genre_cue_is_an_agenda_item():
    text = """5. Sanierung der Sporthalle am Schulzentrum

Aktenzeichen: 66.2-118/2025

Die Sporthalle wurde 1974 gebaut. Dach und Lüftung müssen bis 2027 erneuert werden; die Kosten liegen bei
1,9 Millionen Euro.
"""
    assert analyse(text).kind == "agenda_item"


def test_numbered_title_over_its_case_number_is_an_agenda_item_though_its_text_mentions_a_hearing():
    text = """7. Community grants 2026

Reference: CG/25/88

The scheme received 41 applications. Two groups asked for a hearing of their appeals; both were heard in
October and neither was upheld.
"""
    assert analyse(text).kind == "agenda_item"


def test_numbered_first_section_without_a_number_field_is_no_agenda_item():
    text = """1. Introduction and background

The library service lends 310,000 items a year from six branches and a mobile library.
"""
    assert analyse(text).kind != "agenda_item"
