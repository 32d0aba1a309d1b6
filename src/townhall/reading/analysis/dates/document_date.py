"""The date of the document itself: labelled, handed in, under its genre, a place and date, over a signature, or alone in its head."""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.analysis.dates.places import _PLACE_DATE, _place_date_beside_number
from townhall.reading.analysis.dates.roles import _MEETING_CUE, classify_role, _has_document_label
from townhall.reading.analysis.dates.schedules import in_schedule


# "eingereicht von A und B am 28. Januar 2025", "submitted by Cllr X on 4 March 2025", "indsendt af X den …":
# the day a motion or question was handed in is its date.
_HANDED_IN_ON = re.compile(
    r"\b(?:eingereicht|eingegangen|eingebracht|gestellt|submitted|received|tabled|lodged|indsendt|indleveret|modtaget|stillet)"
    r"\b(?:(?!Sitzung|[Mm]eeting|møde)[^.\n]){0,100}(?:\n(?:(?!Sitzung|[Mm]eeting|møde)[^.\n]){0,60})?\b(?:am|on|den|d\.)[ \t]*$",
    re.IGNORECASE,
)
_HANDED_IN_WORDS = 12
# A line of its own that opens with the day the paper was handed in: "Indsendt den …", "Eingereicht am …", "Submitted on …".
_HANDED_IN_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:Indsendt|Indleveret|Eingereicht|Submitted|Lodged)[ \t]+(?:(?:den|am|on)[ \t]+)?(?:\w+,?[ \t]+)?$",
    re.IGNORECASE,
)


_PAPER_HEADER = re.compile(r"vorlage|drucksache|ds[.\s-]*nr|drs\.|beschlussvorlage|mitteilung|antrag", re.IGNORECASE)
_TABLE_CONTEXT = re.compile(
    r"gremium|beratungsfolge|sitzung|sitzungstermin|beratung|meeting|mødedato|mødedag|møde i|"
    r"behandling|decision",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_#>|]+")
# "Report to: Executive Board" is the addressee; a bare "Date:" under it dates the report itself.
_MEETING_HEADER_LINE = re.compile(
    r"^\s*(?:meeting|committee|møde|sitzung|gremium)\s*:", re.IGNORECASE | re.MULTILINE
)
_BODY_LINE_WORDS = 20
_HEADING_WORDS = 10
_SIGNATURE_WORDS = 5


def document_date(text: str, language: str | None = None) -> date | None:
    """Return the date the document was written or issued, or None when the text does not say."""
    mentions = find_dates(text, language)
    if not mentions:
        return None
    line_of = _line_lookup(text)
    for mention in mentions:
        if _has_document_label(text, mention.span[0]) and not in_schedule(text, mention.span[0]):
            if not _under_meeting_header(text, mention) and mention.end is None:
                return mention.start
    for mention in mentions:
        if mention.end is None and _GIVEN_THIS_DAY.search(text[max(0, mention.span[0] - 120):mention.span[0]]):
            # "Given under our hands this 30th day of March, 2026", "DATED at … this 12th day of June, 2026"
            return mention.start
    head_end = _header_end(text)
    for mention in mentions:
        if mention.end is None and mention.span[0] < head_end + 300 and _approved_in_head(text, mention):
            # "Godkendt af Byrådet den 24. juni 2026" under a policy's or terms of reference's title: the day it was issued
            return mention.start
    for mention in mentions:
        if mention.end is None and mention.span[0] < head_end + 300 and _HANDED_IN_ON.search(text[max(0, mention.span[0] - 180):mention.span[0]]):
            # A short line of the head ("am 28. Januar 2025", "submitted by Cllr X on 4 March 2025"), not a
            # sentence of the report that tells when something was received.
            if len(line_of(mention.span[0]).split()) <= _HANDED_IN_WORDS:
                return mention.start
    for mention in mentions:
        if mention.end is None and _HANDED_IN_LINE.search(text[max(0, mention.span[0] - 40):mention.span[0]]):
            # "Indsendt den 28. oktober 2026." over an application's signature: the day it was handed in
            return mention.start
    for mention in mentions:
        if mention.end is None and mention.span[0] < head_end and _dated_under_genre(text, mention, line_of):
            return mention.start
    for mention in mentions:
        if mention.end is None and (
            _PLACE_DATE.search(text[max(0, mention.span[0] - 60):mention.span[0]])
            or _place_date_beside_number(text, mention.span[0])
        ):
            if not text[mention.span[1]:].split("\n", 1)[0].strip(" \t*."):
                return mention.start
    for mention in mentions:
        if mention.end is None and _over_signature(text, mention, line_of):
            return mention.start
    header_end = _header_end(text)
    previous_end = 0
    for mention in mentions:
        since, previous_end = previous_end, mention.span[1]
        if mention.span[0] >= header_end or mention.end is not None:
            continue
        line = line_of(mention.span[0])
        if _PAPER_HEADER.search(line.split(mention.text)[0]) and not _TABLE_CONTEXT.search(line):
            return mention.start
        if _alone_on_line(line, mention) and not _in_table(text, mention, since) and not _below_body_name(text, mention):
            if classify_role(text, mention) in ("document", "other"):
                return mention.start
    return _closing_date(text, mentions, line_of)


# The formula that closes a warrant, a notice or a by-law with the day it was issued: "Given under our hands this …".
_GIVEN_THIS_DAY = re.compile(
    # (and a by-law or resolution with the day it was passed: "READ a third time and finally passed this …")
    # (and a proclamation signed and sealed: "IN WITNESS WHEREOF, I have hereunto set my hand … to be affixed this …")
    r"\b(?:Given\s+under\s+(?:our|my)\s+hands?(?:\s+and\s+seals?)?|Dated|Signed|Done|(?:finally\s+)?passed|enacted|affixed)\b"
    r"[^.\n]{0,80}?\bthis\s+$",
    re.IGNORECASE,
)


# A line of the head that names the body that approved the paper and the day: "Godkendt af Byrådet den …",
# "Vedtaget i Kommunalbestyrelsen d. …", "Beschlossen vom Gemeinderat am …", "Adopted by Council on …".
_APPROVED_BY = re.compile(
    r"^[ \t]*(?:(?:Godkendt|Vedtaget)\s+(?:af|i)|(?:Beschlossen|Genehmigt)\s+(?:vom|von|durch|im|in)|(?:Approved|Adopted)\s+by)"
    r"\s+[^\n.]{2,60}?\s+(?:(?:den|d\.|am|on)\s+)?$",
    re.IGNORECASE,
)


def _approved_in_head(text: str, mention: DateMention) -> bool:
    line_start = text.rfind("\n", 0, mention.span[0]) + 1
    return bool(_APPROVED_BY.match(text[line_start:mention.span[0]])) and not text[mention.span[1]:].split("\n", 1)[0].strip(" \t*.")


# "Schriftliche Anfrage / der Bezirksverordneten … / vom 02.03.2026": a line of its own that gives the paper's day
# under the genre that names it (Anfrage, Antrag, Beantwortung, Stellungnahme), not under a sitting.
_OF_DAY_LINE = re.compile(r"^[ \t]*vom[ \t]*$", re.IGNORECASE)
_GENRE_OF_DAY = re.compile(r"anfrage|antrag|beantwortung|stellungnahme|vorlage|mitteilung|drucksache", re.IGNORECASE)
_GENRE_LINES_ABOVE = 3


def _dated_under_genre(text: str, mention: DateMention, line_of) -> bool:
    line = line_of(mention.span[0])
    line_start = text.rfind("\n", 0, mention.span[0]) + 1
    if not _OF_DAY_LINE.match(text[line_start:mention.span[0]]) or text[mention.span[1]:].split("\n", 1)[0].strip(" \t*."):
        return False
    above = [row for row in text[:line_start].split("\n") if row.strip()][-_GENRE_LINES_ABOVE:]
    return not _TABLE_CONTEXT.search(line) and any(
        _GENRE_OF_DAY.search(row) and not _TABLE_CONTEXT.search(row) for row in above
    )


# "gez. Corinna Mürbeth", "i. A. Meier", "Signed: …": a signature, perhaps under its body's name in capitals.
_SIGNED = re.compile(r"^(?:gez\.|i\.\s?A\.|i\.\s?V\.|signed\b|sign\.|sgd\.)", re.IGNORECASE)
_CAPITALS = re.compile(r"^[^\W\d_a-zæøåäöüß][^\da-zæøåäöüß]{2,60}$")


def _over_signature(text: str, mention: DateMention, line_of) -> bool:
    """Tell whether the date closes a short line right over a signature ("Kohlberg, 2. März 2026" / "gez. …").

    However the line before the date is written (a place, "den", "Dated"), a date set over the signature is the
    day the paper was signed.
    """
    line = line_of(mention.span[0])
    if text[mention.span[1]:].split("\n", 1)[0].strip(" \t*.") or len(line.split()) > _SIGNATURE_WORDS + 1:
        return False
    if _TABLE_CONTEXT.search(line) or _MEETING_CUE.search(line):
        return False
    below = [row.strip() for row in text[mention.span[1]:].split("\n")[1:] if row.strip()][:2]
    if not below:
        return False
    return bool(_SIGNED.match(below[0]) or len(below) > 1 and _CAPITALS.match(below[0]) and _SIGNED.match(below[1]))


def _closing_date(text: str, mentions: list[DateMention], line_of) -> date | None:
    """Return the date printed alone as a paper's last line, under its signature (an agenda's issue date)."""
    last = mentions[-1]
    if last.end is not None or text[last.span[1]:].strip(" \t\n.*"):
        return None
    since = mentions[-2].span[1] if len(mentions) > 1 else 0
    if not _alone_on_line(line_of(last.span[0]), last) or _in_table(text, last, since):
        return None
    # Under a signature block (a name, a role, a telephone number), not under running prose.
    above = [line for line in text[:last.span[0]].split("\n")[:-1] if line.strip()][-2:]
    if len(above) < 2 or any(len(line.split()) > _SIGNATURE_WORDS for line in above):
        return None
    return last.start if classify_role(text, last) in ("document", "other") else None


def _line_lookup(text: str):
    def line_of(position: int) -> str:
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        return text[start:] if end == -1 else text[start:end]
    return line_of


def _header_end(text: str) -> int:
    """Return where the body starts: the first line that reads like running prose."""
    position = 0
    lines_seen = 0
    for line in text.split("\n"):
        if len(line.split()) >= _BODY_LINE_WORDS:
            return position
        if line.strip():
            lines_seen += 1
            if lines_seen > 30:
                return position
        position += len(line) + 1
    return position


def _alone_on_line(line: str, mention: DateMention) -> bool:
    rest = _MARKUP.sub(" ", line.replace(mention.text, " ", 1))
    return not rest.strip(" \t.,:")


def _in_table(text: str, mention: DateMention, since: int = 0) -> bool:
    """Tell whether a meeting or route heading stands over the date, with no other date between.

    "COUNCIL MEETING / Wednesday, 30 September" dates the meeting; a date printed lines below the
    meeting's own date ("Meeting on / 13 March / at 10 am / Democratic Services / 5 March") dates the paper.
    """
    before_lines = [l for l in text[since:mention.span[0]].split("\n")[:-1] if l.strip()][-6:]
    # A heading or a table's row, not a sentence that happens to say "meeting".
    return any(_TABLE_CONTEXT.search(l) and len(l.split()) <= _HEADING_WORDS for l in before_lines)


# A line that only names a deliberating body: the date under it is that body's meeting.
_BODY_NAME_LINE = re.compile(
    r"^[^:\n]{0,80}(?:udvalget|udvalg|ausschuss|ausschusses|committee|council|cabinet|board|panel|"
    r"(?<=[a-zäöüß])rat|\bRat|beirat|vertretung|versammlung|repræsentationen|byråd|byrådet|"
    r"kommunalbestyrelsen|kommunalbestyrelse)\s*$",
    re.IGNORECASE,
)


# "Til Økonomiudvalget", "Orientering til Økonomiudvalget": a letter's addressee, not a meeting heading.
_ADDRESSEE_LEAD = re.compile(
    r"(?:(?:orientering|meddelelse|notat|indstilling|redegørelse|report|briefing note|memo)\s+)?"
    r"(?:til|to|an|an den|an die|an das)\b",
    re.IGNORECASE,
)


def _below_body_name(text: str, mention: DateMention) -> bool:
    before_lines = [line for line in text[:mention.span[0]].split("\n")[:-1] if line.strip()]
    if not before_lines:
        return False
    line = before_lines[-1].strip(" *")
    return bool(_BODY_NAME_LINE.match(line)) and not _ADDRESSEE_LEAD.match(line)


def _under_meeting_header(text: str, mention: DateMention) -> bool:
    before = text[max(0, mention.span[0] - 160):mention.span[0]]
    return bool(_MEETING_HEADER_LINE.search(before))
