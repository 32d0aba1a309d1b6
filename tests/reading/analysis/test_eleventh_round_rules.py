"""General rules of the eleventh round, each read from a text of its own (not the round's papers)."""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.contacts import find_phones
from townhall.reading.analysis.people import find_case_handler


def test_fields_strung_on_a_footer_line_between_middle_dots_are_read_as_fields():
    card = analyse(
        "Notat om skolestruktur\n\nTil: Børne- og Skoleudvalget\n\nForvaltningen har set på elevtallet i de fire distrikter.\n\n"
        "Kildeby Kommune | Skole og Dagtilbud | Skolegade 1 | 7100 Kildeby\n"
        "Sagsbehandler: Rikke Dam | J.nr.: 17.01.00-A00-2-25 | Dato: 3. marts 2025\n"
    )
    assert card.case_handler == "Rikke Dam"
    assert card.references.case == "17.01.00-A00-2-25"
    assert card.date.isoformat() == "2025-03-03"


def test_a_line_of_middle_dots_without_two_known_fields_is_no_form():
    card = analyse("Referat\n\nMødet blev holdt på rådhuset · Alle var mødt · Sagsbehandler: ukendt\n")
    assert card.case_handler is None


def test_danish_responsible_person_and_unit_fields_give_case_handler_and_author_unit():
    card = analyse(
        "Sagsfremstilling\n\nNy affaldsordning for sommerhuse\n\nAnsvarlig: Ole Brandt\nAnsvarlig afdeling: Natur og Miljø\n\n"
        "Indstilling\nAdministrationen indstiller, at ordningen godkendes.\n"
    )
    assert card.case_handler == "Ole Brandt"
    assert card.author_unit == "Natur og Miljø"


def test_an_item_under_a_head_printed_in_two_columns_is_an_agenda_item():
    card = analyse(
        "Nordmark Kommune                              Kultur- og Fritidsudvalget\nDagsorden\nMødedato: 2. april 2025\n\n"
        "7. Tilskud til lokale idrætsforeninger 2025\n\nSagsnr.: 25/2231\n\nIndstilling\n"
        "Administrationen indstiller, at tilskuddene fordeles efter bilaget.\n\nSagsbeskrivelse\n"
        "Puljen er på 800.000 kr.\n\nBeslutning Kultur- og Fritidsudvalget den 2. april 2025\nGodkendt.\n"
    )
    assert card.kind == "agenda_item"
    assert card.title == "Tilskud til lokale idrætsforeninger 2025"


def test_an_author_field_holding_a_titled_name_and_its_telephone_gives_the_case_handler():
    card = analyse(
        "Stadt Ebersfeld\n\nMitteilungsvorlage\n\nVorlage Nr.: 2025/118\nVerfasser: Herr Dr. Jonas Keller, Tel. 0711 12-345\n\n"
        "Betreff: Sachstand Breitbandausbau\n\nDer Ausbau im Ortsteil Süd ist abgeschlossen.\n"
    )
    assert card.case_handler == "Jonas Keller"


def test_house_mail_and_care_of_lines_are_not_addressees():
    card = analyse(
        "Grüne Fraktion im Gemeinderat Wiesbach\n\nAn den\nBürgermeister der Gemeinde Wiesbach\nHerrn Paul Rieger\n- im Hause -\n\n"
        "Wiesbach, 4. Mai 2025\n\nAntrag: Tempo 30 vor der Grundschule\n\nSehr geehrter Herr Bürgermeister,\n\n"
        "wir beantragen, vor der Grundschule Tempo 30 anzuordnen.\n\nMit freundlichen Grüßen\n\nAnja Berg\n"
    )
    assert [name.casefold() for name in card.addressees] == ["bürgermeister paul rieger"]


def test_a_letter_to_an_address_with_the_number_first_and_a_country_letter_keeps_only_the_recipient():
    card = analyse(
        "Commune de Beaufort-sur-Sûre\nService technique\n\nBeaufort, le 3 juin 2025\n\nAn die\nFreiwillige Feuerwehr Beaufort\n"
        "z. Hd. Herrn Luc Weis\n7, rue du Moulin\nL-6310 Beaufort\n\nBetreff: Übungsgelände 2025\n\nSehr geehrter Herr Weis,\n\n"
        "wir bestätigen die Nutzung des Geländes.\n\nMit vorzüglicher Hochachtung\n\nMarie Hansen\n"
    )
    assert card.addressees == ("Freiwillige Feuerwehr Beaufort",)


def test_a_letter_greeting_one_man_with_a_formal_closing_is_a_letter():
    card = analyse(
        "Marktgemeinde Steinach\nBauamt\n\nSteinach, 2. Juni 2025\n\nHerrn\nKarl Moser\nHauptstraße 4\n6150 Steinach\n\n"
        "Betreff: Ihre Anfrage zur Zufahrt\n\nSehr geehrter Herr Moser,\n\nIhre Zufahrt kann verbreitert werden.\n\n"
        "Hochachtungsvoll\n\nFranz Egger\n"
    )
    assert card.kind == "letter"


def test_a_sitting_paper_for_a_body_on_a_day_is_addressed_to_that_body():
    card = analyse(
        "Stadt Lindach\nReferat für Bildung und Sport\n\nBeschlussvorlage für den Sportausschuss am 12.11.2025\n\n"
        "Sanierung der Dreifachturnhalle\n\nI. Vortrag\nDie Halle ist sanierungsbedürftig.\n\nII. Antrag\nDer Ausschuss stimmt zu.\n"
    )
    assert card.addressees == ("Sportausschuss",)


def test_the_officer_who_approves_a_report_signs_it():
    card = analyse(
        "Harbourside City Council\n\nReport to: Finance Committee\nSubject: Rates remission policy review\n\n"
        "1. Purpose\nTo review the rates remission policy.\n\n2. Recommendation\nThat the Committee adopts the policy.\n\n"
        "Approved by:\nHelen Marsh, Chief Financial Officer\n"
    )
    assert card.signatories == ("Helen Marsh",)


def test_north_american_phone_numbers_are_found_without_a_label():
    assert find_phones("Prepared by Ann Lee\nPlanner\n(416) 555-0132 or 647-555-0199") == ["(416) 555-0132", "647-555-0199"]



def test_the_text_fallback_reads_a_report_author_named_with_the_role_in_brackets():
    text = "Contact details\n\nReport Author\nSunita Rao (Head of Internal Audit)\n01632 960311\n"
    assert find_case_handler(text) == "Sunita Rao"


def test_the_text_fallback_reads_the_name_under_the_report_author_in_a_row_of_labels():
    text = (
        "Contact details\n\nRelevant Director:\tReport Author:\nMartin Greaves\tClaire Holden\n"
        "Director of Education\tPlace Planning Officer\n"
    )
    assert find_case_handler(text) == "Claire Holden"


def test_the_place_beside_the_date_in_a_heads_right_hand_column_names_the_municipality():
    tabbed = (
        "Seniorenbeirat Weststadt\nVorsitzende: Helga Brenner\tBamberg, den 04.05.2025\n\nSehr geehrter Herr Oberbürgermeister,\n\n"
        "wir bitten um zwei weitere Sitzbänke am Marktplatz.\n\nMit freundlichen Grüßen\n\nHelga Brenner\n"
    )
    spaced = (
        "                                  Seniorenbeirat Weststadt\n\nAn den Oberbürgermeister\n\n"
        "                                  Bamberg, 04.05.2025\n\nSitzbänke am Marktplatz\n\nSehr geehrter Herr Oberbürgermeister,\n\n"
        "wir bitten um zwei weitere Sitzbänke.\n\nMit freundlichen Grüßen\n\nHelga Brenner\n"
    )
    assert analyse(tabbed).municipality == "Stadt Bamberg"
    assert analyse(spaced).municipality == "Stadt Bamberg"


def _web_page(title: str) -> object:
    from townhall.reading.extractors import extract

    page = (
        f"<html><head><title>{title}</title></head><body><h1>Antrag 2025 / A 0117</h1>"
        "<p>Betreff</p><p>Mehr Trinkbrunnen in der Innenstadt</p><p>Gestellt am:</p><p>02.06.2025</p>"
        "<p>Gestellt von:</p><p>Fraktion Die Linke</p></body></html>"
    )
    return extract(page.encode("utf-8"), filename="antrag.html").document


def test_a_council_web_page_that_names_its_city_only_in_its_title_is_that_citys():
    card = analyse(_web_page("Ratsinformationssystem Göttingen - Anträge - Antrag 2025 / A 0117"))
    assert card.municipality == "Stadt Göttingen"


def test_a_declared_title_that_names_no_council_site_names_no_municipality():
    card = analyse(_web_page("Trinkbrunnen in Göttingen"))
    assert card.municipality is None


def test_the_clerk_to_ask_for_beside_the_meetings_time_is_the_case_handler():
    text = (
        "AGENDA\n\nPLANNING COMMITTEE\n\nTuesday, 8th July, 2025, at 6.30 pm\tAsk for:\tOwen Parry\n"
        "Council Chamber, Civic Offices\tTelephone:\t01632 960123\n"
    )
    assert find_case_handler(text) == "Owen Parry"
    assert analyse(text).case_handler == "Owen Parry"
