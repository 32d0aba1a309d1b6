"""Files of harvested papers: downloaded as separate jobs, stored once, read into text and cards."""

from __future__ import annotations

import pytest

from replay import SyntheticServer, client_for
from townhall.core.models import File, Paper
from townhall.core.services import file_content
from townhall.oparl.harvester.importer import Harvester
from townhall.oparl.harvester.jobs import run_download_jobs
from townhall.oparl.models import FileDownloadJob

pytestmark = pytest.mark.django_db

TEXT = """Beschlussvorlage 12/2026

Betreff: Sanierung der Grundschule am Markt

Der Rat der Stadt Beispiel beschließt die Sanierung der Grundschule am Markt.
Die Kosten betragen 1.200.000 Euro. Der Bauausschuss berät am 12.03.2026.
"""


def server_with_paper(download_status: int = 200, *, same_bytes_twice: bool = False):
    server = SyntheticServer()
    files = []
    for n in range(2 if same_bytes_twice else 1):
        files.append({"id": f"https://ris.example.org/oparl/file/{n}", "type": "https://schema.oparl.org/1.1/File",
                      "name": "Vorlage", "fileName": f"vorlage-{n}.txt", "mimeType": "text/plain",
                      "accessUrl": f"https://ris.example.org/files/{n}", "downloadUrl": f"https://ris.example.org/files/{n}/download"})
    paper = server.add("Paper", name="Sanierung der Grundschule", reference="12/2026", mainFile=files[0], auxiliaryFile=files[1:])
    transport = server.transport()
    for f in files:
        transport.add({"url": f["downloadUrl"], "status": download_status, "raw": TEXT, "headers": {"Content-Type": "text/plain; charset=utf-8"}})
    client, _ = client_for(transport)
    Harvester(server.system_url, client=client).run()
    return paper, files, client


def test_harvest_queues_one_download_per_file():
    _, files, _ = server_with_paper()
    assert sorted(FileDownloadJob.objects.values_list("url", flat=True)) == sorted(f["downloadUrl"] for f in files)


def test_download_stores_the_bytes_and_the_text():
    _, files, client = server_with_paper()
    report = run_download_jobs(client)
    file = File.objects.get(origin_id=files[0]["id"])
    assert report.done == 1
    assert file_content(file) == TEXT.encode()
    assert "Grundschule am Markt" in file.text


def test_downloaded_main_file_gives_its_paper_a_card():
    paper, _, client = server_with_paper()
    run_download_jobs(client)
    assert Paper.objects.get(origin_id=paper["id"]).card


def test_same_bytes_under_two_files_are_stored_once_and_linked():
    _, files, client = server_with_paper(same_bytes_twice=True)
    run_download_jobs(client)
    first, second = (File.objects.get(origin_id=f["id"]) for f in files)
    assert first.storage_name == second.storage_name
    assert f"#{first.pk}" in second.extraction_notes or f"#{second.pk}" in first.extraction_notes


def test_failed_download_stays_pending_and_deletes_nothing():
    paper, files, client = server_with_paper(download_status=503)
    report = run_download_jobs(client)
    job = FileDownloadJob.objects.get()
    assert report.retry_later == 1
    assert job.status == "pending" and job.attempts == 1 and "503" in job.last_error
    assert File.objects.filter(origin_id=files[0]["id"]).exists()
    assert Paper.objects.filter(origin_id=paper["id"]).exists()


def test_download_gives_up_after_the_last_attempt():
    _, _, client = server_with_paper(download_status=404)
    for _ in range(3):
        run_download_jobs(client, max_attempts=3)
    assert FileDownloadJob.objects.get().status == "failed"
