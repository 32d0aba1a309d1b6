"""The list filters of OParl 1.1: created_since/until, modified_since/until, omit_internal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

from django.db.models import Q, QuerySet
from django.utils import timezone

from townhall.oparl.api.errors import BadRequest

DATE_FILTERS = ("created_since", "created_until", "modified_since", "modified_until")
LOOKUPS = {
    "created_since": "created__gte",
    "created_until": "created__lte",
    "modified_since": "modified__gte",
    "modified_until": "modified__lte",
}


def parse_datetime_filter(name: str, raw: str) -> datetime:
    """Read a filter's date-time; a bare date or anything unreadable is a 400."""
    text = raw.strip()
    # An unencoded "+" in a query string arrives as a space: "2026-01-01T00:00:00 01:00".
    if len(text) > 19 and text[-6] == " " and text[-5:-3].isdigit():
        text = text[:-6] + "+" + text[-5:]
    if "T" not in text:
        raise BadRequest(f"{name} needs a date-time such as 2026-01-01T00:00:00+01:00, not {raw!r}.")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise BadRequest(f"{name} is not a date-time: {raw!r}.", "Use ISO 8601 with an offset, e.g. 2026-01-01T00:00:00+01:00.") from None
    try:
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        # The database compares in UTC and page links are written in local time: both must exist.
        value.astimezone(dt_timezone.utc)
        timezone.localtime(value)
    except OverflowError:
        raise BadRequest(f"{name} is outside the range of date-times this server can compare: {raw!r}.",
                         "Use a date-time between the years 1 and 9999 in UTC and in local time.") from None
    return value


@dataclass(frozen=True)
class ListFilters:
    """The filters of one list request, parsed, and how to write them back into page links."""

    created_since: datetime | None = None
    created_until: datetime | None = None
    modified_since: datetime | None = None
    modified_until: datetime | None = None
    omit_internal: bool | None = None

    @classmethod
    def from_query(cls, query) -> ListFilters:
        values = {}
        for name in DATE_FILTERS:
            raw = query.get(name)
            if raw is not None:
                values[name] = parse_datetime_filter(name, raw)
        raw = query.get("omit_internal")
        if raw is not None:
            if raw.lower() not in {"true", "false"}:
                raise BadRequest(f"omit_internal must be true or false, not {raw!r}.")
            values["omit_internal"] = raw.lower() == "true"
        return cls(**values)

    @property
    def includes_deleted(self) -> bool:
        """Deleted objects are listed only to clients that ask what changed since a time."""
        return self.modified_since is not None

    def apply(self, queryset: QuerySet, shown: Q) -> QuerySet:
        """Filter *queryset* by the dates; without ``modified_since`` keep only the rows *shown* names.

        Asked what changed, a list also names the deleted objects and those hidden from the public,
        both in their deleted form.
        """
        conditions = {}
        for name in DATE_FILTERS:
            value = getattr(self, name)
            if value is None:
                continue
            if name.endswith("_until") and value.microsecond == 0:
                # The API publishes whole seconds, the database keeps microseconds: a published
                # timestamp as the bound must include its own object, so the whole second counts.
                conditions[LOOKUPS[name].replace("__lte", "__lt")] = value + timedelta(seconds=1)
            else:
                conditions[LOOKUPS[name]] = value
        queryset = queryset.filter(**conditions)
        return queryset if self.includes_deleted else queryset.filter(shown)

    def query_params(self) -> list[tuple[str, str]]:
        """Return the filters as query parameters in a fixed order, for canonical page links."""
        params = [(name, timezone.localtime(getattr(self, name)).isoformat()) for name in DATE_FILTERS if getattr(self, name) is not None]
        if self.omit_internal is not None:
            params.append(("omit_internal", "true" if self.omit_internal else "false"))
        return params
