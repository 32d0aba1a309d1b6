"""``townhall search-dictionaries``: compile the installed bilingual dictionaries for search."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile the installed FreeDict dictionaries (Debian's dict-freedict-deu-eng, -eng-deu, -dan-eng, "
        "-eng-dan) into the file searches read to translate words the glossary does not know. Skipped when "
        "the compiled file is up to date."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile again even when the file is up to date.")
        parser.add_argument("--if-installed", action="store_true",
                            help="Say so and succeed when no dictionary is installed, instead of failing.")

    def handle(self, *args, force=False, if_installed=False, **options):
        from townhall.search import dictionaries

        folder = dictionaries.dictionary_dir()
        path = dictionaries.compiled_path()
        installed = dictionaries.installed_pairs(folder)
        if not installed:
            message = (f"No FreeDict dictionary in {folder}: searches translate with the glossary only. "
                       "Install them with scripts/install-system-packages.sh (dict-freedict-deu-eng and others).")
            if if_installed:
                self.stdout.write(message)
                return
            raise CommandError(message)
        if not force and dictionaries.compiled_signature(path) == dictionaries.signature(folder):
            self.stdout.write(f"Dictionaries up to date in {path}.")
            return
        started = time.perf_counter()
        try:
            rows = dictionaries.compile_dictionaries(
                path, folder, progress=lambda name: self.stdout.write(f"Reading {name} ..."))
        except OSError as error:
            raise CommandError(f"Could not compile the dictionaries into {path}: {error}") from error
        pairs = ", ".join(f"{source}->{target}" for source, target in sorted(installed))
        self.stdout.write(f"Compiled {rows} translations ({pairs}) into {path} in {time.perf_counter() - started:.0f} s.")
