"""General rules of the fourteenth round, each shown on a paper of its own wording (not the round's papers)."""

from townhall.reading.analysis import analyse


def test_a_compound_drucksache_or_vorlage_number_is_the_papers_number_and_not_its_title():
    card = analyse(
        "Landkreis Wernau\n\nKreistagsvorlage Nr. 45/2026\n\nDatum: 12.01.2026\n\n"
        "Neubau der Kreisstraße K 12 zwischen Ahlen und Obermoos\n\nBeschlussvorschlag:\n"
        "Der Kreistag stimmt dem Neubau der K 12 zu.\n"
    )
    assert card.references.paper == "45/2026"
    assert card.title == "Neubau der Kreisstraße K 12 zwischen Ahlen und Obermoos"


def test_the_header_row_of_a_route_table_is_not_the_title():
    card = analyse(
        "Gemeinde Holzfelden\nBürgermeisteramt\n\nDrucksache Nr. 12/2026\n\nVerfasser: Amt für Umwelt\nDatum: 08.01.2026\n\n"
        "Beratung             Sitzung am   Status\n"
        "Bauausschuss         14.01.2026   öffentlich   Vorberatung\n"
        "Gemeinderat          28.01.2026   öffentlich   Entscheidung\n\n"
        "Erweiterung des Friedhofs Holzfelden um ein Urnenfeld\n\nSachverhalt:\nDie Grabfelder sind belegt.\n"
    )
    assert card.title == "Erweiterung des Friedhofs Holzfelden um ein Urnenfeld"


def test_a_committee_named_in_capitals_over_the_date_is_the_addressee_and_not_the_title():
    card = analyse(
        "AUDIT AND GOVERNANCE COMMITTEE\n22 January 2026\n\nInternal Audit Progress Report, Quarter 3\n\n"
        "Report of: Head of Internal Audit\n\n1. Purpose\n1.1 To ask the Committee to approve the revised audit plan.\n"
    )
    assert card.title == "Internal Audit Progress Report, Quarter 3"
    assert list(card.addressees) == ["Audit and Governance Committee"]


def test_a_danish_committee_named_by_its_fields_heads_a_minutes_extract_and_is_not_the_title():
    card = analyse(
        "Udvalget for Børn og Unge\nReferat\nMødedato: 14. januar 2026\n\n"
        "3. Ny struktur for skolefritidsordninger\nSagsnr.: 17.02.00-A00-1-26\n\nBeslutning\nGodkendt.\n"
    )
    assert card.title == "Ny struktur for skolefritidsordninger"
    assert card.municipality is None


def test_an_executive_bodys_antrag_to_the_assembly_is_a_proposal_not_a_motion():
    card = analyse(
        "Stadt Birkenau\n\nAntrag des Magistrats an die Stadtverordnetenversammlung\n"
        "Erwerb des Grundstücks Gemarkung Birkenau, Flur 4, Flurstück 118\n\n"
        "Die Stadtverordnetenversammlung wolle beschließen, das Grundstück zu erwerben.\n"
    )
    assert card.kind == "proposal"


def test_a_proposed_resolution_headed_beschlussantrag_makes_a_proposal():
    card = analyse(
        "Gemeinde Ostbrück\nBürgermeisteramt\n\nDrucksache 7/2026\n\nSanierung der Turnhalle – Vergabe der Dachdeckerarbeiten\n\n"
        "Beschlussantrag:\nDer Gemeinderat vergibt die Arbeiten an den günstigsten Bieter.\n"
    )
    assert card.kind == "proposal"


def test_a_person_under_verfasser_is_no_unit_and_a_numbered_units_line_names_the_office():
    card = analyse(
        "Stadt Rennfeld\n\nVorlage Nr. 301/2026\n\nFachbereich 3 – Fachdienst Jugend und Familie\n"
        "Verfasserin: Petra Lohmann\nDatum: 05.02.2026\n\nBetreff: Ausbau der Schulsozialarbeit\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt den Ausbau.\n"
    )
    assert card.author_unit == "Fachbereich 3 – Fachdienst Jugend und Familie"
    assert card.case_handler == "Petra Lohmann"


def test_a_reporting_officers_post_names_the_unit():
    card = analyse(
        "Drumhollow District Council\n\nCommittee: Planning Committee\nReporting Officer: Director of Planning and Building Control\n\n"
        "Subject: Local Development Plan Timetable\n\n1.0 Purpose\n1.1 To approve the revised timetable.\n"
    )
    assert card.author_unit == "Director of Planning and Building Control"


def test_a_memos_sender_named_with_a_chief_post_writes_as_that_office():
    card = analyse(
        "MEMORANDUM\n\nTO: Members of the Town Council\nFROM: Rachel Osei, Town Clerk\nDATE: January 9, 2026\n"
        "SUBJECT: Council Meeting Schedule 2026\n\nThe proposed schedule is attached for adoption.\n"
    )
    assert card.author_unit == "Town Clerk"


def test_an_e_mails_sender_address_is_not_read_as_the_unit():
    card = analyse(
        "From: Tom Barker <tom.barker@example.org>\nSent: 12 January 2026 10:02\nTo: Committee Services\n"
        "Subject: Question for the Scrutiny Committee\n\nDear Committee Clerk,\n\nWhen will the bus review be published?\n\n"
        "Kind regards\nTom Barker\n"
    )
    assert card.author_unit is None or "@" not in card.author_unit


def test_the_first_field_of_a_footers_address_line_names_the_municipality():
    card = analyse(
        "STAFF MEMO\n\nTo: Council\nFrom: Finance Department\nDate: February 3, 2026\nRe: Water Rate Review\n\n"
        "Staff recommend that Council adopt the water rates set out below.\n\n"
        "Town of Elmridge • 15 Queen Street • Elmridge, ON K0A 1B0 • www.elmridge.ca\n"
    )
    assert card.municipality == "Town of Elmridge"


def test_the_unit_under_the_municipality_in_a_letters_closing_block_wrote_it():
    card = analyse(
        "Idrætsforeningen Nordstjernen\nv/ Lone Berg\nSkolevej 9\n7160 Tørring\n\nDato: 8. januar 2026\n\n"
        "Tilskud til nye baneanlæg\n\nKære Lone Berg\n\nKommunen har behandlet jeres ansøgning om tilskud og bevilger 80.000 kr.\n\n"
        "Med venlig hilsen\n\nJesper Holm\nKonsulent\n\nHolmstrup Kommune\nKultur og Fritid\nTorvet 1, 7100 Holmstrup\n"
    )
    assert card.author_unit == "Kultur og Fritid"
    assert card.municipality == "Holmstrup Kommune"


def test_the_group_under_the_signer_of_a_mailed_question_is_the_author_unit_not_the_mail_sender():
    card = analyse(
        "Von: Jonas Albrecht <j.albrecht@spd-feldhausen.de>\nAn: Ratsbüro\nBetreff: Anfrage Öffnungszeiten der Stadtbibliothek\n\n"
        "Sehr geehrte Damen und Herren,\n\nwir bitten um Auskunft, warum die Bibliothek samstags geschlossen bleibt.\n\n"
        "Mit freundlichen Grüßen\nJonas Albrecht\nSPD-Stadtratsfraktion Feldhausen\n"
    )
    assert card.author_unit == "SPD-Stadtratsfraktion Feldhausen"


def test_two_signers_printed_side_by_side_in_columns_are_two_names():
    card = analyse(
        "Gemeinde Talwil\n\nBotschaft zur Gemeindeversammlung\n\nErneuerung der Wasserversorgung im Ortsteil Au\n\n"
        "Der Gemeinderat beantragt, den Kredit zu bewilligen.\n\nTalwil, 3. Februar 2026\n\n"
        "Der Präsident                 Die Schreiberin\nMarkus Zünd                   Claudia Brunner\n"
    )
    assert sorted(card.signatories) == ["Claudia Brunner", "Markus Zünd"]
