from django.shortcuts import render

from townhall.web import selectors


def home(request):
    """Show the latest papers, the next meetings and the next deadlines across all municipalities."""
    return render(request, "townhall/home.html", {
        "papers": selectors.latest_papers(request.user),
        "meetings": selectors.upcoming_meetings(request.user),
        "deadlines": selectors.upcoming_deadlines(request.user),
        "bodies": selectors.bodies(),
    })
