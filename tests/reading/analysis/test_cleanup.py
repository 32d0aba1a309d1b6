from townhall.reading.analysis.cleanup import clean_text


def test_bold_marks_are_removed_and_wrapped_bold_heading_joined():
    assert clean_text("**Kontoret for Inklusion og\nMangfoldighed**\n1592 København V") == (
        "Kontoret for Inklusion og Mangfoldighed\n1592 København V"
    )


def test_italic_marks_are_removed_but_lone_asterisks_stay():
    assert clean_text("med titlen *Mangfoldighed der virker* og 5 * 3") == "med titlen Mangfoldighed der virker og 5 * 3"


def test_markdown_links_keep_their_label():
    assert clean_text("[1. EUROCITIES Charter](#)\n[2. Program](bilag/2.pdf)") == "1. EUROCITIES Charter\n2. Program"


def test_page_footers_in_three_languages_are_dropped():
    text = "Erste Seite\nSeite 1 von 3\nFørste side\nSide 2 af 2\nFirst page\nPage 1 of 4\n- 3 -"
    assert clean_text(text) == "Erste Seite\nFørste side\nFirst page"


def test_hyphenated_line_break_joins_the_word():
    assert clean_text("Die Integrations-\nkonferenz findet statt") == "Die Integrationskonferenz findet statt"


def test_hyphen_before_conjunction_keeps_the_compound_elision():
    assert clean_text("Beskæftigelses-\nog Integrationsudvalget") == "Beskæftigelses- og Integrationsudvalget"


def test_soft_hyphens_and_non_breaking_spaces_are_normalised():
    assert clean_text("Integra\u00adtions\u00a0rat") == "Integrations rat"


def test_runs_of_tabs_become_one_column_separator():
    assert clean_text("Gremium \t\t Datum\nIntegrationsrat\t \t18.09.2012") == "Gremium\tDatum\nIntegrationsrat\t18.09.2012"


def test_letterhead_repeated_on_every_page_is_kept_once():
    page = "Stadt Musterhausen – Der Oberbürgermeister\nText {n}\n"
    text = "".join(page.format(n=n) for n in range(3))
    assert clean_text(text).count("Der Oberbürgermeister") == 1


def test_line_structure_is_kept_for_label_value_pairs():
    assert clean_text("Sagsnr.\n2010-7022\n\nDokumentnr.\n2012-868586").split("\n")[:2] == ["Sagsnr.", "2010-7022"]


def test_markdown_table_rows_become_tab_separated_lines():
    text = "| Gremium | Datum |\n|---|---|\n| Integrationsrat | 18.09.2012 |"
    assert clean_text(text) == "Gremium\tDatum\nIntegrationsrat\t18.09.2012"


def test_bullet_characters_become_dashes():
    assert clean_text("• Arbeitsmarktintegration\n▪ Schule/Bildung") == "- Arbeitsmarktintegration\n- Schule/Bildung"


def test_html_entities_are_decoded():
    assert clean_text("Teknik- &amp; Miljøforvaltningen&nbsp;indstiller") == "Teknik- & Miljøforvaltningen indstiller"
