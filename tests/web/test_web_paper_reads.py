"""The paper page's reads for visitors, compiled once per process, show and hide what the access rule does."""

from __future__ import annotations

import pytest
from django.urls import reverse

from townhall.core.models import AgendaItem, Consultation, File, Organization, Paper
from townhall.core.prepared import PreparedQuery
from townhall.web import selectors

pytestmark = pytest.mark.django_db


def _shown(reads: selectors._PaperReads) -> dict:
    """What a page's reads hold, as ids and values (instances compare by id only)."""
    def row(obj):
        return {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields}

    return {
        "paper": row(reads.paper), "body": row(reads.paper.body),
        "main_file": reads.main_file and row(reads.main_file),
        "case_handler": reads.paper.case_handler_id and row(reads.paper.case_handler),
        "items": reads.visible_items,
        "route": [(row(c), c.meeting_id and row(c.meeting), c.agenda_item_id and row(c.agenda_item), [o.pk for o in orgs])
                  for c, orgs in reads.consultations],
        "attachments": [row(f) for f in reads.attachments], "attached": reads.attached,
        "signatories": [p.pk for p in reads.signatories], "deadlines": [row(d) for d in reads.deadlines],
        "events": [row(e) for e in reads.events], "lead": [o.pk for o in reads.lead],
    }


def _withhold_parts() -> Paper:
    """Hide an attachment, an agenda item and a committee of a routed paper that has attachments."""
    paper = next(p for p in Paper.objects.filter(public=True).order_by("id")
                 if p.auxiliary_files.exists() and p.consultations.exclude(agenda_item=None).exists())
    File.objects.filter(pk=paper.auxiliary_files.order_by("id").first().pk).update(public=False)
    consultation = paper.consultations.exclude(agenda_item=None).order_by("id").first()
    AgendaItem.objects.filter(pk=consultation.agenda_item_id).update(public=False)
    Organization.objects.filter(consultations__paper=paper).update(visible=False)
    return paper


def test_visitor_reads_are_the_access_rules_reads_for_every_paper(client, demo):
    withheld = _withhold_parts()
    compared = 0
    for paper in Paper.all_objects.order_by("id"):
        try:
            prepared = _shown(selectors._anonymous_paper_reads(paper.pk))
        except selectors.Http404:
            prepared = None
        try:
            built = _shown(selectors._paper_reads(None, paper.pk))
        except selectors.Http404:
            built = None
        assert prepared == built, paper.name
        compared += built is not None
    assert compared >= 5
    page = selectors.paper_page(None, withheld.pk)
    assert withheld.auxiliary_files.filter(public=False).get() not in page.attachments
    assert all(step.organizations == [] for step in page.route)
    assert any(step.agenda_item is None and step.consultation.agenda_item_id for step in page.route)


def test_visitor_page_leaves_out_the_withheld_attachment_and_committee(client, demo):
    paper = _withhold_parts()
    hidden_file = paper.auxiliary_files.filter(public=False).get()
    hidden_committees = list(Organization.all_objects.filter(consultations__paper=paper))
    html = client.get(reverse("web:paper", args=[paper.pk])).content.decode()
    assert reverse("web:file", args=[hidden_file.pk]) not in html
    for committee in hidden_committees:
        assert reverse("web:organization", args=[committee.pk]) not in html
    shown = paper.auxiliary_files.filter(public=True).first()
    if shown is not None:
        assert reverse("web:file", args=[shown.pk]) in html


def test_a_change_is_seen_by_the_next_request(client, demo):
    paper = Paper.objects.filter(public=True, consultations__isnull=False).order_by("id").first()
    address = reverse("web:paper", args=[paper.pk])
    assert client.get(address).status_code == 200
    Paper.objects.filter(pk=paper.pk).update(name="Renamed after the first visit")
    assert "Renamed after the first visit" in client.get(address).content.decode()
    Paper.objects.filter(pk=paper.pk).update(public=False)
    assert client.get(address).status_code == 404


def test_a_query_whose_value_is_not_a_parameter_is_built_each_time(demo):
    first = PreparedQuery(lambda count: Consultation.objects.order_by("id")[:count])
    assert [c.pk for c in first(2)] == list(Consultation.objects.order_by("id").values_list("pk", flat=True)[:2])
    assert [c.pk for c in first(3)] == list(Consultation.objects.order_by("id").values_list("pk", flat=True)[:3])
