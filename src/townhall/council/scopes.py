"""What a signed-in user may do where: the bodies and organizations their roles reach.

One instance holds many municipalities. Every check in the council services and selectors goes
through :func:`scope_of`, so a clerk of one body never reaches another's records.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from townhall.council.models import Role, StaffRole

_CACHE = "_townhall_scope"


@dataclass(frozen=True)
class Scope:
    """The reach of one user's roles, as ids (read once per request)."""

    everything: bool = False
    administers: frozenset[int] = frozenset()
    drafts_for_body: frozenset[int] = frozenset()
    drafts_for_unit: frozenset[int] = frozenset()
    secretary_of: frozenset[int] = frozenset()
    member_of: frozenset[int] = frozenset()
    bodies: frozenset[int] = frozenset()
    #: organization id -> body id, for every organization a role names.
    organization_bodies: tuple[tuple[int, int], ...] = ()
    #: person ids the user is, as a council member.
    persons: frozenset[int] = frozenset()

    @property
    def is_staff(self) -> bool:
        return self.everything or bool(self.bodies)

    def administers_body(self, body_id) -> bool:
        return self.everything or body_id in self.administers

    def may_draft(self, body_id, unit_id=None) -> bool:
        """Say whether the user may draft and edit papers of *body_id* for the unit *unit_id*."""
        if self.administers_body(body_id) or body_id in self.drafts_for_body:
            return True
        return unit_id is not None and unit_id in self.drafts_for_unit

    def runs(self, organization_id, body_id) -> bool:
        """Say whether the user prepares the meetings of *organization_id* (its secretary or an administrator)."""
        return self.administers_body(body_id) or organization_id in self.secretary_of

    def reads_committee(self, organization_id, body_id) -> bool:
        """Say whether the user reads the non-public material of *organization_id*."""
        return self.runs(organization_id, body_id) or organization_id in self.member_of

    def works_in(self, body_id) -> bool:
        return self.everything or body_id in self.bodies

    @property
    def committees(self) -> frozenset[int]:
        """Organizations whose non-public material the user reads through a committee role."""
        return self.secretary_of | self.member_of


def scope_of(user) -> Scope:
    """Return the scope of *user*'s roles (cached on the user object for the request)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope()
    cached = getattr(user, _CACHE, None)
    if cached is not None:
        return cached
    rows = list(StaffRole.objects.filter(user=user, body__deleted=False).values_list("role", "body_id", "organization_id", "person_id"))
    by_role: dict[str, set[int]] = {role: set() for role in Role.values}
    drafts_for_body, organizations, persons = set(), {}, set()
    for role, body_id, organization_id, person_id in rows:
        if organization_id is not None:
            organizations[organization_id] = body_id
            by_role[role].add(organization_id)
        elif role == Role.CASE_HANDLER:
            drafts_for_body.add(body_id)
        if role == Role.ADMINISTRATOR:
            by_role[role].add(body_id)
        if person_id is not None:
            persons.add(person_id)
    scope = Scope(
        everything=user.is_superuser,
        administers=frozenset(by_role[Role.ADMINISTRATOR]),
        drafts_for_body=frozenset(drafts_for_body),
        drafts_for_unit=frozenset(by_role[Role.CASE_HANDLER]),
        secretary_of=frozenset(by_role[Role.SECRETARY]),
        member_of=frozenset(by_role[Role.MEMBER]),
        bodies=frozenset(body for _, body, _, _ in rows),
        organization_bodies=tuple(sorted(organizations.items())),
        persons=frozenset(persons),
    )
    setattr(user, _CACHE, scope)
    return scope


def forget_scope(user) -> None:
    """Drop the cached scope of *user* (after a role was granted or revoked)."""
    if user is not None and hasattr(user, _CACHE):
        delattr(user, _CACHE)


def require(allowed: bool, message: str | None = None) -> None:
    """Raise PermissionDenied with *message* unless *allowed*."""
    if not allowed:
        raise PermissionDenied(message or _("Your roles do not allow this."))
