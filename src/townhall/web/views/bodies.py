from django.shortcuts import render

from townhall.web import selectors


def body_list(request):
    """List the municipalities held here."""
    return render(request, "townhall/body_list.html", {"bodies": selectors.bodies()})


def body(request, slug: str):
    """Show a municipality: its committees, meetings, papers and deadlines."""
    return render(request, "townhall/body.html", {"page": selectors.body_page(request.user, slug)})
