from django.shortcuts import render

from townhall.web import selectors


def organization(request, pk: int):
    """Show a committee or other organization: members, meetings and papers."""
    return render(request, "townhall/organization.html", {"page": selectors.organization_page(request.user, pk)})


def person(request, pk: int):
    """Show a person: memberships and the papers they handled, signed or put forward."""
    return render(request, "townhall/person.html", {"page": selectors.person_page(request.user, pk)})
