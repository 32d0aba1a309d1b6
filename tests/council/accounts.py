"""Staff accounts of the council tests: their password, staff status and the code their authenticator shows."""

from __future__ import annotations

from django_otp.oath import totp

PASSWORD = "a-long-test-password"


def current_code(device) -> str:
    """Return the six digits *device* shows now, as the staff member's authenticator app would."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift):06d}"


def as_staff(user):
    """Give *user* staff status (the admin's door) and return it."""
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    return user
