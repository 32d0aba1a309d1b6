"""The site's own pages and files: about, robots.txt, the favicon."""

from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from townhall.web.coverage import coverage


@require_safe
def about(request):
    """Say what the site holds: which municipalities, how many papers and meetings, from where and how fresh."""
    return render(request, "townhall/about.html", {
        "coverage": coverage(), "oparl_url": request.build_absolute_uri(reverse("oparl:system")),
    })


@require_safe
def robots_txt(request):
    """Let crawlers read the public pages, not the feeds, file copies or the admin; point them at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        "Disallow: /search/feed.atom",
        "Disallow: /files/",
        "Disallow: /oparl/",
        # Every combination of search filters is a page of its own: crawl papers through the sitemap instead.
        "Disallow: /search/?",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    """Send browsers that ask for /favicon.ico to the icon in the static files."""
    return HttpResponsePermanentRedirect(staticfiles_storage.url("townhall/favicon.ico"))
