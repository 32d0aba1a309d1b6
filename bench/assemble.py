"""Gather bench/results/*.md into BENCHMARKS.md (each benchmark writes its own results file).

    .venv/bin/python bench/assemble.py
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["ingest", "hostile", "ocr", "cards", "cards_heldout", "cards_ablation", "search", "search_postgres", "relevance", "web", "web_counts", "oparl_api", "load", "oparl_harvest", "clerk", "clerk_pages", "clerk_pages_postgresql", "participation"]

HEADER = """# Benchmarks

Measured figures for townhall, each with the command that produced it. The machine is the project's
standard one: 2 cores, 24 GB RAM, no GPU, Python 3.11, SQLite 3.40 and PostgreSQL 15. Several runs
shared the machine with other work; each section gives the load average where it mattered, and
CPU time where wall time was disturbed. Timing targets live here, never in tests.
"""


def nested(lines: list[str]) -> list[str]:
    """Push every heading one level down (each results file starts at level 1), leaving code alone."""
    out, in_code = [], False
    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
        out.append("#" + line if line.startswith("#") and not in_code else line)
    return out


def main() -> None:
    results = ROOT / "bench" / "results"
    names = sorted(results.glob("*.md"), key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else 99, p.stem))
    parts = [HEADER]
    summary = ROOT / "bench" / "summary.md"
    if summary.exists():
        parts.append(summary.read_text(encoding="utf-8").strip())
    for path in names:
        text = path.read_text(encoding="utf-8").strip()
        parts.append("\n".join(nested(text.splitlines())))
    (ROOT / "BENCHMARKS.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
