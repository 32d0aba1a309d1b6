"""External object lists: pagination, stable order, filters, deleted objects, query counts."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

ROOT = "/oparl/v1.1/"


def get_json(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_list_page_has_data_pagination_and_links(populated, client):
    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper")

    assert set(page) == {"data", "pagination", "links"}
    assert page["pagination"]["elementsPerPage"] == 100
    assert page["pagination"]["currentPage"] == 1
    assert len(page["data"]) == 100
    assert page["pagination"]["totalElements"] == populated.body.papers.filter(public=True).count()


def test_every_page_but_the_last_links_the_next_and_the_pages_list_each_paper_once(populated, client):
    url, ids, pages = f"http://testserver{ROOT}body/{populated.body.pk}/paper", [], 0
    while url:
        page = client.get(url).json()
        ids += [paper["id"] for paper in page["data"]]
        url = page["links"].get("next")
        pages += 1

    assert pages == page["pagination"]["totalPages"] == 2
    assert len(ids) == len(set(ids)) == page["pagination"]["totalElements"]


def test_next_link_gives_the_same_page_as_its_page_number(populated, client):
    first = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", elementsPerPage=10)

    by_link = client.get(first["links"]["next"]).json()
    by_number = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", elementsPerPage=10, page=2)

    assert by_link["data"] == by_number["data"]
    assert by_link["pagination"] == by_number["pagination"]


def test_next_link_skips_no_paper_when_an_earlier_one_is_deleted_meanwhile(populated, client):
    from townhall.core.models import Paper
    from townhall.core.services import soft_delete

    first = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", elementsPerPage=10)
    listed = [paper["id"] for paper in first["data"]]
    soft_delete(Paper.objects.get(pk=int(listed[0].rsplit("/", 1)[1])))

    following = client.get(first["links"]["next"]).json()

    numbers = [int(paper["id"].rsplit("/", 1)[1]) for paper in following["data"]]
    expected = populated.body.papers.filter(public=True, pk__gt=int(listed[-1].rsplit("/", 1)[1])).order_by("id")
    assert numbers == list(expected.values_list("pk", flat=True)[:10])


def test_next_link_still_answers_when_deletions_shrank_the_list_to_fewer_pages(populated, client):
    from townhall.core.models import Paper

    first = get_json(client, f"{ROOT}body/{populated.body.pk}/paper")
    listed = [int(paper["id"].rsplit("/", 1)[1]) for paper in first["data"]]
    remaining = first["pagination"]["totalElements"] - len(listed)
    Paper.objects.filter(pk__in=listed[:remaining + 1]).update(deleted=True)

    response = client.get(first["links"]["next"])

    assert response.status_code == 200
    assert len(response.json()["data"]) == remaining


def test_after_that_is_not_a_whole_number_answers_400(populated, client):
    assert client.get(f"{ROOT}body/{populated.body.pk}/paper", {"after": "abc"}).status_code == 400


def test_list_is_ordered_by_id(populated, client):
    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper")

    numbers = [int(paper["id"].rsplit("/", 1)[1]) for paper in page["data"]]
    assert numbers == sorted(numbers)


def test_elements_per_page_sets_the_page_size_and_stays_in_the_links(populated, client):
    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", elementsPerPage=7)

    assert len(page["data"]) == 7
    assert parse_qs(urlsplit(page["links"]["next"]).query)["elementsPerPage"] == ["7"]


def test_created_since_lists_only_papers_created_since_then(populated, client):
    since = populated.papers[120].created

    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", created_since=since.isoformat())

    expected = populated.body.papers.filter(public=True, created__gte=since).count()
    assert page["pagination"]["totalElements"] == expected
    assert expected < 30


def test_modified_until_lists_only_papers_modified_until_then(populated, client):
    until = populated.papers[3].modified

    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", modified_until=until.isoformat())

    assert [p["name"] for p in page["data"]] == [f"Generated paper {n}" for n in range(4)]


def test_links_carry_every_filter_to_first_prev_next_and_last(populated, client):
    filters = {"created_since": "2026-01-02T00:00:00+00:00", "modified_until": "2027-01-01T00:00:00+00:00", "omit_internal": "true"}

    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", elementsPerPage=10, page=2, **filters)

    for rel in ("first", "prev", "self", "next", "last"):
        query = parse_qs(urlsplit(page["links"][rel]).query)
        assert query["omit_internal"] == ["true"], rel
        assert query["created_since"] == ["2026-01-02T01:00:00+01:00"], rel
        assert query["modified_until"] == ["2027-01-01T01:00:00+01:00"], rel


def test_deleted_objects_are_listed_only_when_modified_since_is_given(populated, client):
    deleted_url = f"http://testserver{ROOT}organization/{populated.deleted['Organization'].pk}"

    plain = get_json(client, f"{ROOT}body/{populated.body.pk}/organization")
    changes = get_json(client, f"{ROOT}body/{populated.body.pk}/organization", modified_since="2000-01-01T00:00:00+00:00")

    assert deleted_url not in [o["id"] for o in plain["data"]]
    listed = [o for o in changes["data"] if o["id"] == deleted_url]
    assert listed == [{"id": deleted_url, "type": "https://schema.oparl.org/1.1/Organization", "created": listed[0]["created"],
                       "modified": listed[0]["modified"], "deleted": True}]


def test_non_public_papers_are_not_listed(populated, client):
    page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper", elementsPerPage=1000)

    assert f"http://testserver{ROOT}paper/{populated.non_public_paper.pk}" not in [p["id"] for p in page["data"]]


def test_unencoded_plus_in_a_filter_offset_is_read_as_plus(populated, client):
    response = client.get(f"{ROOT}body/{populated.body.pk}/paper?created_since=2026-03-01T00:00:00+01:00")

    assert response.status_code == 200
    assert response.json()["pagination"]["totalElements"] == populated.body.papers.filter(
        public=True, created__gte="2026-02-28T23:00:00+00:00").count()


def test_unreadable_filter_answers_400_with_an_error_object(populated, client):
    response = client.get(f"{ROOT}body/{populated.body.pk}/paper", {"modified_since": "last week"})

    assert response.status_code == 400
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"
    assert "modified_since" in response.json()["message"]


def test_filter_with_a_bare_date_answers_400(populated, client):
    response = client.get(f"{ROOT}body/{populated.body.pk}/paper", {"created_since": "2026-01-01"})

    assert response.status_code == 400


def test_omit_internal_that_is_not_true_or_false_answers_400(populated, client):
    assert client.get(f"{ROOT}body/{populated.body.pk}/paper", {"omit_internal": "yes"}).status_code == 400


def test_page_after_the_last_answers_404_and_a_page_of_zero_400(populated, client):
    assert client.get(f"{ROOT}body/{populated.body.pk}/paper", {"page": "3"}).status_code == 404
    assert client.get(f"{ROOT}body/{populated.body.pk}/paper", {"page": "0"}).status_code == 400


def test_omit_internal_leaves_out_embedded_objects(populated, client):
    page = get_json(client, f"{ROOT}body/{populated.body.pk}/meeting", omit_internal="true")

    assert page["data"]
    assert all("agendaItem" not in m and "location" not in m for m in page["data"])
    assert any("organization" in m for m in page["data"])


def test_list_of_an_unknown_body_answers_404(demo, client):
    assert client.get(f"{ROOT}body/999/paper").status_code == 404


def test_each_body_lists_only_its_own_objects(populated, client):
    page = get_json(client, f"{ROOT}body/{populated.other_body.pk}/paper")

    assert {p["body"] for p in page["data"]} == {f"http://testserver{ROOT}body/{populated.other_body.pk}"}


def test_agenda_item_consultation_and_membership_lists_cover_the_body(populated, client):
    from townhall.core.models import AgendaItem, Consultation, Membership

    body = populated.body

    items = get_json(client, f"{ROOT}body/{body.pk}/agenda-item")["pagination"]["totalElements"]
    consultations = get_json(client, f"{ROOT}body/{body.pk}/consultation")["pagination"]["totalElements"]
    memberships = get_json(client, f"{ROOT}body/{body.pk}/membership")["pagination"]["totalElements"]

    assert items == AgendaItem.objects.filter(meeting__body=body).exclude(public=False).count()
    assert consultations == Consultation.objects.filter(paper__body=body, paper__public=True).count()
    assert memberships == Membership.objects.filter(person__body=body).count()


def test_paper_list_page_needs_a_fixed_number_of_queries(populated, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(26):
        page = get_json(client, f"{ROOT}body/{populated.body.pk}/paper")
    assert len(page["data"]) == 100


def test_meeting_list_needs_a_fixed_number_of_queries(populated, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(22):
        get_json(client, f"{ROOT}body/{populated.body.pk}/meeting")


def test_file_and_location_lists_need_a_fixed_number_of_queries(populated, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(22):
        get_json(client, f"{ROOT}body/{populated.body.pk}/file")
    with django_assert_max_num_queries(18):
        get_json(client, f"{ROOT}body/{populated.body.pk}/location")


def walk(client, url):
    pages = []
    while url:
        page = client.get(url).json()
        pages.append([item["id"] for item in page["data"]])
        url = page["links"].get("next")
    return pages


def test_deep_pages_by_number_list_what_the_next_links_reach_before_and_after_a_deletion(populated, client, monkeypatch):
    from townhall.core.models import Paper
    from townhall.core.services import soft_delete
    from townhall.oparl.api import cache

    # Every page past the first starts after a kept page boundary, as pages past the 2,000th row do.
    monkeypatch.setattr(cache, "SHALLOW_ROWS", 0)
    url = f"{ROOT}body/{populated.body.pk}/paper?elementsPerPage=10"
    by_link = walk(client, url)
    by_number = [[item["id"] for item in get_json(client, url + f"&page={n}")["data"]] for n in range(1, len(by_link) + 1)]
    soft_delete(Paper.objects.get(pk=int(by_link[1][0].rsplit("/", 1)[1])))
    by_link_after = walk(client, url)
    by_number_after = [[item["id"] for item in get_json(client, url + f"&page={n}")["data"]] for n in range(1, len(by_link_after) + 1)]

    assert len(by_link) > 3
    assert by_number == by_link
    assert by_number_after == by_link_after and by_link_after[1][0] == by_link[1][1]
