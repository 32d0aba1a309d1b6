"""Documents read in place: text and HTML shown safely with the searched words marked, PDFs in the viewer."""

from __future__ import annotations

import pytest

from townhall.core import services
from townhall.core.models import File, Paper

pytestmark = pytest.mark.django_db


def _paper_with_file(body, *, data: bytes, mime_type: str, file_name: str, public: bool = True, text: str = "") -> tuple[Paper, File]:
    file = services.file_store(data=data, file_name=file_name, mime_type=mime_type, body=body, name=file_name, public=public)
    file.text = text
    file.language = "da"
    file.save()
    paper = Paper.objects.create(body=body, name="Cykelstier langs Strandvejen", language="da", main_file=file, public=public)
    return paper, file


def test_plain_text_is_shown_escaped_with_the_searched_words_marked(client, body):
    _, file = _paper_with_file(body, data="Forslag om nye cykelstier <script>alert(1)</script>".encode(), mime_type="text/plain",
                               file_name="forslag.txt")
    page = client.get(f"/files/{file.pk}/read/", {"q": "cykelsti"}).content.decode()
    assert "<mark>cykelstier</mark>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page


def test_html_is_shown_without_scripts_styles_images_or_handlers(client, body):
    html = ('<h1 onclick="steal()">Dagsorden</h1><script>steal()</script><style>body{display:none}</style>'
            '<img src="https://tracker.example/x.gif"><p>Punkt 1 <a href="javascript:steal()">x</a> '
            '<a href="https://example.org/plan">plan</a></p>')
    _, file = _paper_with_file(body, data=html.encode(), mime_type="text/html", file_name="dagsorden.html")
    page = client.get(f"/files/{file.pk}/read/").content.decode()
    body_html = page[page.index('class="document-html"'):]
    assert "<h1>Dagsorden</h1>" in body_html
    for unsafe in ("onclick", "<script>steal", "<style>", "tracker.example", "javascript:"):
        assert unsafe not in body_html
    assert 'href="https://example.org/plan"' in body_html


def test_pdf_page_carries_the_viewer_with_the_words_to_mark(client, body):
    from bench.corpus.pdf_writer import text_pdf

    _, file = _paper_with_file(body, data=text_pdf("Forslag om cykelstier langs Strandvejen"), mime_type="application/pdf",
                               file_name="forslag.pdf", text="Forslag om cykelstier langs Strandvejen")
    page = client.get(f"/files/{file.pk}/read/", {"q": "cykelsti"}).content.decode()
    assert f'data-src="/files/{file.pk}/"' in page
    assert 'data-words="cykelstier"' in page
    assert "<script type=\"module\"" in page


def test_attachment_that_is_not_stored_says_where_it_can_be_found(client, body):
    file = File.objects.create(body=body, name="Bilag 2: Kort", origin_access_url="https://raadhus.example/bilag/2")
    paper = Paper.objects.create(body=body, name="Cykelstier", language="da")
    paper.auxiliary_files.add(file)
    page = client.get(f"/files/{file.pk}/read/").content.decode()
    assert "This file is not stored here" in page
    assert 'href="https://raadhus.example/bilag/2"' in page


def test_non_public_file_is_not_found(client, body):
    _, file = _paper_with_file(body, data=b"Fortroligt", mime_type="text/plain", file_name="lukket.txt", public=False)
    assert client.get(f"/files/{file.pk}/read/").status_code == 404
