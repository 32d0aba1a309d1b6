"""Check what a zip-based document (.docx, .odt) really unpacks to, before a library opens it.

The sizes a zip archive's directory states can lie. Python's zipfile stops each member at its
stated size, but when a library reads a member whole it inflates all the compressed data first,
so a member saying "1 kB" can still take gigabytes on the way. Here every member is inflated in
pieces of at most one megabyte, counting what it really holds.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from .errors import ExtractionError

_PIECE = 1024 * 1024


def refuse_zip_bomb(data: bytes, label: str, *, max_bytes: int, max_ratio: int, what: str) -> None:
    """Raise ``too_large`` when the archive unpacks beyond *max_bytes* and *max_ratio* times its
    size, and ``corrupt`` when a member is not what the directory says (a lying size or checksum).

    A file that is not a readable zip at all is left for the library to report.
    """
    limit = max(max_bytes, max_ratio * len(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        return
    with archive:
        members = archive.infolist()
        stated = sum(member.file_size for member in members)
        if stated > limit:
            raise ExtractionError("too_large", f"{label} unpacks to {stated / 1_000_000:.0f} MB, far more than {what} holds.")
        total = 0
        for member in members:
            try:
                with archive.open(member) as stream:
                    while piece := stream.read(_PIECE):
                        total += len(piece)
                        if total > limit:
                            raise ExtractionError("too_large", f"{label} unpacks to more than {limit / 1_000_000:.0f} MB, far more than {what} holds.")
            except ExtractionError:
                raise
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as error:
                raise ExtractionError("corrupt", f"{label} is damaged: a part of it is not what its index says.") from error
