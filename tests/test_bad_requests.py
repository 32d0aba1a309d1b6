"""Malformed requests get a clear 4xx: an OParl Error object (with CORS) on the API, a page elsewhere."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, get_resolver

from townhall.oparl.api.addresses import BODY_LISTS

pytestmark = pytest.mark.django_db

ROOT = "/oparl/v1.1/"
HUGE = "99999999999999999999"
LISTS = ["body"] + [f"body/{{body}}/{segment}" for _, segment in BODY_LISTS.values()]
EDGE_DATES = {
    "modified_until": "0001-01-01T00:00:00",
    "created_since": "9999-12-31T23:59:59+00:00",
    "modified_since": "9999-12-31T23:59:59-14:00",
    "created_until": "0001-01-01T00:00:00+14:00",
}


def assert_oparl_error(response, status: int) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["type"] == "https://schema.oparl.org/1.1/Error"
    assert data["message"]
    return data


@pytest.mark.parametrize("filter_name", sorted(EDGE_DATES))
@pytest.mark.parametrize("list_path", LISTS)
def test_a_date_filter_beyond_the_calendar_gets_400_on_every_list(client, body, list_path, filter_name):
    response = client.get(ROOT + list_path.format(body=body.pk), {filter_name: EDGE_DATES[filter_name]})

    assert filter_name in assert_oparl_error(response, 400)["message"]


def test_a_date_filter_near_the_edge_that_still_fits_is_answered(client, body):
    response = client.get(f"{ROOT}body/{body.pk}/paper", {"created_since": "0001-01-02T00:00:00+00:00", "modified_until": "9999-12-30T00:00:00+00:00"})

    assert response.status_code == 200


@pytest.mark.parametrize("path", [f"body/{HUGE}/paper", f"paper/{HUGE}", f"file/{HUGE}/access", "body/9223372036854775808/meeting"])
def test_an_id_too_large_for_the_database_gets_404_from_the_api(client, db, path):
    assert_oparl_error(client.get(ROOT + path), 404)


@pytest.mark.parametrize("path", [f"/papers/{HUGE}/", f"/files/{HUGE}/", f"/files/{HUGE}/download/", f"/meetings/{HUGE}/",
                                  f"/organizations/{HUGE}/meetings.ics", f"/persons/{HUGE}/", f"/agenda-items/{HUGE}/"])
def test_an_id_too_large_for_the_database_gets_404_from_the_site(client, db, path):
    assert client.get(path).status_code == 404


def test_a_committee_filter_too_large_for_the_database_is_answered_by_search(client, demo):
    assert client.get("/search/", {"organization": HUGE, "q": "plan"}).status_code == 200


@pytest.mark.parametrize("parameter", ["page", "elementsPerPage", "after"])
@pytest.mark.parametrize("value", ["²", "١٢", HUGE, "-1", "1e3"])
def test_a_page_number_that_is_not_plain_digits_gets_400(client, body, parameter, value):
    assert_oparl_error(client.get(f"{ROOT}body/{body.pk}/paper", {parameter: value}), 400)


@pytest.mark.parametrize("path", ["/deadlines/?body=a%1Fb", "/calendar/2026/5/?body=%00", "/papers/%07/", "/search/%01/"])
def test_a_control_character_gets_a_400_page(client, db, path):
    response = client.get(path)

    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


@pytest.mark.parametrize("path", ["body?q=%00", "body/1/paper?modified_since=2026%01", "paper/%01"])
def test_a_control_character_gets_an_oparl_error(client, db, path):
    assert "control character" in assert_oparl_error(client.get(ROOT + path), 400)["message"]


@pytest.mark.parametrize("path", ["/search/?q=Dublin%01", "/search/feed.atom?q=Dublin%01", "/search/?q=klima%00plan"])
def test_free_text_search_reads_control_characters_itself(client, db, path):
    assert client.get(path).status_code == 200


def test_tabs_and_line_breaks_in_a_query_are_not_control_characters_here(client, db):
    assert client.get("/deadlines/", {"body": "soeby\tkommune\r\n"}).status_code == 200


def web_pages() -> list[str]:
    """Return a concrete path for every page of the site's URLconf."""
    web = next(pattern for pattern in get_resolver().url_patterns if getattr(pattern, "namespace", None) == "web")
    arguments = {"pk": "1", "year": "2026", "month": "5", "slug": "soeby-kommune"}
    paths = []
    for pattern in web.url_patterns:
        assert isinstance(pattern, URLPattern)
        route = str(pattern.pattern)
        for name, value in arguments.items():
            route = route.replace(f"<id:{name}>", value).replace(f"<int:{name}>", value).replace(f"<slug:{name}>", value)
        paths.append("/" + route)
    return paths


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "TRACE", "OPTIONS", "PROPFIND"])
@pytest.mark.parametrize("path", web_pages())
def test_pages_answer_405_to_methods_they_do_not_take(db, path, method):
    response = Client(enforce_csrf_checks=True).generic(method, path)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "TRACE", "BREW"])
@pytest.mark.parametrize("path", ["", "body", "body/1/paper", "paper/1", "file/1/access", "no/such/thing"])
def test_the_api_answers_405_to_methods_it_does_not_take_in_its_error_format(db, path, method):
    response = Client(enforce_csrf_checks=True).generic(method, ROOT + path)

    assert method in assert_oparl_error(response, 405)["message"]
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_a_disallowed_host_gets_400_from_the_api_in_its_error_format(db):
    assert_oparl_error(Client(HTTP_HOST="evil.example").get(ROOT), 400)
