"""Grant and revoke staff roles, keep the role groups, set a body's two-factor policy."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from townhall.council.models import ROLE_GROUPS, Role, StaffRole, TwoFactorPolicy
from townhall.council.scopes import forget_scope, require, scope_of
from townhall.council.services.audit import audit, snapshot

#: Model permissions of each role's group, as "app_label.codename". The group says what kind of
#: work a role does; which body and organization it may do it in is the StaffRole's scope.
GROUP_PERMISSIONS = {
    Role.CASE_HANDLER: ["core.add_paper", "core.change_paper", "council.add_paperrecord", "council.change_paperrecord",
                        "council.view_paperrecord", "council.add_actionitem", "council.change_actionitem"],
    Role.SECRETARY: ["council.view_paperrecord", "council.add_meetingrecord", "council.change_meetingrecord",
                     "council.add_decision", "council.change_decision", "council.add_actionitem",
                     "council.change_actionitem", "core.add_meeting", "core.change_meeting", "core.add_agendaitem",
                     "core.change_agendaitem"],
    Role.MEMBER: ["council.view_paperrecord", "council.view_meetingrecord"],
    Role.ADMINISTRATOR: ["council.add_staffrole", "council.delete_staffrole", "council.view_staffrole",
                         "council.view_auditentry", "council.change_twofactorpolicy"],
}


def role_groups_sync(**kwargs) -> None:
    """Create the four role groups and give each the permissions of its role (after every migrate)."""
    for role, name in ROLE_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = []
        for dotted in GROUP_PERMISSIONS[role]:
            app_label, codename = dotted.split(".")
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:
                wanted.append(permission)
        group.permissions.set(wanted)


@transaction.atomic
def role_grant(*, by, user, role: str, body, organization=None, person=None) -> StaffRole:
    """Give *user* the *role* in *body* (for *organization*); only an administrator of the body may."""
    require(scope_of(by).administers_body(body.pk), _("Only an administrator of this body can grant roles."))
    existing = StaffRole.objects.filter(user=user, role=role, body=body, organization=organization).first()
    if existing is not None:
        return existing
    staff_role = StaffRole(user=user, role=role, body=body, organization=organization, person=person, granted_by=by)
    staff_role.full_clean()
    staff_role.save()
    user.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[Role(role)])[0])
    forget_scope(user)
    audit(by, "role.grant", staff_role, body=body, after=snapshot(staff_role))
    return staff_role


@transaction.atomic
def role_revoke(*, by, staff_role: StaffRole) -> None:
    """Take a role away; the user leaves the role's group when no other role of that kind is left."""
    require(scope_of(by).administers_body(staff_role.body_id), _("Only an administrator of this body can revoke roles."))
    if staff_role.user_id == by.pk and staff_role.role == Role.ADMINISTRATOR and not by.is_superuser:
        others = StaffRole.objects.filter(role=Role.ADMINISTRATOR, body=staff_role.body_id).exclude(user=by)
        if not others.exists():
            raise ValidationError(_("You are the last administrator of this body; grant the role to someone else first."))
    before = snapshot(staff_role)
    user = staff_role.user
    staff_role.delete()
    if not StaffRole.objects.filter(user=user, role=staff_role.role).exists():
        user.groups.remove(*Group.objects.filter(name=ROLE_GROUPS[Role(staff_role.role)]))
    forget_scope(user)
    audit(by, "role.revoke", user, body=staff_role.body, before=before)


@transaction.atomic
def two_factor_policy_set(*, by, body, required: bool) -> TwoFactorPolicy:
    """Require (or stop requiring) a second factor at sign-in for every member of *body*'s staff."""
    require(scope_of(by).administers_body(body.pk), _("Only an administrator of this body can change the sign-in policy."))
    policy, _created = TwoFactorPolicy.objects.get_or_create(body=body)
    before = snapshot(policy)
    policy.required, policy.changed_by, policy.changed_at = required, by, timezone.now()
    policy.save()
    audit(by, "two_factor.policy", policy, body=body, before=before, after=snapshot(policy))
    return policy
