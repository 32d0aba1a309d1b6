"""Load test: 50 concurrent clients for 60 s on search pages, paper pages and OParl lists.

Serves a generated council of 100k papers (built by bench/web.py: texts, routes, search index)
with `townhall serve` (gunicorn; TOWNHALL_WEB_WORKERS / TOWNHALL_WEB_THREADS or --workers /
--threads) on 127.0.0.1 and loads it with wrk. Each request picks, at random, a search (40 %: one
of the generated words or two of them, a third narrowed by municipality, kind or year, a fifth on
the second page), the page of one of 5,000 public papers (30 %), or a page of a body's OParl paper
list by number (30 %). Prints requests/s, p50/p95/p99 latency, non-2xx answers, socket errors, the
server's CPU time per request and the share of answers served from the public page cache:

    .venv/bin/python bench/load.py --keep DIR [--clients 50] [--duration 60] [--fill-store]
                                   [--per-kind SECONDS [--no-mix]] [--trace FILE] [--write]

--keep DIR uses the data directory bench/web.py built there (and builds it first when it is empty:
`bench/web.py --papers 100000 --keep DIR`). --fill-store first renders every page of each body's
OParl paper list into the shared store (kept in DIR for later runs). --per-kind SECONDS first loads
each kind of request alone with 4 clients and reports the CPU time the gunicorn workers spent per
request (user + system, read from /proc, so other work on the machine does not count).
--trace FILE keeps gunicorn's access log with each request's time in the worker and prints what the
slowest 1 % were. The load starts once `/health/ready/` answers 200, as a load balancer would send it;
no request of the mix is sent first. --write adds the tables to bench/results/load.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.loopback import free_port  # noqa: E402
from bench.oparl_api import settled_cpu_seconds, wait_until_up, worker_cpu_seconds  # noqa: E402
from bench.web import WORDS, percentile  # noqa: E402

VENV_BIN = Path(sys.executable).parent

#: What the mix draws from: the public papers' ids and the bodies' ids and paper list lengths.
INVENTORY = r"""
import django
django.setup()
from django.conf import settings
from townhall.core.models import Body, Paper
import random
ids = list(Paper.objects.filter(public=True).order_by("id").values_list("id", flat=True))
print("PAPERS", *random.Random(5).sample(ids, min(5000, len(ids))))
for body in Body.objects.order_by("id"):
    print("BODY", body.pk, Paper.objects.filter(body=body, public=True).count())
print("SERVER", settings.WEB_WORKERS, settings.WEB_THREADS)
print("KINDS", *sorted(set(Paper.objects.filter(public=True).values_list("kind", flat=True).distinct()) - {""}))
years = Paper.objects.filter(public=True, date__isnull=False).dates("date", "year")
print("YEARS", *sorted({d.year for d in years}))
"""

#: Renders every page of each body's OParl paper list once, as `links.next` names it, into the shared store.
FILL_STORE = r"""
import django
django.setup()
from django.test import Client
from townhall.core.models import Body, Paper
client = Client(HTTP_HOST="127.0.0.1")
for body in Body.objects.order_by("id"):
    url = f"/oparl/v1.1/body/{body.pk}/paper"
    while url:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        url = response.json()["links"].get("next", "").replace("http://127.0.0.1:8000", "")
"""

WRK_SCRIPT = r"""
math.randomseed(42 + math.floor(os.clock() * 1000000))
local words = {{{words}}}
local bodies = {{{bodies}}}
local pages = {{{pages}}}
local papers = {{{papers}}}
local kinds = {{{kinds}}}
local years = {{{years}}}
local only = "{only}"
local function pick(list) return list[math.random(#list)] end
-- Searches as visitors type them: one word or two, now and then narrowed by municipality, kind or
-- year, one in five on the second page of results.
local function search()
  local q = pick(words)
  local shape = math.random()
  if shape < 0.3 then q = q .. "+" .. pick(words) end
  local path = "/search/?q=" .. q
  local filter = math.random()
  if filter < 0.15 then path = path .. "&body=" .. pick(bodies)
  elseif filter < 0.25 then path = path .. "&kind=" .. pick(kinds)
  elseif filter < 0.35 then local y = pick(years); path = path .. "&date_from=" .. y .. "-01-01&date_to=" .. y .. "-12-31"
  end
  if math.random() < 0.2 then path = path .. "&page=2" end
  return path
end
hits = 0
request = function()
  local draw = math.random()
  if only == "search" then draw = 0 elseif only == "paper" then draw = 0.5 elseif only == "oparl" then draw = 0.9 end
  local path
  if draw < 0.4 then
    path = search()
  elseif draw < 0.7 then
    path = "/papers/" .. pick(papers) .. "/"
  else
    local b = math.random(#bodies)
    path = "/oparl/v1.1/body/" .. bodies[b] .. "/paper?page=" .. math.random(pages[b])
  end
  return wrk.format("GET", path)
end
response = function(status, headers, body)
  if headers["X-Page-Cache"] == "hit" then hits = hits + 1 end
end
local threads = {{}}
setup = function(thread) table.insert(threads, thread) end
done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("hits") end
  io.write(string.format("CACHE_HITS %d\n", total))
  io.write(string.format("P50_US %d\n", latency:percentile(50.0)))
  io.write(string.format("P95_US %d\n", latency:percentile(95.0)))
  io.write(string.format("P99_US %d\n", latency:percentile(99.0)))
  io.write(string.format("MAX_US %d\n", latency.max))
  io.write(string.format("NON2XX %d\n", summary.errors.status))
  io.write(string.format("SOCKET_ERRORS %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def lua_string(word: str) -> str:
    from urllib.parse import quote

    return '"' + quote(word) + '"'


def wrk(base: str, script: Path, clients: int, duration: int, master: int) -> dict:
    """Run wrk; return its figures with the server's CPU seconds used meanwhile."""
    cpu_before = worker_cpu_seconds(master)
    began = time.time()
    out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{duration}s", "--timeout", "10s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    took = time.time() - began
    # Requests wrk gave up on still run in the server: count their CPU here, not in the next run.
    used = settled_cpu_seconds(master, polls=120)
    figures = {
        "took": took,
        "cpu": used - cpu_before,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        **{name: int(re.search(rf"{name}_US (\d+)", out).group(1)) / 1000 for name in ("P50", "P95", "P99", "MAX")},
        "non2xx": int(re.search(r"NON2XX (\d+)", out).group(1)),
        "socket_errors": int(re.search(r"SOCKET_ERRORS (\d+)", out).group(1)),
        "hits": int(re.search(r"CACHE_HITS (\d+)", out).group(1)),
    }
    return figures


TRACE_FORMAT = "%(t)s %(p)s %(D)s %(s)s %({x-page-cache}o)s %(U)s"


def request_kind(path: str) -> str:
    return "search" if path.startswith("/search/") else "paper" if path.startswith("/papers/") else (
        "oparl" if path.startswith("/oparl/") else "other")


def trace_summary(path: Path) -> str:
    """Summarise a --trace log: server time per kind, and what the slowest 1 % of requests were."""
    rows = []
    for line in path.read_text(errors="replace").splitlines():
        match = re.match(r"\[(\S+) \S+\] <(\d+)> (\d+) (\d+) (\S+) (\S+)", line)
        if match:
            stamp, pid, micros, status, cache, url = match.groups()
            rows.append((stamp, pid, int(micros) / 1000, status, cache, request_kind(url)))
    if not rows:
        return "trace: no requests logged"
    lines = [f"trace: {len(rows)} requests logged"]
    for kind in sorted({row[5] for row in rows}):
        times = [row[2] for row in rows if row[5] == kind]
        lines.append(f"  {kind}: {len(times)} requests, server time p50 {percentile(times, 0.5):.0f} ms, "
                     f"p99 {percentile(times, 0.99):.0f} ms, max {max(times):.0f} ms")
    slowest = sorted(rows, key=lambda row: -row[2])[:max(1, len(rows) // 100)]
    lines.append(f"  slowest 1 % ({len(slowest)}): " + ", ".join(
        f"{kind} {sum(1 for row in slowest if row[5] == kind)}" for kind in sorted({row[5] for row in slowest})))
    for row in slowest[:15]:
        lines.append(f"    {row[0]} worker {row[1]} {row[2]:.0f} ms {row[5]} {row[3]} cache={row[4]}")
    return "\n".join(lines)


KINDS = {"search": "search page", "paper": "paper page", "oparl": "OParl list page (100 papers, by number)"}


def wait_for_workers(master: int, workers: int, timeout: float = 60) -> None:
    """Wait until gunicorn has forked all *workers* and give them a moment to reach their accept loop.

    The first worker answers the readiness check while the others may still be starting: clients that
    keep their connections open (as wrk's do) would all be taken by that one worker and stay with it.
    """
    children = Path(f"/proc/{master}/task/{master}/children")
    deadline = time.time() + timeout
    while len(children.read_text().split()) < workers:
        if time.time() > deadline:
            raise SystemExit(f"gunicorn did not start {workers} workers in {timeout:.0f} s")
        time.sleep(0.2)
    time.sleep(1.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, required=True, help="Data directory built by bench/web.py (built when empty).")
    parser.add_argument("--papers", type=int, default=100_000, help="Papers to generate when the directory is empty.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--fill-store", action="store_true",
                        help="Render every page of each body's OParl paper list into the shared store first.")
    parser.add_argument("--per-kind", type=int, default=0, metavar="SECONDS",
                        help="Before the mixed run, load each kind of request alone (4 clients) for SECONDS and report server CPU per request.")
    parser.add_argument("--no-mix", action="store_true", help="Skip the mixed run (with --per-kind).")
    parser.add_argument("--trace", type=Path, default=None, metavar="FILE",
                        help="Write gunicorn's access log with each request's server time to FILE and print what the slowest 1 %% were.")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk).")

    # A fixed public URL: the stored OParl JSON names it, so every run (on any free port) finds what earlier ones stored.
    env = dict(os.environ, TOWNHALL_DATA_DIR=str(args.keep), DJANGO_SETTINGS_MODULE="townhall.settings",
               TOWNHALL_PUBLIC_URL="http://127.0.0.1:8000",
               TOWNHALL_ALLOWED_HOSTS="127.0.0.1", TOWNHALL_DEBUG="false", TOWNHALL_LOG_LEVEL="WARNING")
    env.setdefault("TOWNHALL_SECRET_KEY", "bench")
    if not (args.keep / "townhall.sqlite3").exists() and not os.environ.get("TOWNHALL_DATABASE_URL"):
        subprocess.run([sys.executable, str(ROOT / "bench" / "web.py"), "--papers", str(args.papers), "--requests", "1",
                        "--keep", str(args.keep)], env=env, cwd=ROOT, check=True)
    subprocess.run([str(VENV_BIN / "townhall"), "migrate", "-v", "0"], env=env, cwd=ROOT, check=True)
    if args.fill_store:
        began = time.time()
        subprocess.run([sys.executable, "-c", FILL_STORE], env=env, cwd=ROOT, check=True)
        print(f"filled the OParl store in {time.time() - began:.0f} s", file=sys.stderr)
    lines = subprocess.run([sys.executable, "-c", INVENTORY], env=env, cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.splitlines()
    papers = next(line.split()[1:] for line in lines if line.startswith("PAPERS"))
    bodies = [line.split()[1:] for line in lines if line.startswith("BODY") and int(line.split()[2]) > 0]
    kinds = next(line.split()[1:] for line in lines if line.startswith("KINDS"))
    years = next(line.split()[1:] for line in lines if line.startswith("YEARS"))
    default_workers, default_threads = next(line.split()[1:] for line in lines if line.startswith("SERVER"))
    workers, threads = args.workers or default_workers, args.threads or default_threads
    words = [word for language in WORDS.values() for word in language]

    def script(only: str = "") -> Path:
        path = args.keep / f"load{'-' + only if only else ''}.lua"
        path.write_text(WRK_SCRIPT.format(
            words=", ".join(lua_string(word) for word in words), bodies=", ".join(pk for pk, _ in bodies),
            pages=", ".join(str(max(1, -(-int(count) // 100))) for _, count in bodies),
            papers=", ".join(papers), kinds=", ".join(f'"{kind}"' for kind in kinds), years=", ".join(years), only=only))
        return path

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = [str(VENV_BIN / "townhall"), "serve", "--port", str(port), "--workers", str(workers), "--threads", str(threads)]
    log = (args.keep / "serve.log").open("ab")
    load_before = os.getloadavg()
    access = subprocess.DEVNULL
    if args.trace:
        # One line per request: when it finished, the worker, the time the worker spent on it (not the
        # time it waited for a thread), its status, whether the page cache answered, and its path.
        env["GUNICORN_CMD_ARGS"] = f"--access-logformat '{TRACE_FORMAT}'"
        access = args.trace.open("wb")
    server = subprocess.Popen(serve, env=env, cwd=ROOT, stdout=access, stderr=log)
    per_kind, figures = {}, None
    try:
        # As a load balancer does: no visitor before the server says it is ready (each process warm).
        # No request of the mix is sent first: the caches start as a restart leaves them.
        wait_until_up(f"{base}/health/ready/", timeout=300)
        wait_for_workers(server.pid, int(workers))
        for only in KINDS if args.per_kind else ():
            per_kind[only] = wrk(base, script(only), 4, args.per_kind, server.pid)
            per_kind[only]["load"] = os.getloadavg()[0]
            print(only, per_kind[only], file=sys.stderr)
        if not args.no_mix:
            figures = wrk(base, script(), args.clients, args.duration, server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    load_after = os.getloadavg()
    if args.trace:
        access.close()
        print(trace_summary(args.trace), file=sys.stderr)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = (f"`.venv/bin/python bench/load.py --keep DIR --clients {args.clients} --duration {args.duration}"
               + (f" --workers {args.workers}" if args.workers else "") + (f" --threads {args.threads}" if args.threads else "")
               + (" --fill-store" if args.fill_store else "") + (f" --per-kind {args.per_kind}" if args.per_kind else "")
               + (" --no-mix" if args.no_mix else "") + "`")
    text = [
        f"### {stamp}: {args.clients} clients for {args.duration} s" if figures else f"### {stamp}: server CPU per request, each kind alone",
        "",
        f"Command: {command}.",
        f"Server: `townhall serve` (gunicorn), {workers} workers × {threads} threads, on 127.0.0.1; "
        f"data: {sum(int(count) for _, count in bodies)} public papers in {len(bodies)} bodies (bench/web.py), SQLite"
        f"{' (TOWNHALL_DATABASE_URL)' if os.environ.get('TOWNHALL_DATABASE_URL') else ''}; "
        f"mix: 40 % search pages (one word or two, a third narrowed by municipality, kind or year, a fifth on page 2), "
        f"30 % paper pages (5,000 papers), 30 % OParl paper list pages by number; "
        f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}; "
        f"load average before / after: {' '.join(f'{x:.1f}' for x in load_before)} / {' '.join(f'{x:.1f}' for x in load_after)} "
        f"(other work shares the machine).",
    ]
    if per_kind:
        text += [
            "",
            f"Each kind alone, 4 clients, {args.per_kind} s; CPU is the gunicorn workers' user + system time (/proc) over the requests served:",
            "",
            "| Kind | Requests/s | Requests | CPU per request | p50 | p95 | Served from the page cache | Load (1 min) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
            *(f"| {KINDS[only]} | {f['rps']:.1f} | {f['requests']} | {1000 * f['cpu'] / max(1, f['requests']):.1f} ms "
              f"| {f['P50']:.0f} ms | {f['P95']:.0f} ms | {100 * f['hits'] / max(1, f['requests']):.0f} % | {f['load']:.1f} |"
              for only, f in per_kind.items()),
        ]
    if figures:
        text += [
            "",
            "| Requests/s | Requests | p50 | p95 | p99 | max | Non-2xx | Socket errors | CPU per request | Page cache hits |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {figures['rps']:.1f} | {figures['requests']} | {figures['P50']:.0f} ms | {figures['P95']:.0f} ms | {figures['P99']:.0f} ms "
            f"| {figures['MAX']:.0f} ms | {figures['non2xx']} | {figures['socket_errors']} "
            f"| {1000 * figures['cpu'] / max(1, figures['requests']):.1f} ms | {100 * figures['hits'] / max(1, figures['requests']):.0f} % |",
        ]
    text = "\n".join(text)
    print(text)
    if args.write:
        target = ROOT / "bench" / "results" / "load.md"
        existing = target.read_text(encoding="utf-8") if target.exists() else (
            "# Load: 50 clients on search pages, paper pages and OParl lists\n\n"
            "Target: 0 errors and p99 < 1 s for 50 concurrent clients over 60 s.\n")
        target.write_text(existing.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")
    failed = figures and (figures["non2xx"] or figures["socket_errors"])
    return 1 if failed or any(f["non2xx"] or f["socket_errors"] for f in per_kind.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
