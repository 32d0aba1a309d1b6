"""File contents: inline at accessUrl, as attachment at downloadUrl, conditional GET, deleted files."""

from __future__ import annotations

ROOT = "/oparl/v1.1/"


def stored_file(**fields):
    from townhall.core.services import file_store

    defaults = {"data": "Høringssvar fra Søby\n".encode("utf-8"), "file_name": "høringssvar.txt", "mime_type": "text/plain", "name": "Høringssvar"}
    return file_store(**(defaults | fields))


def test_access_url_serves_the_stored_bytes_inline(db, client):
    file = stored_file()

    data = client.get(f"{ROOT}file/{file.pk}").json()
    response = client.get(data["accessUrl"])

    assert response.status_code == 200
    assert response.content == "Høringssvar fra Søby\n".encode("utf-8")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline")


def test_download_url_sends_the_bytes_as_an_attachment_with_the_file_name(db, client):
    file = stored_file()

    data = client.get(f"{ROOT}file/{file.pk}").json()
    response = client.get(data["downloadUrl"])

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="h_ringssvar.txt"')
    assert "filename*=UTF-8''h%C3%B8ringssvar.txt" in response["Content-Disposition"]


def test_file_with_an_ascii_name_gets_just_that_name(db, client):
    file = stored_file(data=b"budget", file_name="budget-2027.pdf", mime_type="application/pdf")

    response = client.get(f"{ROOT}file/{file.pk}/download")

    assert response["Content-Disposition"] == 'attachment; filename="budget-2027.pdf"'


def test_file_content_answers_304_to_its_etag(db, client):
    file = stored_file()
    first = client.get(f"{ROOT}file/{file.pk}/access")

    again = client.get(f"{ROOT}file/{file.pk}/access", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first["ETag"] == f'"{file.sha256}"'
    assert again.status_code == 304
    assert again.content == b""


def test_file_content_answers_304_when_not_modified_since(db, client):
    file = stored_file()
    first = client.get(f"{ROOT}file/{file.pk}/access")

    again = client.get(f"{ROOT}file/{file.pk}/access", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert again.status_code == 304


def test_changed_etag_gets_the_bytes_again(db, client):
    file = stored_file()

    response = client.get(f"{ROOT}file/{file.pk}/access", HTTP_IF_NONE_MATCH='"something-else"')

    assert response.status_code == 200


def test_deleted_file_content_answers_410_while_its_object_answers_200_deleted(db, client):
    from townhall.core.services import soft_delete

    file = stored_file()
    soft_delete(file)

    assert client.get(f"{ROOT}file/{file.pk}/access").status_code == 410
    assert client.get(f"{ROOT}file/{file.pk}/download").status_code == 410
    assert client.get(f"{ROOT}file/{file.pk}").json()["deleted"] is True


def test_non_public_file_content_is_gone_like_a_deleted_one(db, client):
    file = stored_file(public=False)

    assert client.get(f"{ROOT}file/{file.pk}/access").status_code == 410
    assert client.get(f"{ROOT}file/{file.pk}/download").status_code == 410
    assert client.get(f"{ROOT}file/{file.pk}").json()["deleted"] is True


def test_harvested_file_without_stored_bytes_sends_the_client_to_its_origin(db, client):
    from townhall.core.models import File

    file = File.objects.create(name="Vorlage", origin_access_url="https://ris.example.de/file/7.pdf")

    data = client.get(f"{ROOT}file/{file.pk}").json()
    response = client.get(f"{ROOT}file/{file.pk}/access")

    assert data["accessUrl"] == "https://ris.example.de/file/7.pdf"
    assert response.status_code == 302
    assert response["Location"] == "https://ris.example.de/file/7.pdf"


def test_file_object_gives_size_and_mime_type_of_the_stored_bytes(db, client):
    file = stored_file()

    data = client.get(f"{ROOT}file/{file.pk}").json()

    assert data["size"] == len("Høringssvar fra Søby\n".encode("utf-8"))
    assert data["mimeType"] == "text/plain"
    assert data["fileName"] == "høringssvar.txt"
