"""Tell what kind of paper a text is (proposal, agenda item, notice, memo, hearing, ...).

Each kind has genre cues; a cue weighs more in the first lines of the paper and more again when it
stands on a line of its own (a form's heading "Mitteilung", "Beschlussvorlage", "Dagsorden").
The cues and the form and genre names are in :mod:`kind_cues`; one agenda item printed alone is told
in :mod:`agenda_items`.
"""

from __future__ import annotations

import re

from townhall.reading.analysis.agenda_items import _LEADING_NUMBER, _agenda_item_layout
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.kind_cues import (
    _CUES,
    _EXECUTIVE_ANTRAG,
    _FORM_HEADINGS,
    _GENRE_HEADINGS,
    EXTRACT_OF_RECORD,
    WEAK_GENRES,
)

_FORM_HEADING_WEIGHT = 8.0
# A form's name followed by its addressee or number on the same line ("Orientering til Økonomiudvalget",
# "Sitzungsvorlage Nr. 20-26 / V 08812") is as good as the name alone.
_HEADING_WITH_TAIL = re.compile(
    r"^(?P<form>[^\W\d_]+(?: [^\W\d_]+)?)(?::|\s+(?:til|om|an|über|für|zur|zum|to|on|for|nr\.?|no\.?|nummer"
    # the record of a meeting named after it: "Referat af skolebestyrelsesmøde", "Niederschrift vom …", "Minutes of …"
    r"|(?P<of>af|fra|vom|of))(?=\s|$))", re.IGNORECASE
)
# Form names that may carry their subject after a colon ("Høringsbrev: Kulturstrategi"); "Referat:" or
# "Antrag:" before a colon are as often a field label (a German department, a motion's wording).
_LABELLED_FORMS = frozenset(
    "høringsbrev høring notat orientering meddelelse memo memorandum beteiligung anhörung mitteilung".split()
)
# The top line of one item cut from a meeting's agenda: "5. Ny skolestruktur i Roskilde".
_NUMBERED_TOP_LINE = re.compile(r"^\d{1,3}\.\s+[A-ZÆØÅÄÖÜ][^\s:]*(?:\s+\S+)+$")
# What an English report asks its committee to do: only to note it (a notice) or to decide.
_ASKED_TO = re.compile(r"\b(?:asked|recommended|requested|invited) to\b", re.IGNORECASE)
_TO_NOTE = re.compile(r"\bnote\b|\bnoting\b", re.IGNORECASE)
_TO_DECIDE = re.compile(
    r"\b(?:approve|agree|adopt|endorse|authori[sz]e|delegate|decide|resolve|allocate|commission|refer|accept)\w*\b",
    re.IGNORECASE,
)
_ASK_WEIGHT = 6.0
# Letters a text recognition engine commonly mistakes in a heading word.
_SCAN_CONFUSIONS = (("rn", "m"), ("0", "o"), ("1", "l"), ("unq", "ung"), ("lft", "ift"))
# A member's motion put on an agenda ("Punkt 14. Medlemsforslag fra ...") stays a motion.
_STRONG_HEAD_CUE = 5.0
_DECISION_SECTION = re.compile(r"^\s*(?:indstilling og beslutning|beslutning(?: i)? [^\n]{3,60} den\b.*)\s*$", re.IGNORECASE | re.MULTILINE)
_ITEM_TITLE = re.compile(r"^\s*(?:\d{1,3}\.\s+\S.*\(\d{2,4}[-/]\d{2,}\)|(?:TOP|Ö|N)\s?\d{1,3}\b.*)\s*$", re.MULTILINE)
# The heading of a recommendation to the body that decides: "Indstilling", "Rådmandens indstilling:", "Recommendations".
_RECOMMENDATION_SECTION = re.compile(
    r"^\s*(?:\d\.\s*)?(?:\w+s\s+)?(?:Indstilling|Forslag til beslutning|Beslutningspunkter|Beschlussvorschlag"
    r"|Beschlussempfehlung|Recommendations?)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_LINES = 12
_HEAD_FACTOR = 2.5
_OWN_LINE_BONUS = 2.0
_MIN_SCORE = 2.0
_MAX_HITS_PER_CUE = 3
# Genre cues sit at the top of a paper (form headings) and at its end (closings); the middle of a long
# paper adds little but time.
_HEAD_SAMPLE = 2500
_TAIL_SAMPLE = 800


def classify_kind(text: str) -> str:
    """Return the kind of paper *text* is, or "other" when no genre cue is strong enough."""
    if len(text) > _HEAD_SAMPLE + _TAIL_SAMPLE:
        text = text[:_HEAD_SAMPLE] + "\n" + text[-_TAIL_SAMPLE:]
    lines = [line.strip() for line in text.split("\n")]
    head_end = _head_end(lines)
    head_chars = sum(len(line) + 1 for line in lines[:head_end])
    scores: dict[str, float] = {}
    lowered = text.lower()
    for kind, guards, pattern, weight in _CUES:
        if not any(guard in lowered for guard in guards):
            continue
        total = 0.0
        for hits, match in enumerate(pattern.finditer(text)):
            if hits >= _MAX_HITS_PER_CUE:
                break
            value = weight
            if match.start() < head_chars:
                value *= _HEAD_FACTOR
                if _own_line(text, match):
                    value += _OWN_LINE_BONUS
            total += value
        if total:
            scores[kind] = scores.get(kind, 0.0) + total
    headings: set[str] = set()
    for line in lines[:head_end]:
        bare = line.strip(" :*")
        heading = _FORM_HEADINGS.get(bare.casefold()) or _FORM_HEADINGS.get(_unscanned(bare))
        if not heading and (tail := _HEADING_WITH_TAIL.match(bare)):
            form = tail.group("form").casefold()
            if not tail.group(0).endswith(":") or form in _LABELLED_FORMS:
                heading = _FORM_HEADINGS.get(form)
            if tail.group("of") and heading != "minutes":
                heading = None  # "Beslutningsforslag fra Enhedslisten": who puts a paper forward is not its form's name
        if not heading:
            heading = _longer_genre(bare.casefold())  # "Request to Appear as a Delegation before Council"
        if heading:
            headings.add(heading)
            scores[heading] = scores.get(heading, 0.0) + _FORM_HEADING_WEIGHT
    if (
        _DECISION_SECTION.search(text)
        and scores.get("agenda_item", 0) >= max(scores.get("agenda", 0), scores.get("minutes", 0))
        and scores.get("motion", 0) < _STRONG_HEAD_CUE
    ):
        # A recommendation followed by the body's decision is one item of a meeting.
        scores["agenda_item"] = max(scores.values(), default=0.0) + 1.0
    asked = _asked_to(text)
    if asked:
        scores[asked] = scores.get(asked, 0.0) + _ASK_WEIGHT
    if asked == "notice" and scores.get("proposal", 0) >= scores["notice"]:
        # A report whose only request is to note it informs; "Recommendations" is just its form's heading.
        scores["notice"] = scores["proposal"] + 1.0
    kind, score = max(scores.items(), key=lambda item: item[1]) if scores else ("other", 0.0)
    if kind == "hearing" and "hearing" not in headings and _RECOMMENDATION_SECTION.search(text):
        # A paper with a recommendation for a body to decide reports a hearing held or to be held ("har været i
        # høring", "høringssvarene"); a hearing letter recommends nothing.
        others = [(other, value) for other, value in scores.items() if other != "hearing"]
        kind, score = max(others, key=lambda item: item[1], default=("proposal", _MIN_SCORE))
    if kind == "letter" and len(headings - {"letter"}) == 1:
        # A salutation and a closing frame many forms; the form's own name says which one this is.
        kind = next(iter(headings - {"letter"}))
    if score < _MIN_SCORE:
        kind = "other"
    if kind == "agenda_item" and len(_ITEM_TITLE.findall(text)) > 1:
        # Several numbered items with their case numbers: the whole agenda or its minutes.
        return "minutes" if scores.get("minutes", 0) > scores.get("agenda", 0) else "agenda"
    filled = [line for line in lines if line]
    # Without a form's name of its own, a hearing held or attendance noted in the item's text says no more; a paper
    # with no other cue is the item when its number field follows the title.
    uncued = kind == "other" or kind in ("hearing", "minutes") and not headings
    if (
        (kind in ("proposal", "notice", "memo") or uncued and any(is_reference_field(line) for line in filled[1:4]))
        and _NUMBERED_TOP_LINE.match(filled[0] if filled else "")
        and scores.get("motion", 0) < _STRONG_HEAD_CUE
        and len(_ITEM_TITLE.findall(text)) <= 1
    ):
        # A paper whose first line is a numbered item's title is that item, cut from a meeting's agenda.
        return "agenda_item"
    return kind


def is_reference_field(line: str) -> bool:
    """Tell whether *line* is a case or paper number field: "Sagsnr.: 24-006697", "Sagsnr. 25/18830", "Our ref: …"."""
    line = line.strip()
    label = line.split(":")[0] if ":" in line else line.split(" ")[0]
    return bool(line) and label != line and label_key(label.strip()) in ("case", "paper")


def _unscanned(word: str) -> str:
    """Undo the letter confusions of a scanned heading ("Mitteilunq", "Niederschrlft", "Protokol1")."""
    word = word.casefold()
    for wrong, right in _SCAN_CONFUSIONS:
        word = word.replace(wrong, right)
    return word


def _asked_to(text: str) -> str | None:
    """Return "notice" when a report only asks its readers to note it, "proposal" when it asks for a decision."""
    verdict = None
    for match in _ASKED_TO.finditer(text):
        end = text.find("\n\n", match.end())
        if end < 0 or end - match.end() > 600:
            end = min(len(text), match.end() + 600)
        request = text[match.end() : end]
        if _TO_DECIDE.search(request):
            return "proposal"
        if _TO_NOTE.search(request[:40]):
            verdict = "notice"
    return verdict


def _head_end(lines: list[str]) -> int:
    seen = 0
    for index, line in enumerate(lines):
        if line:
            seen += 1
            if seen >= _HEAD_LINES:
                return index + 1
    return len(lines)


def _own_line(text: str, match: re.Match) -> bool:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end >= 0 else len(text)].strip(" \t:*")
    return len(line) <= len(match.group(0).strip()) + 12


# --- Kind from the layout: the genre named by the paper's own heading ---------------------------

_GENRE_OPENING = re.compile(
    r"^(?P<genre>[^\W\d_]+(?:(?:[ -]|['’]s )[^\W\d_]+){0,2}?)\s*(?::|[-–—]\s|\s(?P<preposition>zur|zum|der|des|über|für|an|til|om|af|fra|for|to|on|of|from|vom|am|nr\.?|no\.?|nummer"
    r"|vedrørende|vedr\.|angående|betreffend|betreffs|bezüglich|regarding|concerning|gemäß|gemäss|gem\.)\s)",
    re.IGNORECASE,
)
_HEAD_ADDRESSES = 14


_EXECUTIVE_ANTRAG_LINE = re.compile(_EXECUTIVE_ANTRAG, re.IGNORECASE)
_EXTRACT_LINE = re.compile(EXTRACT_OF_RECORD, re.IGNORECASE)


def kind_from_layout(document, text: str = "") -> tuple[str, object] | None:
    """Return the kind the paper's own heading names, with the line it stands on, or None.

    Only the head of the first page is read, and only lines set as headings or standing alone:
    a genre word in running text ("the minutes of the last meeting") says nothing. A general
    genre word (:data:`WEAK_GENRES`) gives way to a more telling kind the *text*'s cues name.
    """
    head = [address for address in document.addresses if address.page == 1][:_HEAD_ADDRESSES]
    # One item of an agenda names its proposal in a section heading ("Beschlussvorschlag"),
    # which is no genre of the paper: the item's own layout is read first.
    item = _agenda_item_layout(document, head)
    if item is not None:
        return "agenda_item", item
    for address in head:
        for heading in _heading_texts(address):
            kind = _genre(heading)
            if kind is not None:
                word = _LEADING_NUMBER.sub("", heading.strip(" :*")).split()[0].casefold().strip(":-")
                if word in WEAK_GENRES and text:
                    refined = classify_kind(text)
                    if refined in WEAK_GENRES[word]:
                        return refined, address
                return kind, address
    return None


def _heading_texts(address) -> list[str]:
    item = address.item
    lines = getattr(item, "lines", None)
    standing_alone = lines is not None and len(lines) == 1
    if address.row is not None:
        # A table row of one cell: the form's title across the table ("Budget Amendment Form").
        standing_alone = sum(1 for cell in item.rows[address.row] if cell.text.strip()) == 1
    prominent = getattr(item, "role", "") == "heading" or address.source.bold or (address.source.size or 0) >= 13
    if (
        not standing_alone and not prominent and lines is not None and len(lines) == 2 and lines[0] is address.source
        and lines[1].text[:1].islower()
    ):
        # A heading wrapped onto a second line that goes on with a small letter: "Amtsvortrag" over
        # "für die Sitzung des Gemeinderates am …" is one heading in two lines.
        return [" ".join(f"{lines[0].text} {lines[1].text}".split())]
    text = " ".join(address.text.split())
    if not (standing_alone or prominent):
        # Plain text and some exports set the head as one block: a line there that is a form's name
        # ("Beschlussempfehlung"), or the block's first line opening with one ("Extract from the Minute
        # of …"), still names the genre. "Dagsorden" over a meeting's date in such a block heads the
        # meeting that one printed item comes from, not the paper.
        first = lines is not None and lines[0] is address.source
        named = _addressed_form(text.casefold().strip(" :*"))
        if named is None and first and len(text.split()) <= 10:
            named = _genre(text)
        return [text] if named is not None and named != "agenda" else []
    texts = [text]
    if "\t" in address.text:
        texts.append(address.text.split("\t")[0].strip())
    return texts


def is_genre_name(text: str) -> bool:
    """Tell whether *text* is only the name of a paper's genre ("Beschlussvorlage", "Notat", "Report")."""
    folded = _unspaced(text.strip(" :*").casefold())
    return folded in _GENRE_HEADINGS or folded in ("indstilling", "beslutning", "orientering")


def _genre(text: str) -> str | None:
    bare = text.strip(" :*")
    unnumbered = _LEADING_NUMBER.sub("", bare)
    if _EXECUTIVE_ANTRAG_LINE.match(unnumbered):
        return "proposal"
    if _EXTRACT_LINE.match(unnumbered):
        return "minutes"
    folded = _unspaced(unnumbered.casefold())
    kind = _addressed_form(folded)
    if kind is None:
        opening = _GENRE_OPENING.match(folded)
        if opening:
            genre = opening.group("genre").strip()
            with_preposition = f"{genre} {opening.group('preposition')}" if opening.group("preposition") else None
            kind = _GENRE_HEADINGS.get(with_preposition or "") or _GENRE_HEADINGS.get(genre)
    if kind is None:
        kind = _longer_genre(folded)
    if kind is not None and unnumbered != bare and kind != "motion":
        # A numbered item of an agenda about a memo or a report is still an agenda item; only a
        # member's motion put on the agenda keeps its genre.
        return None
    return kind


# What may follow a genre's name of several words before the subject or a second genre: a dash, a colon, "and".
_AFTER_LONGER_GENRE = {"-", "–", "—", "and", "og", "und", "before"}
_LONGER_GENRE_WORDS = 6


def _longer_genre(folded: str) -> str | None:
    """Return the kind a genre's name of several words opening *folded* names before a dash or "and".

    "Indkaldelse til åstedsforretning – ekspropriation til …", "Notice of public rights and publication of …": the
    opening reading stops at the first preposition, which leaves such a name unread.
    """
    words = folded.split()
    for count in range(min(_LONGER_GENRE_WORDS, len(words) - 1), 1, -1):
        name = " ".join(words[:count])
        if name.endswith(":") and name[:-1] in _GENRE_HEADINGS:
            name = name[:-1]
        elif not (name in _GENRE_HEADINGS and words[count] in _AFTER_LONGER_GENRE):
            continue
        # (a record's heading goes on with its meeting, "Disposition of Items – Council Meeting – …", which the record's
        # own readings take apart)
        return None if _GENRE_HEADINGS[name] in ("minutes", "agenda") else _GENRE_HEADINGS[name]
    return None


def opens_with_longer_genre(line: str) -> bool:
    """Tell whether *line* opens with a genre's name of several words and goes on ("Request to Appear … before Council")."""
    return _longer_genre(line.strip(" :*").casefold()) is not None


# A form's name after the body it goes to: "City Council Agenda Report", "Planning Commission Staff Report".
_BODY_BEFORE_FORM = re.compile(
    r"^(?:(?:city|town|village|county|borough|district|regional|township|municipal|school|planning)\s+)?"
    r"(?:council|commission|board|committee|cabinet)\s+(?P<form>[^\W\d_]+(?: [^\W\d_]+){0,2})$"
)


def _addressed_form(folded: str) -> str | None:
    """Return the kind a casefolded heading names as a form's name, alone or after the body it goes to."""
    kind = _GENRE_HEADINGS.get(folded)
    if kind is None and (addressed := _BODY_BEFORE_FORM.match(folded)) is not None:
        kind = _GENRE_HEADINGS.get(addressed.group("form"))
    return kind


def _unspaced(text: str) -> str:
    """Close up a letter-spaced word ("t a g e s o r d n u n g" -> "tagesordnung")."""
    if re.fullmatch(r"(?:\w ){3,}\w", text):
        return text.replace(" ", "")
    return text
