from datetime import date

import pytest
from django.core.management import CommandError, call_command

from townhall.core import selectors
from townhall.core.demo.loader import DemoNotEmpty, load_demo
from townhall.core.models import Body, Deadline, Meeting, Paper


def test_demo_holds_a_danish_a_german_and_an_english_municipality(demo):
    assert set(Body.objects.values_list("language", flat=True)) == {"da", "de", "en"}


def test_demo_papers_are_in_three_languages(demo):
    assert set(Paper.objects.values_list("language", flat=True)) == {"da", "de", "en"}


def test_demo_has_upcoming_deadlines_across_cities(demo):
    deadlines = selectors.upcoming_deadlines(days=30, today=date.today())
    assert deadlines.values("body").distinct().count() >= 2


def test_demo_agendas_link_papers_to_their_meetings(demo):
    paper = Paper.objects.get(reference="0412/2026")
    route = [c.meeting.name for c in paper.consultations.order_by("position")]
    assert route == ["Sitzung des Jugendhilfeausschusses", "Sitzung des Rates der Stadt Lindenau"]
    assert all(c.agenda_item is not None for c in paper.consultations.all())


def test_demo_includes_non_public_material(demo):
    assert Paper.objects.filter(public=False).exists()


def test_non_public_demo_deadlines_are_hidden_from_anonymous_visitors(demo):
    hidden = Deadline.objects.filter(paper__public=False)
    assert hidden.exists()
    visible = selectors.upcoming_deadlines(days=60)
    assert not visible.filter(pk__in=hidden).exists()


def test_demo_papers_keep_their_text_and_card(demo):
    paper = Paper.objects.get(reference="2026-11873")
    assert "boligsocial" in paper.main_file.text
    assert paper.card["language"] == "da"


def test_demo_refuses_a_database_that_already_holds_data(demo):
    with pytest.raises(DemoNotEmpty):
        load_demo()


def test_demo_command_with_if_empty_leaves_existing_data_alone(demo):
    before = Meeting.objects.count()
    call_command("demo", "--if-empty")
    assert Meeting.objects.count() == before


def test_demo_command_without_if_empty_fails_on_existing_data(demo):
    with pytest.raises(CommandError):
        call_command("demo")
