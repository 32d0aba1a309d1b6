"""Draft, change, submit, publish and withdraw papers, each change kept as a version with who and when."""

from __future__ import annotations

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from townhall.core import access
from townhall.core.models import File, Paper
from townhall.core.services import DuplicateFile, file_store
from townhall.council.models import PaperRecord, PaperStatus
from townhall.council.scopes import require, scope_of
from townhall.council.services.audit import audit, snapshot

#: Fields of a paper a clerk sets in the form.
PAPER_FORM_FIELDS = ("name", "reference", "date", "kind", "paper_type", "language")
#: Fields of the council record a clerk sets in the form.
RECORD_FORM_FIELDS = ("unit", "confidential", "recommendation")


class EditConflict(ValidationError):
    """Someone else saved the paper after this edit began."""


def may_edit(user, record: PaperRecord) -> bool:
    """Say whether *user* may change the paper of *record* (drafting unit, body-wide case handler, administrator)."""
    return scope_of(user).may_draft(record.body_id, record.unit_id)


def _require_unit(by, body, unit) -> None:
    if unit is not None and unit.body_id != body.pk:
        raise ValidationError({"unit": _("The unit belongs to another body.")})
    require(scope_of(by).may_draft(body.pk, unit.pk if unit else None),
            _("You may draft papers only for your own body and unit."))


@transaction.atomic
def paper_draft(*, by, body, unit=None, confidential: bool = False, recommendation: str = "",
                main_file: File | None = None, card: dict | None = None, **fields) -> Paper:
    """Create a paper as a draft of *body*: not public until it is published."""
    _require_unit(by, body, unit)
    if main_file is not None and main_file.body_id not in (None, body.pk):
        raise ValidationError(_("The document belongs to another body."))
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(_("Drafted"))
        paper = Paper(body=body, public=False, main_file=main_file, card=card or None,
                      **{name: value for name, value in fields.items() if name in PAPER_FORM_FIELDS})
        if not paper.kind:
            paper.kind = "proposal"
        paper.full_clean()
        paper.save()
        record = PaperRecord.objects.create(paper=paper, body=body, unit=unit, confidential=confidential,
                                            recommendation=recommendation, created_by=by, changed_by=by)
    if main_file is not None:
        # The upload was stored withheld; held by a paper that is not public, it stays hidden.
        access.file_set_public(main_file, True)
    _reindex(paper)
    audit(by, "paper.draft", paper, body=body, after={**snapshot(paper, list(PAPER_FORM_FIELDS)), **snapshot(record, list(RECORD_FORM_FIELDS))})
    return paper


@transaction.atomic
def paper_update(*, by, paper: Paper, revision: int, **fields) -> Paper:
    """Change a paper's fields; raise EditConflict when someone saved it after *revision*."""
    record = PaperRecord.objects.select_for_update().get(paper=paper)
    require(may_edit(by, record), _("You may change only papers of your own body and unit."))
    if record.status == PaperStatus.WITHDRAWN:
        raise ValidationError(_("A withdrawn paper cannot be changed."))
    if record.revision != revision:
        who = record.changed_by.get_username() if record.changed_by else _("someone")
        raise EditConflict(
            _("%(who)s saved this paper at %(when)s, after you opened it. Your changes were not saved; "
              "they are shown below beside the current text, so you can take them over.")
            % {"who": who, "when": timezone.localtime(record.changed_at).strftime("%Y-%m-%d %H:%M")},
            code="conflict")
    unit = fields.get("unit", record.unit)
    if unit != record.unit:
        _require_unit(by, paper.body, unit)
    before = {**snapshot(paper, list(PAPER_FORM_FIELDS)), **snapshot(record, list(RECORD_FORM_FIELDS))}
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(_("Changed"))
        for name in PAPER_FORM_FIELDS:
            if name in fields:
                setattr(paper, name, fields[name])
        paper.full_clean()
        paper.save()
        for name in RECORD_FORM_FIELDS:
            if name in fields:
                setattr(record, name, fields[name])
        record.revision += 1
        record.changed_by, record.changed_at = by, timezone.now()
        record.save()
    if record.confidential and paper.public:
        access.paper_set_public(paper, False)
    _reindex(paper)
    audit(by, "paper.change", paper, body=paper.body, before=before,
          after={**snapshot(paper, list(PAPER_FORM_FIELDS)), **snapshot(record, list(RECORD_FORM_FIELDS))})
    return paper


def _set_status(by, record: PaperRecord, status: str, action: str) -> None:
    before = record.status
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(str(PaperStatus(status).label))
        record.status = status
        record.revision += 1
        record.changed_by, record.changed_at = by, timezone.now()
        record.save()
    audit(by, action, record.paper, body=record.body, before={"status": before}, after={"status": status})


@transaction.atomic
def paper_submit(*, by, paper: Paper) -> None:
    """Hand a draft over for the route it has; it needs at least one step."""
    record = PaperRecord.objects.select_for_update().get(paper=paper)
    require(may_edit(by, record), _("You may submit only papers of your own body and unit."))
    if record.status != PaperStatus.DRAFT:
        raise ValidationError(_("Only a draft can be submitted."))
    if not paper.consultations.exists():
        raise ValidationError(_("Plan the route first: a paper goes to at least one committee."))
    from townhall.council.services.routes import first_step_open

    first_step_open(paper)
    _set_status(by, record, PaperStatus.SUBMITTED, "paper.submit")


@transaction.atomic
def paper_withdraw(*, by, paper: Paper) -> None:
    """Withdraw a paper; a decided one stays decided."""
    record = PaperRecord.objects.select_for_update().get(paper=paper)
    require(may_edit(by, record), _("You may withdraw only papers of your own body and unit."))
    if record.status == PaperStatus.DECIDED:
        raise ValidationError(_("A decided paper cannot be withdrawn."))
    _set_status(by, record, PaperStatus.WITHDRAWN, "paper.withdraw")


@transaction.atomic
def paper_publish(*, by, paper: Paper) -> None:
    """Publish a paper (with its route and files) through the access rule; a non-public paper never is."""
    record = PaperRecord.objects.select_for_update().get(paper=paper)
    scope = scope_of(by)
    require(may_edit(by, record) or any(scope.runs(step.organization_id, record.body_id)
                                        for step in _steps(paper)),
            _("You may publish only papers of your own body."))
    if record.confidential:
        raise ValidationError(_("This paper is non-public; it is never published."))
    if record.status == PaperStatus.DRAFT:
        raise ValidationError(_("Submit the draft before it is published."))
    if paper.public:
        return
    record.released_at = timezone.now()
    record.save(update_fields=["released_at"])
    access.paper_set_public(paper, True)
    _reindex(paper)
    audit(by, "paper.publish", paper, body=record.body, before={"public": False}, after={"public": True})


def _steps(paper):
    from townhall.council.models import RouteStep

    return RouteStep.objects.filter(consultation__paper=paper)


def upload_store(*, by, body, data: bytes, file_name: str, mime_type: str, text: str, language: str) -> File:
    """Store an uploaded document withheld (it is shown only once the paper holding it is published)."""
    require(scope_of(by).may_draft(body.pk) or bool(scope_of(by).drafts_for_unit), _("You may not upload papers here."))
    try:
        file = file_store(data=data, file_name=file_name, mime_type=mime_type, body=body, public=False)
    except DuplicateFile as duplicate:
        file = duplicate.existing
        if file.body_id not in (None, body.pk) or file.main_of_papers.exists():
            raise ValidationError(_("This document is stored already, as the main file of another paper.")) from None
        return file
    file.text, file.language = text, language if language in ("da", "de", "en") else ""
    file.save(update_fields=["text", "language", "modified"])
    audit(by, "file.upload", file, body=body)
    return file


def _reindex(paper: Paper) -> None:
    from townhall.search.indexing import paper_changed

    paper_changed(paper)
