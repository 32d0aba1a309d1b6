"""Leave-one-council-out: each council's score had its papers never been seen while writing the rules.

    .venv/bin/python bench/cards_loco.py [--cache DIR] [--audit-json FILE] [--from-audit FILE] [--write]

First the leave-one-rule-out audit of ``bench/cards_ablation.py`` runs on the current code: every
analysis rule is switched off in turn and the councils whose core F1 falls without it are noted.
A rule that helps exactly one council C and no seed paper exists, as far as this set can tell,
because C's papers were read. Then, for each council C, every such rule of C is switched off at
once and C's papers are scored again: the figure C would get from rules written without it.

The per-council table and the mean (over councils, and pooled over all papers) are printed, then
the per-field table pooled over all papers (as developed and left out) that says which fields a
council's own rules carry, and so which fields an unseen council's papers will most likely lose;
``--write`` puts them into ``bench/results/cards_heldout.md`` between its ``loco`` markers.
``--audit-json`` keeps the audit's verdicts; ``--from-audit`` reuses such a file instead of
running the audit again (a quick look while working; the recorded figure always runs it).

Limits: a pair of rules that only together help C, or a rule that helps C and one other council,
stays switched on (the figure flatters); a genre rule that only C prints in this set is switched off
(the figure is harsh); a word list counts as one rule, so merging one-council patterns into shared
lists would hide them from the audit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.cards import core, load_scorer  # noqa: E402
from bench.cards_ablation import audit, layouts, patch_everywhere, rule_label, rules, score, switched_off  # noqa: E402

START, END = "<!-- loco:start -->", "<!-- loco:end -->"


def one_council_rules(rows) -> dict[str, list[str]]:
    """Return each council's rules that help it alone (and no seed paper)."""
    found: dict[str, list[str]] = defaultdict(list)
    for rule, helps, _costs, seeds, _deltas, _failed, _verdict, _value in rows:
        if len(helps) == 1 and not seeds:
            found[helps[0]].append(rule)
    return found


def council_without(scorer, papers: dict, council: str, names: list[str]) -> tuple[dict, int]:
    """Score *council*'s papers with every rule in *names* switched off at once."""
    by_label = {rule_label(module, name): (name, value) for module, name, value in rules()}
    # An audit kept while a module was not yet a package names its rules by the package ("route._BODY_HEADER").
    by_package = defaultdict(list)
    for label, entry in by_label.items():
        by_package[(label.split(".", 1)[0], entry[0])].append(entry)
    bound = []
    try:
        for label in names:
            found = [by_label[label]] if label in by_label else by_package[(label.split(".", 1)[0], label.rsplit(".", 1)[1])]
            if len(found) != 1:
                raise KeyError(f"no one rule is named {label!r}")
            name, value = found[0]
            bound += [(holder, attribute, value) for holder, attribute in patch_everywhere(value, switched_off(value), name)]
        own = {name: entry for name, entry in papers.items() if entry[0] == council}
        totals, failed = score(scorer, own)
    finally:
        for holder, attribute, value in bound:
            setattr(holder, attribute, value)
    return totals[council], failed


def field_losses(scorer, developed: dict, held: dict) -> list[str]:
    """Return a table of each core field's F1 as developed and left out, the most lost first."""
    rows = []
    for field in [*scorer.CORE_SCALARS, *scorer.CORE_LISTS, *scorer.CORE_STRUCT]:
        if field not in developed:
            continue
        seen, left = developed[field], held.get(field, (0, 0, 0))
        # Errors added: each false positive or negative the council's own rules had saved.
        lost = (left[1] + left[2]) - (seen[1] + seen[2])
        rows.append((lost, field, scorer.prf(*seen)[2], scorer.prf(*left)[2], seen, left))
    lines = [
        "| field (pooled) | F1 as developed | left out | errors added (fp + fn) | tp/fp/fn left out |",
        "|---|---|---|---|---|",
    ]
    for lost, field, seen_f1, left_f1, _seen, left in sorted(rows, key=lambda row: (-row[0], row[1])):
        lines.append(f"| {field} | {seen_f1:.3f} | {left_f1:.3f} | {lost:+d} | {left[0]}/{left[1]}/{left[2]} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "townhall-card-layouts")
    parser.add_argument("--audit-json", type=Path, help="keep the audit's one-council rules in this file")
    parser.add_argument("--from-audit", type=Path, help="reuse one-council rules from an earlier --audit-json")
    parser.add_argument("--write", action="store_true", help="write the table into bench/results/cards_heldout.md")
    args = parser.parse_args()
    scorer = load_scorer()
    started = time.perf_counter()
    papers = layouts(args.cache)
    base, _ = score(scorer, papers)
    base_f1 = {group: core(scorer, totals)[0] for group, totals in base.items()}
    councils = sorted(group for group in base if group not in ("seeds", "real", "seeds total"))
    if args.from_audit:
        owned = json.loads(args.from_audit.read_text(encoding="utf-8"))
    else:
        owned = one_council_rules(audit(scorer, papers, base_f1))
        if args.audit_json:
            args.audit_json.write_text(json.dumps(owned, indent=1, sort_keys=True), encoding="utf-8")
    counts = defaultdict(int)
    for group, _document in papers.values():
        counts[group] += 1
    rows, pooled, failures = [], {}, 0
    developed = base["real"]
    for council in councils:
        names = sorted(owned.get(council, []))
        totals, failed = council_without(scorer, papers, council, names)
        failures += failed
        for field, (tp, fp, fn) in totals.items():
            was = pooled.get(field, (0, 0, 0))
            pooled[field] = (was[0] + tp, was[1] + fp, was[2] + fn)
        rows.append((council, counts[council], base_f1[council], core(scorer, totals)[0], names))
    mean_seen = sum(row[2] for row in rows) / len(rows)
    mean_loco = sum(row[3] for row in rows) / len(rows)
    load = " / ".join(f"{value:.2f}" for value in os.getloadavg())
    lines = [
        START,
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} with `.venv/bin/python bench/cards_loco.py --write"
        f"{' --from-audit ' + args.from_audit.name + ' (the one-council rules an earlier full run found)' if args.from_audit else ''}`"
        f" ({time.perf_counter() - started:.0f} s, load average {load} (1/5/15 min) at the end of the run).",
        f"Real set as developed {base_f1['real']:.3f}, seeds {base_f1['seeds']:.3f}.",
        "",
        "| council | papers | core F1 as developed | leave-one-council-out | rules that help it alone |",
        "|---|---|---|---|---|",
    ]
    for council, n, seen, loco, names in rows:
        named = ", ".join(f"`{name}`" for name in names) or "–"
        lines.append(f"| {council} | {n} | {seen:.3f} | {loco:.3f} | {len(names)}: {named} |")
    lines += [
        f"| **mean over councils** | {sum(counts[c] for c in councils)} | **{mean_seen:.3f}** | **{mean_loco:.3f}** | "
        f"{sum(len(row[4]) for row in rows)} |",
        f"| all papers pooled | | {base_f1['real']:.3f} | {core(scorer, pooled)[0]:.3f} | |",
        END,
    ]
    lines[-1:-1] = ["", *field_losses(scorer, developed, pooled)]
    if failures:
        lines.insert(-1, f"\n{failures} analyses failed with rules switched off (scored as empty cards).")
    text = "\n".join(lines)
    print(text)
    if args.write:
        path = ROOT / "bench" / "results" / "cards_heldout.md"
        held = path.read_text(encoding="utf-8")
        if START in held:
            held = held[: held.index(START)] + text + held[held.index(END) + len(END):]
        else:
            held = held.rstrip("\n") + "\n\n## Leave-one-council-out (`bench/cards_loco.py`)\n\n" + text + "\n"
        path.write_text(held, encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("TOWNHALL_SECRET_KEY", "bench")
    main()
