"""The clerk's home page: what needs the signed-in user now."""

from django.shortcuts import render

from townhall.council import selectors
from townhall.council.guards import staff_view


@staff_view
def home(request):
    return render(request, "council/home.html", {"work": selectors.worklist(request.user)})
