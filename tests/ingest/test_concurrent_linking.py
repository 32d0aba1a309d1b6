"""Two writers storing papers of one body side by side (queue workers of one ingest) make each committee,
person and meeting their papers name once."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from townhall.core import services
from townhall.core.models import Meeting, Organization, Person
from townhall.ingest.linking import Linker
from townhall.ingest.pipeline import DocumentReading
from townhall.ingest.sources import SourceDocument
from townhall.reading.card import Card, ConsultationStep
from tests.overlapping_writers import overlapping

pytestmark = pytest.mark.django_db(transaction=True)

BODY = "Stadt Lindenau"


def _card(n: int, *, case_handler: str, committee: str, day: date) -> Card:
    return Card(language="de", kind="proposal", title=f"Vorlage {n}", municipality=BODY, case_handler=case_handler,
                consultations=(ConsultationStep(committee, day, "Vorberatung"),))


def _link(linker: Linker, n: int, **card) -> str:
    uri = f"file:///akten/vorlage-{n}.txt"
    data = f"Vorlage {n}".encode()
    document = SourceDocument(uri=uri, name=uri.rsplit("/", 1)[-1], location=uri)
    reading = DocumentReading(text=data.decode(), language="de", mime_type="text/plain", card=_card(n, **card))
    return linker.link(document=document, data=data, reading=reading)


def _made_once(committee: str, person: str, day: date) -> tuple[int, int, int]:
    return (Organization.objects.filter(name=committee).count(), Person.objects.filter(name=person).count(),
            Meeting.objects.filter(organizations__name=committee, start__date=day).count())


@pytest.fixture
def lindenau(transactional_db):
    return services.body_create(name=BODY, short_name="Lindenau", language="de", country="DE")


def test_what_another_writer_stored_after_a_linker_read_the_body_is_found_not_made_again(lindenau):
    first, second = Linker(body_name=BODY), Linker(body_name=BODY)
    day = date(2026, 5, 12)
    # The first linker reads the body's committees, people and meetings with its first paper.
    _link(first, 1, case_handler="Thomas Brandt", committee="Integrationsrat", day=date(2026, 4, 2))
    _link(second, 2, case_handler="Katrin Albers", committee="Kulturausschuss", day=day)
    _link(first, 3, case_handler="Katrin Albers", committee="Kulturausschuss", day=day)
    assert _made_once("Kulturausschuss", "Katrin Albers", day) == (1, 1, 1)


def test_a_writer_waits_for_one_still_storing_the_same_names_and_then_finds_them(lindenau):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's writers wait for each other when their transactions begin")
    first, second = Linker(body_name=BODY), Linker(body_name=BODY)
    day = date(2026, 6, 3)
    # Both have read the body before either stores the names.
    _link(first, 1, case_handler="Thomas Brandt", committee="Integrationsrat", day=date(2026, 4, 2))
    _link(second, 2, case_handler="Thomas Brandt", committee="Integrationsrat", day=date(2026, 4, 2))
    # The first stores the names in a transaction still open (as the ingest's batch keeps one) when the second begins.
    errors = overlapping(
        lambda: _link(first, 3, case_handler="Jens Ohm", committee="Sportausschuss", day=day),
        lambda: _link(second, 4, case_handler="Jens Ohm", committee="Sportausschuss", day=day),
    )
    assert not errors, errors
    assert _made_once("Sportausschuss", "Jens Ohm", day) == (1, 1, 1)
