"""Build the absolute URLs of OParl objects, lists and file contents, one scheme in one place."""

from __future__ import annotations

from django.conf import settings
from django.urls import NoReverseMatch, reverse

#: URL path segment of each OParl type's objects (``/oparl/v1.1/<segment>/<id>``).
SEGMENTS = {
    "Body": "body",
    "LegislativeTerm": "legislative-term",
    "Organization": "organization",
    "Person": "person",
    "Membership": "membership",
    "Meeting": "meeting",
    "AgendaItem": "agenda-item",
    "Paper": "paper",
    "Consultation": "consultation",
    "File": "file",
    "Location": "location",
}

#: The external lists of a body: Body property -> (OParl type, URL segment after /body/<id>/).
BODY_LISTS = {
    "organization": ("Organization", "organization"),
    "person": ("Person", "person"),
    "meeting": ("Meeting", "meeting"),
    "paper": ("Paper", "paper"),
    "agendaItem": ("AgendaItem", "agenda-item"),
    "consultation": ("Consultation", "consultation"),
    "file": ("File", "file"),
    "locationList": ("Location", "location"),
    "legislativeTermList": ("LegislativeTerm", "legislative-term"),
    "membership": ("Membership", "membership"),
}


class Addresses:
    """The URLs of one API root: from ``settings.PUBLIC_URL`` when set, else from the request."""

    def __init__(self, request=None, public_url: str | None = None):
        path = reverse("oparl:system")
        base = settings.PUBLIC_URL if public_url is None else public_url
        if base:
            self.root = base.rstrip("/") + path
        elif request is not None:
            self.root = request.build_absolute_uri(path)
        else:
            raise ValueError("Building OParl URLs needs a request or TOWNHALL_PUBLIC_URL.")
        self.site = self.root[: -len(path)]

    def system(self) -> str:
        return self.root

    def object(self, type_name: str, pk) -> str:
        return f"{self.root}{SEGMENTS[type_name]}/{pk}"

    def body_list(self) -> str:
        return f"{self.root}body"

    def list(self, body_pk, segment: str) -> str:
        return f"{self.root}body/{body_pk}/{segment}"

    def file_access(self, pk) -> str:
        return f"{self.root}file/{pk}/access"

    def file_download(self, pk) -> str:
        return f"{self.root}file/{pk}/download"

    def web_page(self, name: str, **kwargs) -> str | None:
        """Return the absolute URL of the site's page *name* (``web:<name>``), or None without one."""
        try:
            return self.site + reverse(f"web:{name}", kwargs=kwargs)
        except NoReverseMatch:
            return None
