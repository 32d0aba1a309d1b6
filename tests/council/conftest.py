"""Fixtures of the clerk's side: two municipalities with committees, and staff in each role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from accounts import PASSWORD


@dataclass
class Town:
    body: object
    unit: object          # the department that drafts papers
    committee: object     # a committee that prepares
    other_committee: object
    council: object       # the council that decides
    admin: object
    handler: object
    secretary: object
    member: object
    member_person: object


def make_town(name: str, slug: str, language: str, django_user_model) -> Town:
    from townhall.core.models import Membership, Organization, Person
    from townhall.core.services import body_create
    from townhall.council.models import Role, StaffRole

    body = body_create(name=name, slug=slug, language=language, country={"da": "DK", "de": "DE"}.get(language, "GB"))
    unit = Organization.objects.create(body=body, name=f"{name} planning department", classification="department")
    committee = Organization.objects.create(body=body, name=f"{name} technical committee", classification="committee")
    other = Organization.objects.create(body=body, name=f"{name} finance committee", classification="committee")
    council = Organization.objects.create(body=body, name=f"{name} council", classification="council")
    person = Person.objects.create(body=body, name=f"{name} Member", email=[f"member@{slug}.example"])
    Membership.objects.create(person=person, organization=committee, role="member", voting_right=True)

    def user(role, organization=None, person=None):
        account = django_user_model.objects.create_user(username=f"{slug}-{role}", password=PASSWORD)
        StaffRole.objects.create(user=account, role=role, body=body, organization=organization, person=person)
        return account

    return Town(
        body=body, unit=unit, committee=committee, other_committee=other, council=council,
        admin=user(Role.ADMINISTRATOR), handler=user(Role.CASE_HANDLER, unit),
        secretary=user(Role.SECRETARY, committee), member=user(Role.MEMBER, committee, person), member_person=person,
    )


@pytest.fixture
def town(db, django_user_model):
    return make_town("Søby Kommune", "soeby", "da", django_user_model)


@pytest.fixture
def other_town(db, django_user_model):
    return make_town("Stadt Lindenau", "lindenau", "de", django_user_model)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Hash test passwords cheaply: the sign-in tests create many accounts."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def live_town(transactional_db, django_user_model):
    """Søby Kommune for the live server: committed, so that the server's threads see it."""
    return make_town("Søby Kommune", "soeby", "da", django_user_model)


@pytest.fixture
def smtp(settings):
    """A real SMTP server the outbox sends to; jobs run in the process that queues them."""
    from tests.participation.smtp_inbox import mail_server

    with mail_server(settings) as box:
        yield box
