import math
from urllib.parse import urlencode
from dataclasses import dataclass

from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from townhall.core.models import PAPER_KINDS
from townhall.search.selectors import UNDATED, search_papers
from townhall.web.explanations import explanations
from townhall.web.forms import SearchForm
from townhall.web.templatetags.townhall import language_name

PER_PAGE = 20
#: Facet groups longer than this show their first options and fold the rest away.
FACET_SHOWN = 8
FACET_LABELS = {
    "body": _("Municipality"), "organization": _("Committee"), "kind": _("Kind of paper"), "language": _("Language"),
    "year": _("Year"),
}


@dataclass
class FacetOption:
    label: str
    count: int
    url: str
    selected: bool


@dataclass
class FacetGroup:
    name: str
    label: str
    options: list[FacetOption]

    @property
    def shown(self) -> list[FacetOption]:
        """The options always shown: the first ones, and any that is switched on."""
        return self.options if len(self.options) <= FACET_SHOWN else [
            option for index, option in enumerate(self.options) if index < FACET_SHOWN or option.selected]

    @property
    def rest(self) -> list[FacetOption]:
        """The options folded away in a long list."""
        return [] if len(self.options) <= FACET_SHOWN else [
            option for index, option in enumerate(self.options) if index >= FACET_SHOWN and not option.selected]


def _url_with(query_dict, **changes) -> str:
    """Return the search URL with some parameters set (or removed when None), always back on page 1."""
    # As QueryDict.copy() and .urlencode() would give (changed keys last), without copying the dict deeply per link.
    pairs = [(key, value) for key, values in query_dict.lists() if key != "page" and key not in changes for value in values]
    pairs += [(key, value) for key, value in changes.items() if value is not None]
    encoded = urlencode(pairs)
    return "?" + encoded if encoded else "?"


def facet_groups(request, facets: dict, filters: dict) -> list[FacetGroup]:
    """Turn the engine's facet counts into links that switch each value on or off."""
    groups = []
    for name, label in FACET_LABELS.items():
        options = []
        for value, value_label, count in facets.get(name) or []:
            if name == "year" and value == UNDATED:
                # Papers without any date: no date range can hold them, so it is a filter of its own.
                selected = filters.get("undated") is True
                changes = {"date_from": None, "date_to": None, "undated": None if selected else "on"}
            elif name == "year":
                # A year is a date range: the filter is the first and last day of that year.
                first, last = f"{value}-01-01", f"{value}-12-31"
                selected = str(filters.get("date_from", "")) == first and str(filters.get("date_to", "")) == last
                changes = {"date_from": None, "date_to": None, "undated": None} if selected else {
                    "date_from": first, "date_to": last, "undated": None}
            else:
                selected = str(filters.get(name, "")) == str(value)
                changes = {name: None if selected else str(value)}
            if name == "body":
                changes["organization"] = None  # committees belong to one municipality
            shown = language_name(value) if name == "language" else value_label
            options.append(FacetOption(label=str(shown), count=count, url=_url_with(request.GET, **changes), selected=selected))
        if options:
            groups.append(FacetGroup(name=name, label=str(label), options=options))
    return groups


@dataclass
class FilterChip:
    """An active filter, shown above the results with a link that removes it."""

    label: str
    value: str
    remove_url: str


def filter_chips(request, form: SearchForm, filters: dict, facets: dict) -> list[FilterChip]:
    """Return the active filters as chips, each with the search URL without it."""
    names = {name: {str(value): label for value, label, _ in facets.get(name) or []} for name in ("body", "organization", "kind")}
    chips = []
    for name in ("body", "organization", "kind", "language"):
        value = filters.get(name)
        if value in (None, ""):
            continue
        if name == "language":
            shown = language_name(str(value))
        elif name == "kind":
            shown = dict(PAPER_KINDS).get(str(value), value)
        else:
            shown = names[name].get(str(getattr(value, "pk", value)), value)
        changes = {name: None, **({"organization": None} if name == "body" else {})}
        chips.append(FilterChip(label=str(FACET_LABELS[name]), value=str(shown), remove_url=_url_with(request.GET, **changes)))
    for first, last, label in (("date_from", "date_to", _("Dated")), ("deadline_from", "deadline_to", _("Deadline"))):
        if filters.get(first) or filters.get(last):
            shown = " – ".join(date_format(filters[key]) if filters.get(key) else "…" for key in (first, last))
            chips.append(FilterChip(label=str(label), value=shown, remove_url=_url_with(request.GET, **{first: None, last: None})))
    if filters.get("undated"):
        chips.append(FilterChip(label=str(FACET_LABELS["year"]), value=str(_("Undated")), remove_url=_url_with(request.GET, undated=None)))
    if "public" in filters:
        chips.append(FilterChip(label=str(form.fields["public"].label) if "public" in form.fields else "", value=str(_("Public only") if filters["public"] else _("Not public only")),
                                remove_url=_url_with(request.GET, public=None)))
    return chips


def page_links(request, page: int, pages: int) -> list[tuple[int | None, str]]:
    """Return (number, url) for the first, last and nearby pages; None marks a gap."""
    wanted = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    links, previous = [], 0
    for number in wanted:
        if number - previous > 1:
            links.append((None, ""))
        params = request.GET.copy()
        params["page"] = str(number)
        links.append((number, "?" + params.urlencode()))
        previous = number
    return links


def search(request):
    """Search papers with facets, filters, sort and pages; htmx requests get the results block only."""
    form = SearchForm(request.GET or None, user=request.user)
    form.is_valid()
    arguments = form.search_arguments()
    results = search_papers(user=request.user, per_page=PER_PAGE, **arguments)
    page = arguments["page"]
    pages = max(1, math.ceil(results.total / PER_PAGE))
    links = page_links(request, page, pages)
    feed_query = request.GET.copy()
    feed_query.pop("page", None)
    context = {
        "form": form,
        "query": results.query,
        "filters": arguments["filters"],
        "results": results,
        "facets": facet_groups(request, results.facets, arguments["filters"]),
        "chips": filter_chips(request, form, arguments["filters"], results.facets),
        "page": page,
        "pages": pages,
        "page_links": links,
        "previous_url": dict(links).get(page - 1) if page > 1 else None,
        "next_url": dict(links).get(page + 1) if page < pages else None,
        "first_index": (page - 1) * PER_PAGE + 1,
        "last_index": min(page * PER_PAGE, results.total),
        "derived_dates": any(hit.paper.date is None and hit.paper.effective_date for hit in results.hits),
        "undated_url": _url_with(request.GET, date_from=None, date_to=None, undated="on"),
        "suggestion_url": _url_with(request.GET, q=results.suggestion) if results.suggestion else None,
        "relaxed_parts": ", ".join(f"“{part}”" for part in results.relaxed.parts) if results.relaxed else "",
        "feed_url": reverse("web:search-feed") + ("?" + feed_query.urlencode() if feed_query else ""),
    }
    found_via = explanations(results)
    context["hit_rows"] = [(hit, found_via.get(hit.paper.pk, [])) for hit in results.hits]
    context["htmx"] = bool(request.headers.get("HX-Request"))
    template = "townhall/search/results.html" if context["htmx"] else "townhall/search/page.html"
    return render(request, template, context)
