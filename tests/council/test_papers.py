"""Case handlers draft papers from a form or an uploaded document, plan their route and publish them."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from townhall.core.models import Consultation, File, Paper
from townhall.core.selectors import visible_files, visible_papers
from townhall.council.models import AuditEntry, PaperRecord, PaperStatus, Result, RouteStep, StepRole, StepState
from townhall.council.services import papers as paper_services
from townhall.council.services.routes import StepPlan, route_advance, route_of, route_set

INDSTILLING = """Søby Kommune
Teknik- og Miljøforvaltningen

Indstilling

Tilslutning til klimacharter for Søby

Sagsnr. 2026-0417

Forvaltningen indstiller, at udvalget anbefaler byrådet at tiltræde charteret.
"""


def draft(town, **fields):
    values = {"name": "Tilslutning til klimacharter", "reference": "2026-0417", "kind": "proposal"}
    values.update(fields)
    return paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, **values)


def plan(town, paper):
    return route_set(by=town.handler, paper=paper, steps=[
        StepPlan(town.committee, StepRole.PRELIMINARY), StepPlan(town.other_committee, StepRole.PRELIMINARY),
        StepPlan(town.council, StepRole.DECISION)])


def test_a_draft_is_not_public_until_it_is_published(town):
    paper = draft(town)
    assert not visible_papers(None).filter(pk=paper.pk).exists()
    plan(town, paper)
    paper_services.paper_submit(by=town.handler, paper=paper)
    assert not visible_papers(None).filter(pk=paper.pk).exists()
    paper_services.paper_publish(by=town.handler, paper=paper)
    assert visible_papers(None).filter(pk=paper.pk).exists()
    assert PaperRecord.objects.get(paper=paper).released_at is not None


def test_a_non_public_paper_is_never_published(town):
    paper = draft(town, confidential=True)
    plan(town, paper)
    paper_services.paper_submit(by=town.handler, paper=paper)
    with pytest.raises(ValidationError, match="non-public"):
        paper_services.paper_publish(by=town.handler, paper=paper)
    assert not Paper.objects.get(pk=paper.pk).public


def test_a_case_handler_of_one_body_cannot_draft_in_another(town, other_town):
    with pytest.raises(PermissionDenied):
        paper_services.paper_draft(by=town.handler, body=other_town.body, name="Fremmed sag")
    assert not Paper.objects.filter(name="Fremmed sag").exists()


def test_a_route_through_a_committee_of_another_body_is_refused_and_the_route_kept(town, other_town):
    paper = draft(town)
    plan(town, paper)
    with pytest.raises(ValidationError, match="belongs to another body"):
        route_set(by=town.handler, paper=paper, steps=[StepPlan(other_town.committee, StepRole.DECISION)])
    assert [step.organization for step in route_of(paper)] == [town.committee, town.other_committee, town.council]


def test_the_route_is_the_public_timeline_in_the_bodys_language(client, town):
    paper = draft(town)
    plan(town, paper)
    paper_services.paper_submit(by=town.handler, paper=paper)
    paper_services.paper_publish(by=town.handler, paper=paper)
    consultations = list(Consultation.objects.filter(paper=paper).order_by("position"))
    assert [c.role for c in consultations] == ["Forberedende behandling", "Forberedende behandling", "Beslutning"]
    assert [c.authoritative for c in consultations] == [False, False, True]
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert page.index(town.committee.name) < page.index(town.other_committee.name) < page.index(town.council.name)


def test_after_a_committee_decides_the_paper_moves_on_with_its_recommendation(town):
    paper = draft(town)
    plan(town, paper)
    paper_services.paper_submit(by=town.handler, paper=paper)
    assert route_of(paper)[0].state == StepState.CURRENT
    following = route_advance(paper=paper, organization=town.committee, result=Result.APPROVED,
                              resolution="Charteret tiltrædes.")
    steps = route_of(paper)
    assert [step.state for step in steps] == [StepState.DONE, StepState.CURRENT, StepState.PLANNED]
    assert following.recommendation == f"{town.committee.name} anbefaler {town.other_committee.name}: Charteret tiltrædes."
    route_advance(paper=paper, organization=town.other_committee, result=Result.APPROVED, resolution="Anbefales.")
    assert PaperRecord.objects.get(paper=paper).status == PaperStatus.SUBMITTED
    route_advance(paper=paper, organization=town.council, result=Result.APPROVED, resolution="Vedtaget.")
    assert PaperRecord.objects.get(paper=paper).status == PaperStatus.DECIDED


def test_a_deferred_paper_stays_with_its_committee(town):
    paper = draft(town)
    plan(town, paper)
    paper_services.paper_submit(by=town.handler, paper=paper)
    route_advance(paper=paper, organization=town.committee, result=Result.DEFERRED, resolution="")
    assert route_of(paper)[0].state == StepState.CURRENT
    assert PaperRecord.objects.get(paper=paper).status == PaperStatus.DEFERRED


def test_the_second_of_two_clerks_editing_at_once_is_told_of_the_conflict(client, town, django_user_model):
    from townhall.council.models import Role, StaffRole

    paper = draft(town)
    colleague = django_user_model.objects.create_user(username="colleague", password="x" * 20)
    StaffRole.objects.create(user=colleague, role=Role.CASE_HANDLER, body=town.body, organization=town.unit)
    opened = PaperRecord.objects.get(paper=paper).revision
    paper_services.paper_update(by=colleague, paper=paper, revision=opened, name="Klimacharter, rettet titel")
    client.force_login(town.handler)
    response = client.post(reverse("staff:paper", args=[paper.pk]), {
        "name": "Min titel", "kind": "proposal", "revision": opened, "recommendation": "Mit forslag"})
    assert response.status_code == 409
    assert "colleague" in response.content.decode()
    paper.refresh_from_db()
    assert paper.name == "Klimacharter, rettet titel"
    assert "Min titel" in response.content.decode()  # the second clerk's text is still in the form


def test_every_change_is_a_version_with_who_and_a_word_diff(client, town):
    paper = draft(town, name="Tilslutning til klimacharter")
    record = PaperRecord.objects.get(paper=paper)
    paper_services.paper_update(by=town.handler, paper=paper, revision=record.revision, name="Tilslutning til Europas klimacharter")
    client.force_login(town.handler)
    page = client.get(reverse("staff:paper-versions", args=[paper.pk])).content.decode()
    assert '<ins class="diff-added">Europas</ins>' in page
    assert page.count(town.handler.username) >= 2
    assert AuditEntry.objects.filter(action="paper.change", object_id=str(paper.pk)).get().before["name"] == "Tilslutning til klimacharter"


def test_an_uploaded_document_prefills_the_form_and_the_clerk_confirms_it(client, town):
    client.force_login(town.handler)
    upload = _upload("indstilling.txt", INDSTILLING.encode())
    response = client.post(reverse("staff:paper-upload", args=[town.body.slug]), {"document": upload})
    assert response.status_code == 302
    form = client.get(reverse("staff:paper-new", args=[town.body.slug])).content.decode()
    assert "Tilslutning til klimacharter for Søby" in form
    stored = File.all_objects.get(file_name="indstilling.txt")
    assert not visible_files(None).filter(pk=stored.pk).exists()
    response = client.post(reverse("staff:paper-new", args=[town.body.slug]), {
        "name": "Tilslutning til klimacharter for Søby", "reference": "2026-0417", "kind": "proposal", "unit": town.unit.pk})
    paper = Paper.objects.get(name="Tilslutning til klimacharter for Søby")
    assert response.status_code == 302 and paper.main_file == stored
    assert not paper.public and not visible_files(None).filter(pk=stored.pk).exists()


def test_an_upload_of_a_broken_file_is_refused_with_a_clear_message_and_nothing_stored(client, town):
    client.force_login(town.handler)
    files_before, papers_before = File.all_objects.count(), Paper.all_objects.count()
    broken = b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n" + b"\x00\xff" * 200
    response = client.post(reverse("staff:paper-upload", args=[town.body.slug]), {"document": _upload("broken.pdf", broken)})
    assert response.status_code == 200
    assert "broken.pdf could not be read" in response.content.decode()
    assert (File.all_objects.count(), Paper.all_objects.count()) == (files_before, papers_before)


def test_a_clerk_of_another_body_does_not_reach_the_paper(client, town, other_town):
    paper = draft(town)
    client.force_login(other_town.handler)
    assert client.get(reverse("staff:paper", args=[paper.pk])).status_code == 404
    assert client.get(reverse("staff:papers", args=[town.body.slug])).status_code == 403


def test_a_route_posted_with_a_committee_of_another_body_gets_the_message(client, town, other_town):
    paper = draft(town)
    client.force_login(town.handler)
    data = {"route-TOTAL_FORMS": 1, "route-INITIAL_FORMS": 0, "route-0-organization": other_town.committee.pk, "route-0-role": "decision"}
    response = client.post(reverse("staff:paper-route", args=[paper.pk]), data, follow=True)
    assert "belongs to another body" in response.content.decode()
    assert not RouteStep.objects.filter(consultation__paper=paper).exists()


def _upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)
