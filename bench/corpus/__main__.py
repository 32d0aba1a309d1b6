"""Write generated council papers with their true cards: ``python -m bench.corpus OUT [--n N]``.

Run from the checkout with the virtualenv's Python. The papers are Danish, German and English
text files and text-layer PDFs, a thousand per folder, each with a ``.truth.json`` card beside
it; the same seed gives the same files. Ingest them with
``townhall ingest OUT --exclude "*.truth.json"``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.corpus import generate_corpus


def _share(value: str) -> float:
    share = float(value)
    if not 0.0 <= share <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return share


def main(argv: list[str] | None = None) -> int:
    """Write the corpus; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("out", metavar="OUT", help="Folder to write into (created when missing).")
    parser.add_argument("--n", type=int, default=1000, help="Number of papers (default 1000).")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
    parser.add_argument("--pdf-share", type=_share, default=0.2, metavar="SHARE",
                        help="Share of papers written as PDF, between 0 and 1 (default 0.2).")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be 1 or more")
    target = Path(args.out)
    if target.exists() and not target.is_dir():
        parser.error(f"{args.out} exists and is not a folder")
    try:
        summary = generate_corpus(target, args.n, args.seed, args.pdf_share)
    except OSError as exc:
        print(f"Cannot write the corpus to {args.out}: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    print(
        f"Wrote {summary.documents} papers ({summary.text_documents} text, {summary.pdf_documents} PDF, "
        f"{summary.bytes_written / 1_000_000:.1f} MB) to {target} in {summary.seconds:.1f} s "
        f"({summary.documents_per_second:.0f} papers/s)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
