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
    mixed = _utf8_with_strays(data)
    if mixed is not None:
        return mixed, "utf-8"
    if _only_western_letters(data):
        return data.decode("cp1252"), "cp1252"
    guess = from_bytes(data[:100_000]).best()
    if guess is not None and guess.encoding not in _LATIN_SINGLE_BYTE and not guess.encoding.startswith("utf"):
        return data.decode(guess.encoding, errors="replace"), guess.encoding
    if any(byte in _CP1252_UNDEFINED for byte in data):
        return data.decode("latin-1"), "latin-1"
    return data.decode("cp1252"), "cp1252"


# A well-formed UTF-8 sequence of two to four bytes (RFC 3629).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _stray_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252 (Latin-1 where cp1252 has no character)."""
    stray = error.object[error.start:error.end]
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in stray), error.end


codecs.register_error("townhall-cp1252-strays", _stray_as_cp1252)


def _utf8_with_strays(data: bytes) -> str | None:
    """Return the text of UTF-8 data that holds a few bytes of another encoding, else None.

    A file put together from pieces (a paragraph pasted from an old system, one dash typed in
    Windows-1252) must not turn wholesale into mojibake ("KÃ¶ln"): the UTF-8 is decoded as
    UTF-8 and each run of bytes that is not UTF-8 as Windows-1252. That holds when at least
    a third of the file's non-ASCII bytes form UTF-8 sequences and these spell Latin letters
    and punctuation; in files of a legacy encoding (Shift-JIS, KOI8-R) such sequences occur
    only by chance, and spell anything.
    """
    sequences = _UTF8_SEQUENCE.findall(data)
    in_sequences = sum(len(sequence) for sequence in sequences)
    if not in_sequences or in_sequences * 3 < len(data.translate(None, _ASCII)):
        return None
    western = sum(1 for sequence in sequences if _western(sequence.decode("utf-8")))
    if western * 5 < len(sequences) * 4:
        return None
    return data.decode("utf-8", errors="townhall-cp1252-strays")


def _western(char: str) -> bool:
    """Tell whether a character is a Latin letter or sign, or typographic punctuation."""
    return "\u00a0" <= char <= "\u024f" or "\u2010" <= char <= "\u20ac"


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


def mostly_binary(text: str) -> bool:
    """Tell whether a file said to be markup or mail is binary data: long, and full of control codes.

    Looser than :func:`looks_binary`: a small page with a few stray control characters is
    damaged markup, read with those characters dropped; random bytes hold one control
    character in eight.
    """
    sample = text[:100_000]
    return len(sample) >= 256 and len(_CONTROL.findall(sample)) > len(sample) // 20


@register
class PlainTextExtractor(Extractor):
    """Read plain text, detecting its encoding so that æ, ø, ß, € and „quotes“ survive."""

    name = "text"
    version = "2"
    mime_types = (TEXT, "text/markdown", "text/csv")

    #: Bytes of a text file that are read; the rest of a larger file is stored but not read.
    max_bytes = 16 * 1024 * 1024

    def extract(self, data: bytes, filename: str | None = None):
        """Return the decoded, newline-normalised text; reject bytes that are not text."""
        notes = []
        if len(data) > self.max_bytes:
            notes.append(f"only the first {self.max_bytes // (1024 * 1024)} MB of {len(data) / 1_000_000:.0f} MB were read")
            data = _cut(data, self.max_bytes)
        raw, _encoding = decode_text(data)
        if looks_binary(raw.replace("\x00", "")):
            raise ExtractionError(
                "binary_garbage",
                f"{filename or 'The file'} is called a text file but holds binary data, not text.",
            )
        # The text is kept as the file has it; its layout is what the analysis reads.
        text = normalise_text(raw)
        if not text.strip():
            raise ExtractionError("empty", f"{filename or 'The file'} holds no text (only {_nothing(data)}).")
        return self.result(text, TEXT, language_hint=guess_language(text), document=text_document(text), notes=tuple(notes))


def _cut(data: bytes, size: int) -> bytes:
    """Return the first *size* bytes of *data*, ended at a line break where there is one near."""
    head = data[:size]
    newline = head.rfind(b"\n", max(0, size - 65536))
    return head[: newline + 1] if newline > 0 else head


def _nothing(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "a byte order mark and white space"
    return "NUL bytes and white space" if b"\x00" in data else "white space"
