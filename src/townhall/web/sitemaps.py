"""The sitemap: the public pages of papers, meetings, committees, people and municipalities.

Every list reads through the access rule as an anonymous visitor, so nothing non-public is named.
"""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from townhall.core import selectors as core
from townhall.core.models import Body, Meeting, Organization, Person


class PageSitemap(Sitemap):
    """The pages that are not about one record."""

    changefreq = "daily"

    def items(self):
        return ["web:home", "web:about", "web:search", "web:calendar-now", "web:deadlines", "web:bodies"]

    def location(self, item):
        return reverse(item)


class RecordSitemap(Sitemap):
    """One page per record anyone may see, newest change first; subclasses name the records and their page."""

    url_name = ""
    limit = 10_000

    def records(self):
        raise NotImplementedError

    def items(self):
        return self.records().order_by("-modified", "-id").only("pk", "modified")

    def lastmod(self, record):
        return record.modified

    def get_latest_lastmod(self):
        # One aggregate, not a pass over every record as the default does.
        return self.records().aggregate(latest=Max("modified"))["latest"]

    def location(self, record):
        return reverse(self.url_name, args=[record.pk])


class PaperSitemap(RecordSitemap):
    url_name = "web:paper"

    def records(self):
        return core.visible_papers(None)


class MeetingSitemap(RecordSitemap):
    url_name = "web:meeting"

    def records(self):
        return _visible(Meeting)


class OrganizationSitemap(RecordSitemap):
    url_name = "web:organization"

    def records(self):
        return _visible(Organization)


class PersonSitemap(RecordSitemap):
    url_name = "web:person"

    def records(self):
        return _visible(Person)


class BodySitemap(Sitemap):
    def items(self):
        return Body.objects.order_by("name").only("slug", "modified")

    def lastmod(self, body):
        return body.modified

    def location(self, body):
        return reverse("web:body", args=[body.slug])


SITEMAPS = {
    "pages": PageSitemap, "bodies": BodySitemap, "papers": PaperSitemap, "meetings": MeetingSitemap,
    "organizations": OrganizationSitemap, "persons": PersonSitemap,
}


def _visible(model):
    reader = getattr(core, f"visible_{model._meta.model_name}s", None)
    return reader(None) if reader is not None else model.objects.all()
