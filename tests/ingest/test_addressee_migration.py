"""The migration that removes route steps linking invented from addressees removes those and nothing else."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from django.apps import apps

from townhall.core.models import Body, Consultation, Meeting, Organization, Paper

pytestmark = pytest.mark.django_db

migration = importlib.import_module("townhall.ingest.migrations.0002_remove_addressee_route_steps")


def test_only_steps_made_from_addressees_are_removed():
    body = Body.objects.create(slug="testby", name="Testby Kommune")
    committee = Organization.objects.create(body=body, name="Økonomiudvalget")
    read = Paper.objects.create(body=body, name="Læst sag", card={"addressees": ["Økonomiudvalget"]})
    harvested = Paper.objects.create(body=body, name="Høstet sag", origin_id="https://ris.example/paper/1")
    meeting = Meeting.objects.create(body=body, name="Økonomiudvalget")
    phantom = Consultation.objects.create(paper=read, role="addressee", position=1)
    phantom.organizations.add(committee)
    kept = [
        Consultation.objects.create(paper=read, role="Beslutning", position=0, date=date(2024, 5, 1)),
        Consultation.objects.create(paper=read, role="addressee", position=2, meeting=meeting),
        Consultation.objects.create(paper=harvested, role="addressee", position=0, origin_id="https://ris.example/c/1"),
        Consultation.objects.create(paper=harvested, role="addressee", position=1),  # no card: not made by linking
    ]
    before = Paper.objects.get(pk=read.pk).modified

    migration.remove_addressee_steps(apps, None)

    assert set(Consultation.all_objects.values_list("pk", flat=True)) == {step.pk for step in kept}
    assert Organization.objects.filter(pk=committee.pk).exists()
    assert Paper.objects.get(pk=read.pk).modified > before


def test_a_committee_read_from_papers_that_only_an_addressee_step_named_is_hidden():
    body = Body.objects.create(slug="testby", name="Testby Kommune")
    only_addressed = Organization.objects.create(body=body, name="Teknik- og Miljøudvalget", from_papers=True, visible=True)
    also_led = Organization.objects.create(body=body, name="Børneudvalget", from_papers=True, visible=True)
    harvested = Organization.objects.create(body=body, name="Byrådet", visible=True)
    paper = Paper.objects.create(body=body, name="Læst sag", public=True, card={"addressees": ["Teknik- og Miljøudvalget"]})
    paper.under_direction_of.add(also_led)
    for position, organization in enumerate((only_addressed, also_led, harvested)):
        Consultation.objects.create(paper=paper, role="addressee", position=position).organizations.add(organization)

    migration.remove_addressee_steps(apps, None)

    shown = set(Organization.all_objects.filter(visible=True).values_list("pk", flat=True))
    assert shown == {also_led.pk, harvested.pk}
