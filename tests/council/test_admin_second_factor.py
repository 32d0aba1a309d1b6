"""The admin asks for the second factor the staff pages ask for."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import PASSWORD, as_staff, current_code


def test_a_password_alone_does_not_open_the_admin_for_a_user_with_an_authenticator(client, town):
    admin_user = as_staff(town.admin)
    device = TOTPDevice.objects.create(user=admin_user, name="phone", confirmed=True)
    client.post("/admin/login/?next=/admin/", {"username": admin_user.username, "password": PASSWORD, "next": "/admin/"})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 302
    assert client.get("/admin/login/?next=/admin/")["Location"].startswith("/staff/login/verify/")
    assert client.get("/admin/council/auditentry/").status_code == 302
    client.post("/staff/login/verify/", {"token": current_code(device), "next": "/admin/"})
    assert client.get("/admin/").status_code == 200


def test_staff_without_an_authenticator_reach_the_admin_with_their_password(client, town):
    admin_user = as_staff(town.admin)
    client.post("/admin/login/?next=/admin/", {"username": admin_user.username, "password": PASSWORD, "next": "/admin/"})
    assert client.get("/admin/").status_code == 200
