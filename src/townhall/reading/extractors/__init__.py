"""Turn the bytes of a council document into plain text, one extractor per format.

``extract(data, filename=..., max_bytes=...)`` detects the format, picks the registered
extractor for it and returns an :class:`ExtractedText`; unreadable input raises
:class:`ExtractionError` with a ``reason`` code and a message for the user.
"""

from .base import Extractor
from .email_message import EmailExtractor
from .errors import REASONS, ExtractionError
from .html import HtmlExtractor
from .mime import detect_mime_type
from .image import ImageExtractor
from .opendocument import OdtExtractor
from .pdf import PdfExtractor
from .registry import extract, extractor_class_for, register, registered_mime_types
from .result import Attachment, ExtractedText
from .rtf import RtfExtractor
from .text import PlainTextExtractor, decode_text
from .word import DocxExtractor, OleExtractor

__all__ = [
    "REASONS",
    "Attachment",
    "DocxExtractor",
    "EmailExtractor",
    "ExtractedText",
    "ExtractionError",
    "Extractor",
    "HtmlExtractor",
    "ImageExtractor",
    "OdtExtractor",
    "OleExtractor",
    "PdfExtractor",
    "PlainTextExtractor",
    "RtfExtractor",
    "decode_text",
    "detect_mime_type",
    "extract",
    "extractor_class_for",
    "register",
    "registered_mime_types",
]
