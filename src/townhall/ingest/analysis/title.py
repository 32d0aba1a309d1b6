"""Find a paper's title: its subject line, or the first real heading after the letterhead."""

from __future__ import annotations

import re

_SUBJECT_LABEL = re.compile(
    r"^\s*(?:Betreff|Betr\.|Gegenstand|Titel|Bezeichnung|Vedr\.|Vedrørende|Emne|Overskrift|Titel"
    r"|Subject|Re|Title|Report title)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_SUBJECT_LABEL_ALONE = re.compile(r"^\s*(?:Betreff|Gegenstand|Emne|Overskrift|Subject|Titel|Title)\s*$", re.IGNORECASE)
_AGENDA_NUMBER = re.compile(r"^\s*(?:(?:TOP|Punkt|Pkt\.|Item)\s*)?(?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*\.?\s+(?=\S)", re.IGNORECASE)
_TRAILING_CASE = re.compile(r"\s*\((?:[A-Za-z.]{0,8}\s?)?\d[\w./-]*\d\)\s*$")
_LABEL_LINE = re.compile(r"^[^:]{1,40}:\s*\S?.{0,60}$|^[^:]{1,40}:$")
_DATE_ONLY = re.compile(
    r"^[\w.,-]*\s*\d{1,2}[.\-/ ]+(?:\d{1,2}|[A-Za-zæøåäöü]+\.?)[.\-/ ]+\d{2,4}$|^\d{4}-\d{2}-\d{2}$", re.IGNORECASE
)
_FORM_WORDS = re.compile(
    r"^(?:mitteilung|beschlussvorlage|vorlage|informationsvorlage|antrag|anfrage|niederschrift|protokoll|"
    r"tagesordnung|einladung|öffentlich|öffentlicher teil|nichtöffentlich|nicht öffentlich|nichtöffentlicher teil|"
    r"åbent punkt|lukket punkt|åben|lukket|notat|referat|dagsorden|indstilling|indstilling og beslutning|"
    r"beslutning|sagsfremstilling|høringsbrev|memo|memorandum|minutes|agenda|report|public|confidential|"
    r"bezüglich|beratungsfolge|sachverhalt|begründung|problemstilling|baggrund|løsning|økonomi)$",
    re.IGNORECASE,
)
_HEAD_LINES = 20
_MAX_TITLE = 220
_MIN_TITLE = 6


def find_title(text: str) -> str | None:
    """Return the subject line of *text*, without agenda numbering or a trailing case number."""
    lines = [line.strip() for line in text.split("\n")]
    title = _labelled_subject(lines) or _first_heading(lines)
    return _tidy(title) if title else None


def _labelled_subject(lines: list[str]) -> str | None:
    for index, line in enumerate(lines[:60]):
        match = _SUBJECT_LABEL.match(line)
        value = match.group("value").strip() if match else None
        if match and value:
            return _with_continuation(value, lines, index)
        if match or _SUBJECT_LABEL_ALONE.match(line):
            for offset, following in enumerate(lines[index + 1 : index + 3], start=index + 1):
                if following:
                    return _with_continuation(following, lines, offset)
    return None


def _first_heading(lines: list[str]) -> str | None:
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if _is_heading(line):
            return _with_continuation(line, lines, index)
    return None


def _is_heading(line: str) -> bool:
    if "\t" in line or len(line) < _MIN_TITLE or len(line) > _MAX_TITLE:
        return False
    if sum(ch.isalpha() for ch in line) < 5 or line.startswith(("-", "•", "*", "_", "/", "(")):
        return False
    if _FORM_WORDS.match(line.strip(" :")) or _DATE_ONLY.match(line):
        return False
    if _LABEL_LINE.match(line) and not _AGENDA_NUMBER.match(line):
        return False
    if len(line.split()) < 2 and not re.search(r"\d", line) and len(line) < 14:
        return False
    # Running prose is not a heading: a long line that ends a sentence.
    if len(line) > 120 and line.endswith("."):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"„“«"


def _with_continuation(value: str, lines: list[str], index: int) -> str:
    """Join a title wrapped onto a second line."""
    if index + 1 < len(lines):
        following = lines[index + 1]
        if (
            following
            and len(value) >= 40
            and not value.endswith((".", ":", "?", "!", ")"))
            and len(following) <= 100
            and "\t" not in following
            and not _LABEL_LINE.match(following)
            and not _DATE_ONLY.match(following)
            and not _FORM_WORDS.match(following)
            and (following[0].islower() or not following.endswith("."))
        ):
            return f"{value} {following}"
    return value


def _tidy(title: str) -> str:
    title = _AGENDA_NUMBER.sub("", title, count=1)
    title = _TRAILING_CASE.sub("", title)
    return title.strip(" :-–")
