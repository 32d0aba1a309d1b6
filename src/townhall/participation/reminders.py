"""Send each invitee of an open hearing or event its one reminder."""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.db.models import QuerySet


def remind_once(due: QuerySet, *, now, send: Callable[[object], None]) -> int:
    """Call *send* for each invitee of *due* not reminded yet, marking it reminded at *now*; return how many.

    Each invitee is marked in the transaction that queues its mail, so a second run, or one running
    beside this one, finds it reminded and sends nothing.
    """
    sent = 0
    for invitee in due:
        with transaction.atomic():
            if not due.model.objects.filter(pk=invitee.pk, reminded__isnull=True).update(reminded=now):
                continue
            send(invitee)
            sent += 1
    return sent
