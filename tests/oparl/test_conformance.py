"""Crawl the whole OParl API of a populated instance and hold it to the OParl 1.1 specification."""

from __future__ import annotations

from townhall.oparl.conformance import check_api, django_client_fetcher


def test_the_whole_api_of_a_populated_instance_conforms_to_oparl_1_1(populated, client, oparl_root):
    report = check_api(django_client_fetcher(client), oparl_root)

    assert [str(v) for v in report.violations] == []
    # The crawl reached every type, deleted objects included.
    assert {"System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
            "Paper", "Consultation", "File", "Location"} <= set(report.objects)
    assert report.objects["Paper"] > 130


# The checker itself must catch what breaks the specification: each test below serves the real
# API through a fetcher that spoils one thing, and expects the matching rule to be reported.

import json  # noqa: E402

import pytest  # noqa: E402

from townhall.oparl.conformance import Fetched  # noqa: E402


def spoiling(fetch, change_json=None, change_headers=None):
    """Wrap *fetch* so JSON answers pass through *change_json(url, data)* and headers through *change_headers*."""
    def spoiled(url):
        response = fetch(url)
        headers = dict(response.headers)
        content = response.content
        if change_headers:
            headers = change_headers(url, headers)
        if change_json and headers.get("Content-Type", "").startswith("application/json"):
            content = json.dumps(change_json(url, json.loads(content))).encode("utf-8")
        return Fetched(url=url, status=response.status, headers=headers, content=content)
    return spoiled


def for_each_object(data, change):
    """Apply *change* to every OParl object in a page or object, embedded ones included."""
    if isinstance(data, dict):
        if "type" in data:
            change(data)
        for value in list(data.values()):
            for_each_object(value, change)
    elif isinstance(data, list):
        for value in data:
            for_each_object(value, change)
    return data


def rules_found(client, oparl_root, filters=False, **spoil):
    fetch = spoiling(django_client_fetcher(client), **spoil)
    report = check_api(fetch, oparl_root, check_files=False, check_filters=filters, max_objects=40)
    return {violation.rule for violation in report.violations}


@pytest.fixture
def small_instance(demo):
    """The demo with one deleted organization: enough for every rule, quick to crawl."""
    from townhall.core.models import Organization
    from townhall.core.services import soft_delete

    soft_delete(Organization.objects.order_by("id").last())


def test_checker_reports_objects_without_created(small_instance, client, oparl_root):
    def drop_created(url, data):
        return for_each_object(data, lambda obj: obj.pop("created", None) if obj.get("type", "").endswith("/Paper") else None)

    assert "timestamps" in rules_found(client, oparl_root, change_json=drop_created)


def test_checker_reports_date_times_with_fractions_of_a_second(small_instance, client, oparl_root):
    def add_fraction(url, data):
        return for_each_object(data, lambda obj: obj.update(modified=obj["modified"][:19] + ".123456" + obj["modified"][19:]) if "modified" in obj else None)

    assert "schema" in rules_found(client, oparl_root, change_json=add_fraction)


def test_checker_reports_page_links_that_drop_the_filters(small_instance, client, oparl_root):
    def drop_query(url, data):
        for rel, link in data.get("links", {}).items():
            data["links"][rel] = link.split("?")[0]
        return data

    assert "filter-links" in rules_found(client, oparl_root, filters=True, change_json=drop_query)


def test_checker_reports_back_links_in_embedded_objects(small_instance, client, oparl_root):
    def add_backlink(url, data):
        def change(paper):
            for consultation in paper.get("consultation", []):
                consultation["paper"] = paper["id"]
        return for_each_object(data, lambda obj: change(obj) if obj.get("type", "").endswith("/Paper") else None)

    assert "embedded-backlink" in rules_found(client, oparl_root, change_json=add_backlink)


def test_checker_reports_deleted_objects_that_keep_their_fields(small_instance, client, oparl_root):
    def keep_name(url, data):
        return for_each_object(data, lambda obj: obj.update(name="still here") if obj.get("deleted") else None)

    assert "deleted-shape" in rules_found(client, oparl_root, filters=True, change_json=keep_name)


def test_checker_reports_a_missing_cors_header(small_instance, client, oparl_root):
    def drop_cors(url, headers):
        headers.pop("Access-Control-Allow-Origin", None)
        return headers

    assert "cors" in rules_found(client, oparl_root, change_headers=drop_cors)


def test_checker_reports_properties_outside_oparl_1_1(small_instance, client, oparl_root):
    def add_property(url, data):
        return for_each_object(data, lambda obj: obj.update(mainOrganization=obj["id"]) if obj.get("type", "").endswith("/Body") else None)

    assert "unknown-property" in rules_found(client, oparl_root, change_json=add_property)


def test_checker_reports_an_object_that_differs_at_its_own_url(small_instance, client, oparl_root):
    def rename_at_own_url(url, data):
        if "/person/" in url and "name" in data:
            data["name"] += " (renamed)"
        return data

    assert "id-resolves" in rules_found(client, oparl_root, change_json=rename_at_own_url)


def test_checker_reports_agenda_items_counted_from_one(small_instance, client, oparl_root):
    def count_from_one(url, data):
        def change(meeting):
            for item in meeting.get("agendaItem", []):
                item["order"] += 1
        return for_each_object(data, lambda obj: change(obj) if obj.get("type", "").endswith("/Meeting") else None)

    assert "agenda-order" in rules_found(client, oparl_root, change_json=count_from_one)


def test_checker_crawls_a_recorded_real_server_and_reports_that_it_speaks_oparl_1_0(shared_dir):
    from townhall.oparl.conformance import http_fetcher
    from townhall.oparl.harvester.replay import ReplayTransport

    transport = ReplayTransport(shared_dir / "oparl-real" / "huertgenwald-oparl-1.0.jsonl")
    system_url = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/system"

    report = check_api(http_fetcher(transport=transport), system_url, max_pages=1, max_objects=5,
                       check_files=False, check_filters=False)

    assert report.requests > 1
    assert any(v.rule == "type" and "1.0/System" in v.message for v in report.violations)
