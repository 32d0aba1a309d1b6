"""The public side of a hearing: its page with the response form, the responder's own page, published responses."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from townhall.participation import hearings, selectors
from townhall.participation.forms import ResponseForm
from townhall.participation.limits import RateLimited
from townhall.participation.models import Invitee, Response
from townhall.participation.views.tokens import invitee_for, own_record
from townhall.web.client_address import client_address


def hearing_list(request):
    """List the open hearings first, then the closed ones."""
    now = timezone.now()
    rows = selectors.visible_hearings(request.user)
    return render(request, "participation/hearing_list.html", {
        "open": rows.filter(opens_at__lte=now, closes_at__gt=now).order_by("closes_at"),
        "coming": rows.filter(opens_at__gt=now).order_by("opens_at"),
        "closed": rows.filter(closes_at__lte=now).order_by("-closes_at")[:50],
    })


def _invitee(request, hearing):
    return invitee_for(request, Invitee.objects.filter(hearing=hearing))


@require_http_methods(["GET", "HEAD", "POST"])
def hearing(request, pk):
    """Show a hearing's letter, documents, deadline and time left, and take responses."""
    hearing = selectors.hearing_for_visitor(request.user, pk)
    invitee = _invitee(request, hearing)
    form = ResponseForm(request.POST or None, request.FILES or None, hearing=hearing, invitee=invitee,
                        max_files=settings.HEARING_ATTACHMENTS)
    problem = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                response = hearings.response_submit(
                    hearing=hearing, invitee=invitee, name=data["name"], organisation=data.get("organisation", ""),
                    kind=data.get("kind") or "citizen", email=data["email"], text=data["text"], part=data.get("part", ""),
                    consent=data["consent"], files=data["files"], language=translation.get_language(),
                    network=client_address(request), request=request,
                )
            except RateLimited:
                problem, status = _("Too many responses came from your address or network in the last hour; please try again later."), 429
            except ValidationError as error:
                problem, status = " ".join(error.messages), 400
            else:
                return redirect("participation:response", token=response.token)
        else:
            status = 400
    try:
        hearings.response_timing(hearing)
        taking = hearing.takes_public or invitee is not None
    except ValidationError as closed:
        taking = False
        if problem is None and request.method == "POST":
            problem = " ".join(closed.messages)
    return render(request, "participation/hearing.html", {
        "hearing": hearing, "documents": selectors.hearing_documents(hearing, request.user), "form": form,
        "invitee": invitee, "taking": taking, "problem": problem, "now": timezone.now(),
        "published": selectors.published_responses(hearing).exists(),
    }, status=status)


def _own_response(token) -> Response:
    return own_record(Response.objects.select_related("hearing", "hearing__paper"), token)


@require_http_methods(["GET", "HEAD", "POST"])
def response(request, token):
    """Show a responder their response and receipt; let them change it until the deadline."""
    own = _own_response(token)
    changeable = hearings.may_change(own)
    form = ResponseForm(
        request.POST or None, request.FILES or None, hearing=own.hearing, editing=True, max_files=settings.HEARING_ATTACHMENTS,
        initial={"name": own.name, "organisation": own.organisation, "kind": own.kind, "part": own.part, "text": own.text,
                 "consent": own.consent},
    )
    status = 200
    if request.method == "POST":
        if not changeable:
            messages.error(request, _("The deadline has passed; the response can no longer be changed."))
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            remove = [int(pk) for pk in request.POST.getlist("remove") if pk.isdigit() and len(pk) < 12]
            try:
                hearings.response_edit(own, name=data["name"], organisation=data.get("organisation", ""), text=data["text"],
                                       part=data.get("part", ""), consent=data["consent"], files=data["files"],
                                       remove=remove, request=request)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                status = 400
            else:
                messages.success(request, _("Your response was changed. We sent you its receipt again."))
                return redirect("participation:response", token=own.token)
        else:
            status = 400
    return render(request, "participation/response.html", {
        "response": own, "hearing": own.hearing, "form": form, "changeable": changeable,
        "attachments": own.attachments.all(),
    }, status=status)


@require_POST
def response_withdraw(request, token):
    own = _own_response(token)
    try:
        hearings.response_withdraw(own, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your response was withdrawn."))
    return redirect("participation:response", token=own.token)


@require_POST
def response_delete(request, token):
    own = _own_response(token)
    hearings.response_request_deletion(own, request=request)
    messages.success(request, _("We told the clerk that you want your response deleted. It is no longer shown anywhere."))
    return redirect("participation:response", token=own.token)


def published(request, pk):
    """List the responses of a hearing that were published with their authors' consent."""
    hearing = selectors.hearing_for_visitor(request.user, pk)
    return render(request, "participation/published.html", {
        "hearing": hearing, "responses": selectors.published_responses(hearing).prefetch_related("attachments"),
    })
