"""Committee secretaries: record decisions with votes, then approve and publish the minutes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.core.models import AgendaItem
from townhall.council.forms import DecisionForm
from townhall.council.guards import staff_view
from townhall.council.services import decisions
from townhall.council.views.meetings import _errors, _record, members_pdf


@staff_view
@require_POST
def decision(request, pk):
    record = _record(request, pk)
    item = get_object_or_404(AgendaItem, pk=request.POST.get("item") or 0, meeting=record.meeting)
    form = DecisionForm(request.POST, prefix=f"item-{item.pk}")
    if not form.is_valid():
        for field, errors in form.errors.items():
            for message in errors:
                messages.error(request, f"{item.name}: {message}")
        return redirect("staff:meeting", pk=record.meeting_id)
    try:
        decisions.decision_record(by=request.user, item=item, **form.cleaned_data)
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, _("The decision on %(item)s was recorded.") % {"item": item.name})
    return redirect("staff:meeting", pk=record.meeting_id)


@staff_view
def minutes(request, pk):
    """Show the minutes as they are generated from the decisions (with the non-public part)."""
    record = _record(request, pk, run=False)
    return render(request, "council/minutes.html", decisions.minutes_context(record.meeting, non_public=True))


def _minutes_action(service, done):
    @staff_view
    @require_POST
    def action(request, pk):
        record = _record(request, pk)
        try:
            service(by=request.user, meeting=record.meeting)
        except ValidationError as error:
            _errors(request, error)
        else:
            messages.success(request, done())
        return redirect("staff:meeting", pk=record.meeting_id)

    return action


minutes_approve = _minutes_action(decisions.minutes_approve, lambda: _("The minutes are approved."))
minutes_publish = _minutes_action(decisions.minutes_publish, lambda: _("The minutes are published."))


@staff_view
def minutes_members_pdf(request, pk):
    """Return the approved minutes with the non-public part to the committee's staff and members."""
    return members_pdf(_record(request, pk, run=False).members_minutes)
