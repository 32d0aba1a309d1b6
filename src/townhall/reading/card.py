"""The card: the structured description of one council document.

The JSON form of a card is the contract in ``docs/ingest.md`` (keys, types, kinds). Cards are
frozen dataclasses so that stages can pass them around without one stage changing another's view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date

KINDS = (
    "proposal",
    "agenda_item",
    "notice",
    "memo",
    "hearing",
    "motion",
    "minutes",
    "agenda",
    "letter",
    "other",
)

LANGUAGES = ("da", "de", "en")
UNDETERMINED = "und"


@dataclass(frozen=True)
class References:
    case: str | None = None
    document: str | None = None
    paper: str | None = None
    agenda_item: str | None = None


@dataclass(frozen=True)
class ConsultationStep:
    """One body on the route of a paper, with its meeting date where the text gives it."""

    organization: str
    date: date | None = None
    role: str | None = None
    #: The item's number on that body's agenda, where the route table gives it.
    agenda_item: str | None = None
    #: Whether the body deals with it in public (True), in closed session (False), or unknown.
    public: bool | None = None


@dataclass(frozen=True)
class DeadlineFact:
    date: date
    purpose: str | None = None


@dataclass(frozen=True)
class EventFact:
    name: str
    place: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Evidence:
    """Where one field of a card was read, and how sure the reading is.

    ``page`` and ``line`` count from 1 in the flat text of the document (what
    ``townhall extract --format text`` prints; None when the value is not on one line),
    ``text`` is that line as read, ``confidence`` a number from 0 to 1, and ``how`` names the
    rule that read it ("form field 'Betreff'", "route table", "most prominent heading").
    """

    page: int | None
    line: int | None
    text: str
    confidence: float
    how: str


@dataclass(frozen=True)
class Card:
    language: str = UNDETERMINED
    kind: str = "other"
    title: str | None = None
    municipality: str | None = None
    date: date | None = None
    public: bool | None = None
    references: References = field(default_factory=References)
    author_unit: str | None = None
    case_handler: str | None = None
    signatories: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    consultations: tuple[ConsultationStep, ...] = ()
    deadlines: tuple[DeadlineFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    attachments: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    action_items: tuple[str, ...] = ()
    #: The fields (JSON paths: "title", "references.case", "signatories") whose value is a clerk's
    #: correction rather than what was read; empty on a card straight from the reader.
    corrected: tuple[str, ...] = ()
    #: Where each field was read, keyed by the field's path in the JSON form: "title",
    #: "references.case", "consultations.0" (the first route step), "signatories.1".
    evidence: dict[str, Evidence] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        """Return the card as plain JSON-ready data (dates as ISO strings, tuples as lists)."""
        return _plain(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the card as a JSON document."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict) -> "Card":
        """Build a card from its JSON form (the inverse of :meth:`to_dict`)."""
        refs = data.get("references") or {}
        return cls(
            language=data.get("language") or UNDETERMINED,
            kind=data.get("kind") or "other",
            title=data.get("title"),
            municipality=data.get("municipality"),
            date=_parse_date(data.get("date")),
            public=data.get("public"),
            references=References(**{k: refs.get(k) for k in ("case", "document", "paper", "agenda_item")}),
            author_unit=data.get("author_unit"),
            case_handler=data.get("case_handler"),
            signatories=tuple(data.get("signatories") or ()),
            addressees=tuple(data.get("addressees") or ()),
            consultations=tuple(
                ConsultationStep(
                    c["organization"], _parse_date(c.get("date")), c.get("role"), c.get("agenda_item"), c.get("public")
                )
                for c in data.get("consultations") or ()
            ),
            deadlines=tuple(
                DeadlineFact(_parse_date(d["date"]), d.get("purpose"))
                for d in data.get("deadlines") or ()
                if _parse_date(d.get("date"))
            ),
            events=tuple(
                EventFact(e.get("name") or "", e.get("place"), _parse_date(e.get("start")), _parse_date(e.get("end")))
                for e in data.get("events") or ()
            ),
            attachments=tuple(data.get("attachments") or ()),
            emails=tuple(data.get("emails") or ()),
            phones=tuple(data.get("phones") or ()),
            urls=tuple(data.get("urls") or ()),
            organizations=tuple(data.get("organizations") or ()),
            people=tuple(data.get("people") or ()),
            action_items=tuple(data.get("action_items") or ()),
            corrected=tuple(data.get("corrected") or ()),
            evidence={
                path: Evidence(
                    item.get("page"), item.get("line"), item.get("text") or "", float(item.get("confidence") or 0), item.get("how") or ""
                )
                for path, item in (data.get("evidence") or {}).items()
                if isinstance(item, dict)
            },
        )


def _parse_date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _plain(value):
    # Walks the card directly: dataclasses.asdict deep-copies every value first, which cost the
    # reading workers more than the rest of this conversion.
    if is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names
