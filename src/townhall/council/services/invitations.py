"""Publish a meeting's invitation: agenda HTML and PDF with its papers, an iCalendar entry, and mail to the members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import icalendar
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from townhall.core import access
from townhall.core.access import Linked
from townhall.core.models import AgendaItem, File, Meeting, Paper
from townhall.core.services import DuplicateFile, file_store
from townhall.council.models import AgendaEntry, MeetingRecord, MeetingState, PaperRecord, StaffRole, Role
from townhall.council.services import documents
from townhall.council.services.audit import audit
from townhall.council.services.meetings import _require_runs, agenda_number, members_of, record_of
from townhall.council.services.papers import paper_publish
from townhall.mail.services import queue_mail


@dataclass
class PrintItem:
    """An agenda item as the printed agenda shows it."""

    item: AgendaItem
    paper: Paper | None
    recommendation: str
    files: list[File]
    late: bool


def print_items(meeting: Meeting, *, non_public: bool) -> list[PrintItem]:
    """Return the items of the agenda in print order; the non-public part only when *non_public*."""
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order", "id"))
    ordered = [item for item in items if item.public is not False]
    if non_public:
        ordered += [item for item in items if item.public is False]
    entries = {entry.agenda_item_id: entry for entry in AgendaEntry.objects.filter(agenda_item__in=ordered).select_related("paper__main_file")}
    records = {record.paper_id: record for record in PaperRecord.objects.filter(paper__in=[e.paper_id for e in entries.values() if e.paper_id])}
    result = []
    for item in ordered:
        entry = entries.get(item.pk)
        paper = entry.paper if entry else None
        files = []
        if paper is not None:
            files = ([paper.main_file] if paper.main_file_id else []) + list(paper.auxiliary_files.order_by("id"))
            files = [file for file in files if file.public or non_public]
        record = records.get(paper.pk) if paper else None
        result.append(PrintItem(item=item, paper=paper, recommendation=record.recommendation if record else "",
                                files=files, late=bool(entry and entry.late)))
    return result


def _packet(meeting: Meeting, record: MeetingRecord, *, non_public: bool) -> bytes:
    items = print_items(meeting, non_public=non_public)
    files = [file for entry in items for file in entry.files]
    html = documents.render_print("council/print/agenda.html", {
        "meeting": meeting, "record": record, "items": items, "non_public": non_public,
    }, meeting.body.language)
    data, _left_out = documents.append_pdfs(documents.html_to_pdf(html), files)
    return data


def _store(meeting: Meeting, data: bytes, file_name: str, name: str, mime_type: str, *, public: bool) -> File:
    try:
        return file_store(data=data, file_name=file_name, mime_type=mime_type, body=meeting.body, name=name, public=public)
    except DuplicateFile as duplicate:
        return duplicate.existing


def calendar_entry(meeting: Meeting, record: MeetingRecord) -> bytes:
    """Return the meeting as an iCalendar file (one event, with the public page as its address)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//townhall//council information//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"meeting-{meeting.pk}@townhall")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting.end or meeting.start + timedelta(hours=2))
    event.add("summary", meeting.name or str(record.organization))
    if meeting.location:
        event.add("location", str(meeting.location))
    event.add("description", f"{meeting.body.name}\n{record.organization.name}")
    if settings.PUBLIC_URL:
        event.add("url", settings.PUBLIC_URL + reverse("web:meeting", args=[meeting.pk]))
    calendar.add_component(event)
    return calendar.to_ical()


@transaction.atomic
def invitation_publish(*, by, meeting: Meeting) -> MeetingRecord:
    """Publish the invitation: number the agenda, publish its public papers, make the PDFs and mail the members.

    The public agenda PDF becomes the meeting's OParl invitation; the members' packet (with the
    non-public part) is a non-public file. Publishing again (after late items) makes both anew and
    announces the late items as a supplement.
    """
    record = record_of(meeting)
    _require_runs(by, record.organization)
    if meeting.cancelled:
        raise ValidationError(_("A cancelled meeting has no invitation."))
    if not AgendaItem.objects.filter(meeting=meeting).exists():
        raise ValidationError(_("The agenda is empty: add items before the invitation is published."))
    supplement = record.invitation_published_at is not None
    agenda_number(meeting)
    entries = AgendaEntry.objects.filter(agenda_item__meeting=meeting, agenda_item__deleted=False).select_related("agenda_item", "paper")
    for entry in entries:
        if entry.paper is not None and entry.agenda_item.public is not False and not entry.paper.public:
            paper_record = PaperRecord.objects.filter(paper=entry.paper).first()
            if paper_record is not None and not paper_record.confidential:
                paper_publish(by=by, paper=entry.paper)
    now = timezone.now()
    public_pdf = _store(meeting, _packet(meeting, record, non_public=False), f"agenda-{meeting.pk}.pdf",
                        _("Agenda: %(meeting)s") % {"meeting": meeting}, "application/pdf", public=True)
    packet = _store(meeting, _packet(meeting, record, non_public=True), f"agenda-members-{meeting.pk}.pdf",
                    _("Agenda with the non-public part: %(meeting)s") % {"meeting": meeting}, "application/pdf", public=False)
    ics = calendar_entry(meeting, record)
    calendar_file = _store(meeting, ics, f"meeting-{meeting.pk}.ics", str(meeting), "text/calendar", public=True)
    meeting.invitation = public_pdf
    meeting.meeting_state = "invited"
    meeting.save(update_fields=["invitation", "meeting_state", "modified"])
    # The meeting holds the current calendar entry and members' agenda (which the members read on the
    # meeting's page through the access rule); a supplement's new ones take the place of the old.
    replaced = {record.members_packet_id, record.calendar_file_id} - {None, packet.pk, calendar_file.pk}
    meeting.auxiliary_files.remove(*replaced)
    meeting.auxiliary_files.add(calendar_file, packet)
    record.state = MeetingState.INVITED if record.state == MeetingState.PLANNED else record.state
    record.invitation_published_at = record.invitation_published_at or now
    record.members_packet, record.calendar_file = packet, calendar_file
    record.save()
    late = [entry.agenda_item_id for entry in entries if entry.announced_at is None]
    AgendaEntry.objects.filter(agenda_item__meeting=meeting, announced_at__isnull=True).update(announced_at=now)
    items = set(AgendaItem.all_objects.filter(meeting=meeting).values_list("pk", flat=True))
    access.refresh(Linked(meetings={meeting.pk}, agenda_items=items, files={public_pdf.pk, packet.pk, calendar_file.pk} | replaced))
    _mail_members(meeting, record, ics, supplement=supplement)
    audit(by, "meeting.supplement" if supplement else "meeting.invite", meeting, body=meeting.body,
          after={"invitation": public_pdf.pk, "packet": packet.pk, "announced_items": late})
    return record


def invitees(record: MeetingRecord) -> list[tuple[str, str]]:
    """Return (name, address) of everyone invited: the committee's members and its council-member staff."""
    seen, result = set(), []
    for person in members_of(record.organization):
        for address in person.email or []:
            if address and address.lower() not in seen:
                seen.add(address.lower())
                result.append((person.name, address))
    roles = StaffRole.objects.filter(role=Role.MEMBER, organization=record.organization).select_related("user", "person")
    for role in roles:
        address = role.user.email
        if address and address.lower() not in seen:
            seen.add(address.lower())
            result.append((role.person.name if role.person else role.user.get_username(), address))
    return result


def _mail_members(meeting: Meeting, record: MeetingRecord, ics: bytes, *, supplement: bool) -> None:
    language = meeting.body.language or "en"
    base = settings.PUBLIC_URL or ""
    with translation.override(language):
        context = {
            "meeting": meeting, "record": record, "supplement": supplement,
            "items": print_items(meeting, non_public=True),
            "meeting_url": base + reverse("web:meeting", args=[meeting.pk]),
            "packet_url": base + reverse("staff:meeting-packet", args=[meeting.pk]),
        }
        subject = (_("Supplement to the agenda: %(meeting)s, %(date)s") if supplement else
                   _("Invitation: %(meeting)s, %(date)s")) % {
            "meeting": meeting.name or record.organization.name,
            "date": timezone.localtime(meeting.start).strftime("%d.%m.%Y %H:%M")}
        text = render_to_string("council/mail/invitation.txt", context)
        html = render_to_string("council/mail/invitation.html", context)
    stamp = int(timezone.now().timestamp())
    for name, address in invitees(record):
        queue_mail(to=[f"{name} <{address}>"], subject=subject, text=text, html=html,
                   attachments=[(f"meeting-{meeting.pk}.ics", ics, "text/calendar")],
                   key=f"invitation:{meeting.pk}:{address.lower()}:{stamp if supplement else 0}", language=language)
