"""Real System and Body objects of 29 German councils, and a Wuppertal meeting with links to nowhere."""

from __future__ import annotations

import json

import pytest

from replay import SHARED, client_for
from townhall.core.models import Body, Meeting, System
from townhall.oparl.harvester.importer import Harvester
from townhall.oparl.harvester.loaders import loader_for
from townhall.oparl.harvester.mapping import map_body, map_system
from townhall.oparl.harvester.replay import ReplayTransport
from townhall.oparl.models import HarvestError

MST = SHARED / "oparl-real" / "mst-testdata"
NAMES = sorted(p.stem for p in (MST / "bodies").glob("*.json")) if MST.exists() else []


def load(kind: str, name: str) -> dict:
    return json.loads((MST / kind / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_real_body_maps_to_a_named_body_with_a_valid_ags(name):
    system = load("systems", name)
    mapped = map_body(load("bodies", name), loader_for(system, system["id"]))
    assert mapped.fields["name"]
    assert mapped.fields["ags"] == "" or len(mapped.fields["ags"]) == 8


def test_allris_placeholders_do_not_become_names_or_websites():
    system = load("systems", "Stadt Leipzig")
    mapped = map_system(system, loader_for(system, system["id"]))
    assert mapped.fields["name"] == "" and mapped.fields["website"] == ""


def test_empty_created_time_counts_as_unknown():
    system = load("systems", "Stadt Leipzig")
    assert map_body(load("bodies", "Stadt Leipzig"), loader_for(system, system["id"])).created is None


@pytest.fixture
def wuppertal():
    missing = MST / "oparl-missing"
    if not missing.exists():
        pytest.skip("the shared OParl test data is not beside the checkout")
    system = json.loads((missing / "system.json").read_text(encoding="utf-8"))
    body = json.loads((missing / "body.json").read_text(encoding="utf-8"))
    meeting = json.loads((missing / "meeting.json").read_text(encoding="utf-8"))
    records = [
        {"url": system["id"], "body": system},
        {"url": system["body"], "body": {"data": [body], "links": {}}},
        {"url": body["meeting"], "body": {"data": [meeting], "links": {}}},
        *({"url": body[key], "body": {"data": [], "links": {}}} for key in ("organization", "person", "paper")),
    ]
    client, _ = client_for(ReplayTransport(records))
    report = Harvester(system["id"], client=client).run()
    return report, meeting


@pytest.mark.django_db
def test_meeting_with_missing_references_is_imported_with_its_files(wuppertal):
    _, meeting = wuppertal
    stored = Meeting.objects.get(origin_id=meeting["id"])
    assert stored.body == Body.objects.get(origin_id="http://oparl.wuppertal.de/oparl/bodies/0001")
    assert stored.auxiliary_files.count() == 3


@pytest.mark.django_db
def test_missing_references_are_recorded_once_each(wuppertal):
    report, meeting = wuppertal
    missing = set(meeting["organization"]) | set(meeting["participant"])
    assert set(HarvestError.objects.values_list("object_id", flat=True)) == missing
    assert report.failed == len(missing)


@pytest.mark.django_db
def test_product_given_as_a_name_is_not_stored_as_a_url(wuppertal):
    system = System.objects.get(origin_id="http://oparl.wuppertal.de/oparl/system")
    assert system.product == "" and system.vendor == "http://www.somacos.de"
