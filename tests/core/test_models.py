"""The rules of the OParl model, on whichever database the suite runs against."""

from datetime import date, datetime, timedelta, timezone

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from townhall.core import services
from townhall.core.models import AgendaItem, Consultation, File, Meeting, Membership, Organization, Paper, Person


@pytest.fixture
def meeting(body):
    return Meeting.objects.create(body=body, name="Byrådsmøde", start=datetime(2026, 3, 1, 17, tzinfo=timezone.utc))


@pytest.fixture
def paper(body):
    return Paper.objects.create(body=body, name="Budget 2027", reference="2026-1")


def test_soft_deleted_paper_is_hidden_from_default_queries(paper):
    services.soft_delete(paper)
    assert not Paper.objects.filter(pk=paper.pk).exists()


def test_soft_deleted_paper_is_kept_in_the_database(paper):
    services.soft_delete(paper)
    kept = Paper.all_objects.get(pk=paper.pk)
    assert kept.deleted is True
    assert kept.name == "Budget 2027"


def test_soft_deletion_bumps_modified(paper):
    before = Paper.all_objects.get(pk=paper.pk).modified
    services.soft_delete(paper)
    assert Paper.all_objects.get(pk=paper.pk).modified > before


def test_restore_brings_a_deleted_paper_back(paper):
    services.soft_delete(paper)
    services.restore(Paper.all_objects.get(pk=paper.pk))
    assert Paper.objects.filter(pk=paper.pk).exists()


def test_consultation_of_deleted_paper_still_reaches_its_paper(paper, meeting):
    consultation = services.consultation_create(paper=paper, meeting=meeting)
    services.soft_delete(paper)
    assert Consultation.objects.get(pk=consultation.pk).paper.name == "Budget 2027"


def test_agenda_items_come_in_agenda_order(meeting):
    for order, name in [(3, "Eventuelt"), (1, "Godkendelse af dagsorden"), (2, "Budget 2027")]:
        services.agenda_item_create(meeting=meeting, order=order, name=name)
    assert [item.name for item in meeting.agenda_items.all()] == ["Godkendelse af dagsorden", "Budget 2027", "Eventuelt"]


def test_agenda_item_without_order_is_rejected_with_a_clear_message(meeting):
    with pytest.raises(ValidationError, match="position"):
        services.agenda_item_create(meeting=meeting, order=None, name="Eventuelt")


def test_agenda_item_without_order_is_rejected_by_the_database(meeting):
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.create(meeting=meeting, order=None, name="Eventuelt")


def test_two_agenda_items_cannot_share_a_position(meeting):
    services.agenda_item_create(meeting=meeting, order=1, name="A")
    with pytest.raises(ValidationError, match="share a position"):
        services.agenda_item_create(meeting=meeting, order=1, name="B")


def test_consultation_without_paper_is_rejected_with_a_clear_message(db):
    with pytest.raises(ValidationError, match="paper"):
        services.consultation_create(paper=None, role="Vorberatung")


@pytest.mark.django_db
def test_consultation_without_paper_is_rejected_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Consultation.objects.create(paper=None, role="Vorberatung")


def test_same_bytes_are_stored_once(body):
    first = services.file_store(data=b"Referat af byraadsmoede", file_name="a.txt", body=body)
    with pytest.raises(services.DuplicateFile) as excinfo:
        services.file_store(data=b"Referat af byraadsmoede", file_name="b.txt", body=body)
    assert excinfo.value.existing == first
    assert File.all_objects.count() == 1


def test_duplicate_file_hash_is_rejected_by_the_database(body):
    services.file_store(data=b"one", file_name="a.txt", body=body)
    digest = File.objects.get().sha256
    with pytest.raises(IntegrityError), transaction.atomic():
        File.objects.create(body=body, name="copy", sha256=digest)


def test_stored_file_bytes_can_be_read_back(body):
    file = services.file_store(data="Københavns Kommune".encode(), file_name="k.txt", body=body)
    assert services.file_content(file).decode() == "Københavns Kommune"


def test_files_without_content_may_share_an_empty_hash(body):
    File.objects.create(body=body, name="remote 1")
    File.objects.create(body=body, name="remote 2")
    assert File.objects.filter(sha256__isnull=True).count() == 2


def test_deleting_a_meeting_deletes_its_agenda_items(meeting):
    services.agenda_item_create(meeting=meeting, order=1, name="A")
    meeting.delete()
    assert AgendaItem.all_objects.count() == 0


def test_deleting_a_meeting_keeps_the_papers_consultation(paper, meeting):
    consultation = services.consultation_create(paper=paper, meeting=meeting)
    meeting.delete()
    consultation.refresh_from_db()
    assert consultation.meeting is None


def test_deleting_a_paper_deletes_its_consultations(paper, meeting):
    services.consultation_create(paper=paper, meeting=meeting)
    paper.delete()
    assert Consultation.all_objects.count() == 0


def test_deleting_an_organization_deletes_its_memberships(body):
    org = Organization.objects.create(body=body, name="Økonomiudvalget")
    person = Person.objects.create(body=body, name="Mette Kjærgaard")
    Membership.objects.create(person=person, organization=org, role="Formand")
    org.delete()
    assert Membership.all_objects.count() == 0
    assert Person.objects.filter(pk=person.pk).exists()


def test_meeting_cannot_end_before_it_starts(body):
    start = datetime(2026, 3, 1, 17, tzinfo=timezone.utc)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(body=body, start=start, end=start - timedelta(hours=1))


def test_bodies_get_unique_slugs(db):
    a = services.body_create(name="Stadt Köln")
    b = services.body_create(name="Stadt Köln")
    assert a.slug != b.slug


def test_paper_route_runs_through_consultations_to_meetings(paper, meeting):
    services.consultation_create(paper=paper, meeting=meeting, position=0, date=date(2026, 3, 1))
    assert paper.consultations.get().meeting.name == "Byrådsmøde"


def test_changing_a_membership_bumps_the_person_that_embeds_it(body):
    org = Organization.objects.create(body=body, name="Økonomiudvalget")
    person = Person.objects.create(body=body, name="Mette Kjærgaard")
    membership = Membership.objects.create(person=person, organization=org, role="Medlem")
    before = Person.objects.get(pk=person.pk).modified
    membership.role = "Formand"
    membership.save()
    assert Person.objects.get(pk=person.pk).modified > before


def test_soft_deleting_an_agenda_item_bumps_its_meeting(meeting):
    item = services.agenda_item_create(meeting=meeting, order=1, name="Eventuelt")
    before = Meeting.objects.get(pk=meeting.pk).modified
    services.soft_delete(item)
    assert Meeting.objects.get(pk=meeting.pk).modified > before


def test_changing_a_papers_file_bumps_the_paper(paper, body):
    file = services.file_store(data=b"bilag", file_name="bilag.txt", body=body)
    paper.auxiliary_files.add(file)
    before = Paper.objects.get(pk=paper.pk).modified
    file.name = "Bilag 1"
    file.save()
    assert Paper.objects.get(pk=paper.pk).modified > before


def test_an_older_harvested_timestamp_never_moves_the_embedding_object_back(paper, meeting):
    consultation = services.consultation_create(paper=paper, meeting=meeting)
    current = Paper.objects.get(pk=paper.pk).modified
    consultation.modified = current - timedelta(days=30)
    consultation._keep_modified = True
    consultation.save()
    assert Paper.objects.get(pk=paper.pk).modified == current
