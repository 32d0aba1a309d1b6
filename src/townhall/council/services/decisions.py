"""Record what a meeting decided on each agenda item, and make, approve and publish its minutes."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from townhall.core import access
from townhall.core.access import Linked
from townhall.core.models import AgendaItem, Consultation, Meeting
from townhall.core.services import DuplicateFile, file_store
from townhall.council.models import AgendaEntry, Attendance, Decision, MeetingRecord, MeetingState, Result
from townhall.council.services import documents
from townhall.council.services.audit import audit, snapshot
from townhall.council.services.meetings import _require_runs, record_of
from townhall.council.services.routes import route_advance


def has_taken_place(meeting: Meeting) -> bool:
    """Say whether *meeting* has begun (a decision is recorded only then)."""
    return meeting.start is not None and meeting.start <= timezone.now() and not meeting.cancelled


def _open_for_decisions(meeting: Meeting, record: MeetingRecord) -> None:
    if meeting.cancelled:
        raise ValidationError(_("The meeting was cancelled; it decided nothing."), code="cancelled")
    if not has_taken_place(meeting):
        raise ValidationError(
            _("The meeting has not taken place yet (it starts %(start)s); decisions are recorded once it has.")
            % {"start": timezone.localtime(meeting.start).strftime("%Y-%m-%d %H:%M") if meeting.start else "?"},
            code="not_yet")
    if record.minutes_approved_at is not None:
        raise ValidationError(_("The minutes are approved; their decisions no longer change."), code="approved")


@transaction.atomic
def decision_record(*, by, item: AgendaItem, result: str, resolution_text: str = "", unanimous: bool = False,
                    votes_for: int | None = None, votes_against: int | None = None,
                    votes_abstaining: int | None = None) -> Decision:
    """Record the decision on *item*; a paper on it moves on along its route the first time.

    Corrections (votes, text) are taken until the minutes are approved; the result itself no
    longer changes once the paper has moved on.
    """
    meeting = item.meeting
    record = record_of(meeting)
    _require_runs(by, record.organization)
    _open_for_decisions(meeting, record)
    if result not in Result.values:
        raise ValidationError(_("Choose the result."))
    votes = [votes_for, votes_against, votes_abstaining]
    if unanimous:
        votes = [None, None, None]
    elif any(v is not None and v < 0 for v in votes):
        raise ValidationError(_("Votes are counted from zero up."))
    existing = Decision.objects.filter(agenda_item=item).first()
    before = snapshot(existing) if existing else None
    if existing is not None and existing.result != result:
        raise ValidationError(_("The result was recorded as %(result)s and the paper has moved on; it no longer changes.")
                              % {"result": existing.get_result_display()})
    decision = existing or Decision(agenda_item=item, result=result)
    decision.unanimous = unanimous
    decision.votes_for, decision.votes_against, decision.votes_abstaining = votes
    decision.resolution_text = resolution_text.strip()
    decision.recorded_by, decision.recorded_at = by, timezone.now()
    decision.full_clean()
    decision.save()
    if existing is None:
        entry = AgendaEntry.objects.filter(agenda_item=item).select_related("paper").first()
        if entry is not None and entry.paper is not None:
            route_advance(paper=entry.paper, organization=record.organization, result=result,
                          resolution=decision.resolution_text or entry.paper.name)
            if result == Result.DEFERRED and entry.consultation_id:
                # The paper waits for the committee's next meeting: its step is free for another agenda.
                Consultation.all_objects.filter(pk=entry.consultation_id).update(agenda_item=None, meeting=None,
                                                                                  modified=timezone.now())
    audit(by, "decision.correct" if existing else "decision.record", item, body=meeting.body,
          before=before, after=snapshot(decision))
    return decision


def result_text(decision: Decision, language: str) -> str:
    """Return the result as the public agenda shows it, with the votes, in the body's language."""
    with translation.override(language or "en"):
        label = str(Result(decision.result).label)
        if decision.unanimous:
            return _("%(result)s (unanimous)") % {"result": label}
        if decision.votes_for is not None or decision.votes_against is not None:
            return _("%(result)s (%(for)s for, %(against)s against, %(abstaining)s abstaining)") % {
                "result": label, "for": decision.votes_for or 0, "against": decision.votes_against or 0,
                "abstaining": decision.votes_abstaining or 0}
        return label


def minutes_context(meeting: Meeting, *, non_public: bool) -> dict:
    """Return what the minutes show: the items with their decisions, and who attended."""
    from townhall.council.services.invitations import print_items

    record = record_of(meeting)
    items = print_items(meeting, non_public=non_public)
    decisions = {d.agenda_item_id: d for d in Decision.objects.filter(agenda_item__meeting=meeting)}
    language = meeting.body.language
    rows = [(entry, decisions.get(entry.item.pk), result_text(decisions[entry.item.pk], language) if entry.item.pk in decisions else "")
            for entry in items]
    attendance = Attendance.objects.filter(meeting=meeting).select_related("person").order_by("person__family_name", "person__name")
    return {"meeting": meeting, "record": record, "rows": rows, "non_public": non_public,
            "present": [a.person for a in attendance if a.status == "present"],
            "excused": [a.person for a in attendance if a.status == "excused"]}


def _minutes_pdf(meeting: Meeting, *, non_public: bool) -> bytes:
    html = documents.render_print("council/print/minutes.html", minutes_context(meeting, non_public=non_public),
                                  meeting.body.language)
    return documents.html_to_pdf(html)


def _store(meeting, data: bytes, file_name: str, name: str, *, public: bool):
    try:
        return file_store(data=data, file_name=file_name, mime_type="application/pdf", body=meeting.body, name=name, public=public)
    except DuplicateFile as duplicate:
        return duplicate.existing


@transaction.atomic
def minutes_approve(*, by, meeting: Meeting) -> MeetingRecord:
    """Approve the minutes: every item has its decision; the members' minutes PDF is made and kept non-public."""
    record = record_of(meeting)
    _require_runs(by, record.organization)
    if not has_taken_place(meeting):
        raise ValidationError(_("The meeting has not taken place yet; there are no minutes to approve."))
    if record.minutes_approved_at is not None:
        raise ValidationError(_("The minutes are approved already."))
    missing = AgendaItem.objects.filter(meeting=meeting, decision__isnull=True).values_list("name", flat=True)
    if missing:
        raise ValidationError(_("These items have no decision yet: %(items)s.") % {"items": "; ".join(missing)})
    with translation.override(meeting.body.language or "en"):
        name = _("Minutes with the non-public part: %(meeting)s") % {"meeting": meeting}
    record.members_minutes = _store(meeting, _minutes_pdf(meeting, non_public=True), f"minutes-members-{meeting.pk}.pdf",
                                    name, public=False)
    record.minutes_approved_at, record.minutes_approved_by = timezone.now(), by
    record.state = MeetingState.MINUTES_APPROVED
    record.save()
    # Held by the meeting, the members' minutes reach its members through the access rule (a non-public file).
    meeting.auxiliary_files.add(record.members_minutes)
    access.refresh(Linked(files={record.members_minutes_id}))
    audit(by, "minutes.approve", meeting, body=meeting.body, after={"members_minutes": record.members_minutes_id})
    return record


@transaction.atomic
def minutes_publish(*, by, meeting: Meeting) -> MeetingRecord:
    """Publish approved minutes: the results and resolution texts of the public items, and the minutes PDF."""
    record = record_of(meeting)
    _require_runs(by, record.organization)
    if record.minutes_approved_at is None:
        raise ValidationError(_("Approve the minutes before they are published."))
    if record.minutes_published_at is not None:
        raise ValidationError(_("The minutes are published already."))
    language = meeting.body.language
    for decision in Decision.objects.filter(agenda_item__meeting=meeting).select_related("agenda_item"):
        item = decision.agenda_item
        item.result = result_text(decision, language)
        item.resolution_text = decision.resolution_text
        item.save(update_fields=["result", "resolution_text", "modified"])
    with translation.override(language or "en"):
        name = _("Minutes: %(meeting)s") % {"meeting": meeting}
    minutes = _store(meeting, _minutes_pdf(meeting, non_public=False), f"minutes-{meeting.pk}.pdf", name, public=True)
    meeting.results_protocol = minutes
    meeting.meeting_state = "terminated"
    meeting.save(update_fields=["results_protocol", "meeting_state", "modified"])
    record.minutes_published_at = timezone.now()
    record.state = MeetingState.MINUTES_PUBLISHED
    record.save()
    access.refresh(Linked(meetings={meeting.pk}, files={minutes.pk}))
    audit(by, "minutes.publish", meeting, body=meeting.body, after={"results_protocol": minutes.pk})
    return record
