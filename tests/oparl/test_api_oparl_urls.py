"""Canonical URLs: each object answers at exactly one URL; other spellings redirect with 301."""

from __future__ import annotations

import pytest

ROOT = "/oparl/v1.1/"


@pytest.fixture
def paper(body):
    from townhall.core.models import Paper

    return Paper.objects.create(body=body, name="Lokalplan 12", reference="2026-1")


@pytest.mark.parametrize("spelling", ["paper/{pk}/", "Paper/{pk}", "PAPER/{pk}", "paper/0{pk}", "paper//{pk}"])
def test_non_canonical_spelling_of_a_paper_url_redirects_permanently(paper, client, spelling):
    pk = paper.pk

    response = client.get(ROOT + spelling.format(pk=pk))

    assert response.status_code == 301
    assert response["Location"] == f"http://testserver{ROOT}paper/{pk}"


def test_redirect_keeps_the_query_string(body, client):
    response = client.get(f"{ROOT}Body/{body.pk}/Paper/?page=2")

    assert response.status_code == 301
    assert response["Location"] == f"http://testserver{ROOT}body/{body.pk}/paper?page=2"


def test_system_without_its_trailing_slash_redirects_permanently(db, client):
    response = client.get("/oparl/v1.1")

    assert response.status_code == 301
    assert response["Location"].endswith("/oparl/v1.1/")


def test_unknown_path_answers_404_with_an_error_object(db, client):
    response = client.get(f"{ROOT}resolution/1")

    assert response.status_code == 404
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_api_answers_writes_with_405_even_without_a_csrf_token(db):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(f"{ROOT}body", {})

    assert response.status_code == 405
