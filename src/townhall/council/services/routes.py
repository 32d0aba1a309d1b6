"""Plan a paper's route through committees to the council, and move it on when a committee has decided."""

from __future__ import annotations

from dataclasses import dataclass

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from townhall.core import access
from townhall.core.models import Consultation, Meeting, Organization, Paper
from townhall.core.services import consultation_create, papers_date_refresh
from townhall.council.models import PaperRecord, PaperStatus, RouteStep, StepRole, StepState
from townhall.council.scopes import require
from townhall.council.services.audit import audit
from townhall.council.services.papers import may_edit
from townhall.search.indexing import paper_changed


@dataclass(frozen=True)
class StepPlan:
    """One planned step: the organization, its role and, where known, the meeting aimed at."""

    organization: Organization
    role: str
    meeting: Meeting | None = None


def role_label(role: str, language: str) -> str:
    """Return the role's name in the body's language, as the public timeline shows it."""
    with translation.override(language or "en"):
        return str(StepRole(role).label)


def route_of(paper: Paper) -> list[RouteStep]:
    """Return the planned steps of *paper* in route order."""
    return list(RouteStep.objects.filter(consultation__paper=paper, consultation__deleted=False)
                .select_related("organization", "consultation__meeting").order_by("consultation__position", "id"))


@transaction.atomic
def route_set(*, by, paper: Paper, steps: list[StepPlan]) -> list[RouteStep]:
    """Plan the route of *paper*: the steps not yet done are replaced by *steps*, in order.

    Every organization must be of the paper's body, a target meeting must be one of that
    organization's, and the last step decides (a paper ends at the body that decides it).
    """
    record = PaperRecord.objects.select_for_update().get(paper=paper)
    require(may_edit(by, record), _("You may plan routes only for papers of your own body and unit."))
    if record.status in (PaperStatus.DECIDED, PaperStatus.WITHDRAWN):
        raise ValidationError(_("The route of a decided or withdrawn paper cannot change."))
    if not steps:
        raise ValidationError(_("A route needs at least one step."))
    for number, step in enumerate(steps, start=1):
        if step.organization.body_id != paper.body_id:
            raise ValidationError(
                _("Step %(number)s: %(organization)s belongs to another body (%(body)s); a paper is routed only "
                  "within its own body.") % {"number": number, "organization": step.organization, "body": step.organization.body},
                code="other_body")
        if step.role not in StepRole.values:
            raise ValidationError(_("Step %(number)s: choose the role of the organization.") % {"number": number})
        if step.meeting is not None and not step.meeting.organizations.filter(pk=step.organization.pk).exists():
            raise ValidationError(_("Step %(number)s: the meeting %(meeting)s is not a meeting of %(organization)s.")
                                  % {"number": number, "meeting": step.meeting, "organization": step.organization})
    existing = route_of(paper)
    kept = [step for step in existing if step.state != StepState.PLANNED]
    language = paper.body.language
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(_("Route planned"))
        for step in existing:
            if step.state == StepState.PLANNED:
                consultation = step.consultation
                consultation.deleted = True
                consultation.save(update_fields=["deleted", "modified"])
        planned = []
        for offset, step in enumerate(steps):
            consultation = consultation_create(
                paper=paper, meeting=step.meeting, role=role_label(step.role, language),
                authoritative=step.role == StepRole.DECISION, position=len(kept) + offset,
                date=step.meeting.start.date() if step.meeting and step.meeting.start else None,
                organizations=[step.organization],
            )
            planned.append(RouteStep.objects.create(consultation=consultation, organization=step.organization, role=step.role))
    if record.status != PaperStatus.DRAFT and not any(step.state == StepState.CURRENT for step in kept):
        first_step_open(paper)
    papers_date_refresh([paper.pk])
    if paper.public:
        access.papers_changed([paper.pk])
    # The index holds the names of the committees on a paper's route.
    paper_changed(paper)
    audit(by, "paper.route", paper, body=paper.body,
          before={"route": [f"{s.organization_id}:{s.role}" for s in existing if s.state == StepState.PLANNED]},
          after={"route": [f"{s.organization.pk}:{s.role}" for s in steps]})
    return kept + planned


def first_step_open(paper: Paper) -> RouteStep | None:
    """Put the paper before the first committee of its route that has not dealt with it."""
    steps = route_of(paper)
    if any(step.state == StepState.CURRENT for step in steps):
        return next(step for step in steps if step.state == StepState.CURRENT)
    for step in steps:
        if step.state == StepState.PLANNED:
            step.state = StepState.CURRENT
            step.save(update_fields=["state"])
            return step
    return None


def current_step(paper: Paper, organization=None) -> RouteStep | None:
    """Return the step the paper is at now (at *organization*, when given)."""
    steps = RouteStep.objects.filter(consultation__paper=paper, consultation__deleted=False, state=StepState.CURRENT)
    if organization is not None:
        steps = steps.filter(organization=organization)
    return steps.select_related("organization", "consultation").first()


def recommendation_text(committee: Organization, to: Organization, resolution: str, language: str) -> str:
    """Return the recommendation a committee hands the next body, in the body's language."""
    with translation.override(language or "en"):
        return _("%(committee)s recommends to %(next)s: %(resolution)s") % {
            "committee": committee.name, "next": to.name, "resolution": resolution.strip()}


def route_advance(*, paper: Paper, organization: Organization, result: str, resolution: str, consultation_meeting=None) -> RouteStep | None:
    """Carry a committee's decision on *paper* along its route; return the step it moved on to.

    Deferred: the paper stays with the committee. Approved, changed or noted at a step that only
    prepares: the next step opens and carries the recommendation. At the deciding step the paper
    is decided.
    """
    from townhall.council.models import Result

    record = PaperRecord.objects.select_for_update().filter(paper=paper).first()
    step = current_step(paper, organization)
    if record is None or step is None:
        return None
    if result == Result.DEFERRED:
        record.status = PaperStatus.DEFERRED
        record.save(update_fields=["status"])
        return None
    step.state = StepState.DONE
    step.save(update_fields=["state"])
    following = (RouteStep.objects.filter(consultation__paper=paper, consultation__deleted=False, state=StepState.PLANNED)
                 .select_related("organization").order_by("consultation__position", "id").first())
    ends = step.role == StepRole.DECISION or result == Result.REJECTED or following is None
    if ends:
        record.status = PaperStatus.DECIDED
        record.save(update_fields=["status"])
        return None
    following.state = StepState.CURRENT
    following.recommendation = recommendation_text(step.organization, following.organization, resolution, paper.body.language)
    following.save(update_fields=["state", "recommendation"])
    record.status = PaperStatus.SUBMITTED
    record.save(update_fields=["status"])
    return following

