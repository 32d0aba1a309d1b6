"""The public side of an event: its page with the registration form, the registrant's own page, its calendar file."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from townhall.participation import conferences, mails, selectors
from townhall.participation.conference_forms import RegistrationForm
from townhall.participation.event_calendar import event_ics
from townhall.participation.limits import RateLimited
from townhall.participation.models import ConferenceInvitee, Registration
from townhall.participation.views.tokens import invitee_for, own_record
from townhall.web.client_address import client_address


def event_list(request):
    """List the events open for registration, then those coming whose registration closed."""
    now = timezone.now()
    rows = selectors.visible_conferences(request.user)
    return render(request, "participation/event_list.html", {
        "open": rows.filter(registration_deadline__gt=now).order_by("registration_deadline", "pk"),
        "coming": rows.filter(registration_deadline__lte=now, ends_at__gt=now).order_by("starts_at", "pk"),
    })


def _invitee(request, conference):
    return invitee_for(request, ConferenceInvitee.objects.filter(conference=conference))


@require_http_methods(["GET", "HEAD", "POST"])
def event(request, pk):
    """Show an event, its places and deadline, and take registrations."""
    conference = selectors.conference_for_visitor(request.user, pk)
    invitee = _invitee(request, conference)
    form = RegistrationForm(request.POST or None, conference=conference, invitee=invitee)
    problem, status = None, 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                registration = conferences.registration_submit(
                    conference=conference, invitee=invitee, name=data["name"], email=data["email"], answers=form.answers(),
                    language=translation.get_language(), network=client_address(request), request=request)
            except RateLimited:
                problem, status = _("Too many registrations came from your address or network in the last hour; please try again later."), 429
            except ValidationError as error:
                problem, status = " ".join(error.messages), 400
            else:
                return redirect("participation:registration", token=registration.token)
        else:
            status = 400
    try:
        conferences.registration_timing(conference)
        taking = True
    except ValidationError as closed:
        taking = False
        if problem is None:
            problem = " ".join(closed.messages)
    return render(request, "participation/event.html", {
        "conference": conference, "form": form, "invitee": invitee, "taking": taking, "problem": problem,
        "left": conferences.places_left(conference), "now": timezone.now(),
    }, status=status)


@require_POST
def decline(request, pk):
    """Record that an invitee will not come (the link of their invitation), so they get no reminder."""
    conference = selectors.conference_for_visitor(request.user, pk)
    invitee = _invitee(request, conference)
    if invitee is None:
        raise Http404
    conferences.invitation_decline(invitee)
    messages.success(request, _("Thank you for letting us know that you will not come."))
    return redirect(reverse("participation:event", args=[conference.pk]))


def calendar_file(request, pk):
    """Serve the event as an iCalendar file."""
    conference = selectors.conference_for_visitor(request.user, pk)
    link = mails.absolute_url(reverse("participation:event", args=[conference.pk]), request)
    answer = HttpResponse(event_ics(conference, link), content_type="text/calendar; charset=utf-8")
    answer["Content-Disposition"] = f'attachment; filename="event-{conference.pk}.ics"'
    return answer


def _own(token) -> Registration:
    return own_record(Registration.objects.select_related("conference", "conference__paper", "conference__paper__body"), token)


@require_http_methods(["GET", "HEAD"])
def registration(request, token):
    """Show a registrant where they stand, with a button that cancels (a mail scanner opening the link cancels nothing)."""
    own = _own(token)
    return render(request, "participation/registration.html", {
        "registration": own, "conference": own.conference, "position": conferences.waiting_position(own),
        "cancellable": conferences.may_cancel(own),
    })


@require_POST
def registration_cancel(request, token):
    own = _own(token)
    try:
        conferences.registration_cancel(own, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your registration was cancelled."))
    return redirect("participation:registration", token=own.token)
