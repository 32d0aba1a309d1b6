"""An ingest killed with SIGKILL half way finishes on the next run: nothing missing, nothing twice.

An ingest stopped with SIGTERM ends its worker processes and reports what it had done.
"""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bench.corpus import generate_corpus

DOCUMENTS = 150


def _townhall(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "townhall.cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _count(database, sql: str) -> int:
    with sqlite3.connect(database, timeout=30) as connection:
        return connection.execute(sql).fetchone()[0]


def _private_database(folder) -> tuple[dict, object]:
    """Return the environment and SQLite file of a new, migrated data directory under *folder*."""
    data = folder / "data"
    data.mkdir()
    database = data / "ingest.sqlite3"
    # Always a private SQLite file: these tests run real processes against their own database.
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(data), "TOWNHALL_DATABASE_URL": f"sqlite:///{database}"}
    migrate = _townhall("migrate", "--no-input", "-v", "0", env=env)
    assert migrate.wait(timeout=300) == 0, migrate.stderr.read()
    return env, database


@pytest.fixture
def environment(tmp_path):
    return _private_database(tmp_path)


def test_ingest_killed_mid_run_completes_on_the_next_run_without_duplicates(tmp_path, environment):
    env, database = environment
    corpus = tmp_path / "corpus"
    generate_corpus(corpus, DOCUMENTS, seed=7, pdf_share=0.1)
    command = ("ingest", str(corpus), "--body", "Testkommune", "--exclude", "*.truth.json", "--jobs", "2")

    first = _townhall(*command, env=env)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and first.poll() is None:
            if database.exists() and _count(database, "SELECT count(*) FROM core_paper") >= 10:
                break
            time.sleep(0.05)
        assert first.poll() is None, "the first run ended before it could be killed"
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=60)
    finally:
        _kill_group(first)
    killed_at = _count(database, "SELECT count(*) FROM core_paper")
    assert 0 < killed_at < DOCUMENTS

    second = _townhall(*command, env=env)
    try:
        _, errors = second.communicate(timeout=600)
    finally:
        _kill_group(second)
    assert second.returncode == 0, errors
    assert _count(database, "SELECT count(*) FROM core_paper") == DOCUMENTS
    assert _count(database, "SELECT count(*) FROM core_file WHERE storage_name != ''") == DOCUMENTS
    assert _count(database, "SELECT count(*) FROM (SELECT source_uri FROM core_paper GROUP BY source_uri HAVING count(*) > 1)") == 0
    assert _count(database, "SELECT count(*) FROM ingest_ingesterror") == 0


def _kill_group(process: subprocess.Popen) -> None:
    # Worker processes of a killed run are orphans of the test: end them with their group.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _wait_for_papers(process: subprocess.Popen, database, papers: int) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if database.exists() and _count(database, "SELECT count(*) FROM core_paper") >= papers:
            return
        time.sleep(0.05)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def stopped_run(tmp_path_factory):
    """Ingest a corpus with two workers and send SIGTERM once ten papers are in."""
    tmp_path = tmp_path_factory.mktemp("sigterm")
    env, database = _private_database(tmp_path)
    corpus = tmp_path / "corpus"
    generate_corpus(corpus, DOCUMENTS, seed=8, pdf_share=0.1)
    run = _townhall("ingest", str(corpus), "--body", "Testkommune", "--exclude", "*.truth.json", "--jobs", "2", env=env)
    try:
        _wait_for_papers(run, database, 10)
        assert run.poll() is None, "the run ended before it could be stopped"
        run.send_signal(signal.SIGTERM)
        output, _ = run.communicate(timeout=120)
        # The resource tracker leaves a moment after the ingest; workers must already be gone.
        deadline = time.monotonic() + 10
        while _group_alive(run.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        alive = _group_alive(run.pid)
    finally:
        _kill_group(run)
    return run.returncode, output, alive, _count(database, "SELECT count(*) FROM core_paper")


def test_sigterm_leaves_no_worker_processes_behind(stopped_run):
    returncode, _, alive, _ = stopped_run
    assert returncode == 143
    assert not alive


def test_sigterm_prints_the_summary_of_the_documents_done_so_far(stopped_run):
    _, output, _, papers = stopped_run
    assert "Stopped before the end" in output
    assert 0 < papers < DOCUMENTS
    assert int(re.search(r"new papers:\s+(\d+)", output).group(1)) == papers
