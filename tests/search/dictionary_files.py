"""Bilingual dictionaries in the dict-server format, written by the tests that need them."""

from __future__ import annotations

import gzip
from pathlib import Path

_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _number(value: int) -> str:
    text = ""
    while True:
        text = _DIGITS[value % 64] + text
        value //= 64
        if not value:
            return text


def write_dictionary(folder: Path, stem: str, entries: list[tuple[str, str]]) -> None:
    """Write a dict-server dictionary (index and gzip'd text) of ``(headword, entry text)``."""
    body = b""
    lines = []
    for headword, text in entries:
        data = text.encode()
        lines.append(f"{headword.casefold()}\t{_number(len(body))}\t{_number(len(data))}")
        body += data
    (folder / f"{stem}.index").write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    (folder / f"{stem}.dict.dz").write_bytes(gzip.compress(body))


def install_dictionaries(tmp_path: Path, settings, stems: dict[str, list[tuple[str, str]]]) -> Path:
    """Write ``stems`` (dictionary name -> entries) into a folder the settings point at; return the folder.

    The compiled file goes beside it; nothing is compiled yet.
    """
    folder = tmp_path / "dictd"
    folder.mkdir()
    for stem, entries in stems.items():
        write_dictionary(folder, stem, entries)
    settings.SEARCH_DICTIONARY_DIR = folder
    settings.SEARCH_DICTIONARY_FILE = tmp_path / "cache" / "dictionaries.sqlite3"
    return folder


def compiled_dictionaries(tmp_path: Path, settings, stems: dict[str, list[tuple[str, str]]]) -> Path:
    """Install ``stems`` as ``install_dictionaries`` does and compile them; return the compiled file."""
    from townhall.search import dictionaries

    folder = install_dictionaries(tmp_path, settings, stems)
    dictionaries.compile_dictionaries(settings.SEARCH_DICTIONARY_FILE, folder)
    return settings.SEARCH_DICTIONARY_FILE


def plan_leaves(node):
    """Yield the words and phrases at the ends of a query plan's node."""
    parts = getattr(node, "parts", None)
    if parts is None:
        yield node
        return
    for part in parts:
        yield from plan_leaves(part)
