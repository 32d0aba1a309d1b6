from django.shortcuts import render

from townhall.corrections.selectors import card_evidence
from townhall.web import selectors


def paper(request, pk: int):
    """Show a paper's card laid out for reading, its route, deadlines, files and full text."""
    page = selectors.paper_page(request.user, pk)
    # Staff check the reading: where each field was read, how sure it is, what a clerk corrected.
    evidence = card_evidence(page.paper) if request.user.is_staff else None
    return render(request, "townhall/paper.html", {"page": page, "evidence": evidence})
