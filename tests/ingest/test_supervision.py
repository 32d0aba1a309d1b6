"""Documents are read in supervised processes: one that crashes its reader, runs out of time or of
memory is reported with its own outcome, the others are read, and no process is left behind.

The misbehaving reader is real: Tesseract is replaced by a small script that crashes, hangs or
kills the process that runs it, and the memory budget is a real limit of the reading process.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from townhall.ingest.pipeline import Failure, ReadTask
from townhall.ingest.supervisor import Budget, ReaderPool

LANGUAGES = "List of available languages (3):\ndan\ndeu\neng\n"


class Item:
    def __init__(self, task: ReadTask) -> None:
        self.task, self.data = task, task.data


def _failure(task, reason, message):
    return Failure("extract", reason, message)


def _scan() -> bytes:
    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Stadt Lindenau", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def marker(monkeypatch):
    """Mark every process started from here on, so that leftovers can be found in /proc."""
    value = uuid.uuid4().hex
    monkeypatch.setenv("TOWNHALL_TEST_MARKER", value)
    return value


def marked_processes(marker: str) -> list[int]:
    """Return the ids of live processes (other than this one) carrying *marker* in their environment."""
    found = []
    needle = f"TOWNHALL_TEST_MARKER={marker}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            found.append(int(entry))
    return found


def fake_tesseract(folder: Path, behaviour: str) -> str:
    """Write a stand-in for Tesseract (one process) that lists the usual languages and then runs *behaviour*."""
    script = folder / f"tesseract-{uuid.uuid4().hex[:8]}"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, signal, sys, time\n"
        "if '--list-langs' in sys.argv:\n"
        f"    print({LANGUAGES!r}, end='')\n"
        "    sys.exit(0)\n"
        f"{behaviour}\n"
    )
    script.chmod(0o755)
    return str(script)


def _read_all(pool: ReaderPool, tasks: list[ReadTask]) -> dict:
    return {item.task.name: result for item, result in pool.map_unordered((Item(task) for task in tasks), lambda item: item.task)}


def _papers(german_proposal: str, count: int, tesseract: str) -> list[ReadTask]:
    return [ReadTask(f"vorlage-{n}.txt", f"{german_proposal}\nNr. {n}\n".encode(), None, tesseract) for n in range(count)]


def test_document_that_crashes_its_reader_is_reported_as_crashed_and_the_others_are_read(tmp_path, german_proposal, marker):
    tesseract = fake_tesseract(tmp_path, "os.kill(os.getppid(), signal.SIGSEGV); time.sleep(5)")
    tasks = _papers(german_proposal, 6, tesseract)
    tasks.insert(2, ReadTask("scan.png", _scan(), None, tesseract))
    with ReaderPool(2, failure=_failure) as pool:
        results = _read_all(pool, tasks)
        started = pool.started
    assert results["scan.png"].reason == "crashed"
    assert "SIGSEGV" in results["scan.png"].message
    assert all(results[task.name].card.kind == "proposal" for task in tasks if task.name != "scan.png")
    # Read twice before it was blamed: two readers died, and each was replaced.
    assert started == 4
    assert marked_processes(marker) == []


def test_document_over_its_time_is_stopped_with_its_tesseract_and_reported_as_timeout(tmp_path, german_proposal, marker):
    tesseract = fake_tesseract(tmp_path, "time.sleep(60)")
    tasks = [ReadTask("scan.png", _scan(), None, tesseract), *_papers(german_proposal, 3, tesseract)]
    started = time.monotonic()
    with ReaderPool(1, Budget(timeout=2, memory=384 * 2**20), failure=_failure) as pool:
        results = _read_all(pool, tasks)
    assert results["scan.png"].reason == "timeout"
    assert "2 seconds" in results["scan.png"].message
    assert all(results[task.name].card.kind == "proposal" for task in tasks[1:])
    assert time.monotonic() - started < 30
    assert marked_processes(marker) == []


def test_document_over_its_memory_is_reported_as_too_costly_and_a_fresh_reader_goes_on(german_proposal, marker):
    budget = Budget(timeout=60, memory=160 * 2**20)
    huge = ReadTask("riesig.txt", b"Stadt Lindenau " * (12 * 2**20 // 15 * 10), None, "tesseract")
    with ReaderPool(1, budget, failure=_failure) as pool:
        results = _read_all(pool, [huge, *_papers(german_proposal, 3, "tesseract")])
        started = pool.started
    assert results["riesig.txt"].reason == "too_costly"
    assert "160 MB" in results["riesig.txt"].message
    assert [results[f"vorlage-{n}.txt"].card.kind for n in range(3)] == ["proposal"] * 3
    assert started == 2


def test_reader_killed_from_outside_is_replaced_and_its_document_read_again(tmp_path, german_proposal, marker):
    # Words as Tesseract's TSV output gives them (level 5: one word with its box and confidence).
    tsv = "level\tpage_num\n" + "".join(f"5\t1\t1\t1\t1\t{n}\t{100 * n}\t100\t90\t30\t95\t{word}\n"
                                          for n, word in enumerate(("Stadt", "Lindenau", "Bekanntmachung"), 1))
    tesseract = fake_tesseract(tmp_path, f"time.sleep(2); print({tsv!r}, end='')")
    tasks = [*_papers(german_proposal, 3, tesseract), ReadTask("scan.png", _scan(), None, tesseract), *_papers(german_proposal, 3, tesseract)]
    tasks[-3:] = [ReadTask(f"danach-{n}.txt", task.data, None, tesseract) for n, task in enumerate(tasks[-3:])]
    killed = []

    def kill_the_reader_running_tesseract():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            for pid in marked_processes(marker):
                try:
                    if tesseract in Path(f"/proc/{pid}/cmdline").read_bytes().decode():
                        reader = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
                        os.kill(reader, signal.SIGKILL)
                        killed.append(reader)
                        return
                except (OSError, ValueError):
                    continue
            time.sleep(0.05)

    killer = threading.Thread(target=kill_the_reader_running_tesseract)
    killer.start()
    with ReaderPool(2, failure=_failure) as pool:
        results = _read_all(pool, tasks)
    killer.join()
    assert killed, "no reader was seen running Tesseract"
    assert sorted(results) == sorted(task.name for task in tasks)
    assert "Bekanntmachung" in results["scan.png"].text
    assert all(results[task.name].card.kind == "proposal" for task in tasks if task.name != "scan.png")
    assert marked_processes(marker) == []


def test_readers_end_when_the_pool_is_left_by_an_exception(tmp_path, german_proposal, marker):
    tesseract = fake_tesseract(tmp_path, "time.sleep(60)")
    tasks = [ReadTask("scan.png", _scan(), None, tesseract), *_papers(german_proposal, 40, tesseract)]
    with pytest.raises(KeyboardInterrupt):
        with ReaderPool(2, failure=_failure) as pool:
            for number, _ in enumerate(pool.map_unordered((Item(task) for task in tasks), lambda item: item.task)):
                if number == 5:
                    raise KeyboardInterrupt
    assert marked_processes(marker) == []


# --- Through the ingest: records, runs after, a killed ingest ---------------------------------


def _counting_tesseract(folder: Path, behaviour: str) -> tuple[str, Path]:
    """Return a stand-in Tesseract that notes each page it is given in a log, then runs *behaviour*."""
    log = folder / "tesseract.log"
    return fake_tesseract(folder, f"open({str(log)!r}, 'a').write('page\\n')\n{behaviour}"), log


def _pages_read(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_crashed_document_is_recorded_and_not_read_again_unless_asked(run_ingest, write, tmp_path, german_proposal, settings, marker):
    from townhall.core.models import Paper
    from townhall.ingest.models import IngestError

    settings.TESSERACT_COMMAND, log = _counting_tesseract(tmp_path, "os.kill(os.getppid(), signal.SIGSEGV)")
    write("scan.png", _scan())
    folder = write("vorlage.txt", german_proposal).parent

    first = run_ingest(folder)
    error = IngestError.objects.get()
    assert (error.reason, error.stage, first.status) == ("crashed", "extract", 1)
    assert Paper.objects.count() == 1
    assert _pages_read(log) == 2  # read once more in a fresh reader before it was blamed

    again = run_ingest(folder)
    assert _pages_read(log) == 2
    assert again.status == 1 and "not read again" in again.stdout
    assert IngestError.objects.filter(resolved=False).count() == 1

    run_ingest(folder, "--retry-failed")
    assert _pages_read(log) == 4
    assert marked_processes(marker) == []


def test_document_over_time_is_recorded_as_timeout_and_the_run_goes_on(run_ingest, write, tmp_path, german_proposal, settings, marker):
    from townhall.core.models import Paper
    from townhall.ingest.models import IngestError

    settings.TESSERACT_COMMAND = fake_tesseract(tmp_path, "time.sleep(60)")
    settings.READ_TIMEOUT_SECONDS = 2
    write("scan.png", _scan())
    result = run_ingest(write("vorlage.txt", german_proposal).parent)
    assert IngestError.objects.get().reason == "timeout"
    assert Paper.objects.count() == 1
    assert "timeout" in result.stdout
    assert marked_processes(marker) == []


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _townhall(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "townhall.cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _private_data(folder: Path) -> dict:
    data = folder / "data"
    data.mkdir()
    env = {**os.environ, "TOWNHALL_DATA_DIR": str(data), "TOWNHALL_DATABASE_URL": f"sqlite:///{data / 'ingest.sqlite3'}"}
    migrate = _townhall("migrate", "--no-input", "-v", "0", env=env)
    assert migrate.wait(timeout=300) == 0, migrate.stderr.read()
    return env


def test_ingest_killed_with_sigkill_leaves_no_reader_and_no_tesseract_behind(tmp_path, german_proposal, marker):
    env = _private_data(tmp_path)
    tesseract = fake_tesseract(tmp_path, "time.sleep(120)")
    env["TOWNHALL_TESSERACT"] = tesseract
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(4):
        (corpus / f"scan-{number}.png").write_bytes(_scan() + bytes([number]))
    for number in range(20):
        (corpus / f"vorlage-{number}.txt").write_text(f"{german_proposal}\nNr. {number}\n")
    run = _townhall("ingest", str(corpus), "--body", "Stadt Lindenau", "--jobs", "2", env=env)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and run.poll() is None:
            if any(tesseract.encode() in _command_line(pid) for pid in marked_processes(marker)):
                break
            time.sleep(0.05)
        assert run.poll() is None, run.communicate()
        readers = [pid for pid in marked_processes(marker) if b"townhall.ingest.worker" in _command_line(pid)]
        assert len(readers) == 2, [_command_line(pid) for pid in marked_processes(marker)]
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 10
        while marked_processes(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = marked_processes(marker)
        left = [_command_line(pid) for pid in left]
    finally:
        for pid in marked_processes(marker):
            os.kill(pid, signal.SIGKILL)
    assert left == []


def test_files_of_a_killed_ingests_uncommitted_documents_are_removed_and_committed_ones_kept(db, tmp_path, settings):
    from townhall.core import services
    from townhall.core.models import Body
    from townhall.core.storage import get_storage, sha256_hex
    from townhall.ingest.uncommitted import sweep_abandoned

    storage = get_storage()
    kept = services.file_store(data=b"committed bytes", file_name="kept.txt", body=Body.objects.create(name="Stadt Lindenau"))
    orphan = b"bytes of a document whose transaction never committed"
    # A real ingest process killed between storing a file and committing its records.
    script = (
        "import os, signal, django; django.setup()\n"
        "from townhall.core.storage import get_storage\n"
        "from townhall.ingest.uncommitted import UncommittedFiles\n"
        "journal = UncommittedFiles()\n"
        f"journal.storing([{sha256_hex(orphan)!r}, {kept.sha256!r}])\n"
        f"get_storage().put({orphan!r})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run([sys.executable, "-c", script], env={**os.environ, "DJANGO_SETTINGS_MODULE": "townhall.settings",
                           "TOWNHALL_STORAGE_DIR": str(settings.STORAGE_DIR)}, capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    assert storage.exists(sha256_hex(orphan))

    assert sweep_abandoned() == 1
    assert not storage.exists(sha256_hex(orphan))
    assert storage.open(kept.storage_name) == b"committed bytes"
    assert list((Path(settings.STORAGE_DIR) / ".uncommitted").iterdir()) == []
