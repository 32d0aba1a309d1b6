"""Canonical URLs: each object answers at exactly one URL; other spellings redirect with 301."""

from __future__ import annotations

import pytest

ROOT = "/oparl/v1.1/"


@pytest.mark.parametrize("spelling", ["paper/{pk}/", "Paper/{pk}", "PAPER/{pk}", "paper/0{pk}", "paper//{pk}"])
def test_non_canonical_spelling_of_a_paper_url_redirects_permanently(populated, client, spelling):
    pk = populated.rich_paper.pk

    response = client.get(ROOT + spelling.format(pk=pk))

    assert response.status_code == 301
    assert response["Location"] == f"http://testserver{ROOT}paper/{pk}"


def test_redirect_keeps_the_query_string(populated, client):
    response = client.get(f"{ROOT}Body/{populated.body.pk}/Paper/?page=2")

    assert response.status_code == 301
    assert response["Location"] == f"http://testserver{ROOT}body/{populated.body.pk}/paper?page=2"


def test_system_without_its_trailing_slash_redirects_permanently(demo, client):
    response = client.get("/oparl/v1.1")

    assert response.status_code == 301
    assert response["Location"].endswith("/oparl/v1.1/")


def test_unknown_path_answers_404_with_an_error_object(demo, client):
    response = client.get(f"{ROOT}resolution/1")

    assert response.status_code == 404
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_api_only_answers_reads(demo, client):
    response = client.post(f"{ROOT}body", {})

    assert response.status_code == 405
