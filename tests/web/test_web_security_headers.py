"""Pages carry a Content-Security-Policy without inline script or style, and set cookies only where a form needs one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from townhall.core.models import Meeting, Organization, Paper, Person

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "townhall"


def pages() -> list[str]:
    paper = Paper.objects.get(name="Godkendelse af Klimaplan 2030 for Søby Kommune")
    return [
        "/", "/search/", "/search/?q=plan", f"/papers/{paper.pk}/",
        f"/meetings/{Meeting.objects.get(name='Teknik- og Miljøudvalget, ordinært møde').pk}/",
        f"/organizations/{Organization.objects.get(name='Teknik- og Miljøudvalget').pk}/",
        f"/persons/{Person.objects.get(name='Lene Bach').pk}/", "/bodies/", "/bodies/stadt-lindenau/",
        "/calendar/2026/5/", "/deadlines/", "/no/such/page/",
    ]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def test_every_page_has_a_policy_that_allows_no_inline_script_or_style(client, demo):
    for path in pages():
        policy = directives(client.get(path))
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["default-src"] == ["'self'"], path
        assert policy["frame-ancestors"] == ["'none'"], path
        assert policy["object-src"] == ["'none'"], path


def test_the_api_and_the_admin_carry_the_policy_too(client, admin_client, db):
    assert "script-src 'self'" in client.get("/oparl/v1.1/")["Content-Security-Policy"]
    assert "script-src 'self'" in admin_client.get("/admin/")["Content-Security-Policy"]


def test_templates_hold_no_inline_script_style_or_event_handler():
    offenders = []
    for template in TEMPLATES.rglob("templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(r"<style\b|\sstyle=|\son[a-z]+=", text):
            offenders.append(str(template.relative_to(TEMPLATES)))
    assert offenders == []


def test_anonymous_pages_set_no_cookie(demo):
    visitor = Client(enforce_csrf_checks=True)
    for path in pages():
        response = visitor.get(path)
        assert response.cookies == {}, path


def test_the_search_form_sends_its_query_by_get(client, demo):
    page = client.get("/search/").content.decode()
    form = re.search(r'<form id="search-form"[^>]*>', page)[0]
    assert 'method="get"' in form


def test_the_language_can_be_switched_without_a_csrf_cookie(db):
    visitor = Client(enforce_csrf_checks=True)

    response = visitor.post("/i18n/setlang/", {"language": "de", "next": "/search/"})

    assert response.status_code == 302
    assert response["Location"] == "/search/"
    assert visitor.get("/search/").content.decode().count("Vorlagen suchen") >= 1


def test_the_sign_in_page_sets_the_csrf_cookie_its_form_needs(db):
    response = Client(enforce_csrf_checks=True).get("/admin/login/")

    assert "csrftoken" in response.cookies
    assert response.cookies["csrftoken"]["httponly"]


def test_signed_in_staff_get_the_csrf_cookie_for_the_sign_out_form(staff_client, demo):
    response = staff_client.get("/")

    assert "csrftoken" in response.cookies
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
