"""Optical character recognition through the Tesseract command-line program.

The engine knows nothing of extractors: the PDF and image extractors are handed one.
"""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Sequence
from functools import cache, cached_property

from PIL import Image

from townhall.reading.language_guess import guess_language

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
    ``max_pixels`` caps the size of one rendered page; ``tessdata_dir`` is the folder of
    language packs when it is not Tesseract's own. The installed language packs are looked up
    once per engine.
    """

    def __init__(
        self,
        command: str = "tesseract",
        *,
        dpi: int = 300,
        timeout: float = 180.0,
        page_segmentation: int = 3,
        max_pixels: int = 40_000_000,
        tessdata_dir: str | None = None,
    ) -> None:
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

    def recognise_page(self, image: Image.Image, language_hint: str | None) -> tuple[str, str | None, list[str]]:
        """Read one page; return its text, the language it is in (when known) and notes.

        With no hint the page is first read with the English model alone and its language
        guessed from that draft, then read again with that language's model: two passes with
        one model are several times faster than one pass with three models loaded together.
        A page that reads as gibberish is read again with orientation detection, which turns
        pages scanned sideways or upside down.
        """
        if language_hint in TESSERACT_LANGUAGES:
            languages, notes = self.languages_for(language_hint)
            text, _ = self._read_upright(image, languages)
            return text, language_hint, notes
        installed = self.installed_languages or frozenset()
        if "eng" in installed:
            draft, segmentation = self._read_upright(image, ("eng",))
            guessed = guess_language(draft)
            if guessed == "en":
                return draft, guessed, []
            if guessed in TESSERACT_LANGUAGES and TESSERACT_LANGUAGES[guessed] in installed:
                language = (TESSERACT_LANGUAGES[guessed],)
                return self.recognise(image, language, page_segmentation=segmentation), guessed, []
        languages, notes = self.languages_for(None)
        text, _ = self._read_upright(image, languages)
        return text, guess_language(text), notes

    def _read_upright(self, image: Image.Image, languages: Sequence[str]) -> tuple[str, int]:
        """Return the text of a page and the page segmentation mode that read it."""
        text = self.recognise(image, languages)
        installed = self.installed_languages or frozenset()
        if guess_language(text) is not None or len(text.split()) < 10 or "osd" not in installed:
            return text, self.page_segmentation
        turned = self.recognise(image, languages, page_segmentation=1)
        if guess_language(turned) is not None:
            return turned, 1
        return text, self.page_segmentation

    def recognise(self, image: Image.Image, languages: Sequence[str], *, page_segmentation: int | None = None) -> str:
        """Return the text Tesseract reads in ``image`` using ``languages``.

        ``page_segmentation`` overrides the engine's mode for this call (1 adds orientation detection).
        """
        if image.mode not in ("L", "RGB", "1"):
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=1)
        # One OpenMP thread per Tesseract process: on small machines extra threads only contend.
        environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            completed = subprocess.run(
                [
                    self.command,
                    "stdin",
                    "stdout",
                    *self._tessdata_option(),
                    "-l",
                    "+".join(languages),
                    "--psm",
                    str(page_segmentation or self.page_segmentation),
                    "--dpi",
                    str(self.dpi),
                ],
                input=buffer.getvalue(),
                capture_output=True,
                timeout=self.timeout,
                check=False,
                env=environment,
                preexec_fn=before_tesseract_starts,
            )
        except FileNotFoundError as error:
            raise OcrUnavailable(f"the OCR program {self.command!r} (Tesseract) is not installed") from error
        except subprocess.TimeoutExpired as error:
            raise OcrFailed(f"Tesseract took longer than {self.timeout:.0f} seconds") from error
        if completed.returncode != 0:
            message = completed.stderr.decode("utf-8", errors="replace").strip().splitlines()
            raise OcrFailed(message[-1] if message else f"Tesseract exited with status {completed.returncode}")
        return completed.stdout.decode("utf-8", errors="replace").replace("\f", "").strip()


@cache
def default_ocr_engine() -> OcrEngine:
    """Return the shared engine running ``tesseract`` from PATH (it remembers its language packs)."""
    return OcrEngine()
