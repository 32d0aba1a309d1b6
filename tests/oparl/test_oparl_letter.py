"""OParl to the letter: defects found by a real client on a real city's data, each pinned by a test."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

ROOT = "/oparl/v1.1/"


def paper_pk(oparl_id: str) -> int:
    return int(oparl_id.rstrip("/").rsplit("/", 1)[1])


def test_walking_next_links_loses_no_object_when_earlier_ones_are_deleted_during_the_walk(populated, client):
    from townhall.core.models import Paper

    url = f"http://testserver{ROOT}body/{populated.body.pk}/paper?elementsPerPage=10"
    first = client.get(url).json()
    seen = [paper_pk(p["id"]) for p in first["data"]]
    # Every paper of the first page is deleted: the count, and the pages computed from it, shrink by one page.
    Paper.objects.filter(pk__in=seen).update(deleted=True)
    expected = list(populated.body.papers.filter(public=True, deleted=False, pk__gt=seen[-1]).order_by("pk").values_list("pk", flat=True))
    assert len(expected) > 20
    walked, url = [], first["links"].get("next")
    while url:
        page = client.get(url).json()
        walked += [paper_pk(p["id"]) for p in page["data"]]
        url = page["links"].get("next")
    assert walked == expected


def test_the_last_page_has_no_next_link(populated, client):
    total = populated.body.papers.filter(public=True).count()
    page = client.get(f"{ROOT}body/{populated.body.pk}/paper", {"elementsPerPage": total}).json()
    assert "next" not in page["links"]
    assert len(page["data"]) == total


def test_until_filters_given_a_published_timestamp_include_that_object(populated, client):
    from townhall.core.models import Paper

    paper = populated.papers[3]
    stamp = timezone.now().replace(microsecond=654321) - timedelta(days=3)
    Paper.all_objects.filter(pk=paper.pk).update(modified=stamp, created=stamp)
    published = client.get(f"{ROOT}paper/{paper.pk}").json()
    for name, field in (("modified_until", "modified"), ("created_until", "created")):
        page = client.get(f"{ROOT}body/{populated.body.pk}/paper", {name: published[field], "elementsPerPage": 1000}).json()
        assert published["id"] in [p["id"] for p in page["data"]], name
    # A bound a second earlier still leaves it out.
    earlier = (stamp - timedelta(seconds=1)).replace(microsecond=0).isoformat()
    page = client.get(f"{ROOT}body/{populated.body.pk}/paper", {"modified_until": earlier, "elementsPerPage": 1000}).json()
    assert published["id"] not in [p["id"] for p in page["data"]]


def test_conformance_check_follows_references_found_while_checking_references(populated, client, oparl_root):
    from urllib.parse import quote

    from test_conformance import for_each_object, spoiling
    from townhall.oparl.conformance import check_api, django_client_fetcher

    # Every paper, as served at each URL, names a related paper at a URL not met before: each
    # reference the check follows brings a new one, as harvested data from several systems does.
    def relate(url, data):
        def change(obj):
            if str(obj.get("type", "")).endswith("/Paper") and isinstance(obj.get("id"), str):
                obj["relatedPaper"] = [f"{obj['id'].split('?')[0]}?via={quote(url, safe='')}"]
        return for_each_object(data, change)

    fetch = spoiling(django_client_fetcher(client), change_json=relate)
    report = check_api(fetch, oparl_root, max_pages=1, max_objects=30, check_files=False, check_filters=False)
    followed = [v for v in report.violations if "?via=" in str(v)]
    assert report.objects["Paper"] >= 100
    assert followed or report.objects["Paper"] > 100
