"""Who sees what: anonymous visitors see public material only; non-public things answer 404."""

from __future__ import annotations

import pytest
from django.urls import reverse

from townhall.core.models import AgendaItem, Body, Paper

pytestmark = pytest.mark.django_db

CLOSED_PAPER = "Sichere Radwege auf der Bahnhofstraße"


def closed_paper() -> Paper:
    return Paper.objects.get(name=CLOSED_PAPER)


def test_non_public_paper_answers_404_to_visitors(client, demo):
    assert client.get(reverse("web:paper", args=[closed_paper().pk])).status_code == 404


def test_non_public_paper_is_shown_to_staff_with_permission(staff_client, demo):
    response = staff_client.get(reverse("web:paper", args=[closed_paper().pk]))
    assert response.status_code == 200
    assert "Not public" in response.content.decode()


def test_staff_without_the_permission_get_404_for_non_public_paper(client, demo, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="intern", password="x-long-password-1", is_staff=True))
    assert client.get(reverse("web:paper", args=[closed_paper().pk])).status_code == 404


def test_non_public_file_answers_404_to_visitors(client, demo):
    file_id = closed_paper().main_file_id
    assert client.get(reverse("web:file", args=[file_id])).status_code == 404
    assert client.get(reverse("web:file-download", args=[file_id])).status_code == 404


def test_non_public_agenda_item_answers_404_to_visitors(client, demo):
    item = AgendaItem.objects.get(name="Personalesag")
    assert client.get(reverse("web:agenda-item", args=[item.pk])).status_code == 404


def test_meeting_page_hides_non_public_agenda_items_from_visitors(client, demo):
    item = AgendaItem.objects.get(name="Personalesag")
    page = client.get(reverse("web:meeting", args=[item.meeting_id])).content.decode()
    assert "Personalesag" not in page
    assert "Godkendelse af Klimaplan 2030" in page


def test_meeting_page_shows_non_public_agenda_items_to_staff(staff_client, demo):
    item = AgendaItem.objects.get(name="Personalesag")
    assert "Personalesag" in staff_client.get(reverse("web:meeting", args=[item.meeting_id])).content.decode()


def test_search_leaves_non_public_papers_out_for_visitors(client, demo):
    page = client.get("/search/", {"q": "Radwege"}).content.decode()
    assert CLOSED_PAPER not in page


def test_search_feed_leaves_non_public_papers_out(staff_client, demo):
    feed = staff_client.get("/search/feed.atom", {"q": "Radwege"}).content.decode()
    assert CLOSED_PAPER not in feed


def test_deadlines_of_non_public_papers_are_hidden_from_visitors(client, demo):
    page = client.get("/deadlines/", {"start": "2000-01-01", "end": "2100-01-01"}).content.decode()
    assert "Konzept für einen geschützten Radfahrstreifen" not in page


def test_paper_title_with_markup_is_shown_as_text(client, demo):
    paper = Paper.objects.create(body=Body.objects.first(), name="<script>alert('x')</script> Budget", reference="X-1")
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(" in page


def test_paper_title_with_markup_is_escaped_in_search_results(client, demo, search_index):
    Paper.objects.create(body=Body.objects.first(), name="<script>alert('x')</script> Havneplan", reference="X-2")
    search_index()
    page = client.get("/search/", {"q": "Havneplan"}).content.decode()
    assert "<script>alert(" not in page
    assert "&lt;script&gt;" in page


def test_staff_sign_in_link_goes_to_the_login_page(client, db):
    page = client.get("/").content.decode()
    assert 'href="/admin/login/?next=/"' in page


def test_text_with_markup_in_a_document_is_shown_as_text(client, demo):
    paper = Paper.objects.get(name="Budget consultation 2027/28")
    paper.main_file.text = 'Budget <img src=x onerror="alert(1)"> lines'
    paper.main_file.save()
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x" in page


def test_staff_can_search_for_non_public_papers_only(staff_client, demo):
    hits = staff_client.get("/search/", {"public": "no"}).context["results"].hits
    assert [hit.paper.name for hit in hits] == [CLOSED_PAPER]


def test_visitors_are_not_offered_the_public_status_filter(client, demo):
    assert 'name="public"' not in client.get("/search/").content.decode()


def test_script_link_read_from_a_document_is_not_made_clickable(client, demo):
    paper = Paper.objects.get(name="Budget consultation 2027/28")
    paper.card = {**(paper.card or {}), "urls": ["javascript:alert(1)", "https://www.northbridge.gov.uk/budget"]}
    paper.save()
    page = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert 'href="javascript:' not in page
    assert 'href="https://www.northbridge.gov.uk/budget"' in page
