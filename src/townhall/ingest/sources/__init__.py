"""Where documents come from: one Source class per origin, each yielding SourceDocuments."""

from .base import SOURCE_REASONS, Source, SourceDocument, SourceError
from .files import FileSource, LocalFile, local_file

__all__ = ["SOURCE_REASONS", "FileSource", "LocalFile", "Source", "SourceDocument", "SourceError", "local_file"]
