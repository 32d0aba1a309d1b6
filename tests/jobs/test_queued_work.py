"""Harvests, file downloads, ingest and index rebuilds run as jobs, and harvests follow their schedule."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from job_waiting import wait_for
from townhall.jobs.models import Job

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "oparl"))
from replay import SyntheticServer  # noqa: E402

FILE = {"id": "https://ris.example.org/oparl/file/1", "type": "https://schema.oparl.org/1.1/File",
        "fileName": "vorlage.txt", "accessUrl": "https://ris.example.org/f/1"}


def recording(tmp_path, server: SyntheticServer, *extra: dict) -> str:
    path = tmp_path / "recording.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in [*server.records(), *extra]:
            handle.write(json.dumps(record) + "\n")
    return str(path)


def synthetic(tmp_path) -> tuple[SyntheticServer, str]:
    server = SyntheticServer()
    server.add("Organization", name="Hauptausschuss")
    server.add("Paper", name="Vorlage Radweg", mainFile=FILE)
    text = {"url": "https://ris.example.org/f/1", "raw": "Der Ausschuss empfiehlt den Bau des Radwegs.",
            "headers": {"Content-Type": "text/plain"}}
    return server, recording(tmp_path, server, text)


def test_a_queued_harvest_imports_and_downloads_its_files(job_backend, tmp_path):
    from townhall.core.models import File, Organization, Paper
    from townhall.oparl.models import HarvestSource
    from townhall.oparl.tasks import harvest

    server, replay = synthetic(tmp_path)
    row = wait_for(harvest.enqueue(url=server.system_url, replay=replay))
    assert row.status == Job.DONE, row.error
    assert row.result["counts"]["Paper"]["created"] == 1 and row.result["download_jobs"] == 1
    assert Organization.objects.get().name == "Hauptausschuss"
    download = wait_for(Job.objects.get(name="oparl.download_files"))
    assert download.status == Job.DONE and download.result["done"] == 1
    assert "Radwegs" in File.objects.get().text
    assert Paper.objects.get().name == "Vorlage Radweg"
    assert HarvestSource.objects.get(url=server.system_url).last_job_id == row.pk


@pytest.mark.django_db(transaction=True)
def test_scheduled_sources_are_harvested_once_per_period_by_the_scheduler(tmp_path, in_process_jobs, monkeypatch):
    from townhall.oparl.models import HarvestSource
    from townhall.oparl.tasks import queue_due_harvests

    server, replay = synthetic(tmp_path)
    out = StringIO()
    call_command("oparl-import", server.system_url, "--every", "60", stdout=out)
    assert "every 60 minutes" in out.getvalue()
    # A second, unscheduled source is left alone.
    HarvestSource.objects.create(url="https://other.example.org/oparl/system")
    from townhall.oparl import tasks

    queued: list[str] = []

    class HarvestFromRecording:
        """The harvest job, answered from the recording instead of the network."""

        @staticmethod
        def enqueue(**arguments):
            queued.append(arguments["url"])
            return real_harvest.enqueue(replay=replay, **arguments)

    real_harvest = tasks.harvest
    monkeypatch.setattr(tasks, "harvest", HarvestFromRecording)
    assert queue_due_harvests() == 1
    assert queue_due_harvests() == 0  # not due again within the hour
    source = HarvestSource.objects.get(url=server.system_url)
    assert source.next_harvest > timezone.now() + timedelta(minutes=59)
    assert source.last_job.status == Job.DONE
    HarvestSource.objects.filter(pk=source.pk).update(next_harvest=timezone.now() - timedelta(seconds=1))
    call_command("scheduler", "--once", stdout=StringIO())
    assert queued == [server.system_url, server.system_url]
    page_source = HarvestSource.objects.get(url=server.system_url)
    assert page_source.last_job.status == Job.DONE
    call_command("oparl-import", server.system_url, "--every", "0", stdout=StringIO())
    assert HarvestSource.objects.get(url=server.system_url).every_minutes is None


def test_ingest_is_shared_out_in_jobs_and_counts_what_it_stored(job_backend, tmp_path):
    from townhall.core.models import Paper
    from townhall.ingest.tasks import queue_paths

    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(5):
        (folder / f"paper{n}.txt").write_text(
            f"Testby Kommune\nTeknik- og Miljøudvalget\n\nIndstilling nr. {n}: renovering af skole {n}\n\n"
            f"Forvaltningen indstiller, at udvalget godkender renoveringen af skole nummer {n}.\n", encoding="utf-8")
    rows = queue_paths([str(folder)], body="Testby Kommune", per_job=2)
    assert len(rows) == 3
    results = [wait_for(row, timeout=60) for row in rows]
    assert all(row.status == Job.DONE for row in results), [row.error for row in results]
    assert sum(row.result["new"] for row in results) == 5
    assert sum(row.progress_total for row in results) == 5
    assert Paper.objects.count() == 5


@pytest.mark.django_db(transaction=True)
def test_commands_queue_their_work_with_the_queue_option(tmp_path, in_process_jobs):
    (tmp_path / "a.txt").write_text("Testby Kommune\n\nIndstilling om cykelstier langs havnen.\n", encoding="utf-8")
    out = StringIO()
    call_command("ingest", str(tmp_path), "--body", "Testby Kommune", "--queue", stdout=out)
    assert "(ingest.paths) done" in out.getvalue()
    out = StringIO()
    call_command("search-rebuild", "--queue", "--workers", "1", stdout=out)
    assert "(search.rebuild) done" in out.getvalue()
    assert Job.objects.get(name="search.rebuild").result == {"indexed": 1}
    out = StringIO()
    call_command("jobs", stdout=out)
    assert "search.rebuild" in out.getvalue() and "ingest.paths" in out.getvalue()
