"""Find the conferences, meetings, hearings and workshops a paper announces or reports."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from townhall.reading.card import EventFact

from .attachments import find_attachments
from .consultations import extract_consultations
from .consultations.words import BODY_WORD
from .dates import find_dates
from .dates.context import sentence_after
from .dates.mention import DateMention
from .dates.months import ANY_WEEKDAY, MONTHS
from .dates.roles import classify_role
from .dates.schedules import in_schedule

_UPPER = "A-ZÆØÅÄÖÜ"
_WORD = r"[^\W\d_][\w&'’-]*"

# An event noun closes its word: "Integrationskonferenz", "konferencen", "Conference", "Fachtag".
_EVENT_ENDINGS = tuple(
    "konference konferencen konferencer konferencerne konferenz konferenzen conference conferences kongres "
    "kongressen kongress congress symposium symposiet symposion seminar seminaret seminarer seminars workshop "
    "workshoppen workshops tagung fachtag fachtagung festival festivalet summit topmøde topmødet borgermøde "
    "borgermødet dialogmøde dialogmødet informationsmøde informationsmødet temamøde temamødet stormøde "
    "stormødet høringsmøde høringsmødet netværksmøde netværksmødet temadag temadagen bürgerversammlung "
    "einwohnerversammlung informationsveranstaltung auftaktveranstaltung fachveranstaltung bürgerdialog "
    "messe expo gipfel klimagipfel gipfeltreffen netzwerktreffen event veranstaltung podiumsdiskussion "
    "fachgespräch infoabend informationsabend festakt årsmøde årsmødet fyraftensmøde fyraftensmødet webinar "
    "webinaret webinars roadshow forum forummet ortstermin treffen stadtteilfest sommerfest straßenfest seminariet "
    "begehung besichtigung sammelaktion informationsaften orienteringsmøde orienteringsmødet borgerdialog "
    "fællesmøde fællesmødet ortsbegehung bürgerinformation bürgerforum werkstatt zukunftswerkstatt "
    "planungswerkstatt bürgerwerkstatt fremtidsværksted borgerværksted besigtigelse besigtigelsen "
    # a hui: the gathering New Zealand councils hold with a community or on a marae
    "hui "
    # an Austrian site inspection with those concerned
    "ortsaugenschein lokalaugenschein "
    # a walk through a district with its residents, a concert, a school's or a town's party
    "spaziergang rundgang stadtteilrundgang koncert koncerten konzert concert skolefest skolefesten byfest byfesten".split()
)
# "in the event of": the word names no event
_IDIOM_BEFORE = re.compile(r"(?<![\w-])(?:in|at all)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Conference Room 2", "Conference Centre": a place, not an event
_VENUE_AFTER = re.compile(r"\s+(?:rooms?|centre|center|hall|suite|facilities|call)\b", re.IGNORECASE)
# Events English (and Danish and German) name in two or more words: "public information centre", "briefing session", "åbent hus".
_PHRASE_EVENTS = (
    "public meeting", "public hearing", "öffentliche anhörung", "open day", "public information centre", "public information center",
    "public information meeting", "information session", "information evening", "briefing session", "drop-in session",
    "consultation event", "community meeting", "town hall meeting", "open house", "site visit", "åbent hus",
    "tag der offenen tür", "tage der offenen tür",
    # a meeting open to the public, the Danish counterpart of a public meeting ("et åbent møde for borgerne")
    "åbent møde", "åbne møde",
    # the meeting of a parish's or town's electors that English local councils call once a year
    "parish meeting", "town meeting",
)
# A text layer may break a phrase over two lines ("Tag der / offenen Tür"), never over a paragraph.
_PHRASE_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_TWO_WORD_EVENTS = re.compile(
    r"\b(?:" + "|".join(_PHRASE_GAP.join(map(re.escape, phrase.split())) for phrase in sorted(_PHRASE_EVENTS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w-]+")
_WORD_END = re.compile(r"[^\w-]")


class _Noun:
    """An event noun found in a sentence, with the start/end/group interface of a match."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _event_nouns(sentence: str) -> list[_Noun]:
    """Return the words of ``sentence`` that name an event by their ending ("Integrationskonferenz")."""
    nouns = [_Noun(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)
             if (m.group().lower().endswith(_EVENT_ENDINGS) or _is_feast(sentence, m))
             and not _IDIOM_BEFORE.search(sentence, 0, m.start()) and not _VENUE_AFTER.match(sentence, m.end())]
    nouns.extend(_Noun(m.start(), m.end(), m.group()) for m in _TWO_WORD_EVENTS.finditer(sentence))
    return sorted(nouns, key=_Noun.start)


# A German feast is a noun, capitalised ("das Fest der Kulturen", "Schulfest", "Bürgerfest"); the same letters in lower
# case close a verb ("stellt fest", "legt fest"), and "Fest steht, dass …" and a "Manifest" are no feasts.
_FEAST = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]*fest|Fest")
_NOT_A_FEAST = re.compile(r"\s+(?:steht|stehen|stand|standen)\b")


def _feast_word(word: str) -> bool:
    """Tell whether ``word`` as written names a feast ("Schulfest", "Fest"; not "fest", not "Manifest")."""
    return bool(_FEAST.fullmatch(word)) and not word.lower().endswith("manifest")


def _is_feast(sentence: str, token: re.Match) -> bool:
    return _feast_word(token.group()) and not _NOT_A_FEAST.match(sentence, token.end())


# Stems of the event nouns, for a quick scan of a whole text before any pattern runs (the phrases are found whole).
_EVENT_STEMS = (
    "konferen", "conference", "kongres", "congress", "symposi", "seminar", "workshop", "tagung", "fachtag",
    "festival", "summit", "møde", "temadag", "gipfel", "treffen", "event", "versammlung", "veranstaltung",
    "bürgerdialog", "messe", "expo", "podiumsdiskussion", "fachgespräch", "abend", "festakt", "webinar",
    "roadshow", "forum",
)
# Every event noun must be found by the scan: one no stem covers ("Ortstermin", "Stadtteilfest") is its own stem.
_EVENT_STEMS = (*_EVENT_STEMS, *(word for word in _EVENT_ENDINGS if not any(stem in word for stem in _EVENT_STEMS)), "fest")
# Named groups whose own meetings a paper may report: "Die erweiterte Steuerungsgruppe ..."
_GROUP_NOUN = r"[\wäöüß-]*?(?:gruppe|arbeitskreis|kreis|runde|netzwerk|kommission|team|bündnis|tisch|gemeinschaft)"
_GROUP_NOUN_END = re.compile(_GROUP_NOUN + "$", re.IGNORECASE)
_GROUP_DE = re.compile(
    rf"(?P<article>\b(?:[Dd]ie|[Dd]er|[Dd]as|vom|von der|dem|den)\s+)"
    rf"(?P<group>(?:[a-zäöü]+e[nrs]?\s+|Runde[nrs]?\s+)?(?=[{_UPPER}])(?i:{_GROUP_NOUN})\b"
    rf"(?:\s+(?:(?:zur|zum|für|des|der|und|von)\s+)?[{_UPPER}][\wäöüß-]*){{0,6}})"
)
_SITZUNG_AFTER_GROUP = re.compile(
    r"^(?:[^.]{0,60}?\b(?:auf|in|bei|während)\s+(?:ihrer|seiner|einer|der|dessen|deren)\s+"
    r"(?:letzten\s+|gemeinsamen\s+|[\wäöü]+en\s+)?(?:Sitzung|Treffen|Zusammenkunft)\s+(?:am|vom)"
    r"|\s+(?:tagte|traf\s+sich|kam)(?:\s+erstmals|\s+zuletzt)?\s+am)\s+$"
)
_SITZUNG_OF_GROUP = re.compile(
    rf"\b(?P<noun>Sitzung|Treffen)\s+(?P<article>der|des)\s+"
    rf"(?P<group>(?:[a-zäöü]+en\s+)?(?=[{_UPPER}])(?i:{_GROUP_NOUN})"
    rf"(?:\s+(?:(?:zur|zum|für|des|der|und|von)\s+)?[{_UPPER}][\wäöüß-]*){{0,6}})\s+(?:am|vom)\s+$"
)
_GROUP_DA = re.compile(
    r"(?P<group>\b[\wæøå-]*?(?:styregruppe|arbejdsgruppe|følgegruppe|projektgruppe|referencegruppe|"
    r"netværk|partnerskab|panel)(?:n|et|en)?(?:\s+for\s+[\wæøå-]+(?:\s+og\s+[\wæøå-]+)?)?)\s+(?:har\s+)?"
    r"(?:på\s+(?:sit|sine|et|deres)\s+møder?\s+|"
    r"holdt\s+møde\s+|mødtes\s+|drøftede\s+[^.]{0,60}?på\s+(?:sit|et)\s+møde\s+)$",
    re.IGNORECASE,
)
_GROUP_DA_GENITIVE = re.compile(
    r"(?P<group>\b[\wæøå-]*?(?:styregruppe|arbejdsgruppe|følgegruppe|projektgruppe|referencegruppe|"
    r"netværk|partnerskab|panel)(?:n|et|en)?)s\s+møde\s+$",
    re.IGNORECASE,
)
_GROUP_EN = re.compile(
    r"(?:(?:[Tt]he\s+)(?P<group>(?:[\w-]+\s+){0,3}(?:group|steering group|working group|task force|"
    r"network|partnership|forum|panel))\b[^.]{0,80}?\bat\s+(?:its|their|a|the)\s+meeting\s+on\s+|"
    r"\bmeeting\s+of\s+the\s+(?P<group2>(?:[\w-]+\s+){0,3}(?:group|task force|network|partnership|forum|panel))"
    r"\s+(?:held\s+)?on\s+)$",
)

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
    r"afholde[rst]?|afholdt|inviteres|inviterer|arrangere[rs]?|holdes|"
    r"take[sn]? place|took place|will be held|was held|is held|hosts?|hosted|invited|invites|"
    r"organi[sz]e[sd]?|will run",
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


@dataclass
class _Draft:
    name: str
    proper: bool
    place: str | None
    start: date | None
    end: date | None
    position: int
    reportable: bool = True  # False: a dateless name kept only to name a dated mention of the event


def extract_events(
    text: str, language: str | None = None, attachments: Sequence[str] | None = None, record_of: date | None = None
) -> list[EventFact]:
    """Return the events the text announces or reports, merged where it names one event twice.

    ``attachments`` are the titles ``find_attachments`` gives for the text, when the caller has them.
    ``record_of`` is the day of the meeting the text is the minutes of: an event over before it ("der
    Kaffeeklatsch am 14.03.: gelungene Veranstaltung", an earlier temamøde a referat recalls) is what the
    meeting heard about, not an event the record lists.
    """
    found = _extract_events(text, language, attachments)
    if record_of is not None:
        found = [event for event in found if event.start is None or (event.end or event.start) >= record_of]
    return found


def _extract_events(text: str, language: str | None, attachments: Sequence[str] | None) -> list[EventFact]:
    mentions = [m for m in find_dates(text, language) if m.precision == "day"]
    route_dates = {c.date for c in extract_consultations(text, language) if c.date}
    drafts: list[_Draft] = []
    used: set[tuple[int, int]] = set()
    for draft, span in _group_meetings(text, mentions):
        drafts.append(draft)
        used.add(span)
    for draft, span in _reported_meetings(text, mentions, used):
        drafts.append(draft)
        used.add(span)
    for start, end in _sentences_with_event_words(text):
        drafts.extend(_noun_events(text, start, end, mentions, used, route_dates, language))
    for draft, span in _events_named_again(text, mentions, used, route_dates):
        drafts.append(draft)
        used.add(span)
    dated = {draft.start for draft in drafts}
    drafts += [draft for draft in _titled_occasions(text, mentions, used, route_dates) if draft.start not in dated]
    dated = {draft.start for draft in drafts}
    drafts += [draft for draft in _occasions_taking_place(text, mentions, used, route_dates) if draft.start not in dated]
    dated = {draft.start for draft in drafts}
    drafts += [draft for draft in _sessions_under_heading(text, mentions, used) if draft.start not in dated]
    if drafts and _NOT_ANNOUNCED:
        listed = [span for finder in _NOT_ANNOUNCED for span in finder(text, attachments)]
        drafts = [d for d in drafts if not any(a <= d.position < b for a, b in listed)]
    return [EventFact(_plain_name(d.name), d.place, d.start, d.end) for d in _merge(drafts)]


def _attachment_title_spans(text: str, attachments: Sequence[str] | None) -> list[tuple[int, int]]:
    """Return where the text names its attachments ("Referat fra borgermødet 12.03.2024")."""
    titles = find_attachments(text) if attachments is None else attachments
    return [(at, at + len(title)) for title in titles for at in _all_positions(text, title)]


# Where the text names a document, not an event it announces: an attachment's title. A tuple of span
# finders (each ``(text, attachments) -> spans``) so that each is a rule the leave-one-rule-out audit can
# switch off.
_NOT_ANNOUNCED = (_attachment_title_spans,)


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
# Event nouns in their base form, to tell "mødet" (the meeting) from a word that only ends like it.
_BASE_FORMS = frozenset(word.casefold() for word in _EVENT_ENDINGS)


def _same_place(one: _Draft, other: _Draft) -> bool:
    return bool(one.place and other.place and one.place.casefold() == other.place.casefold())


# Each branch starts with a newline or a closing mark, so the scan skips ordinary letters fast.
_SENTENCE_BOUNDARY = re.compile(
    rf"\n[ \t]*\n|\n(?=[ \t]*[-•*]\s)|[.!?](?<=[^\W\d_]{{2}}[.!?])[ \t]+(?=[{_UPPER}„\"*])"
    rf"|[.!?](?<=(?:19|20)\d\d[.!?])[ \t]+(?=[{_UPPER}„\"*])|[“”\"](?<=[.!?][“”\"])[ \t]+"
)
_SENTENCE_REACH = 400
_GENERIC_EVENT_WORDS = frozenset(
    "veranstaltung veranstaltungen arrangement arrangementet arrangementer event the event termin".split()
)
_TRAILING_DAY = re.compile(r"\s+\d{1,2}\.?$")
_DATE_GOES_ON = re.compile(r"\s*[-–]\s*\d|\s*(?:\d{1,2}\.?\s+)?(?:jan|feb|mar|apr|ma[iyj]|jun|jul|aug|sep|o[ck]t|nov|de[cz])", re.IGNORECASE)


def _sentences_with_event_words(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, title line or list item that holds an event word."""
    lowered = text.lower()
    phrases = {m.start() for m in _TWO_WORD_EVENTS.finditer(text)}
    positions = sorted({found for stem in _EVENT_STEMS for found in _all_positions(lowered, stem)} | phrases)
    spans: list[tuple[int, int]] = []
    for position in positions:
        if spans and spans[-1][0] <= position < spans[-1][1]:
            continue
        word_start = position
        while word_start > 0 and (lowered[word_start - 1].isalnum() or lowered[word_start - 1] == "-"):
            word_start -= 1
        word_end = _WORD_END.search(text, position)
        word = lowered[word_start:word_end.start() if word_end else len(text)]
        end = word_end.start() if word_end else len(text)
        if not word.endswith(_EVENT_ENDINGS) and position not in phrases and not _feast_word(text[word_start:end]):
            continue  # "mødet", "prevent", "festgelegt": the stem inside another word
        if _in_header_row(text, position):
            continue  # "Dato   Mødeforum   Handling": a table's column names, not an event
        spans.append(_sentence_around(text, position))
    return spans


_CELL_GAP = re.compile(r"\t|\s{2,}")


def _in_header_row(text: str, position: int) -> bool:
    """Whether *position* lies in a table's header row: three or more cells of one or two words, no digit."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end != -1 else len(text)].strip()
    cells = [cell for cell in _CELL_GAP.split(line) if cell.strip()]
    return (
        len(cells) >= 3
        and not any(character.isdigit() for character in line)
        and all(len(cell.split()) <= 2 and cell.strip(" :")[:1].isupper() for cell in cells)
    )


def _all_positions(haystack: str, needle: str):
    found = haystack.find(needle)
    while found != -1:
        yield found
        found = haystack.find(needle, found + 1)


def _sentence_around(text: str, position: int) -> tuple[int, int]:
    low = max(0, position - _SENTENCE_REACH)
    start = low
    for m in _SENTENCE_BOUNDARY.finditer(text, low, position):
        start = m.end()
    after = _SENTENCE_BOUNDARY.search(text, position, min(len(text), position + _SENTENCE_REACH))
    return start, after.start() if after else min(len(text), position + _SENTENCE_REACH)


# ---------------------------------------------------------------------------------------------
# Meetings of named working groups


def _group_meetings(text: str, mentions: list[DateMention]):
    for mention in mentions:
        before = text[max(0, mention.span[0] - 240):mention.span[0]]
        before = re.sub(r"^.*(?:\n[ \t]*\n|[.!?]\s)", "", before, flags=re.DOTALL)
        name = _group_meeting_name(before)
        if name and not BODY_WORD.search(name.split(" ", 1)[1] if " " in name else name):
            yield _Draft(name, True, None, mention.start, mention.end or mention.start, mention.span[0]), mention.span


def _group_meeting_name(before: str) -> str | None:
    of_group = _SITZUNG_OF_GROUP.search(before)
    if of_group:
        return f"{of_group.group('noun')} {of_group.group('article')} {of_group.group('group')}"
    for group in _GROUP_DE.finditer(before):
        if _SITZUNG_AFTER_GROUP.match(before[group.end():]):
            return "Sitzung " + _german_genitive(group.group("article").strip(), group.group("group"))
    danish = _GROUP_DA.search(before) or _GROUP_DA_GENITIVE.search(before)
    if danish:
        return f"Møde i {danish.group('group').lower()}"
    english = _GROUP_EN.search(before)
    if english:
        group = english.group("group") or english.group("group2")
        return f"Meeting of the {group.strip()}"
    return None


# A meeting a paper reports with an indefinite article is one occasion, not a step of its route:
# "In einer internen Sitzung des Beirats am 15. September ...", "på et ekstraordinært møde i udvalget den
# 3. marts", "at an informal meeting of the panel on 4 May". A meeting with a person is one too: "the
# follow-up meeting with the Minister on 20 December", "ein Gespräch mit dem Landrat am 3. Mai".
_INDEFINITE_MEETING = re.compile(
    r"(?:\b[Ii]n\s+einer|\b[Aa]uf\s+einer|\b[Pp]å\s+et|\b[Aa]t\s+an?)\s+"
    r"(?P<name>(?:[\wäöüæøå-]+\s+){0,2}?(?:Sitzung|Besprechung|Zusammenkunft|møde|meeting)"
    r"(?:\s+(?:des|der|i|of\s+the)\s+(?:[A-ZÄÖÜÆØÅ][\wäöüßæøå-]*\s+){1,3}?)?)\s*(?:am|vom|den|d\.|on)\s+$"
)
_MEETING_WITH = re.compile(
    r"(?P<name>\b(?:(?!(?:the|a|an|our|your|this|that|die|der|das|den|dem|ein|eine|einem|einer|et|en|vores)\b)[\w-]+\s+){0,2}?"
    r"(?:meeting|Gespräch|Treffen|møde|samtale)\s+(?:with|mit|med)\s+"
    r"(?:(?:the|dem|der|den)\s+)?[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+(?:\s+[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+){0,2})"
    r"\s+(?:on\s+(?:the\s+)?|am\s+|den\s+)$"
)


def _reported_meetings(text: str, mentions: list[DateMention], used: set[tuple[int, int]]):
    for mention in mentions:
        if mention.span in used:
            continue
        before = text[max(0, mention.span[0] - 160):mention.span[0]]
        before = re.sub(r"^.*(?:\n[ \t]*\n|[.!?]\s)", "", before, flags=re.DOTALL).replace("\n", " ")
        found = _INDEFINITE_MEETING.search(before) or _MEETING_WITH.search(before)
        if not found:
            continue
        name = " ".join(found.group("name").split())
        # "in einer öffentlichen Sitzung": the meeting's name in the nominative, "Öffentliche Sitzung".
        name = re.sub(r"(\w+)en(?=\s+(?:Sitzung|Besprechung|Zusammenkunft)\b)", r"\1e", name)
        yield _Draft(name[:1].upper() + name[1:], True, None, mention.start, mention.end or mention.start, mention.span[0]), mention.span


# "… berichtet von der Müllsammelaktion im Herbst 2021. Die Aktion soll am 14.05.22 wiederholt werden.": a sentence
# names again, by the last part of its compound, an event the text named just before, with the day it takes place.
_NAMED_AGAIN = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:Die|Der|Das|Diese|Dieser|Dieses|The|This)\s+(?P<tail>[A-ZÄÖÜ][a-zäöüß]{3,})\s+"
    r"(?:soll|sollen|wird|werden|will|is to|is due to)\b[^.!?\n]{0,30}?\s(?:am|on)\s+$"
)
_TAKES_PLACE_AGAIN = re.compile(
    r"wiederholt|stattfinden|durchgeführt|fortgesetzt|repeated|held|take place|run again", re.IGNORECASE
)
_ANTECEDENT_REACH = 400


def _events_named_again(text: str, mentions: list[DateMention], used, route_dates):
    for mention in mentions:
        if mention.span in used or mention.start in route_dates:
            continue
        again = _NAMED_AGAIN.search(text, max(0, mention.span[0] - 90), mention.span[0])
        if again is None or not _TAKES_PLACE_AGAIN.search(sentence_after(text, mention.span[1])):
            continue
        tail = again.group("tail").lower()
        earlier = text[max(0, again.start() - _ANTECEDENT_REACH):again.start()]
        named = [
            word for word in re.findall(r"[\wäöüß-]+", earlier)
            if len(word) > len(tail) and word.lower().endswith(tail) and word.lower().endswith(_EVENT_ENDINGS)
        ]
        if named:
            name = named[-1][:1].upper() + named[-1][1:]
            yield _Draft(name, True, None, mention.start, mention.end or mention.start, mention.span[0]), mention.span


# An occasion known by its quoted title and a verb of taking place, whatever noun it is called by: "am Samstag,
# 16. Juli 2022 findet in der Anlage das Stadtteil-/fest „50 Jahre – 50 Tische“ statt", "“Ride the Ridge” will take
# place on 5 September 2026".
_QUOTED_TITLE = re.compile(r"„([^“”\n]{3,80})[“”]|“([^”\n]{3,80})”|\"([^\"\n]{3,80})\"")
_TAKES_PLACE = re.compile(
    r"\bfindet\b[^.!?]{0,160}?\bstatt\b|\bfinder\s+sted\b|\bafholdes\b|\bwill\s+take\s+place\b|\btakes\s+place\b",
    re.IGNORECASE,
)


def _titled_occasions(text: str, mentions: list[DateMention], used, route_dates):
    """Yield an occasion the sentence names only by a quoted title, on the one day the sentence gives."""
    for quoted in _QUOTED_TITLE.finditer(text):
        title = next(group for group in quoted.groups() if group).strip()
        start, end = _sentence_around(text, quoted.start())
        sentence = text[start:end]
        if not _TAKES_PLACE.search(sentence) or BODY_WORD.search(title) or _MEETING_NOUN.search(sentence):
            continue
        days = [
            m for m in mentions
            if start <= m.span[0] < end and m.span not in used and m.start not in route_dates
            and classify_role(text, m) not in ("deadline", "document")
        ]
        if len(days) == 1:
            day = days[0]
            yield _Draft(title, True, None, day.start, day.end or day.start, quoted.start())


# A body's sitting takes place too: "Die Sitzung „Haushalt 2027“ findet am … statt" names no event.
_MEETING_NOUN = re.compile(r"\b(?:Sitzung|møde(?:t)?|meeting)\b", re.IGNORECASE)


# An occasion no event word names, told by a verb of taking place with its day and its hour or its place: "A community
# information night on the plan will be held on June 2, 2026 at 6:00 p.m. in the … library", "Der Seniorentag findet am
# Donnerstag, 17. September 2026, von 10 bis 16 Uhr in der Stadthalle statt", "Zuvor fand am 2. März 2026 im Landhaus
# eine öffentliche Anhörung von Sachverständigen statt". A visit a body makes on a day at an hour is one too: "Der
# Beirat besichtigt den neuen Pflegestützpunkt … am Mittwoch, 3. Juni 2026, um 10 Uhr".
_HELD_EN = re.compile(
    r"^(?:(?:An?|The|This|Our)\s+)(?P<name>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?:\s+(?:on|about|for|of)\s+[^,;]{1,40}?)?"
    r"\s+(?:will\s+be\s+held|was\s+held|is\s+(?:being\s+)?held|will\s+take\s+place|takes\s+place|took\s+place)\b"
)
_HELD_DE_SUBJECT = re.compile(r"(?<![\w-])(?:(?:Der|Die|Das)\s+)(?P<name>[A-ZÄÖÜ][\wäöüß-]+)\s+(?:findet|fand)\b[^!?]{0,200}?\bstatt\b")
_HELD_DE_AFTER = re.compile(
    r"\b(?:findet|fand)\b[^!?]{0,200}?\b(?:eine?n?|der|die|das)\s+(?P<name>(?:[a-zäöü]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s+(?:von|für|zum|zur|der|des)\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+statt\b"
)
_VISIT = re.compile(
    r"\b(?:besichtigt|besichtigen|will\s+visit|visits|besigtiger|besøger|besøge)\s+(?P<name>(?:den|die|das|the|[\wæøå]+ne)?\s*(?:[\wäöüßæøå-]+\s+){0,3}?"
    r"[A-ZÄÖÜÆØÅ][\wäöüßæøå-]+)"
)
_VISIT_NAMES = {
    "besichtigt": "Besichtigung", "besichtigen": "Besichtigung", "besigtiger": "Besigtigelse", "besøger": "Besøg",
    "besøge": "Besøg",
}
_HOUR = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|a\.?m\.?|p\.?m\.?)|\bkl\.\s*\d{1,2}|\b\d{1,2}[.:]\d\d\b", re.IGNORECASE)


def _occasions_taking_place(text: str, mentions: list[DateMention], used, route_dates):
    """Yield an occasion a sentence tells of by a verb of taking place, on its one day, with its hour or its place."""
    for start, end in _sentences_with_verbs(text):
        sentence = " ".join(text[start:end].split())
        if _MEETING_NOUN.search(sentence):
            continue  # a body's own sitting, told like any occasion, is a step of its route
        found = _HELD_EN.match(sentence) or _HELD_DE_SUBJECT.search(sentence) or _HELD_DE_AFTER.search(sentence)
        if found is not None and BODY_WORD.search(found.group("name")):
            continue
        visit = None if found else _VISIT.search(sentence)
        if (found is None and visit is None) or not _HOUR.search(sentence):
            continue  # without its hour, "Die Sperrung findet am … in der Hauptstraße statt" tells of no occasion
        days = [
            m for m in mentions
            if start <= m.span[0] < end and m.span not in used and m.start not in route_dates
            and classify_role(text, m) not in ("deadline", "document")
        ]
        place = next((m for m in _PLACE.finditer(sentence) if not _NOT_A_PLACE.match(m.group("place"))), None)
        if len(days) != 1:
            continue
        if found is not None:
            name = found.group("name")
        else:
            visited = re.sub(r"^(?:(?:den|die|das|the)\s+)?(?:[a-zäöüæøå][\wäöüßæøå-]*\s+)?", "", visit.group("name"))
            name = f"{_VISIT_NAMES.get(visit.group().split()[0].casefold(), 'Site visit')}: {visited}"
        day = days[0]
        where = place.group("place") if place else None
        yield _Draft(name[:1].upper() + name[1:], True, where, day.start, day.end or day.start, start)


# A heading that names occasions in the plural, over one row for each: "Drop-in sessions" / "Wednesday 11 March 2026, 4pm
# to 6pm, Kōwhai Community Hall", "Informationsabende" / "Dienstag, 9. Juni 2026, 19 Uhr, Bürgerhaus".
_SESSIONS_HEADING = re.compile(
    r"^[ \t]*(?P<name>(?:[\w-]+[ \t]+){0,2}(?:sessions|events|workshops|open days|information evenings|public meetings"
    r"|informationsabende|veranstaltungen|borgermøder|informationsmøder|arrangementer))[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _sessions_under_heading(text: str, mentions: list[DateMention], used):
    """Yield one occasion for each row under a heading of occasions: its day opens it, its hour follows, then its place.

    A text layer may run the rows into one line ("…, Rimu Road Saturday 14 March 2026, 10am to 12 noon, …"): each day
    opens a row of its own.
    """
    for heading in _SESSIONS_HEADING.finditer(text):
        name = heading.group("name").strip()
        if BODY_WORD.search(name):
            continue  # "Council sessions", "Committee workshops": a body's own sittings are steps, not events
        block_end = text.find("\n\n", heading.end())
        block_end = len(text) if block_end == -1 else block_end
        position = heading.end() + 1
        for line in text[position:block_end].split("\n"):
            start = position
            position += len(line) + 1
            days = [m for m in mentions if start <= m.span[0] < start + len(line) and m.span not in used]
            lead = len(line) - len(line.lstrip())
            if not days or days[0].span[0] - start > lead + 12:
                continue  # an introduction over the rows ("Talk to our team at one of these sessions:")
            for index, day in enumerate(days):
                row_end = days[index + 1].span[0] if index + 1 < len(days) else start + len(line)
                row = text[day.span[1]:row_end]
                if not _HOUR.search(row):
                    continue
                parts = [part.strip() for part in _TRAILING_WEEKDAY.sub("", row).split(",")]
                place = ", ".join(part for part in parts[2:] if part) or None
                yield _Draft(name[:1].upper() + name[1:], True, place, day.start, day.end or day.start, day.span[0])


_TRAILING_WEEKDAY = re.compile(rf"\s+(?:{ANY_WEEKDAY}),?\s*$", re.IGNORECASE)


_TAKING_PLACE_VERB = re.compile(
    r"\bfindet\b|\bfand\b|\bwill\s+be\s+held\b|\bwas\s+held\b|\bis\s+held\b|\btakes?\s+place\b|\btook\s+place\b"
    r"|\bbesichtig(?:t|en)\b|\bvisits?\b|\bbesigtiger\b|\bbesøger?\b"
)


def _sentences_with_verbs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for verb in _TAKING_PLACE_VERB.finditer(text):
        if spans and spans[-1][0] <= verb.start() < spans[-1][1]:
            continue
        spans.append(_sentence_around(text, verb.start()))
    return spans


_FEMININE = re.compile(r"(?:gruppe|runde|kommission|gemeinschaft|konferenz)$", re.IGNORECASE)
_MASCULINE = re.compile(r"(?:kreis|tisch)$", re.IGNORECASE)


def _german_genitive(article: str, group: str) -> str:
    """Turn "Die erweiterte Steuerungsgruppe ..." into "der erweiterten Steuerungsgruppe ..."."""
    words = group.split()
    noun_index = next((
        i for i, w in enumerate(words)
        if _GROUP_NOUN_END.search(w) and not (w.lower().startswith("runde") and words[i + 1:i + 2] == ["Tisch"])
    ), 0)
    noun = words[noun_index]
    adjectives = [re.sub(r"e[nrs]?$", "en", w) for w in words[:noun_index]]  # der erweiterten, des Runden
    rest = words[noun_index + 1:]
    if _FEMININE.search(noun):
        head = ["der", *adjectives, noun]
    elif _MASCULINE.search(noun):
        head = ["des", *adjectives, noun + "es"]
    else:
        head = ["des", *adjectives, noun + "s"]
    return " ".join(head + rest)


# ---------------------------------------------------------------------------------------------
# Events named by an event noun


def _noun_events(text, start, end, mentions, used, route_dates, language):
    sentence = text[start:end]
    first = bisect_left(mentions, start, key=lambda m: m.span[0])
    inside = []
    for m in mentions[first:]:
        if m.span[0] >= end:
            break
        if m.span[1] <= end:
            inside.append(m)
    marked = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in _MARKED.finditer(sentence)]
    drafts = []
    seen_names = set()
    for noun in _event_nouns(sentence):
        if _part_of_group_name(sentence, noun):
            continue
        name, proper, name_start, name_end = _event_name(sentence, noun, marked)
        if name.casefold() in seen_names:
            continue
        quoted = _QUOTED_AFTER.match(sentence, name_end)
        has_title_word = any(word in sentence.lower() for word in _TITLE_WORDS)
        title = _TITLE.search(sentence, noun.end()) if has_title_word and not quoted else None
        if quoted:
            name = f"{name}: {next(g for g in quoted.groups() if g).strip()}"
            name_end, proper = quoted.end(), True
        when = _event_date(text, sentence, start, noun, inside, used, route_dates)
        labelled = False
        if when is None:
            when = _labelled_date(text, end, mentions, used) or _day_under_heading(text, start, end, mentions, used)
            labelled = when is not None
        reportable = True
        if when is None:
            if not proper:
                continue
            reportable = bool(_is_marked(noun, marked) or _ENGLISH_PROPER_NOUN.fullmatch(name))
        elif not proper and not labelled:
            if not (
                _EVENT_VERB.search(sentence) or title or _close_after(sentence, name_end, when, start)
                or _names_a_label(sentence, name_start, name_end)
            ):
                continue  # "the conference" with a date: only when the sentence says it takes place
        if title and not _is_marked(noun, marked):
            name = f"{name}: {_title_text(title)}"
        name = name[:1].upper() + name[1:]
        seen_names.add(name.casefold())
        place = _event_place(text, sentence, start, end, name_start, name_end, marked)
        first, last = (when.start, when.end or when.start) if when else (None, None)
        drafts.append(_Draft(name, proper, place, first, last, start + noun.start(), reportable))
    return drafts


_QUOTED_AFTER = re.compile(r"\s*(?:„([^“”\n]{3,120})[“”]|\"([^\"\n]{3,120})\"|“([^”\n]{3,120})”)")
_CLOSE_GAP = 40


def _close_after(sentence: str, name_end: int, when: DateMention, offset: int) -> bool:
    """Tell whether the date follows the event's name closely ("Bürgerversammlung am 03.03.2021")."""
    gap = _WEEKDAY_BEFORE_DAY.sub("", sentence[name_end:when.span[0] - offset])
    return 0 <= len(gap) <= _CLOSE_GAP and not re.search(r"[,;:]", gap)


# "am Dienstag, dem 17. März", "on Tuesday, 3 March": the weekday's comma is part of the date, not a clause break.
_WEEKDAY_BEFORE_DAY = re.compile(
    rf"\b(?:{ANY_WEEKDAY}),?\s+(?:(?:den|dem|the)\s+)?$",
    re.IGNORECASE,
)


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


# An invitation's own fields under the sentence that names the event: "Termin: Mittwoch, 12. November 2025",
# "Tidspunkt: …", "Date and time: …"
_DATE_LABEL = re.compile(
    r"^[ \t]*(?:Termin|Zeit|Zeitpunkt|Datum und Uhrzeit|Wann|Tid|Tidspunkt|Dato og tid|Hvornår|When|"
    r"Date and time|Date & time)[ \t]*:[ \t]*(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL_REACH = 200


# A bare "Date:" row is the event's only in a schedule with a time row beside it ("DATE:" / "TIME:" / "PLACE:").
_BARE_DATE_LABEL = re.compile(r"^[ \t]*(?:Date|Datum|Dato|Day|Tag|Dag)[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.IGNORECASE | re.MULTILINE)


def _labelled_date(text: str, sentence_end: int, mentions: list[DateMention], used) -> DateMention | None:
    """Return the date of a date label on the lines right after the sentence that names an event."""
    window = text[sentence_end:sentence_end + _LABEL_REACH]
    labels = [_DATE_LABEL.search(window)]
    bare = _BARE_DATE_LABEL.search(window)
    if bare is not None and in_schedule(text, sentence_end + bare.start("value")):
        labels.append(bare)
    for label in labels:
        if label is None or window[:label.start()].count("\n") > 3:
            continue
        low, high = sentence_end + label.start("value"), sentence_end + label.end("value")
        for mention in mentions:
            if low <= mention.span[0] < high and mention.span not in used:
                return mention
    return None


def _day_under_heading(text: str, start: int, end: int, mentions: list[DateMention], used) -> DateMention | None:
    """Return the day (or days) that open the line under an event's heading.

    A programme or invitation names its event in a heading of its own and prints the day on the next line:
    "Fachtag „Kommunale Wärmeplanung“" over "Donnerstag, 23. April 2026, 9.30 bis 16.00 Uhr".
    """
    heading = text[start:end].strip()
    if not heading or "\n" in heading or len(heading) > 100 or heading.endswith((".", ":", ",")):
        return None
    rest = text[end:end + _LABEL_REACH]
    line = re.match(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*", rest)
    if line is None:
        return None
    position = end + line.end()
    for mention in mentions:
        if mention.span[0] == position and mention.span not in used:
            return mention if classify_role(text, mention) not in ("deadline", "document") else None
    return None


def _event_date(text, sentence, offset, noun, inside, used, route_dates) -> DateMention | None:
    candidates = []
    for mention in inside:
        if mention.span in used or mention.start in route_dates:
            continue
        role = classify_role(text, mention)
        if role in ("deadline", "document"):
            continue
        relative = mention.span[0] - offset
        between = sentence[noun.end():relative] if relative >= noun.end() else sentence[relative:noun.start()]
        if _event_nouns(between):
            continue  # the date belongs to the other event named in between
        if relative >= noun.end():
            candidates.append((0, relative - noun.end(), mention))
        elif role != "meeting":
            candidates.append((1, noun.start() - relative, mention))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))[2]


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


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Merge drafts that describe one event: the same start date, or the same proper name."""
    drafts = sorted(drafts, key=lambda d: d.position)
    result: list[_Draft] = []
    for draft in drafts:
        twin = None
        for k, kept in enumerate(result):
            same_date = draft.start is not None and kept.start == draft.start and (
                _related_names(draft, kept)
                # "X finder sted i Dublin den 1. juni. Konferencen samler ...": the bare noun points back
                or ((not draft.proper or not kept.proper) and _same_place(draft, kept))
                # "temadagen, som blev afholdt den 20. september" and "Temamødet den 20. september": two
                # common nouns for one day, neither with a place of its own, are one event.
                or (not draft.proper and not kept.proper and not draft.place and not kept.place)
            )
            same_name = _name_key(draft.name) == _name_key(kept.name) and (
                draft.start is None or kept.start is None or draft.start == kept.start)
            if same_date or same_name:
                twin = k
                break
        if twin is None:
            result.append(draft)
        else:
            result[twin] = _combine(result[twin], draft)
    for candidate in [d for d in result if not d.reportable]:
        # "Invitation til Eurocities' årlige konference i Oslo" names what "konference i Oslo 12.-14. juni" dates
        namesakes = [d for d in result if d.reportable and not d.proper and _same_event_words(candidate, d)]
        if len(namesakes) == 1:
            result[result.index(namesakes[0])] = _combine(namesakes[0], candidate)
    return [d for d in result if d.reportable]


def _related_names(one: _Draft, other: _Draft) -> bool:
    """Tell whether two names can mean one event ("konferencen" and "Intercultural Cities konference")."""
    words = [w for w in _name_key(one.name).split() if len(w) >= 4]
    other_words = [w for w in _name_key(other.name).split() if len(w) >= 4]
    return any(a in b or b in a for a in words for b in other_words)


def _combine(kept: _Draft, other: _Draft) -> _Draft:
    """Join two drafts of one event: the proper name, the first title, place and dates found."""
    base, _, title = kept.name.partition(":")
    other_base, _, other_title = other.name.partition(":")
    if not kept.proper and other.proper:
        base = other_base
    title = title.strip() or other_title.strip()
    return replace(
        kept,
        name=f"{base.strip()}: {title}" if title else base.strip(),
        proper=kept.proper or other.proper,
        place=kept.place or other.place,
        start=kept.start or other.start,
        end=kept.end or other.end,
        reportable=kept.reportable or other.reportable,
    )


def _same_event_words(named: _Draft, dated: _Draft) -> bool:
    if named.place and dated.place and named.place.casefold() == dated.place.casefold():
        return True
    named_words, dated_words = named.name.partition(":")[0].split(), dated.name.partition(":")[0].split()
    return bool(named_words and dated_words) and named_words[-1].casefold() == dated_words[-1].casefold()


def _name_key(name: str) -> str:
    return re.sub(r"\W+", " ", name.split(":")[0].casefold()).strip()
