"""Every URL the site answers, with arbitrary ids, dates, methods and parameters, answers below 500.

The URL patterns are read from the URLconf, so a new page or API route is covered the day it is
added. Requests run on the demo data, as an anonymous visitor and as a signed-in administrator.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "BREW"]

#: Query parameters the site reads somewhere (web forms, OParl lists, the admin), by what they hold.
DATE_PARAMETERS = [
    "created_since", "created_until", "modified_since", "modified_until", "date_from", "date_to",
    "deadline_from", "deadline_to", "start", "end", "date__gte", "date__lt",
]
NUMBER_PARAMETERS = ["page", "elementsPerPage", "after", "organization", "id__exact", "id__in", "body__id__exact", "p", "o"]
TEXT_PARAMETERS = [
    "q", "body", "kind", "language", "public", "sort", "next", "omit_internal", "e", "all", "_to_field",
    "_popup", "_changelist_filters", "public__exact", "deleted__exact", "kind__exact",
]

EDGE_DATES = [
    "0001-01-01T00:00:00", "9999-12-31T23:59:59+00:00", "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00", "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "2026-01-01T25:00:00",
]
EDGE_NUMBERS = ["0", "-1", "2147483648", "9223372036854775807", "9223372036854775808",
                "99999999999999999999", "1e9", "²", "١٢", " 7", "7 ", "0x10", ""]

TEXT = st.characters(codec="utf-8")

ids = st.one_of(
    st.integers(0, 300), st.integers(2**31 - 3, 2**31 + 3), st.integers(2**63 - 3, 2**63 + 3),
    st.integers(10**19, 10**40),
).map(str)

dates = st.one_of(
    st.sampled_from(EDGE_DATES),
    st.builds(
        lambda moment, offset: moment.isoformat(timespec="seconds") + offset,
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
        st.sampled_from(["", "+00:00", "+01:00", "-14:00", "+14:00", "Z"]),
    ),
    st.dates().map(str),
)
numbers = st.one_of(st.sampled_from(EDGE_NUMBERS), ids)
texts = st.one_of(
    st.text(TEXT, max_size=40), st.text(TEXT, min_size=200, max_size=1200),
    st.sampled_from(["true", "false", "yes", "no", "relevance", "newest", "-date", "da", "de", "en", "søby-kommune", "Dublin\x01"]),
)

parameter = st.one_of(
    st.tuples(st.sampled_from(DATE_PARAMETERS), dates),
    st.tuples(st.sampled_from(NUMBER_PARAMETERS), numbers),
    st.tuples(st.sampled_from(TEXT_PARAMETERS), texts),
    st.tuples(st.text(TEXT, max_size=12), st.one_of(dates, numbers, texts)),
)

queries = st.one_of(
    st.lists(parameter, max_size=4).map(urlencode),
    st.sampled_from(["%", "%zz", "q=%ff%fe", "q=%00", "q=Dublin%01", "page=1&page=2", "&&=&", "q=" + "a" * 5000]),
)

_GROUP = re.compile(r"\(\?P<(\w+)>((?:[^()]|\([^()]*\))*)\)")
_METACHARACTER = re.compile(r"(?<!\\)[.*+?\[\]()|{}$]")


def url_patterns(patterns=None, prefix: str = ""):
    """Yield (name, regex) for every URL pattern reachable from the root URLconf."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        regex = prefix + pattern.pattern.regex.pattern
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, regex)
        elif isinstance(pattern, URLPattern):
            yield f"{regex} ({pattern.name or pattern.lookup_str})", regex


def literal(part: str):
    """Return a strategy for the text between two groups of a pattern: fixed text, or matching text."""
    part = part.replace("^", "").replace(r"\Z", "")
    if _METACHARACTER.search(part.rstrip("$")):
        return st.from_regex(re.compile(part.rstrip("$") or ""), fullmatch=True).map(lambda text: quote(text, safe="/"))
    return st.just(re.sub(r"\\(.)", r"\1", part.rstrip("$")))


def group_value(body: str):
    """Return a strategy for one URL argument: ids of every size where digits go, else matching text."""
    matcher = re.compile(body)
    if matcher.fullmatch("1") and not matcher.fullmatch("a"):
        candidates = ids
    else:
        candidates = st.one_of(ids, st.sampled_from(["søby-kommune", "stadt-lindenau", "auth", "core"]), st.from_regex(matcher, fullmatch=True))
    return candidates.filter(lambda text: matcher.fullmatch(text) is not None).map(lambda text: quote(text, safe=""))


def paths(regex: str):
    """Return a strategy for paths matching *regex*, built part by part."""
    parts, position = [], 0
    for group in _GROUP.finditer(regex):
        parts.append(literal(regex[position:group.start()]))
        parts.append(group_value(group[2]))
        position = group.end()
    parts.append(literal(regex[position:]))
    return st.tuples(*parts).map(lambda pieces: "/" + "".join(pieces))


PATTERNS = dict(url_patterns())


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """Load the demo once for this module's tests; roll it back afterwards."""
    from datetime import date

    from django.db import transaction

    from townhall.core.demo.loader import load_demo
    from townhall.search.indexing import rebuild

    with django_db_blocker.unblock():
        with transaction.atomic():
            load_demo(today=date.today())
            rebuild()
            yield
            transaction.set_rollback(True)


def administrator() -> Client:
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username="fuzz-admin", defaults={"is_staff": True, "is_superuser": True})
    client = Client(enforce_csrf_checks=True, raise_request_exception=True)
    client.force_login(user)
    return client


def test_every_url_pattern_is_walked():
    assert len(PATTERNS) > 150
    assert any("oparl" in name for name in PATTERNS)
    assert any("admin" in name for name in PATTERNS)


ADMIN = {name: regex for name, regex in PATTERNS.items() if regex.startswith("^admin/")}
SITE = {name: regex for name, regex in PATTERNS.items() if name not in ADMIN}
HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much]


def request_anything(data, regex: str):
    path = data.draw(paths(regex), label="path")
    query = data.draw(queries, label="query")
    method = data.draw(st.sampled_from(METHODS), label="method")
    signed_in = data.draw(st.booleans(), label="signed in")
    client = administrator() if signed_in else Client(enforce_csrf_checks=True, raise_request_exception=True)
    return client.generic(method, path + ("?" + query if query else ""))


@pytest.mark.parametrize("regex", list(SITE.values()), ids=list(SITE))
@settings(max_examples=20, deadline=None, database=None, derandomize=True, suppress_health_check=HEALTH)
@given(data=st.data())
def test_no_request_to_the_site_or_the_api_gets_a_server_error(demo_data, db, regex, data):
    assert request_anything(data, regex).status_code < 500


# The admin's patterns repeat one shape per model: fewer examples each still try every shape often.
@pytest.mark.parametrize("regex", list(ADMIN.values()), ids=list(ADMIN))
@settings(max_examples=4, deadline=None, database=None, derandomize=True, suppress_health_check=HEALTH)
@given(data=st.data())
def test_no_request_to_the_admin_gets_a_server_error(demo_data, db, regex, data):
    assert request_anything(data, regex).status_code < 500
