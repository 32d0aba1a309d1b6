"""The search form's fields, written without Django's widget templates, are the same HTML as Django's own."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test.html import parse_html

from townhall.web.form_fields import field_html
from townhall.web.forms import SearchForm

pytestmark = pytest.mark.django_db

QUERIES = [
    None,
    {"q": "budget"},
    {"q": "budget", "kind": "proposal", "language": "de", "sort": "newest"},
    {"body": "testby-kommune", "date_from": "2024-01-01", "date_to": "2024-13-45", "undated": "on"},
    {"body": "A name typed <b>by hand</b>", "kind": "no-such-kind", "sort": "", "undated": "false", "deadline_from": ""},
    {"date_from": "\"><script>", "page": "3", "organization": "7"},
]


@pytest.mark.parametrize("data", QUERIES)
def test_each_filter_field_is_written_as_django_writes_it(body, data):
    form = SearchForm(data, user=AnonymousUser())
    form.is_valid()
    for field in form:
        assert parse_html(field_html(field)) == parse_html(str(field)), field.name


def test_the_staff_only_public_status_field_is_written_as_django_writes_it(body, django_user_model):
    staff = django_user_model.objects.create_user(username="clerk", password="a-long-test-password", is_staff=True, is_superuser=True)
    for data in (None, {"public": "yes"}, {"public": "maybe"}):
        form = SearchForm(data, user=staff)
        form.is_valid()
        assert "public" in form.fields
        assert parse_html(field_html(form["public"])) == parse_html(str(form["public"]))


def test_a_field_with_attributes_of_its_own_is_left_to_django(body):
    form = SearchForm({"q": "budget"}, user=AnonymousUser())
    form.fields["kind"].widget.attrs["disabled"] = True
    assert field_html(form["kind"]) == str(form["kind"])
    assert "disabled" in field_html(form["kind"])


def test_the_municipality_choices_follow_the_bodies_as_they_are_now(body):
    from townhall.core.services import body_create, soft_delete

    def offered():
        form = SearchForm(None, user=AnonymousUser())
        return [label for value, label in form.fields["body"].widget.choices if value]

    assert offered() == ["Testby Kommune"]
    later = body_create(name="Andeby Kommune", country="DK", language="da")
    assert offered() == ["Andeby Kommune", "Testby Kommune"]
    soft_delete(later)
    assert offered() == ["Testby Kommune"]
