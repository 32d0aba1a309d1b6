"""A separate host name for stored originals (TOWNHALL_FILES_URL): links point there, the site shows none inline."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

FILES = "https://files.example.org"
PDF = b"%PDF-1.4\n% plan\n%%EOF\n"


@pytest.fixture
def files_host(settings):
    settings.FILES_URL = FILES
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver", "files.example.org"]
    return FILES


def stored(public=True, data=PDF, mime_type="application/pdf", file_name="plan.pdf"):
    from townhall.core.services import file_store

    return file_store(data=data, file_name=file_name, mime_type=mime_type, public=public)


def on_files_host() -> Client:
    return Client(HTTP_HOST="files.example.org", HTTP_X_FORWARDED_PROTO="https", **{"wsgi.url_scheme": "https"})


def test_visitors_are_linked_to_the_files_host_from_a_papers_page(client, demo, files_host):
    from townhall.core.models import Paper

    paper = Paper.objects.get(name="Budget consultation 2027/28")
    page = client.get(f"/papers/{paper.pk}/").content.decode()

    assert f'href="{FILES}/files/{paper.main_file_id}/"' in page
    assert f'href="{FILES}/files/{paper.main_file_id}/download/"' in page


def test_oparl_file_urls_point_at_the_files_host(client, files_host):
    file = stored()

    data = client.get(f"/oparl/v1.1/file/{file.pk}").json()

    assert data["accessUrl"] == f"{FILES}/oparl/v1.1/file/{file.pk}/access"
    assert data["downloadUrl"] == f"{FILES}/oparl/v1.1/file/{file.pk}/download"
    assert data["id"].startswith("http://testserver/")


@pytest.mark.parametrize("route", ["/files/{pk}/", "/files/{pk}/download/", "/oparl/v1.1/file/{pk}/access", "/oparl/v1.1/file/{pk}/download"])
def test_the_sites_own_host_sends_every_file_route_to_the_files_host(client, files_host, route):
    file = stored()
    path = route.format(pk=file.pk)

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"] == FILES + path
    assert response.content == b""


def test_the_files_host_shows_a_pdf_inline_in_its_sandbox(files_host):
    file = stored()

    response = on_files_host().get(f"/files/{file.pk}/")

    assert response.status_code == 200
    assert response.content == PDF
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"].startswith("sandbox;")


@pytest.mark.parametrize("path", ["/", "/search/?q=plan", "/admin/", "/admin/login/", "/oparl/v1.1/", "/oparl/v1.1/body", "/i18n/setlang/"])
def test_the_files_host_answers_nothing_but_files(files_host, path):
    assert on_files_host().get(path).status_code == 404


def test_the_files_host_refuses_files_that_are_not_public(files_host):
    hidden = stored(public=False)

    assert on_files_host().get(f"/files/{hidden.pk}/").status_code == 404


def test_staff_get_a_non_public_file_from_the_site_only_as_a_download(staff_client, files_host):
    hidden = stored(public=False)

    response = staff_client.get(f"/files/{hidden.pk}/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"].startswith("sandbox;")


def test_staff_are_sent_to_the_files_host_for_public_files(staff_client, files_host):
    file = stored()

    assert staff_client.get(f"/files/{file.pk}/")["Location"] == f"{FILES}/files/{file.pk}/"


def test_without_a_files_host_the_site_serves_files_itself(client, settings):
    settings.FILES_URL = ""
    file = stored()

    assert client.get(f"/files/{file.pk}/").status_code == 200
    assert client.get(f"/oparl/v1.1/file/{file.pk}").json()["accessUrl"] == f"http://testserver/oparl/v1.1/file/{file.pk}/access"


def test_the_policy_lets_answers_load_images_from_the_files_host_only_while_one_is_set(client, demo, settings):
    # The API is never kept by the page cache: each answer here is built afresh.
    before = client.get("/oparl/v1.1/")["Content-Security-Policy"]
    settings.FILES_URL = FILES
    during = client.get("/oparl/v1.1/")["Content-Security-Policy"]
    page = client.get("/deadlines/")["Content-Security-Policy"]
    settings.FILES_URL = ""
    after = client.get("/oparl/v1.1/")["Content-Security-Policy"]

    assert FILES not in before
    assert f"img-src 'self' data: {FILES}" in during and f"connect-src 'self' {FILES}" in during
    assert page == during
    assert after == before
