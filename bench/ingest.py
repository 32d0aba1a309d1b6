"""Measure `townhall ingest` end to end: documents per second and peak memory of the process tree.

Usage (from the checkout, with the virtualenv):

    .venv/bin/python bench/ingest.py --format txt  --n 2000  --jobs 2   # plain-text papers
    .venv/bin/python bench/ingest.py --format pdf5 --n 500   --jobs 2   # five-page text-layer PDFs
    .venv/bin/python bench/ingest.py --format mixed --n 10000 --jobs 2  # memory at 10k (20 % PDF)

Each run generates its corpus with the corpus generator (kept under --work for the next run),
starts from an empty SQLite database in a fresh data directory, runs the real console script,
and samples the resident memory of the whole process tree (the ingest and its workers) from
/proc twice a second. The figures printed at the end go into bench/results/ingest.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOWNHALL = ROOT / ".venv" / "bin" / "townhall"


def write_corpus(folder: Path, n: int, kind: str, seed: int) -> None:
    """Write *n* papers of one kind: txt (plain text), pdf5 (five-page PDFs) or mixed (20 % PDF)."""
    marker = folder / ".complete"
    if marker.exists():
        return
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    from bench.corpus import generate_corpus, iter_papers
    from bench.corpus.pdf_writer import text_pdf

    folder.mkdir(parents=True, exist_ok=True)
    if kind in ("txt", "mixed"):
        generate_corpus(folder, n, seed, 0.0 if kind == "txt" else 0.2)
    else:
        # A paper followed by four appendix pages (the text of the next papers): five pages each.
        papers = iter_papers(n + 4, seed, pdf_share=0.0)
        window = [next(papers) for _ in range(4)]
        for paper in papers:
            window.append(paper)
            first = window.pop(0)
            text = "\n\f\n".join(p.text for p in [first, *window])
            sub = folder / first.folder
            sub.mkdir(exist_ok=True)
            (sub / f"{first.name}.pdf").write_bytes(text_pdf(text))
    marker.write_text("done\n")


def tree_rss(pid: int) -> int:
    """Return the resident memory in bytes of a process and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def process_cpu(pid: int) -> float | None:
    """Return the user+system CPU seconds one process has used so far (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def documents_done(log: Path) -> int:
    """Return the number of documents the ingest's last progress line reports (0 before the first)."""
    try:
        lines = [line for line in log.read_text().splitlines() if line.startswith("ingest: ")]
    except FileNotFoundError:
        return 0
    return int(lines[-1].split()[1].split("/")[0]) if lines else 0


def run(args) -> dict:
    corpus = Path(args.work) / f"{args.format}-{args.n}-seed{args.seed}"
    started = time.monotonic()
    write_corpus(corpus, args.n, args.format, args.seed)
    print(f"corpus: {corpus} ready after {time.monotonic() - started:.0f} s", file=sys.stderr)

    data = Path(args.work) / f"data-{args.format}-{args.n}-jobs{args.jobs}"
    subprocess.run(["rm", "-rf", str(data)], check=True)
    data.mkdir(parents=True)
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(data), "TOWNHALL_DATABASE_URL": f"sqlite:///{data / 'bench.sqlite3'}"}
    subprocess.run([str(TOWNHALL), "migrate", "--no-input", "-v", "0"], env=env, check=True)

    command = [str(TOWNHALL), "ingest", str(corpus), "--exclude", "*.truth.json", "--jobs", str(args.jobs)]
    if args.body:
        command += ["--body", args.body]
    log = open(data / "ingest.log", "w")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=log, text=True)
    samples: list[tuple[float, int]] = []
    # The ingest process's own CPU (storing, linking, indexing), as last seen before it ended.
    parent_cpu = 0.0
    with open(data / "rss.csv", "w") as trace:
        trace.write("seconds,tree_rss_mb,documents\n")
        while process.poll() is None:
            at, rss = time.monotonic() - begin, tree_rss(process.pid)
            samples.append((at, rss))
            parent_cpu = process_cpu(process.pid) or parent_cpu
            if len(samples) % 20 == 1:
                trace.write(f"{at:.0f},{rss / 2**20:.0f},{documents_done(data / 'ingest.log')}\n")
                trace.flush()
            time.sleep(0.5)
    seconds = time.monotonic() - begin
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = process.stdout.read()
    log.close()
    done = documents_done(data / "ingest.log") or args.n
    peak = max((rss for _, rss in samples), default=0)
    quarters = []
    for share in (0.25, 0.5, 0.75, 1.0):
        window = [rss for at, rss in samples if at <= seconds * share]
        quarters.append(max(window, default=0))
    return {
        "format": args.format, "n": args.n, "jobs": args.jobs, "seconds": seconds, "rate": done / seconds, "done": done,
        "cpu_ms": 1000 * cpu / max(done, 1), "parent_cpu_ms": 1000 * parent_cpu / max(done, 1), "load": os.getloadavg()[0],
        "peak_mb": peak / 2**20, "quarters_mb": [q / 2**20 for q in quarters], "status": process.returncode,
        "summary": summary.strip(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=("txt", "pdf5", "mixed"), default="txt")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--body", default="Benchmark Kommune",
                        help="Body for all papers (default: one body, so no paper fails for want of a municipality).")
    parser.add_argument("--work", default="/work/tmp-bench-ingest",
                        help="Where corpora and data directories go (a local disk: /tmp is slow for many small files).")
    args = parser.parse_args()
    result = run(args)
    print(result["summary"])
    print()
    print(f"format={result['format']} n={result['n']} documents handled={result['done']} jobs={result['jobs']} cores={os.cpu_count()}")
    print(f"wall time        {result['seconds']:.1f} s")
    print(f"documents/s      {result['rate']:.1f}")
    print(f"CPU per document {result['cpu_ms']:.1f} ms (ingest and workers, user+system)")
    print(f"  of which ingest process {result['parent_cpu_ms']:.1f} ms (storing, linking, indexing; start-up included), "
          f"workers {result['cpu_ms'] - result['parent_cpu_ms']:.1f} ms")
    print(f"load average     {result['load']:.1f} at the end (other work on the machine slows the run)")
    print(f"peak tree RSS    {result['peak_mb']:.0f} MB")
    print("peak RSS by time " + "  ".join(f"{int(share * 100)}%: {mb:.0f} MB" for share, mb in zip((0.25, 0.5, 0.75, 1.0), result["quarters_mb"])))
    print(f"exit status      {result['status']} (130: stopped by Ctrl-C before the end)")


if __name__ == "__main__":
    main()
