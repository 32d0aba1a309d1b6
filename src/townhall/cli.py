"""The ``townhall`` console script: a thin front over Django's management commands.

Expected failures (bad configuration, an unreachable database, a missing dependency) end in one
clear sentence on standard error and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import os
import sys

#: Commands shown by ``townhall --help``, in the order a new user meets them.
COMMANDS = {
    "serve": "Serve townhall over HTTP (default http://127.0.0.1:8000).",
    "migrate": "Create or update the database tables.",
    "createsuperuser": "Create a staff account for the admin.",
    "demo": "Load demo municipalities, committees, meetings and papers into an empty database.",
    "ingest": "Read documents from files and folders into the database.",
    "extract": "Print the card of one document without touching the database.",
    "reread": "Read stored documents again after an upgrade of the reader; corrections stay.",
    "export-gold": "Write the cards clerks corrected as gold cards for scoring the reader.",
    "search": "Search papers from the command line.",
    "search-rebuild": "Rebuild the full-text search index.",
    "oparl-import": "Harvest an OParl 1.0/1.1 endpoint into townhall.",
    "worker": "Run background jobs (harvests, ingest, downloads, index rebuilds, mail).",
    "scheduler": "Queue periodic harvests and due mail; recover jobs of stopped workers.",
    "jobs": "List recent background jobs with their status and progress.",
    "backup": "Write the database and the stored files to one tar file.",
    "restore": "Restore a backup into an empty instance.",
    "check": "Check the configuration and report problems in plain words.",
}

EXIT_CONFIG = 2


def _help() -> str:
    width = max(len(name) for name in COMMANDS)
    lines = ["usage: townhall COMMAND [options]", "", "Commands:"]
    lines += [f"  {name.ljust(width)}  {text}" for name, text in COMMANDS.items()]
    lines += ["", "Every Django management command works too (townhall help lists them all).",
              "`townhall COMMAND --help` describes the options of one command.",
              "Settings come from TOWNHALL_* environment variables: see docs/configuration.md."]
    return "\n".join(lines)


def _fail(message: str, code: int = EXIT_CONFIG) -> int:
    print(f"townhall: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    """Run a townhall command; return the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"}:
        print(_help())
        return 0
    if argv[0] in {"--version", "version"}:
        from townhall import __version__

        print(__version__)
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "townhall.settings")
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return _fail("interrupted.", 130)


def _run(argv: list[str]) -> int:
    from townhall.config import ConfigError

    try:
        import django

        django.setup()
    except ConfigError as exc:
        return _fail(str(exc))
    except ModuleNotFoundError as exc:
        return _fail(f"the Python package {exc.name!r} is missing; reinstall townhall with its dependencies (make run does this).")
    except Exception as exc:  # noqa: BLE001 - any other start-up failure is a configuration problem
        return _fail(f"cannot start: {exc}")

    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    try:
        execute_from_command_line(["townhall", *argv])
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else _fail(exc.code, 1)
    except OperationalError as exc:
        return _fail(_database_problem(exc))
    except ProgrammingError as exc:
        return _fail(f"the database is not set up for this version ({str(exc).splitlines()[0]}); run `townhall migrate`.")
    return 0


def _database_problem(exc: Exception) -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    where = db["NAME"] if db["ENGINE"].endswith("sqlite3") else f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{db['NAME']}"
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "no such table" in reason or "does not exist" in reason and "relation" in reason:
        return f"the database at {where} has no townhall tables yet; run `townhall migrate`."
    return f"cannot use the database at {where}: {reason}. Check TOWNHALL_DATABASE_URL."


if __name__ == "__main__":
    sys.exit(main())
