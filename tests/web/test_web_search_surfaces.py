"""Every search surface answers arbitrary text and parameters with 200 or a clear 4xx, never a 500.

Hypothesis draws queries and parameters from all of Unicode (control characters, NUL,
surrogate-free astral planes, operator words, syntax of both engines) and long texts; the
page, its htmx partial, the Atom feed, the command line and the OParl list filters each
get them. The demo is loaded and indexed once per test function.
"""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Text people and robots send: any character, with the query syntax of both engines mixed in.
_SYNTAX = st.sampled_from(['"', "-", "*", "|", "(", ")", ":", "^", "OR", "AND", "NOT", "IKKE", "NICHT", "ODER",
                           "NEAR", "&", "!", "<->", "'", "\\", "\x00", "\x01", "\x1b", "\ufeff", " ", "2010-16508",
                           "klimaplan", "Budget", "å", "ß"])
TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(_SYNTAX, st.text(max_size=8)), max_size=20).map(" ".join),
    st.integers(min_value=0, max_value=3000).map(lambda n: "budget " * n),
)
NUMBERISH = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str), st.text(max_size=30),
    st.sampled_from(["", "0", "1", "99999999999999999999999", "1e9", "-1", " 7 ", "7\x00"]),
)
DATEISH = st.one_of(st.dates().map(str), st.text(max_size=20),
                    st.sampled_from(["2024-02-30", "0000-01-01", "9999-12-31", "2024-1-1"]))
PARAMS = st.fixed_dictionaries({}, optional={
    "q": TEXT, "body": st.one_of(TEXT, st.sampled_from(["soeby-kommune", "Søby Kommune", "northbridge"])),
    "organization": NUMBERISH, "kind": TEXT, "language": TEXT, "date_from": DATEISH, "date_to": DATEISH,
    "deadline_from": DATEISH, "deadline_to": DATEISH, "public": TEXT, "sort": TEXT, "page": NUMBERISH,
    "undated": TEXT,
})
EXAMPLES = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _ok(response) -> bool:
    return response.status_code == 200 or 400 <= response.status_code < 500


@pytest.fixture
def indexed(demo):
    from townhall.search.backends import get_backend
    from townhall.search.indexing import rebuild

    rebuild()
    get_backend().refresh_statistics()
    return demo


@EXAMPLES
@given(params=PARAMS)
def test_the_search_page_never_fails(client, indexed, params):
    response = client.get("/search/", params)
    assert _ok(response), (response.status_code, params)


@EXAMPLES
@given(params=PARAMS)
def test_the_htmx_partial_never_fails(client, indexed, params):
    response = client.get("/search/", params, HTTP_HX_REQUEST="true")
    assert _ok(response), (response.status_code, params)


@EXAMPLES
@given(params=PARAMS)
def test_the_search_feed_is_always_atom_or_a_clear_error(client, indexed, params):
    response = client.get("/search/feed.atom", params)
    assert _ok(response), (response.status_code, params)
    if response.status_code == 200:
        from xml.etree import ElementTree

        ElementTree.fromstring(response.content)


@EXAMPLES
@given(query=TEXT, body=st.one_of(st.none(), TEXT), organization=st.one_of(st.none(), NUMBERISH),
       date_from=st.one_of(st.none(), st.dates().map(str)), explain=st.booleans())
def test_the_search_command_prints_json_or_a_clear_error(indexed, capsys, query, body, organization, date_from, explain):
    args = ["search", query, "--format", "json", "--limit", "5"]
    if body:
        args += ["--body", body]
    if organization:
        args += ["--organization", organization]
    if date_from:
        args += ["--from", date_from]
    if explain:
        args.append("--explain")
    try:
        call_command(*args)
    except CommandError:
        capsys.readouterr()
        return
    data = json.loads(capsys.readouterr().out)
    assert data["total"] >= len(data["hits"])


@EXAMPLES
@given(params=st.fixed_dictionaries({}, optional={
    name: TEXT for name in ("created_since", "created_until", "modified_since", "modified_until", "omit_internal")
} | {"after": NUMBERISH, "limit": NUMBERISH, "page": NUMBERISH}), body=NUMBERISH)
def test_oparl_list_filters_never_fail(client, indexed, params, body):
    for path in ("/oparl/v1.1/body", f"/oparl/v1.1/body/{body}/paper", "/oparl/v1.1/body/1/paper"):
        response = client.get(path, params)
        assert _ok(response), (path, response.status_code, params)
