"""Leave-one-rule-out audit: which councils of the real development set each analysis rule serves.

    .venv/bin/python bench/cards_ablation.py [--cache DIR] [--only NAME,...] [--write]

The real papers (and the seeds) are extracted once into their layouts (kept in ``--cache``,
a folder of pickles keyed by the bytes' SHA-256 and by a digest of the extraction code, so a
second run skips extraction and a change to the extractors is never read from stale layouts). Then every
rule of ``townhall.reading.analysis`` is switched off in turn and the layouts are analysed
again: a module-level pattern (``re.compile``) is replaced by one that never matches, a
module-level lexicon (a set, tuple, list or dict of words) or a tuple of functions a module
applies in turn by an empty one. For each rule the audit lists the councils whose core F1
falls without it (the rule helps them), the councils whose core F1 rises without it (it costs
them), and whether a seed paper falls.

A rule that helps exactly one council and no seed serves one council's layout or wording: it is
a candidate for overfitting, to be stated for the genre or kept only as a safe fallback. A rule
that helps nothing here is not judged by this audit (it may serve the seeds, the generated
corpus or the vendor layouts of the tests).

``--write`` writes the table to ``bench/results/cards_ablation.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import pickle
import pkgutil
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.cards import REAL, SHARED, core, load_scorer, municipality_of  # noqa: E402

NEVER = re.compile(r"(?!)")


def extraction_digest() -> str:
    """Return a digest of the reading code that makes a layout: every module of the reading package but the analysis."""
    import townhall.reading as package

    digest = hashlib.sha256()
    base = Path(package.__file__).parent
    for source in sorted(base.rglob("*.py")):
        if "analysis" not in source.relative_to(base).parts:
            digest.update(str(source.relative_to(base)).encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


def layouts(cache: Path) -> dict[str, tuple[str, object]]:
    """Return each scored paper's name -> (group, analysed layout), extracting what the cache lacks."""
    from townhall.reading.extractors import extract
    from townhall.reading.reader import analysed_part
    from townhall.reading.text_layout import text_document

    cache.mkdir(parents=True, exist_ok=True)
    papers: dict[str, tuple[str, Path]] = {}
    for gold in sorted((REAL / "gold").glob("*.json")):
        doc = next(path for path in sorted(REAL.glob(f"{gold.stem}.*")) if path.suffix != ".json")
        papers[gold.stem] = (municipality_of(doc.name), doc)
    for doc in sorted((SHARED / "seeds").iterdir()):
        papers[doc.stem] = ("seeds", doc)
    found: dict[str, tuple[str, object]] = {}
    code = extraction_digest()
    for name, (group, doc) in papers.items():
        data = doc.read_bytes()
        key = cache / f"{hashlib.sha256(data).hexdigest()}-{code}.pickle"
        if key.exists():
            document = pickle.loads(key.read_bytes())
        else:
            extracted = extract(data, filename=doc.name)
            document = analysed_part(extracted.document or text_document(extracted.text))
            key.write_bytes(pickle.dumps(document))
        found[name] = (group, document)
    return found


def rules() -> list[tuple[str, str, object]]:
    """Return (module, name, value) of every module-level pattern and word list of the analysis."""
    import townhall.reading.analysis as package

    found = []
    # The modules of the analysis and of its subpackages (route/ …), each module's rules under its own name.
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if info.name.endswith(".__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not re.fullmatch(r"_?[A-Z][A-Z0-9_]*", name):
                continue
            if isinstance(value, re.Pattern) or (
                isinstance(value, (frozenset, set, tuple, list, dict)) and value and _words(value)
            ):
                found.append((module.__name__, name, value))
    # A rule imported by another module is the same object under the same name: switch it off once, everywhere.
    # Two rules of the same pattern under other names may be one object too (``re`` caches what it compiled,
    # more or less of it as the order of imports goes): they stay two rules.
    seen: set[tuple[int, str]] = set()
    unique = []
    for module, name, value in found:
        if (id(value), name) not in seen:
            seen.add((id(value), name))
            unique.append((module, name, value))
    return unique


def rule_label(module: str, name: str) -> str:
    """Name a rule by its module's place in the analysis and its own name ("route.tables._BODY_HEADER")."""
    return f"{module.removeprefix('townhall.reading.analysis.')}.{name}"


def _words(value) -> bool:
    """Tell a rule: a word list, a list of patterns, or a tuple of functions a module applies in turn."""
    items = list(value.keys() if isinstance(value, dict) else value)
    if isinstance(value, tuple) and items and all(callable(item) and not isinstance(item, type) for item in items):
        return True
    return all(isinstance(item, (str, tuple, re.Pattern)) for item in items)


def switched_off(value):
    if isinstance(value, re.Pattern):
        return NEVER
    return type(value)() if not isinstance(value, frozenset) else frozenset()


def patch_everywhere(value, replacement, name: str) -> list[tuple[object, str]]:
    """Bind *replacement* wherever a loaded townhall module holds *value* as *name*; return what was bound."""
    bound = []
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("townhall."):
            continue
        for attribute, held in list(vars(module).items()):
            if held is value and attribute == name:
                setattr(module, attribute, replacement)
                bound.append((module, attribute))
    return bound


def score(scorer, papers: dict) -> tuple[dict[str, dict], int]:
    """Analyse every layout; return each group's scorer totals and how many papers failed."""
    from townhall.reading.analysis import analyse

    gold_dirs = {"seeds": SHARED / "gold"}
    _clear_caches()
    totals: dict[str, dict] = defaultdict(dict)
    failed = 0
    for name, (group, document) in papers.items():
        gold = json.loads(((gold_dirs.get(group) or REAL / "gold") / f"{name}.json").read_text(encoding="utf-8"))
        try:
            card = analyse(document).to_dict()
        except Exception:  # noqa: BLE001 - a rule switched off may break an analysis; count it
            card, failed = {}, failed + 1
        scorer.score_pair(gold, card, totals[group])
        scorer.score_pair(gold, card, totals["real" if group != "seeds" else "seeds total"])
    return totals, failed


def _clear_caches() -> None:
    # Remembered results of the baseline would hide what a switched-off rule changes.
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("townhall.reading.analysis"):
            for held in vars(module).values():
                if callable(getattr(held, "cache_clear", None)) and getattr(held, "__module__", "") == module.__name__:
                    held.cache_clear()


def audit(scorer, papers: dict, base_f1: dict[str, float], wanted: set[str] = frozenset()) -> list[tuple]:
    """Switch each rule off in turn; return (rule, helps, costs, seeds fall, deltas, failed, verdict, value) rows."""
    councils = sorted(group for group in base_f1 if group not in ("seeds", "real", "seeds total"))
    rows = []
    for module, name, value in rules():
        if wanted and name not in wanted:
            continue
        bound = patch_everywhere(value, switched_off(value), name)
        try:
            totals, failed = score(scorer, papers)
        finally:
            for holder, attribute in bound:
                setattr(holder, attribute, value)
        deltas = {group: core(scorer, totals[group])[0] - base_f1[group] for group in base_f1}
        helps = [c for c in councils if deltas[c] < -0.0005]
        costs = [c for c in councils if deltas[c] > 0.0005]
        seeds = deltas["seeds"] < -0.0005
        if not helps and not costs and not seeds and not failed:
            verdict = "no effect here"
        elif len(helps) == 1 and not seeds:
            verdict = "ONE COUNCIL"
        elif costs and not helps and not seeds:
            verdict = "costs only"
        else:
            verdict = "general"
        rows.append((rule_label(module, name), helps, costs, seeds, deltas, failed, verdict, value))
        print(f"{rows[-1][0]:45} {verdict:14} real {deltas['real']:+.3f} helps {','.join(helps) or '-'}"
              f" costs {','.join(costs) or '-'} seeds {'falls' if seeds else 'same'}", file=sys.stderr, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "townhall-card-layouts")
    parser.add_argument("--only", default="", help="audit only these rules (comma-separated names)")
    parser.add_argument("--write", action="store_true", help="write bench/results/cards_ablation.md")
    args = parser.parse_args()
    scorer = load_scorer()
    started = time.perf_counter()
    papers = layouts(args.cache)
    print(f"# {len(papers)} layouts ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    base, _ = score(scorer, papers)
    print(f"# one analysis pass: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    base_f1 = {group: core(scorer, totals)[0] for group, totals in base.items()}
    councils = sorted(group for group in base if group not in ("seeds", "real", "seeds total"))
    wanted = {name for name in args.only.split(",") if name}
    rows = audit(scorer, papers, base_f1, wanted)
    lines = [
        "# Leave-one-rule-out audit of the card analysis",
        "",
        "Command: `.venv/bin/python bench/cards_ablation.py --write` (layouts extracted once, then each rule "
        "switched off in turn). Baseline core F1: "
        + ", ".join(f"{group} {base_f1[group]:.3f}" for group in ["real", "seeds", *councils]),
        "",
        f"Recorded {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
        + " / ".join(f"{load:.2f}" for load in os.getloadavg()) + " (1/5/15 min) at the end of the run.",
        "",
        "| rule | verdict | real Δ | helps (F1 falls without it) | costs (F1 rises without it) | seeds fall |",
        "|---|---|---|---|---|---|",
    ]
    for rule, helps, costs, seeds, deltas, failed, verdict, _ in rows:
        if verdict == "no effect here":
            continue
        def named(groups):
            return ", ".join(f"{g} {deltas[g]:+.3f}" for g in groups) or "–"
        lines.append(f"| `{rule}` | {verdict} | {deltas['real']:+.3f} | {named(helps)} | {named(costs)} | {'yes' if seeds else 'no'} |")
    silent = [row[0] for row in rows if row[6] == "no effect here"]
    lines += ["", f"{len(silent)} further rules change no score here when switched off: " + ", ".join(f"`{r}`" for r in silent), ""]
    print("\n".join(lines))
    if args.write:
        (ROOT / "bench" / "results" / "cards_ablation.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("TOWNHALL_SECRET_KEY", "bench")
    main()
