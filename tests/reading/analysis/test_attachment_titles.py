from townhall.reading.analysis.attachments import find_attachments


def test_numbered_list_under_bilag_heading():
    assert find_attachments("Økonomi\n\nBilag\n\n1. Program for konferencen") == ["Program for konferencen"]


def test_list_repeated_as_links_counts_once():
    text = "BILAG\n\n1. EUROCITIES Charter\n2. Konferenceprogram\n\nMorten Binder\n\nbilag\n\n1. EUROCITIES Charter\n\n2. Konferenceprogram"
    assert find_attachments(text) == ["EUROCITIES Charter", "Konferenceprogram"]


def test_labelled_anlage_items_with_dash():
    assert find_attachments("Anlagen\nAnlage 1 – Statistik 2020\nAnlage 2 – Übersicht der Beratungsstellen") == [
        "Statistik 2020",
        "Übersicht der Beratungsstellen",
    ]


def test_bilag_with_colon_outside_a_list():
    assert find_attachments("Tekst.\nBilag 1: Kommissorium for ungerådet\n") == ["Kommissorium for ungerådet"]


def test_prose_mentioning_a_bilag_is_not_an_attachment():
    assert find_attachments("Bilag 1 viser, at udgifterne stiger.") == []


def test_title_marked_gemaess_anlage_in_the_text():
    text = "Dokumentation der Integrationskonferenz 2012 der Landeshauptstadt Potsdam (gemäß Anlage)"
    assert find_attachments(text) == ["Dokumentation der Integrationskonferenz 2012 der Landeshauptstadt Potsdam"]


def test_file_type_note_is_dropped():
    assert find_attachments("Bilag\n1. Anlægsregnskab (PDF)") == ["Anlægsregnskab"]


def test_none_under_the_heading_means_no_attachments():
    assert find_attachments("Background Papers:\nNone\n\nLead Officer") == []


def test_background_papers_are_not_attachments():
    assert find_attachments("Background papers\n1. Housing Strategy 2020\n") == []


def test_attachment_table_gives_the_name_column_without_file_sizes():
    text = "Anlage/n:\nNr.\tStatus\tName\n1\töffentlich\tLageplan (245 KB)\n2\töffentlich\tKostenschätzung (1,2 MB)"
    assert find_attachments(text) == ["Lageplan", "Kostenschätzung"]


def test_items_numbered_without_a_full_stop():
    assert find_attachments("Anlagen\n1 Klimaschutzkonzept\n2 Maßnahmenliste") == ["Klimaschutzkonzept", "Maßnahmenliste"]


def test_anlagen_heading_written_with_a_bracketed_plural():
    assert find_attachments("Anlage(n)\n1. Lageplan\n2. Satzungsentwurf\n\nIn Vertretung") == ["Lageplan", "Satzungsentwurf"]


def test_two_attachments_run_together_on_one_line_are_split():
    text = "Anlagen:\nAnlage 1: Klimaschutzkonzept\nAnlage 2: Starkregenkarte Anlage 3: Liste der Dachflächen\n"
    assert find_attachments(text) == ["Klimaschutzkonzept", "Starkregenkarte", "Liste der Dachflächen"]


def test_things_named_before_a_bracketed_bilag_number_are_the_attachments():
    text = (
        "Sagsfremstilling\n\nDer er i forbindelse med naboorienteringen indkommet bemærkninger (jf. bilag 1), som"
        " administrationen har vurderet. Administrationen indstiller på baggrund af en samlet vurdering (jf. bilag 2),"
        " at der gives tilladelse. Arbejdet forventes udført i perioden maj til juli 2025 (jf. bilag 3).\n"
    )
    assert find_attachments(text) == ["bemærkninger", "samlet vurdering"]


def test_recommendation_names_its_attachment_with_what_goes_with_it():
    text = (
        "Indstilling\n\n1. at borgmesteren sender vedlagte brev (bilag 1) med svar til de frivillige foreninger på"
        " vegne af byrådet.\n2. at evalueringen af forsøget med åbne haller (bilag 2) tages til efterretning.\n"
    )
    assert find_attachments(text) == [
        "brev med svar til de frivillige foreninger",
        "evalueringen af forsøget med åbne haller",
    ]


def test_a_listed_attachment_is_not_named_again_from_a_bracketed_number():
    text = "Der er indkommet et høringssvar (jf. bilag 1).\n\nBilag\n\n1. Høringssvar fra grundejerforeningen\n"
    assert find_attachments(text) == ["Høringssvar fra grundejerforeningen"]


def test_german_and_english_things_before_a_bracketed_attachment_number():
    german = "Die Verwaltung hat eine Kostenschätzung (siehe Anlage 1) erstellt.\n"
    english = "Members are asked to note the revised delivery plan (see Appendix A) before the vote.\n"
    assert find_attachments(german) == ["Kostenschätzung"]
    assert find_attachments(english) == ["revised delivery plan"]


def test_attachment_list_ends_at_the_confirmation_of_the_decision_under_it():
    text = (
        "Anlagen\n\nLageplan Spielplatz Nord\nKostenübersicht\n\nbeschlossen im Gemeinderat am\n\n"
        "Petra Lindner\nVorsitzende des Gemeinderates\n"
    )
    assert find_attachments(text) == ["Lageplan Spielplatz Nord", "Kostenübersicht"]


def test_english_attachment_list_ends_at_approved_by_council_on():
    text = "Appendices\n\nPlay Strategy 2020\nConsultation summary\n\nApproved by Council on\n\nMary Jones\nMayor\n"
    assert find_attachments(text) == ["Play Strategy 2020", "Consultation summary"]
