"""What ``townhall scheduler`` does on each tick: start what is due, recover what was lost.

Apps add their periodic work with :func:`every_tick` (due harvests, due mail). Each hook must be
safe when two schedulers tick at once: they queue work through conditional updates.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import close_old_connections

from townhall.jobs import services
from townhall.jobs.backends import InProcessBackend, get_backend

log = logging.getLogger("townhall.jobs")

_HOOKS: list[Callable[[], object]] = []


def every_tick(hook: Callable[[], object]) -> Callable[[], object]:
    """Run *hook* on every scheduler tick."""
    if hook not in _HOOKS:
        _HOOKS.append(hook)
    return hook


def tick() -> dict[str, int]:
    """Run one round: recover lost jobs, queue periodic work, and (in-process) run what is due."""
    close_old_connections()
    counts = {"recovered": services.reap_stale()}
    for hook in list(_HOOKS):
        try:
            hook()
        except Exception:  # noqa: BLE001 - one failing hook must not stop the others
            log.exception("scheduler hook %s failed", getattr(hook, "__qualname__", hook))
    if isinstance(get_backend(), InProcessBackend):
        counts["ran"] = services.run_due()
    else:
        counts["resent"] = services.redispatch_waiting(max(300.0, 10 * settings.JOB_LEASE_SECONDS))
    close_old_connections()
    return counts
