"""Action items that come out of a decision or a paper: owner, due date, status and follow-ups."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from townhall.core.models import Organization, Paper, Person
from townhall.council.models import ActionItem, ActionStatus, Decision, FollowUp, PaperRecord
from townhall.council.scopes import require, scope_of
from townhall.council.services.audit import audit, snapshot


def may_manage(user, *, body_id: int, paper: Paper | None = None, decision: Decision | None = None,
               owner_unit_id: int | None = None) -> bool:
    """Say whether *user* may create or follow up an action item of a paper, a decision or a unit."""
    scope = scope_of(user)
    if scope.administers_body(body_id) or body_id in scope.drafts_for_body:
        return True
    if owner_unit_id is not None and owner_unit_id in scope.drafts_for_unit:
        return True
    if paper is not None:
        record = PaperRecord.objects.filter(paper=paper).first()
        if record is not None and scope.may_draft(body_id, record.unit_id):
            return True
    if decision is not None:
        organizations = decision.agenda_item.meeting.organizations.values_list("pk", flat=True)
        return any(scope.runs(pk, body_id) for pk in organizations)
    return False


@transaction.atomic
def action_create(*, by, body, title: str, paper: Paper | None = None, decision: Decision | None = None,
                  owner_unit: Organization | None = None, owner_person: Person | None = None, due=None) -> ActionItem:
    """Create an action item of *paper* or *decision*, owned by a unit or a person of the same body."""
    if paper is None and decision is None:
        raise ValidationError(_("An action item comes from a paper or a decision."))
    if decision is not None and paper is None:
        entry = getattr(decision.agenda_item, "council", None)
        paper = entry.paper if entry is not None else None
    for record, label in ((paper, _("The paper")), (owner_unit, _("The unit")), (owner_person, _("The person"))):
        if record is not None and record.body_id != body.pk:
            raise ValidationError(_("%(what)s belongs to another body.") % {"what": label})
    if decision is not None and decision.agenda_item.meeting.body_id != body.pk:
        raise ValidationError(_("The decision belongs to another body."))
    if owner_unit is None and owner_person is None:
        raise ValidationError(_("Name who is responsible: a unit or a person."))
    if not title.strip():
        raise ValidationError(_("Say what is to be done."))
    require(may_manage(by, body_id=body.pk, paper=paper, decision=decision),
            _("You may create action items only for papers and decisions you work on."))
    item = ActionItem.objects.create(body=body, title=title.strip(), paper=paper, decision=decision, owner_unit=owner_unit,
                                     owner_person=owner_person, due=due, created_by=by)
    audit(by, "action.create", item, body=body, after=snapshot(item))
    return item


@transaction.atomic
def action_follow_up(*, by, item: ActionItem, text: str, status: str) -> FollowUp:
    """Note progress on *item* and set its status (closing it with *done* or *cancelled*)."""
    require(may_manage(by, body_id=item.body_id, paper=item.paper, decision=item.decision, owner_unit_id=item.owner_unit_id),
            _("You may follow up only action items you work on."))
    if status not in ActionStatus.values:
        raise ValidationError(_("Choose the status."))
    if not text.strip():
        raise ValidationError(_("Write what happened."))
    before = item.status
    follow_up = FollowUp.objects.create(action_item=item, text=text.strip(), status=status, by=by, at=timezone.now())
    ActionItem.objects.filter(pk=item.pk).update(status=status)
    item.status = status
    audit(by, "action.follow_up", item, body=item.body, before={"status": before}, after={"status": status, "text": text.strip()})
    return follow_up
