"""Person and committee pages: groups, roles over time, attendance, members and the papers before a committee."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from townhall.core.models import Meeting, Membership, Organization, Paper, Person

pytestmark = pytest.mark.django_db


def test_person_page_names_the_council_group_and_current_committees(client, demo):
    person = Person.objects.get(name="Petra Lange")
    page = client.get(f"/persons/{person.pk}/").content.decode()
    facts = page[page.index('class="facts"'):page.index("</dl>")]
    assert "Council group or party" in facts and "Fraktion Bündnis 90/Die Grünen" in facts
    assert "Ausschuss für Stadtentwicklung und Verkehr" in facts


def test_person_page_lists_former_roles_under_earlier(client, demo):
    person = Person.objects.get(name="Anders Holm")
    old = Organization.objects.create(body=person.body, name="Kultur- og Fritidsudvalget", organization_type="committee")
    Membership.objects.create(person=person, organization=old, role="Næstformand", start_date=date(2018, 1, 1), end_date=date(2021, 12, 31))
    page = client.get(f"/persons/{person.pk}/").content.decode()
    assert page.index("Teknik- og Miljøudvalget") < page.index("Earlier") < page.index("Kultur- og Fritidsudvalget")
    assert "Næstformand" in page


def test_person_page_shows_attendance_where_recorded(client, demo):
    person = Person.objects.get(name="Amina Rahman")
    meeting = Meeting.objects.get(name="Housing and Communities Committee")
    meeting.participants.add(person)
    page = client.get(f"/persons/{person.pk}/").content.decode()
    assert "Recorded at 1 meeting" in page
    assert f'href="/meetings/{meeting.pk}/"' in page


def test_person_page_lists_papers_put_forward_and_signed(client, demo):
    person = Person.objects.get(name="Emre Yilmaz")
    paper = Paper.objects.get(name="Bericht über das Projekt „Sprachpaten für Neuzugewanderte“")
    paper.originator_persons.add(person)
    page = client.get(f"/persons/{person.pk}/").content.decode()
    put_forward = page[page.index("Papers put forward"):page.index("Papers signed")]
    assert paper.name in put_forward


def test_committee_page_lists_members_with_roles_and_former_members_apart(client, demo):
    committee = Organization.objects.get(name="Housing and Communities Committee")
    leaver = Person.objects.create(body=committee.body, name="Tom Leaver", family_name="Leaver")
    Membership.objects.create(person=leaver, organization=committee, role="Member", end_date=timezone.localdate() - timedelta(days=30))
    page = client.get(f"/organizations/{committee.pk}/").content.decode()
    members = page[page.index('class="item-list members"'):page.index("</ul>", page.index('class="item-list members"'))]
    assert "Amina Rahman" in members and "Chair" in members
    assert "Tom Leaver" not in members
    assert "1 former member" in page and "Tom Leaver" in page


def test_committee_page_lists_its_past_meetings_and_papers_before_it(client, demo):
    committee = Organization.objects.get(name="Housing and Communities Committee")
    page = client.get(f"/organizations/{committee.pk}/").content.decode()
    assert "Minutes of the Housing and Communities Committee" in page
    assert f'href="/meetings/{Meeting.objects.get(name="Housing and Communities Committee").pk}/"' in page


def test_committee_kind_is_named_in_the_interface_language(client, demo):
    committee = Organization.objects.get(name="Økonomiudvalget")
    page = client.get(f"/organizations/{committee.pk}/", HTTP_ACCEPT_LANGUAGE="da").content.decode()
    assert '<p class="eyebrow">Udvalg</p>' in page
