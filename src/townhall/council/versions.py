"""Which records keep versions (django-reversion): a paper, its council record and its route."""

import reversion

from townhall.core.models import Consultation, Paper

#: The paper's fields a clerk edits; the card and search columns are read from the document.
PAPER_FIELDS = ["name", "reference", "date", "paper_type", "kind", "public", "language", "main_file"]
#: The council record's fields a version keeps.
RECORD_FIELDS = ["status", "unit", "confidential", "recommendation"]

if not reversion.is_registered(Paper):
    reversion.register(Paper, fields=PAPER_FIELDS)
if not reversion.is_registered(Consultation):
    reversion.register(Consultation, fields=["paper", "meeting", "role", "position", "authoritative", "date"])


def register_council_models() -> None:
    """Register the council record of a paper (its model is loaded once apps are ready)."""
    from townhall.council.models import PaperRecord

    if not reversion.is_registered(PaperRecord):
        reversion.register(PaperRecord, fields=RECORD_FIELDS)
