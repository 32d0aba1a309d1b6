"""Compare what two harvester checkouts store from the Hürtgenwald replay, row by row.

    .venv/bin/python bench/harvest_compare.py --compare ../main [--database-url URL_A --database-url URL_B]

Each checkout harvests the recording into a fresh database of its own (the same interpreter, its
own code on ``PYTHONPATH``); then every harvested row is dumped without its primary key (links as
the origin ids they point to, many-to-many links as sorted lists of origin ids) together with the
harvest errors and the summary table, and the two dumps must be equal. Prints the time of each run
and the load average before it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.oparl_harvest import RECORDING, SYSTEM, environment as harvest_environment  # noqa: E402

BIN = Path(sys.executable).parent

DUMP = r"""
import json, os, sys
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
django.setup()
from django.db import models
from townhall.core import models as core
from townhall.oparl.models import HarvestError

SKIP = {"id", "created", "modified"} if "--no-times" in sys.argv else {"id"}
out = {}
origins = {}
names = ("Body", "LegislativeTerm", "Location", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
         "Paper", "Consultation", "File")
for name in names:
    model = getattr(core, name)
    origins[model] = dict(model.all_objects.values_list("pk", "origin_id"))
for name in names:
    model = getattr(core, name)
    rows = {}
    for obj in model.all_objects.exclude(origin_id="").order_by("pk"):
        row = {}
        for field in model._meta.concrete_fields:
            if field.name in SKIP:
                continue
            value = getattr(obj, field.attname)
            if isinstance(field, models.ForeignKey):
                value = origins.get(field.related_model, {}).get(value, value if field.related_model not in origins else None)
                if field.related_model not in origins:
                    value = "<local>" if value is not None else None
            row[field.name] = value if isinstance(value, (str, int, float, bool, list, dict, type(None))) else str(value)
        for field in model._meta.many_to_many:
            through = getattr(model, field.name).through
            source, target = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
            row[field.name] = sorted(origins[field.related_model].get(t, "?")
                                     for t in through.objects.filter(**{source: obj.pk}).values_list(target, flat=True))
        rows[obj.origin_id] = row
    out[name] = rows
out["errors"] = sorted([e.object_type, e.object_id, e.url, e.message, e.resolved, e.attempts]
                       for e in HarvestError.objects.all())
json.dump(out, sys.stdout, sort_keys=True, indent=0, default=str)
"""


def harvest(code: Path, workdir: Path, label: str, database_url: str | None) -> dict:
    env = harvest_environment(workdir / label)
    env["TOWNHALL_SECRET_KEY"] = "bench"
    env["PYTHONPATH"] = str(code / "src")
    if database_url:
        env["TOWNHALL_DATABASE_URL"] = database_url
    subprocess.run([str(BIN / "python"), "-m", "townhall.cli", "migrate", "-v0"], env=env, check=True, cwd=code)
    load = os.getloadavg()
    started = time.perf_counter()
    result = subprocess.run([str(BIN / "python"), "-m", "townhall.cli", "oparl-import", SYSTEM, "--replay", str(RECORDING),
                             "--no-progress"], env=env, cwd=code, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    dump = subprocess.run([str(BIN / "python"), "-c", DUMP, "--no-times"], env=env, cwd=code, capture_output=True, text=True,
                          check=True).stdout
    summary = [line for line in result.stdout.splitlines() if line.strip()]
    return {"label": label, "seconds": seconds, "load": load, "exit": result.returncode, "dump": json.loads(dump),
            "summary": summary}


def differences(a: dict, b: dict) -> list[str]:
    found = []
    for key in sorted(set(a) | set(b)):
        if key == "errors":
            if a.get(key) != b.get(key):
                found.append(f"errors differ: {len(a.get(key, []))} against {len(b.get(key, []))}")
            continue
        rows_a, rows_b = a.get(key, {}), b.get(key, {})
        if set(rows_a) != set(rows_b):
            found.append(f"{key}: {len(set(rows_a) - set(rows_b))} only in the first, {len(set(rows_b) - set(rows_a))} only in the second")
        for origin in sorted(set(rows_a) & set(rows_b)):
            if rows_a[origin] != rows_b[origin]:
                fields = sorted(f for f in set(rows_a[origin]) | set(rows_b[origin]) if rows_a[origin].get(f) != rows_b[origin].get(f))
                found.append(f"{key} {origin}: {', '.join(f'{f}: {rows_a[origin].get(f)!r} / {rows_b[origin].get(f)!r}' for f in fields)}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, required=True, help="The other checkout (its harvester runs first).")
    parser.add_argument("--database-url", action="append", default=[],
                        help="Twice, for PostgreSQL: an empty database for each checkout (SQLite files otherwise).")
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="townhall-bench-compare-"))
    urls = options.database_url or [None, None]
    if len(urls) != 2:
        parser.error("give --database-url twice, or not at all")
    try:
        runs = [harvest(options.compare.resolve(), workdir, "compare", urls[0]), harvest(ROOT, workdir, "this", urls[1])]
        for run in runs:
            total = sum(len(rows) for key, rows in run["dump"].items() if key != "errors")
            print(f"{run['label']}: {run['seconds']:.1f} s, exit {run['exit']}, {total} rows, {len(run['dump']['errors'])} errors, "
                  f"load average {', '.join(f'{x:.1f}' for x in run['load'])}")
        if runs[0]["summary"][-14:] != runs[1]["summary"][-14:]:
            print("summaries differ:\n" + "\n".join(runs[0]["summary"][-14:]) + "\n---\n" + "\n".join(runs[1]["summary"][-14:]))
        found = differences(runs[0]["dump"], runs[1]["dump"])
        for line in found[:40]:
            print(line)
        print(f"{len(found)} differences")
        return 1 if found else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
