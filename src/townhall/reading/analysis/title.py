"""Find a paper's title: its subject line, or the first real heading after the letterhead."""

from __future__ import annotations

import re
from townhall.reading.analysis.kind import is_genre_name, opens_with_longer_genre
from townhall.reading.analysis.title_checks import (
    _ADDRESS_OPENING,
    _ADDRESS_OR_CONTACT,
    _AGENDA_NUMBER,
    _BODY_LINE,
    _DATE_ONLY,
    _DATEISH,
    _FORM_LINE,
    _FORM_PHRASE,
    _GENRE_START,
    _LABEL_COLON,
    _LETTERHEAD_REACH,
    _MAX_TITLE,
    _ROUTE_LIST_HEADING,
    _ROUTE_TABLE_HEADER,
    _RUNNING_HEAD_FIELDS,
    _is_heading,
    _issuer_line,
)
from townhall.reading.analysis.title_lines import is_running_text, postal_block, procedure_line, what_about
from townhall.reading.analysis.units.letterheads import units_over_case_fields

_SUBJECT_LABEL = re.compile(
    r"^\s*(?:Betreff|Betr\.|Gegenstand|Titel|Bezeichnung|Vedr\.|Vedrørende|Emne|Overskrift"
    r"|Subject|Re|Title|Report title)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_SUBJECT_LABEL_ALONE = re.compile(r"^\s*(?:Betreff|Gegenstand|Emne|Overskrift|Subject|Titel|Title)\s*$", re.IGNORECASE)
_TRAILING_CASE = re.compile(r"\s*\((?:[A-Za-z.]{0,8}\s?)?\d[\w./-]*\d\)\s*$")
# "Clerk's Report: Replacement of …", "Director's Report – …": an office's report named before its subject.
_OFFICE_REPORT_PREFIX = re.compile(r"^(?:The )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}['’]s Report\s*[:–-]\s+(?=\S)")
_HEAD_LINES = 25


def find_title(text: str) -> str | None:
    """Return the subject line of *text*, without agenda numbering or a trailing case number."""
    lines = [line.strip() for line in text.split("\n")]
    lines = ["" if _ADDRESS_OR_CONTACT.search(line) and not _SUBJECT_LABEL.match(line) else line for line in lines]
    for index in units_over_case_fields(lines):
        lines[index] = ""  # the sender's unit over its case fields
    title = _labelled_subject(lines) or _first_heading(lines)
    return _tidy(title) if title else None


# "betreffend Wartezeiten bei …", "betreffend: Schulweg …", "vedrørende …" on a line of its own under the form's
# name: the subject.
_SUBJECT_PREPOSITION = re.compile(
    r"^(?:betreffend|betreffs|betrifft|vedrørende|angående|regarding|concerning)(?:\s*:\s*|\s+)(?P<value>\S.{4,})$",
    re.IGNORECASE,
)
_SUBJECT_PREPOSITION_LINES = 15
# "auf die Interpellation von Simone Egli (SP) betreffend Tagesstrukturen …", "Anfrage der Fraktion X betreffend Y":
# a heading naming the paper it answers or the genre and who puts it, then its subject.
_SUBJECT_AFTER_GENRE = re.compile(
    r"^(?:(?:auf|zur?|zum)\s+(?:die|das|den|der)\s+)?(?:\w*interpellation|\w*anfrage|motion|postulat|\w*antrag|frage)\b"
    r"[^.:]{0,120}?\s(?:betreffend|betreffs|betrifft|vedrørende|regarding|concerning)\s+(?P<value>\S.{4,})$",
    re.IGNORECASE,
)


def _labelled_subject(lines: list[str]) -> str | None:
    for index, line in enumerate(lines[:_SUBJECT_PREPOSITION_LINES]):
        match = _SUBJECT_PREPOSITION.match(line) or _SUBJECT_AFTER_GENRE.match(line)
        if match and not line.rstrip().endswith("."):
            return _with_continuation(match.group("value").strip(), lines, index)
    in_body = False
    for index, line in enumerate(lines[:60]):
        match = _SUBJECT_LABEL.match(line)
        value = match.group("value").strip() if match else None
        if match and value:
            if len(value.split()) < 2 and line.strip().lower().startswith(("titel", "title")):
                continue  # "Titel: Specialkonsulent" is a person's job title
            return _with_continuation(value, lines, index)
        in_body = in_body or is_running_text(line)
        # A label alone under the body's running text heads a column of a table ("Forening", "Titel", "Beløb").
        if match or (_SUBJECT_LABEL_ALONE.match(line) and not in_body):
            for offset, following in enumerate(lines[index + 1 : index + 3], start=index + 1):
                if following:
                    return _with_continuation(following, lines, offset)
    return None


def _first_heading(lines: list[str]) -> str | None:
    skip = _letterhead(lines)
    seen = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line or index in skip:
            index += 1
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if seen <= _LETTERHEAD_REACH and _issuer_line(line) and not postal_block(lines, index):
            index += 1
            continue
        if (
            _ADDRESS_OPENING.match(line) or _ROUTE_LIST_HEADING.match(line) or _ROUTE_TABLE_HEADER.match(" ".join(line.split()))
            or postal_block(lines, index)
        ):
            # "An den" / "Til" opens an address block, "Beratungsfolge:" a list of the bodies that discuss the
            # paper, a block ending in a postcode and town a recipient's address: skip it to the next blank line.
            while index < len(lines) and lines[index]:
                index += 1
            continue
        if _GENRE_START.match(line) and not _FORM_PHRASE.search(line):
            joined = _genre_heading(line, lines, index)
            if joined:
                return joined
        if is_genre_name(line) and index + 1 < len(lines) and what_about(lines[index + 1]):
            # "Bericht des Prüfungsausschusses" over "über die Gebarungsprüfung vom …": the genre and what it is about
            return _with_continuation(f"{line} {lines[index + 1]}", lines, index + 1)
        if _is_heading(line):
            return _with_continuation(line, lines, index)
        index += 1
    return None


def _letterhead(lines: list[str]) -> set[int]:
    """Return the indexes of the opening block's lines when it is a letterhead (body, unit, address)."""
    block = []
    for index, line in enumerate(lines):
        if not line:
            if block:
                break
            continue
        if not block and _running_head(line) and index + 1 < len(lines) and not lines[index + 1]:
            continue  # a running header's fields in one line over the letterhead: "Vesterå Kommune · Høringsnotat · …"
        block.append(index)
    if not any(_BODY_LINE.search(lines[i]) for i in block) and not (block and _issuer_line(lines[block[0]])):
        return set()
    # (a genre's name of several words that names the body it goes to heads the paper: "Request to Appear as a
    # Delegation before Council")
    return {
        i for i in block
        if (not _GENRE_START.match(lines[i]) or _FORM_LINE.match(lines[i]) or _BODY_LINE.search(lines[i]))
        and not (i != block[0] and opens_with_longer_genre(lines[i]))
    }


def _running_head(line: str) -> bool:
    """Tell whether *line* is a running header's fields: three or more, or the issuer and one more ("Landkreis X · …")."""
    issuer, dot, _ = line.partition(" · ")
    return bool(_RUNNING_HEAD_FIELDS.search(line)) or bool(dot) and _issuer_line(issuer)


def _genre_heading(line: str, lines: list[str], index: int) -> str | None:
    """Join a genre word with the line that completes it ("Einladung" + "zur 12. Sitzung ...")."""
    following = next((l for l in lines[index + 1 : index + 3] if l), "")
    if not _FORM_LINE.match(line) or line.lower().startswith(("auszug", "uddrag", "protokollauszug", "niederschriftsauszug")):
        return None  # an extract's subject is its item's title, not the meeting it comes from
    if _FORM_LINE.match(following) or _FORM_PHRASE.search(following):
        return None  # "Antrag" over "der Fraktion X" or "gemäß § 12 GeschO": who puts it and on what ground
    label_colon = _LABEL_COLON.search(following)
    if following[:1].islower() and len(following) <= _MAX_TITLE and not label_colon:
        return f"{line} {following}"
    if _BODY_LINE.search(following) and not _DATEISH.search(following) and not label_colon:
        if _issuer_line(following):
            return None  # "Sitzungsvorlage" over "Gemeinde Tarpholm": the body it is issued for, not a subject
        return f"{line} {following}"
    return None



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
            and ":" not in following
            and not _DATE_ONLY.match(following)
            and not _FORM_LINE.match(following)
            and not procedure_line(following)
            and (following[0].islower() or not following.endswith("."))
        ):
            return f"{value} {following}"
    return value


def _tidy(title: str) -> str:
    title = _AGENDA_NUMBER.sub("", title, count=1)
    title = _OFFICE_REPORT_PREFIX.sub("", title, count=1)
    title = _TRAILING_CASE.sub("", title)
    return title.strip(" :-–")
