"""Find a paper's reference numbers: case, document, paper and agenda item number."""

from __future__ import annotations

import re

from townhall.reading.card import References

_O_BETWEEN_DIGITS = re.compile(r"(?<=\d)[Oo](?=\d)")
_L_BETWEEN_DIGITS = re.compile(r"(?<=\d)[Il](?=\d)")
_VALUE_TOKEN = re.compile(r"^[\w./-]+$")
_SHORT_CODE = re.compile(r"^(?:/|[A-ZÆØÅÄÖÜ]{1,3}|[IVX]{1,4})$")
# A value that can only be a date: a real day and month with one separator ("12.03.2021"); "24.1-2018" after
# "Az.:" is a file number.
_DATE_LIKE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])([.-])(?:0?[1-9]|1[0-2])\1\d{2,4}$|^\d{4}-\d{2}-\d{2}$")


def _label(pattern: str) -> tuple[re.Pattern, re.Pattern]:
    """Compile a label followed by its value on the same line, or by nothing (value on the next line).

    A label starts a line or a table cell ("Datum: 12.03.2021\tAz.: 32-12/2021"); the two cases are
    separate patterns because one pattern for both would test every position of the text.
    """
    rest = rf"(?:{pattern})(?![a-zæøåäöüß])[ \t]*[:.]?[ \t]*(?P<value>.*)$"
    flags = re.IGNORECASE | re.MULTILINE
    return re.compile(rf"^[ \t]*{rest}", flags), re.compile(rf"\t[ \t]*{rest}", flags)


_CASE = _label(
    r"sags?\s?nr\.?|sags?\s?nummer|sags\s?id|j\.\s?nr\.?|journal\s?nr\.?|journalnummer"
    r"|aktenzeichen|az\.|gesch(?:äfts)?(?:zeichen|-?z\.|\.-?z(?:eichen|\.))|gz\.?|ihr zeichen|unser zeichen"
    r"|case\s?(?:no\.?|number|ref(?:erence)?\.?)|file\s?(?:no\.?|ref(?:erence)?\.?)|our ref(?:erence)?\.?"
    r"|vores ref(?:erence)?\.?|vores j\.\s?nr\.?|reference(?= ?:)|ref\.(?= ?:)"
    # a reply names the case of the letter it answers: "Jeres sagsnr.: 05.01.00-P20-1-26"
    r"|(?:jeres|deres)\s+(?:sags?\s?nr\.?|j\.\s?nr\.?)"
    # Swedish and Norwegian registry numbers: "Dnr KS 2025/14", "Saksnr. 25/118", "Arkivsak 2025/77".
    r"|dnr\.?|diarienr\.?|diarienummer|saksnr\.?|arkivsak(?:snr\.?)?"
)
_DOCUMENT = _label(r"dokument\s?nr\.?|dok\.?\s?nr\.?|dokumentnummer|document\s?(?:no\.?|number)")
_PAPER = _label(
    # The form's name may be a compound of the body it goes to: "Gemeinderatsdrucksache Nr.", "Kreistagsvorlage Nr.".
    r"[a-zäöüß]*vorlagen?-?\s?(?:nummer|nr\.?)|[a-zäöüß]*drucksachen?-?\s?(?:nummer|nr\.?)|drucksache|ds[- ]?nr\.?"
    r"|beschlussvorlage\s?nr\.?|mitteilung\s?nr\.?|antrag\s?nr\.?|anfrage\s?nr\.?|report\s?(?:no\.?|number)"
    r"|paper\s?(?:no\.?|number)|report\s?ref(?:erence)?\.?"
    # Swiss councils number their business: "Geschäft Nr. 2024-031", "Geschäfts-Nr. 2026/038", "GR Nr. 2023/112".
    r"|gesch(?:ä|ae)ft(?:s)?-?\s?(?:nummer|nr\.?)|gr\s?nr\.?"
    # A council's or board's numbered decision, printed on its own ("Beschluss-Nr. 2025-214").
    r"|beschluss-?\s?(?:nummer|nr\.?)"
)
# "Informationsdrucksache\nNr. 0987/2023": the number under the form's heading.
_NUMBER_UNDER_HEADING = _label(r"(?:\w*drucksache|\w*vorlage)[ \t]*\n[ \t]*(?:nr\.?|nummer)")
# "Anfrage\nAF0815/23": a paper number standing alone under the form's name.
_NUMBER_UNDER_GENRE = re.compile(
    r"^[ \t]*(?:Anfrage|Antrag|Vorlage|Beschlussvorlage|Mitteilung|Mitteilungsvorlage|Informationsvorlage|Drucksache)"
    r"[ \t]*\n[ \t]*([A-Z]{0,4}[-/ ]?\d{1,6}[/-]\d{2,4}(?:[/-]\d{1,4})?)[ \t]*$",
    re.MULTILINE,
)
# A bare "Vorlage" label is the paper's own number only in its header; in minutes it names an item's paper.
_PAPER_BARE = _label(r"(?:beschluss|informations|mitteilungs|sitzungs)?vorlage")
# (at the start of a line or of a head's right-hand column, perhaps joined to the issuer on its left: "Stadt X
# Vorlage - VO/2026/0233")
_PAPER_DASHED = re.compile(
    r"(?:^(?!(?:Der|Die|Das|Siehe|Zur|Zum|Laut|Gemäß) )(?:[A-ZÄÖÜ][\wäöüß-]+ ){0,3}|\t| {3})\s*(?:Vorlage|Beschlussvorlage|Mitteilungsvorlage|Informationsvorlage|Antrag|Anfrage|Mitteilung|Drucksache)"
    r"\s+[-–]\s+(\w[\w/.-]*\d(?:/[IVX]{1,4})?)\s*$",
    re.MULTILINE,
)
# PDF conversion can interleave the "Vorlagen-Nummer" header with a neighbouring column; the number
# itself then stands alone on one of the following lines.
_GARBLED_PAPER_HEADER = re.compile(r"^\s*Vorlagen?-?\s?N", re.MULTILINE)
_STANDALONE_PAPER = re.compile(r"^\s*(\d{2,6}/\d{2,4}(?:/\d+)?|[A-Z]{1,4}[-/ ]?\d{2,6}/\d{2,4})\s*$")
_AGENDA_TITLE = re.compile(r"^\s*(\d{1,3})\.\s+\S.*?\((\d{2,4}[-/]\d{2,}(?:[-/]\d+)?)\)\s*$")
_AGENDA_NUMBERED = re.compile(r"^\s*(\d{1,3})\.\s+[A-ZÆØÅÄÖÜ\"„“]")
_AGENDA_LABEL = re.compile(
    # a bilingual council prints the label in its other language first: "Eitem Rhif / Item No.: 8"
    r"^\s*(?:[^\W\d_]{3,20}(?:\s+[^\W\d_]{2,12})?\s*/\s*)?"
    r"(?:TOP|Tagesordnungspunkt|Dagsordenspunkt|Punkt|Pkt\.|Agenda item|Item|Traktandum|Trakt\.)"
    # "Item No. 9", "Item Number: 7.B", "Punkt Nr. 4", "Item #: 7.C" (a number sign for the word)
    r"(?:\s+(?:No|Nr|Number|Nummer)\b\.?|\s*#)?\s*:?\s*"
    r"((?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*(?:\.?[A-Za-z](?![\w.]))?)\b",
    re.IGNORECASE | re.MULTILINE,
)
# A head line naming the sitting and then the item: "Einwohnerratssitzung vom 23. April 2026 – Traktandum 5",
# "Sitzung des Gemeinderates am 12.03.2026, TOP 4", "Council meeting of 3 March 2026 – Item 7".
_SITTING_ITEM = re.compile(
    r"^[^\n]{0,60}?(?:sitzung|meeting|møde)\b[^\n]{0,50}?\d{4}\s*[-–—,|]\s*"
    r"(?:TOP|Tagesordnungspunkt|Traktandum|Punkt|Item|Agenda item|Dagsordenspunkt|pkt\.)\s*(?:Nr\.?\s*)?"
    r"(\d{1,3}(?:\.\d{1,2})*)\b",
    re.IGNORECASE | re.MULTILINE,
)
_PART_MARK = re.compile(r"^[ÖN]\s?")
_AGENDA_PUBLIC_MARK = re.compile(r"^\s*([ÖN]\s?\d{1,3}(?:\.\d{1,2})*)\s+\S", re.MULTILINE)
_DECISION_SECTION = re.compile(r"^\s*(?:indstilling og beslutning|beslutning(?:(?: i)? [^\n]{3,60} den\b.*)?)\s*$", re.IGNORECASE | re.MULTILINE)
_HEAD_LINES = 15
_HEAD_SAMPLE = 6000
_TAIL_SAMPLE = 3000


def extract_references(text: str) -> References:
    """Return the case, document, paper and agenda item numbers named in *text*."""
    lines = text.split("\n")
    several = _several_items(text, lines)
    # Reference labels stand in the header or in the sender block at the end.
    labelled = text if len(text) <= _HEAD_SAMPLE + _TAIL_SAMPLE else text[:_HEAD_SAMPLE] + "\n" + text[-_TAIL_SAMPLE:]
    return References(
        case=_scanned_digits(
            _labelled_value(_CASE, labelled) or _agenda_case(lines) or _case_joined_on(labelled) or _reference_to_quote(labelled)
        ),
        document=_scanned_digits(_labelled_value(_DOCUMENT, labelled)),
        paper=_scanned_digits(_paper_number(text, lines, several)),
        agenda_item=None if several else _agenda_item(text, lines),
    )


def _scanned_digits(value: str | None) -> str | None:
    """Read a letter O or l between two digits as the digit a scan mistook it for ("2O22" is 2022)."""
    if not value:
        return value
    value = _O_BETWEEN_DIGITS.sub("0", value)
    return _L_BETWEEN_DIGITS.sub("1", value)


# A text layer may join a head's field to the one before it: "Tilsynsførende: Hanne Lykke, sygeplejerske Sagsnr.: 27.12.00".
# Only a case label written with its capital and colon counts there, running prose names none so.
_CASE_JOINED_ON = re.compile(
    r"[ \t](?:Sagsnr\.?|Sagsnummer|J\.\s?nr\.?|Aktenzeichen|Az\.|Geschäftszeichen|Case (?:no\.?|number)|File (?:no\.?|ref\.?))"
    r"[ \t]*:[ \t]*(?P<value>\S+)"
)


# A public notice asks those who write to it to quote its file's reference: "…, quoting reference TRO/27/004, by 30 March",
# "Bitte geben Sie das Aktenzeichen 61.2-014/26 an", "Husk at angive j.nr. 01.02.03-P19-1-26".
_REFERENCE_TO_QUOTE = re.compile(
    r"\b(?:quoting|quote|please quote|stating)\s+(?:(?:the|our)\s+)?(?:reference|ref\.?)(?:\s+(?:number|no\.?))?:?\s+"
    r"(?P<value>[A-Z0-9][\w/.-]*\d[\w/-]*)"
    r"|\b(?:geben Sie (?:bitte )?(?:das|unser) Aktenzeichen|unter Angabe des Aktenzeichens)\s+(?P<de>[\w/.-]*\d[\w/-]*)"
    r"|\b(?:angiv|angive|oplys)\s+(?:venligst\s+)?(?:j\.\s?nr\.?|journalnummer|sagsnummer|sagsnr\.?)\s+(?P<da>[\w/.-]*\d[\w/-]*)",
    re.IGNORECASE,
)


def _reference_to_quote(text: str) -> str | None:
    """Return the reference a notice asks its correspondents to quote, or None."""
    match = _REFERENCE_TO_QUOTE.search(text)
    return _clean_value(match.group("value") or match.group("de") or match.group("da")) if match else None


def _case_joined_on(text: str) -> str | None:
    """Return the case number of a case field joined on to the end of another field's line, or None."""
    match = _CASE_JOINED_ON.search(text)
    return _clean_value(match.group("value")) if match else None


def _labelled_value(label: tuple[re.Pattern, re.Pattern], text: str) -> str | None:
    # One scan of the whole text is much faster than matching the label against every line.
    at_line_start, in_cell = label
    matches = list(at_line_start.finditer(text))
    if "\t" in text:
        matches = sorted(matches + list(in_cell.finditer(text)), key=lambda m: m.start())
    for match in matches:
        value = _clean_value(match.group("value"))
        following = _next_non_empty(text[match.end() + 1 : match.end() + 300].split("\n"), -1)
        in_table = following is not None and "\t" in following and "\t" in _line_of(text, match)
        if value is None and in_table:
            value = _value_below(text, match, following)
        elif value is None and not match.group("value").strip() and following is not None:
            # The value stands on the next non-empty line, or the label is empty ("DS Nr.:").
            value = _clean_value(following, whole_line=True)
        if value:
            return value
    return None


def _line_of(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start() + 1) + 1
    end = text.find("\n", match.start() + 1)
    return text[start : end if end >= 0 else len(text)]


def _value_below(text: str, match: re.Match, following: str) -> str | None:
    """Read a value from the same column of the next row ("Sagsnr.\tDato" over "2010-7022\t31-10-2012")."""
    line_start = text.rfind("\n", 0, match.start() + 1) + 1
    column = text[line_start : match.start() + 1].count("\t")
    cells = following.split("\t")
    return _clean_value(cells[column], whole_line=True) if column < len(cells) else None


def _clean_value(raw: str, *, whole_line: bool = False) -> str | None:
    """Return the reference at the start of *raw*: tokens with digits, joined by "/" or short codes."""
    raw = raw.strip().split("\t")[0].strip()
    tokens = []
    for token in raw.split():
        token_clean = token.rstrip(",;:")
        if _VALUE_TOKEN.match(token_clean) and (any(c.isdigit() for c in token_clean) or _SHORT_CODE.match(token_clean)):
            tokens.append(token_clean)
            if token_clean != token:
                break
            continue
        if whole_line:
            return None
        break
    while tokens and not any(c.isdigit() for c in tokens[-1]):
        tokens.pop()
    value = " ".join(tokens).strip(" .,;:")
    if not value or len(value) > 40 or _DATE_LIKE.match(value):
        return None
    return value


def _next_non_empty(lines: list[str], index: int, limit: int = 2) -> str | None:
    for line in lines[index + 1 : index + 1 + limit]:
        if line.strip():
            return line
    return None


def _agenda_case(lines: list[str]) -> str | None:
    titles = [m for m in map(_AGENDA_TITLE.match, lines) if m]
    # A paper with several numbered items is an agenda or minutes, not one item with one case.
    if len(titles) == 1:
        return titles[0].group(2)
    return None


def _paper_number(text: str, lines: list[str], several: bool) -> str | None:
    value = _labelled_value(_PAPER, text) or _labelled_value(_NUMBER_UNDER_HEADING, text)
    if not value and not several:
        value = _labelled_value(_PAPER_BARE, "\n".join(_head(lines)))
    if value:
        return value
    match = _NUMBER_UNDER_GENRE.search(text)
    if match:
        return match.group(1)
    match = _PAPER_DASHED.search(text)
    if match:
        return match.group(1)
    for index, line in enumerate(lines):
        if _GARBLED_PAPER_HEADER.match(line):
            for following in lines[index + 1 : index + 6]:
                standalone = _STANDALONE_PAPER.match(following)
                if standalone:
                    return standalone.group(1)
    return None


def _several_items(text: str, lines: list[str]) -> bool:
    """Tell whether the text holds several agenda items (an agenda or minutes)."""
    labels = {m.group(1) for m in _AGENDA_LABEL.finditer(text)}
    marks = {m.group(1) for m in _AGENDA_PUBLIC_MARK.finditer(text)}
    titles = [m for m in map(_AGENDA_TITLE.match, lines) if m]
    return len(labels) > 1 or len(marks) > 1 or len(titles) > 1


def _agenda_item(text: str, lines: list[str]) -> str | None:
    titles = [m for m in map(_AGENDA_TITLE.match, lines) if m]
    head = _head(lines)
    match = _AGENDA_LABEL.search("\n".join(head))
    if match:
        # "TOP Ö 7": ALLRIS and SessionNet print the item's part of the sitting before its number
        return _PART_MARK.sub("", match.group(1))
    if titles:
        return titles[0].group(1)
    sitting = _SITTING_ITEM.search("\n".join(head))
    if sitting:
        return sitting.group(1)
    if _DECISION_SECTION.search(text):
        # A FirstAgenda/eDoc item: "12. Title" among the first lines, then "Beslutning i X den ...".
        for line in head[:8]:
            numbered = _AGENDA_NUMBERED.match(line)
            if numbered and len(line) <= 160:
                return numbered.group(1)
    public_mark = _AGENDA_PUBLIC_MARK.search("\n".join(head))
    if public_mark:
        return public_mark.group(1)
    return _item_over_case_number(lines) or _one_contents_row(lines)


# A record's table of contents: a header naming the item's number and the page ("Punkt nr. … Side", "TOP … Seite",
# "Item … Page") over one row per item ("715.<TAB>Kulturkommune 2017<TAB>2").
_CONTENTS_HEADER = re.compile(
    r"^\s*(?:Punkt|Pkt\.?|Dagsordenspunkt|Sag|TOP|Tagesordnungspunkt|Item|Agenda item|Nr\.?|No\.?)\b.*"
    r"\b(?:Side|Sider|Seite|Seiten|Page|Pages|S\.)\s*$",
    re.IGNORECASE,
)
# (the page may stand after dot leaders, or be lost where a print layout cut the line)
_CONTENTS_ROW = re.compile(
    r"^\s*(?:TOP\s*|Item\s*|Punkt\s*)?(\d{1,3}(?:\.\d{1,2})*)\.?(?:\t+|\s{2,})\S.*?(?:(?:\t+|\s{2,})\d{1,4}|\.{4,}\s*\d{0,4})\s*$",
    re.IGNORECASE,
)


def _one_contents_row(lines: list[str]) -> str | None:
    """Return the item's number where the record's table of contents lists one item only (an extract of one item)."""
    for index, line in enumerate(lines):
        if not _CONTENTS_HEADER.match(line) or len(line.split()) > 8:
            continue
        rows = []
        for below in lines[index + 1 : index + 40]:
            if not below.strip():
                if rows:
                    break
                continue
            row = _CONTENTS_ROW.match(below)
            if row is None:
                break
            rows.append(row.group(1))
        return rows[0] if len(rows) == 1 else None
    return None


def _item_over_case_number(lines: list[str]) -> str | None:
    """Return N of one "N. Title" heading with its case number under it ("715. Budget" / "Sagsnr.: 12/345")."""
    numbers = set()
    for index, line in enumerate(lines):
        numbered = _AGENDA_NUMBERED.match(line)
        if not numbered or len(line) > 160:
            continue
        following = next((later for later in lines[index + 1 : index + 4] if later.strip()), "")
        if _CASE[0].match(following):
            numbers.add(numbered.group(1))
    return numbers.pop() if len(numbers) == 1 else None


def _head(lines: list[str]) -> list[str]:
    head = []
    for line in lines:
        if line.strip():
            head.append(line)
            if len(head) >= _HEAD_LINES:
                break
    return head
