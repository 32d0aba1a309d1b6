"""Title and kind read from the layout: the paper's own heading, not its letterhead."""

from datetime import date

from bench.corpus.pdf_writer import PdfWriter, TextRun
from townhall import reading
from townhall.reading.analysis import analyse


def _pdf(runs):
    writer = PdfWriter()
    writer.add_page(runs)
    return reading.read(writer.to_bytes(), filename="vorlage.pdf").card


def test_most_prominent_heading_is_the_title_not_the_letterhead():
    card = _pdf([
        TextRun(72, 800, "Druckerei Ratsinfo – gedruckt am 01.01.2025", 7),
        TextRun(72, 760, "Stadt Lindau", 18),
        TextRun(72, 700, "Neubau der Grundschule am Park", 16, bold=True),
        TextRun(72, 670, "Die Verwaltung schlägt vor, die Grundschule am Park neu zu bauen.", 11),
        TextRun(72, 655, "Die Kosten sind im Haushalt eingeplant und der Rat soll entscheiden.", 11),
    ])
    assert card.title == "Neubau der Grundschule am Park"
    assert card.evidence["title"].how == "most prominent heading"


def test_genre_word_alone_is_never_the_title():
    card = _pdf([
        TextRun(72, 760, "Mitteilung", 16, bold=True),
        TextRun(72, 720, "Winterdienst auf Radwegen", 13, bold=True),
        TextRun(72, 690, "Die Verwaltung berichtet über den Winterdienst im vergangenen Jahr.", 11),
    ])
    assert (card.kind, card.title) == ("notice", "Winterdienst auf Radwegen")


def test_agenda_item_label_alone_is_never_the_title():
    text = ("Dagsordenspunkt\n\nNy belysning på stien langs Åen\n\nTeknik- og Miljøudvalget\nMøde den 3. februar 2026\n\n"
            "Indstilling\nForvaltningen indstiller, at udvalget godkender den nye belysning.\n")
    card = reading.read(text.encode(), filename="punkt.txt").card
    assert card.title == "Ny belysning på stien langs Åen"


def test_heading_naming_a_record_gives_its_title_date_and_number():
    card = analyse("Kreistag\n\nProtokoll Nr. 14 vom 3. April 2025\n\nVorsitz\tAnna Beispiel\n\nTagesordnung\n\n1. Eröffnung")
    assert (card.kind, card.title, card.date, card.references.paper) == (
        "minutes", "Protokoll Nr. 14 vom 3. April 2025", date(2025, 4, 3), "14")


def test_numbered_item_with_recommendation_and_decision_sections_is_an_agenda_item():
    text = "12. Ny legeplads i Nordby\n\nIndstilling\n\nAdministrationen indstiller, at legepladsen etableres.\n\nBeslutning\n\nGodkendt."
    card = analyse(text)
    assert (card.kind, card.title) == ("agenda_item", "Ny legeplads i Nordby")


def test_genre_field_of_a_web_page_names_the_kind():
    text = "Betreff\n\nRadständer am Bahnhof\n\nTyp:\n\nBA-Antrag\n\nArt:\n\nÖffentlicher Vorgang\n\nBearbeitungs-Frist:\n\n15.06.2025"
    card = analyse(text)
    assert (card.kind, card.public) == ("motion", True)
    assert [(d.date, d.purpose) for d in card.deadlines] == [(date(2025, 6, 15), "Bearbeitungs-Frist")]
