"""Storage backends for the original bytes of documents, addressed by their SHA-256."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Storage:
    """The contract: put bytes under their hash, read them back, tell whether they exist."""

    def put(self, data: bytes) -> str:
        raise NotImplementedError

    def open(self, name: str) -> bytes:
        raise NotImplementedError

    def exists(self, name: str) -> bool:
        raise NotImplementedError

    def path(self, name: str) -> Path | None:
        return None


class LocalFileStorage(Storage):
    """Files in a directory tree ``ab/cd/<sha256>``; writes are atomic (temp file, then rename)."""

    def __init__(self, root: Path | str | None = None):
        self._root = Path(root) if root else None

    @property
    def root(self) -> Path:
        return self._root or Path(settings.STORAGE_DIR)

    def _path(self, name: str) -> Path:
        return self.root / name[:2] / name[2:4] / name

    def put(self, data: bytes) -> str:
        name = sha256_hex(data)
        target = self._path(name)
        if target.exists():
            return name
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".tmp-{name}-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return name

    def open(self, name: str) -> bytes:
        return self._path(name).read_bytes()

    def exists(self, name: str) -> bool:
        return self._path(name).exists()

    def path(self, name: str) -> Path | None:
        return self._path(name)

    def delete(self, name: str) -> bool:
        """Remove the bytes stored under *name* (and temporary files an interrupted write left beside them)."""
        target = self._path(name)
        try:
            target.unlink()
            removed = True
        except FileNotFoundError:
            removed = False
        if target.parent.is_dir():
            for leftover in target.parent.glob(f".tmp-{name}-*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return removed


@lru_cache(maxsize=1)
def get_storage() -> Storage:
    """Return the configured storage backend (``TOWNHALL_STORAGE_BACKEND``)."""
    return import_string(settings.STORAGE_BACKEND)()
