"""Measure harvests at scale: peak memory of a 100k-object harvest, and the Hürtgenwald replay through the queue.

    .venv/bin/python bench/harvest_scale.py [--papers 25000] [--compare ../main] [--skip-queue]

1. Memory: a generated OParl source (``bench/oparl_source.py``: each paper with an embedded file and
   two consultations, so 25,000 papers are 100,000 harvested objects plus meetings, committees and
   persons) is served over loopback HTTP and harvested by ``townhall oparl-import`` into a fresh
   SQLite database. The harvesting process's peak resident memory comes from ``wait4``. With
   ``--compare CHECKOUT`` the same harvest runs first with that checkout's code (same interpreter).
2. Queue: the recorded Hürtgenwald responses are harvested as a job (``oparl-import --queue``) by two
   Celery workers over a private Redis; the time runs from queuing until every job is done.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.loopback import free_port, wait_for_port  # noqa: E402
from bench.oparl_harvest import RECORDING, SYSTEM, environment as harvest_environment  # noqa: E402

BIN = Path(sys.executable).parent


def environment(data_dir: Path, source: Path | None = None) -> dict:
    env = harvest_environment(data_dir)
    env["TOWNHALL_SECRET_KEY"] = "bench"
    if source is not None:
        env["PYTHONPATH"] = str(source / "src")
    return env


def load() -> str:
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


def harvest_memory(workdir: Path, papers: int, code: Path, label: str) -> dict:
    env = environment(workdir / label, code)
    subprocess.run([str(BIN / "python"), "-m", "townhall.cli", "migrate", "-v0"], env=env, check=True, cwd=code)
    port = free_port()
    server = subprocess.Popen([str(BIN / "python"), str(ROOT / "bench" / "oparl_source.py"), "--papers", str(papers), "--port", str(port)])
    try:
        wait_for_port(port)
        before = load()
        started = time.perf_counter()
        process = subprocess.Popen([str(BIN / "python"), "-m", "townhall.cli", "oparl-import", f"http://127.0.0.1:{port}/oparl/system",
                                    "--no-progress"], env=env, cwd=code, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    database = sqlite3.connect(workdir / label / "townhall.sqlite3")
    counts = {table: database.execute(f"SELECT count(*) FROM core_{table}").fetchone()[0]
              for table in ("paper", "file", "consultation", "meeting", "organization", "person")}
    return {"label": label, "seconds": seconds, "peak_mib": usage.ru_maxrss / 1024, "status": status, "counts": counts,
            "objects": sum(counts.values()), "load": before, "tail": output.strip().splitlines()[-3:]}


def queue_replay(workdir: Path) -> dict:
    tests = ROOT / "tests" / "jobs"
    sys.path.insert(0, str(tests))
    from redis_server import start_redis  # the tests' private Redis starter

    redis, url, folder = start_redis()
    env = environment(workdir / "queue")
    env["TOWNHALL_BROKER_URL"] = url
    subprocess.run([str(BIN / "townhall"), "migrate", "-v0"], env=env, check=True)
    workers = [subprocess.Popen([str(BIN / "townhall"), "worker", "--concurrency", "1", "--name", f"bench{n}"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for n in (1, 2)]
    try:
        time.sleep(8)  # both workers connected to the broker
        database = workdir / "queue" / "townhall.sqlite3"
        before = load()
        started = time.perf_counter()
        subprocess.run([str(BIN / "townhall"), "oparl-import", SYSTEM, "--replay", str(RECORDING), "--queue"], env=env, check=True,
                       capture_output=True)
        while True:
            with sqlite3.connect(database) as db:
                states = [row[0] for row in db.execute("SELECT status FROM jobs_job")]
            if states and all(state in ("done", "failed") for state in states):
                break
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        with sqlite3.connect(database) as db:
            result = db.execute("SELECT result, status FROM jobs_job WHERE name = 'oparl.harvest'").fetchone()
            objects = sum(db.execute(f"SELECT count(*) FROM core_{t}").fetchone()[0] for t in (
                "paper", "file", "consultation", "meeting", "agendaitem", "organization", "person", "membership", "location", "body"))
        return {"seconds": seconds, "status": result[1], "objects": objects, "load": before, "jobs": len(states)}
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=30)
        redis.terminate()
        redis.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=25000)
    parser.add_argument("--compare", type=Path, help="Another checkout whose harvester runs first, for a side-by-side figure.")
    parser.add_argument("--skip-queue", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="townhall-bench-harvest-"))
    try:
        if not options.skip_memory:
            runs = []
            if options.compare:
                runs.append(harvest_memory(workdir, options.papers, options.compare.resolve(), "compare"))
            runs.append(harvest_memory(workdir, options.papers, ROOT, "this"))
            for run in runs:
                print(f"{run['label']}: {run['objects']} objects ({run['counts']}) in {run['seconds']:.1f} s, "
                      f"peak {run['peak_mib']:.0f} MiB, exit {run['status']}, {run['load']}; {run['tail']}")
        if not options.skip_queue and RECORDING.exists():
            result = queue_replay(workdir)
            print(f"Hürtgenwald replay through the queue, 2 workers: {result['seconds']:.1f} s, harvest {result['status']}, "
                  f"{result['objects']} rows kept, {result['jobs']} jobs, {result['load']}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
