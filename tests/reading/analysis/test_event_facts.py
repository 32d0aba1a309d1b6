import json
from datetime import date
from pathlib import Path

import pytest

from townhall.reading.analysis.events import extract_events

SHARED = Path("/work/shared")


def only(text, language=None):
    events = extract_events(text, language)
    assert len(events) == 1, events
    return events[0]


# --- Danish ------------------------------------------------------------------------------------


def test_danish_conference_with_place_and_date_range():
    event = only("Udvalget inviteres til Intercultural Cities konference i Dublin 6.-8. februar 2013", "da")
    assert (event.name, event.place, event.start, event.end) == (
        "Intercultural Cities konference", "Dublin", date(2013, 2, 6), date(2013, 2, 8))


def test_danish_conference_named_twice_is_one_event_with_its_title():
    text = (
        "Udvalget inviteres til Intercultural Cities konference i Dublin 6.-8. februar 2013\n\n"
        "Netværket afholder international konference i Dublin 6.-8. februar 2013 med titlen "
        "*Mangfoldighed der virker for byer*. Konferencens formål er at dele erfaringer."
    )
    assert only(text, "da").name == "Intercultural Cities konference: Mangfoldighed der virker for byer"


def test_danish_named_event_without_date():
    event = only("Projektet afholder en *Integrating Cities V Conference*.", "da")
    assert (event.name, event.start, event.end) == ("Integrating Cities V Conference", None, None)


def test_danish_single_day_event_has_equal_start_and_end():
    text = "Charteret underskrives ved konferencen *Integrating Cities IV Conference* i London den 22. februar 2010."
    event = only(text, "da")
    assert (event.place, event.start, event.end) == ("London", date(2010, 2, 22), date(2010, 2, 22))


def test_danish_meeting_route_date_is_not_an_event():
    text = (
        "Indstillingen forelægges Borgerrepræsentationen den 12. februar 2010 og charteret underskrives "
        "ved konferencen *Integrating Cities IV Conference* i London den 22. februar 2010."
    )
    assert [e.start for e in extract_events(text, "da")] == [date(2010, 2, 22)]


def test_danish_borgermoede_with_place():
    text = "Der afholdes borgermøde på Frederiksberg Rådhus den 14. september 2021 kl. 19."
    event = only(text, "da")
    assert (event.place, event.start) == ("Frederiksberg Rådhus", date(2021, 9, 14))


def test_danish_working_group_meeting_is_an_event():
    text = "Styregruppen har på sit møde den 3. maj 2021 drøftet forslaget."
    event = only(text, "da")
    assert event.start == date(2021, 5, 3) and "styregruppen" in event.name.lower()


def test_danish_steering_group_with_remit_meeting_is_an_event():
    text = "Styregruppen for klimatilpasning har på sit møde den 2. februar 2022 godkendt udkastet."
    assert only(text, "da").name == "Møde i styregruppen for klimatilpasning"


def test_danish_borgermoede_on_a_weekday_is_found():
    text = "Der afholdes borgermøde tirsdag den 21. februar 2023 kl. 19.00 i Rådhushallen."
    event = only(text, "da")
    assert (event.name, event.place, event.start) == ("Borgermøde", "Rådhushallen", date(2023, 2, 21))


def test_generic_reference_without_date_is_not_an_event():
    assert extract_events("Konferencens formål er at sætte fokus på byernes erfaringer.", "da") == []


def test_compound_with_conference_prefix_is_not_an_event():
    assert extract_events("Konferencedeltagelse vil give mulighed for at udbygge netværk.", "da") == []


# --- German ------------------------------------------------------------------------------------


def test_german_conference_with_venue():
    text = (
        "Die Integrationskonferenz 2012 wird am 07.11.2012 im Veranstaltungssaal der Volkshochschule "
        "im Rautenstrauch-Joest-Museum stattfinden."
    )
    event = only(text, "de")
    assert (event.name, event.place, event.start) == (
        "Integrationskonferenz 2012",
        "Veranstaltungssaal der Volkshochschule im Rautenstrauch-Joest-Museum",
        date(2012, 11, 7),
    )


def test_german_past_conference_with_ordinal_and_title():
    text = (
        "Die 4. Integrationskonferenz der LHP fand am 30. Mai 2012 zum Schwerpunktthema „Arbeitsmarkt“ "
        "unter dem Titel: „Potenziale und Chancen: Wege in den Arbeitsmarkt“ statt."
    )
    event = only(text, "de")
    assert event.name == "4. Integrationskonferenz der LHP: Potenziale und Chancen: Wege in den Arbeitsmarkt"
    assert (event.start, event.place) == (date(2012, 5, 30), None)


def test_german_sitzung_of_named_group_is_an_event():
    text = (
        "Die erweiterte Steuerungsgruppe zur Umsetzung des Integrationskonzeptes hat auf ihrer Sitzung "
        "am 5. Juni 2012 die Konferenz und deren Ergebnisse ausgewertet."
    )
    event = only(text, "de")
    assert event.name == "Sitzung der erweiterten Steuerungsgruppe zur Umsetzung des Integrationskonzeptes"
    assert event.start == date(2012, 6, 5)


def test_german_sitzung_of_arbeitskreis_named_in_dative():
    text = "Der Vorschlag wurde vom Arbeitskreis Wohnen Münster in einer Sitzung am 07.05.2012 angenommen."
    event = only(text, "de")
    assert (event.name, event.start) == ("Sitzung des Arbeitskreises Wohnen Münster", date(2012, 5, 7))


def test_german_sitzung_der_group_written_in_genitive():
    text = "In der Sitzung der Lenkungsgruppe Klimaschutz am 12.10.2021 wurde der Zeitplan abgestimmt."
    assert only(text, "de").name == "Sitzung der Lenkungsgruppe Klimaschutz"


def test_german_buergerversammlung_with_date_right_after_it():
    text = "Die Öffentlichkeit wurde in einer Bürgerversammlung am 03.03.2021 im Stadthaus 1 beteiligt."
    event = only(text, "de")
    assert (event.name, event.place, event.start) == ("Bürgerversammlung", "Stadthaus 1", date(2021, 3, 3))


def test_german_event_with_quoted_title_after_the_noun():
    text = 'Der Fachtag "Vielfalt in der Pflege" fand am 18. März 2021 digital statt.'
    assert only(text, "de").name == "Fachtag: Vielfalt in der Pflege"


def test_german_ordinal_summit_keeps_its_number_and_range():
    text = "Der 3. Bonner Klimagipfel findet vom 10.–11. September 2021 in der Beethovenhalle statt."
    event = only(text, "de")
    assert (event.name, event.place, event.end) == ("3. Bonner Klimagipfel", "Beethovenhalle", date(2021, 9, 11))


def test_german_event_planned_for_a_season_has_no_date_and_is_left_out():
    assert extract_events("Die nächste Integrationskonferenz ist für Herbst 2021 geplant.", "de") == []


def test_german_runder_tisch_that_met_is_an_event():
    text = "Der Runde Tisch Integration tagte am 3. Juli 2012 im Rathaus und hat das Programm vorbereitet."
    event = only(text, "de")
    assert (event.name, event.start) == ("Sitzung des Runden Tisches Integration", date(2012, 7, 3))


def test_german_place_written_before_the_event_name():
    text = "Am 15. November 2012 findet im Alten Rathaus der 5. Potsdamer Integrationsgipfel statt."
    event = only(text, "de")
    assert (event.name, event.place) == ("5. Potsdamer Integrationsgipfel", "Alten Rathaus")


def test_german_generic_veranstaltung_that_takes_place():
    event = only("Die Veranstaltung findet am 12.05.2022 im Rathaus Leipzig statt.", "de")
    assert (event.name, event.place, event.start) == ("Veranstaltung", "Rathaus Leipzig", date(2022, 5, 12))


def test_german_evening_without_event_word_is_not_an_event():
    assert extract_events("Am Abend des 12.05.2022 tagte der Rat.", "de") == []


def test_german_committee_session_is_not_an_event():
    text = "Der Ausschuss für Umwelt hat in seiner Sitzung am 12.05.2021 den Antrag beraten."
    assert extract_events(text, "de") == []


def test_german_workshop_with_ort_label():
    text = "Der Workshop findet am 12.03.2022 statt.\nOrt: Stadthaus Bonn, Raum 1.11"
    event = only(text, "de")
    assert (event.name, event.place, event.start) == ("Workshop", "Stadthaus Bonn, Raum 1.11", date(2022, 3, 12))


def test_german_event_range_in_city():
    text = "Die Fachtagung Inklusion findet vom 10.–12. März 2021 in Leipzig statt."
    event = only(text, "de")
    assert (event.place, event.start, event.end) == ("Leipzig", date(2021, 3, 10), date(2021, 3, 12))


def test_german_conference_topic_proposal_without_date_is_not_an_event():
    text = "Vorschlag für das Thema der Integrationskonferenz 2013 der LHP: Potsdamer Netzwerke."
    assert extract_events(text, "de") == []


def test_german_conference_mentioned_in_subject_merges_with_dated_mention():
    text = (
        "Betreff: Integrationskonferenz 2012\n\n"
        "Die Integrationskonferenz 2012 wird am 07.11.2012 im Rathaus Köln stattfinden."
    )
    assert only(text, "de").start == date(2012, 11, 7)


def test_group_named_after_a_conference_is_not_the_conference():
    text = "Der Arbeitskreis Steuerungsgruppe Integrationskonferenz besteht aus Vertretern der Verbände."
    assert extract_events(text, "de") == []


def test_registration_deadline_is_not_the_event_date():
    text = "Die Anmeldung zur Fachtagung ist bis zum 01.03.2022 möglich."
    assert extract_events(text, "de") == []


# --- English -----------------------------------------------------------------------------------


def test_english_conference_with_city():
    event = only("The Eurocities Annual Conference will be held in Leeds on 3 March 2022.", "en")
    assert (event.name, event.place, event.start) == ("Eurocities Annual Conference", "Leeds", date(2022, 3, 3))


def test_english_named_conference_without_date():
    event = only("Members are invited to attend the Integrating Cities Conference.", "en")
    assert (event.name, event.start) == ("Integrating Cities Conference", None)


def test_english_workshop_at_venue():
    event = only("A public workshop takes place on 5 May 2022 at Leeds Civic Hall.", "en")
    assert (event.place, event.start) == ("Leeds Civic Hall", date(2022, 5, 5))


def test_english_generic_event_keeps_its_description():
    event = only("A public drop-in event was held at City Hall on 15 July 2021.", "en")
    assert (event.name, event.place, event.start) == ("Public drop-in event", "City Hall", date(2021, 7, 15))


def test_in_the_event_of_names_no_event():
    assert extract_events("In the event of a strike on 5 May 2022 the office will close.", "en") == []


def test_conference_room_is_a_place_not_an_event():
    assert extract_events("The meeting will be held in Conference Room 2 on 12 May 2022.", "en") == []


def test_english_steering_group_meeting_is_an_event():
    text = "The steering group discussed the findings at its meeting on 5 June 2012."
    event = only(text, "en")
    assert event.start == date(2012, 6, 5) and "steering group" in event.name


def test_english_cabinet_meeting_is_not_an_event():
    assert extract_events("The report is to be considered by the Cabinet on 12 May 2022.", "en") == []


def test_place_of_one_event_is_not_lent_to_the_next():
    text = (
        "A stakeholder workshop was held at Leeds Civic Hall on 3 November 2021. "
        "The Leeds Climate Summit 2022 will take place on 5 October 2022."
    )
    assert [e.place for e in extract_events(text, "en")] == ["Leeds Civic Hall", None]


def test_dateless_title_names_the_dated_mention_of_the_same_event():
    text = (
        "Invitation til Eurocities' årlige konference i Oslo\n\n"
        'Eurocities afholder sin årlige konference i Oslo 12.-14. juni 2013 under overskriften "Innovative cities".'
    )
    assert only(text, "da").name == "Eurocities' årlige konference: Innovative cities"


def test_two_different_events_on_one_day_stay_apart():
    text = (
        "Am 12.05.2022 findet ein Workshop im Stadthaus statt. "
        "Am 12.05.2022 findet außerdem eine Bürgerversammlung im Rathaus Münster statt."
    )
    assert sorted(e.name for e in extract_events(text, "de")) == ["Bürgerversammlung", "Workshop"]


def test_two_events_in_one_text_are_both_found():
    text = (
        "The Integrating Cities IV Conference took place in London on 22 February 2010. "
        "The next Integrating Cities V Conference will be held in Milan on 14 March 2011."
    )
    assert [e.start for e in extract_events(text, "en")] == [date(2010, 2, 22), date(2011, 3, 14)]


AARHUS_MEMO = """Til: Kultur- og Borgerserviceudvalget

04-02-2014

Kultur- og Borgerserviceudvalget inviteres til Eurocities Culture Forum i Lyon 12.-14. marts 2014

Sagsnr.
2014-1234

Eurocities afholder sit årlige kulturforum i Lyon 12.-14. marts 2014 med titlen *Culture for cities and regions*.
Forummet samler politikere og embedsmænd fra over 60 byer.

Tilmelding og videre proces

Endelig tilmelding skal være modtaget senest 20. februar 2014 til Borgmesterens Afdeling.
"""


def test_memo_announcing_a_forum_gives_one_event_with_place_and_range():
    events = extract_events(AARHUS_MEMO, "da")
    assert [(e.place, e.start, e.end) for e in events] == [("Lyon", date(2014, 3, 12), date(2014, 3, 14))]


def test_memo_registration_deadline_is_not_an_event():
    assert date(2014, 2, 20) not in {e.start for e in extract_events(AARHUS_MEMO, "da")}


@pytest.mark.skipif(not SHARED.exists(), reason="the shared seed papers are not on this machine")
@pytest.mark.parametrize("name", sorted(p.stem for p in (SHARED / "seeds").glob("*.txt")) if SHARED.exists() else [])
def test_seed_events_match_gold(name):
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    found = extract_events(text)
    assert sorted(str(e.start) for e in found) == sorted(str(g["start"] and date.fromisoformat(g["start"])) for g in gold["events"])
    for g in gold["events"]:
        match = [e for e in found if str(e.start) == str(g["start"] and date.fromisoformat(g["start"]))]
        assert any(set(e.name.casefold().split()) & set(g["name"].casefold().split()) for e in match)


def test_bare_noun_pointing_back_to_a_named_event_is_not_a_second_event():
    text = "Klimatopmøde 2024 finder sted i Gent den 3. juni 2024. Konferencen samler politikere fra mange byer."
    assert [(e.name, e.place) for e in extract_events(text, "da")] == [("Klimatopmøde 2024", "Gent")]


def test_generic_word_before_a_quoted_event_title_is_dropped():
    text = "Die Veranstaltung „Radtag 2024“ findet am 4. Mai 2024 in der Stadthalle Bonn statt."
    assert [e.name for e in extract_events(text, "de")] == ["Radtag 2024"]


def test_first_day_of_a_range_is_not_part_of_the_place():
    text = "The Housing Summit 2024 will take place in Derby 9-10 October 2024. Members are invited to attend."
    assert [e.place for e in extract_events(text, "en")] == ["Derby"]


def test_every_event_noun_is_found_by_the_scan_for_event_words():
    from townhall.reading.analysis.events.nouns import _EVENT_ENDINGS, _EVENT_STEMS

    assert [word for word in _EVENT_ENDINGS if not any(stem in word for stem in _EVENT_STEMS)] == []


def test_two_common_nouns_for_one_day_without_a_place_are_one_event():
    from townhall.reading.analysis.events import extract_events

    text = (
        "Notatet samler op på temadagen, som blev afholdt den 3. maj 2023 for udvalget.\n\n"
        "Seminaret den 3. maj 2023 var tilrettelagt som et dialogmøde med borgerne."
    )
    events = extract_events(text, "da")
    assert [event.start.isoformat() for event in events] == ["2023-05-03"]


def test_meeting_reported_with_an_indefinite_article_is_an_event():
    text = (
        "Sehr geehrte Damen und Herren,\n\nin einer internen Sitzung des Ortsbeirats Nordheide am 12. Mai 2023"
        " haben wir die Pläne für den Spielplatz beraten.\n"
    )
    events = extract_events(text, "de")
    assert [(e.name, e.start) for e in events] == [("Interne Sitzung des Ortsbeirats Nordheide", date(2023, 5, 12))]


def test_public_meeting_reported_in_german_is_named_in_the_nominative():
    events = extract_events("In einer öffentlichen Sitzung am 3. April 2024 haben wir die Anwohner gehört.\n", "de")
    assert [(e.name, e.start) for e in events] == [("Öffentliche Sitzung", date(2024, 4, 3))]


def test_meeting_with_a_named_person_is_an_event():
    text = "Thank you for the follow-up meeting with Lord Smith on 4 March 2025, which was very useful.\n"
    events = extract_events(text, "en")
    assert [(e.name, e.start) for e in events] == [("Follow-up meeting with Lord Smith", date(2025, 3, 4))]


def test_a_committee_meeting_on_the_route_is_no_reported_event():
    text = "Der Bauausschuss wird die Vorlage in seiner Sitzung am 12. Mai 2023 beraten.\n"
    assert extract_events(text, "de") == []
