"""Plain text files in whatever encoding an office PC saved them."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from townhall.reading.language_guess import guess_language
from townhall.reading.text_layout import text_document

from .base import Extractor
from .errors import ExtractionError
from .mime import TEXT, utf16_without_bom
from .registry import register

# Single-byte encodings for Latin scripts. When charset-normalizer names one of these for a
# Danish, German or English file it is nearly always a Windows-1252 file it could not pin
# down, and reading it as anything but cp1252 would turn "ø" or "ß" into other letters.
_LATIN_SINGLE_BYTE = frozenset(
    {
        "ascii", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "iso8859_3", "iso8859_4",
        "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_16", "cp1250", "cp1254",
        "cp1257", "cp850", "cp437", "cp858", "mac_roman", "mac_latin2", "mac_iceland", "hp_roman8",
        "cp1258", "cp865", "cp860", "cp863", "mac_turkish", "kz1048", "ptcp154", "tis_620",
    }
)
# Bytes 0x80-0x9F are printable in cp1252 (€, „, “, –) but control codes in Latin-1; these five
# are undefined in cp1252, so a file holding them can only be Latin-1.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_ASCII = bytes(range(128))
_WESTERN_BYTES = frozenset("æøåÆØÅäöüÄÖÜßéèáàêëïîôóòúùûçñÉÈÁÀÇÑ€„“”‚‘’–—…«»°§½´·".encode("cp1252"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used.

    UTF-8 wins whenever the bytes are valid UTF-8; byte order marks and the NUL pattern of
    UTF-16 come next; otherwise charset-normalizer is asked, and its answer is kept only when
    it names a non-Latin script, since Latin files here are cp1252 (or Latin-1).
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16
    if _only_western_letters(data):
        return data.decode("cp1252"), "cp1252"
    guess = from_bytes(data[:100_000]).best()
    if guess is not None and guess.encoding not in _LATIN_SINGLE_BYTE and not guess.encoding.startswith("utf"):
        return data.decode(guess.encoding, errors="replace"), guess.encoding
    if any(byte in _CP1252_UNDEFINED for byte in data):
        return data.decode("latin-1"), "latin-1"
    return data.decode("cp1252"), "cp1252"


def _only_western_letters(data: bytes) -> bool:
    """Tell whether every non-ASCII byte is, read as cp1252, a letter or sign of da/de/en text."""
    high = set(data.translate(None, _ASCII))
    return bool(high) and high <= _WESTERN_BYTES


def normalise_text(text: str) -> str:
    """Turn every newline convention into "\\n" and drop NUL characters."""
    return _NEWLINES.sub("\n", text.replace("\x00", ""))


def looks_binary(text: str) -> bool:
    """Tell whether decoded text is really binary data: control codes or no letters at all."""
    if not text:
        return False
    sample = text[:100_000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        return True
    letters = sum(map(str.isalpha, sample))
    return len(sample) >= 64 and letters < len(sample) // 10


@register
class PlainTextExtractor(Extractor):
    """Read plain text, detecting its encoding so that æ, ø, ß, € and „quotes“ survive."""

    name = "text"
    version = "2"
    mime_types = (TEXT, "text/markdown", "text/csv")

    def extract(self, data: bytes, filename: str | None = None):
        """Return the decoded, newline-normalised text; reject bytes that are not text."""
        raw, _encoding = decode_text(data)
        if looks_binary(raw.replace("\x00", "")):
            raise ExtractionError(
                "binary_garbage",
                f"{filename or 'The file'} is called a text file but holds binary data, not text.",
            )
        # The text is kept as the file has it; its layout is what the analysis reads.
        text = normalise_text(raw)
        return self.result(text, TEXT, language_hint=guess_language(text), document=text_document(text))
