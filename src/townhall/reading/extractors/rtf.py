"""Rich Text Format files (.rtf), which older council systems still export."""

from __future__ import annotations

import re

from townhall.reading.language_guess import guess_language

from .base import Extractor
from .errors import ExtractionError
from .mime import RTF
from .registry import register

_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?"  # control word with optional number, eating one space
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    rb"|\\([^a-zA-Z])"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"
    rb"|([^\\{}\r\n]+)"
)
# Groups holding no running text: tables of fonts and colours, pictures, metadata, field codes.
_SKIPPED_DESTINATIONS = frozenset(
    b"fonttbl colortbl stylesheet listtable listoverridetable info pict object fldinst "
    b"themedata colorschememapping datastore latentstyles rsidtbl generator xmlnstbl "
    b"footnote annotation revtbl pgdsctbl".split()
)
_CHARACTERS = {
    b"par": "\n", b"line": "\n", b"tab": "\t", b"cell": "\t", b"row": "\n", b"page": "\n\n",
    b"sect": "\n\n", b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘",
    b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”", b"emspace": " ", b"enspace": " ",
}
_SYMBOLS = {b"\\": "\\", b"{": "{", b"}": "}", b"~": "\u00a0", b"_": "-", b"-": "", b"\n": "\n", b"\r": "\n"}


def rtf_to_text(data: bytes) -> str:
    """Return the running text of an RTF document."""
    codepage = "cp1252"
    match = re.search(rb"\\ansicpg(\d+)", data[:2048])
    if match:
        codepage = f"cp{int(match.group(1))}"
        try:
            "".encode(codepage)
        except LookupError:
            codepage = "cp1252"
    out: list[str] = []
    pending = bytearray()  # bytes of \'xx escapes, decoded together for multi-byte code pages
    stack: list[tuple[bool, int]] = []
    skipping, unicode_skip, to_skip = False, 1, 0
    group_start = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    for token in _TOKEN.finditer(data):
        word, number, hex_byte, symbol, brace, text = token.groups()
        if brace == b"{":
            stack.append((skipping, unicode_skip))
            group_start = True
            continue
        if brace == b"}":
            flush()
            skipping, unicode_skip = stack.pop() if stack else (False, 1)
            group_start = False
            continue
        starts_group, group_start = group_start, False
        if to_skip and (hex_byte or text):
            # The characters after \uN stand in for readers without Unicode; drop them.
            if hex_byte:
                to_skip -= 1
                continue
            dropped = min(to_skip, len(text))
            text, to_skip = text[dropped:], to_skip - dropped
            if not text:
                continue
        if symbol == b"*" and starts_group:
            skipping = True
            continue
        if skipping:
            continue
        if word is not None:
            if word in _SKIPPED_DESTINATIONS:
                skipping = True
                continue
            if word == b"uc" and number is not None:
                unicode_skip = int(number)
            elif word == b"u" and number is not None:
                flush()
                code = int(number)
                out.append(chr(code + 65536 if code < 0 else code))
                to_skip = unicode_skip
            elif word in _CHARACTERS:
                flush()
                out.append(_CHARACTERS[word])
        elif hex_byte is not None:
            pending.append(int(hex_byte, 16))
        elif symbol is not None:
            flush()
            out.append(_SYMBOLS.get(symbol, ""))
        elif text is not None:
            flush()
            out.append(text.decode(codepage, errors="replace"))
    flush()
    lines = [line.strip(" ").rstrip("\t") for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@register
class RtfExtractor(Extractor):
    """Read the running text of an RTF file: paragraphs, table rows as tab-separated lines."""

    name = "rtf"
    version = "1"
    mime_types = (RTF, "text/rtf")

    def extract(self, data: bytes, filename: str | None = None):
        """Return the text; raise "corrupt" when the file is not RTF."""
        if not data.lstrip().startswith(b"{\\rtf"):
            raise ExtractionError("corrupt", f"{filename or 'The RTF file'} does not start like an RTF document.")
        text = rtf_to_text(data)
        return self.result(text, RTF, language_hint=guess_language(text))
