"""Council work done in townhall for the demo: a paper drafted, routed, decided in committee and moved on to the council."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model

from townhall.core.models import Body, Organization, Person
from townhall.council.models import Presence, Result, Role, StaffRole, StepRole
from townhall.council.services import actions, decisions, invitations, meetings, papers
from townhall.council.services.routes import StepPlan, route_set

RECOMMENDATION = (
    "Teknik- og Miljøforvaltningen indstiller, at Teknik- og Miljøudvalget over for Byrådet anbefaler,\n"
    "1. at Søby Kommune tilslutter sig klimacharteret for danske kommuner, og\n"
    "2. at forvaltningen hvert år afrapporterer kommunens CO2-udledning til udvalget."
)
RESOLUTION = "Udvalget anbefaler indstillingen. Afrapporteringen sker første gang i andet kvartal."


def load_council_work(today: date) -> None:
    """Draft, route, put on an agenda, invite, decide and minute one paper of the Danish demo body."""
    body = Body.objects.filter(slug__startswith="soeby").first()
    if body is None:
        return
    committee = Organization.objects.get(body=body, name="Teknik- og Miljøudvalget")
    council = Organization.objects.get(body=body, name="Byrådet")
    clerk = get_user_model().objects.create(username="soeby-sekretariat", first_name="Sekretariatet")
    clerk.set_unusable_password()
    clerk.save()
    StaffRole.objects.create(user=clerk, role=Role.ADMINISTRATOR, body=body)

    paper = papers.paper_draft(
        by=clerk, body=body, name="Tilslutning til klimacharter for danske kommuner", reference="TMU-2026-031",
        date=today - timedelta(days=20), kind="proposal", paper_type="Indstilling", language="da",
        recommendation=RECOMMENDATION)
    route_set(by=clerk, paper=paper, steps=[StepPlan(committee, StepRole.PRELIMINARY), StepPlan(council, StepRole.DECISION)])
    papers.paper_submit(by=clerk, paper=paper)

    tz = ZoneInfo(settings.TIME_ZONE)
    start = datetime.combine(today - timedelta(days=6), time(16, 0), tzinfo=tz)
    meeting = meetings.meeting_create(by=clerk, organization=committee, start=start, end=start + timedelta(hours=2),
                                      name="Teknik- og Miljøudvalgets møde")
    meetings.agenda_add_item(by=clerk, meeting=meeting, name="Godkendelse af dagsorden")
    item = meetings.agenda_add_paper(by=clerk, meeting=meeting, paper=paper)
    invitations.invitation_publish(by=clerk, meeting=meeting)

    first = meeting.agenda_items.order_by("order").first()
    decisions.decision_record(by=clerk, item=first, result=Result.APPROVED, unanimous=True, resolution_text="Dagsordenen blev godkendt.")
    decision = decisions.decision_record(by=clerk, item=item, result=Result.APPROVED, votes_for=5, votes_against=2,
                                         votes_abstaining=0, resolution_text=RESOLUTION)
    for person in meetings.members_of(committee):
        meetings.attendance_set(by=clerk, meeting=meeting, person=person, status=Presence.PRESENT)
    decisions.minutes_approve(by=clerk, meeting=meeting)
    decisions.minutes_publish(by=clerk, meeting=meeting)

    owner = Person.objects.filter(body=body, name="Lene Bach").first()
    actions.action_create(by=clerk, body=body, decision=decision, title="Meld kommunens tilslutning til klimacharteret",
                          owner_unit=None if owner else committee, owner_person=owner, due=today + timedelta(days=21))
