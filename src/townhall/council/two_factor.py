"""Time-based one-time passwords (TOTP, RFC 6238) for staff sign-in, with django-otp."""

from __future__ import annotations

import segno
from django.conf import settings
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from townhall.council.models import TwoFactorPolicy
from townhall.council.scopes import scope_of
from townhall.council.services.audit import audit

DEVICE_NAME = "authenticator"


def required_for(user) -> bool:
    """Say whether *user* must sign in with a second factor (site setting or a body's policy)."""
    if settings.STAFF_TWO_FACTOR_REQUIRED:
        return True
    bodies = scope_of(user).bodies
    return bool(bodies) and TwoFactorPolicy.objects.filter(body__in=bodies, required=True).exists()


def has_device(user) -> bool:
    """Say whether *user* has a confirmed authenticator."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def pending_device(user) -> TOTPDevice:
    """Return the unconfirmed authenticator being set up for *user*, making one when there is none."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def qr_svg(device: TOTPDevice) -> bytes:
    """Return the device's otpauth:// address as an SVG QR code for an authenticator app to scan."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4).encode("utf-8")


def secret_base32(device: TOTPDevice) -> str:
    """Return the secret as an app would have it typed in (base32, in groups of four)."""
    from base64 import b32encode

    text = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


@transaction.atomic
def confirm(request, device: TOTPDevice, token: str) -> bool:
    """Confirm a new authenticator with a first code from it; the session counts as verified."""
    if not device.verify_token(token.replace(" ", "")):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.devices_for_user(request.user, confirmed=False).delete()
    otp_login(request, device)
    audit(request.user, "two_factor.enrol", device)
    return True


def verify(request, token: str) -> bool:
    """Check a code from the user's authenticator; on success the session counts as verified."""
    token = token.replace(" ", "")
    for device in TOTPDevice.objects.devices_for_user(request.user, confirmed=True):
        allowed, _ = device.verify_is_allowed()
        if allowed and device.verify_token(token):
            otp_login(request, device)
            return True
    audit(request.user, "two_factor.failed", request.user)
    return False


@transaction.atomic
def remove(user, *, by) -> int:
    """Remove *user*'s authenticators (lost phone); return how many."""
    count, _ = TOTPDevice.objects.devices_for_user(user, confirmed=None).delete()
    audit(by, "two_factor.remove", user)
    return count
