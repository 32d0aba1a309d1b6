"""Papers in layouts of a seventeenth round, written for these tests, read as a reader would (head fields).

Eight papers of council systems and genres no earlier round used: a US city's staff report as Legistar prints it
("File #:", "In Control:", "SUBJECT:", "FROM:" a department), a US city's ordinance (its long title in capitals
under "ORDINANCE NO.", the city only in that title and its enacting clause), a Danish kommune's sagsfremlæg in a
Norwegian system's layout (the municipality in capitals over the genre word, "Arkivsagsnr.", a committee table, the
"Rådmandens indstilling"), a Luxembourg commune's extract of the register of its council's deliberations in German
(bilingual French and German head, "Gegenstand:"), a South Tyrolean Gemeinde's decision of its Gemeindeausschuss
(bilingual German and Italian head and subject), a Northern Irish borough council's committee minutes, a Lower Saxony
Samtgemeinde's Mitteilungsvorlage as Somacos Session prints it (no subject label, "Fachbereich:" in the head) and an
Australian shire's notice of motion by a councillor, with invented places and wording of their own. Their cards
(kind, title, municipality, author unit) were written down and committed before the papers were first read
(`bench/results/cards_heldout.md`, seventeenth round, head fields). Where a reader could write a value two ways, each
is accepted (``OneOf``); values a reader could not settle are left out (the kind of an ordinance and of a
Gemeindeausschuss's decision, the title of the minutes); where a reader finds no value, the card must not invent one.
"""

import pytest

from townhall.reading.analysis import analyse

from tests.reading.analysis.card_values import OneOf, accepted, fold, read_field


# 1. a US city's staff report as Legistar prints it; the subject and the department in its form
LEGISTAR_STAFF_REPORT = """City of Bridgewater Falls
Staff Report

File #: 26-0142          Version: 1
Type: Consent Item        Status: Agenda Ready
In Control: City Council
Agenda Date: 2/17/2026   Final Action:

SUBJECT: Award of Contract for the Riverside Trail Lighting Project to Meridian Electric, Inc.
FROM: Public Works Department

RECOMMENDATION
Authorize the City Manager to execute a contract with Meridian Electric, Inc. in the amount of $486,250 for the
Riverside Trail Lighting Project.

BACKGROUND
The trail between Mill Street and the footbridge has no lighting. Three bids were received on January 22, 2026.

FISCAL IMPACT
The project is funded from the Capital Improvement Program, Fund 310.
"""

# 2. a US city's ordinance; its long title in capitals, the city named only in it and in the enacting clause
US_ORDINANCE = """ORDINANCE NO. 2026-07

AN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ELM RAPIDS AMENDING CHAPTER 9.12 OF THE ELM RAPIDS MUNICIPAL
CODE RELATING TO SIDEWALK CAFES

WHEREAS, the number of sidewalk cafes in the downtown district has doubled since 2019; and

WHEREAS, a clear width of at least five feet is needed for pedestrians and wheelchair users;

NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF ELM RAPIDS DOES ORDAIN AS FOLLOWS:

Section 1. Section 9.12.040 is amended to read: "A sidewalk cafe shall leave a clear width of five feet."

Section 2. This ordinance takes effect thirty days after its adoption.

PASSED AND ADOPTED this 3rd day of March, 2026.

_______________________
Dana Whitfield, Mayor

ATTEST:
_______________________
Luis Ortega, City Clerk
"""

# 3. a Danish kommune's sagsfremlæg in a Norwegian system's layout; the municipality in capitals over the genre
NORWEGIAN_STYLE_SAGSFREMLAEG = """VESTERLUND KOMMUNE

SAGSFREMLÆG

Sagsbehandler: Trine Aasmul          Arkiv: K2-L13
                                     Arkivsagsnr.: 25/1187

Udvalgssagsnr.   Udvalg                        Mødedato
14/26            Plan- og Miljøudvalget        03.03.2026
22/26            Kommunalbestyrelsen           19.03.2026

Trafiksikkerhedsplan 2026-2030 – endelig vedtagelse

Rådmandens indstilling:
Trafiksikkerhedsplanen for 2026-2030 vedtages endeligt.

Sagens baggrund:
Forslaget til trafiksikkerhedsplan var i offentlig høring fra 5. januar til 2. februar 2026. Der kom elleve
høringssvar, der er samlet i vedlagte notat.

Vurdering:
Høringssvarene giver anledning til to mindre ændringer ved skolevejene i Hovby.
"""

# 4. a Luxembourg commune's extract of its council's register of deliberations, in German with a bilingual head
LUXEMBOURG_AUSZUG = """Administration communale de Wolzerbach
Gemeinde Wolzerbach

Auszug aus dem Register der Beratungen des Gemeinderates

Sitzung vom 27. Januar 2026
Anwesend: Herr Jemp Hoffmann, Bürgermeister; Frau Sonia Kieffer, Herr Marc Thill, Schöffen;
Frau Anne Reding, Herr Tom Weber, Herr Gilles Schmit, Gemeinderäte; Herr Paul Majerus, Gemeindesekretär

Punkt 4
Gegenstand: Genehmigung des Kostenvoranschlags für die Erneuerung der Wasserleitung in der Rue de l'Église

Der Gemeinderat,
nach Einsicht in den Kostenvoranschlag des technischen Dienstes über 265.000 Euro,
nach Anhörung des Schöffenrates,
beschließt einstimmig,
den Kostenvoranschlag zu genehmigen.

Für gleichlautenden Auszug
Der Bürgermeister                    Der Gemeindesekretär
"""

# 5. a South Tyrolean Gemeinde's decision of its Gemeindeausschuss; head and subject in German and Italian
SOUTH_TYROLEAN_BESCHLUSS = """GEMEINDE LAUBENTAL                           COMUNE DI VALLELAUBE
Autonome Provinz Bozen – Südtirol            Provincia autonoma di Bolzano – Alto Adige

Beschluss des Gemeindeausschusses            Deliberazione della Giunta comunale
Nr. 84 vom 17.02.2026                        N. 84 del 17.02.2026

Gegenstand: Ankauf eines Kommunalfahrzeugs für den Bauhof
Oggetto: Acquisto di un veicolo comunale per il cantiere comunale

Der Gemeindeausschuss
stellt fest, dass das Kommunalfahrzeug des Bauhofs aus dem Jahr 2008 nicht mehr wirtschaftlich repariert werden
kann, und beschließt einstimmig, ein neues Fahrzeug zum Preis von 74.800 Euro zuzüglich MwSt. anzukaufen.

Der Bürgermeister                            Der Gemeindesekretär
Florian Oberhofer                            Dr. Martina Pircher
"""

# 6. a Northern Irish borough council's committee minutes
NI_COMMITTEE_MINUTES = """ARDMOYLE AND LISNAREE BOROUGH COUNCIL

Minutes of the Meeting of the Leisure and Community Services Committee held in the Council Chamber, Civic
Offices, Ardmoyle on Tuesday 3 February 2026 at 7.00 pm

Present: Alderman P. Crawford (Chair); Councillors M. Doherty, S. Gilmore, R. Quinn and E. Wallace
In Attendance: Director of Leisure and Community Services, Democratic Services Officer

LC 12/26 Apologies
Apologies were received from Councillor T. Nugent.

LC 13/26 Community Festivals Fund 2026/27
The Committee considered the report of the Head of Community Development. It was proposed by Councillor Quinn,
seconded by Councillor Gilmore and agreed that the fund be opened for applications on 1 March 2026.
"""

# 7. a Lower Saxony Samtgemeinde's Mitteilungsvorlage as Somacos Session prints it; no subject label
SAMTGEMEINDE_MITTEILUNGSVORLAGE = """Samtgemeinde Oberaue
Der Samtgemeindebürgermeister

Mitteilungsvorlage                          Vorlage Nr.: 2026/014
                                            Datum: 20.01.2026
Fachbereich: II – Bauen und Umwelt
Bearbeitung: Herr Rolfes

Beratungsfolge:
Bau- und Umweltausschuss       10.02.2026     Kenntnisnahme

Sachstand Breitbandausbau in den Mitgliedsgemeinden

Sachverhalt:
In den Mitgliedsgemeinden Aueloh und Grevenbrück sind 1.420 von 1.610 Haushalten an das Glasfasernetz
angeschlossen. Die restlichen Anschlüsse folgen bis Ende 2026.
"""

# 8. an Australian shire's notice of motion by a councillor
AUSTRALIAN_NOTICE_OF_MOTION = """WATTLE CREEK SHIRE COUNCIL
Ordinary Council Meeting – 24 February 2026

Item 11.2
NOTICE OF MOTION – CR JANE ELLERY

Subject: Shade Sails at Council Playgrounds

Councillor Jane Ellery has given notice of her intention to move the following motion:

MOTION
That Council requests the Chief Executive Officer to report by June 2026 on the cost of installing shade sails at
the shire's nine playgrounds.

Rationale
Several playgrounds have no shade, and families avoid them in the summer months.
"""


EXPECTED = [
    pytest.param(LEGISTAR_STAFF_REPORT, "kind", "proposal", id="legistar_report-kind"),
    pytest.param(
        LEGISTAR_STAFF_REPORT, "title",
        "Award of Contract for the Riverside Trail Lighting Project to Meridian Electric, Inc.",
        id="legistar_report-title",
    ),
    pytest.param(LEGISTAR_STAFF_REPORT, "municipality", "City of Bridgewater Falls", id="legistar_report-municipality"),
    pytest.param(
        LEGISTAR_STAFF_REPORT, "author_unit", OneOf("Public Works Department", "Public Works"),
        id="legistar_report-author_unit",
    ),
    pytest.param(
        US_ORDINANCE, "title",
        OneOf(
            "Amending Chapter 9.12 of the Elm Rapids Municipal Code relating to sidewalk cafes",
            "An ordinance of the City Council of the City of Elm Rapids amending Chapter 9.12 of the Elm Rapids"
            " Municipal Code relating to sidewalk cafes",
        ),
        id="ordinance-title",
    ),
    pytest.param(US_ORDINANCE, "municipality", "City of Elm Rapids", id="ordinance-municipality"),
    pytest.param(US_ORDINANCE, "author_unit", None, id="ordinance-author_unit"),
    pytest.param(NORWEGIAN_STYLE_SAGSFREMLAEG, "kind", "proposal", id="sagsfremlaeg-kind"),
    pytest.param(
        NORWEGIAN_STYLE_SAGSFREMLAEG, "title", "Trafiksikkerhedsplan 2026-2030 – endelig vedtagelse",
        id="sagsfremlaeg-title",
    ),
    pytest.param(NORWEGIAN_STYLE_SAGSFREMLAEG, "municipality", "Vesterlund Kommune", id="sagsfremlaeg-municipality"),
    pytest.param(NORWEGIAN_STYLE_SAGSFREMLAEG, "author_unit", None, id="sagsfremlaeg-author_unit"),
    pytest.param(LUXEMBOURG_AUSZUG, "kind", "minutes", id="luxembourg_auszug-kind"),
    pytest.param(
        LUXEMBOURG_AUSZUG, "title",
        "Genehmigung des Kostenvoranschlags für die Erneuerung der Wasserleitung in der Rue de l'Église",
        id="luxembourg_auszug-title",
    ),
    pytest.param(
        LUXEMBOURG_AUSZUG, "municipality", OneOf("Gemeinde Wolzerbach", "Administration communale de Wolzerbach"),
        id="luxembourg_auszug-municipality",
    ),
    pytest.param(LUXEMBOURG_AUSZUG, "author_unit", None, id="luxembourg_auszug-author_unit"),
    pytest.param(
        SOUTH_TYROLEAN_BESCHLUSS, "title", "Ankauf eines Kommunalfahrzeugs für den Bauhof", id="south_tyrol-title",
    ),
    pytest.param(
        SOUTH_TYROLEAN_BESCHLUSS, "municipality", OneOf("Gemeinde Laubental", "Comune di Vallelaube"),
        id="south_tyrol-municipality",
    ),
    pytest.param(SOUTH_TYROLEAN_BESCHLUSS, "author_unit", None, id="south_tyrol-author_unit"),
    pytest.param(NI_COMMITTEE_MINUTES, "kind", "minutes", id="ni_minutes-kind"),
    pytest.param(
        NI_COMMITTEE_MINUTES, "municipality", "Ardmoyle and Lisnaree Borough Council", id="ni_minutes-municipality",
    ),
    pytest.param(NI_COMMITTEE_MINUTES, "author_unit", None, id="ni_minutes-author_unit"),
    pytest.param(SAMTGEMEINDE_MITTEILUNGSVORLAGE, "kind", "notice", id="samtgemeinde_vorlage-kind"),
    pytest.param(
        SAMTGEMEINDE_MITTEILUNGSVORLAGE, "title", "Sachstand Breitbandausbau in den Mitgliedsgemeinden",
        id="samtgemeinde_vorlage-title",
    ),
    pytest.param(
        SAMTGEMEINDE_MITTEILUNGSVORLAGE, "municipality", "Samtgemeinde Oberaue", id="samtgemeinde_vorlage-municipality",
    ),
    pytest.param(
        SAMTGEMEINDE_MITTEILUNGSVORLAGE, "author_unit",
        OneOf("Fachbereich II – Bauen und Umwelt", "Fachbereich II", "Bauen und Umwelt"),
        id="samtgemeinde_vorlage-author_unit",
    ),
    pytest.param(AUSTRALIAN_NOTICE_OF_MOTION, "kind", "motion", id="notice_of_motion-kind"),
    pytest.param(
        AUSTRALIAN_NOTICE_OF_MOTION, "title", "Shade Sails at Council Playgrounds", id="notice_of_motion-title",
    ),
    pytest.param(
        AUSTRALIAN_NOTICE_OF_MOTION, "municipality", "Wattle Creek Shire Council", id="notice_of_motion-municipality",
    ),
    pytest.param(AUSTRALIAN_NOTICE_OF_MOTION, "author_unit", None, id="notice_of_motion-author_unit"),
]


@pytest.mark.parametrize(("text", "field", "expected"), EXPECTED)
def test_paper_of_a_seventeenth_round_layout_gives_the_value_a_reader_would_write_down(text, field, expected):
    read = fold(read_field(analyse(text), field))
    assert read in accepted(expected)


# The round's general rules, each on a text of its own in a layout the round's papers do not use.


def test_resolution_names_the_city_that_enacts_it_in_its_long_title_and_enacting_clause():
    text = """Resolution No. R-2026-031

A Resolution of the City Council of the City of Cedar Bluff, Kansas, Approving the Purchase of a Street Sweeper

Whereas the street sweeper bought in 2009 can no longer be repaired; and

Whereas three quotes were received;

Now, therefore, be it resolved by the City Council of the City of Cedar Bluff:

1. The purchase of a street sweeper from Plains Equipment Co. for $298,400 is approved.
"""
    card = analyse(text)
    assert card.municipality == "City of Cedar Bluff"
    assert card.title == (
        "A Resolution of the City Council of the City of Cedar Bluff, Kansas, Approving the Purchase of a Street Sweeper"
    )


def test_by_law_names_the_township_whose_council_enacts_it():
    text = """BY-LAW NUMBER 2026-015

Being a By-law to Regulate the Keeping of Backyard Hens

WHEREAS the Municipal Act permits a council to regulate the keeping of animals;

NOW THEREFORE the Council of the Corporation of the Township of North Alder enacts as follows:

1. No person shall keep more than four hens on a residential lot.
"""
    card = analyse(text)
    assert card.municipality == "Township of North Alder"
    assert card.title == "Being a By-law to Regulate the Keeping of Backyard Hens"


def test_another_councils_resolution_named_in_a_sentence_names_no_issuer():
    text = """MEMORANDUM

TO: Library Board
FROM: Library Director
DATE: March 2, 2026

Joint Library Services Review

A resolution of the City Council of the City of Dunmore, adopted in 2019, set up the joint library board. The
board asked for a review of the service agreement before it is renewed.
"""
    assert analyse(text).municipality is None


def test_paper_with_a_recommendation_that_reports_a_hearing_is_no_hearing_letter():
    text = """Økonomiudvalget
Møde den 12. marts 2026

Salg af grund ved Havnevej

Direktionens indstilling:
At grunden sælges til højestbydende.

Sagsfremstilling:
Salget har været i offentlig høring i fire uger, og der kom to høringssvar. Høringen gav ikke anledning til
ændringer.
"""
    assert analyse(text).kind == "proposal"


def test_hearing_letter_without_a_recommendation_stays_a_hearing():
    text = """Høring over forslag til ny affaldsregulativ

Kommunen sender hermed forslaget i offentlig høring. Høringsfristen er den 2. april 2026.
"""
    assert analyse(text).kind == "hearing"


def test_case_put_before_a_body_under_the_form_name_sagsfremlaeg_is_a_proposal():
    text = """Sagsfremlæg
Sagsbehandler: Ole Rist
Arkivsagsnr.: 26/0042

Tilskud til lokalhistorisk arkiv
Arkivet søger om et tilskud på 40.000 kr. til digitalisering af fotosamlingen.
"""
    assert analyse(text).kind == "proposal"


def test_extract_of_a_councils_book_of_decisions_is_its_minutes():
    text = """Einwohnergemeinde Talwil

Auszug aus dem Beschlussbuch des Gemeinderates
Sitzung vom 18. März 2026

Gegenstand: Ersatz der Heizung im Werkhof

Der Gemeinderat bewilligt für den Ersatz der Heizung einen Kredit von CHF 86'000.
"""
    assert analyse(text).kind == "minutes"


def test_body_heard_before_a_decision_makes_no_hearing():
    text = """Gemeinde Altbrunn

Auszug aus dem Register der Beschlüsse des Gemeinderates
Sitzung vom 4. März 2026

Gegenstand: Vergabe der Reinigung der Schulgebäude

Der Gemeinderat beschließt nach Anhörung der Schulleitung einstimmig, die Reinigung der Schulgebäude an die
Firma Glanz & Co. zu vergeben.
"""
    assert analyse(text).kind == "minutes"


def test_genre_name_with_its_number_alone_is_no_title():
    text = """ORDINANCE NO. 2026-11

AN ORDINANCE OF THE TOWN COUNCIL OF THE TOWN OF BIRCH LAKE ADOPTING A NOISE CONTROL CODE

Section 1. Chapter 8.20 is added to the Birch Lake Town Code.
"""
    card = analyse(text)
    assert card.title == "AN ORDINANCE OF THE TOWN COUNCIL OF THE TOWN OF BIRCH LAKE ADOPTING A NOISE CONTROL CODE"
    assert card.municipality == "Town of Birch Lake"


# After the round: a general reader for what the left-out councils lose.


def test_advisory_body_that_signs_a_letters_closing_in_its_own_name_wrote_it():
    text = """Kommunalbestyrelsen
Hvidmose Kommune

Bemærkninger til forslag om nedlæggelse af busrute 214

Lokalrådet har drøftet forslaget på sit møde den 3. marts. Ruten er den eneste forbindelse for de ældre i
landsbyen, og vi beder om, at den bevares.

Med venlig hilsen
Lokalrådet for Hvidmose Nord
"""
    assert analyse(text).author_unit == "Lokalrådet for Hvidmose Nord"


def test_advisory_body_under_a_closing_ended_by_a_comma_wrote_the_letter():
    text = """An den Oberbürgermeister
Herrn Dr. Jörg Albrecht

Schulweg an der Eichendorffstraße

Wir bitten darum, den Schulweg an der Eichendorffstraße im Winter besser zu beleuchten.

Beste Wünsche,
Stadtteilbeirat Lindenhof
"""
    assert analyse(text).author_unit == "Stadtteilbeirat Lindenhof"


def test_county_councils_mail_domain_wrapped_at_its_dot_in_a_narrow_column_names_it():
    text = """Cabinet Member Decision
Venue: Elizabeth II Court	Contact: Daniel Price
Winchester	Email: daniel.price@hants
	.gov.uk

Highways Maintenance Programme 2026/27

The Cabinet Member is asked to approve the programme of resurfacing schemes set out in Appendix 1.
"""
    assert analyse(text).municipality == "Hampshire County Council"


def test_danish_municipalitys_mail_domain_wrapped_at_its_dot_names_it():
    text = """Notat
Til: Teknisk Udvalg	Kontakt: Mette Lund, mette.lund@aarhus
	.dk

Status på cykelstier 2026

Der er i 2025 anlagt 14 km nye cykelstier.
"""
    assert analyse(text).municipality == "Aarhus Kommune"
