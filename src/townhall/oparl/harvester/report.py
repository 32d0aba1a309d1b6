"""What a harvest did, per OParl type, and how progress is shown while it runs."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol

#: The order in which types are listed in summaries (the order a reader meets them).
TYPE_ORDER = ["System", "Body", "LegislativeTerm", "Location", "Organization", "Person", "Membership", "Meeting",
              "AgendaItem", "Paper", "Consultation", "File"]


@dataclass
class TypeCount:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.deleted + self.failed


@dataclass
class HarvestReport:
    """Counts per OParl type, plus the requests made and whether every list was read to its end."""

    counts: dict[str, TypeCount] = field(default_factory=dict)
    requests: int = 0
    retries: int = 0
    complete: bool = True
    loader: str = ""
    modified_since: str | None = None
    files_queued: int = 0
    #: Repairs and drops that kept an object but not all of it (first ones only).
    warnings: list[str] = field(default_factory=list)
    warning_count: int = 0

    def warn(self, message: str) -> None:
        self.warning_count += 1
        if len(self.warnings) < 100:
            self.warnings.append(message)

    def count(self, type_: str) -> TypeCount:
        return self.counts.setdefault(type_, TypeCount())

    @property
    def failed(self) -> int:
        return sum(c.failed for c in self.counts.values())

    @property
    def written(self) -> int:
        return sum(c.created + c.updated + c.deleted for c in self.counts.values())

    def rows(self) -> list[tuple[str, TypeCount]]:
        known = [(t, self.counts[t]) for t in TYPE_ORDER if t in self.counts]
        return known + [(t, c) for t, c in sorted(self.counts.items()) if t not in TYPE_ORDER]

    def as_dict(self) -> dict:
        return {
            "counts": {t: asdict(c) for t, c in self.rows()}, "requests": self.requests, "retries": self.retries,
            "complete": self.complete, "loader": self.loader, "modified_since": self.modified_since,
            "files_queued": self.files_queued, "warnings": self.warnings, "warning_count": self.warning_count,
        }


class Progress(Protocol):
    """Told about each list as it is read; the command shows it as one progress bar per type."""

    def start(self, type_: str, total: int | None) -> None: ...

    def advance(self, type_: str, amount: int = 1) -> None: ...


class NoProgress:
    """Progress that shows nothing (tests, pipes, cron)."""

    def start(self, type_: str, total: int | None) -> None:
        pass

    def advance(self, type_: str, amount: int = 1) -> None:
        pass
