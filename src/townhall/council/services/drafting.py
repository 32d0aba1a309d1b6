"""Read an uploaded document for the paper form: its card pre-fills what the clerk confirms."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from townhall.core.models import Organization


@dataclass
class Prefill:
    """What an uploaded document says, in the terms of the paper form."""

    initial: dict
    route: list[dict] = field(default_factory=list)
    text: str = ""
    language: str = ""
    mime_type: str = ""
    card: dict = field(default_factory=dict)


def read_upload(data: bytes, file_name: str) -> Prefill:
    """Read *data* in a supervised reading process; raise ValidationError when it cannot be read.

    The reading runs with ingest's time and memory budget, so a hostile upload costs a process,
    never the web server.
    """
    from townhall.ingest.pipeline import Failure, ReadTask, _budget_failure
    from townhall.ingest.supervisor import Budget, ReaderPool

    if not data:
        raise ValidationError(_("The file is empty."), code="empty")
    if len(data) > settings.MAX_FILE_BYTES:
        raise ValidationError(_("The file is larger than this instance accepts."), code="too_large")
    task = ReadTask(file_name, data, settings.MAX_FILE_BYTES, settings.TESSERACT_COMMAND)
    budget = Budget(timeout=settings.READ_TIMEOUT_SECONDS, memory=settings.READ_MEMORY_BYTES)
    with ReaderPool(1, budget, failure=_budget_failure) as pool:
        results = list(pool.map_unordered(iter([file_name]), lambda _name: task))
    _item, reading = results[0]
    if isinstance(reading, Failure):
        raise ValidationError(
            _("%(name)s could not be read: %(reason)s Nothing was stored; upload another file or fill in the form.")
            % {"name": file_name, "reason": reading.message}, code="unreadable")
    card = reading.card_json or reading.card.to_dict()
    return Prefill(initial=_initial(card), route=_route(card), text=reading.text, language=reading.language,
                   mime_type=reading.mime_type, card=card)


def _initial(card: dict) -> dict:
    references = card.get("references") or {}
    initial = {
        "name": card.get("title") or "",
        "reference": references.get("paper") or references.get("case") or "",
        "date": card.get("date") or None,
        "kind": card.get("kind") or "other",
        "language": card.get("language") if card.get("language") in ("da", "de", "en") else "",
    }
    if card.get("public") is False:
        initial["confidential"] = True
    return initial


def _route(card: dict) -> list[dict]:
    """Return the route steps the card names, by organization name (matched to the body's later)."""
    return [{"organization": step.get("organization") or "", "date": step.get("date"), "role": step.get("role") or ""}
            for step in card.get("consultations") or [] if step.get("organization")]


def match_route(body, steps: list[dict]) -> list[dict]:
    """Match the card's route steps to organizations of *body* by name; unknown names are left out."""
    organizations = list(Organization.objects.filter(body=body).only("id", "name", "short_name"))
    matched = []
    for step in steps:
        wanted = step["organization"].casefold()
        for organization in organizations:
            names = {organization.name.casefold(), organization.short_name.casefold()} - {""}
            if wanted in names or any(name in wanted or wanted in name for name in names if len(name) > 3):
                matched.append({"organization": organization.pk, "role": _role_of(step.get("role") or "")})
                break
    return matched


def _role_of(text: str) -> str:
    text = text.casefold()
    if any(word in text for word in ("entsch", "beslut", "decision", "decide")):
        return "decision"
    if any(word in text for word in ("kenntnis", "orienter", "information")):
        return "information"
    return "preliminary"
