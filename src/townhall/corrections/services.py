"""Store a clerk's corrections of a paper's card and apply them whenever the paper is read again."""

from __future__ import annotations

from django.db import transaction

from townhall.core import access
from townhall.core.models import Paper
from townhall.corrections import card_fields
from townhall.corrections.models import CardCorrection
from townhall.reading.card import Card

#: Paper columns a correction of these card fields also sets (the card is the source of each).
_PAPER_COLUMNS = {"title": "name", "date": "date", "references.paper": "reference", "references.case": "reference"}


def corrected_card(paper_id: int | None, card: Card) -> Card:
    """Return the machine-read *card* with the corrections of paper *paper_id* applied.

    Called each time the paper's document is read (again): the machine's value of each corrected
    field is recorded on its correction, and the correction wins.
    """
    if paper_id is None:
        return card
    rows = list(CardCorrection.objects.filter(paper_id=paper_id).select_related("corrected_by"))
    if not rows:
        return card
    machine = card.to_dict()
    for row in rows:
        value = card_fields.value_of(machine, row.field)
        if row.machine_value != value:
            row.machine_value = value
            row.save(update_fields=["machine_value", "modified"])
    # The card is public with its paper: it says that a clerk corrected a field, never which clerk.
    return card_fields.apply(card, {row.field: row.value for row in rows})


def correction_set(*, paper: Paper, field: str, value, user=None, note: str = "") -> CardCorrection:
    """Store *value* as the paper's value of card *field* and bring the paper and its records in line."""
    if field not in card_fields.FIELDS:
        raise card_fields.InvalidValue(f"unknown field: {field}")
    with transaction.atomic():
        paper = Paper.objects.select_for_update().select_related("body").get(pk=paper.pk)
        row = CardCorrection.objects.filter(paper=paper, field=field).first()
        if row is None:
            row = CardCorrection(paper=paper, field=field, machine_value=card_fields.value_of(paper.card or {}, field))
        row.value = value
        row.note = note
        if user is not None and getattr(user, "pk", None) is not None:
            row.corrected_by = user
        row.save()
        _relink(paper, restored={})
    return row


def correction_delete(row: CardCorrection) -> None:
    """Drop a correction: the field goes back to what the machine read."""
    with transaction.atomic():
        paper = Paper.objects.select_for_update().select_related("body").get(pk=row.paper_id)
        restored = {row.field: (row.value, row.machine_value)}
        row.delete()
        _relink(paper, restored=restored)


def machine_card(paper: Paper, *, restored: dict | None = None) -> Card:
    """Return the card as the machine read it: the stored card with each corrected field's machine value."""
    data = dict(paper.card or {})
    machine_values = {row.field: row.machine_value for row in CardCorrection.objects.filter(paper=paper)}
    machine_values.update({field: pair[1] for field, pair in (restored or {}).items()})
    evidence = dict(data.get("evidence") or {})
    for field in data.get("corrected") or ():
        if field not in machine_values:
            continue
        head, _, tail = field.partition(".")
        if tail:
            data[head] = {**(data.get(head) or {}), tail: machine_values[field]}
        else:
            data[head] = machine_values[field]
        # The machine's evidence for it is gone with the correction; the next reading records it again.
        evidence.pop(field, None)
    data["evidence"] = evidence
    data["corrected"] = []
    return Card.from_dict(data)


def _relink(paper: Paper, *, restored: dict) -> None:
    """Rebuild the paper's card and card records from the machine card and the corrections now stored."""
    from townhall.ingest.linking import link_card_to_paper

    link_card_to_paper(paper, machine_card(paper, restored=restored))
    card = paper.card or {}
    corrected = set(card.get("corrected") or ())
    changed = []
    for field, column in _PAPER_COLUMNS.items():
        if field in corrected:
            value = card_fields.value_of(card, field)
            if column == "reference" and field == "references.case" and "references.paper" in corrected:
                continue
        elif field in restored and getattr(paper, column) == _column_value(column, restored[field][0]):
            # The paper still shows the dropped correction: it takes the machine's value again.
            value = restored[field][1]
        else:
            continue
        new = _column_value(column, value)
        if new in ("", None) and column == "name":
            continue
        if getattr(paper, column) != new:
            setattr(paper, column, new)
            changed.append(column)
    if changed:
        paper.save(update_fields=[*set(changed), "modified"])
        if "date" in changed:
            from townhall.core import services

            services.papers_date_refresh([paper.pk])
        from townhall.search.indexing import paper_changed

        paper_changed(paper)
    if "public" in corrected or "public" in restored:
        public = card.get("public") is not False
        if paper.public != public:
            access.paper_set_public(paper, public)


def _column_value(column: str, value):
    if column == "date":
        from townhall.reading.card import _parse_date

        return _parse_date(value)
    return (value or "")[: Paper._meta.get_field(column).max_length]
