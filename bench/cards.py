"""Score extracted cards against ground truth: the shared seed papers and a generated corpus.

    .venv/bin/python bench/cards.py [--n 400] [--seed 7] [--pdf-share 0.2]

Prints the scorer's per-field table for each set. The generated corpus has ground-truth cards
for the core fields only, so the extra fields (organizations, people, action items) read zero there.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_cards.py"


def score(gold: Path, pred: Path) -> str:
    return subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)],
                          capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pdf-share", type=float, default=0.2)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from bench.corpus import iter_papers
    from townhall.ingest.pipeline import read_document

    with tempfile.TemporaryDirectory() as tmp:
        pred_dir, gold_dir = Path(tmp, "pred"), Path(tmp, "gold")
        pred_dir.mkdir()
        gold_dir.mkdir()
        if SHARED.exists():
            for doc in sorted((SHARED / "seeds").iterdir()):
                card = read_document(doc.read_bytes(), doc.name).card
                (pred_dir / f"{doc.stem}.json").write_text(card.to_json(), encoding="utf-8")
            print("== shared seed papers")
            print(score(SHARED / "gold", pred_dir))
            for f in pred_dir.iterdir():
                f.unlink()
        started = time.perf_counter()
        for number, paper in enumerate(iter_papers(args.n, seed=args.seed, pdf_share=args.pdf_share)):
            name = f"{number:06d}"
            card = read_document(paper.file_bytes(), paper.filename).card
            (pred_dir / f"{name}.json").write_text(card.to_json(), encoding="utf-8")
            (gold_dir / f"{name}.json").write_text(json.dumps(paper.truth, ensure_ascii=False), encoding="utf-8")
        elapsed = time.perf_counter() - started
        print(f"== generated corpus: {args.n} papers (seed {args.seed}, {args.pdf_share:.0%} PDF), read in {elapsed:.1f} s")
        print(score(gold_dir, pred_dir))


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
    import django

    django.setup()
    main()
