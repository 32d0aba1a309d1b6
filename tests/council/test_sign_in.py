"""Staff sign in with a password and, where they have one or must, a code from an authenticator app."""

from __future__ import annotations

from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import PASSWORD, current_code
from townhall.council.models import TwoFactorPolicy


def test_staff_pages_send_anonymous_visitors_to_sign_in(client, town):
    response = client.get("/staff/")
    assert response.status_code == 302 and response["Location"].startswith("/staff/login/")


def test_signed_in_user_without_a_role_is_refused(client, town, django_user_model):
    django_user_model.objects.create_user(username="citizen", password=PASSWORD)
    client.post("/staff/login/", {"username": "citizen", "password": PASSWORD})
    assert client.get("/staff/").status_code == 403


def test_case_handler_signs_in_with_a_password(client, town):
    response = client.post("/staff/login/", {"username": town.handler.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 200


def test_wrong_password_is_refused_with_a_message(client, town):
    response = client.post("/staff/login/", {"username": town.handler.username, "password": "wrong"})
    assert response.status_code == 200
    assert client.get("/staff/").status_code == 302


def test_user_with_an_authenticator_must_give_its_code(client, town):
    device = TOTPDevice.objects.create(user=town.secretary, name="phone", confirmed=True)
    client.post("/staff/login/", {"username": town.secretary.username, "password": PASSWORD})
    response = client.get("/staff/")
    assert response.status_code == 302 and response["Location"].startswith("/staff/login/verify/")
    wrong = client.post("/staff/login/verify/", {"token": "000000" if current_code(device) != "000000" else "111111"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    assert client.get("/staff/").status_code == 302
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    client.post("/staff/login/verify/", {"token": current_code(device), "next": "/staff/"})
    assert client.get("/staff/").status_code == 200


def test_after_sign_in_only_a_path_of_this_site_is_followed(client, town):
    client.post("/staff/login/", {"username": town.handler.username, "password": PASSWORD})
    assert client.get("/staff/login/verify/?next=/staff/papers/")["Location"] == "/staff/papers/"
    # Not a path: a word a redirect would look up as a view's name, another site, a scheme.
    for target in ("0001-01-01", "staff:login", "https://elsewhere.example/", "//elsewhere.example/", "javascript:alert(1)"):
        response = client.get("/staff/login/verify/", {"next": target})
        assert response.status_code == 302 and response["Location"] == "/staff/"


def test_body_policy_makes_staff_set_up_an_authenticator(client, town):
    TwoFactorPolicy.objects.create(body=town.body, required=True)
    client.post("/staff/login/", {"username": town.member.username, "password": PASSWORD})
    response = client.get("/staff/")
    assert response["Location"].startswith("/staff/two-factor/")
    page = client.get("/staff/two-factor/")
    assert page.status_code == 200 and "Key" in page.content.decode()
    qr = client.get("/staff/two-factor/qr.svg")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content
    device = TOTPDevice.objects.get(user=town.member, confirmed=False)
    client.post("/staff/two-factor/", {"token": current_code(device)})
    assert TOTPDevice.objects.get(user=town.member).confirmed
    assert client.get("/staff/").status_code == 200


def test_policy_of_one_body_does_not_reach_staff_of_another(client, town, other_town):
    TwoFactorPolicy.objects.create(body=other_town.body, required=True)
    client.post("/staff/login/", {"username": town.member.username, "password": PASSWORD})
    assert client.get("/staff/").status_code == 200


def test_password_alone_cannot_replace_an_existing_authenticator(client, town):
    TOTPDevice.objects.create(user=town.handler, name="phone", confirmed=True)
    client.post("/staff/login/", {"username": town.handler.username, "password": PASSWORD})
    assert client.get("/staff/two-factor/")["Location"].startswith("/staff/login/verify/")
    assert client.get("/staff/two-factor/qr.svg").status_code == 403


def test_administrator_requires_two_factor_on_the_roles_page(client, town):
    client.force_login(town.admin)
    page = client.get(f"/staff/bodies/{town.body.slug}/roles/")
    assert page.status_code == 200 and town.member.username in page.content.decode()
    client.post(f"/staff/bodies/{town.body.slug}/two-factor/", {"required": "on"})
    assert TwoFactorPolicy.objects.get(body=town.body).required


def test_secretary_cannot_open_the_roles_page(client, town, other_town):
    client.force_login(town.secretary)
    assert client.get(f"/staff/bodies/{town.body.slug}/roles/").status_code == 403
    client.force_login(town.admin)
    assert client.get(f"/staff/bodies/{other_town.body.slug}/roles/").status_code == 403
