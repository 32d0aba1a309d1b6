"""E-mail messages (.eml): headers and body as text, attachments handed back as parts."""

from __future__ import annotations

import email
import email.errors
import itertools
from email import policy
from email.message import EmailMessage

from townhall.reading.language_guess import guess_language

from .base import Extractor
from .errors import ExtractionError
from .html import decode_html, html_to_text
from .mime import EML
from .registry import register
from .result import Attachment
from .text import decode_text, mostly_binary, normalise_text

_HEADERS = (("Subject", "Subject"), ("From", "From"), ("To", "To"), ("Date", "Date"), ("Cc", "Cc"))


@register
class EmailExtractor(Extractor):
    """Read an RFC 822 message.

    The text starts with the Subject, From, To, Date (and Cc) lines, then a blank line and the
    body (the plain-text part when there is one, else the HTML part read as a web page).
    Attachments, including forwarded messages, are returned in ``parts`` for separate ingestion.
    """

    name = "email"
    version = "1"
    mime_types = (EML,)

    #: Attachments read from one message at most; the message itself keeps all of them.
    max_parts = 100

    def extract(self, data: bytes, filename: str | None = None):
        """Return header lines and body text, with attachments as parts; refuse binary data."""
        # Latin-1 maps every byte to one character, so control bytes show as control characters.
        if mostly_binary(data[:100_000].decode("latin-1")):
            raise ExtractionError("binary_garbage", f"{filename or 'The file'} is called an e-mail but holds binary data, not a message.")
        message = email.message_from_bytes(data, policy=policy.default)
        notes: list[str] = []
        header_lines = []
        for header, label in _HEADERS:
            value = _header(message, header, notes)
            if value:
                header_lines.append(f"{label}: {value}")
        body = _body_text(message, notes)
        parts = tuple(itertools.islice(_attachments(message, notes), self.max_parts + 1))
        if len(parts) > self.max_parts:
            parts = parts[: self.max_parts]
            notes.append(f"only the first {self.max_parts} attachments were read; the message keeps the others")
        text = "\n".join(header_lines)
        if body:
            text = f"{text}\n\n{body}" if text else body
        return self.result(text, EML, language_hint=guess_language(body or text), notes=tuple(notes), parts=parts)


def _header(message: EmailMessage, name: str, notes: list[str]) -> str:
    try:
        value = message.get(name)
    except (email.errors.HeaderParseError, ValueError, IndexError):
        notes.append(f"the {name} header could not be parsed")
        # Fall back to the header as written, unparsed.
        raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), "")
        return " ".join(str(raw).split())
    return " ".join(str(value).split()) if value is not None else ""


def _body_text(message: EmailMessage, notes: list[str]) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError):
        part = None
    if part is None:
        return ""
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if part.get_content_subtype() == "html":
        markup = _decode(payload, charset) if charset else decode_html(payload)
        return html_to_text(markup)
    text = _decode(payload, charset) if charset else decode_text(payload)[0]
    return normalise_text(text).strip()


def _decode(payload: bytes, charset: str) -> str:
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        # Mail programs often label cp1252 or UTF-8 text with the wrong charset.
        return decode_text(payload)[0]


def _attachments(message: EmailMessage, notes: list[str]):
    for number, part in enumerate(message.iter_attachments(), start=1):
        mime_type = part.get_content_type()
        filename = part.get_filename() or f"attachment-{number}{_extension(mime_type)}"
        if mime_type == "message/rfc822":
            inner = part.get_payload()
            inner_message = inner[0] if isinstance(inner, list) else inner
            data = inner_message.as_bytes(policy=policy.default) if hasattr(inner_message, "as_bytes") else b""
        else:
            data = part.get_payload(decode=True) or b""
        if not data:
            notes.append(f"attachment {filename} is empty")
            continue
        yield Attachment(filename=filename, mime_type=mime_type, data=data)


def _extension(mime_type: str) -> str:
    return {
        "application/pdf": ".pdf",
        "text/plain": ".txt",
        "text/html": ".html",
        "message/rfc822": ".eml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
        "image/png": ".png",
        "image/jpeg": ".jpg",
    }.get(mime_type, ".bin")
