"""One route step with the line it was read from, and how two steps or two bodies' names are told the same."""

from __future__ import annotations

import re
from dataclasses import dataclass

from townhall.reading.card import ConsultationStep
from townhall.reading.layout import LineAddress


@dataclass(frozen=True)
class Step:
    """One route step with the line it was read from and the rule that read it."""

    step: ConsultationStep
    address: LineAddress | None
    how: str


def normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _same_body(first: str, second: str) -> bool:
    a, b = _stem(first), _stem(second)
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def _stem(name: str) -> str:
    word = re.sub(r"\s+\d{4}(?:\s*-\s*\d{4})?$", "", name.casefold()).strip()
    for ending in ("ets", "et", "ens", "en", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def _unique(steps: list[Step]) -> list[Step]:
    """Drop repeated steps; a dated step takes the place of the same body's undated one."""
    out: list[Step] = []
    for step in steps:
        same = [index for index, known in enumerate(out) if _same_body(step.step.organization, known.step.organization)]
        if any(out[index].step.date == step.step.date or step.step.date is None for index in same):
            continue
        undated = next((index for index in same if out[index].step.date is None), None)
        if undated is not None:
            out[undated] = step
            continue
        out.append(step)
    return out
