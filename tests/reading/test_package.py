"""The reading package stands alone: bytes in, card out, without Django."""

import subprocess
import sys
import textwrap

from bench.corpus.pdf_writer import text_pdf

PROPOSAL = """Stadt Lindenau
Beschlussvorlage
Datum: 03.03.2025

Betreff: Sprachförderung in Kindertagesstätten

Der Rat beschließt, die Sprachförderung auszubauen.
"""


def _run_without_django(code: str) -> subprocess.CompletedProcess:
    """Run *code* in a fresh interpreter in which importing Django fails."""
    guard = textwrap.dedent(
        """
        import importlib.abc, sys

        class NoDjango(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == "django" or name.startswith("django."):
                    raise ImportError("Django is blocked in this test")
                return None

        sys.meta_path.insert(0, NoDjango())
        """
    )
    return subprocess.run([sys.executable, "-c", guard + textwrap.dedent(code)], capture_output=True, text=True, timeout=120)


def test_reading_reads_a_text_and_a_pdf_with_django_blocked(tmp_path):
    (tmp_path / "vorlage.pdf").write_bytes(text_pdf(PROPOSAL))
    (tmp_path / "vorlage.txt").write_text(PROPOSAL, encoding="utf-8")
    result = _run_without_django(
        f"""
        from pathlib import Path
        from townhall import reading
        for name in ("vorlage.txt", "vorlage.pdf"):
            card = reading.read(Path({str(tmp_path)!r}, name).read_bytes(), filename=name).card
            print(card.kind, card.title, sep="|")
        assert not [name for name in sys.modules if name.split(".")[0] == "django"]
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["proposal|Sprachförderung in Kindertagesstätten"] * 2


def test_every_module_of_the_reading_package_imports_without_django():
    result = _run_without_django(
        """
        import pkgutil, importlib, townhall.reading
        for module in pkgutil.walk_packages(townhall.reading.__path__, "townhall.reading."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_importing_the_card_does_not_load_the_extractors():
    result = subprocess.run(
        [sys.executable, "-c", "import sys, townhall.reading.card; print('pypdfium2' in sys.modules, 'lingua' in sys.modules)"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.split() == ["False", "False"]


def test_the_ocr_engine_stands_apart_from_the_extractor_registry():
    result = subprocess.run(
        [sys.executable, "-c", "import sys, townhall.reading.ocr; print('townhall.reading.extractors.registry' in sys.modules)"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
