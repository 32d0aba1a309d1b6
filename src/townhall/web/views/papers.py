from django.shortcuts import render

from townhall.web import selectors


def paper(request, pk: int):
    """Show a paper's card laid out for reading, its route, deadlines, files and full text."""
    return render(request, "townhall/paper.html", {"page": selectors.paper_page(request.user, pk)})
