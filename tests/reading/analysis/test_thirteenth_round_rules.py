"""General rules of the thirteenth round, each shown on a short paper of its own wording.

The round's papers (`test_thirteenth_round_layouts.py`) showed these shapes; the texts here are others of the
same genre, so that a rule reads the genre and not the one paper it was found on.
"""

from townhall.reading.analysis import analyse
from townhall.reading.analysis.municipality import find_municipality
from townhall.reading.analysis.title import find_title
from townhall.reading.analysis.units.addressees import find_addressees
from townhall.reading.analysis.units.author import find_author_unit


def test_an_amt_named_alone_in_the_letterhead_is_the_issuer_not_the_title():
    text = """Amt Nordheide
Der Amtsvorsteher

Beschlussvorlage
Gemeinde Wiesbüll

Vorlage-Nr.: GV/0077/2025

Erweiterung des Feuerwehrgerätehauses Wiesbüll

Sachverhalt:
Das Gerätehaus bietet keinen Platz für das neue Löschfahrzeug.
"""
    assert find_title(text) == "Erweiterung des Feuerwehrgerätehauses Wiesbüll"


def test_the_bodies_listed_under_beratungsfolge_are_the_route_not_the_title():
    text = """Beschlussvorlage

Beratungsfolge:
Finanzausschuss (Vorberatung)
Gemeinderat (Entscheidung)

Neufassung der Friedhofsgebührensatzung

Sachverhalt:
Die Gebühren wurden zuletzt 2016 kalkuliert.
"""
    assert find_title(text) == "Neufassung der Friedhofsgebührensatzung"


def test_an_item_number_on_its_own_line_is_no_title_and_an_office_report_name_before_the_subject_is_dropped():
    text = """Millford Parish Council

Meeting of the Council – 3 March 2026
Agenda Item 7

Chairman's Report: Village Green Drainage Works

The green has flooded four times this winter.
"""
    assert find_title(text) == "Village Green Drainage Works"


def test_a_markt_names_the_municipality_and_the_county_printed_under_it_does_not():
    text = """Markt Hollbach
Landkreis Unterau

Sitzung des Marktgemeinderates am 03.02.2026

TOP 3 Erlass einer Stellplatzsatzung

Sachvortrag:
Der Marktgemeinderat hat die Verwaltung beauftragt, eine Satzung vorzubereiten.
"""
    assert find_municipality(text) == "Markt Hollbach"


def test_a_county_alone_in_the_letterhead_still_names_itself():
    text = """Landkreis Unterau
Der Landrat

Kreistag am 10.03.2026

Fortschreibung des Nahverkehrsplans
"""
    assert find_municipality(text) == "Landkreis Unterau"


def test_report_of_the_head_of_a_service_names_the_writing_unit():
    text = """NORTHMOOR COUNTY BOROUGH COUNCIL

Report of the Head of Regeneration and Housing

Title: Empty Homes Grant Scheme

Recommendation
That the scheme is extended for a further year.
"""
    assert find_author_unit(text) == "Head of Regeneration and Housing"


def test_the_post_of_the_officer_who_approves_a_report_names_its_service():
    text = """Report to Council

Title: Renewal of the Library Opening Hours Policy
Author: Tui Ngata, Libraries Team Leader
Approved by: Mark Johnson, Group Manager Customer and Libraries

Recommendation
That the Council adopts the policy.
"""
    assert find_author_unit(text) == "Group Manager Customer and Libraries"
    assert analyse(text).author_unit == "Group Manager Customer and Libraries"


def test_a_danish_council_named_as_byraad_or_kommunalbestyrelsen_i_names_its_municipality():
    assert find_municipality("Resume\nPå et senere møde skal Faxe Byråd tage stilling til serviceniveauet.\n") == "Faxe Kommune"
    assert find_municipality("Sagen forelægges Kommunalbestyrelsen i Lejre den 3. marts 2026.\n") == "Lejre Kommune"
    # A youth council's name is no municipality's.
    assert find_municipality("Ungdommens Byråd holder sit næste møde i april.\n") is None


def test_a_danish_recommendation_naming_the_committee_over_a_numbered_list_addresses_it():
    text = """Indstilling
Forvaltningen indstiller, at Social- og Sundhedsudvalget

1. godkender handleplanen for demensområdet
2. tager orienteringen om økonomien til efterretning

Sagsbeskrivelse
Handleplanen bygger på den nationale demensstrategi.
"""
    assert find_addressees(text) == ["Social- og Sundhedsudvalget"]


def test_the_body_a_danish_agenda_item_is_decided_in_is_its_addressee_even_in_the_minutes():
    text = """Referat
Sagsnr.: 26/1187
Sagen afgøres i:\tUdvalget for teknik, miljø og klima (TMK)

Resume
Vejbelysningen på Skovvej udskiftes til LED.

Beslutning i Udvalget for teknik, miljø og klima (TMK) den 12-02-2026
Godkendt.
"""
    assert find_addressees(text, "minutes") == ["Udvalget for teknik, miljø og klima (TMK)"]
