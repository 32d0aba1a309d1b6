"""A route row told by what it holds: one body's name, one date, and at most a role, an item or a public flag."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.body_names import nominative
from townhall.reading.analysis.consultations.words import BODY_WORD, ROLE
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.route.body_names import _NAME_LINKS, _without_role, without_sitting_kind
from townhall.reading.analysis.route.days import _DIGIT
from townhall.reading.card import ConsultationStep


# Words that lead into a body on a route line: "Beslutning i", "Behandles i", "Beratung im",
# "Considered by", "Decision by", "Indstilling til".
_ROW_LEAD = re.compile(
    r"^(?:(?:beslutning|behandling|indstilling|behandles|beslutter|besluttes|orientering|beratung|vorberatung|entscheidung|"
    r"beschlussfassung|kenntnisnahme|considered|consideration|decision|decided|referred|sitzung"
    # the body that approved a paper on a line of its head: "Godkendt af Byrådet den …", "Adopted by Council on …"
    r"|godkendt|vedtaget|approved|adopted|beschlossen|genehmigt"
    # the decisions a body took at a sitting, published under its day: "Beschlüsse des Einwohnerrates vom …"
    r"|beschlüsse)"
    r"(?:\s+(?:i|af|til|im|in|durch|vom|von|der|des|den|by|to|at|of|the|for))*\s+)",
    re.IGNORECASE,
)
# An agenda item's label and number on a route row: "TOP 7", "pkt. 4", "item 12.2".
_ROW_ITEM_NUMBER = r"\b(?:TOP|pkt\.?|punkt|item|Nr\.?|no\.?)\s*(?P<item>\d{1,3}(?:\.\d{1,2})?)\b"
# What stands beside the body and the date on a route row: the day's word, an agenda item, a public flag.
_ROW_FILLER = re.compile(
    r"(?:\b(?:den|d\.|am|vom|on|the|at|meeting|møde|mødet|sitzung)\b|" + _ROW_ITEM_NUMBER.replace("?P<item>", "?:")
    + r"|\b\d{1,2}[.:]\d\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr)(?!\w)|\b\d{1,2}\s*(?:am|pm)\b"
    r"|\((?:TOP|pkt\.?|punkt|item|Nr\.?)?\s*\d{1,3}\)|\b(?:nicht\s?öffentlich|öffentlich|åbent?|lukket|public|private|exempt|Ö|N|NÖ)\b"
    # "(öffentliche Sitzung)", "in nichtöffentlicher Sitzung": the sitting's kind in the words for it
    r"|\b(?:in\s+)?(?:nicht\s?)?öffentliche[rn]?\s+Sitzung\b"
    r"|[:;–—|()]|\s-\s|\s-$|^-\s)",
    re.IGNORECASE,
)
_ROW_ITEM = re.compile(_ROW_ITEM_NUMBER, re.IGNORECASE)
_SITTING_LEAD = re.compile(r"^\W*(?:sitzung|beschlüsse)\s+(?:des|der)\s", re.IGNORECASE)
_ROW_CLOSED = re.compile(r"\b(?:nicht\s?öffentliche?[rn]?|lukket|private|exempt|NÖ)\b", re.IGNORECASE)
_ROW_PUBLIC = re.compile(r"\b(?:öffentliche?[rn]?|åbent?|public)\b|(?<!\w)Ö(?!\w)", re.IGNORECASE)
# A route list numbers or bullets its rows: "1. Ortsbeirat Nord – Anhörung – Sitzung am 02.03.2026", "– Stadtrat, 12.05.2026".
_ROW_ENUMERATOR = re.compile(r"^(?:\d{1,2}[.)]|[a-z]\)|[-–•*])\s+(?=\S)")
_ROW_ABBREVIATION = re.compile(r"\((?P<short>[A-ZÆØÅÄÖÜ][A-ZÆØÅÄÖÜ\d-]{1,9})\)")
# A form's field ("To: Cabinet – 4 March"), or a paper's own date ("Report of the Committee dated …").
_ROW_FORM_LABEL = re.compile(r"^[^\W\d]{1,20}\s*:|\b(?:dated|datiert|dateret)\b", re.IGNORECASE)
_ROW_PLACE_DATE = re.compile(r",\s*(?:den|d\.)\s*\d", re.IGNORECASE)


def route_row(text: str) -> ConsultationStep | None:
    """Read a route row from what it holds: one body's name, one date, and at most a role, item or flag.

    Council systems print route rows in many orders ("Byrådet 05.09.2024", "05/09/2024
    Økonomiudvalget", "Finance Committee – 3rd March 2025 – for decision", "Beratung im
    Stadtrat am 3. März 2025, TOP 7, öffentlich"); the row is told by its content, not its order.
    A sentence is never a row: the rest beside the date must be a name (capitalised words and the
    small words that join them) that holds a body's word.
    """
    text = _ROW_ENUMERATOR.sub("", " ".join(text.split()))
    if len(text) > 100 or not _DIGIT.search(text) or text.endswith((".", "?", "!")) and not text.endswith(("d.", "Nr.")):
        return None
    mentions = find_dates(text)
    if len(mentions) != 1 or mentions[0].end is not None or mentions[0].precision != "day":
        return None
    start, end = mentions[0].span
    if _ROW_FORM_LABEL.search(text) or _ROW_PLACE_DATE.search(text):
        return None  # a form's field, a paper's own date or a letter's place and date ("Kleinstadt, den 3.5.2025")
    rest = f"{text[:start]} | {text[end:]}"
    item = _ROW_ITEM.search(rest)
    public = None
    if _ROW_CLOSED.search(rest):
        public = False
    elif _ROW_PUBLIC.search(rest):
        public = True
    rest = rest.strip(" |")
    lead = _ROW_LEAD.match(rest)
    if lead:
        rest = rest[lead.end() :]
    # a body's abbreviation in brackets belongs to its name ("Udvalget for plan og kultur (PUK)")
    rest = _ROW_FILLER.sub(" | ", _ROW_ABBREVIATION.sub(r"⟨\g<short>⟩", rest)).replace("⟨", "(").replace("⟩", ")")
    # What is left between the separators: a role ("Vorberatung", "for decision") and the body's
    # name, which must be the one piece that holds other words.
    role = None
    pieces = []
    for piece in (piece.strip(" .,-") for piece in rest.split("|")):
        for part in (part.strip(" .") for part in piece.split(",")):
            if ROLE.match(part):
                role = role or part
                piece = piece.replace(part, "").strip(" .,-")
        if piece:
            pieces.append(piece)
    if len(pieces) != 1:
        return None
    body, trailing_role = _without_role(pieces[0])
    body = without_sitting_kind(body.strip(" .,-"))
    if lead and _SITTING_LEAD.match(text):
        # "Sitzung des Werkausschusses am 11.02.2026, öffentlich, TOP 4" (a Bavarian "Sitzungsverlauf"): the body
        # stands in the genitive after "Sitzung des".
        body = nominative(body)
    # the word that leads into the body may be its role: "Vorberatung im Bauausschuss am …"
    leading_word = lead.group(0).split()[0] if lead else ""
    role = role or trailing_role or (leading_word if leading_word and ROLE.match(leading_word) else None)
    words = body.split()
    if not words or len(words) > 7 or not BODY_WORD.search(body) or any(c.isdigit() for c in body):
        return None
    if not words[0][0].isupper():
        return None
    # A name is capitalised word by word, but for the small words that join it; after a word that
    # announces a body ("Beslutning i …", "Beratung im …") a name in sentence case is read too.
    if not lead and any(not (w[0].isupper() or w.lower() in _NAME_LINKS or w.endswith("-") or _ROW_ABBREVIATION.fullmatch(w)) for w in words):
        return None
    return ConsultationStep(body, mentions[0].start, role, item.group("item") if item else None, public)
