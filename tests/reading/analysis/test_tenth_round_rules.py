"""The general rules of the tenth round of cold reading, each on a short text of its own."""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.municipality import find_municipality
from townhall.reading.analysis.units.addressees import find_addressees
from townhall.reading.analysis.units.author import find_author_unit


def test_a_towns_administration_as_letterhead_names_the_town_in_its_style():
    text = "Stadtverwaltung Ostermoor\nAmt für Schulen\n\nMitteilungsvorlage\n\nBetreff: Schulweg am Deich"
    assert find_municipality(text) == "Stadt Ostermoor"


def test_a_member_municipality_named_in_the_subject_does_not_outweigh_the_letterhead():
    text = (
        "Samtgemeindeverwaltung Heidmoor\nFachbereich 2 – Finanzen\n\n"
        "Betreff: Zuschuss an die Ortsgemeinde Brunsholt\n\nDie Ortsgemeinde Brunsholt beantragt einen Zuschuss."
    )
    assert find_municipality(text) == "Samtgemeinde Heidmoor"


def test_a_letterhead_in_capitals_keeps_the_small_words_of_a_towns_name():
    text = "MARKTGEMEINDE SANKT ULRICH AM SEE\nGemeindeamt\n\nGZ: 004-1/2025\n\nBetreff: Winterdienst"
    assert find_municipality(text) == "Marktgemeinde Sankt Ulrich am See"


def test_a_council_in_the_letterhead_outweighs_the_council_in_the_recipient_block():
    text = (
        "ASHVALE PARISH COUNCIL\n\nThe Clerk, 4 Mill Row, Ashvale\n\n"
        "Head of Planning\nNorthmoor District Council\nCouncil Offices\n\n3 March 2025\n\nDear Sir\n\n"
        "Application 25/0091 – two dwellings at Church Lane\n\nThe Parish Council objects to the application.\n"
    )
    assert find_municipality(text) == "Ashvale Parish Council"


def test_a_genre_heading_over_its_sender_and_body_names_the_author_and_the_addressee():
    text = "Einwohnergemeinde Talbach\n\nBericht und Antrag\ndes Stadtrates an den Einwohnerrat\n\nGeschäft 12\nNeues Feuerwehrmagazin"
    assert find_author_unit(text) == "Stadtrat"
    assert find_addressees(text) == ["Einwohnerrat"]


def test_the_addressed_assemblys_meeting_date_under_a_genre_heading_is_its_sitting():
    text = "Botschaft\ndes Gemeinderates an die Gemeindeversammlung vom 4. Dezember 2025\n\nVoranschlag 2026"
    card = analyse(text)
    assert [(step.organization, step.date.isoformat()) for step in card.consultations] == [("Gemeindeversammlung", "2025-12-04")]


def test_a_danish_recommendation_from_an_office_to_a_body_names_both():
    text = "Indstilling\nfra Direktionen til Økonomiudvalget\n\nBudgetopfølgning pr. 31. marts"
    assert find_author_unit(text) == "Direktionen"
    assert find_addressees(text) == ["Økonomiudvalget"]


def test_a_numbered_department_under_an_administrations_letterhead_is_the_author_unit():
    text = "Gemeindeverwaltung Auental\nFachbereich 2 – Finanzen und Liegenschaften\n\nInformationsvorlage\n\nBetreff: Grundsteuer"
    assert find_author_unit(text) == "Fachbereich 2 – Finanzen und Liegenschaften"


def test_an_office_under_a_council_name_in_capitals_is_the_author_unit():
    text = "STADTGEMEINDE HOHENBRUCK\nStandesamt\n\nGZ: 12/2025\n\nBetreff: Trauungen im Schloss"
    assert find_author_unit(text) == "Standesamt"


def test_an_austrian_amtsbericht_that_ends_in_an_antrag_is_a_proposal():
    text = "Bauamt\n\nAMTSBERICHT\nfür die Sitzung des Gemeinderates am 3. März 2025\n\nGegenstand: Neue Straßenbeleuchtung\n\nAntrag:\nDer Gemeinderat möge beschließen, die Leuchten zu tauschen."
    assert analyse(text).kind == "proposal"


def test_a_swiss_botschaft_to_the_assembly_is_a_proposal():
    text = "Botschaft\nan die Gemeindeversammlung\n\nKredit für den Ersatz der Schulbusse\n\nAntrag\nDer Gemeinderat beantragt, den Kredit zu genehmigen."
    assert analyse(text).kind == "proposal"


def test_an_item_printed_under_its_meetings_fields_is_an_agenda_item_addressed_to_the_body_that_meets():
    text = (
        "Kultur- og Fritidsudvalget\nDagsorden\nMødedato: 9. september 2025 kl. 16:30\nMødested: Biblioteket\n\n"
        "Punkt 3. Tilskud til foreningernes lokaler\nSagsnr.: 18.15.00-G01-3-25\n\n"
        "Sagsfremstilling\nForeningerne har søgt om tilskud.\n\nForslag til beslutning\nAdministrationen anbefaler, at tilskuddet gives.\n"
    )
    card = analyse(text)
    assert card.kind == "agenda_item"
    assert list(card.addressees) == ["Kultur- og Fritidsudvalget"]


def test_what_the_addressed_body_is_to_do_in_brackets_is_not_part_of_its_name():
    text = "Report to: Cabinet Member for Housing (key decision)\nReport of: Head of Housing\n\nSubject: Empty homes grant"
    assert find_addressees(text) == ["Cabinet Member for Housing"]


def test_a_route_row_printed_on_one_line_names_the_body_before_its_date():
    text = "Stadt Beispielfurt\n\nBeratungsfolge:\nHauptausschuss 12.06.2025 Vorberatung N\n\nBetreff: Haushaltssperre"
    assert find_addressees(text) == ["Hauptausschuss"]


def test_a_councils_departments_and_offices_in_a_recipient_block_address_the_council():
    text = (
        "Kingsmere Town Council\nThe Guildhall, Kingsmere\n\nPlanning Policy Team\nStrategic Planning\n"
        "Northmoor District Council\nCouncil Offices\nNM1 4AA\n\n5 May 2025\n\nDear Sir or Madam\n\n"
        "Draft Local Plan consultation\n\nThe Town Council supports the draft plan.\n\nYours faithfully\n\nJane Holt\nTown Clerk\n"
    )
    assert list(analyse(text).addressees) == ["Northmoor District Council"]


def test_a_body_in_capitals_at_the_end_signs_through_its_officers_in_two_columns():
    text = (
        "Gemeinde Hochwald\n\nBericht und Antrag\nan die Gemeindeversammlung\n\nKredit für die Turnhalle\n\n"
        "Der Gemeinderat beantragt, den Kredit zu genehmigen.\n\nHochwald, 2. Mai 2025\n\n"
        "GEMEINDERAT HOCHWALD\nDie Gemeindepräsidentin    Der Gemeindeschreiber\nRuth Ammann    Peter Frei\n"
    )
    assert list(analyse(text).signatories) == ["Ruth Ammann", "Peter Frei"]


def test_a_field_in_a_second_column_beside_the_forms_name_is_read_from_plain_text():
    text = "Gemeinde Auental\n\nMitteilungsvorlage                    Vorlage Nr.: 0142/2025\n\nBetreff: Winterdienst 2025/26"
    card = analyse(text)
    assert card.references.paper == "0142/2025"
    assert card.kind == "notice"


def test_a_report_of_an_office_whose_name_has_an_apostrophe_to_a_body_names_both():
    text = "Northvale Council\n\nReport of the Director of Children's Services to the Cabinet\n\nSubject: School transport policy"
    assert find_author_unit(text) == "Director of Children's Services"
    assert find_addressees(text) == ["Cabinet"]


def test_a_motion_put_by_a_group_to_a_body_names_the_group_alone_as_its_author():
    text = "Antrag der SPD-Fraktion an den Stadtrat\n\nBetreff: Mehr Bänke am Marktplatz\n\nDer Stadtrat möge beschließen, Bänke aufzustellen."
    assert find_author_unit(text) == "SPD-Fraktion"


def test_a_council_writing_to_another_is_the_issuer_not_the_council_in_its_recipient_block():
    text = (
        "FREDENSBORG KOMMUNE\nByg og Miljø\n\nHelsingør Kommune\nTeknik og Miljø\nStengade 59\n3000 Helsingør\n\n"
        "3. juni 2025\n\nKære Helsingør Kommune\n\nHøring om fælles cykelsti\n\nVi sender forslaget i høring.\n"
    )
    assert find_municipality(text) == "Fredensborg Kommune"


def test_a_residents_letter_to_the_council_keeps_the_council_it_is_addressed_to():
    text = (
        "Bürgerantrag\n\nAn den\nRat der Stadt Ellerbrück\nMarkt 1\n47110 Ellerbrück\n\n"
        "Ellerbrück, 3. April 2025\n\nSehr geehrte Damen und Herren,\n\nwir beantragen Tempo 30.\n"
    )
    assert find_municipality(text) == "Stadt Ellerbrück"
