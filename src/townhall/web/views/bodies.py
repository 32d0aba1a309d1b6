from django.shortcuts import redirect, render

from townhall.core.slugs import body_for_slug
from townhall.web import selectors


def body_list(request):
    """List the municipalities held here."""
    return render(request, "townhall/body_list.html", {"bodies": selectors.bodies()})


def body(request, slug: str):
    """Show a municipality: its committees, meetings, papers and deadlines; a former slug redirects."""
    found, current = body_for_slug(slug)
    if found is not None and not current:
        return redirect("web:body", slug=found.slug, permanent=True)
    return render(request, "townhall/body.html", {"page": selectors.body_page(request.user, slug)})
