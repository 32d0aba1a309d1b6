"""``townhall generate-corpus OUT --n N --seed S``: write generated council papers with their true cards."""

from django.core.management.base import BaseCommand, CommandError


def _share(value: str) -> float:
    share = float(value)
    if not 0.0 <= share <= 1.0:
        raise ValueError(value)
    return share


class Command(BaseCommand):
    help = (
        "Write a corpus of generated council papers (Danish, German, English; text files and text-layer PDFs) "
        "with a .truth.json card beside each, in folders of a thousand. The same seed gives the same files."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("out", metavar="OUT", help="Folder to write into (created when missing).")
        parser.add_argument("--n", type=int, default=1000, help="Number of papers (default 1000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument("--pdf-share", type=_share, default=0.2, metavar="SHARE",
                            help="Share of papers written as PDF, between 0 and 1 (default 0.2).")

    def handle(self, *args, out, n=1000, seed=1, pdf_share=0.2, **options):
        if n < 1:
            raise CommandError("--n must be 1 or more.")
        from pathlib import Path

        from townhall.ingest.corpus import generate_corpus

        target = Path(out)
        if target.exists() and not target.is_dir():
            raise CommandError(f"{out} exists and is not a folder.")
        with _CorpusProgress(self.stderr._out, n) as progress:
            try:
                summary = generate_corpus(target, n, seed, pdf_share, progress)
            except OSError as exc:
                raise CommandError(f"Cannot write the corpus to {out}: {exc.strerror or exc}.") from None
        self.stdout.write(
            f"Wrote {summary.documents} papers ({summary.text_documents} text, {summary.pdf_documents} PDF, "
            f"{summary.bytes_written / 1_000_000:.1f} MB) to {target} in {summary.seconds:.1f} s "
            f"({summary.documents_per_second:.0f} papers/s)."
        )


class _CorpusProgress:
    """A progress bar on a terminal; nothing but the closing summary elsewhere."""

    def __init__(self, stream, total: int) -> None:
        self.stream = stream
        self.total = total
        self._progress = None

    def __enter__(self):
        if _is_terminal(self.stream):
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("[bold]Writing papers"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(file=self.stream),
            )
            self._progress.start()
            self._task = self._progress.add_task("corpus", total=self.total)
        return self

    def __call__(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total)

    def __exit__(self, *exc_info) -> None:
        if self._progress is not None:
            self._progress.stop()


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
