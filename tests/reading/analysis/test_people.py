from townhall.reading.analysis.people import as_name, find_case_handler, find_people, find_signatories


def test_case_handler_name_wrapped_over_two_lines_is_joined():
    assert find_case_handler("Sagsbehandler\nChristine Lunde\nRasmussen\n\nBorgmesteren foreslår") == "Christine Lunde Rasmussen"


def test_sachbearbeitung_with_title_and_phone_gives_the_name_only():
    assert find_case_handler("Sachbearbeitung: Frau Petra Lindner, Tel. 0228 77-4512") == "Petra Lindner"


def test_contact_officer_with_role_after_comma():
    assert find_case_handler("Contact officer: Fiona MacLeod, Libraries Manager") == "Fiona MacLeod"


def test_initials_are_not_a_case_handler():
    assert find_case_handler("Sagsbehandler: JLH") is None


def test_gez_gives_the_signatory_without_the_mark():
    assert find_signatories("Die Konferenz findet statt.\n\nGez. Koch") == ["Koch"]


def test_name_after_venlig_hilsen_and_letterhead_block():
    text = "Venlig hilsen\n\nRådhuset\n1599 København V.\n\nTelefon\n33 66 28 51\n\nwww.bif.kk.dk\n\nKlaus Bondam"
    assert find_signatories(text) == ["Klaus Bondam"]


def test_director_and_deputy_names_at_the_end():
    assert find_signatories("BILAG\n\n1. Program\n\nMorten Binder\n\n/ Kaj Ove Christiansen\n") == [
        "Morten Binder",
        "Kaj Ove Christiansen",
    ]


def test_title_before_name_is_stripped():
    assert find_signatories("Mit freundlichen Grüßen\n\ngez. Dr. Katja Dörner\nOberbürgermeisterin") == ["Katja Dörner"]


def test_name_above_a_role_line_is_a_signatory():
    assert find_signatories("Paul Lawrence\nExecutive Director of Place\n\nContact: x") == ["Paul Lawrence"]


def test_headings_at_the_end_are_not_signatories():
    assert find_signatories("Beratungsergebnis\n\nFinanzielle Auswirkungen?\n\nOberbürgermeister\n\nGeschäftsbereich 1") == []


def test_two_capitalised_nouns_at_the_end_are_not_signatories():
    assert find_signatories("Text.\n\nRunder Tisch\nArbeitsmarkt Integration") == []


def test_name_words_with_noun_endings_are_not_a_name():
    assert as_name("Finanzielle Auswirkungen") is None


def test_people_include_names_after_a_form_of_address():
    assert "Guntram Schneider" in find_people("Der Minister, Herr Guntram Schneider wurde angefragt.")


def test_director_and_deputy_on_one_line_separated_by_slash():
    assert find_signatories("Tekst.\n\nJesper Christensen / Henrik Kruse\n") == ["Jesper Christensen", "Henrik Kruse"]


def test_gez_with_colon():
    assert find_signatories("Text.\n\nGez.: Dr. Anna Vogt") == ["Anna Vogt"]


def test_case_handler_near_the_end_is_not_a_signatory():
    assert find_signatories("Sagsbehandler\nJonas Vestergaard\n\nKontoret for X\n\nBilag\n\n1. Program") == []


def test_signed_line_gives_the_signatory():
    assert find_signatories("Text.\n\nSigned: John Smith\nChief Executive") == ["John Smith"]


def test_title_at_a_line_end_does_not_join_the_next_line_into_a_name():
    assert find_people("Der Bürgermeister\n\nFederführender Fachbereich\nUmwelt") == []


def test_unit_name_after_the_closing_is_not_a_signatory():
    assert find_signatories("Med venlig hilsen\n\nByens Udvikling\nNjalsgade 13") == []


def test_city_letterhead_above_a_council_line_is_not_a_signatory():
    assert find_signatories("Landeshauptstadt Dresden\nStadtrat\n\nAnfrage") == []


def test_contact_person_with_role_and_phone_after_commas():
    assert find_case_handler("Contact person: Andy Dunn, Traffic Manager, 01225 394123") == "Andy Dunn"


def test_signature_under_academic_titles_with_a_university_in_brackets():
    text = "III. Beschluss\nnach Antrag.\n\nProf. Dr. (Univ. Wien) Thomas Berger\nStadtbaurat\n"
    assert find_signatories(text) == ["Thomas Berger"]


def test_signature_over_a_referent_role():
    assert find_signatories("Der Stadtrat beschließt.\n\nKarin Ried\nKulturreferentin\n") == ["Karin Ried"]


def test_job_title_under_a_signature_is_not_a_second_signatory():
    assert find_signatories("Yours faithfully,\n\nSarah Kelly\nPolicy Manager\n") == ["Sarah Kelly"]


def test_proposer_and_seconder_of_a_motion_sign_it():
    text = "Notice of Motion: Warm spaces\n\nProposed by: Councillor Jenny Marsh (Green)\nSeconded by: Councillor Tom Ahmed\n"
    assert find_signatories(text) == ["Jenny Marsh", "Tom Ahmed"]


def test_danish_proposers_of_a_member_motion_sign_it():
    text = "Medlemsforslag om cykelstier\n\nForslagsstillere: Thue Jørgensen og Ida Østergaard (Det Konservative Folkeparti)\n"
    assert find_signatories(text) == ["Thue Jørgensen", "Ida Østergaard"]


def test_abbreviated_sagsbehandler_label_with_the_name_below():
    assert find_case_handler("J.nr.: 2024-641701\n\nSagsbeh.\nSofie Pedersen\n\nside 1") == "Sofie Pedersen"
