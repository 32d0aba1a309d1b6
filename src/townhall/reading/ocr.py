"""Optical character recognition through the Tesseract command-line program.

The engine knows nothing of extractors: the PDF and image extractors are handed one.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from PIL import Image

from townhall.reading.language_guess import guess_language
from townhall.reading.layout import Block
from townhall.reading.ocr_layout import OcrWord, blocks_from_words, mean_confidence, parse_tsv
from townhall.reading.scan_geometry import straighten

TESSERACT_LANGUAGES = {"da": "dan", "de": "deu", "en": "eng"}
#: Run in each Tesseract process before the program starts. A reading process of an ingest sets
#: it so that Tesseract dies with that process (it has one thread, so this is safe there).
before_tesseract_starts = None
ALL_LANGUAGES = ("dan", "deu", "eng")


class OcrUnavailable(Exception):
    """Raised when OCR cannot run here: no Tesseract program, or none of the language packs."""


class OcrFailed(Exception):
    """Raised when Tesseract ran but gave no result for one image."""


class OcrEngine:
    """Recognise text in images with the ``tesseract`` program.

    ``command`` is the program to run (a name on PATH or a path); ``dpi`` is the resolution at
    which PDF pages are rendered for it; ``timeout`` bounds the seconds spent on one image;
    ``max_pixels`` caps the size of one rendered page; ``max_pages`` is the most pages (scanned
    PDF pages, image frames) of one document that are read, a budget extractors enforce by
    refusing larger documents; ``tessdata_dir`` is the folder of language packs when it is not
    Tesseract's own. The installed language packs are looked up once per engine.
    """

    def __init__(
        self,
        command: str = "tesseract",
        *,
        dpi: int = 300,
        timeout: float = 180.0,
        page_segmentation: int = 3,
        max_pixels: int = 40_000_000,
        max_pages: int = 100,
        deskew: bool = True,
        tessdata_dir: str | None = None,
    ) -> None:
        self.max_pages = max_pages
        self.deskew = deskew
        self.command = command
        self.tessdata_dir = tessdata_dir
        self.dpi = dpi
        self.timeout = timeout
        self.page_segmentation = page_segmentation
        self.max_pixels = max_pixels

    @cached_property
    def installed_languages(self) -> frozenset[str] | None:
        """Return the language packs Tesseract has, or None when the program cannot be run."""
        try:
            completed = subprocess.run(
                [self.command, *self._tessdata_option(), "--list-langs"], capture_output=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return None
        if completed.returncode != 0:
            return None
        lines = completed.stdout.decode("utf-8", errors="replace").splitlines()
        return frozenset(line.strip() for line in lines[1:] if line.strip())

    def _tessdata_option(self) -> list[str]:
        return ["--tessdata-dir", self.tessdata_dir] if self.tessdata_dir else []

    def languages_for(self, language_hint: str | None) -> tuple[tuple[str, ...], list[str]]:
        """Return the Tesseract languages to use for a text in ``language_hint``, and notes.

        Raise OcrUnavailable when Tesseract is missing or has none of the packs needed.
        """
        installed = self.installed_languages
        if installed is None:
            raise OcrUnavailable(f"the OCR program {self.command!r} (Tesseract) is not installed")
        wanted = (TESSERACT_LANGUAGES[language_hint],) if language_hint in TESSERACT_LANGUAGES else ALL_LANGUAGES
        usable = tuple(language for language in wanted if language in installed)
        notes = []
        missing = [language for language in wanted if language not in installed]
        if not usable:
            fallback = tuple(language for language in ALL_LANGUAGES if language in installed)
            if not fallback:
                raise OcrUnavailable(
                    f"Tesseract has no language pack for {'+'.join(wanted)} "
                    "(install tesseract-ocr-dan, -deu and -eng)"
                )
            usable = fallback
        if missing:
            notes.append(f"Tesseract has no language pack for {'+'.join(missing)}; used {'+'.join(usable)}")
        return usable, notes

    def read_page(self, image: Image.Image, language_hint: str | None = None, *, dpi: float | None = None) -> OcrPage:
        """Read one scanned page in a single Tesseract pass where possible; return its text and layout.

        The page is set level first (:func:`townhall.reading.scan_geometry.straighten`). It is
        read in the language of *language_hint* (the document's language, known from its text
        layer or from the pages read before), or in Danish, German and English together when
        there is none. A page that reads badly (low confidence, or no language at all) is
        checked for orientation (Tesseract's OSD) and read again turned, when it was scanned
        sideways or upside down; a page whose text turns out to be in another language than the
        hint is read again in its own. *dpi* is the image's resolution (default: the engine's).
        """
        resolution = float(dpi or self.dpi)
        if image.mode not in ("L", "RGB", "1"):
            image = image.convert("L")
        languages, notes = self.languages_for(language_hint)
        skew = 0.0
        if self.deskew:
            image, skew = straighten(image)
        words = self._words(image, languages, resolution)
        rotation = 0
        text = _text(words)
        if self._reads_badly(words, text):
            turn = self.orientation(image, resolution)
            if turn:
                turned = image.rotate(-turn, expand=True)
                if self.deskew:
                    turned, skew = straighten(turned)
                turned_words = self._words(turned, languages, resolution)
                if mean_confidence(turned_words) > mean_confidence(words):
                    image, words, rotation, text = turned, turned_words, turn, _text(turned_words)
        language = guess_language(text)
        if language in TESSERACT_LANGUAGES and (TESSERACT_LANGUAGES[language],) != tuple(languages):
            own = (TESSERACT_LANGUAGES[language],)
            if own[0] in (self.installed_languages or ()):
                # Three models read together mistake one language's letters for another's ("å" for "ä"):
                # the page is read once more in its own.
                words = self._words(image, own, resolution)
                text = _text(words)
        if rotation:
            notes.append(f"turned by {rotation}° to read it")
        return OcrPage(text, language, tuple(blocks_from_words(words, dpi=resolution)), tuple(notes), rotation, skew,
                       mean_confidence(words))

    def recognise_page(self, image: Image.Image, language_hint: str | None) -> tuple[str, str | None, list[str]]:
        """Read one page; return its text, the language it is in (when known) and notes (see :meth:`read_page`)."""
        page = self.read_page(image, language_hint)
        return page.text, page.language, list(page.notes)

    def _reads_badly(self, words: list[OcrWord], text: str) -> bool:
        if "osd" not in (self.installed_languages or ()) or len(words) < 3:
            return False
        return mean_confidence(words) < _POOR_CONFIDENCE or (len(words) >= 10 and guess_language(text) is None)

    def orientation(self, image: Image.Image, dpi: float) -> int:
        """Return the clockwise turn (0, 90, 180, 270) Tesseract's OSD finds for a page, 0 when unsure."""
        try:
            report = self._run(image, ["--psm", "0", "-l", "osd"], dpi)
        except OcrFailed:
            return 0
        turn = re.search(r"Rotate: (\d+)", report)
        confidence = re.search(r"Orientation confidence: ([\d.]+)", report)
        if turn and confidence and float(confidence.group(1)) >= _OSD_CONFIDENCE:
            return int(turn.group(1)) % 360
        return 0

    def _words(self, image: Image.Image, languages: Sequence[str], dpi: float) -> list[OcrWord]:
        tsv = self._run(image, ["-l", "+".join(languages), "--psm", str(self.page_segmentation), *_TSV], dpi)
        return parse_tsv(tsv)

    def recognise(self, image: Image.Image, languages: Sequence[str], *, page_segmentation: int | None = None) -> str:
        """Return the text Tesseract reads in ``image`` using ``languages`` (one pass, no turning)."""
        tsv = self._run(image, ["-l", "+".join(languages), "--psm", str(page_segmentation or self.page_segmentation), *_TSV], self.dpi)
        return _text(parse_tsv(tsv))

    def _run(self, image: Image.Image, options: list[str], dpi: float) -> str:
        """Run Tesseract on *image* with *options*; return what it writes."""
        if image.mode not in ("L", "RGB", "1"):
            image = image.convert("L")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=1)
        # One OpenMP thread per Tesseract process: on small machines extra threads only contend.
        environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        command = [self.command, "stdin", "stdout", *self._tessdata_option(), "--dpi", str(round(dpi)), *options]
        try:
            completed = subprocess.run(
                command, input=buffer.getvalue(), capture_output=True, timeout=self.timeout, check=False, env=environment,
                preexec_fn=before_tesseract_starts,
            )
        except FileNotFoundError as error:
            raise OcrUnavailable(f"the OCR program {self.command!r} (Tesseract) is not installed") from error
        except subprocess.TimeoutExpired as error:
            raise OcrFailed(f"Tesseract took longer than {self.timeout:.0f} seconds") from error
        if completed.returncode != 0:
            message = completed.stderr.decode("utf-8", errors="replace").strip().splitlines()
            raise OcrFailed(message[-1] if message else f"Tesseract exited with status {completed.returncode}")
        return completed.stdout.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class OcrPage:
    """What OCR read on one page: its text and blocks, language, and how the scan was turned."""

    text: str
    language: str | None
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()
    #: Clockwise degrees the page was turned by to read it (a page scanned sideways: 90 or 270).
    rotation: int = 0
    #: Degrees the page was tilted by, set level before reading.
    skew: float = 0.0
    #: Tesseract's mean confidence in the words (0-100), weighted by their length.
    confidence: float = 0.0


# Words with their boxes instead of plain text (a setting, not the "tsv" config file, which a
# tessdata folder of one's own may lack).
_TSV = ("-c", "tessedit_create_tsv=1")
# Below this mean confidence a page is checked for orientation: upright text reads above 80,
# text turned sideways or upside down below 50.
_POOR_CONFIDENCE = 60.0
# OSD's own confidence needed before a page is turned.
_OSD_CONFIDENCE = 1.5


def _text(words: list[OcrWord]) -> str:
    """Return the text of the words: lines of words, paragraphs separated by blank lines."""
    out: list[str] = []
    paragraph = line = None
    for word in words:
        if (word.block, word.paragraph) != paragraph:
            if out:
                out.append("\n\n")
            paragraph, line = (word.block, word.paragraph), word.line
        elif word.line != line:
            out.append("\n")
            line = word.line
        elif out:
            out.append(" ")
        out.append(word.text)
    return "".join(out)


@cache
def default_ocr_engine() -> OcrEngine:
    """Return the shared engine running ``tesseract`` from PATH (it remembers its language packs)."""
    return OcrEngine()
