"""Fixtures of the participation tests: a body with a paper, a clerk, a real SMTP server."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client

from smtp_inbox import mail_server

PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def smtp(settings):
    """A real SMTP server the outbox sends to; jobs run in the process that queues them."""
    settings.PUBLIC_URL = "http://testserver"
    with mail_server(settings) as box:
        yield box


@dataclass
class Council:
    body: object
    paper: object
    draft: object
    clerk: object
    clerk_client: Client
    outsider_client: Client


@pytest.fixture
def council(transactional_db, django_user_model) -> Council:
    """Søby Kommune with a public paper and its draft, a case handler and a staff member of another body."""
    from townhall.core.models import Paper
    from townhall.core.services import body_create, file_store
    from townhall.council.models import Role, StaffRole

    body = body_create(name="Søby Kommune", slug="soeby", country="DK", language="da", contact_email="post@soeby.example")
    other = body_create(name="Stadt Lindenau", slug="lindenau", country="DE", language="de")
    draft = file_store(data="Udkast til integrationspolitik.\n\n1. Sprog\n2. Beskæftigelse\n".encode(), file_name="udkast.txt",
                       mime_type="text/plain", body=body, name="Udkast til integrationspolitik")
    paper = Paper.objects.create(body=body, name="Integrationspolitik 2027", reference="27.00.00-2026", public=True,
                                 kind="hearing", language="da", main_file=draft)
    clerk = django_user_model.objects.create_user(username="sagsbehandler", password=PASSWORD, email="clerk@soeby.example")
    StaffRole.objects.create(user=clerk, role=Role.CASE_HANDLER, body=body)
    outsider = django_user_model.objects.create_user(username="lindenau-admin", password=PASSWORD)
    StaffRole.objects.create(user=outsider, role=Role.ADMINISTRATOR, body=other)
    clerk_client, outsider_client = Client(), Client()
    clerk_client.force_login(clerk)
    outsider_client.force_login(outsider)
    return Council(body, paper, draft, clerk, clerk_client, outsider_client)
