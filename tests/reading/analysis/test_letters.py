"""Letters and motions: sender, recipient, subject, salutation and signatures."""

from datetime import date

from townhall.reading.analysis import analyse

GERMAN_LETTER = """Bürgerverein Nordstadt\tLindau, den 12.03.2025
Vorsitzende Anna Beispiel

Herrn Oberbürgermeister Dr. Karl Muster
Alle Fraktionen des Stadtrates

Antrag: Neue Bänke am Seeufer

Sehr geehrter Herr Oberbürgermeister,
sehr geehrte Damen und Herren,

wir beantragen, am Seeufer zehn neue Bänke aufzustellen.

Mit freundlichen Grüßen

Anna Beispiel\tBernd Probe
Vorsitzende\tSchriftführer
"""


def test_sender_block_names_the_author_unit_and_never_the_title():
    card = analyse(GERMAN_LETTER)
    assert card.author_unit == "Bürgerverein Nordstadt"
    assert card.title == "Neue Bänke am Seeufer"


def test_recipient_block_gives_the_addressees_without_herrn():
    assert analyse(GERMAN_LETTER).addressees == ("Oberbürgermeister Dr. Karl Muster", "Alle Fraktionen des Stadtrates")


def test_place_and_date_line_dates_the_letter():
    assert analyse(GERMAN_LETTER).date == date(2025, 3, 12)


def test_names_signed_side_by_side_are_signatories():
    assert analyse(GERMAN_LETTER).signatories == ("Anna Beispiel", "Bernd Probe")


def test_greeted_body_is_the_addressee_when_there_is_no_recipient_block():
    text = "Stellungnahme zur Radwegeplanung\n\nSehr geehrter Herr Bürgermeister,\nsehr geehrte Mitglieder des Gemeinderates,\n\nText.\n"
    assert analyse(text).addressees == ("Bürgermeister", "Mitglieder des Gemeinderates")


def test_party_group_submitting_a_vorlage_makes_it_a_motion():
    text = "Vorlage\n\nDrucksachen-Nr.:\tFV/012/2025\n\nEinreicher:\tFraktion Bürgerliste Nordstadt\n\nTitel:\nMehr Grün am Markt\n"
    card = analyse(text)
    assert (card.kind, card.author_unit, card.title) == ("motion", "Fraktion Bürgerliste Nordstadt", "Mehr Grün am Markt")


def test_proposer_and_seconder_of_a_motion_do_not_sign_it():
    text = "Notice of Motion\n\nProposer: Councillor Ann Example\nSeconder: Councillor Ben Sample\n\nThis Council resolves to plant trees.\n"
    assert analyse(text).signatories == ()


def test_surname_over_its_role_in_a_signature_is_a_signatory():
    text = "Niederschrift\n\nText der Niederschrift.\n\n____________________________\nKarla Vorsitz\tMeier\nVorsitzende\tSchriftführer\n"
    assert analyse(text).signatories == ("Karla Vorsitz", "Meier")


def test_a_role_under_the_closing_is_no_signatory_though_its_words_look_like_a_name():
    text = (
        "Fraktion Grüne Mitte\n\nAn den Stadtrat\n\nBetreff: Radweg am Kanal\n\nSehr geehrte Damen und Herren,\n\n"
        "wir beantragen den Bau eines Radweges.\n\nMit freundlichen Grüßen\n\nMarta Lindqvist\tOle Brandt\n"
        "Stellvertretende Fraktionsvorsitzende\n"
    )
    assert list(analyse(text).signatories) == ["Marta Lindqvist", "Ole Brandt"]


def test_two_names_printed_without_a_gap_are_two_signatories():
    text = (
        "Quartiersbeirat Nordstadt\n\nAn die Stadtverwaltung\n\nBetreff: Spielplatz am Anger\n\nSehr geehrte Damen und Herren,\n\n"
        "wir bitten um eine Prüfung.\n\nMit freundlichen Grüßen\n\nHelga Brunner Stefan Ahrens\n"
    )
    assert list(analyse(text).signatories) == ["Helga Brunner", "Stefan Ahrens"]
