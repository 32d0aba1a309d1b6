"""Administrators: who holds which role, and whether a second factor is required."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.core.models import Body
from townhall.council.forms import RoleGrantForm, TwoFactorPolicyForm
from townhall.council.guards import staff_view
from townhall.council.models import StaffRole, TwoFactorPolicy
from townhall.council.scopes import scope_of
from townhall.council.services import roles as role_services


def _administered_body(request, slug) -> Body:
    body = get_object_or_404(Body, slug=slug)
    if not scope_of(request.user).administers_body(body.pk):
        raise PermissionDenied
    return body


@staff_view
def roles(request, slug):
    body = _administered_body(request, slug)
    form = RoleGrantForm(request.POST or None, body=body)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            role_services.role_grant(by=request.user, user=data["username"], role=data["role"], body=body,
                                     organization=data["organization"], person=data["person"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The role was granted."))
            return redirect("staff:roles", slug=body.slug)
    policy = TwoFactorPolicy.objects.filter(body=body).first()
    return render(request, "council/roles.html", {
        "body": body, "form": form,
        "policy_form": TwoFactorPolicyForm(initial={"required": bool(policy and policy.required)}),
        "roles": StaffRole.objects.filter(body=body).select_related("user", "organization", "person"),
    })


@staff_view
@require_POST
def role_revoke(request, slug, pk):
    body = _administered_body(request, slug)
    staff_role = get_object_or_404(StaffRole, pk=pk, body=body)
    try:
        role_services.role_revoke(by=request.user, staff_role=staff_role)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The role was revoked."))
    return redirect("staff:roles", slug=body.slug)


@staff_view
@require_POST
def two_factor_policy(request, slug):
    body = _administered_body(request, slug)
    form = TwoFactorPolicyForm(request.POST)
    form.is_valid()
    role_services.two_factor_policy_set(by=request.user, body=body, required=form.cleaned_data.get("required", False))
    messages.success(request, _("The sign-in policy was saved."))
    return redirect("staff:roles", slug=body.slug)
