"""Linking a card to the council records: which records are found, which are made, what a new version replaces."""

from datetime import date

import pytest
from django.utils import timezone

from townhall.core import services
from townhall.core.models import Body, Consultation, Deadline, Event, File, Meeting, Organization, Paper, Person
from townhall.reading.card import Card, ConsultationStep, DeadlineFact, EventFact, References
from townhall.ingest.linking import Linker, LinkError, find_body, link_card_to_paper, organization_key
from townhall.ingest.pipeline import DUPLICATE, NEW, NEW_VERSION, DocumentReading
from townhall.ingest.sources import SourceDocument


def _card(**fields) -> Card:
    fields.setdefault("language", "de")
    fields.setdefault("kind", "proposal")
    fields.setdefault("title", "Sprachförderung in Kindertagesstätten")
    fields.setdefault("municipality", "Stadt Lindenau")
    return Card(**fields)


def _link(card: Card, *, data: bytes = b"Vorlage", uri: str = "file:///akten/vorlage.txt", linker: Linker | None = None,
          body_name: str | None = None) -> str:
    document = SourceDocument(uri=uri, name=uri.rsplit("/", 1)[-1], location=uri)
    reading = DocumentReading(text=data.decode(), language=card.language, mime_type="text/plain", card=card)
    return (linker or Linker(body_name=body_name)).link(document=document, data=data, reading=reading)


@pytest.fixture
def lindenau(db):
    body = services.body_create(name="Stadt Lindenau", short_name="Lindenau", language="de", country="DE")
    Organization.objects.create(body=body, name="Integrationsrat", organization_type="committee")
    return body


def test_committee_keys_ignore_case_spacing_and_inflection():
    assert organization_key("Integrationsrates", "de") == organization_key("integrationsrat ", "de")
    assert organization_key("Økonomiudvalgets", "da") == organization_key("Økonomiudvalget", "da")


def test_committee_keys_keep_different_committees_apart():
    assert organization_key("Jugendhilfeausschuss", "de") != organization_key("Hauptausschuss", "de")


def test_paper_takes_kind_title_reference_date_and_language_from_the_card(lindenau):
    _link(_card(date=date(2025, 3, 3), references=References(paper="0412/2025", case="51.2")))
    paper = Paper.objects.get()
    assert (paper.kind, paper.name, paper.reference, paper.date, paper.language) == (
        "proposal", "Sprachförderung in Kindertagesstätten", "0412/2025", date(2025, 3, 3), "de")


def test_paper_reference_falls_back_to_the_case_number(lindenau):
    _link(_card(references=References(case="2025-1187")))
    assert Paper.objects.get().reference == "2025-1187"


def test_paper_keeps_the_card_and_its_provenance(lindenau):
    _link(_card(), uri="file:///akten/0412.txt")
    paper = Paper.objects.get()
    assert paper.card["title"] == "Sprachförderung in Kindertagesstätten"
    assert paper.source_uri == "file:///akten/0412.txt"
    assert paper.ingested_at is not None
    assert paper.extractor_version


@pytest.mark.parametrize(("public", "expected"), [(False, False), (None, True), (True, True)])
def test_paper_is_non_public_only_when_the_card_says_so(lindenau, public, expected):
    from townhall.core.access import is_public

    _link(_card(public=public))
    paper = Paper.objects.get()
    assert paper.public is expected
    # The file is hidden with its paper, not by a flag of its own: publishing the paper shows it.
    assert (is_public(paper.main_file), paper.main_file.public) == (expected, True)


def test_main_file_holds_the_bytes_text_and_format(lindenau):
    _link(_card(), data=b"Betreff: Sprachfoerderung")
    main = Paper.objects.get().main_file
    assert services.file_content(main) == b"Betreff: Sprachfoerderung"
    assert (main.text, main.mime_type, main.language) == ("Betreff: Sprachfoerderung", "text/plain", "de")


def test_body_is_recognised_from_the_municipality_by_its_short_name(lindenau):
    _link(_card(municipality="Lindenau"))
    assert Paper.objects.get().body == lindenau
    assert Body.objects.count() == 1


def test_body_is_created_for_a_municipality_not_yet_known(db):
    _link(_card(municipality="Stadt Köln"))
    assert Paper.objects.get().body.name == "Stadt Köln"


def test_body_given_by_name_wins_over_the_municipality(lindenau):
    _link(_card(municipality="Stadt Köln"), body_name="Lindenau")
    assert Paper.objects.get().body == lindenau


def test_document_without_municipality_or_body_name_is_refused(db):
    with pytest.raises(LinkError) as caught:
        _link(_card(municipality=None))
    assert caught.value.reason == "no_body"
    assert not File.objects.exists()


def test_find_body_ignores_words_like_stadt_and_kommune(lindenau):
    assert find_body("Lindenau") == lindenau
    assert find_body("Stadt Neuburg") is None


def test_route_is_matched_to_an_existing_committee_despite_inflection(lindenau):
    _link(_card(consultations=(ConsultationStep("Integrationsrates", date(2025, 3, 18), "Vorberatung"),)))
    consultation = Consultation.objects.get()
    assert consultation.organizations.get().name == "Integrationsrat"
    assert Organization.objects.count() == 1


def test_new_committee_on_the_route_is_created_in_the_body(lindenau):
    _link(_card(consultations=(ConsultationStep("Rat der Stadt Lindenau", date(2025, 3, 27), "Entscheidung"),)))
    council = Organization.objects.get(name="Rat der Stadt Lindenau")
    assert council.body == lindenau
    assert council.organization_type == "council"


def test_consultations_keep_the_order_date_and_role_of_the_route(lindenau):
    _link(_card(consultations=(
        ConsultationStep("Integrationsrat", date(2025, 3, 18), "Vorberatung"),
        ConsultationStep("Rat der Stadt Lindenau", date(2025, 3, 27), "Entscheidung"),
    )))
    route = [(c.position, c.organizations.get().name, c.date, c.role) for c in Paper.objects.get().consultations.all()]
    assert route == [(0, "Integrationsrat", date(2025, 3, 18), "Vorberatung"),
                     (1, "Rat der Stadt Lindenau", date(2025, 3, 27), "Entscheidung")]


def test_consultation_with_a_date_joins_the_existing_meeting_of_that_day(lindenau):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    committee = Organization.objects.get(name="Integrationsrat")
    meeting = Meeting.objects.create(body=lindenau, name="12. Sitzung des Integrationsrates",
                                     start=datetime(2025, 3, 18, 17, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    meeting.organizations.add(committee)
    _link(_card(consultations=(ConsultationStep("Integrationsrat", date(2025, 3, 18)),)))
    assert Consultation.objects.get().meeting == meeting
    assert Meeting.objects.count() == 1


def test_consultation_with_a_date_and_no_meeting_creates_one_named_after_the_committee(lindenau):
    _link(_card(consultations=(ConsultationStep("Integrationsrat", date(2025, 3, 18)),)))
    meeting = Consultation.objects.get().meeting
    assert meeting.name == "Integrationsrat"
    assert timezone.localtime(meeting.start).date() == date(2025, 3, 18)
    assert list(meeting.organizations.values_list("name", flat=True)) == ["Integrationsrat"]


def test_consultation_without_a_date_has_no_meeting(lindenau):
    _link(_card(consultations=(ConsultationStep("Integrationsrat"),)))
    assert Consultation.objects.get().meeting is None
    assert not Meeting.objects.exists()


def test_addressee_not_on_the_route_adds_no_route_step(lindenau):
    _link(_card(addressees=("Integrationsrat",)))
    assert not Consultation.objects.exists()
    assert Paper.objects.get().card["addressees"] == ["Integrationsrat"]


def test_addressee_on_the_route_keeps_the_one_step_the_route_names(lindenau):
    _link(_card(addressees=("Integrationsrates",), consultations=(ConsultationStep("Integrationsrat", date(2025, 3, 18)),)))
    assert Consultation.objects.get().date == date(2025, 3, 18)


def test_case_handler_and_signatories_become_persons_of_the_body(lindenau):
    _link(_card(case_handler="Katrin Albers", signatories=("Thomas Brandt",)))
    paper = Paper.objects.get()
    assert paper.case_handler.name == "Katrin Albers"
    assert paper.case_handler.family_name == "Albers"
    assert [person.name for person in paper.signatories.all()] == ["Thomas Brandt"]


def test_known_person_is_matched_by_name_regardless_of_case_and_spacing(lindenau):
    existing = Person.objects.create(body=lindenau, name="Katrin Albers")
    _link(_card(case_handler="katrin  ALBERS"))
    assert Paper.objects.get().case_handler == existing
    assert Person.objects.count() == 1


def test_person_of_another_body_is_not_reused(lindenau):
    other = services.body_create(name="Stadt Neuburg")
    Person.objects.create(body=other, name="Katrin Albers")
    _link(_card(case_handler="Katrin Albers"))
    assert Paper.objects.get().case_handler.body == lindenau


def test_deadlines_and_events_are_stored_with_the_paper(lindenau):
    _link(_card(
        deadlines=(DeadlineFact(date(2025, 3, 14), "Stellungnahmen der Träger"),),
        events=(EventFact("Fachtag Sprachförderung", "Rathaus", date(2025, 4, 2), date(2025, 4, 3)),),
    ))
    deadline, event = Deadline.objects.get(), Event.objects.get()
    assert (deadline.date, deadline.purpose, deadline.body) == (date(2025, 3, 14), "Stellungnahmen der Träger", lindenau)
    assert (event.name, event.place, event.start, event.end) == ("Fachtag Sprachförderung", "Rathaus", date(2025, 4, 2), date(2025, 4, 3))


def test_event_ending_before_it_starts_keeps_only_its_start(lindenau):
    _link(_card(events=(EventFact("Fachtag", None, date(2025, 4, 3), date(2025, 4, 2)),)))
    event = Event.objects.get()
    assert (event.start, event.end) == (date(2025, 4, 3), None)


def test_named_attachments_become_files_without_content(lindenau):
    _link(_card(attachments=("Kostenaufstellung", "Lageplan")))
    attachments = Paper.objects.get().auxiliary_files.all()
    assert sorted(file.name for file in attachments) == ["Kostenaufstellung", "Lageplan"]
    assert not any(file.has_content for file in attachments)


def test_same_bytes_linked_twice_are_a_duplicate(lindenau):
    assert _link(_card(), uri="file:///a/1.txt") == NEW
    assert _link(_card(), uri="file:///b/2.txt") == DUPLICATE
    assert Paper.objects.count() == 1


def test_changed_bytes_from_the_same_source_make_a_new_version(lindenau):
    _link(_card(), data=b"Fassung 1")
    assert _link(_card(title="Sprachförderung (geändert)"), data=b"Fassung 2") == NEW_VERSION
    paper = Paper.objects.get()
    assert paper.version == 2
    assert paper.name == "Sprachförderung (geändert)"
    assert services.file_content(paper.main_file) == b"Fassung 2"


def test_new_version_keeps_the_old_main_file_as_an_auxiliary_file(lindenau):
    _link(_card(), data=b"Fassung 1")
    _link(_card(), data=b"Fassung 2")
    [old] = Paper.objects.get().auxiliary_files.all()
    assert services.file_content(old) == b"Fassung 1"
    assert "version 1" in old.name


def test_new_version_replaces_the_facts_of_the_old_card(lindenau):
    _link(_card(deadlines=(DeadlineFact(date(2025, 3, 14), "alt"),), attachments=("Alte Anlage",),
                consultations=(ConsultationStep("Integrationsrat", date(2025, 3, 18)),)), data=b"Fassung 1")
    _link(_card(deadlines=(DeadlineFact(date(2025, 5, 1), "neu"),), attachments=("Neue Anlage",)), data=b"Fassung 2")
    paper = Paper.objects.get()
    assert list(paper.deadlines.values_list("purpose", flat=True)) == ["neu"]
    assert not paper.consultations.exists()
    assert "Neue Anlage" in paper.auxiliary_files.values_list("name", flat=True)
    assert not File.objects.filter(name="Alte Anlage").exists()


def test_failed_document_leaves_no_records_behind(lindenau):
    linker = Linker()
    with pytest.raises(Exception):
        _link(_card(deadlines=(DeadlineFact("not a date", "kaputt"),)), linker=linker)
    assert not Paper.objects.exists()
    assert not File.objects.exists()
    assert _link(_card(), linker=linker) == NEW


def test_link_card_to_paper_fills_a_harvested_paper_without_touching_its_route(lindenau):
    paper = Paper.objects.create(body=lindenau, name="Drucksache 12", origin_id="https://oparl.example/paper/12", public=True)
    harvested = Consultation.objects.create(paper=paper, origin_id="https://oparl.example/consultation/7", role="Beratung")
    link_card_to_paper(paper, _card(
        case_handler="Katrin Albers", deadlines=(DeadlineFact(date(2025, 3, 14), "Stellungnahmen"),),
        consultations=(ConsultationStep("Integrationsrat", date(2025, 3, 18)),),
    ))
    paper.refresh_from_db()
    assert paper.case_handler.name == "Katrin Albers"
    assert paper.deadlines.count() == 1
    assert list(paper.consultations.all()) == [harvested]
    assert paper.name == "Drucksache 12"
    assert paper.card["kind"] == "proposal"


def test_link_card_to_paper_adds_the_route_when_the_harvested_paper_has_none(lindenau):
    paper = Paper.objects.create(body=lindenau, name="Drucksache 13", origin_id="https://oparl.example/paper/13")
    link_card_to_paper(paper, _card(consultations=(ConsultationStep("Integrationsrat", date(2025, 3, 18)),)))
    assert paper.consultations.get().organizations.get().name == "Integrationsrat"


def test_link_card_to_paper_twice_does_not_double_the_facts(lindenau):
    paper = Paper.objects.create(body=lindenau, name="Drucksache 14")
    card = _card(deadlines=(DeadlineFact(date(2025, 3, 14), "Stellungnahmen"),), attachments=("Anlage 1",),
                 signatories=("Thomas Brandt",), addressees=("Integrationsrat",))
    link_card_to_paper(paper, card)
    link_card_to_paper(paper, card)
    assert (paper.deadlines.count(), paper.auxiliary_files.count(), paper.signatories.count(), paper.consultations.count()) == (1, 1, 1, 0)


def test_text_that_no_database_can_hold_is_cleaned_before_storing(lindenau):
    document = SourceDocument(uri="file:///akten/kaputt.pdf", name="kaputt.pdf", location="/akten/kaputt.pdf")
    card = _card(title="Haushalt\x00 2025", signatories=("Thomas\udc80 Brandt",))
    reading = DocumentReading(text="Haushalt\x00 2025 \udc80", language="de", mime_type="application/pdf", card=card)
    Linker().link(document=document, data=b"%PDF-1.7 kaputt", reading=reading)
    paper = Paper.objects.get()
    assert paper.name == "Haushalt 2025"
    assert "\x00" not in paper.main_file.text and "\udc80" not in paper.main_file.text
    assert paper.card["title"] == "Haushalt 2025"


def test_index_terms_made_from_another_text_are_not_stored(lindenau):
    from django.contrib.auth.models import AnonymousUser

    from townhall.search.indexing import body_terms
    from townhall.search.selectors import search_papers

    text = "Die Stadtbibliothek erhält neue Öffnungszeiten."
    document = SourceDocument(uri="file:///akten/bibliothek.txt", name="bibliothek.txt", location="file:///akten/bibliothek.txt")
    reading = DocumentReading(
        text=text, language="de", mime_type="text/plain", card=_card(title="Öffnungszeiten"),
        index_terms=body_terms("Der Hafen wird ausgebaggert.", "de"),
    )
    Linker().link(document=document, data=text.encode(), reading=reading)
    assert len(search_papers(query="Stadtbibliothek", user=AnonymousUser()).hits) == 1
    assert len(search_papers(query="Hafen", user=AnonymousUser()).hits) == 0
