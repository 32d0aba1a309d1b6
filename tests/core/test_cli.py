"""The console script as a user meets it: help, and one clear sentence for bad configuration."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from townhall.cli import COMMANDS


def run_townhall(*args, env=None, tmp_path=None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
    environment["TOWNHALL_DATA_DIR"] = str(tmp_path / "data")
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "townhall.cli", *args], capture_output=True, text=True, env=environment, timeout=120)


def test_help_lists_the_townhall_commands(tmp_path):
    result = run_townhall("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for name in ["serve", "migrate", "createsuperuser", "demo", "ingest", "extract", "oparl-import"]:
        assert f"  {name}" in result.stdout


def test_every_listed_command_exists(tmp_path):
    result = run_townhall("help", "--commands", tmp_path=tmp_path)
    available = set(result.stdout.split())
    missing = [name for name in COMMANDS if name not in available]
    assert not missing, f"commands listed in --help but not implemented: {missing}"


def test_wrong_database_scheme_gives_one_sentence_and_no_traceback(tmp_path):
    result = run_townhall("migrate", env={"TOWNHALL_DATABASE_URL": "mysql://x@y/z"}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "TOWNHALL_DATABASE_URL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_postgresql_gives_one_sentence_and_no_traceback(tmp_path):
    result = run_townhall("migrate", env={"TOWNHALL_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "cannot use the database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere, so an unwritable directory cannot be made")
def test_unwritable_data_directory_gives_one_sentence(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = run_townhall("check", env={"TOWNHALL_DATA_DIR": str(locked / "sub")}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "TOWNHALL_DATA_DIR" in result.stderr


def test_data_directory_that_is_a_file_gives_one_sentence(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    result = run_townhall("check", env={"TOWNHALL_DATA_DIR": str(blocker / "data")}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "TOWNHALL_DATA_DIR" in result.stderr


def test_secret_key_is_generated_once_and_kept(tmp_path):
    run_townhall("check", tmp_path=tmp_path)
    key_file = tmp_path / "data" / "secret_key"
    first = key_file.read_text()
    run_townhall("check", tmp_path=tmp_path)
    assert len(first) > 40 and key_file.read_text() == first


def test_unknown_time_zone_is_reported_in_plain_words(tmp_path):
    result = run_townhall("check", env={"TOWNHALL_TIME_ZONE": "Mars/Olympus"}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "not a known time zone" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_boolean_setting_is_reported_in_plain_words(tmp_path):
    result = run_townhall("check", env={"TOWNHALL_DEBUG": "maybe"}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "TOWNHALL_DEBUG must be true or false" in result.stderr


def test_sqlite_database_runs_in_wal_mode(tmp_path):
    result = run_townhall("migrate", "--no-input", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    import sqlite3

    mode = sqlite3.connect(tmp_path / "data" / "townhall.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_every_setting_is_documented():
    from townhall.config import SETTINGS

    docs = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    undocumented = [name for name in SETTINGS if f"TOWNHALL_{name}" not in docs]
    assert not undocumented


def test_sqlite_database_and_its_journal_files_are_private(tmp_path):
    result = run_townhall("migrate", "--no-input", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    # Hold a connection with a write open in a second process so the -wal and -shm files exist.
    probe = (
        "import os, stat, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'townhall.settings'; django.setup()\n"
        "from django.db import connection\n"
        "connection.cursor().execute('CREATE TABLE probe (x)')\n"
        "name = connection.settings_dict['NAME']\n"
        "print(' '.join(oct(stat.S_IMODE(os.stat(name + suffix).st_mode)) for suffix in ('', '-wal', '-shm')))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TOWNHALL_")}
    environment["TOWNHALL_DATA_DIR"] = str(tmp_path / "data")
    modes = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, timeout=120)
    assert modes.stdout.split() == ["0o600", "0o600", "0o600"], modes.stderr
    assert oct((tmp_path / "data").stat().st_mode & 0o777) == "0o700"


def test_a_world_readable_database_from_an_older_version_is_made_private(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    database = data / "townhall.sqlite3"
    database.touch(mode=0o644)
    database.chmod(0o644)

    result = run_townhall("migrate", "--no-input", tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert oct(database.stat().st_mode & 0o777) == "0o600"
