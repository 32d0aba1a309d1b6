"""Reads of the clerk's side, each limited to what the user's roles reach."""

from __future__ import annotations

from dataclasses import dataclass, field

from townhall.core.models import Body
from townhall.council.scopes import scope_of


@dataclass
class Worklist:
    """What needs the user now, per kind of work."""

    bodies_administered: list = field(default_factory=list)


def bodies_administered(user):
    scope = scope_of(user)
    bodies = Body.objects.all()
    return bodies if scope.everything else bodies.filter(pk__in=scope.administers)


def worklist(user) -> Worklist:
    """Return what needs *user*: papers to finish, agendas to publish, items to minute, action items due."""
    return Worklist(bodies_administered=list(bodies_administered(user).order_by("name")))
