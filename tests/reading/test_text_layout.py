"""The layout of plain text: blocks, headings, list items and tables of aligned columns."""

from townhall.reading.layout import HEADING, LIST_ITEM, Block, Table
from townhall.reading.text_layout import text_document


def _items(text):
    return list(text_document(text).pages[0].items)


def test_blank_lines_separate_blocks():
    items = _items("Første afsnit om sagen.\nFortsat her.\n\nAndet afsnit.")
    assert [item.text for item in items] == ["Første afsnit om sagen.\nFortsat her.", "Andet afsnit."]


def test_underlined_line_is_a_heading():
    items = _items("Referat af mødet\n================\nMødet blev holdt på rådhuset.")
    assert items[0].role == HEADING and items[0].lines[0].text == "Referat af mødet"
    assert items[0].lines[0].underlined
    assert items[1].text == "Mødet blev holdt på rådhuset."


def test_short_line_standing_alone_without_closing_punctuation_is_a_heading():
    items = _items("Indstilling\n\nAdministrationen indstiller, at planen godkendes.")
    assert items[0].role == HEADING
    assert items[1].role != HEADING


def test_label_with_value_is_not_a_heading():
    assert _items("Sagsnr.: 24-010658")[0].role != HEADING


def test_list_items_follow_their_lead_in_without_a_blank_line():
    document = text_document("Udvalget indstiller:\n- at planen godkendes\n- at sagen sendes i høring")
    items = document.pages[0].items
    assert [item.role for item in items][1:] == [LIST_ITEM, LIST_ITEM]
    assert document.text == "Udvalget indstiller:\n- at planen godkendes\n- at sagen sendes i høring"


def test_columns_aligned_with_spaces_are_a_table():
    text = "Gremium              Sitzung      Rolle\nBauausschuss         12.03.2025   Vorberatung\nStadtrat             27.03.2025   Entscheidung"
    table = _items(text)[0]
    assert isinstance(table, Table)
    assert [[cell.text for cell in row] for row in table.rows][2] == ["Stadtrat", "27.03.2025", "Entscheidung"]


def test_prose_with_a_double_space_is_not_a_table():
    items = _items("Der er ikke fastsat en grænse.  Støtten uddeles med fokus på rammerne.")
    assert isinstance(items[0], Block)


def test_form_feed_starts_a_new_page():
    document = text_document("Side et\fSide to")
    assert [page.text for page in document.pages] == ["Side et", "Side to"]


def test_markdown_emphasis_becomes_bold_and_its_marks_are_dropped():
    items = _items("**Notat**\n\nVedr.: *Ny* bibliotekspolitik\n\n## Baggrund\n\nSe [planen](https://example.org/plan).")
    assert (items[0].text, items[0].lines[0].bold, items[0].role) == ("Notat", True, HEADING)
    assert items[1].text == "Vedr.: Ny bibliotekspolitik"
    assert (items[2].text, items[2].level) == ("Baggrund", 2)
    assert items[3].text == "Se planen."
