"""Ingest the hostile corpus beside good papers and check what became of every file.

Usage (from the checkout, with the virtualenv):

    .venv/bin/python bench/hostile.py [--work DIR] [--runs jobs1,jobs2,kill-reader,kill-ingest]

The corpus comes from ``bench/hostile_corpus.py`` (written under ``--work``); the good files
beside it are papers written for it (as text, PDF, Word, HTML and e-mail) and, when
``../shared/realpapers`` is there, the real development papers, copied into the work folder at
run time. Each run starts from an empty SQLite database and runs the real ``townhall ingest``:

* ``jobs1``, ``jobs2``: ``--jobs 1`` and ``--jobs 2``;
* ``kill-reader``: ``--jobs 2``, and one reading process is killed with SIGKILL once a third of
  the papers are in;
* ``kill-ingest``: ``--jobs 2``, the ingest itself is killed with SIGKILL once a third of the
  papers are in, then run again to the end.

After each run it checks: every file's outcome against the expected one, every good file
ingested, no run aborted (exit status 0 or 1, no traceback), the peak resident memory of the
process tree (sampled every 0.1 s) below 1 GB, no process left behind (every process started
carries a marker in its environment), and no stored file that no record names. The figures go
to ``bench/results/hostile.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOWNHALL = ROOT / ".venv" / "bin" / "townhall"
REAL = ROOT.parent / "shared" / "realpapers"
sys.path.insert(0, str(ROOT / "bench"))

import hostile_corpus  # noqa: E402

LIMIT_BYTES = 1024 ** 3
BODY = "Stadt Lindenau"


def good_files(folder: Path) -> dict[str, dict]:
    """Write the good papers; return their expectations (all must be ingested)."""
    expected = {}
    generated = folder / "good" / "written"
    generated.mkdir(parents=True, exist_ok=True)
    for number in range(300, 340):
        text = hostile_corpus.paper(number)
        kind = number % 5
        if kind == 0:
            name, data = f"paper-{number}.txt", text.encode()
        elif kind == 1:
            name, data = f"paper-{number}.pdf", hostile_corpus.text_pdf(text)
        elif kind == 2:
            name, data = f"paper-{number}.docx", hostile_corpus.docx(hostile_corpus.docx_body(hostile_corpus.paragraphs(text)))
        elif kind == 3:
            name, data = f"paper-{number}.html", "<html><body>{}</body></html>".format(
                "".join(f"<p>{line}</p>" for line in text.splitlines())).encode()
        else:
            name, data = f"paper-{number}.eml", hostile_corpus.mail(text)
        (generated / name).write_bytes(data)
        expected[f"good/written/{name}"] = {"family": "good", "what": "a paper written for the corpus", "expected": ["ingested"],
                                            "forbidden": [], "required": []}
    if REAL.is_dir():
        real = folder / "good" / "real"
        real.mkdir(parents=True, exist_ok=True)
        for path in sorted(REAL.iterdir()):
            if path.is_file() and path.suffix in (".pdf", ".txt", ".html", ".docx", ".doc"):
                shutil.copyfile(path, real / path.name)
                expected[f"good/real/{path.name}"] = {"family": "good-real", "what": "a real council paper",
                                                      "expected": ["ingested"], "forbidden": [], "required": []}
    return expected


# --- Watching the process tree ---------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found += [int(child) for child in children.read().split()]
    except OSError:
        pass
    return found


def tree(pid: int) -> list[int]:
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        stack += _children(current)
    return pids


def _status(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def marked(marker: str) -> list[int]:
    """Return live processes carrying the run's marker (zombies aside)."""
    needle = f"TOWNHALL_BENCH_MARKER={marker}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            if needle not in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                continue
            if Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                continue
        except OSError:
            continue
        found.append(int(entry))
    return found


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


# --- One run ---------------------------------------------------------------------------------------


def _count_papers(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM core_paper").fetchone()[0]
    except sqlite3.Error:
        return 0


def run_ingest(command: list[str], env: dict, database: Path, *, kill: str = "", kill_at: int = 0) -> dict:
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    peak_tree = peak_single = 0
    killed = None
    last_count = 0.0
    import threading

    output: dict[str, str] = {}

    def drain(name: str, stream) -> None:
        output[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(name, stream)) for name, stream in (("stdout", process.stdout), ("stderr", process.stderr))]
    for reader in readers:
        reader.start()
    while process.poll() is None:
        pids = tree(process.pid)
        peak_tree = max(peak_tree, sum(_status(pid, "VmRSS") for pid in pids))
        peak_single = max(peak_single, *(_status(pid, "VmHWM") for pid in pids))
        if kill and killed is None and time.monotonic() - last_count > 0.5:
            last_count = time.monotonic()
            if _count_papers(database) >= kill_at:
                if kill == "reader":
                    victims = [pid for pid in _children(process.pid) if "townhall.ingest.worker" in _command_line(pid)]
                    if victims:
                        os.kill(victims[0], signal.SIGKILL)
                        killed = victims[0]
                else:
                    process.send_signal(signal.SIGKILL)
                    killed = process.pid
        time.sleep(0.1)
    for reader in readers:
        reader.join()
    return {"status": process.returncode, "seconds": time.monotonic() - started, "peak_tree": peak_tree, "peak_single": peak_single,
            "stdout": output.get("stdout", ""), "stderr": output.get("stderr", ""), "killed": killed}


def outcomes(corpus: Path, expected: dict, database: Path) -> dict[str, str]:
    with sqlite3.connect(database) as connection:
        papers = {row[0] for row in connection.execute("SELECT source_uri FROM core_paper")}
        errors = dict(connection.execute("SELECT path, reason FROM ingest_ingesterror WHERE NOT resolved ORDER BY created, id"))
        stored = {row[0] for row in connection.execute("SELECT sha256 FROM core_file WHERE sha256 IS NOT NULL")}
    found = {}
    for relative in expected:
        path = os.path.abspath(corpus / relative)
        if Path(path).as_uri() in papers:
            found[relative] = "ingested"
        elif path in errors:
            found[relative] = errors[path]
        elif os.path.isfile(path) and stat.S_ISREG(os.stat(path).st_mode) and _sha256(path) in stored:
            found[relative] = "duplicate"
        else:
            found[relative] = "skipped"
    return found


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_problems(corpus: Path, expected: dict, database: Path) -> list[str]:
    """Return files whose stored text holds what it must not, or lacks what it must hold."""
    problems = []
    with sqlite3.connect(database) as connection:
        for relative, item in expected.items():
            if not item["forbidden"] and not item["required"]:
                continue
            uri = Path(os.path.abspath(corpus / relative)).as_uri()
            row = connection.execute(
                "SELECT f.text FROM core_paper p JOIN core_file f ON f.id = p.main_file_id WHERE p.source_uri = ?", [uri]
            ).fetchone()
            if row is None:
                continue
            text = row[0] or ""
            problems += [f"{relative}: holds {bad!r}" for bad in item["forbidden"] if bad in text]
            problems += [f"{relative}: lacks {good!r}" for good in item["required"] if good not in text]
    return problems


def unreferenced_files(data: Path, database: Path) -> int:
    storage = data / "files"
    with sqlite3.connect(database) as connection:
        named = {row[0] for row in connection.execute("SELECT storage_name FROM core_file WHERE storage_name != ''")}
    count = 0
    if storage.is_dir():
        for path in storage.rglob("*"):
            if path.is_file() and ".uncommitted" not in path.parts and path.name not in named:
                count += 1
    return count


def one_run(name: str, corpus: Path, expected: dict, work: Path) -> dict:
    data = work / f"data-{name}"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    database = data / "hostile.sqlite3"
    marker = uuid.uuid4().hex
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(data), "TOWNHALL_DATABASE_URL": f"sqlite:///{database}",
           "TOWNHALL_BENCH_MARKER": marker}
    subprocess.run([str(TOWNHALL), "migrate", "--no-input", "-v", "0"], env=env, check=True)
    sequence = sorted(str(path) for path in (corpus / "sequence").rglob("*") if path.is_file())
    jobs = "1" if name == "jobs1" else "2"
    command = [str(TOWNHALL), "ingest", *sequence, str(corpus / "hostile"), str(corpus / "good"), "--body", BODY, "--jobs", jobs]
    papers_expected = sum(1 for item in expected.values() if "ingested" in item["expected"])
    kill = {"kill-reader": "reader", "kill-ingest": "ingest"}.get(name, "")
    print(f"{name}: {' '.join(command[1:3])} ... --jobs {jobs}", file=sys.stderr, flush=True)
    first = run_ingest(command, env, database, kill=kill, kill_at=papers_expected // 3)
    result = {"name": name, "jobs": int(jobs), "runs": [first]}
    if kill == "ingest":
        time.sleep(2)
        result["left_after_kill"] = len(marked(marker))
        result["unreferenced_after_kill"] = unreferenced_files(data, database)
        result["papers_at_kill"] = _count_papers(database)
        second = run_ingest(command, env, database)
        result["runs"].append(second)
    time.sleep(1)
    result["left"] = [f"{pid} {_command_line(pid)[:80]}" for pid in marked(marker)]
    for pid in marked(marker):
        os.kill(pid, signal.SIGKILL)
    result["outcomes"] = outcomes(corpus, expected, database)
    result["text_problems"] = text_problems(corpus, expected, database)
    result["unreferenced"] = unreferenced_files(data, database)
    result["journals"] = len(list((data / "files" / ".uncommitted").glob("*"))) if (data / "files" / ".uncommitted").is_dir() else 0
    last = result["runs"][-1]
    result["aborted"] = last["status"] not in (0, 1) or "Traceback" in last["stderr"] or any(
        "Traceback" in run["stderr"] for run in result["runs"])
    return result


# --- Report ----------------------------------------------------------------------------------------


def _megabytes(value: int) -> str:
    return f"{value / 2**20:.0f} MB"


def report(results: list[dict], expected: dict, corpus_size: int, seconds_per_run: list[float]) -> str:
    hostile = {path: item for path, item in expected.items() if not item["family"].startswith("good")}
    good = {path: item for path, item in expected.items() if item["family"].startswith("good")}
    lines = [
        "# Hostile input",
        "",
        f"`bench/hostile_corpus.py` writes {len(hostile)} malformed, hostile and odd files (from code; no fixtures) with the "
        f"outcome each must get; `bench/hostile.py` ingests them beside {len(good)} good papers "
        f"({sum(1 for item in good.values() if item['family'] == 'good-real')} real development papers from "
        "`../shared/realpapers`, copied at run time, and "
        f"{sum(1 for item in good.values() if item['family'] == 'good')} papers written for the corpus), "
        "each run on an empty SQLite database with the real `townhall ingest` and the default budgets "
        "(`TOWNHALL_READ_TIMEOUT=300`, `TOWNHALL_READ_MEMORY_MB=340`).",
        "",
        "Command: `.venv/bin/python bench/hostile.py` (2 cores, 24 GB RAM; the machine was shared with other work).",
        "",
        "| Run | Wall time | Exit | Hostile files right | Good files ingested | Peak tree RSS | Largest process | Left behind | Unreferenced files | Aborted |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in results:
        right = sum(1 for path, item in hostile.items() if result["outcomes"][path] in item["expected"])
        ingested = sum(1 for path in good if result["outcomes"][path] == "ingested")
        runs = result["runs"]
        wall = " + ".join(f"{run['seconds']:.0f} s" for run in runs)
        status = " / ".join(str(run["status"]) for run in runs)
        peak = max(run["peak_tree"] for run in runs)
        single = max(run["peak_single"] for run in runs)
        lines.append(
            f"| {result['name']} | {wall} | {status} | {right}/{len(hostile)} | {ingested}/{len(good)} | {_megabytes(peak)} | "
            f"{_megabytes(single)} | {len(result['left'])} | {result['unreferenced']} | {'yes' if result['aborted'] else 'no'} |"
        )
    lines.append("")
    for result in results:
        if result["name"] == "kill-reader":
            lines.append(f"kill-reader: reading process {result['runs'][0]['killed']} was killed with SIGKILL during the run.")
        if result["name"] == "kill-ingest":
            lines.append(
                f"kill-ingest: the ingest was killed with SIGKILL with {result['papers_at_kill']} papers in; two seconds later "
                f"{result['left_after_kill']} of its processes were still alive and {result['unreferenced_after_kill']} stored "
                "files were named by no record (the files of its uncommitted transaction); the second run removed them "
                "and finished the corpus."
            )
    problems = [problem for result in results for problem in result["text_problems"]]
    lines += ["", "Stored text checks (secrets an attack tries to pull in, text a sound reading keeps): "
              + ("all passed." if not problems else "; ".join(sorted(set(problems)))), ""]
    wrong = []
    for path, item in sorted(hostile.items()):
        got = [result["outcomes"][path] for result in results]
        if any(outcome not in item["expected"] for outcome in got):
            wrong.append((path, item, got))
    missing_good = sorted({path for result in results for path in good if result["outcomes"][path] != "ingested"})
    lines += ["## Files with a wrong outcome", ""]
    if not wrong and not missing_good:
        lines.append("None.")
    for path, item, got in wrong:
        lines.append(f"- `{path}` ({item['what']}): expected {' or '.join(item['expected'])}, got "
                     + ", ".join(f"{result['name']}: {outcome}" for result, outcome in zip(results, got)))
    for path in missing_good:
        lines.append(f"- good file `{path}`: " + ", ".join(f"{result['name']}: {result['outcomes'][path]}" for result in results))
    lines += ["", "## Every file", "", "| File | What it is | Expected | " + " | ".join(result["name"] for result in results) + " |",
              "|---|---|---|" + "---|" * len(results)]
    for path, item in sorted(hostile.items()):
        cells = [result["outcomes"][path] for result in results]
        cells = [cell if cell in item["expected"] else f"**{cell}**" for cell in cells]
        shown = path.removeprefix("hostile/").replace("\n", "\\n").replace("|", "\\|")
        lines.append(f"| `{shown}` | {item['what']} | {' or '.join(item['expected'])} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/work/tmp-bench-hostile"))
    parser.add_argument("--runs", default="jobs1,jobs2,kill-reader,kill-ingest")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "hostile.md")
    parser.add_argument("--reuse", action="store_true", help="report runs already recorded under --work instead of running them again")
    args = parser.parse_args()
    corpus = args.work / "corpus"
    expected = hostile_corpus.write(corpus)
    expected.update(good_files(corpus))
    results = []
    for name in args.runs.split(","):
        saved = args.work / f"{name}.json"
        if args.reuse and saved.exists():
            # A run made before (or by another instance on the same corpus), reported again.
            results.append(json.loads(saved.read_text()))
            continue
        result = one_run(name, corpus, expected, args.work)
        results.append(result)
        (args.work / f"{name}.json").write_text(json.dumps(result, indent=1, default=str))
        runs = result["runs"]
        print(f"{name}: exit {[run['status'] for run in runs]}, {sum(run['seconds'] for run in runs):.0f} s, "
              f"peak tree {_megabytes(max(run['peak_tree'] for run in runs))}, left {len(result['left'])}, "
              f"unreferenced {result['unreferenced']}", file=sys.stderr, flush=True)
    text = report(results, expected, len(expected), [])
    args.results.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
