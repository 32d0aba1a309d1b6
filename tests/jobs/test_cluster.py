"""Several machines: two web processes and two workers on one PostgreSQL and one Redis, started as the
systemd units in deploy/systemd start them. Work spreads over both workers, no job runs twice, and the
job of a worker killed mid-run is finished by the other."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from configparser import ConfigParser
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from bench.loopback import free_port
from redis_server import start_redis

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
TOWNHALL = str(Path(sys.executable).with_name("townhall"))
sys.path.insert(0, str(ROOT / "tests" / "oparl"))
from replay import SyntheticServer  # noqa: E402


def unit_command(name: str, instance: str = "") -> list[str]:
    """The ExecStart of a shipped unit, pointed at this checkout's townhall."""
    parser = ConfigParser(interpolation=None, strict=False)
    parser.read(UNITS / name)
    line = parser["Service"]["ExecStart"].replace("%i", instance)
    argv = shlex.split(line)
    assert argv[0] == "/opt/townhall/.venv/bin/townhall"
    return [TOWNHALL, *argv[1:]]


def unit_environment() -> dict[str, str]:
    env = {}
    for line in (UNITS / "townhall.env").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip()
    return env


def test_shipped_units_are_valid_systemd_units(tmp_path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    # systemd-analyze checks that the command and the environment file exist: point them at this checkout.
    tmp_path = tmp_path / "units"
    tmp_path.mkdir()
    for unit in [*UNITS.glob("*.service"), *UNITS.glob("*.timer")]:
        text = unit.read_text(encoding="utf-8").replace("/opt/townhall/.venv/bin/townhall", TOWNHALL)
        text = text.replace("/etc/townhall/townhall.env", str(UNITS / "townhall.env"))
        (tmp_path / unit.name.replace("@.", "@1.")).write_text(text, encoding="utf-8")
    verify = subprocess.run(["systemd-analyze", "verify", "--man=no", *sorted(str(p) for p in tmp_path.iterdir())],
                            capture_output=True, text=True, timeout=120)
    problems = [line for line in (verify.stdout + verify.stderr).splitlines() if str(tmp_path) in line]
    assert verify.returncode == 0 and problems == [], verify.stdout + verify.stderr
    names = sorted(p.name for p in UNITS.glob("*.service")) + sorted(p.name for p in UNITS.glob("*.timer"))
    assert {"townhall-web.service", "townhall-worker@.service", "townhall-scheduler.service"} <= set(names)
    for name in names:
        parser = ConfigParser(interpolation=None, strict=False)
        parser.read(UNITS / name)
        if name.endswith(".service"):
            assert parser["Service"]["EnvironmentFile"] == "/etc/townhall/townhall.env"
            assert parser["Service"]["User"] == "townhall"
    assert set(unit_environment()) <= {f"TOWNHALL_{name}" for name in __import__("townhall.config", fromlist=["SETTINGS"]).SETTINGS}


@pytest.fixture
def cluster_database():
    """A database of its own on the PostgreSQL server the suite runs on."""
    database = django_settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs PostgreSQL (the suite's PostgreSQL run covers it)")
    import psycopg

    name = f"townhall_cluster_{uuid.uuid4().hex[:8]}"
    params = dict(host=database["HOST"] or "127.0.0.1", port=database["PORT"] or 5432, user=database["USER"], password=database["PASSWORD"] or None)
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    auth = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    yield f"postgresql://{auth}@{params['host']}:{params['port']}/{name}", dict(dbname=name, **params)
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Cluster:
    def __init__(self, env: dict[str, str], logs: Path):
        self.env, self.logs, self.processes = env, logs, {}

    def start(self, name: str, argv: list[str]) -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen(argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.processes[name] = process
        return process

    def run(self, *args: str) -> str:
        result = subprocess.run([TOWNHALL, *args], env=self.env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")


def get_json(url: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            # Ask as the reverse proxy of the shipped settings does (TOWNHALL_PROXY_SSL_HEADER).
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "192.0.2.1"})
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def jobs(connection) -> list[dict]:
    rows = connection.execute("SELECT id, name, status, attempts, worker, error FROM jobs_job ORDER BY id").fetchall()
    return [dict(zip(("id", "name", "status", "attempts", "worker", "error"), row)) for row in rows]


def worker_pid(worker: str) -> int:
    return int(worker.split(":")[1])


def write_papers(folder: Path, count: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    topics = ["skole", "cykelsti", "havn", "bibliotek", "vej", "park", "svømmehal", "plejehjem"]
    for n in range(start, start + count):
        topic = topics[n % len(topics)]
        (folder / f"indstilling-{n:03d}.txt").write_text(
            f"Testby Kommune\nTeknik- og Miljøudvalget\n\nIndstilling nr. {n}: {topic} i bydel {n}\n\n"
            f"Forvaltningen indstiller, at udvalget godkender projekt nummer {n} om {topic} i bydel {n}, "
            f"med en samlet udgift på {1000 + n} tusind kroner.\n" * 3, encoding="utf-8")


def recording(path: Path, files: int) -> str:
    server = SyntheticServer()
    server.add("Organization", name="Hauptausschuss")
    records = []
    for n in range(files):
        access = f"https://ris.example.org/f/{n}"
        server.add("Paper", name=f"Vorlage {n}", mainFile={"id": f"https://ris.example.org/oparl/file/{n}", "type": "https://schema.oparl.org/1.1/File",
                                                          "fileName": f"vorlage-{n}.txt", "accessUrl": access})
        records.append({"url": access, "raw": f"Der Ausschuss berät die Vorlage {n} über den Radweg {n}.", "headers": {"Content-Type": "text/plain"}})
    with path.open("w", encoding="utf-8") as handle:
        for record in [*server.records(), *records]:
            handle.write(json.dumps(record) + "\n")
    return server.system_url


@pytest.mark.postgres
def test_two_web_processes_and_two_workers_share_the_work_and_survive_a_killed_worker(cluster_database, tmp_path):
    import psycopg

    url, params = cluster_database
    redis, redis_url, redis_dir = start_redis()
    env = {**os.environ, **unit_environment()}
    env.update(TOWNHALL_DATA_DIR=str(tmp_path / "data"), TOWNHALL_DATABASE_URL=url, TOWNHALL_BROKER_URL=redis_url,
               TOWNHALL_SECRET_KEY="cluster-test", TOWNHALL_ALLOWED_HOSTS="127.0.0.1,localhost", TOWNHALL_JOB_LEASE_SECONDS="3",
               TOWNHALL_LOG_FORMAT="json", TOWNHALL_WORKER_CONCURRENCY="1")
    for name in ("TOWNHALL_STORAGE_DIR", "TOWNHALL_PUBLIC_URL", "TOWNHALL_TEST_REDIS_URL"):
        env.pop(name, None)
    cluster = Cluster(env, tmp_path)
    try:
        cluster.run("migrate", "--no-input")
        # The body exists before the workers race to link papers to it.
        write_papers(tmp_path / "first", 1)
        cluster.run("ingest", str(tmp_path / "first"), "--body", "Testby Kommune")
        ports = [free_port(), free_port()]
        for number, port in enumerate(ports, start=1):
            argv = unit_command("townhall-web.service")
            argv[argv.index("--port") + 1] = str(port)
            cluster.start(f"web{number}", [*argv, "--workers", "1", "--threads", "2"])
        for number in (1, 2):
            cluster.start(f"worker{number}", unit_command("townhall-worker@.service", str(number)))
        cluster.start("scheduler", [*unit_command("townhall-scheduler.service")[:-1], "1"])
        for port in ports:
            health = get_json(f"http://127.0.0.1:{port}/health/")
            assert health["status"] == "ok" and health["checks"]["broker"] == "ok", health

        write_papers(tmp_path / "papers", 120, start=1)
        system_url = recording(tmp_path / "ris.jsonl", 120)
        victims: list[dict] = []

        def kill_a_worker_mid_job():
            # Watches from before the jobs are queued: the first ingest job seen running loses its worker.
            with psycopg.connect(autocommit=True, **params) as watch:
                deadline = time.monotonic() + 180
                while time.monotonic() < deadline:
                    running = [j for j in jobs(watch) if j["status"] == "running" and j["name"] == "ingest.paths"]
                    if running:
                        pid = worker_pid(running[0]["worker"])
                        name = next(name for name, p in cluster.processes.items() if p.pid == pid)
                        os.killpg(cluster.processes[name].pid, signal.SIGKILL)
                        victims.append({**running[0], "pid": pid})
                        # As systemd's Restart=always would, a new worker takes the killed one's place.
                        cluster.start(f"{name}-restarted", unit_command("townhall-worker@.service", name[-1]))
                        return
                    time.sleep(0.02)

        watcher = threading.Thread(target=kill_a_worker_mid_job)
        watcher.start()
        cluster.run("ingest", str(tmp_path / "papers"), "--body", "Testby Kommune", "--queue", "--per-job", "40")
        cluster.run("oparl-import", system_url, "--replay", str(tmp_path / "ris.jsonl"), "--files", "--queue")
        watcher.join(timeout=200)
        assert victims, "no ingest job was seen running"
        victim, killed_pid = victims[0], victims[0]["pid"]

        with psycopg.connect(autocommit=True, **params) as db:
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                rows = jobs(db)
                if rows and all(j["status"] in ("done", "failed") for j in rows) and any(j["name"] == "oparl.download_files" for j in rows):
                    break
                time.sleep(0.5)
            rows = jobs(db)
            assert all(j["status"] == "done" for j in rows), [(j["id"], j["name"], j["status"], j["error"][-300:]) for j in rows]
            taken_over = next(j for j in rows if j["id"] == victim["id"])
            assert taken_over["attempts"] == 2 and worker_pid(taken_over["worker"]) != killed_pid
            assert "stopped answering" in taken_over["error"] or taken_over["error"] == ""
            # No job ran twice: every other job was claimed once.
            assert all(j["attempts"] == 1 for j in rows if j["id"] != victim["id"])
            # The ingest was spread over both workers: the killed one ran a job of it, the other finished it.
            assert len({worker_pid(j["worker"]) for j in rows if j["name"] == "ingest.paths"} | {killed_pid}) >= 2
            assert {j["name"] for j in rows} >= {"ingest.paths", "oparl.harvest", "oparl.download_files"}
            # Nothing lost, nothing stored twice: the taken-over job met its first attempt's papers as known files.
            assert db.execute("SELECT count(*) FROM core_paper WHERE NOT deleted").fetchone()[0] == 1 + 120 + 120
            texts = db.execute("SELECT count(*) FROM core_file WHERE origin_id LIKE 'https://ris.example.org/%%' AND text LIKE '%%Radweg%%'").fetchone()[0]
            assert texts == 120

        for port in ports:
            listing = get_json(f"http://127.0.0.1:{port}/oparl/v1.1/body")
            assert len(listing["data"]) == 2
            assert get_json(f"http://127.0.0.1:{port}/health/")["checks"]["jobs"]["failed_last_hour"] == 0
        assert '"level": "INFO"' in cluster.log("worker1") + cluster.log("worker2")
    finally:
        cluster.stop()
        redis.terminate()
        redis.wait(timeout=10)
        shutil.rmtree(redis_dir, ignore_errors=True)
