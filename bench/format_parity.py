"""Format parity: does the same paper give the same card whatever format it comes in?

    PYTHONPATH=src .venv/bin/python bench/format_parity.py [--formats "text-layer PDF,Word,HTML,scan"] [--rounds seventeenth]
        [--only NAME] [--every N] [--write]

Takes the papers of the cold-reading rounds (``tests/reading/analysis/test_*_round_*.py``, plain
text with the values a reader wrote down), renders each as a text-layer PDF printed from HTML,
a Word file, a council web page and a scan (``tests/reading/format_renderings.py``), reads every
file with ``townhall.reading.read`` and counts, per format, how many of the values the
plain-text reading gets right are still right (``--every 4``: every fourth paper, for scans, whose OCR
costs seconds a page). Prints the table and every loss; ``--write``
puts them in ``bench/results/format_parity.md`` under a heading naming the commit measured.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results" / "format_parity.md"


def measure(formats: list[str], only: str | None, every: int = 1,
            rounds: tuple[str, ...] | None = None) -> tuple[dict, list[tuple[str, str, str, object, object]], int]:
    """Return per format (right, of), the losses (format, paper, field, expected, read) and the plain-text count."""
    from townhall import reading
    from tests.reading.format_renderings import FORMATS
    from tests.reading.round_papers import MEASURED_ROUNDS, is_right, round_papers, written

    papers = [paper for paper in round_papers(rounds or MEASURED_ROUNDS) if not only or only in paper.name][::every]
    tally = {name: [0, 0] for name in formats}
    losses = []
    plain_right = 0
    for number, paper in enumerate(papers, start=1):
        plain = reading.read(paper.text.encode("utf-8"), filename="paper.txt").card
        known = [value for value in paper.values if is_right(plain, value)]
        plain_right += len(known)
        for name in formats:
            render, filename = FORMATS[name]
            try:
                card = reading.read(render(paper.text), filename=filename).card
            except (reading.ExtractionError, reading.AnalysisError) as error:
                print(f"# {paper.name} as {name}: {error}", file=sys.stderr)
                card = None
            for value in known:
                tally[name][1] += 1
                if card is not None and is_right(card, value):
                    tally[name][0] += 1
                else:
                    losses.append((name, paper.name, value.field, value.expected, written(card, value) if card else None))
        print(f"# {number}/{len(papers)} {paper.name}", file=sys.stderr)
    return tally, losses, plain_right


def report(tally: dict, losses: list, plain_right: int, *, commit: str, load: str, seconds: float, command: str) -> str:
    lines = [
        f"## Format parity on {commit}",
        "",
        f"Measured with `PYTHONPATH=src .venv/bin/python bench/format_parity.py {command}` in {seconds:.0f} s, "
        f"load average before: {load}. Values the plain-text reading gets right: {plain_right}.",
        "",
        "| format | still right | share |",
        "|---|---:|---:|",
    ]
    for name, (right, of) in tally.items():
        lines.append(f"| {name} | {right} of {of} | {right / of if of else 0:.3f} |")
    lines += ["", "Losses (format, paper, field: expected → read):", ""]
    for name, paper, field, expected, read in losses:
        lines.append(f"- {name}, {paper}, {field}: {expected!r} → {read!r}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--formats", default="text-layer PDF,Word,HTML,scan", help="formats to render, separated by commas")
    parser.add_argument("--only", help="only papers whose name (round/paper) holds this")
    parser.add_argument("--every", type=int, default=1, help="read only every Nth paper (a scan costs seconds of OCR)")
    parser.add_argument("--rounds", help="the rounds to read, by their ordinal separated by commas (default: the sixth "
                        "to the sixteenth, on which the figures were first measured)")
    parser.add_argument("--write", action="store_true", help=f"append the result to {RESULTS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    from tests.reading.format_renderings import FORMATS

    formats = [name.strip() for name in args.formats.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        parser.error(f"unknown format(s) {', '.join(unknown)}; known: {', '.join(FORMATS)}")
    load = Path("/proc/loadavg").read_text().split(" ")[:3] if Path("/proc/loadavg").exists() else ["?"]
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    started = time.monotonic()
    rounds = tuple(name.strip() for name in args.rounds.split(",") if name.strip()) if args.rounds else None
    tally, losses, plain_right = measure(formats, args.only, max(args.every, 1), rounds)
    text = report(tally, losses, plain_right, commit=commit or "?", load=" ".join(load), seconds=time.monotonic() - started,
                  command=" ".join(repr(arg) if " " in arg else arg for arg in (argv if argv is not None else sys.argv[1:])))
    print(text)
    if args.write:
        previous = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Format parity\n\n"
        RESULTS.write_text(previous.rstrip("\n") + "\n\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
