"""Tell whether a paper says it is public or closed to the public."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD

_STATUS_LABEL = r"(?:status|öffentlichkeitsstatus|öffentlichkeit|vertraulichkeit|sitzungsteil|punkttype|type|classification)\s*:?\s*"
_PUBLIC = re.compile(
    r"^(?:" + _STATUS_LABEL + r")?(?:öffentlich|öffentlicher teil|öffentliche sitzung|öffentliche vorlage"
    r"|åbent? punkt|åben|åbent|åben sag|åben dagsorden|public|public item|open|part i|not exempt"
    r"|öffentliche tagesordnung|öffentliche tagesordnungspunkte|öffentliche sitzung|for publication|unrestricted)(?:\s*[-–,(].{0,40})?$",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"^(?:" + _STATUS_LABEL + r")?(?:nicht ?öffentlich|nichtöffentlicher teil|nicht öffentlicher teil"
    r"|nichtöffentliche sitzung|nicht öffentliche sitzung|vertraulich|lukket punkt|lukket|fortroligt?"
    r"|lukket sag|lukket dagsorden|confidential|exempt|exempt information|not for publication|private|part ii"
    r"|nichtöffentliche tagesordnung|nicht öffentliche tagesordnung|restricted|public excluded)(?:\s*[-–,(].{0,40})?$",
    re.IGNORECASE,
)


# English report forms ask the question outright: "Does the report contain confidential or exempt information? No".
_EXEMPT_QUESTION = re.compile(
    r"\b(?:(?:contain|include)s? (?:any )?(?:confidential or exempt|exempt or confidential|exempt|confidential) information"
    # A decision notice asks it shorter: "Is it exempt? No", "Is this decision exempt? No".
    r"|\bIs (?:it|this|the (?:decision|report|item)|this (?:decision|report|item)) (?:exempt|confidential))\?\s*(?P<answer>No|Yes)\b",
    re.IGNORECASE,
)
# "Open (public)", "Exempt - not for publication": a status and its gloss.
# An item's label may carry it after a comma: "Punkt 7, åbent punkt".
_GLOSS = re.compile(r"\s*(?:\((?P<paren>[^)]{2,30})\)|\s[-–]\s(?P<dash>.{2,30})|,\s+(?P<comma>[^,]{2,30}))$")
_STATUS_WORDS = (
    "öffentlich", "åben", "lukket", "fortrolig", "vertraulich", "public", "open", "part i", "confidential",
    "exempt", "private", "not for publication", "public excluded",
)
# The colon of a time of day ("18:30 Uhr") is no label's colon.
_TIME_COLON = re.compile(r"(?<=\d):(?=\d)")
_LABEL_CELL = re.compile(r":[ \t]*\t[ \t]*")
_STATUS_FIELD = re.compile(r"public|exempt|status|öffentlich|classification|confidential|åben|lukket|access", re.IGNORECASE)


# A paper's number with its status printed beside it: "Vorlage Nr. 16/2291 öffentlich", "Drucksache 21/0450 nichtöffentlich".
_NUMBER_WITH_STATUS = re.compile(
    r"^(?:Vorlage|Vorlagen|Drucksache|Beschlussvorlage|Sitzungsvorlage|Mitteilungsvorlage|Informationsvorlage)"
    r"(?:[ -]?(?:Nr|Nummer)\.?)?\s*:?\s*[\w/.-]*\d[\w/.-]*\s+"
    r"(?:(?P<closed>nicht ?öffentlich|nichtöffentlich)|öffentlich)$",
    re.IGNORECASE,
)
# An agenda item's heading or label: "14. Køb af ejendom", "Tagesordnungspunkt 12", "TOP 4", "Item 7", "Punkt 3".
_ITEM_HEAD = re.compile(
    r"^(?:(?:TOP|Tagesordnungspunkt|Punkt|Pkt\.?|Dagsordenspunkt|(?:Agenda\s+)?Item|Traktandum)\s*(?:Nr\.?\s*)?\d{1,3}(?:\.\d{1,2})*\.?"
    r"|\d{1,3}(?:\.\d{1,2})*\.?\s+(?-i:[A-ZÆØÅÄÖÜ]))",
    re.IGNORECASE,
)
# A label that asks whether the paper is withheld, answered yes or no.
_WITHHELD_LABEL = re.compile(r"^(?:confidential|exempt|vertraulich|nicht ?öffentlich|fortrolig|lukket)$", re.IGNORECASE)
_ANSWERS = {"no": True, "nein": True, "nej": True, "yes": False, "ja": False}


# Cells of a head printed in columns: tabs, or in plain text a wide run of spaces ("- nichtöffentlich -      Datum: …").
_CELL_GAP = re.compile(r"\t| {4,}")
# A status set between dashes on its line: "- nichtöffentlich -", "– öffentlich –".
_BETWEEN_DASHES = re.compile(r"^[-–—]\s*(?P<mark>[^\W\d_][^-–—]{2,40}?)\s*[-–—]$")


def find_public(text: str) -> bool | None:
    """Return True or False when status markers say so, None when they say neither or both.

    Only a marker standing on a line (or in a table cell) of its own counts, so prose that
    mentions the public ("Sensibilisierung der Öffentlichkeit") does not.
    """
    lowered = text.lower()
    by_head = None
    if not any(word in lowered for word in _STATUS_WORDS):
        by_head = _said_by_head(text)
        if not by_head:
            return None
    said = set()
    for question in _EXEMPT_QUESTION.finditer(text) if "information?" in lowered or "exempt?" in lowered else ():
        if question.group("answer").lower() == "no":
            said.add(True)
    for line in text.split("\n"):
        numbered = _NUMBER_WITH_STATUS.match(" ".join(line.split()))
        if numbered:
            # "Vorlage Nr. 16/2291      öffentlich": the paper's number with its status beside it
            said.add(not numbered.group("closed"))
            continue
        if line.count("\t") >= 2:
            continue  # a row of a table (attachments, a route) gives the status of its row, not of the paper
        # A label's cell and its value's cell are one field: "Confidential:<TAB>No" answers a question.
        line = _LABEL_CELL.sub(": ", line)
        for cell in _CELL_GAP.split(line):
            cell = _BETWEEN_DASHES.sub(r"\g<mark>", cell.strip().strip("*:.").strip())
            label, colon, value = _TIME_COLON.sub("\x00", cell).rpartition(":")
            label, value = label.replace("\x00", ":"), value.replace("\x00", ":")
            item_part = _GLOSS.search(label.strip()) if colon and _ITEM_HEAD.match(label.strip()) else None
            if item_part and _status_of(item_part) is not None:
                # an item's label carries its part of the sitting before the title: "Punkt 4 (åbent): …", "Item 7 (exempt): …"
                said.add(_status_of(item_part))
                continue
            if colon and _STATUS_FIELD.search(label) and len(label.split()) <= 4:
                cell = value.strip()  # "Public / Exempt: Public", "Status: nichtöffentlich"
                if _WITHHELD_LABEL.match(label.strip()) and cell.casefold() in _ANSWERS:
                    said.add(_ANSWERS[cell.casefold()])  # "Confidential: No", "Exempt: Yes"
                    continue
            if cell.lower().startswith("for publication"):
                cell = "for publication"  # "For publication [Do not include information which is exempt …]"
            if not cell or len(cell) > 60:
                continue
            gloss = _GLOSS.search(cell)
            if gloss:
                cell = cell[: gloss.start()].strip()
                headed = _ITEM_HEAD.match(cell) or (BODY_WORD.search(cell) and len(cell.split()) <= 8)
                if headed and _status_of(gloss) is not None:
                    # an agenda item's heading or label carries its part of the sitting: "14. Køb af … (Lukket punkt)",
                    # "Tagesordnungspunkt 12 – öffentlich", "Item 7 (exempt)"; so does the name of the body whose
                    # part of the sitting a report is printed for: "Finance Committee – Public Excluded"
                    said.add(_status_of(gloss))
                    continue
            if _CLOSED.match(cell):
                said.add(False)
            elif _PUBLIC.match(cell):
                said.add(True)
    if not said:
        said = _said_by_headings(text) or _said_by_sentence(text) or _said_by_last_row(text) or (
            by_head if by_head is not None else _said_by_head(text)
        )
    # An agenda or minutes with a public and a closed part is neither as a whole.
    return said.pop() if len(said) == 1 else None


def _status_of(gloss: re.Match) -> bool | None:
    """Return the part of the sitting a gloss names ("(Lukket punkt)", "– öffentlich"), or None."""
    status = (gloss.group("paren") or gloss.group("dash") or gloss.group("comma") or "").strip()
    return False if _CLOSED.fullmatch(status) else True if _PUBLIC.fullmatch(status) else None


# When no marker stands alone, a reader still takes a short heading that names the paper, its
# meeting or its agenda as public or closed ("Öffentliche Tagesordnung – 18:30 Uhr", "Öffentlicher
# Vorgang", "Åbent møde kl. 16.00", "Closed session").
_THING = (
    r"(?:vorgang|vorlage|sitzung|tagesordnung|to|teil|sag|sager|punkt|punkter|dagsorden|møde|item|items|session"
    r"|meeting|report|agenda|part|business)\b"
)
# (the heading may name what it invites to: "Einladung" over "zur öffentlichen Sitzung des Beirates …")
_INVITED_TO = r"(?:(?:Einladung\s+)?(?:zur|zu\s+(?:der|einer))\s+|(?:Indkaldelse\s+)?til\s+|(?:Notice\s+of\s+)?(?:an?|the)\s+)?"
_PUBLIC_HEADING = re.compile(rf"^{_INVITED_TO}(?:öffentliche[rsn]?|public|open|unrestricted|åbent?|åbne)\s+{_THING}", re.IGNORECASE)
_CLOSED_HEADING = re.compile(
    rf"^{_INVITED_TO}(?:nicht[ -]?öffentliche[rsn]?|nichtöffentliche[rsn]?|vertrauliche[rsn]?|lukkede?t?|fortrolige?t?|closed|private"
    rf"|exempt|confidential|restricted)\s+{_THING}",
    re.IGNORECASE,
)
_HEADING_LIMIT = 8
# A line that says it in a sentence: "This item is open to the public.", "This report is exempt.",
# "Die Vorlage ist nicht öffentlich.", "Punktet behandles på et lukket møde."
_STATUS_SENTENCE = re.compile(
    r"^(?:this|the)\s+(?:item|report|paper|matter|decision|meeting)\s+(?:is|will be)\s+(?:(?P<en_closed>not open to the public"
    r"|closed to the public|exempt|confidential|not for publication|private)|(?P<en_public>open to the public|public|for publication))"
    r"|^(?:diese|die|der)\s+(?:vorlage|sitzung|beratung|angelegenheit|tagesordnungspunkt|punkt)\s+(?:ist|erfolgt|findet)\s+"
    r"(?:(?P<de_closed>nicht ?öffentlich|in nicht ?öffentlicher sitzung)|(?P<de_public>öffentlich|in öffentlicher sitzung))"
    r"|^(?:dette\s+punkt|punktet|sagen)\s+(?:er|behandles)\s+(?:på\s+et\s+|i\s+)?(?:(?P<da_closed>lukket)|(?P<da_public>åbent?))",
    re.IGNORECASE,
)
# A route table's row names its body, its status and its date ("Stadtrat<TAB>öffentlich<TAB>26.04.2023").
_ROW_STATUS = re.compile(r"^(?:(?P<closed>nicht ?öffentlich|nichtöffentlich|lukket|closed|private|exempt|confidential|N)|(?P<public>öffentlich|åben|åbent|public|open|Ö))$", re.IGNORECASE)
_ROW_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}")


def _said_by_headings(text: str) -> set[bool]:
    said = set()
    for line in text.split("\n"):
        line = line.strip(" \t*#")
        if not line or len(line.split()) > _HEADING_LIMIT:
            continue
        if _CLOSED_HEADING.match(line):
            said.add(False)
        elif _PUBLIC_HEADING.match(line):
            said.add(True)
    return said


def _said_by_sentence(text: str) -> set[bool]:
    said = set()
    for line in text.split("\n"):
        line = line.strip(" \t*#")
        if len(line.split()) > 14:
            continue
        stated = _STATUS_SENTENCE.match(line)
        if stated:
            said.add(not any(stated.group(name) for name in ("en_closed", "de_closed", "da_closed")))
    return said


def _said_by_last_row(text: str) -> set[bool]:
    """Return the status of a route table's last dated row: the body that decides, and how it sits."""
    last = None
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        if len(cells) < 2 or not any(ch.isalpha() for ch in cells[0]):
            continue  # a numbered list (of attachments, say) is no route
        if not any(_ROW_DATE.fullmatch(cell) for cell in cells):
            continue
        statuses = [_ROW_STATUS.match(cell) for cell in cells]
        statuses = [status for status in statuses if status]
        # the deciding body's row, flagged or not: an earlier body's status is not the decision's
        last = statuses[0].group("public") is not None if len(statuses) == 1 else None
    return set() if last is None else {last}


# ALLRIS and SessionNet head one item with its part of the sitting before its number: "TOP Ö 7 Bebauungsplan …".
_ITEM_PART = re.compile(r"^(?:TOP\s*)?(?P<part>[ÖN])\s?\d{1,3}(?:\.\d{1,2})*\.?(?:\t|\s{2,}|\s+(?=[A-ZÄÖÜ„\"]))")
# A record's head names its sitting with its part and its day: "Auszug aus der Niederschrift über die öffentliche
# Sitzung des Gemeinderates am 24.03.2026", "Sitzung vom 12.03.2026 – nichtöffentliche Sitzung".
_SITTING_PART = re.compile(
    r"\b(?P<parts>(?:(?:nicht ?)?öffentliche[nr]?\s+(?:und|oder|u\.|/)\s+)?(?:nicht ?)?öffentliche[nr]?)\s+Sitzung\b", re.IGNORECASE
)
_PART_WORD = re.compile(r"(?:nicht ?)?öffentliche[nr]?", re.IGNORECASE)
_HEAD_LINES = 12


def _said_by_head(text: str) -> set[bool]:
    """Return the part of the sitting the head of one item's record names, on its item line or its sitting's line."""
    said = set()
    for line in [line.strip() for line in text.split("\n") if line.strip()][:_HEAD_LINES]:
        part = _ITEM_PART.match(line)
        if part:
            said.add(part.group("part") == "Ö")
        elif any(char.isdigit() for char in line) and len(line.split()) <= 20:
            for found in _SITTING_PART.finditer(line):
                said.update(not word.lower().startswith("nicht") for word in _PART_WORD.findall(found.group("parts")))
    return said
