"""System checks of search: PostgreSQL without its RUM index, dictionaries installed but not compiled."""

from __future__ import annotations

from django.core.checks import Tags, Warning, register
from django.db import connections


@register(Tags.database)
def check_ranked_index(app_configs=None, databases=None, **kwargs):
    """Warn when a PostgreSQL database searches without the RUM index (ranking then scores the newest matches)."""
    problems = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        from townhall.search.backends.postgres import RANKED_FALLBACK, TABLE, rum_index_present

        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [TABLE])
            if not cursor.fetchone()[0]:
                continue
        if not rum_index_present(connection):
            problems.append(Warning(
                "PostgreSQL search runs without the RUM index: each search ranks only its newest "
                f"{RANKED_FALLBACK} matches and scores every one of them, which is slow in large archives.",
                hint="Install the Debian package postgresql-15-rum (scripts/install-system-packages.sh), let a "
                     "superuser run CREATE EXTENSION rum in the database, then run townhall search-rebuild.",
                id="search.W001",
            ))
    return problems


@register()
def check_dictionaries(app_configs=None, **kwargs):
    """Warn when bilingual dictionaries are installed but searches cannot use them yet."""
    from townhall.search import dictionaries

    folder = dictionaries.dictionary_dir()
    if not dictionaries.installed_pairs(folder):
        return []
    path = dictionaries.compiled_path()
    found = dictionaries.compiled_signature(path)
    if found == dictionaries.signature(folder):
        return []
    state = "not compiled" if found is None else "compiled from other versions"
    return [Warning(
        f"The dictionaries in {folder} are {state} ({path}): searches do not translate words the "
        "glossary does not know, or translate them as the older dictionaries did.",
        hint="Run townhall search-dictionaries.",
        id="search.W002",
    )]
