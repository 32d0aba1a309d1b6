from townhall.reading.analysis.kind import classify_kind


def test_mitteilung_heading_is_a_notice():
    assert classify_kind("3293/2012\n\nMitteilung\n\nöffentlicher Teil\n\nIntegrationskonferenz 2012") == "notice"


def test_beschlussvorlage_is_a_proposal():
    assert classify_kind("Stadt Bonn\nBeschlussvorlage\nBetreff: Radwege\nBeschlussvorschlag:") == "proposal"


def test_antrag_of_a_group_is_a_motion():
    assert classify_kind("Antrag\nder Fraktion Die Linke\nBetreff: Sozialticket") == "motion"


def test_niederschrift_is_minutes():
    assert classify_kind("Niederschrift\nder 3. Sitzung des Sozialausschusses\nAnwesend:\nHerr Meier") == "minutes"


def test_einladung_with_tagesordnung_is_an_agenda():
    assert classify_kind("Einladung\nzur Sitzung des Rates\n\nTagesordnung\nTOP 1 Eröffnung\nTOP 2 Haushalt") == "agenda"


def test_danish_numbered_item_with_recommendation_and_decision_is_an_agenda_item():
    text = "12. Underskrivelse af charter (2010-16508)\n\nINDSTILLING OG Beslutning\n\nForvaltningen indstiller,"
    assert classify_kind(text) == "agenda_item"


def test_note_to_a_committee_is_a_memo():
    assert classify_kind("Til: Beskæftigelses- og Integrationsudvalget\n\n31-10-2012\n\nUdvalget inviteres til konference") == "memo"


def test_invitation_to_comment_by_a_deadline_is_a_hearing():
    text = "Giv jeres bidrag til ny politik\n\nSend et høringssvar senest 11. oktober.\n\nVenlig hilsen\nKlaus"
    assert classify_kind(text) == "hearing"


def test_danish_indstilling_without_agenda_numbering_is_a_proposal():
    assert classify_kind("Til: Aarhus Byråd\n\nBorgmesterens Afdeling indstiller, at forslaget godkendes.") == "proposal"


def test_english_report_with_recommendations_is_a_proposal():
    assert classify_kind("Report to Cabinet\n\n1. Recommendations\n1.1 It is recommended that Cabinet approves") == "proposal"


def test_plain_letter_is_a_letter():
    assert classify_kind("Sehr geehrte Damen und Herren,\n\nvielen Dank.\n\nMit freundlichen Grüßen\nAnna Vogt") == "letter"


def test_text_without_genre_cues_is_other():
    assert classify_kind("Der Haushalt wurde besprochen.") == "other"


def test_report_asking_committee_to_note_is_a_notice():
    text = "Report by Director of Place\n\nRecommendations:\nCommittee is asked to note the contents of this report."
    assert classify_kind(text) == "notice"


def test_extract_of_minutes_is_minutes():
    assert classify_kind("Auszug aus der Niederschrift\nüber die Sitzung des Rates\n\nTOP 7\nHaushalt\nBeschluss:") == "minutes"


def test_members_motion_on_an_agenda_stays_a_motion():
    text = "Byrådet\n\nPunkt 14. Medlemsforslag fra SF om gratis busser\n\nSagsfremstilling\nTekst.\n\nBeslutning i Byrådet den 23. oktober 2023\nOversendt."
    assert classify_kind(text) == "motion"


def test_party_proposal_to_the_council_is_a_motion():
    assert classify_kind("Beslutningsforslag fra Enhedslisten\n\nTil: Aalborg Byråd\n\nForslag om byrum") == "motion"


def test_danish_orientation_that_asks_for_no_decision_is_a_notice_even_with_a_til_line():
    text = ("Aalborg Kommune\nSundheds- og Kulturforvaltningen\n\nTil: Sundheds- og Kulturudvalget\n\n"
            "Bibliotekernes åbningstider\n\nFolkebiblioteket har udvidet åbningstiden.\n\n"
            "Orienteringen giver ikke anledning til beslutninger.\n\nMed venlig hilsen\nKaren Holm")
    assert classify_kind(text) == "notice"


def test_form_name_followed_by_its_addressee_counts_as_the_form_heading():
    text = "Horsens Kommune\n\nMeddelelse til Teknik- og Miljøudvalget\n\n4. maj 2023\n\nNy busplan"
    assert classify_kind(text) == "notice"


def test_sitzungsvorlage_with_its_number_is_a_proposal():
    text = "Landeshauptstadt Düsseldorf\nKulturamt\n\nSitzungsvorlage Nr. 41/77/2022\n\nNeue Stadtbücherei\n\nI. Vortrag"
    assert classify_kind(text) == "proposal"


def test_english_report_that_only_asks_to_note_is_a_notice_despite_recommendations_heading():
    text = ("Report to: Scrutiny Board (Housing)\nReport of: Director of Housing\n\nRecommendations\n\n"
            "Members are asked to note the contents of this report.\n")
    assert classify_kind(text) == "notice"


def test_english_report_asking_to_approve_is_a_proposal():
    text = ("Report to the Cabinet\n\nRecommendations\n\nCabinet is recommended to:\n"
            "a) note the consultation results;\nb) approve the revised parking charges.\n")
    assert classify_kind(text) == "proposal"


def test_briefing_note_to_a_committee_is_a_memo():
    text = "Rushcliffe Borough Council\n\nBriefing Note\n\nTo: Growth Committee\nFrom: Planning Policy\nSubject: Local plan"
    assert classify_kind(text) == "memo"


def test_letter_seeking_views_on_a_draft_is_a_hearing():
    text = ("Dear colleague,\n\nConsultation on the draft parks strategy\n\nWe are seeking views on the draft. "
            "The consultation closes on 3 March 2024.\n\nYours sincerely,\nAnne Price")
    assert classify_kind(text) == "hearing"


def test_beteiligung_heading_makes_a_letter_a_hearing():
    text = ("Stadt Münster\nUmweltamt\n\nBeteiligung zum Entwurf „Lärmaktionsplan“\n\nSehr geehrte Damen und Herren,\n"
            "wir bitten um Ihre Stellungnahme.\n\nMit freundlichen Grüßen\nIm Auftrag")
    assert classify_kind(text) == "hearing"


def test_numbered_item_title_on_the_first_line_is_an_agenda_item():
    text = ("7. Ny skolestruktur i Viby\n\nSagsnr. 2023-1145\n\nIndstilling\n\n"
            "Børn og Unge indstiller, at byrådet godkender strukturen.\n\nBilag\n1. Kortbilag")
    assert classify_kind(text) == "agenda_item"


def test_scanned_heading_with_letter_confusions_still_names_the_form():
    assert classify_kind("Landeshauptstadt Kiel\n\nMitteilunq\n\nBetreff: Schwimmhalle Gaarden\n") == "notice"


def test_letter_whose_salutation_follows_the_date_on_one_line_is_a_letter():
    text = (
        "Alex Moore\tSam Patel\nLeader of the Council\tLeader of the Council\nCivic Centre\tTown Hall\n\n"
        "Ms Dana Field MP\nMinister for Local Government\n1 Example Street\nLondon SW1A 1AA\n\n"
        "3 February 2025 Dear Dana\n,\n\nRe: Joint bid for the regional transport fund\n\n"
        + "We write to ask that our two councils be considered together for the fund, which would let us"
        " plan the bus and rail services of the whole area as one network.\n\n" * 12
        + "Yours sincerely\n\nAlex Moore\tSam Patel\n"
    )
    assert classify_kind(text) == "letter"
