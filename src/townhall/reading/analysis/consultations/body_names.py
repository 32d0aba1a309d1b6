"""The names of bodies as papers write them in Danish, German and English: told whole, in the nominative, paired with the dates after them."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.dates.months import MONTHS, WEEKDAYS


_MAX_ORG_WORDS = 12

# Danish bodies: "Økonomiudvalget", "Børne- og Ungdomsudvalget", "Borgerrepræsentationen", "Byrådet"
_DA_BODY = re.compile(
    r"(?:[A-ZÆØÅ][a-zæøå]+-(?:,\s*[A-ZÆØÅ]?[a-zæøå]+-)*\s+og\s+)?[A-ZÆØÅ][a-zæøå]*"
    r"(?:udvalget|udvalg|repræsentationen|rådet|bestyrelsen|forsamlingen|Magistraten)\b"
)


# German bodies: "Hauptausschuss", "Ausschuss für Umwelt und Grün", "Rat der Stadt Münster"
_DE_BODY = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß]*-(?:,\s*[A-ZÄÖÜ][\wäöüß]*-)*\s+und\s+)?"  # "Haupt- und Finanzausschuss"
    r"(?:(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?i:ausschuss|ausschusses|rat|rates|rats|beirat|beirates|vertretung|"
    r"versammlung|kreistag|kreistages|magistrat|senat|bürgerschaft|kommission))\b"
    r"(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*"
    r"(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,2}"
    r"|\s+[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)?(?=\s+(?:am|wird|in|zur|hat)\b))?"
)


# English bodies: "the Cabinet", "Planning Committee", "Full Council", "Health Scrutiny Panel"
_EN_DAY_WORDS = "|".join(word.capitalize() for word in (*MONTHS["en"], *WEEKDAYS["en"]))
_EN_BODY = re.compile(
    # "Children's and Young People Cabinet Committee": an "and" may join the words of the name
    r"(?:[A-Z][\w&'’-]*\s+(?:and\s+(?=[A-Z]))?){0,5}(?:Council|Committee|Cabinet|Board|Panel|Assembly|Executive|Sub-Committee|Policy Group|Commission"
    # a group that meets on the paper: "Strategic Planning Group", "Project Steering Group"
    r"|(?:Planning|Steering|Working|Reference|Advisory) Group"
    # the members of an Irish county's municipal district meet as a body: "the Ballycorran Municipal District"
    r"|Municipal\s+District)"
    # "Council of the Township of Birch Hollow": the council of a town named in full
    r"(?:\s+of\s+the\s+(?:Township|City|Town|County|Municipality|District|Village|Borough|Shire)\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    # ("the Committee on Planning", but not "the Committee on May 14, 2026": a month or weekday after "on" is its day)
    rf"|\s+(?:of|for|on)\s+(?:the\s+)?(?!(?:{_EN_DAY_WORDS})\b)[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?"
    r"(?:\s*\([A-Z][^()\n]{1,40}\))?"
)


def _looks_like_body(cell: str) -> bool:
    words = cell.split()
    if not 1 <= len(words) <= _MAX_ORG_WORDS or not BODY_WORD.search(cell):
        return False
    if cell.endswith(":") or re.search(r"[.!?]\s|[.!?]$", cell):
        return False
    return cell[0].isupper() or cell[0].isdigit()


_SESSION_OF = re.compile(
    r"^(?:\d+\.\s*)?(?:öffentliche\s+)?(?:Sitzung|Meeting|Møde)\s+(?:des|der|of the|of|i)\s+", re.IGNORECASE
)


def _is_body_name(phrase: str) -> bool:
    """Tell whether ``phrase`` is the name of a body and nothing more."""
    return any(pattern.fullmatch(phrase) for pattern in (_DA_BODY, _DE_BODY, _EN_BODY))


def _nominative(name: str) -> str:
    """Turn the genitive head of a German body name into its nominative ("Ausschusses für" -> "Ausschuss für")."""
    words = name.split(" ")
    # "Bau- und Umweltausschusses": the head noun follows the suspended compound.
    lead = 0
    while lead < len(words) - 1 and (words[lead].endswith("-") or words[lead] in ("und", "sowie")):
        lead += 1
    if lead:
        return " ".join([*words[:lead], _nominative(" ".join(words[lead:]))])
    head, _, rest = name.partition(" ")
    for ending, replacement in (("ausschusses", "ausschuss"), ("rates", "rat"), ("rats", "rat"),
                                ("beirates", "beirat"), ("kreistages", "kreistag"), ("landtages", "landtag")):
        if head.lower().endswith(ending):
            stem = head[: len(head) - len(ending)]
            head = stem + replacement if stem else replacement.capitalize()
            break
    return f"{head} {rest}".strip()


nominative = _nominative


def _bodies_with_dates(segment: str, body: re.Pattern, language: str | None, offset_date_gap: int = 40):
    """Pair each body named in ``segment`` with the date written right after it, if any."""
    dates = find_dates(segment, language)
    pairs = []
    for m in body.finditer(segment):
        when = None
        for d in dates:
            gap = segment[m.end():d.span[0]]
            if d.span[0] >= m.end() and len(gap) <= offset_date_gap and not body.search(gap):
                when = d.start
                break
        pairs.append((m.group().strip(), when, m.start()))
    return pairs


# A line that ends in a joining word is a name wrapped by the column ("The Parks and" over "Recreation Advisory Board").
_WRAPPED_NAME = re.compile(r"\b(?:and|of|for|on)\s*$")


_OF_THE_TOWN = re.compile(r"\s+of\s+the\s+(?:Township|City|Town|County|Municipality|District|Village|Borough|Shire)\b.*$")


def _body_name(body: re.Match) -> str:
    """Return an English body's name as a sentence names it, without its article and a line above it.

    A line above that ends in a joining word is no heading but the start of the wrapped name.
    """
    lines = body.group().strip().split("\n")
    name = lines.pop().strip()
    while lines and _WRAPPED_NAME.search(lines[-1]):
        name = f"{lines.pop().strip()} {name}"
    # "the Council of the Township of Birch Hollow": the council of the issuing town is its Council
    name = _OF_THE_TOWN.sub("", name)
    return re.sub(r"^(?:The|This|That)\s+", "", name)


def danish_definite(word: str) -> str:
    """Return a Danish body's word in its definite form: "bestyrelse" -> "bestyrelsen", "udvalg" -> "udvalget"."""
    word = word.casefold()
    if word.endswith("e"):
        return word + "n"
    if word.endswith(("råd", "udvalg", "nævn")):
        return word + "et"
    return word + "en"
