"""Stored originals answer the same safe way on every URL that serves them (web and OParl)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

VIEW_ROUTES = ("/files/{pk}/", "/oparl/v1.1/file/{pk}/access")
DOWNLOAD_ROUTES = ("/files/{pk}/download/", "/oparl/v1.1/file/{pk}/download")
ALL_ROUTES = VIEW_ROUTES + DOWNLOAD_ROUTES

HOSTILE = {
    "text/html": b"<html><body><script>alert(1)</script></body></html>",
    "image/svg+xml": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "application/xml": b'<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    "application/xhtml+xml": b'<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    "text/xml": b'<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
    "application/javascript": b"alert(1)",
    "": b"<script>alert(1)</script>",
}
SAFE = {
    "application/pdf": b"%PDF-1.4\n% plan\n%%EOF\n",
    "image/png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 16,
    "text/plain": "Høringssvar fra Søby\n".encode(),
    "text/calendar": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
}


def stored(data: bytes, mime_type: str, file_name: str = "bilag"):
    from townhall.core.services import file_store

    return file_store(data=data, file_name=file_name, mime_type=mime_type)


@pytest.mark.parametrize("route", ALL_ROUTES)
@pytest.mark.parametrize("mime_type", sorted(HOSTILE))
def test_types_a_browser_would_run_are_only_ever_downloads(client, route, mime_type):
    file = stored(HOSTILE[mime_type], mime_type, "bilag.html")

    response = client.get(route.format(pk=file.pk))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("route", VIEW_ROUTES)
@pytest.mark.parametrize("mime_type", sorted(SAFE))
def test_pdf_images_and_text_open_in_the_browser_inside_a_sandbox(client, route, mime_type):
    file = stored(SAFE[mime_type], mime_type, "bilag")

    response = client.get(route.format(pk=file.pk))

    assert response["Content-Disposition"] == 'inline; filename="bilag"'
    assert response["Content-Type"].split(";")[0] == mime_type
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("route", DOWNLOAD_ROUTES)
def test_download_routes_send_even_safe_types_as_attachments(client, route):
    file = stored(SAFE["application/pdf"], "application/pdf", "plan.pdf")

    response = client.get(route.format(pk=file.pk))

    assert response["Content-Disposition"] == 'attachment; filename="plan.pdf"'
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("route", ALL_ROUTES)
def test_text_in_a_legacy_code_page_is_sent_with_a_charset_that_reads_it(client, route):
    text = "Høringssvar om den nye vejplan for Søby, modtaget fra grundejerforeningen Æblehaven.\n" * 3
    file = stored(text.encode("cp1252"), "text/plain", "svar.txt")

    response = client.get(route.format(pk=file.pk))

    charset = response["Content-Type"].split("charset=")[1]
    assert response.content.decode(charset) == text


def test_text_with_a_declared_charset_keeps_it(client):
    file = stored("Grüße".encode("latin-1"), "text/plain; charset=ISO-8859-1", "gruss.txt")

    response = client.get(f"/files/{file.pk}/")

    assert response["Content-Type"] == "text/plain; charset=iso-8859-1"


@pytest.mark.parametrize("route", ALL_ROUTES)
def test_a_malformed_stored_type_is_sent_as_plain_bytes(client, route):
    file = stored(b"<script>alert(1)</script>", "text/html\r\nSet-Cookie: session=stolen", "x.html")

    response = client.get(route.format(pk=file.pk))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Set-Cookie" not in response.headers or "stolen" not in response.headers["Set-Cookie"]


@pytest.mark.parametrize("route", ALL_ROUTES)
def test_a_file_name_with_quotes_and_line_breaks_gives_one_well_formed_header(client, route):
    file = stored(b"plain", "text/plain", 'svar "endelig"\r\nX-Evil: 1.txt')

    response = client.get(route.format(pk=file.pk))

    assert response.status_code == 200
    assert "X-Evil" not in response.headers
    assert response["Content-Disposition"].startswith('inline; filename="svar \'endelig\'X-Evil: 1.txt"') or \
        response["Content-Disposition"].startswith('attachment; filename="svar \'endelig\'X-Evil: 1.txt"')


def test_an_unchanged_file_answers_304_with_the_sandbox_too(client):
    file = stored(HOSTILE["text/html"], "text/html", "x.html")
    first = client.get(f"/oparl/v1.1/file/{file.pk}/access")

    again = client.get(f"/oparl/v1.1/file/{file.pk}/access", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again["Content-Security-Policy"].startswith("sandbox;")
