"""Case handlers: draft a paper from a form or an upload, change it, plan its route, submit and publish it."""

from __future__ import annotations

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.core.models import Body, File, Paper
from townhall.council import selectors
from townhall.council.forms import ActionItemForm, PaperForm, RouteFormSet, RouteStepForm, UploadForm
from townhall.council.guards import staff_view
from townhall.council.models import PaperStatus, StepState
from townhall.council.scopes import scope_of
from townhall.council.services import actions as action_services, drafting, papers as paper_services, routes

_PREFILL = "townhall_clerk_prefill"


def _body(request, slug) -> Body:
    body = get_object_or_404(Body, slug=slug)
    if not scope_of(request.user).works_in(body.pk):
        raise PermissionDenied
    return body


def _record(request, pk):
    paper = get_object_or_404(Paper, pk=pk)
    record = selectors.paper_record_for(request.user, paper)
    if record is None:
        raise Http404
    return record


@staff_view
def paper_list(request, slug):
    body = _body(request, slug)
    status = request.GET.get("status", "")
    records = selectors.paper_records(request.user, body).select_related("paper", "unit")
    if status in PaperStatus.values:
        records = records.filter(status=status)
    return render(request, "council/paper_list.html", {
        "body": body, "records": records.order_by("-changed_at", "-id")[:100], "statuses": PaperStatus.choices,
        "status": status, "may_draft": scope_of(request.user).may_draft(body.pk) or bool(scope_of(request.user).drafts_for_unit),
    })


@staff_view
def paper_upload(request, slug):
    """Read an uploaded document and send the clerk to the form, pre-filled from its card."""
    body = _body(request, slug)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["document"]
        data = upload.read()
        try:
            prefill = drafting.read_upload(data, upload.name)
            file = paper_services.upload_store(by=request.user, body=body, data=data, file_name=upload.name,
                                               mime_type=prefill.mime_type, text=prefill.text, language=prefill.language)
        except ValidationError as error:
            for message in error.messages:
                form.add_error("document", message)
        else:
            request.session[_PREFILL] = {
                "body": body.pk, "file": file.pk, "card": prefill.card,
                "initial": {key: str(value) if value is not None else "" for key, value in prefill.initial.items()},
                "route": drafting.match_route(body, prefill.route),
            }
            messages.info(request, _("The form holds what was read from %(name)s. Check every field, then save.") % {"name": upload.name})
            return redirect("staff:paper-new", slug=body.slug)
    return render(request, "council/paper_upload.html", {"body": body, "form": form})


@staff_view
def paper_new(request, slug):
    body = _body(request, slug)
    prefill = request.session.get(_PREFILL) or {}
    if prefill.get("body") != body.pk:
        prefill = {}
    initial = dict(prefill.get("initial") or {})
    if initial.get("confidential") == "True":
        initial["confidential"] = True
    form = PaperForm(request.POST or None, body=body, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {key: value for key, value in form.cleaned_data.items() if key != "revision"}
        main_file = File.all_objects.filter(pk=prefill.get("file"), body=body).first() if prefill else None
        try:
            with transaction.atomic():
                paper = paper_services.paper_draft(by=request.user, body=body, main_file=main_file,
                                                   card=prefill.get("card"), **data)
                route = [routes.StepPlan(organization=organization, role=step["role"])
                         for step in prefill.get("route") or []
                         for organization in body.organizations.filter(pk=step["organization"])]
                if route:
                    routes.route_set(by=request.user, paper=paper, steps=route)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            request.session.pop(_PREFILL, None)
            messages.success(request, _("The draft was saved. It is not public."))
            return redirect("staff:paper", pk=paper.pk)
    return render(request, "council/paper_new.html", {"body": body, "form": form, "prefill": prefill})


def _route_formset(request, record, data=None, route=None):
    """Return the route form of *record*: the steps not yet dealt with, then three empty rows."""
    steps = [step for step in (route if route is not None else routes.route_of(record.paper)) if step.state == StepState.PLANNED]
    initial = [{"organization": step.organization_id, "role": step.role, "meeting": step.consultation.meeting_id} for step in steps]
    initial += [{} for _ in range(3)]
    if data is not None:
        return RouteFormSet(data, initial=initial, prefix="route")
    all_meetings = request.GET.get("meetings") == "all"
    choices = selectors.route_choices(record.body, all_meetings=all_meetings, aimed_at=[step.consultation.meeting for step in steps])
    return RouteFormSet(initial=initial, prefix="route", choices=choices, meetings_url=_meetings_url(record, all_meetings))


def _meetings_url(record, all_meetings: bool) -> str:
    return reverse("staff:paper-route-meetings", args=[record.paper_id]) + ("?meetings=all" if all_meetings else "")


_ROUTE_ROW = re.compile(r"route-(\d{1,2})-organization")


@staff_view
def paper_route_meetings(request, pk):
    """Return one route step's meeting field, listing the coming meetings of the organization chosen in it."""
    record = _record(request, pk)
    if not paper_services.may_edit(request.user, record):
        raise PermissionDenied
    row, organization = next(((int(match[1]), value) for key, value in request.GET.items()
                              if (match := _ROUTE_ROW.fullmatch(key))), (0, ""))
    all_meetings = request.GET.get("meetings") == "all"
    choices = selectors.route_choices(record.body, all_meetings=all_meetings)
    step = RouteStepForm(prefix=f"route-{row}", organizations=choices.organizations,
                         meetings=choices.meetings_for(organization), meetings_url=_meetings_url(record, all_meetings))
    return render(request, "council/route_meeting.html", {"step": step, "paper": record.paper})


@staff_view
def paper_detail(request, pk):
    record = _record(request, pk)
    paper = record.paper
    editable = paper_services.may_edit(request.user, record)
    form = PaperForm(body=record.body, initial={
        "name": paper.name, "reference": paper.reference, "date": paper.date, "kind": paper.kind,
        "paper_type": paper.paper_type, "language": paper.language, "unit": record.unit_id,
        "confidential": record.confidential, "recommendation": record.recommendation, "revision": record.revision,
    })
    conflict = None
    route = routes.route_of(paper)
    if request.method == "POST" and editable:
        form = PaperForm(request.POST, body=record.body)
        if form.is_valid():
            data = {key: value for key, value in form.cleaned_data.items() if key != "revision"}
            try:
                paper_services.paper_update(by=request.user, paper=paper, revision=form.cleaned_data["revision"] or 0, **data)
            except paper_services.EditConflict as error:
                conflict = error.messages[0]
                record.refresh_from_db()
                paper.refresh_from_db()
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("The paper was saved."))
                return redirect("staff:paper", pk=paper.pk)
    return render(request, "council/paper_detail.html", {
        "record": record, "paper": paper, "form": form, "editable": editable, "conflict": conflict,
        "route": route, "route_forms": _route_formset(request, record, route=route),
        "action_items": selectors.paper_actions(paper), "action_form": ActionItemForm(body=record.body),
        "may_act": action_services.may_manage(request.user, body_id=record.body_id, paper=paper),
    }, status=409 if conflict else 200)


@staff_view
@require_POST
def paper_route(request, pk):
    record = _record(request, pk)
    formset = _route_formset(request, record, request.POST)
    if formset.is_valid():
        steps = [routes.StepPlan(organization=row["organization"], role=row["role"], meeting=row.get("meeting"))
                 for row in formset.cleaned_data if row.get("organization")]
        try:
            routes.route_set(by=request.user, paper=record.paper, steps=steps)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The route was saved."))
    else:
        messages.error(request, _("The route was not saved: check the steps."))
    return redirect("staff:paper", pk=record.paper_id)


def _status_action(service, done_message):
    @staff_view
    @require_POST
    def action(request, pk):
        record = _record(request, pk)
        try:
            service(by=request.user, paper=record.paper)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, done_message())
        return redirect("staff:paper", pk=record.paper_id)

    return action


paper_submit = _status_action(paper_services.paper_submit, lambda: _("The paper was submitted."))
paper_publish = _status_action(paper_services.paper_publish, lambda: _("The paper is published."))
paper_withdraw = _status_action(paper_services.paper_withdraw, lambda: _("The paper was withdrawn."))


@staff_view
def paper_versions(request, pk):
    record = _record(request, pk)
    return render(request, "council/paper_versions.html", {"record": record, "paper": record.paper,
                                                            "versions": selectors.paper_versions(record.paper)})
