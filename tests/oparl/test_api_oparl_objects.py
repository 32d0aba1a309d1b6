"""Single OParl objects: the fields, formats, embedding and visibility rules of OParl 1.1."""

from __future__ import annotations

import re

ROOT = "/oparl/v1.1/"
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def get_json(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.content
    return response.json()


def test_system_names_oparl_1_1_and_links_the_body_list(demo, client):
    system = get_json(client, ROOT)

    assert system["type"] == "https://schema.oparl.org/1.1/System"
    assert system["oparlVersion"] == "https://schema.oparl.org/1.1/"
    assert system["id"] == "http://testserver/oparl/v1.1/"
    assert system["body"] == "http://testserver/oparl/v1.1/body"


def test_paper_has_its_own_url_as_id_and_the_1_1_type_url(populated, client):
    paper = populated.rich_paper

    data = get_json(client, f"{ROOT}paper/{paper.pk}")

    assert data["id"] == f"http://testserver/oparl/v1.1/paper/{paper.pk}"
    assert data["type"] == "https://schema.oparl.org/1.1/Paper"
    assert data["body"] == f"http://testserver/oparl/v1.1/body/{paper.body_id}"


def test_created_and_modified_are_date_times_with_offset_and_whole_seconds(populated, client):
    data = get_json(client, f"{ROOT}paper/{populated.rich_paper.pk}")

    assert DATETIME.match(data["created"]) and DATETIME.match(data["modified"])
    assert DATETIME.match(data["mainFile"]["created"])


def test_dates_are_written_year_month_day(populated, client):
    paper = populated.papers[5]

    data = get_json(client, f"{ROOT}paper/{paper.pk}")

    assert data["date"] == paper.date.isoformat()


def test_meeting_start_is_the_same_instant_written_with_an_offset(demo, client):
    from datetime import datetime

    from townhall.core.models import Meeting

    meeting = Meeting.objects.order_by("id").first()

    data = get_json(client, f"{ROOT}meeting/{meeting.pk}")

    assert DATETIME.match(data["start"])
    assert datetime.fromisoformat(data["start"]) == meeting.start


def test_empty_optional_fields_are_left_out(populated, client):
    data = get_json(client, f"{ROOT}paper/{populated.papers[10].pk}")

    for absent in ("mainFile", "auxiliaryFile", "consultation", "relatedPaper", "keyword", "license", "deleted"):
        assert absent not in data


def test_consultations_are_embedded_in_the_paper_without_the_paper_back_link(populated, client):
    paper = get_json(client, f"{ROOT}paper/{populated.rich_paper.pk}")

    assert paper["consultation"], "the demo paper has consultations"
    assert all("paper" not in consultation for consultation in paper["consultation"])
    standalone = get_json(client, paper["consultation"][0]["id"])
    assert standalone["paper"] == paper["id"]


def test_memberships_are_embedded_in_the_person_without_the_person_back_link(populated, client):
    from townhall.core.models import Person

    person = Person.objects.filter(body=populated.body).order_by("id").first()

    data = get_json(client, f"{ROOT}person/{person.pk}")

    assert len(data["membership"]) == person.memberships.count()
    assert all("person" not in membership for membership in data["membership"])
    assert get_json(client, data["membership"][0]["id"])["person"] == data["id"]


def test_person_location_is_a_reference_and_location_object_the_same_place_embedded(populated, client):
    from townhall.core.models import Person

    person = Person.objects.filter(body=populated.body).order_by("id").first()

    data = get_json(client, f"{ROOT}person/{person.pk}")

    assert data["location"] == data["locationObject"]["id"] == f"http://testserver/oparl/v1.1/location/{person.location_id}"


def test_agenda_items_are_embedded_in_order_counted_from_zero_without_the_meeting_back_link(populated, client):
    meeting = get_json(client, f"{ROOT}meeting/{populated.rich_meeting.pk}")

    assert [item["order"] for item in meeting["agendaItem"]] == list(range(len(meeting["agendaItem"])))
    assert all("meeting" not in item for item in meeting["agendaItem"])


def test_standalone_agenda_item_has_the_same_order_as_in_its_meeting(populated, client):
    meeting = get_json(client, f"{ROOT}meeting/{populated.rich_meeting.pk}")
    last = meeting["agendaItem"][-1]

    data = get_json(client, last["id"])

    assert data["order"] == last["order"]
    assert data["meeting"] == meeting["id"]


def test_body_embeds_its_legislative_terms_and_links_every_list(demo, client):
    from townhall.core.models import Body

    body = Body.objects.order_by("id").first()

    data = get_json(client, f"{ROOT}body/{body.pk}")

    assert [term["name"] for term in data["legislativeTerm"]] == [t.name for t in body.legislative_terms.all()]
    assert all("body" not in term for term in data["legislativeTerm"])
    for prop in ("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList",
                 "legislativeTermList", "membership"):
        assert data[prop].startswith(f"http://testserver/oparl/v1.1/body/{body.pk}/")


def test_embedded_file_leaves_out_its_back_links_and_standalone_file_names_its_papers(populated, client):
    paper = get_json(client, f"{ROOT}paper/{populated.rich_paper.pk}")

    assert "paper" not in paper["mainFile"]
    standalone = get_json(client, paper["mainFile"]["id"])
    assert paper["id"] in standalone["paper"]


def test_file_names_its_master_and_the_master_its_derivatives(populated, client):
    from townhall.core.models import File

    derivative = File.objects.get(file_name="budget.txt")

    data = get_json(client, f"{ROOT}file/{derivative.pk}")
    master = get_json(client, data["masterFile"])

    assert data["id"] in master["derivativeFile"]


def test_paper_carries_townhall_kind_language_deadlines_and_events(demo, client):
    from townhall.core.models import Paper

    hearing = Paper.objects.get(kind="hearing")

    data = get_json(client, f"{ROOT}paper/{hearing.pk}")

    assert data["townhall:kind"] == "hearing"
    assert data["townhall:language"] == "da"
    assert [d["date"] for d in data["townhall:deadlines"]] == [d.date.isoformat() for d in hearing.deadlines.all()]
    assert data["townhall:events"][0]["name"] == hearing.events.first().name
    assert data["townhall:card"] == hearing.card


def test_deleted_paper_answers_200_with_only_id_type_timestamps_and_deleted(populated, client):
    paper = populated.deleted["Paper"]

    response = client.get(f"{ROOT}paper/{paper.pk}")

    assert response.status_code == 200
    assert set(response.json()) == {"id", "type", "created", "modified", "deleted"}
    assert response.json()["deleted"] is True


def test_unknown_id_answers_404_with_an_error_object(demo, client):
    response = client.get(f"{ROOT}paper/999999")

    assert response.status_code == 404
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"
    assert response.json()["message"]


def deleted_form(client, path: str) -> dict:
    """Return the object at *path*, checked to be in the minimal deleted form OParl 1.1 gives deleted objects."""
    response = client.get(path)
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"id", "type", "created", "modified", "deleted"} and data["deleted"] is True
    return data


def test_non_public_paper_answers_as_deleted(populated, client):
    deleted_form(client, f"{ROOT}paper/{populated.non_public_paper.pk}")


def test_non_public_paper_is_not_named_as_a_related_paper(populated, client):
    data = get_json(client, f"{ROOT}paper/{populated.rich_paper.pk}")

    assert f"http://testserver/oparl/v1.1/paper/{populated.non_public_paper.pk}" not in data["relatedPaper"]
    assert data["relatedPaper"] == [f"http://testserver/oparl/v1.1/paper/{populated.papers[0].pk}"]


def test_non_public_file_is_neither_served_nor_embedded(populated, client):
    secret = populated.non_public_file

    paper = get_json(client, f"{ROOT}paper/{populated.rich_paper.pk}")
    meeting = get_json(client, f"{ROOT}meeting/{populated.rich_meeting.pk}")

    deleted_form(client, f"{ROOT}file/{secret.pk}")
    secret_url = f"http://testserver/oparl/v1.1/file/{secret.pk}"
    assert secret_url not in [f["id"] for f in paper["auxiliaryFile"]]
    assert secret_url not in [f["id"] for f in meeting["auxiliaryFile"]]
    assert all(secret_url not in [f["id"] for f in item.get("auxiliaryFile", [])] for item in meeting["agendaItem"])


def test_non_public_agenda_item_answers_as_deleted_and_is_not_in_its_meeting(demo, client):
    from townhall.core.models import AgendaItem

    closed = AgendaItem.objects.get(public=False, name="Personalesag")

    meeting = get_json(client, f"{ROOT}meeting/{closed.meeting_id}")

    deleted_form(client, f"{ROOT}agenda-item/{closed.pk}")
    assert "Personalesag" not in [item.get("name") for item in meeting["agendaItem"]]


def test_consultation_of_a_non_public_paper_answers_as_deleted(populated, client):
    consultation = populated.non_public_paper.consultations.get()

    deleted_form(client, f"{ROOT}consultation/{consultation.pk}")


def test_json_answers_are_utf8_json_open_to_any_origin(demo, client):
    for path in (ROOT, f"{ROOT}body", f"{ROOT}paper/999999"):
        response = client.get(path)

        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"


def first_body_path():
    from townhall.core.models import Body

    return f"{ROOT}body/{Body.objects.order_by('id').first().pk}"


def test_non_ascii_text_is_sent_as_utf8_not_escaped(demo, client):
    response = client.get(first_body_path())

    assert "Søby".encode("utf-8") in response.content


def test_unchanged_object_answers_304_to_its_etag(demo, client):
    first = client.get(first_body_path())

    again = client.get(first_body_path(), HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


def test_ids_use_the_configured_public_url(demo, client, settings):
    settings.PUBLIC_URL = "https://council.example.org"

    data = get_json(client, ROOT)

    assert data["id"] == "https://council.example.org/oparl/v1.1/"
    assert data["body"] == "https://council.example.org/oparl/v1.1/body"


def test_location_geometry_is_given_as_a_geojson_feature(db, client):
    from townhall.core.models import Location

    point = {"type": "Point", "coordinates": [9.99, 53.55]}
    location = Location.objects.create(description="Rathausmarkt", geojson=point)

    data = get_json(client, f"{ROOT}location/{location.pk}")

    assert data["geojson"] == {"type": "Feature", "geometry": point, "properties": {}}


def test_web_links_the_sites_page_of_the_paper(populated, client):
    paper = populated.rich_paper

    data = get_json(client, f"{ROOT}paper/{paper.pk}")

    assert data["web"] == f"http://testserver/papers/{paper.pk}/"
    assert client.get(data["web"]).status_code == 200


def test_web_keeps_the_page_a_harvested_object_names(body, client):
    from townhall.core.models import Paper

    paper = Paper.objects.create(body=body, name="Vorlage", web="https://ris.example.de/vo0050.asp?__kvonr=7")

    data = get_json(client, f"{ROOT}paper/{paper.pk}")

    assert data["web"] == "https://ris.example.de/vo0050.asp?__kvonr=7"
