"""The words that name an event ("Integrationskonferenz", "borgermøde", "briefing session", "Schulfest"), found in a text."""

from __future__ import annotations

import re


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
    "spaziergang rundgang stadtteilrundgang koncert koncerten konzert concert skolefest skolefesten byfest byfesten "
    # a meeting of the residents a road works or plan concerns, an action on site where children and residents take part,
    # a hearing of the young a youth council holds
    "anliegerversammlung anwohnerversammlung beteiligungsaktion ungdomshøring ungdomshøringen "
    # a meeting of a care home's residents or their relatives, a café held for carers or people with dementia
    "pårørendemøde pårørendemødet beboermøde beboermødet café cafés cafe cafes "
    # the inspection on the spot an authority holds with the owners before it expropriates, a walk with a council
    "åstedsforretning åstedsforretningen besigtigelsesforretning besigtigelsesforretningen gåtur gåturen "
    "informationsdag informationsdagen "
    # a meeting where an election's candidates present themselves, a viewing of what a tender or a sale offers
    "kandidatmøde kandidatmødet vælgermøde vælgermødet fremvisning fremvisningen "
    # a ceremony that opens a building's works or marks its shell, a sports tournament
    "spatenstich spatenstichfeier richtfest grundsteinlegung rejsegilde rejsegildet tournament tournaments "
    # an election held on a day: a mayor's, a council's, a run-off
    "bürgermeisterwahl oberbürgermeisterwahl landratswahl gemeinderatswahl stadtratswahl kommunalwahl stichwahl "
    "neuwahl".split()
)
# "in the event of": the word names no event
_IDIOM_BEFORE = re.compile(r"(?<![\w-])(?:in|at all)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Conference Room 2", "Conference Centre": a place, not an event
_VENUE_AFTER = re.compile(r"\s+(?:rooms?|centre|center|hall|suite|facilities|call)\b", re.IGNORECASE)
# Events English (and Danish and German) name in two or more words: "public information centre", "briefing session", "åbent hus".
_PHRASE_EVENTS = (
    "public meeting", "public hearing", "öffentliche anhörung", "open day", "public information centre", "public information center",
    # the meeting a city holds with the residents of a street before its reconstruction begins
    "pre-construction meeting",
    "public information meeting", "information session", "information evening", "briefing session", "drop-in session",
    "consultation event", "community meeting", "town hall meeting", "open house", "site visit", "åbent hus",
    "tag der offenen tür", "tage der offenen tür",
    # a meeting open to the public, the Danish counterpart of a public meeting ("et åbent møde for borgerne")
    "åbent møde", "åbne møde",
    # the meeting of a parish's or town's electors that English local councils call once a year
    "parish meeting", "town meeting",
    # a day an agency or council informs those a measure concerns ("a drought information day")
    "information day", "community day",
    # a ceremony that opens works or a building
    "ground-breaking ceremony", "groundbreaking ceremony", "sod-turning ceremony", "ribbon cutting", "ribbon-cutting ceremony",
)
# A text layer may break a phrase over two lines ("Tag der / offenen Tür"), never over a paragraph.
_PHRASE_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
# (an English phrase names several occasions in the plural: "public information centres", "drop-in sessions")
_TWO_WORD_EVENTS = re.compile(
    r"\b(?:" + "|".join(_PHRASE_GAP.join(map(re.escape, phrase.split())) for phrase in sorted(_PHRASE_EVENTS, key=len, reverse=True))
    + r")(?:e?s)?\b",
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


# Event nouns in their base form, to tell "mødet" (the meeting) from a word that only ends like it.
_BASE_FORMS = frozenset(word.casefold() for word in _EVENT_ENDINGS)
