from datetime import timedelta

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from townhall.web import selectors
from townhall.web.forms import DeadlineFilterForm

PER_PAGE = 50
DEFAULT_DAYS = 90


def deadlines(request):
    """List deadlines, by default the next 90 days, filtered by municipality, committee and range."""
    form = DeadlineFilterForm(request.GET or None, user=request.user)
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    today = timezone.localdate()
    start = data.get("start") or (None if data.get("end") else today)
    end = data.get("end") or (None if data.get("start") else today + timedelta(days=DEFAULT_DAYS))
    body = next((b for b in selectors.bodies() if b.slug == data.get("body")), None)
    found = selectors.deadlines_between(request.user, start=start, end=end, body=body, organization=data.get("organization"))
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    query_string = request.GET.copy()
    query_string.pop("page", None)
    htmx = bool(request.headers.get("HX-Request"))
    template = "townhall/deadlines_results.html" if htmx else "townhall/deadlines.html"
    return render(request, template, {
        "htmx": htmx,
        "form": form, "page_obj": page, "start": start, "end": end, "body": body,
        "ical_query": query_string.urlencode(),
    })
