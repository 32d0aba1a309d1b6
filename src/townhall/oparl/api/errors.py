"""Error answers: an OParl Error object with a fitting HTTP status."""

from __future__ import annotations

from townhall.oparl.api.serializers.base import type_url


class ApiError(Exception):
    """A request the API cannot answer; views turn it into an Error object with *status*."""

    status = 400

    def __init__(self, message: str, debug: str = ""):
        super().__init__(message)
        self.message = message
        self.debug = debug

    def as_json(self) -> dict:
        data = {"type": type_url("Error"), "message": self.message}
        if self.debug:
            data["debug"] = self.debug
        return data


class BadRequest(ApiError):
    status = 400


class NotFound(ApiError):
    status = 404


class Gone(ApiError):
    status = 410
