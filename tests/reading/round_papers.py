"""The papers of the cold-reading rounds with the values a reader wrote down for them.

The rounds' test modules (``tests/reading/analysis/test_*_round_*.py``) each hold an
``EXPECTED`` list of ``pytest.param(text, field, expected, id="paper-field")``, read from a card by the module's own
``_value`` where it has one (route rows, item numbers) and by ``read_field`` elsewhere; a value
the plain-text reading is known to miss carries an ``xfail`` mark and is left out here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.reading.analysis.card_values import accepted, fold, read_field

ANALYSIS_TESTS = Path(__file__).resolve().parent / "analysis"
#: The rounds whose papers the format-parity figures were first measured on; later rounds are
#: left out so that figures stay comparable (``rounds=None`` takes every round).
MEASURED_ROUNDS = (
    "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth",
)


@dataclass(frozen=True)
class Expected:
    """One value a reader wrote down for one paper."""

    id: str
    field: str
    expected: object
    reader: Callable = read_field


@dataclass(frozen=True)
class RoundPaper:
    """A paper of a round: its name (round and paper), its text and the values expected of it."""

    name: str
    text: str
    values: tuple[Expected, ...]


def round_papers(rounds: tuple[str, ...] | None = MEASURED_ROUNDS) -> list[RoundPaper]:
    """Return every paper of the *rounds* with its expected values, in the order the modules list them."""
    papers: dict[str, tuple[str, list[Expected]]] = {}
    for path in sorted(ANALYSIS_TESTS.glob("test_*_round_*.py")):
        if rounds is not None and path.stem.removeprefix("test_").split("_round_")[0] not in rounds:
            continue
        module = importlib.import_module(f"tests.reading.analysis.{path.stem}")
        round_name = path.stem.removeprefix("test_")
        reader = getattr(module, "_value", read_field)
        for param in getattr(module, "EXPECTED", ()):
            if any(mark.name == "xfail" for mark in param.marks):
                continue
            text, field, expected = param.values
            paper = param.id.rsplit("-", 1)[0]
            key = text
            if key not in papers:
                papers[key] = (f"{round_name}/{paper}", [])
            papers[key][1].append(Expected(param.id, field, expected, reader))
    return [RoundPaper(name, text, tuple(values)) for text, (name, values) in papers.items()]


def is_right(card, value: Expected) -> bool:
    """Tell whether a card holds the value a reader wrote down."""
    return fold(value.reader(card, value.field)) in accepted(value.expected)


def written(card, value: Expected):
    """Return a card's value for *value*'s field as a reader writes it (for a loss's report)."""
    return value.reader(card, value.field)
