"""Committee secretaries: plan meetings, build the agenda, publish the invitation, record attendance."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.core.models import AgendaItem, Organization, Paper
from townhall.core import delivery
from townhall.core.services import file_content
from townhall.council.forms import DecisionForm, FreeItemForm, MeetingForm, SeriesForm
from townhall.council.guards import staff_view
from townhall.council.models import AgendaEntry, Attendance, Decision, MeetingRecord, Presence
from townhall.council.scopes import scope_of
from townhall.council.services import decisions, invitations, meetings as meeting_services


def _organization(request, pk) -> Organization:
    organization = get_object_or_404(Organization, pk=pk)
    if not scope_of(request.user).reads_committee(organization.pk, organization.body_id):
        raise PermissionDenied
    return organization


def _record(request, pk, *, run=True) -> MeetingRecord:
    record = get_object_or_404(MeetingRecord.objects.select_related("meeting", "organization", "body"), meeting_id=pk,
                               meeting__deleted=False)
    scope = scope_of(request.user)
    allowed = scope.runs if run else scope.reads_committee
    if not allowed(record.organization_id, record.body_id):
        raise Http404
    return record


def _errors(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@staff_view
def committee_meetings(request, pk):
    organization = _organization(request, pk)
    runs = meeting_services.may_run(request.user, organization)
    meeting_form, series_form = MeetingForm(prefix="meeting"), SeriesForm(prefix="series")
    if request.method == "POST" and runs:
        if "series-name" in request.POST:
            series_form = SeriesForm(request.POST, prefix="series")
            form, create = series_form, lambda data: meeting_services.series_create(by=request.user, organization=organization, **data)
        else:
            meeting_form = MeetingForm(request.POST, prefix="meeting")
            form, create = meeting_form, lambda data: meeting_services.meeting_create(by=request.user, organization=organization, **data)
        if form.is_valid():
            try:
                create(form.cleaned_data)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("The meetings were planned."))
                return redirect("staff:committee-meetings", pk=organization.pk)
    records = (MeetingRecord.objects.filter(organization=organization, meeting__deleted=False)
               .select_related("meeting").order_by("-meeting__start")[:100])
    return render(request, "council/committee_meetings.html", {
        "organization": organization, "records": records, "runs": runs,
        "meeting_form": meeting_form, "series_form": series_form,
    })


#: Papers before the committee listed on a meeting page; the rest follow as the first are placed.
CANDIDATES_SHOWN = 50


@staff_view
def meeting(request, pk):
    record = _record(request, pk, run=False)
    meeting = record.meeting
    runs = meeting_services.may_run(request.user, record.organization)
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order", "id"))
    entries = {entry.agenda_item_id: entry for entry in AgendaEntry.objects.filter(agenda_item__in=items).select_related("paper")}
    attendance = {row.person_id: row.status for row in Attendance.objects.filter(meeting=meeting)}
    taken_place = decisions.has_taken_place(meeting)
    recorded = {decision.agenda_item_id: decision for decision in Decision.objects.filter(agenda_item__in=items)}
    forms = {}
    if runs and taken_place and record.minutes_approved_at is None:
        for item in items:
            decision = recorded.get(item.pk)
            initial = {name: getattr(decision, name) for name in DecisionForm.base_fields} if decision else {}
            forms[item.pk] = DecisionForm(prefix=f"item-{item.pk}", initial=initial)
    return render(request, "council/meeting.html", {
        "record": record, "meeting": meeting, "runs": runs, "taken_place": taken_place,
        "items": [(item, entries.get(item.pk)) for item in items],
        "decision_rows": [(item, recorded.get(item.pk), forms.get(item.pk)) for item in items],
        "candidates": meeting_services.agenda_candidates(meeting, limit=CANDIDATES_SHOWN) if runs else [],
        "candidates_count": meeting_services.agenda_candidates_count(meeting) if runs else 0,
        "free_form": FreeItemForm(),
        "members": [(person, attendance.get(person.pk, "")) for person in meeting_services.members_of(record.organization)],
        "presence": Presence.choices,
    })


def _meeting_action(handler):
    @staff_view
    @require_POST
    def action(request, pk):
        record = _record(request, pk)
        try:
            done = handler(request, record)
        except ValidationError as error:
            _errors(request, error)
        else:
            if done:
                messages.success(request, done)
        return redirect("staff:meeting", pk=record.meeting_id)

    return action


def _add_paper(request, record):
    paper = get_object_or_404(Paper, pk=request.POST.get("paper") or 0)
    meeting_services.agenda_add_paper(by=request.user, meeting=record.meeting, paper=paper,
                                      public=request.POST.get("public", "1") == "1")
    return _("The paper is on the agenda.")


def _add_item(request, record):
    form = FreeItemForm(request.POST)
    if not form.is_valid():
        raise ValidationError(_("An agenda item needs a title."))
    meeting_services.agenda_add_item(by=request.user, meeting=record.meeting, **form.cleaned_data)
    return _("The item is on the agenda.")


def _item(request, record) -> AgendaItem:
    return get_object_or_404(AgendaItem, pk=request.POST.get("item") or 0, meeting=record.meeting)


def _move(request, record):
    offset = -1 if request.POST.get("direction") == "up" else 1
    meeting_services.agenda_move(by=request.user, item=_item(request, record), offset=offset)
    return None


def _remove(request, record):
    meeting_services.agenda_remove(by=request.user, item=_item(request, record))
    return _("The item was taken off the agenda.")


def _publish(request, record):
    supplement = record.invitation_published_at is not None
    invitations.invitation_publish(by=request.user, meeting=record.meeting)
    return _("The supplement is published and the members are told.") if supplement else _(
        "The invitation is published and mailed to the members.")


def _attendance(request, record):
    for person in meeting_services.members_of(record.organization):
        status = request.POST.get(f"person-{person.pk}")
        if status in Presence.values:
            meeting_services.attendance_set(by=request.user, meeting=record.meeting, person=person, status=status)
    return _("The attendance was saved.")


agenda_add_paper = _meeting_action(_add_paper)
agenda_add_item = _meeting_action(_add_item)
agenda_move = _meeting_action(_move)
agenda_remove = _meeting_action(_remove)
invitation_publish = _meeting_action(_publish)
attendance = _meeting_action(_attendance)


def members_pdf(file) -> HttpResponse:
    """Answer with a PDF for the committee's members (non-public): a download that no cache keeps."""
    if file is None:
        raise Http404
    response = delivery.file_response(file_content(file), stored_type="application/pdf", file_name=file.file_name, inline=False)
    response["Cache-Control"] = "private, no-store"
    return response


@staff_view
def meeting_packet(request, pk):
    """Return the members' agenda PDF, with the non-public part, to the committee's staff and members."""
    return members_pdf(_record(request, pk, run=False).members_packet)
