"""Load test: 50 concurrent clients for 60 s on search pages, paper pages and OParl lists.

Serves a generated council of 100k papers (built by bench/web.py: texts, routes, search index)
with `townhall serve` (gunicorn; TOWNHALL_WEB_WORKERS / TOWNHALL_WEB_THREADS or --workers /
--threads) on 127.0.0.1 and loads it with wrk. Each request picks, at random, a search for one of
the generated words (40 %), the page of one of 5,000 public papers (30 %), or a page of a body's OParl paper list by number
(30 %). Prints requests/s, p50/p95/p99 latency, non-2xx answers and socket errors:

    .venv/bin/python bench/load.py --keep DIR [--clients 50] [--duration 60] [--write]

--keep DIR uses the data directory bench/web.py built there (and builds it first when it is empty:
`bench/web.py --papers 100000 --keep DIR`). --write adds the table to bench/results/load.md.
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
from bench.oparl_api import wait_until_up  # noqa: E402
from bench.web import WORDS  # noqa: E402

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
"""

WRK_SCRIPT = r"""
math.randomseed(42 + math.floor(os.clock() * 1000000))
local words = {{{words}}}
local bodies = {{{bodies}}}
local pages = {{{pages}}}
local papers = {{{papers}}}
request = function()
  local draw = math.random()
  local path
  if draw < 0.4 then
    path = "/search/?q=" .. words[math.random(#words)]
  elseif draw < 0.7 then
    path = "/papers/" .. papers[math.random(#papers)] .. "/"
  else
    local b = math.random(#bodies)
    path = "/oparl/v1.1/body/" .. bodies[b] .. "/paper?page=" .. math.random(pages[b])
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, required=True, help="Data directory built by bench/web.py (built when empty).")
    parser.add_argument("--papers", type=int, default=100_000, help="Papers to generate when the directory is empty.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk).")

    env = dict(os.environ, TOWNHALL_DATA_DIR=str(args.keep), DJANGO_SETTINGS_MODULE="townhall.settings",
               TOWNHALL_ALLOWED_HOSTS="127.0.0.1", TOWNHALL_DEBUG="false", TOWNHALL_LOG_LEVEL="WARNING")
    env.setdefault("TOWNHALL_SECRET_KEY", "bench")
    if not (args.keep / "townhall.sqlite3").exists() and not os.environ.get("TOWNHALL_DATABASE_URL"):
        subprocess.run([sys.executable, str(ROOT / "bench" / "web.py"), "--papers", str(args.papers), "--requests", "1",
                        "--keep", str(args.keep)], env=env, cwd=ROOT, check=True)
    subprocess.run([str(VENV_BIN / "townhall"), "migrate", "-v", "0"], env=env, cwd=ROOT, check=True)
    lines = subprocess.run([sys.executable, "-c", INVENTORY], env=env, cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.splitlines()
    papers = next(line.split()[1:] for line in lines if line.startswith("PAPERS"))
    bodies = [line.split()[1:] for line in lines if line.startswith("BODY") and int(line.split()[2]) > 0]
    default_workers, default_threads = next(line.split()[1:] for line in lines if line.startswith("SERVER"))
    workers, threads = args.workers or default_workers, args.threads or default_threads
    words = [word for language in WORDS.values() for word in language]
    script = args.keep / "load.lua"
    script.write_text(WRK_SCRIPT.format(
        words=", ".join(lua_string(word) for word in words), bodies=", ".join(pk for pk, _ in bodies),
        pages=", ".join(str(max(1, -(-int(count) // 100))) for _, count in bodies),
        papers=", ".join(papers)))

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = [str(VENV_BIN / "townhall"), "serve", "--port", str(port), "--workers", str(workers), "--threads", str(threads)]
    log = (args.keep / "serve.log").open("ab")
    load_before = os.getloadavg()
    server = subprocess.Popen(serve, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_until_up(f"{base}/oparl/v1.1/")
        # A short warm-up: templates load and each process opens its connections.
        subprocess.run(["wrk", "-t2", "-c4", "-d5s", "-s", str(script), base], capture_output=True, check=True)
        began = time.time()
        out = subprocess.run(["wrk", "-t2", f"-c{args.clients}", f"-d{args.duration}s", "--timeout", "10s", "-s", str(script), base],
                             capture_output=True, text=True, check=True).stdout
        took = time.time() - began
    finally:
        server.terminate()
        server.wait(timeout=30)
    load_after = os.getloadavg()
    figures = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        **{name: int(re.search(rf"{name}_US (\d+)", out).group(1)) / 1000 for name in ("P50", "P95", "P99", "MAX")},
        "non2xx": int(re.search(r"NON2XX (\d+)", out).group(1)),
        "socket_errors": int(re.search(r"SOCKET_ERRORS (\d+)", out).group(1)),
    }
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n".join([
        f"### {stamp}: {args.clients} clients for {args.duration} s",
        "",
        f"Command: `.venv/bin/python bench/load.py --keep DIR --clients {args.clients} --duration {args.duration}`"
        + (f" (`--workers {args.workers}`)" if args.workers else "") + (f" (`--threads {args.threads}`)" if args.threads else "") + ".",
        f"Server: `townhall serve` (gunicorn), {workers} workers × {threads} threads, on 127.0.0.1; "
        f"data: {sum(int(count) for _, count in bodies)} public papers in {len(bodies)} bodies (bench/web.py), SQLite"
        f"{' (TOWNHALL_DATABASE_URL)' if os.environ.get('TOWNHALL_DATABASE_URL') else ''}; "
        f"mix: 40 % search pages, 30 % paper pages, 30 % OParl paper list pages by number; "
        f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}; "
        f"load average before / after: {' '.join(f'{x:.1f}' for x in load_before)} / {' '.join(f'{x:.1f}' for x in load_after)} "
        f"(other work shares the machine); the run took {took:.0f} s.",
        "",
        "| Requests/s | Requests | p50 | p95 | p99 | max | Non-2xx | Socket errors |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {figures['rps']:.1f} | {figures['requests']} | {figures['P50']:.0f} ms | {figures['P95']:.0f} ms | {figures['P99']:.0f} ms "
        f"| {figures['MAX']:.0f} ms | {figures['non2xx']} | {figures['socket_errors']} |",
    ])
    print(text)
    if args.write:
        target = ROOT / "bench" / "results" / "load.md"
        existing = target.read_text(encoding="utf-8") if target.exists() else (
            "# Load: 50 clients on search pages, paper pages and OParl lists\n\n"
            "Target: 0 errors and p99 < 1 s for 50 concurrent clients over 60 s.\n")
        target.write_text(existing.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")
    return 0 if figures["non2xx"] == 0 and figures["socket_errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
