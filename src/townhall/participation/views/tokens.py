"""The tokens a visitor's links carry: an invitation's, and that of their own registration or response."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404


def invitation_token(request) -> str:
    """Return the invitation token of the request: the link's ``?invitation=``, or the form's hidden field."""
    return request.GET.get("invitation") or request.POST.get("invitation") or ""


def invitee_for(request, invitees: QuerySet):
    """Return the invitee of *invitees* whose invitation the request carries, or None."""
    token = invitation_token(request)
    return invitees.filter(token=token).first() if _may_be_token(invitees, token) else None


def own_record(rows: QuerySet, token: str):
    """Return the row of *rows* (registrations, responses) that *token* opens, or answer 404."""
    if not _may_be_token(rows, token):
        raise Http404
    return get_object_or_404(rows, token=token)


def _may_be_token(rows: QuerySet, token: str) -> bool:
    # A string longer than the column never matches; it is not worth a query.
    return 0 < len(token) <= rows.model._meta.get_field("token").max_length
