from datetime import date

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from townhall.core.models import Body
from townhall.web import selectors
from townhall.web.calendar_grid import month_grid


def meeting(request, pk: int):
    """Show a meeting: when, where, who, the agenda in order with papers and results, and files."""
    return render(request, "townhall/meeting.html", {"page": selectors.meeting_page(request.user, pk)})


def agenda_item(request, pk: int):
    """Show one agenda item with its papers, resolution and files."""
    return render(request, "townhall/agenda_item.html", {"page": selectors.agenda_item_page(request.user, pk)})


def calendar_now(request):
    """Send the visitor to this month's calendar, keeping any filter."""
    today = timezone.localdate()
    response = redirect("web:calendar", year=today.year, month=today.month)
    if request.GET:
        response["Location"] += "?" + request.GET.urlencode()
    return response


def calendar(request, year: int, month: int):
    """List a month's meetings day by day, for all municipalities or one."""
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        raise Http404
    body = None
    if request.GET.get("body"):
        body = get_object_or_404(Body, slug=request.GET["body"])
    first = date(year, month, 1)
    previous = date(year - (month == 1), (month - 2) % 12 + 1, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    days = selectors.meetings_in_month(request.user, year, month, body=body)
    today = timezone.localdate()
    return render(request, "townhall/calendar.html", {
        "month": first, "previous": previous, "following": following, "body": body, "days": days,
        "weeks": month_grid(year, month, {day.day: day.meetings for day in days}, today), "today": today,
        "bodies": selectors.bodies(),
    })
