"""The clerk's side of hearings: open one on a paper, read every response, moderate, publish, summarise."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.core.delivery import file_response
from townhall.core.models import Paper
from townhall.council.guards import staff_view
from townhall.participation import attachments, hearings, selectors, summaries
from townhall.participation.forms import HearingOpenForm, ModerationForm, SummaryForm
from townhall.participation.models import Hearing, Response, ResponseAttachment


def _run_hearing(request, pk) -> Hearing:
    hearing = get_object_or_404(Hearing.objects.select_related("paper", "paper__body"), pk=pk, paper__deleted=False)
    if not hearings.may_run(request.user, hearing):
        raise PermissionDenied
    return hearing


@staff_view
def hearing_list(request):
    return render(request, "participation/staff/hearing_list.html", {"hearings": selectors.staff_hearings(request.user)})


@staff_view
def hearing_open(request, paper):
    paper = get_object_or_404(Paper.objects.select_related("body"), pk=paper, deleted=False)
    if not hearings.may_run(request.user, paper):
        raise PermissionDenied
    form = HearingOpenForm(request.POST or None, paper=paper, initial={"title": paper.name[:500]})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            hearing = hearings.hearing_open(
                by=request.user, paper=paper, title=data["title"], letter=data["letter"], documents=data["documents"],
                parts=data["parts"], audience=data["audience"], invitees=data["invitees"], opens_at=data["opens_at"],
                closes_at=data["closes_at"], allow_late=data["allow_late"], request=request,
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The hearing was opened; %(count)s invitations are being sent.") % {"count": hearing.invitees.count()})
            return redirect("participation-staff:hearing", pk=hearing.pk)
    return render(request, "participation/staff/hearing_open.html", {"paper": paper, "form": form},
                  status=400 if request.method == "POST" else 200)


@staff_view
def hearing(request, pk):
    hearing = _run_hearing(request, pk)
    query = request.GET.get("q", "")[:200]
    responses = selectors.responses_for_clerk(hearing, query)
    return render(request, "participation/staff/hearing.html", {
        "hearing": hearing, "responses": responses, "query": query, "counts": selectors.hearing_counts(hearing),
        "invitees": hearing.invitees.all(), "help": summaries.summary_help(hearing),
        "summary_form": SummaryForm(initial={"summary": hearing.summary or summaries.summary_draft(hearing)}),
        "moderation_form": ModerationForm(),
    })


def _response_of(request, pk, response_pk) -> Response:
    hearing = _run_hearing(request, pk)
    return get_object_or_404(Response, pk=response_pk, hearing=hearing)


@staff_view
@require_POST
def moderate(request, pk, response_pk, action):
    response = _response_of(request, pk, response_pk)
    form = ModerationForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        if action == "hide":
            hearings.response_hide(by=request.user, response=response, reason=reason)
        elif action == "show":
            hearings.response_hide(by=request.user, response=response, reason="", hidden=False)
        elif action == "hide-personal-data":
            hearings.response_hide_personal_data(by=request.user, response=response, reason=reason)
        elif action == "delete":
            hearings.response_delete(by=request.user, response=response)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Response %(receipt)s: done.") % {"receipt": response.receipt})
    return redirect("participation-staff:hearing", pk=pk)


@staff_view
@require_POST
def publish(request, pk):
    hearing = _run_hearing(request, pk)
    try:
        hearings.hearing_publish_responses(by=request.user, hearing=hearing)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The responses were published."))
    return redirect("participation-staff:hearing", pk=pk)


@staff_view
@require_POST
def summary(request, pk):
    hearing = _run_hearing(request, pk)
    form = SummaryForm(request.POST)
    if form.is_valid():
        summaries.summary_save(by=request.user, hearing=hearing, text=form.cleaned_data["summary"],
                               attach="attach" in request.POST)
        messages.success(request, _("The summary was saved.") if "attach" not in request.POST
                         else _("The summary was saved and attached to the paper."))
    else:
        messages.error(request, _("The summary is empty or too long."))
    return redirect("participation-staff:hearing", pk=pk)


@staff_view
def attachment(request, pk, attachment_pk):
    hearing = _run_hearing(request, pk)
    row = get_object_or_404(ResponseAttachment, pk=attachment_pk, response__hearing=hearing)
    return file_response(attachments.attachment_content(row), stored_type=row.mime_type, file_name=row.file_name, inline=False)
