"""Files sent with a response: checked at the door, read by the supervised reader, searchable by the clerk."""

from __future__ import annotations

import io

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from hearing_steps import open_hearing, respond
from townhall.participation.models import ResponseAttachment


def word_file(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(name: str, data: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def test_an_attachment_is_read_and_the_clerk_finds_the_response_by_its_text(council, smtp):
    hearing = open_hearing(council)
    data = word_file("Vi foreslår en ny cykelsti langs havnen og flere lektier i dansk.")
    answer = respond(Client(), hearing, files=[upload("bemaerkninger.docx", data)])
    assert answer.status_code == 302
    attachment = ResponseAttachment.objects.get()
    smtp.wait_for("anna@example.org")  # runs due jobs, the reading among them
    attachment.refresh_from_db()
    assert attachment.state == ResponseAttachment.READ and "cykelsti" in attachment.text
    found = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/", {"q": "cykelsti"}).content.decode()
    shown = f'id="response-{attachment.response.receipt}"'
    assert shown in found and "bemaerkninger.docx" in found
    missed = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/", {"q": "vindmølle"}).content.decode()
    assert shown not in missed
    download = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/attachments/{attachment.pk}/")
    assert download.status_code == 200 and download.content == data and "attachment" in download["Content-Disposition"]
    assert Client().get(f"/staff/hearings/{hearing.pk}/attachments/{attachment.pk}/").status_code == 302


def test_an_oversized_attachment_is_refused_with_its_size_and_the_limit(council, settings):
    settings.HEARING_ATTACHMENT_BYTES = 100_000
    hearing = open_hearing(council)
    answer = respond(Client(), hearing, files=[upload("stor.pdf", b"%PDF-1.4\n" + b"0" * 200_000)])
    page = answer.content.decode()
    assert answer.status_code == 400 and "stor.pdf is 195.3\xa0KB; files may be at most 97.7\xa0KB." in page
    assert not ResponseAttachment.objects.exists()


def test_a_file_whose_content_is_not_what_its_name_says_is_refused(council):
    hearing = open_hearing(council)
    cases = {
        "svar.pdf": b"<html><script>alert(1)</script></html>",          # a web page dressed as a PDF
        "svar.docx": b"MZ\x90\x00" + b"\x00" * 200,                       # a Windows program
        "svar.png": b"%PDF-1.4\n1 0 obj<<>>endobj\n",                     # a PDF named as an image
    }
    for name, data in cases.items():
        answer = respond(Client(), hearing, files=[upload(name, data)])
        assert answer.status_code == 400, name
        page = answer.content.decode()
        assert name in page and ("is not a PDF" in page or "does not hold what its name says" in page), name
    assert not ResponseAttachment.objects.exists()


def test_too_many_files_are_refused(council, settings):
    settings.HEARING_ATTACHMENTS = 2
    hearing = open_hearing(council)
    files = [upload(f"bilag{n}.docx", word_file(f"Bilag {n}")) for n in range(3)]
    answer = respond(Client(), hearing, files=files)
    assert answer.status_code == 400 and "Send at most 2 files." in answer.content.decode()


def test_a_broken_pdf_keeps_the_response_and_records_why_it_could_not_be_read(council, smtp):
    hearing = open_hearing(council)
    broken = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF"
    assert respond(Client(), hearing, files=[upload("ødelagt.pdf", broken)]).status_code == 302
    smtp.wait_for("anna@example.org")
    attachment = ResponseAttachment.objects.get()
    assert attachment.state == ResponseAttachment.FAILED and attachment.problem
    page = council.clerk_client.get(f"/staff/hearings/{hearing.pk}/").content.decode()
    assert "ødelagt.pdf" in page and "could not be read" in page
