"""Documents and helpers for the ingest pipeline tests (the extractor and analysis tests ignore them)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command

# A German proposal naming its municipality, its route (with an inflected committee name),
# a case handler, a signatory, a deadline and an attachment.
GERMAN_PROPOSAL = """Stadt Lindenau
Der Oberbürgermeister

Beschlussvorlage
Vorlagen-Nummer: 0412/2025
Datum: 03.03.2025

Betreff: Sprachförderung in Kindertagesstätten

Beratungsfolge:
Gremium\tSitzung\tZuständigkeit
Integrationsrates\t18.03.2025\tVorberatung
Rat der Stadt Lindenau\t27.03.2025\tEntscheidung

Sachbearbeiterin: Katrin Albers

Beschlussvorschlag:
Der Rat der Stadt Lindenau beschließt, die Sprachförderung in allen Kindertagesstätten auszubauen.
Stellungnahmen der Träger werden bis zum 14.03.2025 erbeten.

Anlagen:
Anlage 1: Kostenaufstellung

gez. Thomas Brandt
Oberbürgermeister
"""

# A Danish memo to a committee, with a case number but no paper number, marked as closed.
DANISH_MEMO = """Søby Kommune

Til: Teknik- og Miljøudvalget

12-05-2025

Orientering om ny affaldsordning

Sagsnr.
2025-1187

Lukket punkt

Forvaltningen orienterer udvalget om den nye ordning for indsamling af affald, som træder i kraft efter sommerferien.
Udvalget skal tage orienteringen til efterretning, og høringssvar skal være forvaltningen i hænde senest den 1. juni 2025.

Sagsbehandler
Mette Holm
"""

# Text in a language the analysis does not read (Finnish).
FINNISH_TEXT = """Kaupunginvaltuusto kokoontuu maanantaina kaupungintalolla. Esityslistalla on talousarvio,
koulujen korjaukset ja uuden kirjaston suunnittelu. Valtuutetut keskustelevat myös joukkoliikenteen
hinnoista ja pyöräteiden rakentamisesta keskustaan ensi vuoden aikana.
"""


@pytest.fixture
def german_proposal() -> str:
    return GERMAN_PROPOSAL


@pytest.fixture
def danish_memo() -> str:
    return DANISH_MEMO


@pytest.fixture
def finnish_text() -> str:
    return FINNISH_TEXT


@pytest.fixture
def write(tmp_path):
    """Write a file under the test's folder and return its path (text is stored as UTF-8)."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write


class CommandResult:
    def __init__(self, stdout: str, stderr: str, status: int) -> None:
        self.stdout, self.stderr, self.status = stdout, stderr, status


@pytest.fixture
def run_ingest(db):
    """Run ``townhall ingest`` in-process; return its output and exit status."""
    from django.core.management.base import CommandError

    def run(*args: str) -> CommandResult:
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("ingest", *map(str, args), stdout=out, stderr=err)
        except CommandError as exc:
            return CommandResult(out.getvalue(), f"{err.getvalue()}{exc}", exc.returncode)
        return CommandResult(out.getvalue(), err.getvalue(), 0)

    return run
