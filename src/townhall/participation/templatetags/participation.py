"""Template tags that show hearings beside the records they belong to."""

from django import template

from townhall.core.prepared import PreparedQuery
from townhall.participation import selectors

register = template.Library()

#: What a visitor who is not signed in sees on a paper, compiled once per process (the same for every such visitor).
_PUBLIC_HEARINGS = PreparedQuery(lambda pk: selectors.visible_hearings(None).filter(paper=pk).order_by("-closes_at"))
_PUBLIC_CONFERENCES = PreparedQuery(lambda pk: selectors.visible_conferences(None).filter(paper=pk).order_by("starts_at", "pk"))


def _signed_in(user) -> bool:
    return user is not None and user.is_authenticated


@register.simple_tag(takes_context=True)
def paper_hearings(context, paper):
    """Return the hearings on *paper* the visitor may see."""
    user = getattr(context.get("request"), "user", None)
    if not _signed_in(user):
        return _PUBLIC_HEARINGS(paper.pk)
    return list(selectors.visible_hearings(user).filter(paper=paper).order_by("-closes_at"))


@register.simple_tag(takes_context=True)
def may_open_hearing(context, paper):
    """Say whether the signed-in user may open a hearing on *paper*."""
    from townhall.participation.hearings import may_run

    request = context.get("request")
    return bool(request and request.user.is_authenticated and may_run(request.user, paper))


@register.simple_tag
def follow_url(kind, target):
    """Return the address of the page where one follows *kind* *target* by e-mail."""
    from urllib.parse import urlencode

    from django.urls import reverse

    return reverse("participation:follow") + "?" + urlencode({"kind": kind, "target": str(target)})


@register.simple_tag
def follow_search_url(feed_url):
    """Return the follow page of the search whose Atom feed is *feed_url*, or "" when it cannot be followed."""
    from townhall.participation.follow_targets import target_for

    key = (feed_url or "").partition("?")[2]
    if target_for("search", key) is None:
        return ""
    return follow_url("search", key)


@register.simple_tag(takes_context=True)
def paper_conferences(context, paper):
    """Return the events with registration on *paper* the visitor may see."""
    user = getattr(context.get("request"), "user", None)
    if not _signed_in(user):
        return _PUBLIC_CONFERENCES(paper.pk)
    return list(selectors.visible_conferences(user).filter(paper=paper).order_by("starts_at", "pk"))


@register.simple_tag
def unopened_card_events(paper):
    """Return the events *paper*'s card names that are not open for registration yet."""
    return selectors.card_events(paper)
