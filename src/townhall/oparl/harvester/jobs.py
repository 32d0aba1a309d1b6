"""Download the bytes of harvested files as separate, retryable jobs, and read them into text and cards.

A harvest only describes files; each File with a download URL gets a :class:`FileDownloadJob`.
:func:`run_download_jobs` fetches pending jobs in parallel, stores the bytes once (by checksum)
and sends them through the ingest pipeline. A failed download stays pending until it has failed
``max_attempts`` times; it never marks the file or its paper deleted.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import unquote, urlsplit

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from townhall.core.models import File, Paper
from townhall.core.services import file_attach_content
from townhall.oparl.harvester.client import FetchError, OParlClient
from townhall.oparl.models import FileDownloadJob

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


@dataclass
class DownloadReport:
    done: int = 0
    retry_later: int = 0
    failed: int = 0


def run_download_jobs(client: OParlClient, *, limit: int | None = None, max_attempts: int = MAX_ATTEMPTS,
                      concurrency: int = 4, progress=None, ids: list[int] | None = None) -> DownloadReport:
    """Run pending file downloads (at most *limit*, or those of *ids*); return how many worked, wait, or gave up."""
    pending = FileDownloadJob.objects.filter(status=FileDownloadJob.PENDING).select_related("file")
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    jobs = [job for job in pending.order_by("pk")[:limit] if _claim(job)]
    report = DownloadReport()
    if progress is not None:
        progress.start("File download", len(jobs))

    def fetch(job):
        try:
            response = client.get(job.url)
            return response.content, response.headers.get("content-type", "")
        except FetchError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="oparl-file") as pool:
        results = map(fetch, jobs) if concurrency <= 1 else pool.map(fetch, jobs)
        for job, result in zip(jobs, results):
            job.attempts += 1
            job.last_attempt = timezone.now()
            if isinstance(result, FetchError):
                job.last_error = str(result)
                job.status = FileDownloadJob.FAILED if job.attempts >= max_attempts else FileDownloadJob.PENDING
                report.failed += job.status == FileDownloadJob.FAILED
                report.retry_later += job.status == FileDownloadJob.PENDING
            else:
                data, content_type = result
                try:
                    attach_content(job.file, data, content_type=content_type, url=job.url)
                    job.status, job.last_error = FileDownloadJob.DONE, ""
                    report.done += 1
                except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the others
                    job.last_error = f"{type(exc).__name__}: {exc}"
                    job.status = FileDownloadJob.FAILED if job.attempts >= max_attempts else FileDownloadJob.PENDING
                    report.failed += job.status == FileDownloadJob.FAILED
                    report.retry_later += job.status == FileDownloadJob.PENDING
            job.claimed = None
            job.save(update_fields=["attempts", "last_attempt", "last_error", "status", "claimed"])
            if progress is not None:
                progress.advance("File download")
    return report


#: A claim older than this belongs to a job that died; the file may be taken again.
CLAIM_TIMEOUT = timedelta(minutes=30)


def _claim(job: FileDownloadJob) -> bool:
    now = timezone.now()
    free = Q(claimed__isnull=True) | Q(claimed__lt=now - CLAIM_TIMEOUT)
    if FileDownloadJob.objects.filter(free, pk=job.pk, status=FileDownloadJob.PENDING).update(claimed=now):
        job.claimed = now
        return True
    return False


@transaction.atomic
def attach_content(file: File, data: bytes, *, content_type: str = "", url: str = "") -> File:
    """Store downloaded bytes for a harvested File, read its text, and give its papers their cards."""
    file_name = file.file_name or unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "file"
    mime_type = file.mime_type or content_type.split(";")[0].strip()
    file._keep_modified = True  # the remote modified stays authoritative for harvested objects
    same_as = file_attach_content(file, data)
    if same_as is not None:
        file.extraction_notes = f"The same bytes as file #{same_as.pk}."
    file.mime_type = mime_type
    file.source_uri = file.source_uri or url
    if same_as is not None and same_as.text:
        file.text, file.language = same_as.text, same_as.language
        reading = None
    else:
        reading = read_file(data, file_name)
        if reading is not None:
            file.text = reading.text
            file.language = (reading.language or "")[:3]
            if reading.notes:
                file.extraction_notes = "\n".join(reading.notes) if isinstance(reading.notes, (list, tuple)) else str(reading.notes)
    file.save()
    if reading is not None and getattr(reading, "card", None) is not None:
        link_cards(file, reading)
    return file


def read_file(data: bytes, file_name: str):
    """Read a document with the ingest pipeline; an unreadable document keeps its bytes and only lacks text."""
    from townhall.ingest.pipeline import read_document

    try:
        return read_document(data, file_name)
    except Exception as exc:  # noqa: BLE001 - the bytes are stored; an unreadable document only lacks text
        log.info("No text from %s: %s", file_name, exc)
        return _TextOnly(text="", language="", notes=(str(exc),))


@dataclass
class _TextOnly:
    text: str
    language: str
    notes: tuple
    card: None = None


def link_cards(file: File, reading) -> None:
    """Give each paper whose main file this is the card read from it."""
    try:
        from townhall.ingest.linking import link_card_to_paper
    except ImportError:
        link_card_to_paper = None
    for paper in Paper.all_objects.filter(main_file=file):
        if link_card_to_paper is not None:
            link_card_to_paper(paper, reading.card)
        else:
            card = reading.card
            paper.card = card.to_dict() if hasattr(card, "to_dict") else card
            paper.language = paper.language or file.language
            paper.extractor_version = getattr(reading, "extractor_version", "") or ""
            paper.ingested_at = timezone.now()
            paper._keep_modified = True
            paper.save()
