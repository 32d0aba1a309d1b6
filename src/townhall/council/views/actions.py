"""Action items: the overdue list per unit, one item with its follow-ups, and new items from a paper."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from townhall.council import selectors
from townhall.council.forms import ActionItemForm, FollowUpForm
from townhall.council.guards import staff_view
from townhall.council.models import ActionItem, Decision
from townhall.council.services import actions as action_services
from townhall.council.views.papers import _body, _record


@staff_view
def action_list(request, slug):
    body = _body(request, slug)
    return render(request, "council/action_list.html", {"body": body, "units": selectors.open_actions_by_unit(request.user, body)})


@staff_view
def action_detail(request, pk):
    item = get_object_or_404(ActionItem.objects.select_related("body", "paper", "owner_unit", "owner_person"), pk=pk)
    if not selectors.may_read_action(request.user, item):
        raise Http404
    form = FollowUpForm(request.POST or None, initial={"status": item.status})
    if request.method == "POST" and form.is_valid():
        try:
            action_services.action_follow_up(by=request.user, item=item, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("The follow-up was saved."))
            return redirect("staff:action", pk=item.pk)
    return render(request, "council/action_detail.html", {"item": item, "form": form,
                                                          "follow_ups": item.follow_ups.select_related("by")})


@staff_view
@require_POST
def action_create(request, pk):
    record = _record(request, pk)
    form = ActionItemForm(request.POST, body=record.body)
    if form.is_valid():
        decision = Decision.objects.filter(agenda_item__council__paper=record.paper).order_by("-recorded_at").first()
        try:
            item = action_services.action_create(by=request.user, body=record.body, paper=record.paper, decision=decision,
                                                 **form.cleaned_data)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The action item was created."))
            return redirect("staff:action", pk=item.pk)
    else:
        messages.error(request, _("The action item was not created: check its fields."))
    return redirect("staff:paper", pk=record.paper_id)
