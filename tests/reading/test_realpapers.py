"""Cards of real council papers, scored against their hand-made gold cards with the shared scorer."""

import importlib.util
import json

import pytest

from townhall import reading

FLOOR = 0.85


@pytest.fixture
def scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score_cards", shared_dir / "eval" / "score_cards.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_papers_score_at_least_the_floor(scorer, shared_dir):
    folder = shared_dir / "realpapers"
    totals: dict = {}
    for gold_path in sorted((folder / "gold").glob("*.json")):
        document = next(path for path in sorted(folder.glob(f"{gold_path.stem}.*")) if path.suffix != ".json")
        try:
            card = reading.read(document.read_bytes(), filename=document.name).card.to_dict()
        except (reading.ExtractionError, reading.AnalysisError):
            card = {}
        scorer.score_pair(json.loads(gold_path.read_text(encoding="utf-8")), card, totals)
    core = [0, 0, 0]
    for field, counts in totals.items():
        if field not in scorer.EXTRA_LISTS:
            core = [a + b for a, b in zip(core, counts)]
    f1 = scorer.prf(*core)[2]
    print(f"core F1 on the real papers: {f1:.3f}")
    assert f1 >= FLOOR
