"""The work after a body's lists: earlier failures retried, open links resolved, files queued, visibility carried."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from django.db import transaction

from townhall.core import access
from townhall.core.models import AgendaItem, Consultation, File, Location, Meeting, Organization, Paper, Person
from townhall.oparl.api.cache import raise_epoch
from townhall.oparl.harvester.client import FetchError
from townhall.oparl.harvester.importer.objects import MODELS
from townhall.oparl.harvester.mapping import MAPPERS
from townhall.oparl.models import FileDownloadJob


class Finishing:
    """Finish a body once its lists are read, and the run once every body is."""

    def _retry_open_errors(self) -> None:
        """Fetch again, by id, the objects earlier runs failed to import."""
        retry = [e for origin, e in self._open_errors.items()
                 if origin in self._earlier_errors and origin not in self._done and origin not in self._unfetchable and e.object_type in MAPPERS and e.object_type not in ("System", "Body")
                 and origin.startswith(("http://", "https://"))]
        results = list(zip(retry, self._fetch_many([e.object_id for e in retry])))
        # Failures first: an object stored below that needs one of them must not fetch it once more.
        for error, result in results:
            if isinstance(result, FetchError):
                self._unfetchable.add(error.object_id)
                self.report.count(error.object_type).failed += 1
                self._record_error(url=error.object_id, object_id=error.object_id, type_=error.object_type,
                                   message=f"Fetching it by its id failed again: {result}")
        for error, result in results:
            if isinstance(result, FetchError) or error.object_id in self._done:
                # Stored (or failed) already as a link an earlier one needed: not counted twice.
                continue
            with transaction.atomic():
                self._store_entry(result, error.object_type)

    def _resolve_deferred(self) -> None:
        """Point the links that still point nowhere at their targets, fetching missing targets by id."""
        for _ in range(3):
            missing: dict[str, str] = {}
            for item in self._deferred:
                for link in item.links:
                    # An object this run tried already (and failed to store) is not fetched and counted again.
                    if (link.origin_id not in self._unfetchable and link.origin_id not in self._done
                            and self._known(MODELS[link.type], link.origin_id) is None):
                        missing.setdefault(link.origin_id, link.type)
            if not missing:
                break
            ids = list(missing)
            for origin, result in zip(ids, self._fetch_many(ids)):
                if isinstance(result, FetchError):
                    self._unfetchable.add(origin)
                    self.report.count(missing[origin]).failed += 1
                    self._record_error(url=origin, object_id=origin, type_=missing[origin],
                                       message=f"Linked, but missing from the lists, and fetching it by its id failed: {result}")
                    continue
                with transaction.atomic():
                    self._store_entry(result, missing[origin])
        with transaction.atomic():
            for item in self._deferred:
                pks = [k.pk for k in (self._known(MODELS[link.type], link.origin_id) for link in item.links) if k]
                if not pks:
                    continue
                if item.many:
                    getattr(item.model(pk=item.pk), item.field).add(*pks)
                else:
                    # update(), not save(): filling in a link is not a change the remote made.
                    item.model.all_objects.filter(pk=item.pk).update(**{item.model._meta.get_field(item.field).attname: pks[0]})
            if self._deferred:
                # The links change the objects' public form, not their (the source's) modified times.
                raise_epoch()
        self._deferred.clear()

    def _carry_visibility(self) -> None:
        """Bring what the public may see up to date with the objects this run wrote (core.access)."""
        written = self._written
        consultations = written.get(Consultation, set())
        papers = written.get(Paper, set()) | {
            pk for chunk in _chunks(consultations)
            for pk in Consultation.all_objects.filter(pk__in=chunk).values_list("paper_id", flat=True)
        }
        with transaction.atomic():
            access.papers_changed(papers, before=access.Linked(
                meetings=written.get(Meeting, set()), organizations=written.get(Organization, set()),
                persons=written.get(Person, set()), agenda_items=written.get(AgendaItem, set()),
                files=written.get(File, set()), locations=written.get(Location, set()),
            ))

    def _fetch_many(self, urls: list[str]) -> list[dict | FetchError]:
        def fetch(url):
            try:
                return self.client.get_object(url)
            except FetchError as exc:
                return exc

        if not urls:
            return []
        if self.concurrency == 1:
            return [fetch(url) for url in urls]
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="oparl-object") as pool:
            return list(pool.map(fetch, urls))

    def _queue_downloads(self) -> None:
        if not self._files:
            return
        # In chunks: a large source's files would not fit one query's parameters, nor its jobs the memory budget.
        for chunk in _chunks(self._files):
            have = set(FileDownloadJob.objects.filter(file_id__in=chunk).values_list("file_id", flat=True))
            jobs = [
                FileDownloadJob(file_id=pk, url=url)
                for pk, download, access in File.all_objects.filter(pk__in=[pk for pk in chunk if pk not in have])
                .values_list("pk", "origin_download_url", "origin_access_url")
                if (url := download or access)
            ]
            FileDownloadJob.objects.bulk_create(jobs, ignore_conflicts=True)
            self.report.files_queued += len(jobs)
        self._files.clear()


def _chunks(ids: set[int], size: int = 500):
    ids = sorted(ids)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
