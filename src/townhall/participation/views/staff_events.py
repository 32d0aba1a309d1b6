"""The clerk's side of events: open one on a paper (or from an event its card names), see and export participants."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.core.models import Event, Paper
from townhall.council.guards import staff_view
from townhall.participation import conferences, selectors
from townhall.participation.conference_forms import ConferenceOpenForm
from townhall.participation.hearings import may_run
from townhall.participation.models import Conference, Registration
from townhall.participation.participant_export import participants_csv


def _run_conference(request, pk) -> Conference:
    conference = get_object_or_404(Conference.objects.select_related("paper", "paper__body"), pk=pk, paper__deleted=False)
    if not may_run(request.user, conference):
        raise PermissionDenied
    return conference


@staff_view
def event_list(request):
    return render(request, "participation/staff/event_list.html", {"conferences": selectors.staff_conferences(request.user)})


def _initial(paper, card_event) -> dict:
    if card_event is None:
        return {"title": paper.name[:500], "waiting_list": True}
    draft = conferences.draft_from_card_event(card_event)
    initial = {key: value for key, value in vars(draft).items() if value not in (None, "")}
    return {**initial, "waiting_list": True, "card_event": card_event.pk}


@staff_view
def event_open(request, paper):
    paper = get_object_or_404(Paper.objects.select_related("body"), pk=paper, deleted=False)
    if not may_run(request.user, paper):
        raise PermissionDenied
    source = request.POST if request.method == "POST" else request.GET
    wanted = source.get("card_event") or source.get("from") or ""
    card_event = Event.objects.filter(paper=paper, pk=int(wanted)).first() if wanted.isdigit() and len(wanted) < 12 else None
    form = ConferenceOpenForm(request.POST or None, initial=_initial(paper, card_event))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            conference = conferences.conference_open(
                by=request.user, paper=paper, title=data["title"], description=data["description"], starts_at=data["starts_at"],
                ends_at=data["ends_at"], address=data["address"], online_url=data["online_url"],
                registration_deadline=data["registration_deadline"], capacity=data["capacity"],
                waiting_list=data["waiting_list"], fields=data["fields"], questions=data["questions"],
                invitees=data["invitees"], card_event=card_event, request=request)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The event is open for registration; %(count)s invitations are being sent.")
                             % {"count": conference.invitees.count()})
            return redirect("participation-staff-events:event", pk=conference.pk)
    return render(request, "participation/staff/event_open.html", {"paper": paper, "form": form, "card_event": card_event},
                  status=400 if request.method == "POST" else 200)


@staff_view
def event(request, pk):
    conference = _run_conference(request, pk)
    return render(request, "participation/staff/event.html", {
        "conference": conference, "registrations": selectors.participants(conference),
        "counts": selectors.registration_counts(conference), "invitees": conference.invitees.all(),
        "answered": set(Registration.objects.filter(conference=conference, invitee__isnull=False).values_list("invitee", flat=True)),
    })


@staff_view
def participants(request, pk):
    conference = _run_conference(request, pk)
    data = participants_csv(by=request.user, conference=conference, language=translation.get_language())
    answer = HttpResponse(data, content_type="text/csv; charset=utf-8")
    answer["Content-Disposition"] = f'attachment; filename="participants-{conference.pk}.csv"'
    answer["Cache-Control"] = "private, no-store"
    return answer


@staff_view
@require_POST
def cancel(request, pk, registration_pk):
    conference = _run_conference(request, pk)
    registration = get_object_or_404(Registration, pk=registration_pk, conference=conference)
    moved = conferences.registration_cancel(registration, by=request.user, request=request)
    messages.success(request, _("The registration was cancelled; %(count)s moved up from the waiting list.") % {"count": len(moved)})
    return redirect("participation-staff-events:event", pk=pk)
