"""Sign-in locks after repeated failures, per account and per address, says so clearly and logs it."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import httpx
import pytest
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "the-right-long-password-9"
LOCKED = "too many failed sign-in attempts"


@pytest.fixture
def clerk(django_user_model):
    return django_user_model.objects.create_user(username="clerk", password=PASSWORD, is_staff=True)


def sign_in(client: Client, username: str, password: str, address: str = "203.0.113.7", **headers):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address, **headers)


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_the_right_password_signs_in(client, clerk):
    response = sign_in(client, "clerk", PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, clerk, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert sign_in(client, "clerk", "guess").status_code in (200, 429)

    response = sign_in(client, "clerk", PASSWORD)

    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "15 minutes" in response.content.decode()
    assert not signed_in(client)


def test_four_wrong_passwords_still_let_the_right_one_in(client, clerk, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "clerk", "guess")

    assert sign_in(client, "clerk", PASSWORD).status_code == 302


def test_an_account_is_locked_whichever_address_the_guesses_come_from(client, clerk, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), "clerk", "guess", address=f"198.51.100.{number + 1}")

    response = sign_in(client, "clerk", PASSWORD, address="192.0.2.200")

    assert response.status_code == 429
    assert not signed_in(client)


def test_an_address_is_locked_whichever_accounts_it_guesses(client, clerk, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), f"someone-{number}", "guess", address="198.51.100.9")

    locked = sign_in(client, "clerk", PASSWORD, address="198.51.100.9")
    elsewhere = sign_in(Client(), "clerk", PASSWORD, address="192.0.2.10")

    assert locked.status_code == 429
    assert elsewhere.status_code == 302


def test_sign_in_works_again_after_the_lockout_has_passed(client, clerk, settings):
    from axes.models import AccessAttempt

    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "clerk", "guess")
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))

    assert sign_in(client, "clerk", PASSWORD).status_code == 302


def test_failures_and_the_lockout_are_logged_with_account_and_address(client, clerk, settings, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            sign_in(client, "clerk", "guess", address="203.0.113.99")

    messages = [record.getMessage() for record in caplog.records if record.name.startswith("axes")]
    assert any("failure" in message and "clerk" in message and "203.0.113.99" in message for message in messages)
    assert any("Locking out" in message for message in messages)
    assert not any("guess" in message for message in messages)


@pytest.mark.parametrize(("language", "expected"), [
    ("da", "for mange mislykkede forsøg på at logge ind"),
    ("de", "zu viele fehlgeschlagene Anmeldeversuche"),
])
def test_the_lockout_message_speaks_the_visitors_language(client, clerk, settings, language, expected):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "clerk", "guess", HTTP_ACCEPT_LANGUAGE=language)

    response = sign_in(client, "clerk", PASSWORD, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 429
    assert expected in response.content.decode()


def over_http(base: str, username: str, password: str, address: str) -> httpx.Response:
    """Sign in through the served login page as a browser would: fetch the form, post it back."""
    with httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=address), timeout=30) as browser:
        form = browser.get(LOGIN)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)[1]
        return browser.post(LOGIN, data={"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"},
                            headers={"Referer": base + LOGIN})


def test_a_real_http_client_is_locked_out_of_the_served_site(live_server, django_user_model, settings):
    django_user_model.objects.create_user(username="clerk", password=PASSWORD, is_staff=True)
    base = live_server.url

    first = over_http(base, "clerk", PASSWORD, "127.0.0.1")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        over_http(base, "clerk", "guess", "127.0.0.1")
    locked = over_http(base, "clerk", PASSWORD, "127.0.0.1")
    # The account is locked for every address, not only the one that guessed.
    from_elsewhere = over_http(base, "clerk", PASSWORD, "127.0.0.2")

    assert first.status_code == 302
    assert (locked.status_code, LOCKED in locked.text) == (429, True)
    assert from_elsewhere.status_code == 429


@pytest.mark.parametrize(("proxies", "forwarded", "expected"), [
    (0, "6.6.6.6", "10.0.0.1"),
    (1, "198.51.100.20", "198.51.100.20"),
    (1, "6.6.6.6, 198.51.100.20", "198.51.100.20"),
    (2, "6.6.6.6, 198.51.100.20, 192.0.2.1", "198.51.100.20"),
    (2, "198.51.100.20", "198.51.100.20"),
    (1, "", "10.0.0.1"),
])
def test_the_address_is_read_past_the_configured_proxies_only(rf, settings, proxies, forwarded, expected):
    from townhall.web.client_address import client_address

    settings.PROXY_COUNT = proxies
    request = rf.get("/admin/login/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.1")

    assert client_address(request) == expected


def test_behind_a_proxy_a_forged_forwarded_address_does_not_escape_the_lockout(client, clerk, settings):
    settings.PROXY_COUNT = 1
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), f"someone-{number}", "guess", address="10.0.0.1", HTTP_X_FORWARDED_FOR=f"6.6.6.{number}, 198.51.100.30")

    response = sign_in(client, "clerk", PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="7.7.7.7, 198.51.100.30")

    assert response.status_code == 429
