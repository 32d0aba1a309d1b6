"""An agenda item's addressee from its meeting's header line, and a web page's title from its <title>."""

from townhall.reading.analysis import analyse
from townhall.reading.extractors import extract


def _page(title: str, body: str):
    markup = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract(markup.encode("utf-8"), filename="punkt.html").document


def test_a_danish_item_under_its_meetings_agenda_line_is_laid_before_that_committee():
    card = analyse(
        "Økonomiudvalget – Dagsorden – 12. marts 2026\n\n5. Budgetopfølgning pr. 31. januar 2026\n\n"
        "Sagsnr.: 00.30.10-S00-1-26\n\nResumé\nForvaltningen fremlægger budgetopfølgningen for januar.\n\n"
        "Indstilling\nDirektionen indstiller, at budgetopfølgningen tages til efterretning.\n"
    )
    assert list(card.addressees) == ["Økonomiudvalget"]


def test_a_german_item_under_its_meetings_tagesordnung_line_is_laid_before_that_committee():
    card = analyse(
        "Ausschuss für Umwelt – Tagesordnung – 03.02.2026\n\nTOP 4 Baumschutzsatzung – Änderung der Gebührenordnung\n\n"
        "Vorlage Nr. 0123/2026\n\nSachverhalt:\nDie Gebühren wurden seit 2015 nicht angepasst.\n\n"
        "Beschlussvorschlag:\nDer Ausschuss stimmt der Änderung zu.\n"
    )
    assert list(card.addressees) == ["Ausschuss für Umwelt"]


def test_an_english_item_under_its_meetings_agenda_line_is_laid_before_that_committee():
    card = analyse(
        "Planning Committee – Agenda – 4 March 2026\n\nItem 6: Land at Mill Lane, Ashby – Outline Application for 40 Homes\n\n"
        "Report of: Head of Planning\n\nRecommendation\nThat outline permission be granted subject to conditions.\n"
    )
    assert list(card.addressees) == ["Planning Committee"]


def test_an_item_whose_til_line_names_another_body_keeps_that_addressee():
    card = analyse(
        "Økonomiudvalget – Dagsorden – 12. marts 2026\n\n7. Salg af grund ved Havnevej\n\n"
        "Til: Byrådet\n\nSagsnr.: 02.34.02-G01-4-26\n\nIndstilling\nForvaltningen indstiller, at grunden sælges.\n"
    )
    assert list(card.addressees) == ["Byrådet"]


def test_an_item_under_the_minutes_line_of_its_meeting_was_laid_before_that_committee():
    card = analyse(
        "Bauausschuss – Niederschrift – 10.02.2026\n\nTOP 3 Sanierung der Brücke Mühlweg\n\n"
        "Sachverhalt:\nDie Brücke ist seit 2024 gesperrt.\n\nBeschluss:\nDer Bauausschuss stimmt der Sanierung zu.\n"
    )
    assert list(card.addressees) == ["Bauausschuss"]


def test_a_web_pages_title_gives_the_title_without_the_sites_name():
    danish = _page(
        "Udvidelse af Søndergade Skole - Rådhusets dagsordener",
        "<p>Sagsnr.: 17.00.00-A00-3-26</p><p>Sagsfremstilling</p>"
        "<p>Skolen har flere elever end pladser, og forvaltningen foreslår en tilbygning på 400 m² mod nord.</p>",
    )
    german = _page(
        "Neugestaltung des Marktplatzes | Stadt Lindenhain",
        "<p>Vorlage Nr. 2026/014</p><p>Sachverhalt:</p>"
        "<p>Der Marktplatz wird seit Jahren als Parkplatz genutzt und soll zu einem Ort für Wochenmärkte werden.</p>",
    )
    english = _page(
        "Review of Car Parking Charges – ModernGov",
        "<p>Decision maker: Cabinet</p><p>Purpose:</p>"
        "<p>The charges in the council's car parks have not changed since 2019 and no longer cover their upkeep.</p>",
    )
    assert analyse(danish).title == "Udvidelse af Søndergade Skole"
    assert analyse(german).title == "Neugestaltung des Marktplatzes"
    assert analyse(english).title == "Review of Car Parking Charges"


def test_a_web_pages_title_that_is_only_a_genre_or_a_site_gives_no_title():
    genre = _page(
        "Dagsorden - Rådhusets dagsordener",
        "<p>Sagsnr.: 17.00.00-A00-3-26</p><p>Sagsfremstilling</p>"
        "<p>Skolen har flere elever end pladser, og forvaltningen foreslår en tilbygning på 400 m² mod nord.</p>",
    )
    site = _page(
        "Ratsinformationssystem | Stadt Lindenhain",
        "<p>Vorlage Nr. 2026/014</p><p>Sachverhalt:</p>"
        "<p>Der Marktplatz wird seit Jahren als Parkplatz genutzt und soll zu einem Ort für Wochenmärkte werden.</p>",
    )
    for page in (genre, site):
        title = analyse(page).title or ""
        assert not any(word in title.casefold() for word in ("dagsorden", "ratsinformationssystem", "lindenhain")), title


def test_an_unnumbered_item_under_its_meetings_agenda_line_is_laid_before_that_committee():
    card = analyse(
        "Ausschuss für Umwelt – Tagesordnung – 03.02.2026\n\nBaumschutzsatzung – Änderung der Gebührenordnung\n\n"
        "Sachverhalt:\nDie Gebühren wurden seit 2015 nicht angepasst.\n"
    )
    assert list(card.addressees) == ["Ausschuss für Umwelt"]
    assert card.title == "Baumschutzsatzung – Änderung der Gebührenordnung"


def test_the_minutes_line_over_one_danish_item_is_its_addressee_and_not_its_title():
    card = analyse(
        "Udvalget for Plan og Kultur – Referat – 12. marts 2026\n\n5. Lokalplan for Skovvej\n\n"
        "Sagsnr.: 01.02.05-P16-3-26\n\nBeslutning\nGodkendt.\n"
    )
    assert list(card.addressees) == ["Udvalget for Plan og Kultur"]
    assert card.title == "Lokalplan for Skovvej"
