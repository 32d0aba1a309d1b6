"""The interface in Danish, German and English; content keeps its own language."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from townhall.core.models import Paper

pytestmark = pytest.mark.django_db


def test_browser_asking_for_danish_gets_the_danish_interface(client, db):
    page = client.get("/", headers={"Accept-Language": "da"}).content.decode()
    assert '<html lang="da">' in page
    assert "Seneste sager" in page


def test_browser_asking_for_german_gets_the_german_interface(client, db):
    page = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"}).content.decode()
    assert '<html lang="de">' in page
    assert "Neueste Vorlagen" in page


def test_language_switcher_keeps_the_chosen_language(client, db):
    response = client.post("/i18n/setlang/", {"language": "de", "next": "/search/"})
    assert response.status_code == 302 and response.url == "/search/"
    page = client.get("/search/", headers={"Accept-Language": "da"}).content.decode()
    assert '<html lang="de">' in page


def test_dates_are_written_the_way_the_interface_language_writes_them(client, demo):
    paper = Paper.objects.get(name="Budget consultation 2027/28")
    paper.date = date(2026, 3, 5)
    paper.save()
    url = reverse("web:paper", args=[paper.pk])
    assert "5. März 2026" in client.get(url, headers={"Accept-Language": "de"}).content.decode()
    assert "5. marts 2026" in client.get(url, headers={"Accept-Language": "da"}).content.decode()


def test_paper_title_carries_the_language_it_is_written_in(client, demo):
    paper = Paper.objects.get(name="Ausbau der Kindertagesbetreuung im Stadtteil Nordviertel")
    page = client.get(reverse("web:paper", args=[paper.pk]), headers={"Accept-Language": "da"}).content.decode()
    assert f'<h1 lang="de">{paper.name}</h1>' in page


def test_paper_kinds_are_named_in_the_interface_language(client, demo):
    page = client.get("/search/", {"kind": "hearing"}, headers={"Accept-Language": "de"}).content.decode()
    assert "Anhörung" in page
