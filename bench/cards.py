"""Score extracted cards against gold cards: real council papers, the seed papers, a generated corpus.

    .venv/bin/python bench/cards.py [--n 400] [--seed 7] [--pdf-share 0.2] [--only real] [--write]

Reads every document with ``townhall.reading.read`` (what ``townhall extract --format json``
prints) and scores the cards with the shared scorer (``../shared/eval/score_cards.py``):

* ``real``: ``../shared/realpapers`` against its gold cards, with the per-field table and core
  F1 per municipality and per format group (text-layer PDF, scan, plain text, Word/HTML);
* ``seeds``: the five seed papers against ``../shared/gold``;
* ``generated``: a generated corpus against the generator's own truth (core fields only).

``--write`` also writes the tables to ``bench/results/cards.md``. ``--cards DIR`` keeps the
real papers' cards there for inspection. ``--held-out a,b`` marks councils whose figures were
recorded before their papers were looked at.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "realpapers"
SCORER = SHARED / "eval" / "score_cards.py"

FORMAT_GROUPS = ("text-layer PDF", "scan", "plain text", "Word/HTML")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_cards", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_card(path: Path) -> dict:
    from townhall import reading

    try:
        return reading.read(path.read_bytes(), filename=path.name).card.to_dict()
    except (reading.ExtractionError, reading.AnalysisError) as error:
        print(f"# {path.name}: {error}", file=sys.stderr)
        return {}


def format_groups() -> dict[str, str]:
    """Return each real paper's format group, from the format lines of SOURCES.md."""
    groups: dict[str, str] = {}
    name = None
    for line in (REAL / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### `([^`]+)`", line)
        if heading:
            name = heading.group(1)
        elif name and line.startswith("- format:"):
            described = line[len("- format:"):].split(";")[0].strip()
            if described.startswith("pdf"):
                groups[name] = "text-layer PDF" if described == "pdf (text layer)" else "scan"
            elif described == "txt":
                groups[name] = "plain text"
            else:
                groups[name] = "Word/HTML"
            name = None
    return groups


def municipality_of(name: str) -> str:
    return name.split("_")[1]


def score_real(scorer, cards_dir: Path | None) -> dict:
    groups = format_groups()
    totals: dict = {}
    by_council: dict[str, dict] = defaultdict(dict)
    by_format: dict[str, dict] = defaultdict(dict)
    documents: dict[str, dict] = {}
    started = time.perf_counter()
    for gold_path in sorted((REAL / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = next(path for path in sorted(REAL.glob(f"{gold_path.stem}.*")) if path.suffix != ".json")
        card = read_card(doc)
        if cards_dir is not None:
            (cards_dir / f"{gold_path.stem}.json").write_text(json.dumps(card, ensure_ascii=False, indent=2), encoding="utf-8")
        one: dict = {}
        for target in (totals, by_council[municipality_of(doc.name)], by_format[groups.get(doc.name, "?")], one):
            scorer.score_pair(gold, card, target)
        documents[gold_path.stem] = one
    return {"totals": totals, "councils": by_council, "formats": by_format, "documents": documents,
            "seconds": time.perf_counter() - started}


def core(scorer, totals: dict) -> tuple[float, int, int, int]:
    tp = fp = fn = 0
    for field, (t, p, n) in totals.items():
        if field not in scorer.EXTRA_LISTS:
            tp, fp, fn = tp + t, fp + p, fn + n
    return scorer.prf(tp, fp, fn)[2], tp, fp, fn


def field_table(scorer, totals: dict) -> list[str]:
    lines = [f"{'field':26} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    order = [*scorer.CORE_SCALARS, *scorer.CORE_LISTS, *scorer.CORE_STRUCT, *scorer.EXTRA_LISTS]
    for field in order:
        if field not in totals:
            continue
        tp, fp, fn = totals[field]
        p, r, f = scorer.prf(tp, fp, fn)
        mark = "  (extra)" if field in scorer.EXTRA_LISTS else ""
        lines.append(f"{field:26} {tp:>4} {fp:>4} {fn:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}{mark}")
    f1, tp, fp, fn = core(scorer, totals)
    lines.append(f"core F1: {f1:.3f}")
    return lines


def group_table(scorer, title: str, groups: dict, held_out: set[str] = frozenset(), counts: dict | None = None) -> list[str]:
    lines = [f"{title:24} {'docs':>4} {'tp':>5} {'fp':>5} {'fn':>5} {'core F1':>8}"]
    for name in sorted(groups):
        f1, tp, fp, fn = core(scorer, groups[name])
        mark = "  (held out)" if name in held_out else ""
        lines.append(f"{name:24} {(counts or {}).get(name, 0):>4} {tp:>5} {fp:>5} {fn:>5} {f1:>8.3f}{mark}")
    return lines


def score_dir(scorer, gold_dir: Path, cards: dict[str, dict]) -> dict:
    totals: dict = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        scorer.score_pair(json.loads(gold_path.read_text(encoding="utf-8")), cards.get(gold_path.stem, {}), totals)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pdf-share", type=float, default=0.2)
    parser.add_argument("--only", choices=("real", "seeds", "generated"), action="append")
    parser.add_argument("--cards", type=Path, help="keep the real papers' cards in this folder")
    parser.add_argument("--held-out", default="", help="councils (comma-separated) marked as held out")
    parser.add_argument("--documents", action="store_true", help="also print core F1 per real document")
    parser.add_argument("--write", action="store_true", help="write bench/results/cards.md")
    args = parser.parse_args()
    sets = args.only or ["real", "seeds", "generated"]
    if not SHARED.exists() and ("real" in sets or "seeds" in sets):
        sys.exit(f"{SHARED} is missing: the real and seed papers live there")
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    scorer = load_scorer()
    held_out = {name for name in args.held_out.split(",") if name}
    out: list[str] = []

    def emit(lines: list[str] | str = "") -> None:
        for line in [lines] if isinstance(lines, str) else lines:
            print(line)
            out.append(line)

    summary: dict[str, float] = {}
    if "real" in sets:
        if args.cards:
            args.cards.mkdir(parents=True, exist_ok=True)
        real = score_real(scorer, args.cards)
        documents = len(real["documents"])
        emit(f"## Real council papers ({documents} gold cards, read in {real['seconds']:.1f} s)")
        emit()
        emit("```")
        emit(field_table(scorer, real["totals"]))
        emit("```")
        emit()
        council_counts: dict[str, int] = defaultdict(int)
        format_counts: dict[str, int] = defaultdict(int)
        groups = format_groups()
        for name in real["documents"]:
            council_counts[municipality_of(name)] += 1
            format_counts[groups.get(next(p.name for p in REAL.glob(f"{name}.*")), "?")] += 1
        emit("```")
        emit(group_table(scorer, "municipality", real["councils"], held_out, council_counts))
        emit("```")
        emit()
        emit("```")
        emit(group_table(scorer, "format", real["formats"], counts=format_counts))
        emit("```")
        emit()
        summary["real"] = core(scorer, real["totals"])[0]
        if args.documents:
            for name, totals in real["documents"].items():
                print(f"{core(scorer, totals)[0]:.3f}  {name}")
    if "seeds" in sets:
        cards = {path.stem: read_card(path) for path in sorted((SHARED / "seeds").iterdir())}
        totals = score_dir(scorer, SHARED / "gold", cards)
        emit("## Seed papers (../shared/gold)")
        emit()
        emit("```")
        emit(field_table(scorer, totals))
        emit("```")
        emit()
        summary["seeds"] = core(scorer, totals)[0]
    if "generated" in sets:
        from bench.corpus import iter_papers
        from townhall import reading

        cards, truths = {}, {}
        started = time.perf_counter()
        for number, paper in enumerate(iter_papers(args.n, seed=args.seed, pdf_share=args.pdf_share)):
            cards[f"{number:06d}"] = reading.read(paper.file_bytes(), filename=paper.filename).card.to_dict()
            truths[f"{number:06d}"] = paper.truth
        elapsed = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as tmp:
            for name, truth in truths.items():
                Path(tmp, f"{name}.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
            totals = score_dir(scorer, Path(tmp), cards)
        emit(f"## Generated corpus ({args.n} papers, seed {args.seed}, {args.pdf_share:.0%} PDF, read in {elapsed:.1f} s)")
        emit()
        emit("```")
        emit(field_table(scorer, totals))
        emit("```")
        emit()
        summary["generated"] = core(scorer, totals)[0]
    emit("summary: " + ", ".join(f"{name} {value:.3f}" for name, value in summary.items()))
    if args.write:
        header = (
            "# Card quality\n\n"
            f"Command: `.venv/bin/python bench/cards.py --n {args.n} --seed {args.seed} --write`. Cards are made by "
            "`townhall.reading.read`, which is what `townhall extract --format json FILE` prints; the same figures come "
            "from `python3 ../shared/eval/score_cards.py --gold ../shared/realpapers/gold --docs ../shared/realpapers "
            "--cmd 'townhall extract --format json {file}'`. Core F1 is the scorer's micro-average over the core fields.\n\n"
            f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on a shared machine, load average "
            + " / ".join(f"{load:.2f}" for load in os.getloadavg())
            + " (1/5/15 min) at the end of the run: the reading times are under that load.\n\n"
        )
        (ROOT / "bench" / "results" / "cards.md").write_text(header + "\n".join(out).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("TOWNHALL_SECRET_KEY", "bench")
    main()
