"""Write corrected papers' cards in the gold card format of the scorer (``SCHEMA.md``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from townhall.core.models import Paper
from townhall.core.services import file_content
from townhall.corrections.models import CardCorrection

#: The keys of a gold card, in the order SCHEMA.md lists them.
GOLD_KEYS = (
    "language", "kind", "title", "municipality", "date", "public", "references", "author_unit", "case_handler",
    "signatories", "addressees", "consultations", "deadlines", "events", "attachments", "emails", "phones", "urls",
    "organizations", "people", "action_items",
)
_LISTS = {key for key in GOLD_KEYS if key not in {
    "language", "kind", "title", "municipality", "date", "public", "references", "author_unit", "case_handler"}}


@dataclass(frozen=True)
class Written:
    paper_id: int
    card: Path
    document: Path | None


def gold_card(card: dict) -> dict:
    """Return a card's JSON form reduced to the gold card keys, plus the list of corrected fields."""
    gold = {}
    for key in GOLD_KEYS:
        value = card.get(key)
        if key == "references":
            value = {name: (value or {}).get(name) for name in ("case", "document", "paper", "agenda_item")}
        elif key in _LISTS:
            value = list(value or [])
        gold[key] = value
    # Not read by the scorer: says which values a clerk set and which the machine read unchecked.
    gold["corrected"] = sorted(card.get("corrected") or ())
    return gold


def corrected_papers(*, paper_ids=None, body_slug: str | None = None):
    """Return the live papers that have at least one correction, oldest first."""
    papers = Paper.objects.filter(pk__in=CardCorrection.objects.values("paper_id")).select_related("main_file")
    if paper_ids:
        papers = papers.filter(pk__in=paper_ids)
    if body_slug:
        papers = papers.filter(body__slug=body_slug)
    return papers.order_by("id")


def export(folder: Path, papers, *, documents: bool = False) -> list[Written]:
    """Write one gold card per paper into *folder* (and its main document beside it with *documents*)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for paper in papers:
        base = _base_name(paper)
        card_path = folder / f"{base}.json"
        card_path.write_text(json.dumps(gold_card(paper.card or {}), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        document_path = None
        if documents and paper.main_file is not None:
            suffix = PurePath(paper.main_file.file_name or "").suffix.lower()
            if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix or "") and suffix != ".json":
                document_path = folder / f"{base}{suffix}"
                document_path.write_bytes(file_content(paper.main_file))
        written.append(Written(paper.pk, card_path, document_path))
    return written


def _base_name(paper: Paper) -> str:
    stem = PurePath(paper.main_file.file_name).stem if paper.main_file is not None and paper.main_file.file_name else ""
    stem = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-.")[:80]
    return f"{paper.pk:06d}_{stem}" if stem else f"{paper.pk:06d}"
