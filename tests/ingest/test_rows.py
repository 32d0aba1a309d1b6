"""Rows written with prepared statements hold what the models would have given them."""

from datetime import date, datetime, timezone

import pytest

from townhall.core import services
from townhall.core.models import Event, File, Meeting, Paper
from townhall.ingest.rows import RowInsert


@pytest.fixture
def body(db):
    return services.body_create(name="Stadt Lindenau", language="de")


def test_columns_not_named_get_the_model_defaults(body):
    [pk] = RowInsert(Paper, ("body_id", "name"))([(body.pk, "Haushalt 2026")])
    paper = Paper.objects.get(pk=pk)
    assert (paper.name, paper.kind, paper.public, paper.version, paper.keyword, paper.deleted) == ("Haushalt 2026", "other", True, 1, [], False)
    assert paper.created is not None and paper.modified is not None


def test_file_without_bytes_has_no_hash(body):
    [pk] = RowInsert(File, ("body_id", "name"))([(body.pk, "Anlage 1")])
    assert File.objects.get(pk=pk).sha256 is None


def test_ids_come_back_in_the_order_of_the_rows(body):
    names = [f"Sitzung {number}" for number in range(5)]
    ids = RowInsert(Meeting, ("body_id", "name"))([(body.pk, name) for name in names])
    assert [Meeting.objects.get(pk=pk).name for pk in ids] == names


def test_more_rows_than_one_statement_takes_are_all_inserted(body):
    ids = RowInsert(File, ("body_id", "name"))([(body.pk, f"Anlage {number}") for number in range(120)])
    assert len(set(ids)) == 120
    assert File.objects.filter(body=body).count() == 120


def test_dates_times_and_json_are_stored_as_the_orm_reads_them(body):
    start = datetime(2025, 3, 18, 16, 30, tzinfo=timezone.utc)
    [meeting] = RowInsert(Meeting, ("body_id", "name", "start"))([(body.pk, "Integrationsrat", start)])
    [paper] = RowInsert(Paper, ("body_id", "date", "card"))([(body.pk, date(2025, 3, 3), {"title": "Sprachförderung", "deadlines": []})])
    assert Meeting.objects.get(pk=meeting).start == start
    stored = Paper.objects.get(pk=paper)
    assert (stored.date, stored.card) == (date(2025, 3, 3), {"title": "Sprachförderung", "deadlines": []})


def test_rows_need_a_value_for_every_named_field(body):
    with pytest.raises(ValueError):
        RowInsert(Event, ("body_id", "name"))([(body.pk,)])


def test_unknown_field_is_refused(body):
    with pytest.raises(ValueError):
        RowInsert(Event, ("body_id", "colour"))([(body.pk, "red")])
