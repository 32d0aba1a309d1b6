"""Pages of external object lists: stable order by id, totals, and links that keep the filters.

A page is addressed by its number (``page=N``). ``links.next`` also names the last id of the
current page (``after=ID``), so a client walking a long list by its next links gets each page
with an index seek instead of an OFFSET scan past every earlier row, and sees no row twice or
never when rows are added or deleted while it walks.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil
from typing import Callable
from urllib.parse import urlencode

from django.db.models import QuerySet

from townhall.core.models.base import LARGEST_ID
from townhall.oparl.api.errors import BadRequest, NotFound
from townhall.oparl.api.filters import ListFilters

DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 1000


def positive_int(name: str, raw: str | None, default: int | None, *, least: int = 1) -> int | None:
    if raw is None:
        return default
    # isdigit() alone would let "²" or Arabic-Indic digits through to int().
    if not (raw.isascii() and raw.isdigit()) or not least <= int(raw) <= LARGEST_ID:
        raise BadRequest(f"{name} must be a whole number from {least} to {LARGEST_ID}, not {raw!r}.")
    return int(raw)


@dataclass
class Page:
    objects: list
    total: int
    number: int
    per_page: int
    pages: int
    #: The id of the page's last object, where the next page starts; None for an empty page.
    last_id: int | None = None
    #: Whether objects follow this page (read, not computed from the count, which deletions change).
    has_more: bool = False


@dataclass(frozen=True)
class PageRequest:
    """Which page of a list a client asked for, and with which filters."""

    filters: ListFilters
    number: int = 1
    per_page: int = DEFAULT_PER_PAGE
    per_page_asked: bool = False
    #: Start after this id instead of skipping ``(number - 1) * per_page`` rows.
    after: int | None = None

    @classmethod
    def from_query(cls, query) -> PageRequest:
        filters = ListFilters.from_query(query)
        number = positive_int("page", query.get("page"), 1)
        raw_per_page = query.get("elementsPerPage")
        per_page = min(positive_int("elementsPerPage", raw_per_page, DEFAULT_PER_PAGE), MAX_PER_PAGE)
        after = positive_int("after", query.get("after"), None, least=0)
        return cls(filters=filters, number=number, per_page=per_page, per_page_asked=raw_per_page is not None, after=after)

    def fetch(self, queryset: QuerySet | Callable[[], QuerySet], total: int | None = None, load=None, columns: tuple[str, ...] = (),
              starts_after=None, rows_after=None) -> Page:
        """Return this page of *queryset*, ordered by id so every request sees the same order.

        *total*, when the caller knows it, saves counting the rows again. *columns* names the
        values each row is read as (else model instances). A page that starts after a known id
        (``after=``, or the id *starts_after* gives for a page number, from page boundaries the
        caller keeps) is one index range read with its rows. A page by number otherwise skips
        the earlier rows with OFFSET over the ids alone, and *load*, when given, then reads the
        rows of that list of ids (in id order), without the list's filters and joins.
        *rows_after*, when given, reads a page that starts after a known id in place of the
        queryset: called with that id and the number of rows, it returns the same rows.
        """
        # *queryset* may be a function that builds it: a page read by *rows_after* needs none.
        rows = queryset if callable(queryset) else (lambda: queryset)
        if total is None:
            total = rows().count()
        pages = max(1, ceil(total / self.per_page))
        # A next link followed after deletions shrank the list still answers with what follows its id.
        if self.number > pages and self.after is None:
            raise NotFound(f"This list has {pages} page(s); there is no page {self.number}.")
        after = self.after
        if after is None and self.number > 1 and starts_after is not None:
            after = starts_after(self.number)
        # One row more than the page shows tells whether a next page exists.
        if after is not None and rows_after is not None:
            objects = rows_after(after, self.per_page + 1)
        elif after is not None:
            window = rows().filter(id__gt=after).order_by("id")[:self.per_page + 1]
            objects = list(window.values_list(*columns, named=True) if columns else window)
        else:
            start = (self.number - 1) * self.per_page
            window = rows().order_by("id")[start:start + self.per_page + 1]
            if load is None:
                objects = list(window.values_list(*columns, named=True) if columns else window)
            else:
                ids = list(window.values_list("id", flat=True))
                objects = load(ids) if ids else []
        has_more = len(objects) > self.per_page
        objects = objects[:self.per_page]
        last_id = objects[-1].pk if objects else None
        return Page(objects=objects, total=total, number=self.number, per_page=self.per_page, pages=max(pages, self.number),
                    last_id=last_id, has_more=has_more)

    def page_url(self, list_url: str, number: int, after: int | None = None) -> str:
        params = self.filters.query_params()
        if self.per_page_asked:
            params.append(("elementsPerPage", str(self.per_page)))
        if number > 1:
            params.append(("page", str(number)))
        if after is not None:
            params.append(("after", str(after)))
        return f"{list_url}?{urlencode(params)}" if params else list_url

    def envelope(self, list_url: str, page: Page, data: list[dict]) -> dict:
        """Wrap *data* in the list page form: data, pagination, links."""
        links = {"first": self.page_url(list_url, 1)}
        if page.number > 1:
            links["prev"] = self.page_url(list_url, page.number - 1)
        links["self"] = self.page_url(list_url, page.number, self.after)
        if page.has_more and page.last_id is not None:
            links["next"] = self.page_url(list_url, page.number + 1, page.last_id)
        links["last"] = self.page_url(list_url, page.pages)
        return {
            "data": data,
            "pagination": {
                "totalElements": page.total,
                "elementsPerPage": page.per_page,
                "currentPage": page.number,
                "totalPages": page.pages,
            },
            "links": links,
        }
