"""Benchmark the OParl API: requests/s and p95 latency for list pages and single objects.

Builds a throw-away instance with N generated papers (rows created in bulk), serves it with
gunicorn on 127.0.0.1 and loads it with wrk on loopback, 10 s per scenario:

    .venv/bin/python bench/oparl_api.py [--papers 100000] [--duration 10] [--workers N] [--threads N]
                                        [--connections 4] [--database-url URL] [--keep DIR] [--write]

The server is `townhall serve` (gunicorn), with TOWNHALL_WEB_WORKERS / TOWNHALL_WEB_THREADS or
--workers / --threads.
--keep DIR builds the instance in DIR once and reuses it on later runs (a 100k database takes a while).
--fill-store first renders every page of the paper and consultation lists into the store in a
separate process, so that the web processes start with nothing in memory but find every object in
the shared store. --clear-store empties the stored OParl serializations (shared by all web processes) first, so that
every object is rendered on its first request ("cold"); without it a kept instance keeps what an
earlier run stored, as a restarted server does.
--warm-passes N first walks every page of the paper list N times (in random order, over as many
connections as wrk uses), so that each web process has served, and stored, most objects once.

Each scenario also reports the CPU time (user + system, read from /proc) the gunicorn workers spent
per request: unlike requests/s and latency, other work on the shared machine does not inflate it.

--write stores the table in bench/results/oparl_api.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.loopback import free_port  # noqa: E402

VENV_BIN = Path(sys.executable).parent

POPULATE = r"""
import random
from datetime import date, datetime, timedelta, timezone
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from townhall.core.models import Consultation, Organization, Paper
from townhall.core.services import body_create

N = int({papers})
if Paper.all_objects.exists():
    # A kept instance: report what it holds instead of creating it again.
    body = Paper.all_objects.order_by("id").first().body
    print(body.pk, Paper.objects.order_by("id").values_list("id", flat=True).first(), Paper.objects.order_by("-id").values_list("id", flat=True).first())
    raise SystemExit(0)
body = body_create(name="Benchby Kommune", country="DK", language="da")
committees = [Organization.objects.create(body=body, name=f"Udvalg {{n}}", organization_type="committee") for n in range(8)]
start = datetime(2020, 1, 1, tzinfo=timezone.utc)
random.seed(7)
batch = 5000
for first in range(0, N, batch):
    papers = Paper.objects.bulk_create(
        Paper(body=body, name=f"Sag {{n}}: forslag om ændring af lokalplan for område {{n % 97}}", reference=f"2020-{{n:06d}}",
              date=date(2020, 1, 1) + timedelta(days=n % 2000), paper_type="Indstilling", kind="proposal", language="da",
              created=start + timedelta(minutes=n), modified=start + timedelta(minutes=n))
        for n in range(first, min(first + batch, N))
    )
    consultations = Consultation.objects.bulk_create(
        Consultation(paper=paper, role="Indstilling", position=0, created=paper.created, modified=paper.modified)
        for paper in papers[::5]
    )
    Consultation.organizations.through.objects.bulk_create(
        Consultation.organizations.through(consultation_id=c.pk, organization_id=random.choice(committees).pk)
        for c in consultations
    )
print(body.pk, Paper.objects.order_by("id").values_list("id", flat=True).first(), Paper.objects.order_by("-id").values_list("id", flat=True).first())
"""

FILL_STORE = r"""
import django
django.setup()
from django.test import Client
from townhall.core.models import Paper
client = Client(HTTP_HOST="127.0.0.1")
body, first = {body}, {first}
pages = -(-Paper.objects.filter(body_id=body, public=True, deleted=False).count() // 100)
for n in range(1, pages + 1):
    for query in (f"page={{n}}&after={{first - 1 + (n - 1) * 100}}", f"omit_internal=true&page={{n}}"):
        assert client.get(f"/oparl/v1.1/body/{{body}}/paper?{{query}}").status_code == 200
for n in range(1, max(1, pages // 5) + 1):
    assert client.get(f"/oparl/v1.1/body/{{body}}/consultation?page={{n}}").status_code == 200
"""

CLEAR_STORE = r"""
import django
django.setup()
from townhall.oparl.models import StoredView
StoredView.objects.all().delete()
"""

SERVER_SHAPE = r"""
import django
django.setup()
from django.conf import settings
print(settings.WEB_WORKERS, settings.WEB_THREADS)
"""

WRK_SCRIPT = r"""
math.randomseed(42)
request = function()
  local n = math.random({low}, {high})
  -- A pattern with two %d gets the page number and the id the previous page ended at.
  return wrk.format("GET", string.format("{pattern}", n, {first_id} - 1 + (n - 1) * 100))
end
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\n", latency:percentile(95.0)))
  io.write(string.format("P50_US %d\n", latency:percentile(50.0)))
  io.write(string.format("NON2XX %d\n", summary.errors.status))
end
"""


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer at {url}")


def worker_cpu_seconds(master: int) -> float:
    """Return the CPU time (user + system) the gunicorn workers under *master* have used so far."""
    total = 0
    for child in Path(f"/proc/{master}/task/{master}/children").read_text().split():
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def settled_cpu_seconds(master: int, *, polls: int = 60) -> float:
    """Return the workers' CPU time once it stands still: requests a client gave up on may still run."""
    used = worker_cpu_seconds(master)
    for _ in range(polls):
        time.sleep(0.5)
        now = worker_cpu_seconds(master)
        if now - used < 0.02:
            break
        used = now
    return used


def walk_pages(base: str, body_pk: int, pages: int, first_id: int, *, passes: int, connections: int) -> float:
    """Request every page of the paper list *passes* times in random order; return the seconds it took."""
    import random
    from concurrent.futures import ThreadPoolExecutor

    urls = [f"{base}/oparl/v1.1/body/{body_pk}/paper?page={n}&after={first_id - 1 + (n - 1) * 100}"
            for n in range(1, pages + 1)] * passes
    random.Random(11).shuffle(urls)

    def get(url):
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()

    began = time.time()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(get, urls))
    return time.time() - began


def run_wrk(base: str, pattern: str, low: int, high: int, *, duration: int, connections: int, workdir: Path,
            first_id: int = 1, master: int) -> dict:
    script = workdir / "scenario.lua"
    script.write_text(WRK_SCRIPT.format(low=low, high=high, pattern=pattern, first_id=first_id))
    # Warm up each worker's caches and connections before measuring.
    subprocess.run(["wrk", "-t1", "-c2", "-d2s", "-s", str(script), base], capture_output=True, check=True)
    cpu_before = worker_cpu_seconds(master)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    used = settled_cpu_seconds(master)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return {
        "cpu_ms": 1000 * (used - cpu_before) / max(1, requests),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": int(re.search(r"P50_US (\d+)", out).group(1)) / 1000,
        "p95_ms": int(re.search(r"P95_US (\d+)", out).group(1)) / 1000,
        "non2xx": int(re.search(r"NON2XX (\d+)", out).group(1)),
        "requests": requests,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--workers", type=int, default=None, help="default: TOWNHALL_WEB_WORKERS or its default")
    parser.add_argument("--threads", type=int, default=None, help="default: TOWNHALL_WEB_THREADS or its default")
    parser.add_argument("--clear-store", action="store_true", help="Empty the stored OParl serializations first.")
    parser.add_argument("--fill-store", action="store_true",
                        help="Render every page of the paper and consultation lists into the store first (in one process).")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--warm-passes", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="Use (and keep) this data directory instead of a temporary one.")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk).")

    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="townhall-bench-oparl-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    # A fixed public URL: the stored JSON names it, so every run (on any free port) finds what earlier ones stored.
    env = dict(os.environ, TOWNHALL_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="townhall.settings",
               TOWNHALL_PUBLIC_URL="http://127.0.0.1:8000",
               TOWNHALL_ALLOWED_HOSTS="127.0.0.1", TOWNHALL_DEBUG="false", TOWNHALL_LOG_LEVEL="WARNING")
    if args.database_url:
        env["TOWNHALL_DATABASE_URL"] = args.database_url
    server = None
    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
    try:
        began = time.time()
        out = subprocess.run([sys.executable, "-c", POPULATE.format(papers=args.papers)], env=env, cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
        body_pk, first_paper, last_paper = (int(value) for value in out[-3:])
        print(f"created {args.papers} papers in {time.time() - began:.1f} s", file=sys.stderr)

        if args.clear_store:
            subprocess.run([sys.executable, "-c", CLEAR_STORE], env=env, cwd=ROOT, check=True)
        if args.fill_store:
            began = time.time()
            subprocess.run([sys.executable, "-c", FILL_STORE.format(body=body_pk, first=first_paper)], env=env, cwd=ROOT, check=True)
            print(f"filled the store in {time.time() - began:.1f} s", file=sys.stderr)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        serve = [str(VENV_BIN / "townhall"), "serve", "--port", str(port)]
        serve += ["--workers", str(args.workers)] if args.workers else []
        serve += ["--threads", str(args.threads)] if args.threads else []
        log = (data_dir / "gunicorn.log").open("ab")
        server = subprocess.Popen(serve, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
        wait_until_up(f"{base}/oparl/v1.1/")
        pages = -(-args.papers // 100)
        if args.warm_passes:
            took = walk_pages(base, body_pk, pages, first_paper, passes=args.warm_passes, connections=args.connections)
            print(f"walked every page {args.warm_passes} times in {took:.1f} s", file=sys.stderr)
        scenarios = [
            ("System object", "/oparl/v1.1/", 1, 1),
            ("list page, 100 papers (random page of the body's paper list by number)", f"/oparl/v1.1/body/{body_pk}/paper?page=%d", 1, pages),
            ("list page, 100 papers (random page as links.next names it: page and after)",
             f"/oparl/v1.1/body/{body_pk}/paper?page=%d&after=%d", 1, pages),
            ("single paper (random id)", "/oparl/v1.1/paper/%d", first_paper, last_paper),
            ("list page, 100 papers, omit_internal=true", f"/oparl/v1.1/body/{body_pk}/paper?omit_internal=true&page=%d", 1, pages),
            ("list page, 100 consultations (random page by number)", f"/oparl/v1.1/body/{body_pk}/consultation?page=%d", 1,
             max(1, pages // 5)),
        ]
        results = []
        for name, pattern, low, high in scenarios:
            figures = run_wrk(base, pattern, low, high, duration=args.duration, connections=args.connections, workdir=data_dir,
                              first_id=first_paper, master=server.pid)
            results.append((name, figures))
            print(f"{name}: {figures['rps']:.1f} req/s, {figures['cpu_ms']:.2f} ms CPU per request, p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, "
                  f"{figures['requests']} requests, {figures['non2xx']} non-2xx", file=sys.stderr)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)

    database = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    default_workers, default_threads = subprocess.run([sys.executable, "-c", SERVER_SHAPE], env=env, cwd=ROOT, capture_output=True,
                                                      text=True, check=True).stdout.split()
    workers, threads = args.workers or default_workers, args.threads or default_threads
    system_rps = results[0][1]["rps"] if results else 0
    table = [
        f"Database: {database}; {args.papers} papers (every 5th with a consultation); `townhall serve` (gunicorn) with {workers} workers × {threads} threads "
        f"on 127.0.0.1; {'store emptied first (cold)' if args.clear_store else 'every list page rendered into the store first, by another process (warm store, fresh web processes)' if args.fill_store else 'stored serializations kept from earlier runs'}; wrk 2 threads, {args.connections} connections, {args.duration} s per scenario after a 2 s warm-up; "
        f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}; "
        f"load average before/after the run: {load_before} / {' '.join(f'{x:.1f}' for x in os.getloadavg())} (other work shares the machine).",
        "",
        "| Scenario | Requests/s | p50 latency | p95 latency | Requests | Non-2xx | Cost against the System object | Server CPU per request |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, f in results:
        ratio = f"{system_rps / f['rps']:.1f}×" if f["rps"] else "—"
        table.append(f"| {name} | {f['rps']:.1f} | {f['p50_ms']:.1f} ms | {f['p95_ms']:.1f} ms | {f['requests']} | {f['non2xx']} | {ratio} | {f['cpu_ms']:.2f} ms |")
    text = "\n".join(table)
    print(text)
    if args.write:
        target = ROOT / "bench" / "results" / "oparl_api.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        command = "python bench/oparl_api.py" + (" --database-url $PG_URL" if args.database_url else "") + " --write"
        header = f"## OParl API ({database})\n\nCommand: `{command}`\n\n"
        existing = target.read_text(encoding="utf-8") if target.exists() else "# OParl API benchmark\n\n"
        section = re.compile(rf"## OParl API \({database}\)\n.*?(?=\n## |\Z)", re.S)
        new_section = header + text + "\n"
        existing = section.sub(new_section.rstrip("\n") + "\n", existing) if section.search(existing) else existing.rstrip("\n") + "\n\n" + new_section
        target.write_text(existing.rstrip("\n") + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
