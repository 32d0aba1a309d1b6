"""An event's name and place as a sentence gives them: a quoted or unmarked title, a proper name, a place."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD
from townhall.reading.analysis.dates.months import MONTHS
from townhall.reading.analysis.events.groups import _GROUP_NOUN_END
from townhall.reading.analysis.events.nouns import _BASE_FORMS, _UPPER, _WORD, _event_nouns
from townhall.reading.analysis.events.sentences import _DATE_GOES_ON, _TRAILING_DAY


_MARKED = re.compile(
    r"\*\*?([^*\n]{3,120}?)\*\*?|„([^“”\n]{3,160})[“”]|“([^”\n]{3,160})”|\"([^\"\n]{3,160})\""
)
_TITLE = re.compile(
    r"(?:med\s+titlen|med\s+temaet|under\s+overskriften|unter\s+dem\s+(?:Titel|Motto)|"
    r"entitled|titled|with\s+the\s+(?:title|theme))\s*:?\s*"
    r"(?:\*\*?([^*\n]{3,160}?)\*\*?|„([^“”\n]{3,200})[“”]|"
    r"“([^”\n]{3,200})”|\"([^\"\n]{3,200})\"|([A-ZÆØÅÄÖÜ][^.!?\n]{2,160}))",
    re.IGNORECASE,
)
_PLACE_BEFORE_REACH = 40
_MONTH_NAMES = frozenset(w for ws in MONTHS.values() for w in ws)
_TITLE_WORDS = ("titl", "titel", "tema", "theme", "overskrift", "motto")
_PLACE = re.compile(
    rf"(?<![\w-])(?:i|in|im|in der|in dem|at|at the|på|auf dem|auf der|auf|ved)\s+"
    rf"(?P<place>[{_UPPER}][\w’'-]*(?:\s+(?:(?:der|des|im|am|in|of|the|von)\s+)?[{_UPPER}][\w’'-]*){{0,5}}"
    rf"(?:\s+\d{{1,3}}[a-z]?(?![\d.:]))?)"
)
_PLACE_LABEL = re.compile(
    r"^[ \t]*(?:Ort|Veranstaltungsort|Sted|Venue|Place|Location)[ \t]*:[ \t]*(?P<place>[^\n]{2,100})$",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_A_PLACE = re.compile(
    r"^(?:Rahmen|Jahr|Jahre|Jahren|Anschluss|Vorfeld|Auftrag|Namen|Hinblick|Zusammenhang|Zuge|Zusammenarbeit|"
    r"Höhe|Laufe|Mittelpunkt|Vordergrund|Bereich|Sinne|Fokus|Vergleich|Anlage|Folge|Form|Zukunft|Verlauf|"
    r"Ergebnis|Vorlage|Sitzung|Kraft|Herbst|Frühjahr|Sommer|Winter|Frühling|Anwesenheit|Beisein|Schwerpunkt|"
    r"Mittel|Wege|Vertretung|Auftakt|Europa|Deutschland|Danmark|Arbeitsmarkt|Beispiel|Hintergrund|Titel|"
    r"Addition|Order|Respect|Response|Relation|The|This|That|Our|Your|Their|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Q\d|EU-niveau|Planning|Partnership)\b"
)
_NOT_NAME_WORDS = "Die|Der|Das|Den|The|This|It|Es|Sie|Er|Wir|Vi|Det"
_EVENT_VERB = re.compile(
    r"stattfinden|findet\b.{0,120}?\bstatt\b|fand\b.{0,120}?\bstatt\b|stattgefunden|veranstaltet|lädt|eingeladen|"
    r"afholde[rst]?|afholdt|inviteres|inviterer|arrangere[rs]?|holdes|(?-i:holder)\b|"
    r"take[sn]? place|took place|will\s+be\s+held|was\s+held|were\s+held|is\s+held|are\s+held|hosts?|hosted|invited|invites|"
    r"organi[sz]e[sd]?|will run|(?:will|shall|to)\s+hold\b",
    re.IGNORECASE,
)
_ARTICLES = {"die", "der", "das", "den", "dem", "des", "the", "a", "an", "en", "et", "ein", "eine", "einer",
             "eines", "næste", "denne", "dette", "diese", "dieser", "this", "that", "vores", "unsere", "our",
             "international", "internationale", "årlige", "annual", "jährliche"}
_ADJECTIVE = re.compile(r"[a-zæøåäöü]+(?:ige|iske|ske|ale|lige|nale|e)")
_ENGLISH_DESCRIPTION = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ur|[Tt]wo|[Tt]hree)\s+"
    r"(?P<words>(?:(?!(?:and|or|of|to|at|on|in|for)\s)[a-z][\w-]*\s+){1,3})\Z"
)
_ENGLISH_PROPER_NOUN = re.compile(
    r"(?:[A-Z][\w&-]*\s+){1,6}(?:Conference|Summit|Congress|Symposium|Forum|Festival|Expo)\b"
)


def _plain_name(name: str) -> str:
    """Drop a generic word before an event's own title ("Veranstaltung: Mobilitätstag 2009").

    A name of one word is given in its base form: "På temadagen" is the "Temadag", "Temamødet" the
    "Temamøde" (Danish puts the article at the end of the noun).
    """
    base, colon, title = name.partition(":")
    name = title.strip() if colon and title.strip() and base.strip().casefold() in _GENERIC_EVENT_WORDS else name
    name = _LEADING_PREPOSITION.sub("", name)
    if " " not in name:
        for definite, indefinite in _DANISH_DEFINITE:
            if name.casefold().endswith(definite) and name.casefold()[: -len(definite)] + indefinite in _BASE_FORMS:
                name = name[: len(name) - len(definite)] + indefinite
                break
        name = name[:1].upper() + name[1:]
    return name


_LEADING_PREPOSITION = re.compile(r"^(?:På|I|Ved|Til|Am|Auf|Bei|Zum|Zur|At|On|In)\s+(?=\S)", re.IGNORECASE)
_DANISH_DEFINITE = (("iet", ""), ("et", ""), ("en", ""), ("erne", "er"))


_GENERIC_EVENT_WORDS = frozenset(
    "veranstaltung veranstaltungen arrangement arrangementet arrangementer event the event termin".split()
)


_QUOTED_AFTER = re.compile(r"\s*(?:„([^“”\n]{3,120})[“”]|\"([^\"\n]{3,120})\"|“([^”\n]{3,120})”)")


_LABEL_AFTER = re.compile(r"[ \t]*:")


def _names_a_label(sentence: str, name_start: int, name_end: int) -> bool:
    """Tell whether the event's name opens its line as a label ("Drop-in session: Library, 25 March 2026")."""
    line_start = sentence.rfind("\n", 0, name_start) + 1
    return not sentence[line_start:name_start].strip(" \t-•*") and bool(_LABEL_AFTER.match(sentence, name_end))


_UNMARKED_TITLE_END = re.compile(
    r"\s(?:findet|fand|wird|wurde|afholdes|afholdt|blev|takes|took|will|was|is|i|in|im|am|den|d\.|on|at|på)\s|,\s"
)


def _title_text(title: re.Match) -> str:
    """Return the title an event is given, cut where an unquoted title runs into the sentence."""
    *quoted, bare = title.groups()
    text = next((g for g in quoted if g), None)
    if text is None:
        end = _UNMARKED_TITLE_END.search(bare)
        text = bare[:end.start()] if end else bare
    return text.strip()


def _part_of_group_name(sentence: str, noun: re.Match) -> bool:
    previous = sentence[:noun.start()].split()
    return bool(previous) and _GROUP_NOUN_END.search(previous[-1]) is not None


def _is_marked(noun: re.Match, marked) -> bool:
    return any(a <= noun.start() and noun.end() <= b for a, b, _ in marked)


def _event_name(sentence: str, noun: re.Match, marked) -> tuple[str, bool, int, int]:
    """Return the event's name as written, whether it is a proper name, and where the name starts and ends."""
    for a, b, content in marked:
        if a <= noun.start() and noun.end() <= b:
            return content.strip(), True, a, b
    words = sentence[:noun.start()].split()
    # "Eurocities' årlige konference": lowercase adjectives belong to the name only after a proper name
    adjectives: list[str] = []
    while words and len(adjectives) < 2 and _ADJECTIVE.fullmatch(words[-1]):
        adjectives.insert(0, words.pop())
    lead: list[str] = []
    for word in reversed(words):
        bare = word.strip("*_")
        if re.fullmatch(r"\d{1,2}\.", bare):
            lead.insert(0, bare)  # "4. Integrationskonferenz", "3. Bonner Klimagipfel"
            break
        if bare and bare[0].isupper() and not BODY_WORD.search(bare) and re.fullmatch(_WORD, bare) and len(lead) < 5:
            lead.insert(0, bare)
            continue
        break
    while lead and lead[0].casefold() in _ARTICLES:
        lead = lead[1:]
    if lead and not re.fullmatch(r"\d{1,2}\.", lead[-1]):
        lead += adjectives
    described = None
    if not lead and noun.group()[:1].islower():
        described = _ENGLISH_DESCRIPTION.search(sentence, 0, noun.start())
    if described and not any(w.casefold() in _ARTICLES for w in described.group("words").split()):
        lead = described.group("words").split()  # "a public drop-in event"
    tail_match = re.match(
        rf"(?:\s+(?:19|20)\d\d(?![\d.-]))?(?:\s+(?:der|des|of the|of)\s+[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*){{0,2}}"
        rf"|(?:\s+(?!(?:{_NOT_NAME_WORDS})\b)[{_UPPER}][\w-]*){{1,3}}"
        rf"(?=\s+(?:findet|fand|wird|wurde|ist|war|am|vom|in|im|ein)\b))?",
        sentence[noun.end():],
    )
    tail = tail_match.group() if tail_match else ""
    name = " ".join([*lead, noun.group() + tail]).strip()
    name = re.sub(r"\s+", " ", name)
    has_year = bool(re.search(r"(?:19|20)\d\d", tail))
    proper = bool(lead) or has_year or bool(tail.strip())
    name_start = max(0, sentence.rfind(lead[0], 0, noun.start())) if lead else noun.start()
    return name, proper, name_start, noun.end() + len(tail)


def _event_place(text, sentence, start, end, name_start, name_end, marked) -> str | None:
    def unmarked(position: int) -> bool:
        return not any(a <= position < b for a, b, _ in marked)

    # the place usually follows the name ("konference i Dublin"), else it leads the sentence
    # ("Am 15. November findet im Alten Rathaus der Integrationsgipfel statt")
    after = list(_PLACE.finditer(sentence, name_end))
    before = list(_PLACE.finditer(sentence, max(0, name_start - _PLACE_BEFORE_REACH), name_start))
    for m in after + before:
        if not unmarked(m.start()):
            continue
        place = m.group("place")
        if _NOT_A_PLACE.match(place) or BODY_WORD.search(place) or _event_nouns(place):
            continue
        if place.casefold() in _MONTH_NAMES:
            continue
        day = _TRAILING_DAY.search(place)
        if day and _DATE_GOES_ON.match(sentence[m.end("place"):m.end("place") + 20]):
            place = place[: day.start()]  # "in Camden 9-10 September": the day opens a date, not an address
        return place.strip()
    label = _PLACE_LABEL.search(text[start:min(len(text), end + 300)])
    if label:
        return label.group("place").strip(" *")
    return None
