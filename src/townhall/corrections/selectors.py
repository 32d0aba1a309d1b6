"""What staff see of a card's evidence and corrections on the paper page."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from townhall.core.models import Paper
from townhall.corrections import card_fields
from townhall.corrections.models import CardCorrection


@dataclass(frozen=True)
class EvidenceRow:
    """One field (or one entry of a list field) with where it was read and how sure the reading is."""

    field: str
    value: str
    page: int | None
    line: int | None
    text: str
    confidence: float | None
    how: str
    corrected: bool
    corrected_by: str
    machine_value: str
    edit_url: str

    @property
    def confidence_percent(self) -> int | None:
        return None if self.confidence is None else round(self.confidence * 100)


def card_evidence(paper: Paper) -> list[EvidenceRow]:
    """Return the card's fields in card order, each entry with its evidence and any correction."""
    card = paper.card or {}
    evidence = card.get("evidence") or {}
    corrections = {row.field: row for row in CardCorrection.objects.filter(paper=paper).select_related("corrected_by")}
    corrected = set(card.get("corrected") or ()) | set(corrections)
    rows: list[EvidenceRow] = []
    for field in card_fields.FIELDS:
        value = card_fields.value_of(card, field)
        correction = corrections.get(field)
        edit = _edit_url(paper, field, correction)
        common = {
            "corrected": field in corrected,
            "corrected_by": correction.author if correction else "",
            "machine_value": card_fields.show(field, correction.machine_value) if correction else "",
            "edit_url": edit,
        }
        if isinstance(value, list) and field not in corrected:
            for index, item in enumerate(value):
                rows.append(_row(field, _show_item(item), evidence.get(f"{field}.{index}"), common))
        elif value not in (None, "", []) or field in corrected:
            shown = card_fields.show(field, value) if not isinstance(value, list) else "; ".join(_show_item(v) for v in value)
            rows.append(_row(field, shown, evidence.get(field) or evidence.get(f"{field}.0"), common))
    return rows


def _row(field: str, value: str, raw, common: dict) -> EvidenceRow:
    raw = raw if isinstance(raw, dict) else {}
    confidence = raw.get("confidence")
    return EvidenceRow(
        field=field, value=value, page=raw.get("page"), line=raw.get("line"), text=raw.get("text") or "",
        confidence=float(confidence) if isinstance(confidence, (int, float)) else None, how=raw.get("how") or "",
        **common,
    )


def _show_item(item) -> str:
    if isinstance(item, dict):
        return " · ".join(str(v) for v in item.values() if v not in (None, ""))
    return str(item)


def _edit_url(paper: Paper, field: str, correction: CardCorrection | None) -> str:
    if correction is not None:
        return reverse("admin:corrections_cardcorrection_change", args=[correction.pk])
    return reverse("admin:corrections_cardcorrection_add") + f"?paper={paper.pk}&field={field}"
