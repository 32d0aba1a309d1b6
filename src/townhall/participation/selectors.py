"""Reads of hearings and responses, each through the access rule of the paper they belong to.

A hearing is shown to the public exactly when its paper is (``core.access``); its documents are
the paper's files the visitor may see. A response reaches a public page only when the clerk
published the hearing's responses, its author consented, and it is neither hidden, withdrawn
nor asked to be deleted; the name and organisation only when the clerk did not hide them.
"""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from townhall.core.access import can_see_non_public, public_condition
from townhall.core.models import Paper
from townhall.core.selectors import visible_files
from townhall.council.scopes import scope_of
from townhall.participation.models import Conference, Hearing, Registration, Response


def visible_hearings(user=None) -> QuerySet[Hearing]:
    """Return the hearings *user* may see: those on papers they may see."""
    rows = Hearing.objects.select_related("paper", "paper__body")
    if can_see_non_public(user):
        return rows.filter(paper__deleted=False)
    return rows.filter(public_condition(Paper, "paper"))


def hearing_for_visitor(user, pk) -> Hearing:
    """Return the hearing *pk* if *user* may see it, else raise Http404."""
    return get_object_or_404(visible_hearings(user), pk=pk)


def hearing_documents(hearing: Hearing, user=None):
    """Return the hearing's draft documents *user* may see."""
    return visible_files(user).filter(pk__in=hearing.documents.values("pk"))


def open_hearings(user=None, at=None) -> QuerySet[Hearing]:
    at = at or timezone.now()
    return visible_hearings(user).filter(opens_at__lte=at, closes_at__gt=at).order_by("closes_at")


def _published_condition() -> Q:
    return Q(hearing__responses_published__isnull=False, consent=True, hidden=False, withdrawn__isnull=True,
             deletion_requested__isnull=True)


def published_responses(hearing: Hearing) -> QuerySet[Response]:
    """Return the responses of *hearing* anyone may read (see the module docstring)."""
    return Response.objects.filter(_published_condition(), hearing=hearing).order_by("received", "pk")


def staff_hearings(user) -> QuerySet[Hearing]:
    """Return the hearings of the bodies *user* drafts for, newest first."""
    scope = scope_of(user)
    rows = Hearing.objects.select_related("paper", "paper__body").filter(paper__deleted=False)
    if scope.everything:
        return rows
    bodies = scope.administers | scope.drafts_for_body | {body for _org, body in scope.organization_bodies}
    return rows.filter(paper__body__in=bodies) if bodies else rows.none()


def hearing_counts(hearing: Hearing) -> dict[str, int]:
    """Return how many responses a hearing has, by state."""
    return Response.objects.filter(hearing=hearing).aggregate(
        total=Count("pk"), withdrawn=Count("pk", filter=Q(withdrawn__isnull=False)), late=Count("pk", filter=Q(late=True)),
        hidden=Count("pk", filter=Q(hidden=True)), consented=Count("pk", filter=Q(consent=True)),
    )


def responses_for_clerk(hearing: Hearing, query: str = "") -> QuerySet[Response]:
    """Return every response of a hearing with its attachments; *query* searches their text and files."""
    rows = Response.objects.filter(hearing=hearing).prefetch_related("attachments").order_by("received", "pk")
    for word in query.split()[:10]:
        rows = rows.filter(Q(text__icontains=word) | Q(attachments__text__icontains=word) | Q(organisation__icontains=word)).distinct()
    return rows


# --- Events with registration ------------------------------------------------------------------------


def visible_conferences(user=None) -> QuerySet[Conference]:
    """Return the events *user* may see: those on papers they may see (an event on a hidden paper is hidden)."""
    rows = Conference.objects.select_related("paper", "paper__body")
    if can_see_non_public(user):
        return rows.filter(paper__deleted=False)
    return rows.filter(public_condition(Paper, "paper"))


def conference_for_visitor(user, pk) -> Conference:
    """Return the event *pk* if *user* may see it, else raise Http404."""
    return get_object_or_404(visible_conferences(user), pk=pk)


def staff_conferences(user) -> QuerySet[Conference]:
    """Return the events of the bodies *user* drafts for, latest first."""
    scope = scope_of(user)
    rows = Conference.objects.select_related("paper", "paper__body").filter(paper__deleted=False).order_by("-starts_at", "-pk")
    if scope.everything:
        return rows
    bodies = scope.administers | scope.drafts_for_body | {body for _org, body in scope.organization_bodies}
    return rows.filter(paper__body__in=bodies) if bodies else rows.none()


def registration_counts(conference: Conference) -> dict[str, int]:
    """Return how many registrations an event has, by state (no personal data)."""
    return Registration.objects.filter(conference=conference).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.WAITING)),
        cancelled=Count("pk", filter=Q(status=Registration.CANCELLED)),
    )


def participants(conference: Conference) -> QuerySet[Registration]:
    """Return every registration of an event for the clerk: places first, then the waiting list, then cancelled."""
    order = {Registration.CONFIRMED: 0, Registration.WAITING: 1, Registration.CANCELLED: 2}
    from django.db.models import Case, IntegerField, Value, When

    rank = Case(*(When(status=code, then=Value(n)) for code, n in order.items()), output_field=IntegerField())
    return Registration.objects.filter(conference=conference).annotate(rank=rank).order_by("rank", "registered", "pk")


def card_events(paper) -> list:
    """Return the events read from *paper*'s card that have no registration yet, for the clerk to open one."""
    opened = set(Conference.objects.filter(paper=paper, card_event__isnull=False).values_list("card_event", flat=True))
    return [event for event in paper.events.all().order_by("start", "pk") if event.pk not in opened]
