"""Back up and restore a whole instance: the database as portable JSON lines, and the stored files.

The database is read in one transaction that sees one moment (SQLite's read snapshot, PostgreSQL's
REPEATABLE READ), so the rows in a backup belong together. Stored files are addressed by their
SHA-256 and never change, so every file a backed-up row names is copied as it was. A restore goes
into an empty instance of the same or a newer version, on SQLite or PostgreSQL alike, and rebuilds
the search index, which is derived from the rows.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from townhall import __version__

FORMAT = 1
#: Rows that ``migrate`` makes itself (the backup refers to them by natural key instead), and stored
#: OParl serializations, which the API writes again as it serves.
SKIPPED = {"contenttypes.contenttype", "auth.permission", "sessions.session", "oparl.storedview"}


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why in plain words."""


@dataclass
class BackupSummary:
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    file_bytes: int = 0
    seconds: float = 0.0


def _models():
    for model in apps.get_models():
        if model._meta.label_lower in SKIPPED or model._meta.proxy or not model._meta.managed:
            continue
        yield model


def _ordered_models():
    """Models in an order where the rows a row points to come first (as dumpdata sorts them)."""
    from django.core.serializers import sort_dependencies

    app_list = {}
    for model in _models():
        app_list.setdefault(apps.get_app_config(model._meta.app_label), []).append(model)
    return sort_dependencies(app_list.items(), allow_cycles=True)


def _snapshot():
    atomic = transaction.atomic()
    atomic.__enter__()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    return atomic


def create_backup(target: Path, *, progress=None) -> BackupSummary:
    """Write a backup of the database and the stored files to the tar file *target*."""
    from townhall.core.models import File
    from townhall.core.storage import get_storage

    started = time.monotonic()
    summary = BackupSummary()
    storage = get_storage()
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    atomic = _snapshot()
    try:
        with tarfile.open(partial, "w") as archive, tempfile.TemporaryDirectory(prefix="townhall-backup-") as scratch:
            rows_path = Path(scratch) / "data.jsonl"
            with rows_path.open("w", encoding="utf-8") as rows:
                for model in _ordered_models():
                    # The base manager: soft-deleted rows are part of the instance too.
                    queryset = model._base_manager.order_by("pk")
                    count = 0
                    for chunk in _chunks(queryset.iterator(chunk_size=2000), 2000):
                        serializers.serialize("jsonl", chunk, stream=rows, use_natural_foreign_keys=True)
                        count += len(chunk)
                    if count:
                        summary.rows[model._meta.label] = count
                    if progress:
                        progress(f"{model._meta.label}: {count}")
            archive.add(rows_path, "data.jsonl")
            names = sorted(set(File.all_objects.exclude(storage_name="").values_list("storage_name", flat=True)))
            migrations = sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())
            for name in names:
                try:
                    data = storage.open(name)
                except OSError as exc:
                    raise BackupError(f"The stored file {name} named by the database cannot be read ({exc}).") from None
                info = tarfile.TarInfo(f"files/{name}")
                info.size = len(data)
                info.mtime = int(time.time())
                archive.addfile(info, io.BytesIO(data))
                summary.files += 1
                summary.file_bytes += len(data)
            manifest = {
                "format": FORMAT, "townhall": __version__, "created": timezone.now().isoformat(),
                "database": connection.vendor, "rows": summary.rows, "files": summary.files, "migrations": migrations,
            }
            raw = json.dumps(manifest, indent=1).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size = len(raw)
            archive.addfile(info, io.BytesIO(raw))
    except BaseException:
        atomic.__exit__(None, None, None)
        partial.unlink(missing_ok=True)
        raise
    atomic.__exit__(None, None, None)
    partial.replace(target)
    summary.seconds = time.monotonic() - started
    return summary


def _chunks(iterator, size):
    chunk = []
    for item in iterator:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def instance_is_empty() -> bool:
    from django.contrib.auth import get_user_model

    from townhall.core.models import Body, File, Paper

    return not (Paper.all_objects.exists() or Body.all_objects.exists() or File.all_objects.exists()
                or get_user_model().objects.exists())


def restore_backup(source: Path, *, progress=None) -> BackupSummary:
    """Restore the backup *source* into this (migrated, empty) instance; rebuild the search index."""
    from townhall.core.storage import get_storage

    started = time.monotonic()
    summary = BackupSummary()
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"{source} is not a file.")
    if not instance_is_empty():
        raise BackupError("This instance holds data already; restore into an empty database (townhall migrate on a new one).")
    try:
        archive = tarfile.open(source, "r")
    except tarfile.TarError as exc:
        raise BackupError(f"{source} is not a townhall backup ({exc}).") from None
    with archive, tempfile.TemporaryDirectory(prefix="townhall-restore-") as scratch:
        manifest = _read_manifest(archive)
        known = {f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()}
        unknown = sorted(set(manifest["migrations"]) - known)
        if unknown:
            raise BackupError(f"The backup comes from a newer townhall (migrations {', '.join(unknown[:3])} are unknown here); upgrade first.")
        storage = get_storage()
        for member in archive:
            if not member.isfile() or not member.name.startswith("files/"):
                continue
            name = member.name.removeprefix("files/")
            data = archive.extractfile(member).read()
            if hashlib.sha256(data).hexdigest() != name:
                raise BackupError(f"The stored file {name} in the backup is damaged (its SHA-256 does not match).")
            storage.put(data)
            summary.files += 1
            summary.file_bytes += len(data)
        try:
            archive.extract("data.jsonl", scratch, filter="data")
        except KeyError:
            raise BackupError(f"{source} has no data.jsonl; it is not a townhall backup.") from None
        if progress:
            progress(f"{summary.files} files restored; loading rows")
        with transaction.atomic():
            # migrate makes the staff role groups in a new instance; the backup holds them with the
            # ids its users' memberships name, so the backup's groups take their place.
            from django.contrib.auth.models import Group

            Group.objects.all().delete()
            call_command("loaddata", str(Path(scratch) / "data.jsonl"), verbosity=0)
        summary.rows = dict(manifest.get("rows", {}))
    call_command("search-rebuild", "--workers", "1", stdout=io.StringIO())
    summary.seconds = time.monotonic() - started
    return summary


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except (KeyError, json.JSONDecodeError, AttributeError):
        raise BackupError("The file has no readable manifest.json; it is not a townhall backup.") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Backup format {manifest.get('format')!r} is not one this townhall reads ({FORMAT}).")
    return manifest
