"""A document's files: the main file stored with its text, and the files read out of it."""

from __future__ import annotations

from django.utils import timezone

from townhall.core import services
from townhall.core.models import Body, File, Paper
from townhall.core.storage import get_storage
from townhall.ingest.linking.storable import clean, fit
from townhall.ingest.readings import DocumentReading
from townhall.ingest.rows import RowInsert
from townhall.ingest.sources import SourceDocument

# The rows a document's main file writes, each kind with one statement prepared once (see townhall.ingest.rows).
_MAIN_FILE_ROWS = RowInsert(File, (
    "body_id", "name", "file_name", "mime_type", "date", "size", "sha256", "storage_name", "text", "language", "public",
    "visible", "source_uri", "extraction_notes",
))


def new_file(data: bytes, sha256: str, text: str, reading: DocumentReading, *, body: Body, **fields) -> int:
    """Store *data* and insert its File with the text already in it; return its id.

    Unlike ``services.file_store`` there is no look-up first and no savepoint: the pipeline
    has just checked the hash, and the unique sha256 column catches a copy stored since, which
    rolls back everything the document wrote (see :meth:`Linker.link`).
    """
    values = {
        **fields, "body_id": body.pk, "size": len(data), "sha256": sha256, "storage_name": get_storage().put(data), "text": text,
        "language": reading.language, "extraction_notes": clean("\n".join(reading.notes)),
    }
    [pk] = _MAIN_FILE_ROWS([tuple(values[name] for name in _MAIN_FILE_ROWS.fields)])
    return pk


def fill_file(file: File, reading: DocumentReading) -> None:
    file.text = clean(reading.text)
    file.language = reading.language
    file.extraction_notes = clean("\n".join(reading.notes))
    file.modified = timezone.now()
    # An update, not save(): the file was created in this transaction, so nothing embeds it yet
    # and save()'s touching of embedding papers and meetings would be three wasted queries.
    File.all_objects.filter(pk=file.pk).update(
        text=file.text, language=file.language, extraction_notes=file.extraction_notes, modified=file.modified
    )


def store_parts(paper: Paper, document: SourceDocument, reading: DocumentReading, container: int) -> list[int]:
    """Store the files carried inside the document (e-mail attachments) as its auxiliary files; return their ids.

    Each part names the document's file as its master file: the original bytes of the document
    hold the part, so a part withheld from the public withholds the original too.
    """
    stored = []
    for number, part in enumerate(reading.parts, start=1):
        try:
            file = services.file_store(
                data=part.data, file_name=fit(File, "file_name", part.filename), mime_type=fit(File, "mime_type", part.mime_type),
                body=paper.body, name=fit(File, "name", part.filename), source_uri=fit(File, "source_uri", f"{document.uri}#part-{number}"),
            )
        except services.DuplicateFile as duplicate:
            paper.auxiliary_files.add(duplicate.existing)
            stored.append(duplicate.existing.pk)
            continue
        File.all_objects.filter(pk=file.pk).update(master_file_id=container)
        if part.reading is not None:
            fill_file(file, part.reading)
        elif part.problem:
            File.all_objects.filter(pk=file.pk).update(extraction_notes=clean(part.problem), modified=timezone.now())
        paper.auxiliary_files.add(file)
        stored.append(file.pk)
    return stored
