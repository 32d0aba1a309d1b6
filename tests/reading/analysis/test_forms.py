"""Form fields: one label lexicon (da, de, en) over the layouts forms come in."""

from townhall.reading.analysis.forms import form_fields, label_key, normalise_label
from townhall.reading.layout import Block, Cell, Document, Line, Page, Table
from townhall.reading.text_layout import text_document


def _fields(text):
    return {(field.key, field.value) for field in form_fields(text_document(text)) if field.key}


def test_labels_are_known_whatever_their_spelling_gender_suffix_and_colon():
    assert normalise_label("Sachbearbeiter/-in:") == "sachbearbeiter"
    assert label_key("Sachbearbeiter/-in:") == "case_handler"
    assert label_key("Vorlagen-Nr.") == "paper"
    assert label_key("Sagsnr.") == "case"
    assert label_key("Dok.nr.") == "document"
    assert label_key("Vedr.") == "subject"
    assert label_key("Report author") == "case_handler"
    assert label_key("Lieblingsfarbe") is None


def test_label_and_value_on_one_line():
    assert ("subject", "Sanierung der Turnhalle") in _fields("Betreff: Sanierung der Turnhalle")


def test_value_standing_under_a_bare_number_label():
    assert ("case", "2025-4471") in _fields("Sagsnr.\n2025-4471")


def test_label_and_value_in_cells_of_one_line():
    assert ("author_unit", "Fachbereich Umwelt") in _fields("Einreicher:\tFachbereich Umwelt")


def test_row_of_labels_over_a_row_of_values():
    found = _fields("DECISION TO BE TAKEN BY:\tDECISION NO:\nCabinet\t25/00123")
    assert {("addressee", "Cabinet"), ("paper", "25/00123")} <= found


def test_value_is_cut_where_the_next_label_starts():
    assert ("addressee", "Planning Committee") in _fields("To: Planning Committee From: Head of Planning")


def test_two_column_table_rows_are_fields():
    table = Table(((Cell("Dienststelle:"), Cell("Amt für Umwelt")), (Cell("Datum:"), Cell("03.03.2025"))))
    document = Document((Page(1, (table,)),))
    assert {(f.key, f.value) for f in form_fields(document)} == {("author_unit", "Amt für Umwelt"), ("date", "03.03.2025")}


def test_header_row_of_a_wide_table_is_no_field():
    table = Table(((Cell("Gremium"), Cell("Termin"), Cell("Status")), (Cell("Stadtrat"), Cell("12.03.2025"), Cell("öffentlich"))))
    assert form_fields(Document((Page(1, (table,)),))) == []


def test_genre_word_alone_over_a_line_is_not_a_subject_label():
    document = Document((Page(1, (Block((Line("Mitteilung"),), role="heading"), Block((Line("öffentlicher Teil"),)))),))
    assert [f for f in form_fields(document) if f.key == "subject"] == []


def test_number_label_does_not_take_a_value_without_digits():
    assert not any(key == "case" for key, _ in _fields("Sagsnr.\nSe vedlagte bilag"))


def test_label_cut_short_with_a_full_stop_is_the_label_it_begins():
    assert label_key("Response deadl.:") == "deadline"
    assert label_key("Contact offic.") == "case_handler"
    assert label_key("Response deadl") is None  # without its full stop it is not a label cut short


def test_deadline_named_by_a_cut_label_keeps_the_label_in_full_as_its_purpose():
    from townhall.reading.analysis import analyse

    card = analyse("Westfold City Council\nConsultation on parking\n\nResponse deadl.: 4 March 2024\n")
    assert [(fact.date.isoformat(), fact.purpose) for fact in card.deadlines] == [("2024-03-04", "Response deadline")]


def test_a_label_heading_a_table_column_under_the_body_is_no_field_of_the_form():
    from townhall.reading.analysis import analyse

    # An agenda item whose applications stand in a table with a "Titel" column, under its running text.
    text = (
        "4. Tilskud fra aktivitetspuljen\n\nSagsnr.: 25-004411\n\nSagsbeskrivelse\n\n"
        "Udvalget fordelte i foråret midler fra puljen, og de resterende midler uddeles nu efter en ny ansøgningsrunde.\n\n"
        " Forening\n\n Ansøgt beløb\n\n Titel\n\n Administrationens\n indstilling\n\n"
        " Bakkeby Roklub\n\n 12.000 kr.\n\n Roning for alle\n\n Fuld bevilling\n"
    )
    assert ("subject", "Administrationens indstilling") not in _fields(text)
    assert analyse(text).title == "Tilskud fra aktivitetspuljen"


def test_a_title_label_over_its_value_in_the_head_of_a_form_is_still_read():
    from townhall.reading.analysis import analyse

    text = (
        "Northvale Borough Council\n\nReport to Cabinet\n\n Title\n\n Review of community grants\n\n"
        "Report author: Jane Rowe\n\n"
        "This report sets out the outcome of the review of the community grants scheme and the changes proposed.\n"
    )
    assert ("subject", "Review of community grants") in _fields(text)
    assert analyse(text).title == "Review of community grants"


def test_an_english_table_column_headed_title_under_the_text_is_no_subject():
    from townhall.reading.analysis import analyse

    text = (
        "6. Small grants awarded in March\n\nReport of the Head of Communities\n\n"
        "The panel considered eleven applications to the small grants fund and agreed the awards listed below.\n\n"
        " Organisation\n\n Title\n\n Amount\n\n Riverside Youth Club\n\n Summer sports week\n\n £1,500\n"
    )
    assert analyse(text).title == "Small grants awarded in March"
