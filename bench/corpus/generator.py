"""Generate a corpus of council papers with the card each one should yield.

Every paper is drawn from its own random stream seeded by (seed, number), so the same seed
always gives byte-identical files, any prefix of a corpus is the same whatever its length,
and nothing is held in memory beyond the paper being written.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from . import danish, english, german
from .areas import DANISH_AREAS, ENGLISH_AREAS, GERMAN_AREAS
from .drafting import Draft, random_day
from .pdf_writer import text_pdf
from .vocabulary import DANISH_MUNICIPALITIES, ENGLISH_MUNICIPALITIES, GERMAN_MUNICIPALITIES

FILES_PER_FOLDER = 1000

_LANGUAGES = (
    ("da", 40, danish, DANISH_MUNICIPALITIES, DANISH_AREAS),
    ("de", 35, german, GERMAN_MUNICIPALITIES, GERMAN_AREAS),
    ("en", 25, english, ENGLISH_MUNICIPALITIES, ENGLISH_AREAS),
)
_LANGUAGE_WEIGHTS = tuple(weight for _, weight, *_ in _LANGUAGES)
_FOOTERS = {
    "da": ("Side {page} af {pages}", "{municipality} - side {page}", "Side {page}"),
    "de": ("Seite {page} von {pages}", "{municipality} | Seite {page}", "- {page} -"),
    "en": ("Page {page} of {pages}", "{municipality} - Page {page}", "{page}"),
}


@dataclass(frozen=True)
class GeneratedPaper:
    """One generated council paper: its text, the card it should yield and how it is stored."""

    number: int
    language: str
    kind: str
    text: str
    truth: dict
    file_format: str
    encoding: str
    crlf: bool
    pages: int
    footer: str

    @property
    def name(self) -> str:
        """Return the base file name, e.g. "doc-0000042"."""
        return f"doc-{self.number:07d}"

    @property
    def filename(self) -> str:
        """Return the file name with its extension."""
        return f"{self.name}.{self.file_format}"

    @property
    def folder(self) -> str:
        """Return the subfolder the paper is written to (a thousand papers per folder)."""
        return f"{self.number // FILES_PER_FOLDER:04d}"

    def file_bytes(self) -> bytes:
        """Return the file as written: a text-layer PDF, or text in the paper's encoding."""
        if self.file_format == "pdf":
            blocks = self.text.strip("\n").split("\n\n")
            if self.pages > 1 and len(blocks) > 1:
                cuts = {round(len(blocks) * part / self.pages) for part in range(1, self.pages)}
                blocks = [f"\f\n\n{block}" if index in cuts else block for index, block in enumerate(blocks)]
            municipality = self.truth["municipality"]
            return text_pdf(
                "\n\n".join(blocks),
                footer=lambda page, pages: self.footer.format(page=page, pages=pages, municipality=municipality),
                size=10.5 if self.number % 3 else 10.0,
            )
        text = self.text.replace("\n", "\r\n") if self.crlf else self.text
        return text.encode(self.encoding)

    def truth_json(self) -> str:
        """Return the ground-truth card as JSON, with the file facts under "_file"."""
        card = dict(self.truth)
        card["_file"] = {
            "name": self.filename,
            "format": self.file_format,
            "encoding": self.encoding if self.file_format == "txt" else None,
            "pages": self.pages if self.file_format == "pdf" else None,
        }
        return json.dumps(card, ensure_ascii=False) + "\n"


@dataclass
class CorpusSummary:
    """What :func:`generate_corpus` wrote, and how fast."""

    out_dir: Path
    documents: int = 0
    pdf_documents: int = 0
    text_documents: int = 0
    bytes_written: int = 0
    seconds: float = 0.0
    languages: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)

    @property
    def documents_per_second(self) -> float:
        """Return documents written per second of wall time."""
        return self.documents / self.seconds if self.seconds else 0.0


def _is_pdf(number: int, share: Fraction) -> bool:
    """Spread PDFs evenly so that exactly floor(n * share) of the first n papers are PDFs."""
    return (number + 1) * share.numerator // share.denominator > number * share.numerator // share.denominator


def make_paper(number: int, seed: int = 1, pdf_share: float = 0.2) -> GeneratedPaper:
    """Return paper ``number`` of the corpus for ``seed``."""
    rng = random.Random(f"townhall-corpus:{seed}:{number}")
    language, _, module, municipalities, areas = rng.choices(_LANGUAGES, weights=_LANGUAGE_WEIGHTS)[0]
    kind = rng.choices(module.KINDS, weights=module.KIND_WEIGHTS)[0]
    draft = Draft(
        rng=rng,
        language=language,
        kind=kind,
        municipality=municipalities[rng.randrange(len(municipalities))],
        area=areas[rng.randrange(len(areas))],
        issued=random_day(rng),
    )
    module.build(draft)
    text = draft.text()
    share = Fraction(pdf_share).limit_denominator(10_000)
    is_pdf = _is_pdf(number, share)
    encoding = "utf-8"
    if not is_pdf:
        roll = rng.random()
        if roll < 0.08:
            encoding = "utf-8-sig"
        elif roll < 0.2:
            encoding = "cp1252"
        elif roll < 0.24:
            encoding = "utf-16"
        if encoding == "cp1252":
            try:
                text.encode("cp1252")
            except UnicodeEncodeError:
                encoding = "utf-8"
        if rng.random() < 0.15:
            blocks = text.split("\n\n")
            middle = len(blocks) // 2
            blocks.insert(middle, _FOOTERS[language][0].format(page=1, pages=2))
            text = "\n\n".join(blocks)
    return GeneratedPaper(
        number=number,
        language=language,
        kind=kind,
        text=text,
        truth=draft.truth,
        file_format="pdf" if is_pdf else "txt",
        encoding=encoding,
        crlf=rng.random() < 0.2,
        pages=rng.randint(1, 5),
        footer=rng.choice(_FOOTERS[language]),
    )


def iter_papers(n: int, seed: int = 1, *, pdf_share: float = 0.2, start: int = 0) -> Iterator[GeneratedPaper]:
    """Yield papers ``start`` .. ``start + n - 1`` of the corpus for ``seed``, without writing files."""
    for number in range(start, start + n):
        yield make_paper(number, seed, pdf_share)


def generate_corpus(
    out_dir: Path,
    n: int,
    seed: int = 1,
    pdf_share: float = 0.2,
    progress: Callable[[int, int], None] | None = None,
    *,
    workers: int = 1,
) -> CorpusSummary:
    """Write ``n`` papers and their ``.truth.json`` cards under ``out_dir``; return a summary.

    Papers go into subfolders of a thousand ("0000", "0001", ...). ``progress(done, n)`` is
    called as folders fill up and once at the end. With ``workers`` > 1 the folders are written
    by that many processes; the files are the same as with one.
    """
    out_dir = Path(out_dir)
    summary = CorpusSummary(out_dir=out_dir)
    started = time.perf_counter()
    batches = [
        (out_dir, start, min(FILES_PER_FOLDER, n - start), seed, pdf_share)
        for start in range(0, n, FILES_PER_FOLDER)
    ]
    if workers > 1 and len(batches) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for batch in pool.map(_write_batch, batches):
                _merge(summary, batch, progress, n)
    else:
        for arguments in batches:
            _merge(summary, _write_batch(arguments), progress, n)
    summary.seconds = time.perf_counter() - started
    if progress is not None and not batches:
        progress(0, n)
    return summary


def _write_batch(arguments: tuple[Path, int, int, int, float]) -> CorpusSummary:
    """Write one folder of papers; return its counts (runs in worker processes too)."""
    out_dir, start, count, seed, pdf_share = arguments
    summary = CorpusSummary(out_dir=out_dir)
    folder = None
    for paper in iter_papers(count, seed, pdf_share=pdf_share, start=start):
        if folder is None:
            folder = out_dir / paper.folder
            folder.mkdir(parents=True, exist_ok=True)
        data = paper.file_bytes()
        truth = paper.truth_json().encode("utf-8")
        (folder / paper.filename).write_bytes(data)
        (folder / f"{paper.name}.truth.json").write_bytes(truth)
        summary.documents += 1
        summary.bytes_written += len(data) + len(truth)
        if paper.file_format == "pdf":
            summary.pdf_documents += 1
        else:
            summary.text_documents += 1
        summary.languages[paper.language] += 1
        summary.kinds[paper.kind] += 1
    return summary


def _merge(total: CorpusSummary, batch: CorpusSummary, progress, n: int) -> None:
    total.documents += batch.documents
    total.pdf_documents += batch.pdf_documents
    total.text_documents += batch.text_documents
    total.bytes_written += batch.bytes_written
    total.languages.update(batch.languages)
    total.kinds.update(batch.kinds)
    if progress is not None:
        progress(total.documents, n)
