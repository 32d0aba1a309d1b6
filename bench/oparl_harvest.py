"""Measure the OParl harvester: the Hürtgenwald replay, and a townhall instance over loopback HTTP.

    .venv/bin/python bench/oparl_harvest.py [--papers 3000] [--skip-loopback]

1. Replay: harvest the recorded Hürtgenwald responses (105 responses, 2,553 list entries,
   about 17,700 objects with the embedded ones) into a fresh SQLite database; then run again
   (incremental, ``modified_since``), which should write nothing.
2. Loopback: a source townhall (the demo plus --papers generated papers, each with a main file and
   a consultation) served by gunicorn on 127.0.0.1, harvested by ``townhall oparl-import`` into a
   second, fresh database. Prints objects per second.

Every database and file store lives in a temporary directory that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.loopback import free_port, wait_for_port  # noqa: E402

BIN = ROOT / ".venv" / "bin"
RECORDING = ROOT.parent / "shared" / "oparl-real" / "huertgenwald-oparl-1.0.jsonl"
SYSTEM = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/system"

GENERATE = """
import django, os, sys
from datetime import date, timedelta
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
django.setup()
from townhall.core.models import Body, Consultation, File, Meeting, Organization, Paper
n = int(sys.argv[1])
body = Body.objects.order_by("id").first()
org = Organization.objects.filter(body=body).order_by("id").first()
meeting = Meeting.objects.filter(body=body).order_by("id").first()
files = File.objects.bulk_create(File(body=body, name=f"Vorlage {i}", file_name=f"vorlage-{i}.pdf", mime_type="application/pdf",
                                      date=date(2025, 1, 1) + timedelta(days=i % 365)) for i in range(n))
papers = Paper.objects.bulk_create(Paper(body=body, name=f"Generated paper {i} about the budget", reference=f"GEN-{i:05d}",
                                         date=date(2025, 1, 1) + timedelta(days=i % 365), paper_type="Beschlussvorlage",
                                         main_file=f) for i, f in enumerate(files))
Consultation.objects.bulk_create(Consultation(paper=p, meeting=meeting, role="Beratung") for p in papers)
for c in Consultation.objects.filter(paper__in=papers):
    c.organizations.add(org)
print(len(papers))
"""


def run(args, env, **kwargs):
    return subprocess.run(args, env=env, check=True, capture_output=True, text=True, cwd=ROOT, **kwargs)


def environment(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
    env["TOWNHALL_DATA_DIR"] = str(data_dir)
    env["TOWNHALL_LOG_LEVEL"] = "ERROR"
    return env


def imported(summary: str) -> tuple[int, int]:
    """Return (objects written, objects failed) from the command's summary table."""
    written = failed = 0
    for line in summary.splitlines():
        match = re.match(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", line.strip())
        if match:
            created, updated, _, deleted, fail = map(int, match.groups()[1:])
            written += created + updated + deleted
            failed += fail
    return written, failed


def import_command(env, url, *extra):
    started = time.perf_counter()
    result = subprocess.run([str(BIN / "townhall"), "oparl-import", url, "--no-progress", *extra], env=env, capture_output=True,
                            text=True, cwd=ROOT)
    return time.perf_counter() - started, result.stdout


def bench_replay(workdir: Path) -> None:
    env = environment(workdir / "replay")
    run([str(BIN / "townhall"), "migrate", "-v0"], env)
    seconds, out = import_command(env, SYSTEM, "--replay", str(RECORDING))
    written, failed = imported(out)
    print(f"replay, first run:  {seconds:6.1f} s  {written} objects written, {failed} failed  ({written / seconds:.0f} objects/s, incl. process start)")
    seconds, out = import_command(env, SYSTEM, "--replay", str(RECORDING))
    written, failed = imported(out)
    print(f"replay, second run: {seconds:6.1f} s  {written} objects written, {failed} failed (modified_since)")


def bench_loopback(workdir: Path, papers: int) -> None:
    source_env = environment(workdir / "source")
    run([str(BIN / "townhall"), "migrate", "-v0"], source_env)
    run([str(BIN / "townhall"), "demo"], source_env)
    run([str(BIN / "python"), "-c", GENERATE, str(papers)], source_env)
    port = free_port()
    server = subprocess.Popen([str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "townhall.wsgi:application"],
                              env=source_env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/oparl/v1.1/"
        wait_for_port(port, attempts=100, pause=0.1)
        target_env = environment(workdir / "target")
        run([str(BIN / "townhall"), "migrate", "-v0"], target_env)
        seconds, out = import_command(target_env, url)
        written, failed = imported(out)
        print(f"loopback, {papers} generated papers: {seconds:6.1f} s  {written} objects written, {failed} failed  "
              f"({written / seconds:.0f} objects/s, incl. process start)")
        seconds, out = import_command(target_env, url)
        written, _ = imported(out)
        print(f"loopback, second run: {seconds:6.1f} s  {written} objects written (modified_since)")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=3000)
    parser.add_argument("--skip-loopback", action="store_true")
    options = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, SQLite databases")
    workdir = Path(tempfile.mkdtemp(prefix="townhall-bench-oparl-"))
    try:
        if RECORDING.exists():
            bench_replay(workdir)
        else:
            print(f"{RECORDING} is missing; replay skipped")
        if not options.skip_loopback:
            bench_loopback(workdir, options.papers)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
