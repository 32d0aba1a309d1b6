"""German sentences that give the route: "… wird dem Hauptausschuss am … zur Beratung vorgelegt"."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import _DE_BODY, _bodies_with_dates
from townhall.reading.analysis.consultations.spans import _all_positions
from townhall.reading.analysis.dates.context import sentence_before
from townhall.reading.card import ConsultationStep


_DE_ROUTE_SENTENCE = re.compile(
    r"\b(?:wird|werden|soll|sollen)\b(?:[^.\n]|(?<=\d)\.|\n(?!\s*\n)){0,200}?"
    r"\b(?:vorgelegt|vorzulegen|zugeleitet|beraten|behandelt|angehört|befasst|bekannt\s?gegeben|mitgeteilt|"
    r"zur\s+(?:Beratung|Entscheidung|Beschlussfassung|Kenntnis(?:nahme)?))",
    re.IGNORECASE,
)
_DE_ROUTE_WORDS = ("vorgelegt", "vorzulegen", "zugeleitet", "beraten", "behandelt", "angehört", "befasst", "bekannt gegeben",
                   "bekanntgegeben", "mitgeteilt",
                   "zur beratung", "zur entscheidung", "zur beschlussfassung", "zur kenntnis")


def _german_prose_steps(text: str) -> list[ConsultationStep]:
    steps = []
    lowered = text.lower()
    ends = sorted(found for word in _DE_ROUTE_WORDS for found in _all_positions(lowered, word))
    windows: list[tuple[int, int]] = []
    for end in ends:
        window = (max(0, end - 240), min(len(text), end + 30))
        if windows and window[0] <= windows[-1][1]:
            windows[-1] = (windows[-1][0], window[1])
        else:
            windows.append(window)
    matches = [m for start, end in windows for m in _DE_ROUTE_SENTENCE.finditer(text, start, end)]
    for sentence_match in matches:
        before = sentence_before(text, sentence_match.start())
        # only the clause that holds the verb: "Der Rat hat am ... beschlossen, dass ..." is history
        before = re.split(r",\s+|\s(?:dass|nachdem|weil|und)\s", before)[-1]
        sentence = before + sentence_match.group()
        for org, when, start in _bodies_with_dates(sentence, _DE_BODY, "de"):
            article = sentence[max(0, start - 5):start]
            if when is None or not re.search(r"\b(?:dem|der|die|im|des)\s+$", article, re.IGNORECASE):
                continue
            steps.append(ConsultationStep(org, when, None))
    return steps
