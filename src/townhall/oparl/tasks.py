"""OParl jobs: harvest a source, download its files in chunks, and the harvest schedule's scheduler hook."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from townhall.jobs import job
from townhall.jobs.scheduler import every_tick

log = logging.getLogger(__name__)

#: Files fetched by one download job; the chunks of one harvest spread over the workers.
FILES_PER_JOB = 50


class JobProgress:
    """Harvest progress summed over all types, written to the job's row by the harvesting thread only."""

    def __init__(self, context) -> None:
        self.context = context
        self.owner = threading.get_ident()
        self.totals: dict[str, int] = {}
        self.done = 0

    def start(self, type_: str, total: int | None) -> None:
        if total:
            self.totals[type_] = total
        self._tell(type_)

    def advance(self, type_: str, amount: int = 1) -> None:
        self.done += amount
        self._tell(type_)

    def _tell(self, type_: str) -> None:
        # Fetching threads report too; only the thread that owns the job's database connection writes.
        if threading.get_ident() == self.owner:
            self.context.progress(self.done, sum(self.totals.values()) or None, type_)


def _client(replay: str | None, timeout: float, retries: int):
    from townhall.oparl.harvester.client import OParlClient

    transport = None
    if replay:
        from townhall.oparl.harvester.replay import ReplayTransport

        transport = ReplayTransport(replay)
    return OParlClient(transport=transport, timeout=timeout, retries=retries)


@job("oparl.harvest")
def harvest(context, url: str, full: bool = False, files: bool = True, concurrency: int = 4, replay: str | None = None,
            timeout: float = 30.0, retries: int = 4):
    """Harvest one OParl System or Body; queue the download of its new files in chunks."""
    from townhall.oparl.harvester.importer import Harvester
    from townhall.oparl.models import FileDownloadJob, HarvestSource

    HarvestSource.objects.get_or_create(url=url)
    HarvestSource.objects.filter(url=url).update(last_job_id=context.job_id)
    with _client(replay, timeout, retries) as client:
        report = Harvester(url, client=client, full=full, concurrency=concurrency, progress=JobProgress(context)).run()
    result = report.as_dict()
    if files:
        # Files claimed by a running download job are its own; the rest is shared out in chunks.
        pending = list(FileDownloadJob.objects.filter(status=FileDownloadJob.PENDING, claimed__isnull=True)
                       .order_by("pk").values_list("pk", flat=True))
        chunks = [pending[i:i + FILES_PER_JOB] for i in range(0, len(pending), FILES_PER_JOB)]
        for chunk in chunks:
            download_files.enqueue(ids=chunk, replay=replay, timeout=timeout, retries=retries)
        result["download_jobs"] = len(chunks)
    return result


@job("oparl.download_files")
def download_files(context, ids: list[int], replay: str | None = None, timeout: float = 30.0, retries: int = 4, concurrency: int = 4):
    """Fetch the bytes of the given harvested files and read them."""
    from townhall.oparl.harvester.jobs import run_download_jobs

    context.progress(0, len(ids), "files")
    with _client(replay, timeout, retries) as client:
        report = run_download_jobs(client, ids=ids, concurrency=concurrency)
    context.progress(len(ids), len(ids), "files")
    return {"done": report.done, "retry_later": report.retry_later, "failed": report.failed}


def queue_due_harvests() -> int:
    """Queue a harvest for every source whose time has come; safe with several schedulers."""
    from townhall.oparl.models import HarvestSource

    now = timezone.now()
    queued = 0
    due = HarvestSource.objects.filter(every_minutes__isnull=False).filter(Q(next_harvest__isnull=True) | Q(next_harvest__lte=now))
    for source in due:
        following = now + timedelta(minutes=source.every_minutes)
        # Only the scheduler whose update moves this exact next_harvest forward queues the run.
        if not HarvestSource.objects.filter(pk=source.pk, next_harvest=source.next_harvest).update(next_harvest=following):
            continue
        if source.last_job_id and source.last_job and source.last_job.status in ("queued", "running"):
            log.info("harvest of %s still %s; not queued again", source.url, source.last_job.status)
            continue
        row = harvest.enqueue(url=source.url, files=source.download_files)
        HarvestSource.objects.filter(pk=source.pk).update(last_job=row)
        queued += 1
    return queued


every_tick(queue_due_harvests)
