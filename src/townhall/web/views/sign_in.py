"""The answer to a sign-in attempt while sign-in is locked for the account or the address."""

from __future__ import annotations

import math

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    """Render the admin's sign-in page with a note saying why and for how long sign-in is locked."""
    minutes = max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return render(request, "townhall/sign_in_locked.html", {"minutes": minutes}, status=429)
