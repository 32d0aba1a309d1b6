"""Check, store and read the files sent with hearing responses.

A file is taken only when its bytes are a PDF, a Word or OpenDocument text, or a PNG or JPEG
image, its name says the same, and it is within the size limit. Its text is read later by the
ingest's supervised reader (a process with a time and memory budget), so a hostile file costs
that process, never the site.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from townhall.core.storage import get_storage, sha256_hex
from townhall.participation.models import ResponseAttachment
from townhall.reading.extractors import mime

log = logging.getLogger("townhall.participation")

#: MIME type -> file name endings that may carry it.
ACCEPTED = {
    mime.PDF: (".pdf",),
    mime.DOCX: (".docx",),
    mime.ODT: (".odt",),
    mime.PNG: (".png",),
    mime.JPEG: (".jpg", ".jpeg"),
}
READ_JOB = "participation.read_attachments"
#: Seconds and bytes of memory reading one attachment may take.
READ_SECONDS = 120
READ_MEMORY = 384 * 1024 * 1024


class AttachmentRefused(ValueError):
    """A file cannot be taken; the message says why, in the visitor's language."""


@dataclass(frozen=True)
class CheckedFile:
    name: str
    mime_type: str
    data: bytes


def check_file(name: str, data: bytes, *, size: int | None = None) -> CheckedFile:
    """Return the file as taken, or raise AttachmentRefused saying what is wrong with it.

    *size* is the whole upload's size when *data* holds only its beginning.
    """
    clean_name = PurePath(name.replace("\\", "/")).name.strip()[:200] or "attachment"
    limit = settings.HEARING_ATTACHMENT_BYTES
    size = max(size or 0, len(data))
    if size > limit:
        raise AttachmentRefused(_("%(name)s is %(size)s; files may be at most %(limit)s.") % {
            "name": clean_name, "size": filesizeformat(size), "limit": filesizeformat(limit)})
    if not data:
        raise AttachmentRefused(_("%(name)s is empty.") % {"name": clean_name})
    detected = mime.detect_mime_type(data, None)
    endings = ACCEPTED.get(detected)
    if endings is None:
        raise AttachmentRefused(_("%(name)s is not a PDF, Word or OpenDocument text, or PNG or JPEG image.") % {"name": clean_name})
    if not clean_name.lower().endswith(endings):
        raise AttachmentRefused(_("%(name)s does not hold what its name says (its content is %(kind)s).") % {
            "name": clean_name, "kind": detected})
    return CheckedFile(clean_name, detected, data)


def attachment_store(response, checked: CheckedFile) -> ResponseAttachment:
    """Keep the bytes of a checked file in the storage and record it on *response*."""
    storage_name = get_storage().put(checked.data)
    return ResponseAttachment.objects.create(
        response=response, file_name=checked.name, mime_type=checked.mime_type, size=len(checked.data),
        sha256=sha256_hex(checked.data), storage_name=storage_name,
    )


def attachment_content(attachment: ResponseAttachment) -> bytes:
    """Return the stored bytes of an attachment."""
    return get_storage().open(attachment.storage_name)


def read_pending(ids: list[int] | None = None) -> dict[str, int]:
    """Read the text of pending attachments in supervised reading processes; record text or problem."""
    from townhall.ingest.pipeline import Failure, ReadTask, read_task  # noqa: F401  (read_task runs in the reader)
    from townhall.ingest.supervisor import Budget, ReaderPool

    pending = ResponseAttachment.objects.filter(state=ResponseAttachment.PENDING)
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    rows = list(pending)
    counts = {"read": 0, "failed": 0}
    if not rows:
        return counts

    def task(row: ResponseAttachment) -> ReadTask:
        return ReadTask(row.file_name, attachment_content(row), settings.HEARING_ATTACHMENT_BYTES, settings.TESSERACT_COMMAND)

    def budget_failure(task: ReadTask, reason: str, message: str) -> Failure:
        return Failure("extract", reason, message)

    with ReaderPool(1, Budget(timeout=READ_SECONDS, memory=READ_MEMORY), failure=budget_failure) as pool:
        for row, result in pool.map_unordered(iter(rows), task):
            if isinstance(result, Failure):
                row.state, row.problem = ResponseAttachment.FAILED, f"{result.reason}: {result.message}"[:500]
                counts["failed"] += 1
                log.warning("hearing attachment %s could not be read: %s", row.pk, row.problem)
            else:
                row.state, row.text = ResponseAttachment.READ, result.text
                counts["read"] += 1
            row.save(update_fields=["state", "text", "problem"])
    return counts
