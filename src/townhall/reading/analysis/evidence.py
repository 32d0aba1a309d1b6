"""Record where each card field was read: the line of the layout, and how sure the reading is."""

from __future__ import annotations

from datetime import date

from townhall.reading.analysis.dates import find_dates
from townhall.reading.card import Evidence
from townhall.reading.layout import Document, LineAddress

#: Confidence by the kind of rule that read a value: a labelled form field is nearly certain,
#: a value found by a pattern in running text much less so.
FORM_FIELD = 0.9
STRUCTURE = 0.8
HEADING = 0.7
PATTERN = 0.5


class EvidenceLog:
    """Collect evidence for the fields of one card while the analysis reads the document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.entries: dict[str, Evidence] = {}

    def at(self, path: str, address: LineAddress | None, confidence: float, how: str) -> None:
        """Record that the field at *path* was read on the line at *address*."""
        if address is None:
            self.entries[path] = Evidence(None, None, "", confidence, how)
        else:
            self.entries[path] = Evidence(address.page, address.line, address.text, confidence, how)

    def found(self, path: str, value, confidence: float = PATTERN, how: str = "pattern in the text") -> None:
        """Record a value read from the flat text: point at the first line that holds it."""
        if value in (None, "") or path in self.entries:
            return
        if isinstance(value, bool):
            self.at(path, None, confidence, how)
        elif isinstance(value, date):
            self.at(path, self._line_dated(value), confidence, how)
        else:
            self.at(path, self.document.find(str(value)), confidence, how)

    def _line_dated(self, value: date) -> LineAddress | None:
        """Return the first line that writes the date *value*, in whatever form."""
        for address in self.document.addresses[:400]:
            if any(char.isdigit() for char in address.text) and any(m.start == value for m in find_dates(address.text)):
                return address
        return None

    def items(self, path: str, values, confidence: float = PATTERN, how: str = "pattern in the text", *, text_of=str) -> None:
        """Record evidence for each item of a list field ("signatories.0", "signatories.1", ...)."""
        for index, value in enumerate(values):
            self.found(f"{path}.{index}", text_of(value), confidence, how)
