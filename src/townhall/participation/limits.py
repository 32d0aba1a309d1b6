"""Limit how often one e-mail address or one network address may use a public form.

Attempts are counted in the database over the last hour, so the limit holds across every web
process without a shared cache; only keyed hashes of the addresses are stored.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from townhall.participation.models import FormAttempt

WINDOW = timedelta(hours=1)


class RateLimited(Exception):
    """The address or network sent this form too often; the message says when to try again."""


def _key(kind: str, value: str) -> str:
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, f"{kind}:{value.strip().casefold()}".encode(), hashlib.sha256).hexdigest()


def check_and_count(form: str, *, email: str | None, network: str | None) -> None:
    """Count one use of *form*; raise RateLimited when *email* or *network* used it too often within the hour."""
    now = timezone.now()
    FormAttempt.objects.filter(at__lt=now - WINDOW).delete()
    keys = []
    if email:
        keys.append((_key("email", email), settings.FORM_LIMIT_PER_ADDRESS))
    if network:
        keys.append((_key("network", network), settings.FORM_LIMIT_PER_NETWORK))
    for key, limit in keys:
        if FormAttempt.objects.filter(form=form, key=key, at__gte=now - WINDOW).count() >= limit:
            raise RateLimited(form)
    FormAttempt.objects.bulk_create([FormAttempt(form=form, key=key, at=now) for key, _limit in keys])
