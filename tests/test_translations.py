"""Every interface string is translated into Danish and German."""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "townhall"
LANGUAGES = ("da", "de")


def _entries(po: Path) -> list[dict]:
    """Return the entries of a .po file: msgid, msgstr values (one per plural form) and flags."""
    entries, entry, field = [], None, None
    for raw in po.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            if entry is not None:
                entries.append(entry)
            entry, field = None, None
            continue
        if entry is None:
            entry = {"msgid": "", "msgstr": {}, "flags": set(), "obsolete": False}
        if line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith("msgid "):
            field, entry["msgid"] = "msgid", _string(line[6:])
        elif line.startswith("msgid_plural "):
            field = "plural"
        elif line.startswith("msgstr"):
            key, _, value = line.partition(" ")
            field = key
            entry["msgstr"][key] = _string(value)
        elif line.startswith('"') and field == "msgid":
            entry["msgid"] += _string(line)
        elif line.startswith('"') and field in entry["msgstr"]:
            entry["msgstr"][field] += _string(line)
    return [entry for entry in entries if entry["msgid"] and not entry["obsolete"]]


def _string(quoted: str) -> str:
    return quoted.strip()[1:-1]


@pytest.fixture(scope="module")
def made_messages(tmp_path_factory):
    """Run makemessages over a copy of the source, so the messages are exactly what the code asks for now."""
    if shutil.which("xgettext") is None:
        pytest.skip("gettext is not installed (scripts/install-system-packages.sh installs it)")
    copy = tmp_path_factory.mktemp("messages") / "townhall"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__", "static", "demo", "*.mo"))
    command = [
        sys.executable, "-m", "django", "makemessages", "--no-location", "--no-obsolete",
        *(argument for language in LANGUAGES for argument in ("-l", language)),
    ]
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "townhall.settings"}
    subprocess.run(command, cwd=copy, env=environment, check=True, capture_output=True)
    return copy / "locale"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_has_a_translation_that_is_not_fuzzy(made_messages, language):
    entries = _entries(made_messages / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 300  # the whole interface was found, not a handful of strings
    missing = [entry["msgid"] for entry in entries if not all(entry["msgstr"].values()) or not entry["msgstr"]]
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    assert not missing, f"{len(missing)} strings without a {language} translation, e.g. {missing[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy {language} translations, e.g. {fuzzy[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_holds_every_translation_of_its_source(language):
    folder = SOURCE / "locale" / language / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = [
        entry["msgid"] for entry in _entries(folder / "django.po")
        if "msgstr" in entry["msgstr"] and entry["msgstr"]["msgstr"] and "fuzzy" not in entry["flags"]
        and catalogue.gettext(_unescape(entry["msgid"])) != _unescape(entry["msgstr"]["msgstr"])
    ]
    assert not stale, f"django.mo is older than django.po (compilemessages): {stale[:5]}"


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda match: _ESCAPES.get(match[1], match[0]), text)
