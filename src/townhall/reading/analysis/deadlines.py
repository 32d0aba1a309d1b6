"""Find the dates by which someone must act: registrations, hearing responses, replies."""

from __future__ import annotations

import re
from datetime import date

from townhall.reading.card import DeadlineFact

from .dates import find_dates
from .dates.context import label_above, sentence_after, sentence_before
from .dates.mention import DateMention
from .dates.roles import EXTENDED_TO, classify_role
from .form_values import full_label

_PERIOD_WORDS = re.compile(
    r"\s*(?:\b(?:i perioden|im zeitraum|in the period|for the period)\b)?\s*(?:\b(?:fra|from|vom|von|den|d\.|the)\s+)*$",
    re.IGNORECASE,
)

# "Frist for høringssvar er ...", "Deadline for applications: ...", "Frist für Stellungnahmen ist ..."
_FRIST_FOR = re.compile(
    r"(?:frist|fristen|deadline|the deadline|closing date)\s+(?:for|für|til|zur|zum|til at)\s+(?P<what>[^.:\n]{2,80}?)"
    r"\s*(?:er|ist|is|are|:|endet|udløber)\s*(?:(?:am|den|d\.|der|the|on|kl\.\s*\S+\s+)\s*)*$",
    re.IGNORECASE,
)
# "Høringsfristen er ...", "Anmeldeschluss ist ...": the compound says what is due
_COMPOUND_DEADLINE = re.compile(
    r"(?P<what>[^\W\d_]+?)(?:fristen|frist|schluss|termin)\s*(?:er|ist|is|:)?\s*(?:(?:am|den|d\.|der)\s+)*$",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\s*(?:,\s*)?(?:(?:dog\s+|jedoch\s+|allerdings\s+)?(?:senest|spätestens|no later than|not later than|"
    r"bis(?:\s+(?:zum|spätestens|einschließlich))?|by|before|inden|until|frist\w*|deadline\w*))"
    r"(?:\s+(?:am|den|d\.|der|zum|the|on|på|um|at|kl\.\s*\S+|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)))*\s*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r".*(?:[,;:]\s+|\s(?:eller|oder|or|og|und|and|men|aber|but|så|so)\s+)", re.IGNORECASE | re.DOTALL
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:til at|at|um|to|please|bitte|vi|wir|we|I|De|Sie|du|man|you|jeres|your|derfor|daher|therefore|"
    r"hermed|hiermit|venligst|gerne|also|også|auch)\s+)+",
    re.IGNORECASE,
)
# the verbs that close "Tilmelding skal være modtaget", "Stellungnahmen müssen eingegangen sein"
_AUXILIARY_WORDS = (
    "skal|bedes|kan|må|vil|være|modtaget|sendes|indsendes|muss|müssen|sollte|sollten|soll|sollen|kann|können|"
    "werden|wird|sein|must|should|can|will|be|are|is|er|ist|received|sent|submitted|eingegangen|vorliegen|zugehen"
)
_AUXILIARIES = re.compile(rf"(?:\s+(?:{_AUXILIARY_WORDS})\b)+\s*$", re.IGNORECASE)
# a dot inside a word ("stadt.freiburg.de") does not end the phrase
_RECIPIENT_AFTER = re.compile(
    r"^\s*(?:til|to|an|hos|bei|beim|at|an das|an den|an die)\s+(?:[^.,;\n]|\.(?=\w)){2,60}", re.IGNORECASE
)
_TAIL_AFTER = re.compile(
    r"^\s*((?:[^.,;\n]|\.(?=\w)){2,70}?)\s*(?:werden|zu\s+\w+|sein|worden)?\s*(?:[,;\n]|\.(?!\w)|$)", re.IGNORECASE
)
_MODAL_SPLIT = re.compile(
    r"\s(?:skal|bedes|muss|müssen|sollte|sollten|soll|sollen|must|should|need to)\s",
    re.IGNORECASE,
)
_RECIPIENT_IN_CLAUSE = re.compile(r"\b(?:til|to|an|bei|beim|hos)\s+(?:[^\s,;]+\s*){1,4}$", re.IGNORECASE)
_TRAILING_AUXILIARY = re.compile(r"(?:\s+(?:werden|worden|sein|be|være|blive))+\s*$", re.IGNORECASE)
_MAX_PURPOSE_WORDS = 14


def extract_deadlines(text: str, language: str | None = None, *, reference: date | None = None) -> list[DeadlineFact]:
    """Return the deadlines the text sets, each with what must be done by then where it says.

    A deadline written without its year ("senest den 19. november") falls in the year that puts
    it nearest to *reference* (the paper's date or first meeting) when that is known: the last
    year the prose mentions is often a budget or plan year, not the deadline's.
    """
    facts: list[DeadlineFact] = []
    seen = set()
    for mention in find_dates(text, language):
        if mention.precision != "day" or classify_role(text, mention) != "deadline":
            continue
        when = mention.end or mention.start
        if reference is not None and not _WRITTEN_YEAR.search(mention.text):
            when = _nearest_year(when, reference)
        if when in seen:
            continue
        seen.add(when)
        facts.append(DeadlineFact(when, _purpose(text, mention)))
    return facts


_WRITTEN_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def _nearest_year(when: date, reference: date) -> date:
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(when.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda day: abs((day - reference).days)) if candidates else when


def _purpose(text: str, mention: DateMention) -> str | None:
    """Return a short phrase for what must be done by the date at ``mention``."""
    label = label_above(text, mention.span[0])
    if label and not text[text.rfind("\n", 0, mention.span[0]) + 1:mention.span[0]].strip():
        # A field's label over its value says what the date is for, written out in full if the form
        # cut it short ("Fristverl." is "Fristverlängerung").
        return _tidy(full_label(label.rstrip(" :"), "deadline"))
    before = sentence_before(text, mention.span[0], reach=240)
    after = sentence_after(text, mention.span[1])
    if EXTENDED_TO.search(before):
        # "partshøring … i perioden den A til den B med forlængelse til den C": what the period was for
        first = find_dates(before)
        head = _PERIOD_WORDS.sub("", before[: first[0].span[0]] if first else before)
        return _tidy(head) or None
    named = _FRIST_FOR.search(before)
    if named:
        return _tidy(named.group("what"))
    compound = _COMPOUND_DEADLINE.search(before)
    if compound and len(compound.group("what")) > 3:
        return _tidy(compound.group("what").rstrip("s"))
    cue = _CUE.search(before)
    head = before[:cue.start()] if cue else before
    clause = _CLAUSE_BREAK.sub("", head) if _CLAUSE_BREAK.match(head) else head
    clause = _LEADING_FILLER.sub("", clause.strip())
    clause = _AUXILIARIES.sub("", clause)
    modal = _MODAL_SPLIT.search(clause)
    if modal and modal.start() > 0:
        # "Indsigelser skal være kommunen i hænde": the subject says what is due; keep its recipient
        recipient_before = _RECIPIENT_IN_CLAUSE.search(clause, modal.end())
        clause = clause[:modal.start()] + (" " + recipient_before.group() if recipient_before else "")
    tail = ""
    recipient = _RECIPIENT_AFTER.match(after)
    if recipient:
        tail = recipient.group().strip()
    else:
        rest = _TAIL_AFTER.match(after)
        if rest and len(rest.group(1).split()) <= 6:
            tail = re.sub(r"^(?:og|und|and)\s+", "", rest.group(1).strip(), flags=re.IGNORECASE)
    purpose = _tidy(_TRAILING_AUXILIARY.sub("", f"{clause} {tail}"))
    return purpose or None


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"[*_\[\]]+", "", phrase)
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:-–")
    words = phrase.split()
    if len(words) > _MAX_PURPOSE_WORDS:
        phrase = " ".join(words[-_MAX_PURPOSE_WORDS:])
    return phrase[:1].upper() + phrase[1:] if phrase else phrase
