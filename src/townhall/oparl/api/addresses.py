"""Build the absolute URLs of OParl objects, lists and file contents, one scheme in one place."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse

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
        # Stored originals live on their own host name when one is configured (TOWNHALL_FILES_URL).
        self.files_root = settings.FILES_URL + path if settings.FILES_URL else self.root

    def system(self) -> str:
        return self.root

    def object(self, type_name: str, pk) -> str:
        return f"{self.root}{SEGMENTS[type_name]}/{pk}"

    def body_list(self) -> str:
        return f"{self.root}body"

    def list(self, body_pk, segment: str) -> str:
        return f"{self.root}body/{body_pk}/{segment}"

    def file_access(self, pk) -> str:
        return f"{self.files_root}file/{pk}/access"

    def file_download(self, pk) -> str:
        return f"{self.files_root}file/{pk}/download"

    def web_page(self, name: str, **kwargs) -> str | None:
        """Return the absolute URL of the site's page *name* (``web:<name>``), or None without one."""
        if set(kwargs) == {"pk"} and isinstance(kwargs["pk"], int):
            # A list page links 100 objects' pages: reverse once per page name, then fill in the id.
            template = web_page_template(name, get_script_prefix(), get_urlconf())
            if template is not None:
                return self.site + template.replace(PK_MARK, str(kwargs["pk"]), 1)
        try:
            return self.site + reverse(f"web:{name}", kwargs=kwargs)
        except NoReverseMatch:
            return None


#: An id no row has, reversed in place of the real one and then replaced by it.
PK_MARK = "7310042917"


@lru_cache(maxsize=64)
def web_page_template(name: str, script_prefix: str, urlconf) -> str | None:
    """Return the path of page *name* with ``PK_MARK`` as its id, or None when it cannot be built so.

    The script prefix and URLconf are part of the cache key because ``reverse`` depends on them.
    """
    try:
        path = reverse(f"web:{name}", kwargs={"pk": int(PK_MARK)})
    except NoReverseMatch:
        return None
    return path if path.count(PK_MARK) == 1 else None
