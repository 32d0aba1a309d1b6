"""The OParl 1.1 endpoints: system, body list, each body's lists, single objects, file contents."""

from __future__ import annotations

import functools
from collections import namedtuple
from urllib.parse import urlencode

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import get_conditional_response
from django.utils.decorators import method_decorator
from django.utils.http import http_date
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from townhall.core import access
from townhall.core.delivery import file_response, files_host_url, protect, site_keeps_inline
from townhall.core.models import Body, File, System
from townhall.errors import method_not_allowed
from townhall.core.services import file_content, system_get
from townhall.oparl.api.addresses import Addresses
from townhall.oparl.api.cache import PublicViews
from townhall.oparl.api.errors import ApiError, Gone, NotFound
from townhall.oparl.api.filters import DATE_FILTERS
from townhall.oparl.api.pagination import PageRequest
from townhall.oparl.api.prepared import PreparedRead, aware
from townhall.oparl.api.responses import (
    allow_any_origin, error_response, json_bytes, json_content_response, json_response, validated,
)
from townhall.oparl.api.serializers import Renderer
from townhall.oparl.api.serializers.system import render_system

#: What a list page reads of each row before anything is rendered: enough for its validators and store keys.
ROW_STATE = ("pk", "modified", "oparl_shown")

#: Body properties that must stay even when a client asks to leave out embedded objects.
REQUIRED_INTERNAL = {"legislativeTerm"}


def without_internal(data: dict) -> dict:
    """Leave out embedded objects and lists of them (``omit_internal=true``)."""
    def is_internal(key, value):
        if key in REQUIRED_INTERNAL:
            return False
        if isinstance(value, dict):
            return "type" in value
        return isinstance(value, list) and bool(value) and all(isinstance(v, dict) and "type" in v for v in value)

    return {key: value for key, value in data.items() if not is_internal(key, value)}


@method_decorator(csrf_exempt, name="dispatch")
class ApiView(View):
    """Answer GET with JSON; turn an ApiError into an Error object."""

    # No cookies, no writes: the CSRF check would only turn "405 Method Not Allowed" into 403.
    http_method_names = ["get", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        self.renderer = Renderer(Addresses(request))
        try:
            return super().dispatch(request, *args, **kwargs)
        except ApiError as error:
            return error_response(request, error)

    def http_method_not_allowed(self, request, *args, **kwargs):
        return allow_any_origin(method_not_allowed(request, [method.upper() for method in self.http_method_names]))

    def options(self, request, *args, **kwargs):
        response = super().options(request, *args, **kwargs)
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        return allow_any_origin(response)


class SystemView(ApiView):
    def get(self, request):
        system = System.all_objects.order_by("id").first() or system_get()
        return json_response(request, render_system(system, self.renderer.addresses))


#: Per type: the state of one object (its ``modified`` time and whether the public may see it).
OBJECT_STATES: dict[str, PreparedRead] = {}


def object_state(serializer, pk: int) -> tuple | None:
    """Return (modified, shown) of the object *pk* of *serializer*'s type, deleted or hidden ones too; None when absent."""
    read = OBJECT_STATES.get(serializer.type_name)
    if read is None:
        # rows() depends on the type alone, not on the request the serializer was made for.
        read = OBJECT_STATES.setdefault(serializer.type_name, PreparedRead(
            lambda pk: serializer.rows().filter(pk=pk).order_by().values_list("modified", "oparl_shown")[:1]))
    rows = read.rows(pk)
    return (aware(rows[0][0]), bool(rows[0][1])) if rows else None


#: A row of a list page as it is first read: enough for its validators and store keys.
StateRow = namedtuple("StateRow", ROW_STATE)

#: Per type, list (all of the type, or one body's) and rows per page: the rows after an id.
PAGE_STATES: dict[tuple[str, bool, int], PreparedRead] = {}


def rows_after(serializer, body_pk, after: int, limit: int) -> list[StateRow]:
    """Return the states of the first *limit* rows after id *after* of a list without date filters."""
    key = (serializer.type_name, body_pk is None, limit)
    read = PAGE_STATES.get(key)
    if read is None:
        def build(*values):
            # The same rows as ListFilters.apply() without dates, read as fetch() reads a page after an id.
            if body_pk is None:
                (start,) = values
                queryset = serializer.rows()
            else:
                scope, start = values
                queryset = serializer.in_body(scope)
            return queryset.filter(serializer.shown()).filter(id__gt=start).order_by("id").values_list(*ROW_STATE)[:limit]
        read = PAGE_STATES.setdefault(key, PreparedRead(build))
    values = (after,) if body_pk is None else (body_pk, after)
    return [StateRow(pk, aware(modified), bool(shown)) for pk, modified, shown in read.rows(*values)]


class ObjectView(ApiView):
    """One object at its own URL: the full form, or the deleted form with status 200."""

    type_name = ""

    def get(self, request, pk):
        serializer = self.renderer[self.type_name]
        views = PublicViews(self.renderer.addresses)
        # An object hidden from the public answers like a deleted one (OParl 1.1, 2.8).
        state = object_state(serializer, pk)
        if state is None:
            raise NotFound(f"There is no {self.type_name} with id {pk}.")
        modified, shown = state
        key = views.object_key(self.type_name, pk, modified, shown)
        etag, last_modified = views.object_validators(key, modified)
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return validated(not_modified, etag, last_modified)
        content = views.lookup(self.type_name, "full", {pk: (modified, shown)}).get(pk)
        if content is None:
            obj = serializer.optimise(serializer.rows().filter(pk=pk)).first()
            if obj is None:
                raise NotFound(f"There is no {self.type_name} with id {pk}.")
            serializer.prepare([obj])
            content = json_bytes(serializer.render(obj))
            # Store only what was read in the state the key names, so a key never holds a later state.
            if obj.modified == modified and serializer.is_public(obj) == bool(shown) and serializer.storable(obj):
                views.keep(self.type_name, "full", {pk: (modified, shown, content)})
        return validated(json_content_response(content), etag, last_modified)


class ListView(ApiView):
    """An external object list: the bodies of the system, or one type's objects of a body.

    The page's rows are read as (id, modified, shown) first; objects whose public form is stored
    come from the store, the others are loaded, rendered and stored in one batch.
    """

    type_name = ""
    segment = ""

    def get(self, request, body_pk=None):
        serializer = self.renderer[self.type_name]
        page_request = PageRequest.from_query(request.GET)
        addresses = self.renderer.addresses
        list_url = addresses.body_list() if body_pk is None else addresses.list(body_pk, self.segment)

        @functools.cache
        def filtered():
            # Built only when needed: a stored count and a page after a known id never ask for it.
            queryset = serializer.rows() if body_pk is None else serializer.in_body(body_pk)
            return page_request.filters.apply(queryset, serializer.shown())

        views = PublicViews(addresses)
        markers = views.markers(serializer.model)
        filters = urlencode(page_request.filters.query_params())
        total = views.count(self.type_name, body_pk, filters, markers, lambda: filtered().count())
        boundaries = views.page_boundaries(self.type_name, body_pk, filters, markers, page_request.per_page,
                                           lambda: filtered().order_by("id").values_list("id", flat=True))
        # Without date filters a page after a known id is read by SQL compiled once (the common walk).
        dated = any(getattr(page_request.filters, name) is not None for name in DATE_FILTERS)
        after = None if dated else (lambda start, limit: rows_after(serializer, body_pk, start, limit))
        try:
            page = page_request.fetch(filtered, total=total, columns=ROW_STATE, starts_after=boundaries, rows_after=after,
                                      load=lambda ids: list(
                                          serializer.rows().filter(pk__in=ids).order_by("id").values_list(*ROW_STATE, named=True)))
        except NotFound:
            self.require_body(body_pk)
            raise
        if page.total == 0:
            # Only an empty list can belong to a body that does not exist; ask only then.
            self.require_body(body_pk)
        omit = bool(page_request.filters.omit_internal)
        variant = "omit" if omit else "full"
        etag, last_modified = views.list_validators(request.get_full_path(), total, page.objects, markers, variant)
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return validated(not_modified, etag, last_modified)
        # The ETag names every row's state, the count, the address and the variant: the whole page.
        content = views.kept_page(etag)
        if content is not None:
            return validated(json_content_response(content), etag, last_modified)

        states = {row.pk: (row.modified, bool(row.oparl_shown)) for row in page.objects}
        contents = views.lookup(self.type_name, variant, states)
        missing = [pk for pk in states if pk not in contents]
        if missing:
            objects = list(serializer.optimise(serializer.rows().filter(pk__in=missing)))
            serializer.prepare(objects)
            fresh = {}
            for obj in objects:
                data = serializer.render(obj)
                contents[obj.pk] = json_bytes(without_internal(data) if omit else data)
                # Store only what was read in the state the page names, so a key never holds a later state.
                modified, shown = states[obj.pk]
                if (obj.modified, serializer.is_public(obj)) == (modified, shown) and serializer.storable(obj):
                    fresh[obj.pk] = (modified, shown, contents[obj.pk])
            views.keep(self.type_name, variant, fresh)
        # A row deleted for good between the two reads is left out.
        items = [contents[row.pk] for row in page.objects if row.pk in contents]
        # The stored objects are JSON already: the page is written around them, "data" first.
        rest = {key: value for key, value in page_request.envelope(list_url, page, []).items() if key != "data"}
        content = b'{"data":[' + b",".join(items) + b"]," + json_bytes(rest)[1:]
        if len(items) == len(page.objects):
            views.keep_page(etag, content)
        return validated(json_content_response(content), etag, last_modified)

    @staticmethod
    def require_body(body_pk) -> None:
        if body_pk is not None and not Body.objects.filter(pk=body_pk).exists():
            raise NotFound(f"There is no body with id {body_pk}.")


class FileContentView(ApiView):
    """The stored bytes of a file: at accessUrl inline where its type is safe to show, at downloadUrl as an attachment."""

    attachment = False

    def get(self, request, pk):
        file = File.all_objects.filter(pk=pk).first()
        if file is None:
            raise NotFound(f"There is no file with id {pk}.")
        if not access.is_public(file):
            # Hidden from the public: gone, as the file object answers deleted.
            raise Gone(f"File {pk} was deleted.")
        if not access.content_shown(None, file):
            raise NotFound(f"The original of file {pk} holds a part that is not public, so it is not served.")
        if not file.has_content:
            origin = file.origin_download_url if self.attachment and file.origin_download_url else file.origin_access_url
            if origin:
                return HttpResponseRedirect(origin)
            raise NotFound(f"File {pk} has no stored content.")
        if not site_keeps_inline(request):
            # Every file the API lists is public: the separate files host serves all of them.
            return allow_any_origin(HttpResponseRedirect(files_host_url(request.get_full_path())))
        etag = f'"{file.sha256}"'
        last_modified = int(file.modified.timestamp())
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return allow_any_origin(protect(not_modified))
        try:
            data = file_content(file)
        except FileNotFoundError:
            raise NotFound(f"The content of file {pk} is missing from storage.") from None
        response = file_response(data, stored_type=file.mime_type, file_name=file.file_name or file.name or f"file-{file.pk}",
                                 inline=not self.attachment)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        return allow_any_origin(response)


def canonical_path(path: str, prefix: str) -> str:
    """Return the one spelling of an API path: lower case, single slashes, no trailing slash, no leading zeros."""
    rest = path[len(prefix):]
    parts = [part for part in rest.split("/") if part]
    parts = [part.lstrip("0") or "0" if part.isdigit() else part.lower() for part in parts]
    return prefix + "/".join(parts)


@csrf_exempt
def noncanonical(request, rest=""):
    """Send a misspelt API URL to its canonical form with 301, or answer 404."""
    if request.method.lower() not in ApiView.http_method_names:
        return allow_any_origin(method_not_allowed(request, [method.upper() for method in ApiView.http_method_names]))
    target = canonical_path(request.path, reverse("oparl:system"))
    if target != request.path:
        try:
            match = resolve(target)
        except Resolver404:
            match = None
        if match is not None and match.func is not noncanonical:
            query = request.META.get("QUERY_STRING", "")
            return allow_any_origin(HttpResponsePermanentRedirect(request.build_absolute_uri(target) + (f"?{query}" if query else "")))
    return error_response(request, NotFound(f"There is no OParl resource at {request.path}."))
