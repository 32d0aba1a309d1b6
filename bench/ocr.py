"""Measure OCR of scanned pages: character error rate and time, for the renderers and passes one could choose.

Usage (from the checkout, with the virtualenv; Tesseract with dan/deu/eng/osd, and poppler's
``pdftoppm`` for the poppler rows):

    .venv/bin/python bench/ocr.py [--work DIR] [--variants all|product] [--code SRC]

**Test pages.** ``../shared/realpapers`` holds few real scans and no transcription of them, so
scans are made from real text-layer PDFs of that folder: a page is rendered to an image (150,
200 or 300 dpi, grey), degraded like a scan (noise, blur, JPEG, skewed 2°/5°, upside down or
sideways) and put alone into a new PDF as an image, the way a scanner writes it. The page's
own text layer is the ground truth. Twelve pages (four Danish, four German, four English) get
two of seven degradations each, 24 scans; the first two pages of each language are the
*choice* set (the configurations were compared on them), the other two the *held-out* set (the
figures reported for the chosen configuration). The real image-only pages of the folder (a
statement with four scanned map pages, an invitation drawn as graphics) have no ground truth:
for them the time and the share of recognised words that are real words (found in the text
layers of the whole folder) are given.

**Measures.** CER: Levenshtein distance between the recognised and the true text (white space
collapsed) over the length of the true text; it counts reading-order differences (columns,
tables) as errors. Word error: the share of the true words (as a multiset) not recognised,
whatever their order. Time: wall seconds per page, and CPU seconds (this process and Tesseract).

``--variants product`` measures only the OCR of townhall's PDF extractor (end to end, through
``townhall.reading.extractors.PdfExtractor``); ``--code SRC`` runs it from another checkout's
``src`` (to measure the code before a change). Results go to ``bench/results/ocr.md``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "realpapers"

#: Pages made into scans: (file, page index); four per language, at most two per document.
PAGES = {
    "da": [("da_syddjurs_notat_2012-09-20_opsamling-temamoede-kulturkommune-print.pdf", 1),
           ("da_syddjurs_referat_2013-06-20_kulturkommune-2017-print.pdf", 2),
           ("da_syddjurs_notat_2012-09-20_opsamling-temamoede-kulturkommune-print.pdf", 2),
           ("da_syddjurs_referat_2013-06-20_kulturkommune-2017-print.pdf", 3)],
    "de": [("de_dessau-rosslau_beschlussvorlage_bv-027-2023_kita-ersatzneubau.pdf", 5),
           ("de_erlangen_antrag_2020-12-16_sportentwicklungsplanung.pdf", 0),
           ("de_erlangen_niederschrift_2022-04-05_stadtteilbeirat-buechenbach.pdf", 2),
           ("de_thurgau_protokoll_2023-08-16_grosser-rat-nr-61.pdf", 14)],
    "en": [("en_kent_report_2025-03-04_cabinet-budget-update.pdf", 1),
           ("en_kent_minutes_2025-01-09_county-council.pdf", 3),
           ("en_kent_decision-record_24-00096_education-commissioning-plan.pdf", 1),
           ("en_kent_questions_2025-03-13_county-council.pdf", 8)],
}
#: Real pages without a text layer: (file, page index).
REAL_SCANS = [
    ("de_erlangen_stellungnahme_2022-09-18_stub-trasse-baugebiet-413.pdf", 1),
    ("de_erlangen_stellungnahme_2022-09-18_stub-trasse-baugebiet-413.pdf", 2),
    ("de_erlangen_stellungnahme_2022-09-18_stub-trasse-baugebiet-413.pdf", 3),
    ("de_erlangen_stellungnahme_2022-09-18_stub-trasse-baugebiet-413.pdf", 4),
    ("de_dessau-rosslau_anlage_bv-027-2023_standort-obstgut.pdf", 1),
    ("de_erlangen_einladung_2025-10-15_stadtteilbeirat-buechenbach.pdf", 0),
]


@dataclass(frozen=True)
class Degradation:
    name: str
    dpi: int
    rotate: float = 0.0
    noise: float = 0.0
    blur: float = 0.0
    jpeg: int = 90


DEGRADATIONS = [
    Degradation("300 dpi, clean", 300),
    Degradation("200 dpi, noise, JPEG 70", 200, noise=18, jpeg=70),
    Degradation("200 dpi, skewed 2°", 200, rotate=2.0, noise=10),
    Degradation("150 dpi, noise, blur", 150, noise=14, blur=0.6),
    Degradation("200 dpi, upside down", 200, rotate=180, noise=10),
    Degradation("200 dpi, sideways", 200, rotate=90, noise=10),
    Degradation("300 dpi, skewed 5°", 300, rotate=5.0, noise=8),
]


@dataclass
class Sample:
    language: str
    source: str
    page: int
    degradation: Degradation
    pdf: Path
    truth: str
    held_out: bool


# --- Making the scans ------------------------------------------------------------------------------


def _scan_image(page, degradation: Degradation, rng: random.Random):
    from PIL import Image, ImageChops, ImageFilter

    image = page.render(scale=degradation.dpi / 72, grayscale=True).to_pil().convert("L")
    if degradation.blur:
        image = image.filter(ImageFilter.GaussianBlur(degradation.blur))
    if degradation.rotate:
        image = image.rotate(degradation.rotate, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if degradation.noise:
        noise = Image.effect_noise(image.size, degradation.noise)
        # Shift the noise to be centred on zero: darken and lighten pixels alike.
        image = ImageChops.add(image, noise, scale=1.0, offset=-128)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=degradation.jpeg)
    return image.size, buffer.getvalue()


def _image_pdf(size: tuple[int, int], jpeg: bytes, dpi: int) -> bytes:
    """Return a one-page PDF showing a JPEG at *dpi*, the page as large as the image."""
    sys.path.insert(0, str(ROOT / "bench"))
    import hostile_corpus

    width, height = size[0] * 72 / dpi, size[1] * 72 / dpi
    image = hostile_corpus.stream(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode"
        % size, jpeg)
    content = b"q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q" % (width, height)
    return hostile_corpus.pages_pdf([content], media=(width, height), resources=b"/XObject << /Im1 4 0 R >>", extra=[image])


def make_samples(work: Path) -> list[Sample]:
    import pypdfium2 as pdfium

    rng = random.Random(7)
    samples = []
    folder = work / "scans"
    folder.mkdir(parents=True, exist_ok=True)
    ordinal = 0
    for language, pages in PAGES.items():
        for number, (name, index) in enumerate(pages):
            document = pdfium.PdfDocument(str(REAL / name))
            page = document[index]
            truth = page.get_textpage().get_text_range()
            ordinal += 1
            for choice in (2 * ordinal, 2 * ordinal + 1):
                degradation = DEGRADATIONS[choice % len(DEGRADATIONS)]
                target = folder / f"{language}-{number}-{choice % len(DEGRADATIONS)}.pdf"
                if not target.exists():
                    size, jpeg = _scan_image(page, degradation, rng)
                    target.write_bytes(_image_pdf(size, jpeg, degradation.dpi))
                samples.append(Sample(language, name, index, degradation, target, truth, held_out=number >= 2))
            page.close()
            document.close()
    return samples


# --- Measures --------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    return " ".join(text.replace("\ufffe", "").replace("\x02", "-").split())


def cer(truth: str, found: str) -> float:
    from rapidfuzz.distance import Levenshtein

    truth, found = normalise(truth), normalise(found)
    return Levenshtein.distance(truth, found) / max(1, len(truth))


_WORD = re.compile(r"\w+", re.UNICODE)


def word_error(truth: str, found: str) -> float:
    expected = Counter(word.casefold() for word in _WORD.findall(truth))
    got = Counter(word.casefold() for word in _WORD.findall(found))
    missed = sum((expected - got).values())
    return missed / max(1, sum(expected.values()))


def lexicon() -> set[str]:
    import pypdfium2 as pdfium

    words: set[str] = set()
    for path in sorted(REAL.glob("*.pdf")):
        document = pdfium.PdfDocument(str(path))
        for index in range(min(len(document), 30)):
            words |= {word.casefold() for word in _WORD.findall(document[index].get_textpage().get_text_range()) if len(word) >= 4}
    for path in sorted(REAL.glob("*.txt")) + sorted(REAL.glob("*.html")):
        words |= {word.casefold() for word in _WORD.findall(path.read_text(errors="replace")) if len(word) >= 4}
    return words


# --- OCR pipelines to compare ----------------------------------------------------------------------


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def tesseract(image, languages: str, *, psm: int = 3, dpi: int = 300, output: str = "txt") -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    command = ["tesseract", "stdin", "stdout", "-l", languages, "--psm", str(psm), "--dpi", str(int(dpi))]
    if output == "tsv":
        command.append("tsv")
    completed = subprocess.run(command, input=buffer.getvalue(), capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return completed.stdout.decode("utf-8", "replace")


def orientation(image, dpi: int) -> int:
    """Return the clockwise rotation Tesseract's OSD finds (0, 90, 180, 270), 0 when unsure."""
    out = tesseract(image, "osd", psm=0, dpi=dpi)
    match = re.search(r"Rotate: (\d+)", out)
    confidence = re.search(r"Orientation confidence: ([\d.]+)", out)
    if match and confidence and float(confidence.group(1)) >= 2.0:
        return int(match.group(1))
    return 0


def render(pdf: Path, renderer: str, dpi: int):
    """Return the page image of a one-page PDF and the resolution it has."""
    from PIL import Image

    if renderer == "poppler":
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(pdf), f"{folder}/page"], check=True)
            return Image.open(f"{folder}/page.png").convert("L"), dpi
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    page = document[0]
    if renderer == "native":
        import pypdfium2.raw as pdfium_c

        [image] = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        bitmap = image.get_bitmap(render=False).to_pil().convert("L")
        native_dpi = bitmap.width / (page.get_width() / 72)
        return bitmap, native_dpi
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"), dpi


def deskew(image):
    """Return the image turned by the small angle (±6°) that makes its text lines horizontal."""
    from PIL import Image

    small = image.copy()
    small.thumbnail((1000, 1000))
    small = small.point(lambda value: 255 if value < 160 else 0)

    def sharpness(angle: float) -> float:
        turned = small.rotate(angle, resample=Image.NEAREST, fillcolor=0)
        profile = list(turned.resize((1, turned.height), Image.BOX).getdata())
        mean = sum(profile) / len(profile)
        return sum((value - mean) ** 2 for value in profile)

    best = max((step / 2 for step in range(-12, 13)), key=sharpness)
    best = max((best + step / 10 for step in range(-5, 6)), key=sharpness)
    if abs(best) < 0.2:
        return image
    return image.rotate(best, resample=Image.BICUBIC, expand=True, fillcolor=255)


LANGUAGES = {"da": "dan", "de": "deu", "en": "eng"}


def harness_ocr(sample: Sample, *, renderer: str, dpi: int, passes: str, osd: bool, straighten: bool) -> str:
    from townhall.reading.language_guess import guess_language

    image, resolution = render(sample.pdf, renderer, dpi)
    if renderer == "native" and resolution < dpi:
        from PIL import Image

        factor = dpi / resolution
        image = image.resize((round(image.width * factor), round(image.height * factor)), Image.LANCZOS)
        resolution = dpi
    if osd:
        turn = orientation(image, resolution)
        if turn:
            image = image.rotate(-turn, expand=True)
    if straighten:
        image = deskew(image)
    if passes == "known":
        return tesseract(image, LANGUAGES[sample.language], dpi=resolution)
    if passes == "all3":
        return tesseract(image, "dan+deu+eng", dpi=resolution)
    # "draft": an English draft, then the page again in the language guessed from it (and a
    # retry with orientation detection when the draft reads as no language).
    draft = tesseract(image, "eng", dpi=resolution)
    guessed = guess_language(draft)
    if guessed is None and len(draft.split()) >= 10:
        turned = tesseract(image, "eng", psm=1, dpi=resolution)
        if guess_language(turned) is not None:
            draft, guessed = turned, guess_language(turned)
    if guessed == "en" or guessed not in LANGUAGES:
        return draft
    return tesseract(image, LANGUAGES[guessed], dpi=resolution)


VARIANTS = {
    # name: (renderer, dpi, passes, osd, deskew)
    "before: pdfium 300 dpi, English draft + language pass": ("pdfium", 300, "draft", False, False),
    "poppler 300 dpi, English draft + language pass": ("poppler", 300, "draft", False, False),
    "embedded image (≥300 dpi), English draft + language pass": ("native", 300, "draft", False, False),
    "pdfium 300 dpi, one pass, language known": ("pdfium", 300, "known", False, False),
    "pdfium 300 dpi, one pass, dan+deu+eng": ("pdfium", 300, "all3", False, False),
    "pdfium 300 dpi, OSD, deskew, one pass, language known": ("pdfium", 300, "known", True, True),
    "poppler 300 dpi, OSD, deskew, one pass, language known": ("poppler", 300, "known", True, True),
    "embedded image (≥300 dpi), OSD, deskew, one pass, language known": ("native", 300, "known", True, True),
}
#: The variants that decide renderer and passes, measured with --variants choice.
CHOICE_VARIANTS = {
    "pdfium 300 dpi, OSD, deskew, one pass, dan+deu+eng": ("pdfium", 300, "all3", True, True),
    "pdfium 300 dpi, OSD, deskew, one pass, language known": ("pdfium", 300, "known", True, True),
    "poppler 300 dpi, OSD, deskew, one pass, language known": ("poppler", 300, "known", True, True),
}
#: Further variants, measured with --variants more.
MORE_VARIANTS = {
    "pdfium 400 dpi, OSD, deskew, one pass, language known": ("pdfium", 400, "known", True, True),
    "pdfium 200 dpi, OSD, deskew, one pass, language known": ("pdfium", 200, "known", True, True),
    "pdfium 300 dpi, OSD, one pass, language known": ("pdfium", 300, "known", True, False),
}


def product_ocr(pdf: Path) -> tuple[str, list[str]]:
    from townhall.reading.extractors import PdfExtractor

    result = PdfExtractor().extract(pdf.read_bytes(), pdf.name)
    return result.text, list(result.notes)


def measure(samples: list[Sample], name: str, run) -> dict:
    rows = []
    for sample in samples:
        wall, cpu = time.monotonic(), _self_cpu() + _children_cpu()
        found = run(sample)
        rows.append({
            "pdf": sample.pdf.name, "language": sample.language, "degradation": sample.degradation.name, "held_out": sample.held_out,
            "cer": cer(sample.truth, found), "word_error": word_error(sample.truth, found),
            "seconds": time.monotonic() - wall, "cpu": _self_cpu() + _children_cpu() - cpu,
        })
        print(f"{name[:50]:50} {sample.pdf.name:14} cer {rows[-1]['cer']:.3f} words {rows[-1]['word_error']:.3f} "
              f"{rows[-1]['seconds']:.1f} s", file=sys.stderr, flush=True)
    return {"name": name, "rows": rows}


def summary(rows: list[dict]) -> dict:
    if not rows:
        return {}
    return {key: sum(row[key] for row in rows) / len(rows) for key in ("cer", "word_error", "seconds", "cpu")}


def real_scans(work: Path, words: set[str]) -> list[dict]:
    import pypdfium2 as pdfium

    from townhall.reading.extractors import PdfExtractor

    out = []
    for name, index in REAL_SCANS:
        source = pdfium.PdfDocument(str(REAL / name))
        single = pdfium.PdfDocument.new()
        single.import_pages(source, [index])
        target = work / "real" / f"{Path(name).stem}-p{index + 1}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        single.save(str(target))
        wall, cpu = time.monotonic(), _self_cpu() + _children_cpu()
        text = PdfExtractor().extract(target.read_bytes(), target.name).text
        found = [word.casefold() for word in _WORD.findall(text) if len(word) >= 4]
        out.append({"page": f"{name} p. {index + 1}", "seconds": time.monotonic() - wall, "cpu": _self_cpu() + _children_cpu() - cpu,
                    "words": len(found), "real_words": sum(1 for word in found if word in words) / max(1, len(found))})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/work/tmp-bench-ocr"))
    parser.add_argument("--variants", default="all", choices=("all", "choice", "more", "product"))
    parser.add_argument("--code", type=Path, help="run townhall's own OCR from this src folder (another checkout)")
    parser.add_argument("--label", default="townhall", help="name of the product row (with --code: e.g. 'before')")
    args = parser.parse_args()
    if args.code:
        sys.path.insert(0, str(args.code))
    sys.path.insert(0, str(ROOT / "src"))
    samples = make_samples(args.work)
    results = []
    if args.variants in ("all", "choice", "more"):
        chosen = {"all": VARIANTS, "choice": CHOICE_VARIANTS, "more": MORE_VARIANTS}[args.variants]
        for name, (renderer, dpi, passes, osd, straighten) in chosen.items():
            def run(sample, renderer=renderer, dpi=dpi, passes=passes, osd=osd, straighten=straighten):
                return harness_ocr(sample, renderer=renderer, dpi=dpi, passes=passes, osd=osd, straighten=straighten)
            results.append(measure(samples, name, run))
    results.append(measure(samples, f"{args.label}: PdfExtractor end to end", lambda sample: product_ocr(sample.pdf)[0]))
    real = real_scans(args.work, lexicon()) if args.variants in ("product", "choice") else []
    out = args.work / f"results-{args.label}-{args.variants}.json"
    out.write_text(json.dumps({"results": results, "real": real}, indent=1))
    for result in results:
        choice = summary([row for row in result["rows"] if not row["held_out"]])
        held = summary([row for row in result["rows"] if row["held_out"]])
        print(f"{result['name'][:70]:70} choice CER {choice['cer']:.3f} words {choice['word_error']:.3f} {choice['seconds']:.1f} s | "
              f"held-out CER {held['cer']:.3f} words {held['word_error']:.3f} {held['seconds']:.1f} s")
    for row in real:
        print(f"{row['page'][:70]:70} {row['seconds']:.1f} s, {row['words']} words, {row['real_words']:.2f} real")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
