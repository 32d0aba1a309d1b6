import pytest

from townhall.reading.analysis.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Forvaltningen indstiller, at udvalget godkender den nye politik for integration i kommunen.", "da"),
        ("Die Verwaltung wird beauftragt, dem Rat bis zum Ende des Jahres einen Bericht vorzulegen.", "de"),
        ("The committee is asked to approve the revised opening hours of the libraries in the city.", "en"),
    ],
)
def test_danish_german_and_english_are_recognised(text, code):
    assert detect_language(text) == code


def test_finnish_text_is_undetermined():
    text = "Kaupunginvaltuusto päätti kokouksessaan hyväksyä uuden talousarvion ja investointisuunnitelman vuodelle."
    assert detect_language(text) == "und"


def test_polish_text_is_undetermined():
    text = "Rada miasta podjęła uchwałę w sprawie budżetu na przyszły rok oraz planu inwestycji miejskich."
    assert detect_language(text) == "und"


def test_too_short_text_is_undetermined():
    assert detect_language("Bilag 1") == "und"


def test_list_like_english_notice_with_few_function_words_is_english():
    text = (
        "Manchester City Council\nNotice of Meeting\nEconomy and Regeneration Scrutiny Committee\nDate: Wednesday\n"
        "Venue: Council Antechamber, Town Hall Extension\nAgenda\n1. Urgent Business\n2. Appeals\n3. Interests\n"
        "4. Minutes\n5. Housing Strategy Update\nFor help and information about this meeting contact the Committee Officer"
    )
    assert detect_language(text) == "en"


def test_danish_agenda_of_names_and_labels_is_danish():
    text = ("Svendborg Kommune\n\nDagsorden\n\nBørne- og Ungeudvalget\nMødedato: 5. september 2023\n"
            "Mødested: Byrådssalen\n\nPunkter:\n1. Meddelelser\n2. Budgetopfølgning\n3. Eventuelt\n")
    assert detect_language(text) == "da"
