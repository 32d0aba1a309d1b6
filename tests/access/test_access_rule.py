"""The one access rule: what the public may see follows from the papers records come from, both ways."""

from __future__ import annotations

import pytest
from django.utils import timezone

import documents
from townhall.core import access, services
from townhall.core.models import Consultation, File, Meeting, Organization, Paper, Person

pytestmark = pytest.mark.django_db


def shown(obj) -> bool:
    return access.is_public(type(obj).all_objects.get(pk=obj.pk))


def proposal(stem: str, *, public: bool, offset: int = 3, number: str = "0990/2026", **options) -> str:
    return documents.proposal(stem=stem, today=timezone.localdate(), offset=offset, public=public, number=number, **options)


def committee(stem: str) -> Organization:
    return Organization.all_objects.get(name=f"{stem.capitalize()}beirat")


def test_records_a_non_public_paper_made_are_hidden_and_those_of_a_public_one_shown(ingest):
    ingest({"closed.txt": proposal("quendelmarsch", public=False), "open.txt": proposal("ruppelkant", public=True, number="0991/2026")})
    hidden, seen = committee("quendelmarsch"), committee("ruppelkant")
    assert (shown(hidden), shown(seen)) == (False, True)
    assert [shown(p) for p in Person.objects.filter(name__contains="Quendelmarsch")] == [False, False]
    assert {shown(m) for m in Meeting.objects.filter(organizations=hidden)} == {False}


def test_a_committee_a_public_paper_also_names_is_shown(ingest):
    ingest({"closed.txt": proposal("quendelmarsch", public=False)})
    assert not shown(committee("quendelmarsch"))
    ingest({"open.txt": proposal("quendelmarsch", public=True, offset=30, number="0992/2026")})
    assert shown(committee("quendelmarsch"))


def test_a_committee_that_stands_on_its_own_stays_shown_when_only_a_non_public_paper_names_it(ingest):
    own = Organization.objects.get(name="Integrationsrat")  # from the demo, as from the admin or a harvest
    text = proposal("quendelmarsch", public=False).replace("Quendelmarschbeirat", "Integrationsrat")
    ingest({"closed.txt": text})
    assert Consultation.objects.filter(organizations=own, paper__public=False).exists()
    assert shown(own)


def test_unpublishing_hides_files_and_records_only_it_names_and_publishing_shows_them_again(ingest):
    paper = ingest({"open.txt": proposal("ruppelkant", public=True)})["open.txt"]
    dependants = [paper.main_file, *paper.auxiliary_files.all(), committee("ruppelkant"), paper.case_handler]
    assert [shown(obj) for obj in dependants] == [True] * len(dependants)

    access.paper_set_public(paper, False)
    assert [shown(obj) for obj in dependants] == [False] * len(dependants)

    access.paper_set_public(paper, True)
    assert [shown(obj) for obj in dependants] == [True] * len(dependants)


def test_a_file_withheld_by_its_own_flag_stays_hidden_when_its_paper_is_published_again(ingest):
    paper = ingest({"open.txt": proposal("ruppelkant", public=True)})["open.txt"]
    attachment = paper.auxiliary_files.get()
    access.file_set_public(attachment, False)
    access.paper_set_public(paper, False)
    access.paper_set_public(paper, True)
    assert (shown(paper.main_file), shown(attachment)) == (True, False)


def test_deleting_the_only_public_paper_that_names_a_committee_hides_it_and_restoring_shows_it(ingest):
    paper = ingest({"open.txt": proposal("ruppelkant", public=True)})["open.txt"]
    services.soft_delete(paper)
    assert not shown(committee("ruppelkant"))
    services.restore(paper)
    assert shown(committee("ruppelkant"))


def test_a_new_version_that_is_not_public_hides_what_the_old_one_showed(ingest):
    paper = ingest({"sag.txt": proposal("ruppelkant", public=True)})["sag.txt"]
    old_file = paper.main_file
    newer = ingest({"sag.txt": proposal("ruppelkant", public=False) + "\nErgänzt.\n"})["sag.txt"]
    assert newer.pk == paper.pk and newer.version == 2
    assert (shown(newer), shown(old_file), shown(newer.main_file), shown(committee("ruppelkant"))) == (False, False, False, False)


def test_a_committee_no_version_of_a_paper_names_any_more_is_hidden(ingest):
    paper = ingest({"sag.txt": proposal("ruppelkant", public=True)})["sag.txt"]
    ingest({"sag.txt": proposal("ruppelkant", public=True).replace("Ruppelkantbeirat", "Integrationsrat")})
    assert Paper.objects.get(pk=paper.pk).version == 2
    assert not shown(committee("ruppelkant"))


def test_a_hidden_record_gets_a_new_modified_time(ingest):
    paper = ingest({"open.txt": proposal("ruppelkant", public=True)})["open.txt"]
    records = [committee("ruppelkant"), paper.main_file, paper.consultations.first()]
    before = [type(r).all_objects.get(pk=r.pk).modified for r in records]
    access.paper_set_public(paper, False)
    after = [type(r).all_objects.get(pk=r.pk).modified for r in records]
    assert all(new > old for old, new in zip(before, after))


def test_a_withheld_main_file_is_not_in_the_search_index_or_snippets(ingest, staff_client, client):
    paper = ingest({"open.txt": proposal("ruppelkant", public=True)})["open.txt"]
    access.file_set_public(paper.main_file, False)
    staff = staff_client.get("/search/", {"q": "Kaimauer"}).context["results"]
    visitor = client.get("/search/", {"q": "Ruppelkant*"}).context["results"]
    assert [hit.paper.pk for hit in staff.hits] == []
    assert [(hit.paper.pk, hit.snippet_html) for hit in visitor.hits] == [(paper.pk, "")]


def test_a_withheld_attachment_withholds_the_original_it_came_in(ingest, client, staff_client):
    from townhall.core.models import File

    mail = documents.withheld_attachment_mail(today=timezone.localdate())
    paper = ingest({"mail.eml": mail})["mail.eml"]
    part = File.objects.get(master_file=paper.main_file)
    assert client.get(f"/files/{paper.main_file_id}/download/").status_code == 200
    access.file_set_public(part, False)
    assert client.get(f"/files/{paper.main_file_id}/download/").status_code == 404
    assert client.get(f"/oparl/v1.1/file/{paper.main_file_id}/download").status_code == 404
    assert staff_client.get(f"/files/{paper.main_file_id}/download/").status_code == 200


def test_deleting_a_hidden_paper_for_good_does_not_leave_its_files_standing_alone(ingest, clerk_client):
    paper = ingest({"closed.txt": proposal("quendelmarsch", public=False)})["closed.txt"]
    files = [paper.main_file_id, *paper.auxiliary_files.values_list("pk", flat=True)]
    response = clerk_client.post(f"/admin/core/paper/{paper.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Paper.all_objects.filter(pk=paper.pk).exists()
    assert [shown(File.all_objects.get(pk=pk)) for pk in files] == [False] * len(files)


def test_refreshing_everything_changes_nothing_that_the_services_kept(world):
    assert not access.refresh()


def test_the_data_migration_works_out_what_stored_records_come_from(ingest):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("townhall.core.migrations.0006_derive_visibility")
    papers = ingest({"closed.txt": proposal("quendelmarsch", public=False),
                     "open.txt": proposal("ruppelkant", public=True, number="0991/2026")})
    closed = papers["closed.txt"]
    # As the records stood before: no provenance, everything shown, files carrying their paper's flag.
    for model in (Organization, Person, Meeting):
        model.all_objects.update(from_papers=False, visible=True)
    File.all_objects.update(visible=True)
    File.all_objects.filter(pk__in=[closed.main_file_id, *closed.auxiliary_files.values_list("pk", flat=True)]).update(public=False)

    migration.forwards(apps, None)

    hidden = [committee("quendelmarsch"), closed.case_handler, closed.main_file, *closed.auxiliary_files.all()]
    kept = [committee("ruppelkant"), Organization.objects.get(name="Integrationsrat"), papers["open.txt"].main_file]
    assert [shown(obj) for obj in hidden] == [False] * len(hidden)
    assert [shown(obj) for obj in kept] == [True] * len(kept)
    assert (committee("quendelmarsch").from_papers, Organization.objects.get(name="Integrationsrat").from_papers) == (True, False)
    access.paper_set_public(closed, True)
    assert [shown(obj) for obj in hidden] == [True] * len(hidden)
