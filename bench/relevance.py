"""Measure search relevance on the judged queries: nDCG@10 and recall@10, query by query.

    .venv/bin/python bench/relevance.py                          # SQLite
    source scripts/postgres.sh; start_postgres
    .venv/bin/python bench/relevance.py --postgres-url $PG_URL   # SQLite and PostgreSQL
    stop_postgres
    .venv/bin/python bench/relevance.py --leave-out held-out-14  # without a split not yet run

Two judged sets (``tests/search/queries_real.yaml`` and ``tests/search/queries.yaml``, measured
by ``tests/search/judged.py``, the code the relevance test runs):

* the real development set ``../shared/realpapers/``, ingested with the real pipeline;
* the test corpus: the demo and 1500 generated papers.

Each set runs in a process of its own on a fresh database (SQLite in a temporary directory; on
PostgreSQL a database created for the run and dropped afterwards). Prints the per-query table and
writes ``bench/results/relevance.md`` (``--no-write`` to leave it alone).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "tests" / "search"
RESULTS = ROOT / "bench" / "results" / "relevance.md"
SETS = ("real", "test")
#: The held-out splits after the first, by their ordinal: "held-out-2" is the second split. A new split adds its word.
SPLIT_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                  "nineteenth", "twentieth", "twenty-first", "twenty-second")
#: Held-out splits kept out of the "real 148" figure the relevance target is stated on: the fourth and later.
LATER_SPLITS = tuple(f"held-out-{number}" for number in range(4, len(SPLIT_ORDINALS) + 2))
TITLES = {"real": "Real development set", "test": "Test corpus (demo and generated papers)"}


def _worker(which: str, out: Path) -> None:
    """Measure one judged set on the database the environment names; write the outcome as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
    sys.path.insert(0, str(JUDGED))
    import django

    django.setup()
    from datetime import date

    from django.core.management import call_command

    import judged

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    if which == "real":
        indexed = judged.ingest_real_papers()
        loaded = time.perf_counter() - started
        leave_out = [a for a in os.environ.get("TOWNHALL_BENCH_LEAVE_OUT", "").split(",") if a]
        measured = judged.measure_real_papers(indexed, leave_out=leave_out)
    else:
        from townhall.core.demo.loader import load_demo

        load_demo(today=date.today())
        papers = judged.load_test_corpus()
        loaded = time.perf_counter() - started
        measured = judged.measure_test_corpus(papers)
    data = asdict(measured)
    data.update(ndcg=measured.ndcg, recall=measured.recall, load_seconds=loaded,
                search_seconds=time.perf_counter() - started - loaded)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _postgres_database(url: str, name: str, *, create: bool) -> str:
    """Create (or drop) database ``name`` on the server of ``url``; return its URL."""
    import psycopg

    base, _, _ = url.rpartition("/")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if create:
            connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def _measure(which: str, postgres_url: str | None, leave_out: list[str] = ()) -> dict:
    with tempfile.TemporaryDirectory(prefix="townhall-relevance-") as work:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
        env.update(TOWNHALL_DATA_DIR=work, TOWNHALL_SECRET_KEY="bench", PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
        env["TOWNHALL_BENCH_LEAVE_OUT"] = ",".join(leave_out)
        database = f"townhall_relevance_{which}"
        if postgres_url:
            env["TOWNHALL_DATABASE_URL"] = _postgres_database(postgres_url, database, create=True)
        out = Path(work) / "outcome.json"
        try:
            subprocess.run([sys.executable, __file__, "--worker", which, str(out)], env=env, check=True, cwd=ROOT)
            return json.loads(out.read_text(encoding="utf-8"))
        finally:
            if postgres_url:
                _postgres_database(postgres_url, database, create=False)


def _commit() -> str:
    found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    return found.stdout.strip() or "unknown"


GLOSSARY_LOAD = """
import json, time
started, wall = time.process_time(), time.perf_counter()
from townhall.search.glossary import load_glossary
glossary = load_glossary()
print(json.dumps({"cpu": time.process_time() - started, "wall": time.perf_counter() - wall,
                  "concepts": len(glossary.concepts),
                  "terms": sum(len(t) for c in glossary.concepts.values() for t in c.terms.values())}))
"""


def _glossary_load(rounds: int = 5) -> dict:
    """Load the glossary in ``rounds`` fresh processes; return the median CPU and wall seconds (imports included)."""
    runs = []
    for _ in range(rounds):
        done = subprocess.run([sys.executable, "-c", GLOSSARY_LOAD], capture_output=True, text=True, check=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        runs.append(json.loads(done.stdout))
    median = lambda key: sorted(r[key] for r in runs)[len(runs) // 2]  # noqa: E731
    return {"cpu": median("cpu"), "wall": median("wall"), "concepts": runs[0]["concepts"], "terms": runs[0]["terms"]}


def _groups(outcomes: list[dict], key) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for outcome in outcomes:
        for group in key(outcome):
            groups.setdefault(group, []).append(outcome)
    return dict(sorted(groups.items()))


def _mean(outcomes: list[dict], field: str) -> float:
    return sum(o[field] for o in outcomes) / len(outcomes)


def _report(results: dict[str, dict[str, dict]], glossary: dict) -> str:
    vendors = list(results)
    lines = ["# Search relevance", ""]
    lines += [
        "Judged queries (`tests/search/queries_real.yaml`, `tests/search/queries.yaml`) run through",
        "`search_papers` as an anonymous visitor; nDCG@10 with gains 2^grade - 1, recall@10 of at most",
        "ten relevant papers. The real development set is `../shared/realpapers/`, ingested with the real",
        "pipeline; its judgements were written by reading the documents, before any search ran on them.",
        "\"Added after tuning\" and \"held out\" are queries judged and added after the ranking was tuned on",
        "the others, before they were run; no change to the ranking was made for them.",
        "",
        "```sh",
        "source scripts/postgres.sh; start_postgres",
        ".venv/bin/python bench/relevance.py --postgres-url $PG_URL",
        "stop_postgres",
        "```",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} at commit {_commit()}, SQLite {sqlite3.sqlite_version}"
        + (", PostgreSQL (private cluster from `scripts/postgres.sh`)." if len(vendors) > 1 else "."),
        "",
        "| set | queries | " + " | ".join(f"nDCG@10 {v} | recall@10 {v}" for v in vendors) + " |",
        "|---|---:|" + "---:|---:|" * len(vendors),
    ]
    first = results[vendors[0]]
    rows = [(TITLES[s], [results[v][s]["outcomes"] for v in vendors]) for s in SETS if s in first]
    if "real" in first:
        # The queries added after tuning (judged before they ran) tell how the changes carry to new queries.
        splits = [("... tuned on", ""), ("... added after tuning", "after-tuning"), ("... held out", "held-out")]
        splits += [(f"... held out, {word} split", f"held-out-{number}") for number, word in enumerate(SPLIT_ORDINALS, start=2)]
        for title, added in splits:
            rows.append((title, [[o for o in results[v]["real"]["outcomes"] if (o.get("added") or "") == added]
                                 for v in vendors]))
        # The figure the target is stated on: the real set without the splits written after the third.
        rows.append((f"... the 148 (without the fourth to {SPLIT_ORDINALS[-1]} splits)",
                     [[o for o in results[v]["real"]["outcomes"] if (o.get("added") or "") not in LATER_SPLITS] for v in vendors]))
    rows.append(("Whole set", [[o for s in SETS if s in results[v] for o in results[v][s]["outcomes"]] for v in vendors]))
    for title, per_vendor in rows:
        if not per_vendor[0]:
            continue
        cells = " | ".join(f"{_mean(o, 'ndcg'):.3f} | {_mean(o, 'recall'):.3f}" for o in per_vendor)
        lines.append(f"| {title} | {len(per_vendor[0])} | {cells} |")
    lines += [
        "",
        f"The glossary holds {glossary['concepts']} concepts and {glossary['terms']} terms. Loading it in a fresh process",
        f"(imports included) takes {glossary['cpu'] * 1000:.0f} ms of CPU time ({glossary['wall'] * 1000:.0f} ms wall time; median of 5);",
        "it is loaded once per process, at the first search.",
    ]
    for which in SETS:
        if which not in first:
            continue
        lines += ["", f"## {TITLES[which]}", ""]
        outcomes = {v: results[v][which]["outcomes"] for v in vendors}
        if first[which].get("not_indexed"):
            lines += [f"Not in the index (cannot be read): {', '.join(first[which]['not_indexed'])}; judged, but left out of the",
                      "ideal ranking.", ""]
        if which == "real":
            for label, key in (("query language", lambda o: [o["language"]]), ("kind of query", lambda o: o["tags"] or ["plain"]),
                               ("when the query was added", lambda o: [o.get("added") or "before tuning"])):
                lines += [f"By {label}:", "", "| group | queries | " + " | ".join(f"nDCG@10 {v}" for v in vendors) + " |",
                          "|---|---:|" + "---:|" * len(vendors)]
                grouped = {v: _groups(outcomes[v], key) for v in vendors}
                for group, items in grouped[vendors[0]].items():
                    lines.append(f"| {group} | {len(items)} | " + " | ".join(f"{_mean(grouped[v][group], 'ndcg'):.3f}" for v in vendors) + " |")
                lines.append("")
        lines += ["| query | relevant | " + " | ".join(f"nDCG {v} | recall {v}" for v in vendors) + " | not in the first ten (" + vendors[0] + ") |",
                  "|---|---:|" + "---:|---:|" * len(vendors) + "---|"]
        for i, outcome in enumerate(outcomes[vendors[0]]):
            query = outcome["query"] + (f" {outcome['filters']}" if outcome["filters"] else "")
            cells = " | ".join(f"{outcomes[v][i]['ndcg']:.2f} | {outcomes[v][i]['recall']:.2f}" for v in vendors)
            missing = ", ".join(outcome["missing"][:4]) + (" ..." if len(outcome["missing"]) > 4 else "")
            lines.append(f"| {query.replace('|', '&#124;')} | {outcome['relevant']} | {cells} | {missing} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres-url", help="also measure on this PostgreSQL server (a database is created for each set)")
    parser.add_argument("--no-sqlite", action="store_true", help="with --postgres-url: measure on PostgreSQL only")
    parser.add_argument("--set", choices=SETS, action="append", help="measure only this set (repeatable)")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.relative_to(ROOT)}")
    parser.add_argument("--json", type=Path, help="also write every query's outcome, per engine and set, to this JSON file")
    parser.add_argument("--leave-out", action="append", default=[], metavar="ADDED",
                        help="do not run the real queries whose `added` field is ADDED (a split kept unseen; repeatable)")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]))
        return
    backends = {"sqlite": None, **({"postgresql": args.postgres_url} if args.postgres_url else {})}
    if args.no_sqlite and args.postgres_url:
        del backends["sqlite"]
    results: dict[str, dict[str, dict]] = {}
    for vendor, url in backends.items():
        for which in args.set or SETS:
            measured = _measure(which, url, args.leave_out)
            results.setdefault(vendor, {})[which] = measured
            print(f"{vendor:10s} {TITLES[which]:42s} {len(measured['outcomes']):4d} queries  nDCG@10 {measured['ndcg']:.3f}"
                  f"  recall@10 {measured['recall']:.3f}  (loaded in {measured['load_seconds']:.0f} s,"
                  f" searched in {measured['search_seconds']:.1f} s)", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    glossary = _glossary_load()
    print(f"glossary: {glossary['concepts']} concepts, {glossary['terms']} terms, loaded in {glossary['cpu'] * 1000:.0f} ms CPU")
    report = _report(results, glossary)
    print(report)
    if not args.no_write and not args.set:
        RESULTS.write_text(report, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
