"""JSON answers of the API: UTF-8, CORS for everyone, and 304 for an unchanged ETag."""

from __future__ import annotations

import hashlib
import json

from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date

from townhall.oparl.api.errors import ApiError

JSON_CONTENT_TYPE = "application/json; charset=utf-8"


def allow_any_origin(response: HttpResponse) -> HttpResponse:
    """OParl 1.1 asks every JSON answer to allow scripts from any site."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def json_bytes(data) -> bytes:
    """Encode *data* as compact UTF-8 JSON, as every answer of the API is written."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_content_response(content: bytes) -> HttpResponse:
    """Answer 200 with *content*, JSON already encoded."""
    response = HttpResponse(content, content_type=JSON_CONTENT_TYPE)
    patch_vary_headers(response, ["Host"])
    return response


def validated(response: HttpResponse, etag: str, last_modified: int) -> HttpResponse:
    """Give *response* (200 or 304) its validators, so that clients can ask again conditionally."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_vary_headers(response, ["Host"])
    return allow_any_origin(response)


def json_response(request, data: dict, status: int = 200) -> HttpResponse:
    """Render *data* as UTF-8 JSON; answer 304 when the client already holds these exact bytes."""
    content = json_bytes(data)
    if status == 200:
        etag = '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'
        if etag in request.headers.get("If-None-Match", ""):
            response = HttpResponseNotModified()
            response["ETag"] = etag
            return allow_any_origin(response)
    response = HttpResponse(content, status=status, content_type=JSON_CONTENT_TYPE)
    if status == 200:
        response["ETag"] = etag
    patch_vary_headers(response, ["Host"])
    return allow_any_origin(response)


def error_response(request, error: ApiError) -> HttpResponse:
    return json_response(request, error.as_json(), status=error.status)
