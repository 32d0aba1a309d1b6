from django.shortcuts import render

from townhall.web import people


def organization(request, pk: int):
    """Show a committee or other organization: members and their roles, meetings and papers."""
    return render(request, "townhall/organization.html", {"page": people.organization_page(request.user, pk)})


def person(request, pk: int):
    """Show a person: group, roles over time, attendance and the papers they put forward, signed or handled."""
    return render(request, "townhall/person.html", {"page": people.person_page(request.user, pk)})
