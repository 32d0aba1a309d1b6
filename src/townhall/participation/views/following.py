"""Follow by e-mail: the sign-up page, the confirmation, one-click unsubscribe, and the Atom feed of each followable."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from townhall.participation import follows
from townhall.participation.follow_targets import FEED_ITEMS, target_for
from townhall.participation.forms import FollowForm
from townhall.participation.limits import RateLimited
from townhall.participation.models import Follow
from townhall.search.query import clean_query_text
from townhall.web.client_address import client_address


@require_http_methods(["GET", "HEAD", "POST"])
def follow(request):
    """Ask for an e-mail address and a frequency, then send the confirmation mail."""
    source = request.POST if request.method == "POST" else request.GET
    subject = target_for(source.get("kind", "")[:20], source.get("target", "")[:1000])
    if subject is None:
        raise Http404
    form = FollowForm(request.POST or None, initial={"kind": subject.kind, "target": subject.key, "frequency": "daily"})
    status, problem, sent = 200, None, None
    if request.method == "POST":
        if form.is_valid():
            try:
                sent = follows.follow_start(email=form.cleaned_data["email"], kind=subject.kind, target=subject.key,
                                            frequency=form.cleaned_data["frequency"], language=translation.get_language(),
                                            network=client_address(request), request=request)
            except RateLimited:
                problem, status = _("Too many sign-ups came from your address or network in the last hour; please try again later."), 429
        else:
            status = 400
    return render(request, "participation/follow.html", {"subject": subject, "form": form, "problem": problem, "sent": sent},
                  status=status)


def _follow(token) -> Follow:
    if len(token) > 64:
        raise Http404
    return get_object_or_404(Follow, token=token)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """Confirm a follow (by a button, so that a mail scanner opening the link confirms nothing)."""
    follow = _follow(token)
    if request.method == "POST":
        follows.follow_confirm(follow)
    return render(request, "participation/follow_confirm.html", {"follow": follow})


@require_http_methods(["GET", "HEAD", "POST"])
def unfollow(request, token):
    """Stop a follow: a POST (the mail client's one click, or the button) ends it; a GET asks first."""
    follow = _follow(token)
    if request.method == "POST":
        follows.follow_end(follow)
    return render(request, "participation/unfollow.html", {"follow": follow})


class FollowFeed(Feed):
    """The Atom feed of a committee, person, paper or hearing: the news its digests hold."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        subject = target_for(request.GET.get("kind", "")[:20], request.GET.get("target", "")[:1000])
        if subject is None:
            raise Http404
        return subject

    def title(self, subject):
        return clean_query_text(_("News: %(name)s") % {"name": subject.label})

    def link(self, subject):
        return subject.page_url

    def subtitle(self, subject):
        return _("What is new, newest first.")

    def items(self, subject):
        return subject.items(limit=FEED_ITEMS)[:FEED_ITEMS]

    def item_title(self, item):
        return clean_query_text(item.title)

    def item_description(self, item):
        return clean_query_text(item.summary)

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"{item.url}#{item.when.isoformat()}"

    def item_updateddate(self, item):
        return item.when

    def item_pubdate(self, item):
        return item.when
