"""Secretaries plan meetings, build agendas from routed papers, and publish invitations with PDF, calendar and mail."""

from __future__ import annotations

import email
import email.policy
import threading
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from bench.loopback import free_port
from townhall.core.models import AgendaItem, Meeting, Paper
from townhall.core.selectors import visible_agenda_items, visible_files, visible_meetings, visible_papers
from townhall.council.models import AgendaEntry, Attendance, Frequency, MeetingRecord, PaperRecord, PaperStatus, StepRole
from townhall.council.services import invitations, meetings, papers as paper_services
from townhall.council.services.routes import StepPlan, route_set
from townhall.mail.services import send_due


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages, self.lock = [], threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(settings):
    inbox, port = Inbox(), free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox
    controller.stop()


def submitted_paper(town, name, *, confidential=False):
    paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name=name, kind="proposal",
                                       recommendation=f"{name}: forvaltningen indstiller godkendelse.", confidential=confidential)
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.PRELIMINARY), StepPlan(town.council, StepRole.DECISION)])
    paper_services.paper_submit(by=town.handler, paper=paper)
    return paper


def planned_meeting(town, days=7):
    return meetings.meeting_create(by=town.secretary, organization=town.committee, start=timezone.now() + timedelta(days=days))


def test_a_planned_meeting_is_not_public_before_its_invitation(town):
    meeting = planned_meeting(town)
    assert not visible_meetings(None).filter(pk=meeting.pk).exists()


def test_a_series_plans_monthly_meetings_on_the_same_day(town):
    first = timezone.make_aware(timezone.datetime(2027, 1, 31, 17, 0))
    series = meetings.series_create(by=town.secretary, organization=town.committee, name="Teknisk udvalg",
                                    first_start=first, frequency=Frequency.MONTHLY, count=3)
    starts = [timezone.localtime(r.meeting.start) for r in MeetingRecord.objects.filter(series=series).order_by("meeting__start")]
    assert [(s.month, s.day, s.hour) for s in starts] == [(1, 31, 17), (2, 28, 17), (3, 31, 17)]


def test_a_secretary_of_another_committee_cannot_plan_its_meetings(town):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        meetings.meeting_create(by=town.secretary, organization=town.other_committee, start=timezone.now())


def test_an_agenda_refuses_a_paper_not_routed_to_the_committee(town):
    paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name="Budget 2027")
    route_set(by=town.handler, paper=paper, steps=[StepPlan(town.other_committee, StepRole.DECISION)])
    paper_services.paper_submit(by=town.handler, paper=paper)
    meeting = planned_meeting(town)
    with pytest.raises(ValidationError, match="is not routed to"):
        meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=paper)
    assert not AgendaItem.objects.filter(meeting=meeting).exists()
    assert PaperRecord.objects.get(paper=paper).status == PaperStatus.SUBMITTED


def test_a_long_queue_before_the_committee_lists_the_papers_aimed_at_the_meeting_first_and_says_how_many_wait(client, town):
    from townhall.council.views.meetings import CANDIDATES_SHOWN

    waiting = [submitted_paper(town, f"Sag {n}") for n in range(CANDIDATES_SHOWN + 3)]
    meeting, later = planned_meeting(town), planned_meeting(town, days=14)

    def aimed_at(target, name):
        paper = paper_services.paper_draft(by=town.handler, body=town.body, unit=town.unit, name=name, kind="proposal")
        route_set(by=town.handler, paper=paper, steps=[StepPlan(town.committee, StepRole.PRELIMINARY, meeting=target),
                                                        StepPlan(town.council, StepRole.DECISION)])
        paper_services.paper_submit(by=town.handler, paper=paper)
        return paper

    aimed, elsewhere = aimed_at(meeting, "Sag rettet mod mødet"), aimed_at(later, "Sag til et senere møde")

    shown = [step.consultation.paper for step in meetings.agenda_candidates(meeting, limit=CANDIDATES_SHOWN)]
    assert shown[0] == aimed and elsewhere not in shown and shown[1:] == waiting[:CANDIDATES_SHOWN - 1]
    assert meetings.agenda_candidates_count(meeting) == len(waiting) + 1
    client.force_login(town.secretary)
    page = client.get(reverse("staff:meeting", args=[meeting.pk])).content.decode()
    assert page.count('name="paper"') == CANDIDATES_SHOWN and f"{CANDIDATES_SHOWN} of {len(waiting) + 1} papers waiting" in page


def test_the_agenda_is_built_from_the_papers_routed_to_the_committee_and_reordered(client, town):
    first, second = submitted_paper(town, "Klimacharter"), submitted_paper(town, "Cykelsti")
    meeting = planned_meeting(town)
    assert {step.consultation.paper for step in meetings.agenda_candidates(meeting)} == {first, second}
    meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=first)
    meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=second)
    meetings.agenda_add_item(by=town.secretary, meeting=meeting, name="Eventuelt")
    assert PaperRecord.objects.get(paper=first).status == PaperStatus.ON_AGENDA
    client.force_login(town.secretary)
    item = AgendaItem.objects.get(meeting=meeting, name="Cykelsti")
    response = client.post(reverse("staff:agenda-move", args=[meeting.pk]), {"item": item.pk, "direction": "up"})
    assert response.status_code == 302
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("order").values_list("name", flat=True)) == [
        "Cykelsti", "Klimacharter", "Eventuelt"]


def test_publishing_the_invitation_shows_the_public_part_and_mails_the_members(client, town, smtp):
    town.secretary.email = "secretary@soeby.example"
    open_paper, closed_paper = submitted_paper(town, "Klimacharter"), submitted_paper(town, "Personalesag ROSENKÅL", confidential=True)
    meeting = planned_meeting(town)
    meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=open_paper)
    meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=closed_paper)
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    meeting.refresh_from_db()
    assert visible_meetings(None).filter(pk=meeting.pk).exists()
    assert visible_papers(None).filter(pk=open_paper.pk).exists() and not visible_papers(None).filter(pk=closed_paper.pk).exists()
    public_items = list(visible_agenda_items(None).filter(meeting=meeting).values_list("name", flat=True))
    assert public_items == ["Klimacharter"]
    assert visible_files(None).filter(pk=meeting.invitation_id).exists()
    record = MeetingRecord.objects.get(meeting=meeting)
    assert not visible_files(None).filter(pk=record.members_packet_id).exists()
    public_pdf = client.get(reverse("web:file-download", args=[meeting.invitation_id]))
    assert public_pdf.status_code in (200, 302)
    page = client.get(reverse("web:meeting", args=[meeting.pk])).content.decode()
    assert "Klimacharter" in page and "ROSENKÅL" not in page
    from townhall.core.services import file_content
    import pypdfium2 as pdfium

    public_text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(file_content(meeting.invitation)))
    packet_text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(file_content(record.members_packet)))
    assert "Klimacharter" in public_text and "ROSENKÅL" not in public_text
    assert "ROSENKÅL" in packet_text

    send_due()
    received = {message["To"]: message for message in smtp.messages}
    mail = received["Søby Kommune Member <member@soeby.example>"]
    assert "Invitation" in mail["Subject"] or "Indkaldelse" in mail["Subject"]
    parts = {part.get_content_type(): part for part in mail.walk()}
    assert "text/calendar" in parts and b"BEGIN:VEVENT" in parts["text/calendar"].get_payload(decode=True)
    assert "Klimacharter" in parts["text/plain"].get_content()


def test_the_members_agenda_is_a_download_no_cache_keeps(client, town):
    closed_paper = submitted_paper(town, "Personalesag ROSENKÅL", confidential=True)
    meeting = planned_meeting(town)
    meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=closed_paper)
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    client.force_login(town.member)
    response = client.get(reverse("staff:meeting-packet", args=[meeting.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;") and response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff" and "sandbox" in response["Content-Security-Policy"]
    assert client.get(reverse("staff:minutes-members", args=[meeting.pk])).status_code == 404  # no minutes approved yet


def test_a_late_item_stays_hidden_until_the_supplement_is_published(town):
    meeting = planned_meeting(town)
    meetings.agenda_add_item(by=town.secretary, meeting=meeting, name="Godkendelse af dagsorden")
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    late = meetings.agenda_add_item(by=town.secretary, meeting=meeting, name="Nachtrag: vejarbejde")
    assert AgendaEntry.objects.get(agenda_item=late).late
    assert not visible_agenda_items(None).filter(pk=late.pk).exists()
    invitations.invitation_publish(by=town.secretary, meeting=meeting)
    assert visible_agenda_items(None).filter(pk=late.pk).exists()


def test_attendance_is_present_or_excused(client, town):
    meeting = planned_meeting(town, days=-1)
    client.force_login(town.secretary)
    client.post(reverse("staff:attendance", args=[meeting.pk]), {f"person-{town.member_person.pk}": "excused"})
    assert Attendance.objects.get(meeting=meeting, person=town.member_person).status == "excused"
    client.post(reverse("staff:attendance", args=[meeting.pk]), {f"person-{town.member_person.pk}": "present"})
    assert Attendance.objects.get(meeting=meeting, person=town.member_person).status == "present"
    assert list(Meeting.objects.get(pk=meeting.pk).participants.all()) == [town.member_person]


def test_staff_pages_of_a_meeting_answer(client, town):
    paper = submitted_paper(town, "Klimacharter")
    meeting = planned_meeting(town)
    meetings.agenda_add_paper(by=town.secretary, meeting=meeting, paper=paper)
    client.force_login(town.secretary)
    assert client.get(reverse("staff:committee-meetings", args=[town.committee.pk])).status_code == 200
    page = client.get(reverse("staff:meeting", args=[meeting.pk]))
    assert page.status_code == 200 and "Klimacharter" in page.content.decode()
    assert client.get(reverse("staff:home")).status_code == 200
    client.force_login(town.handler)
    assert client.get(reverse("staff:meeting", args=[meeting.pk])).status_code == 404
