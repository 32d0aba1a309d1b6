"""Roles are Django groups scoped per body and organization; only a body's administrators grant them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError

from townhall.council.models import AuditEntry, Role, StaffRole
from townhall.council.scopes import scope_of
from townhall.council.services.roles import role_grant, role_revoke


def test_every_role_is_a_group_with_permissions_of_its_work(db):
    groups = {group.name: group for group in Group.objects.prefetch_related("permissions")}
    assert {"Case handler", "Committee secretary", "Council member", "Administrator"} <= set(groups)
    codenames = {p.codename for p in groups["Committee secretary"].permissions.all()}
    assert "change_meetingrecord" in codenames or "add_agendaitem" in codenames
    assert "add_staffrole" not in codenames
    assert "add_staffrole" in {p.codename for p in groups["Administrator"].permissions.all()}


def test_administrator_grants_a_role_and_the_user_joins_its_group(town, django_user_model):
    newcomer = django_user_model.objects.create_user(username="newcomer", password="x" * 20)
    role_grant(by=town.admin, user=newcomer, role=Role.SECRETARY, body=town.body, organization=town.other_committee)
    assert newcomer.groups.filter(name="Committee secretary").exists()
    assert scope_of(newcomer).runs(town.other_committee.pk, town.body.pk)
    assert not scope_of(newcomer).runs(town.committee.pk, town.body.pk)
    entry = AuditEntry.objects.get(action="role.grant")
    assert entry.username == town.admin.username and entry.after["organization"] == town.other_committee.pk


def test_administrator_of_one_body_cannot_grant_roles_in_another(town, other_town, django_user_model):
    newcomer = django_user_model.objects.create_user(username="newcomer", password="x" * 20)
    with pytest.raises(PermissionDenied):
        role_grant(by=town.admin, user=newcomer, role=Role.CASE_HANDLER, body=other_town.body)
    assert not StaffRole.objects.filter(user=newcomer).exists()


def test_role_for_a_committee_of_another_body_is_refused(town, other_town, django_user_model):
    newcomer = django_user_model.objects.create_user(username="newcomer", password="x" * 20)
    with pytest.raises(ValidationError) as error:
        role_grant(by=town.admin, user=newcomer, role=Role.SECRETARY, body=town.body, organization=other_town.committee)
    assert "another body" in str(error.value)


def test_secretary_role_needs_its_committee(town, django_user_model):
    newcomer = django_user_model.objects.create_user(username="newcomer", password="x" * 20)
    with pytest.raises(ValidationError):
        role_grant(by=town.admin, user=newcomer, role=Role.SECRETARY, body=town.body)


def test_revoking_the_last_role_of_a_kind_leaves_the_group(town):
    role_grant(by=town.admin, user=town.secretary, role=Role.SECRETARY, body=town.body, organization=town.committee)
    town.secretary.groups.add(Group.objects.get(name="Committee secretary"))
    role_revoke(by=town.admin, staff_role=StaffRole.objects.get(user=town.secretary))
    assert not town.secretary.groups.filter(name="Committee secretary").exists()
    assert not scope_of(town.secretary).is_staff


def test_last_administrator_cannot_revoke_their_own_role(town):
    with pytest.raises(ValidationError):
        role_revoke(by=town.admin, staff_role=StaffRole.objects.get(user=town.admin))
    assert StaffRole.objects.filter(user=town.admin, role=Role.ADMINISTRATOR).exists()


def test_scopes_of_one_town_reach_nothing_of_another(town, other_town):
    for user in (town.admin, town.handler, town.secretary, town.member):
        scope = scope_of(user)
        assert not scope.works_in(other_town.body.pk)
        assert not scope.administers_body(other_town.body.pk)
        assert not scope.may_draft(other_town.body.pk, other_town.unit.pk)
        assert not scope.reads_committee(other_town.committee.pk, other_town.body.pk)


def test_audit_log_is_append_only(town):
    entry = AuditEntry.objects.create(action="test", username="x")
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.filter(pk=entry.pk).update(action="changed")
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).action == "test"
