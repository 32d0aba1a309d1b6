"""Tell what kind of paper a text is (proposal, agenda item, notice, memo, hearing, ...).

Each kind has genre cues; a cue weighs more in the first lines of the paper and more again when it
stands on a line of its own (a form's heading "Mitteilung", "Beschlussvorlage", "Dagsorden").
"""

from __future__ import annotations

import re

from townhall.reading.analysis.bodies import body_meeting_line
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.genre_names import FURTHER_GENRES
from townhall.reading.analysis.route.meetings import meeting_line

_I = re.IGNORECASE | re.MULTILINE
# An executive body's Antrag to the assembly that decides is its proposal, not members' motion.
_EXECUTIVE_ANTRAG = (
    r"(?:Bericht und )?Antrag (?:des|der) (?:Gemeinderate?s|Stadtrate?s|Regierungsrate?s|Magistrats|Stadtsenate?s"
    r"|Gemeindevorstande?s|Kreisausschusses|Verwaltung)\b[^\n]{0,40}?\ban (?:den|die|das)\b"
)
# An extract of a body's record of its sittings: "Auszug aus dem Protokoll der Gemeinderatssitzung vom …", "Auszug aus
# dem Register der Beratungen", "Extract from the minutes", "Uddrag af beslutningsprotokollen". It is that record's
# minutes, however the item it carries was put ("Antrag des Gemeindevorstehers").
EXTRACT_OF_RECORD = (
    r"(?:Auszug aus (?:der Niederschrift|dem Protokoll|dem (?:Register|Verzeichnis) der (?:Beratungen|Beschlüsse|Sitzungen)"
    r"|dem Beschlussbuch)|Extract (?:from|of) the minutes|Niederschriftsauszug|Protokollauszug"
    r"|(?:Uddrag|Udskrift) af (?:beslutnings)?protokol(?:len)?|Udskrift af referat(?:et)?)"
)
# (kind, guard words, pattern, weight): a pattern is only searched when one of its guard words occurs
# in the lower-cased text, which is far cheaper than running every pattern over every paper.
_CUES: tuple[tuple[str, tuple[str, ...], re.Pattern, float], ...] = tuple(
    (kind, guards, re.compile(pattern, flags), weight)
    for kind, guards, pattern, weight, flags in (
        ("notice", ("mitteilung", "informationsvorlage"), r"\bMitteilung(?:svorlage)?\b|\bInformationsvorlage\b|\bInhalt der Mitteilung\b", 2.0, re.MULTILINE),
        ("notice", ("orientering", "meddelelse", "information", "briefing"), r"\b(?:til orientering|orientering om|meddelelse|information report|for information)\b|^\s*Orientering\s*$", 1.5, _I),
        ("notice", ("kenntnis", "efterretning", "to note"), r"\bnimmt (?:[\w ]+ )?zur Kenntnis\b|\btager orienteringen til efterretning\b|\bto note\b", 1.0, _I),
        ("notice", ("kenntnis", "note", "noting"), r"\(zur Kenntnis\)|\basked to note\b|\bto note the (?:contents|report|update)\b|\bfor noting\b", 3.0, _I),
        ("notice", ("informationsdrucksache",), r"\bInformationsdrucksache\b", 2.0, re.MULTILINE),
        ("notice", ("orientering", "orienteres"), r"\borienteringen giver ikke anledning til\b|\budvalget orienteres\b|\bsagen er til orientering\b|\bgives til orientering\b|\borienterer (?:hermed )?(?:udvalget|byrådet|kommunalbestyrelsen|borgerrepræsentationen)\b", 10.0, _I),
        ("proposal", ("beschluss", "dringlichkeitsvorlage"), r"\bBeschlussvorlage\b|\bBeschlussvorschlag\b|\bBeschlussentwurf\b|\bBeschlussantrag\b|\bDringlichkeitsvorlage\b", 2.0, re.MULTILINE),
        # An executive's proposal to the assembly that decides: "Antrag des Gemeinderates an die Gemeindeversammlung",
        # "Bericht und Antrag des Stadtrates an den Einwohnerrat", "Antrag des Magistrats an die Stadtverordnetenversammlung".
        ("proposal", ("antrag des", "antrag der"), rf"^\s*{_EXECUTIVE_ANTRAG}", 6.0, re.MULTILINE),
        ("proposal", ("indstiller",), r"\bindstiller,? at\b|\bindstiller\b", 2.0, _I),
        ("proposal", ("beslutningspunkter", "indstilling", "forslag til beslutning", "at "), r"^\s*(?:\d\.\s*)?(?:\w+s\s+)?(?:Beslutningspunkter|Indstilling|Forslag til beslutning)\s*:?\s*$|^\s*at (?:byrådet|borgerrepræsentationen|kommunalbestyrelsen|udvalget|økonomiudvalget) (?:godkender|beslutter|vedtager|tiltræder)\b", 1.5, _I),
        ("proposal", ("til",), r"^\s*Til:?\s.*(?:Byråd(?:et)?|Borgerrepræsentationen|Kommunalbestyrelsen)\b", 2.0, _I),
        ("proposal", ("report to", "item to", "recommend", "decision required"), r"\b(?:report|item) to:?[ \t]+(?:the )?(?:[\w ]{0,40} )?(?:cabinet|council|committee|executive|board)\b|\brecommendations?\b|\bit is recommended that\b|\bdecision required\b", 1.5, _I),
        # A recommendation worded as the resolution it asks for, its body's name over the lettered decisions:
        # "That the Local Board:" over "a) approve …", "That the Mayoral Committee recommends to Council:".
        ("proposal", ("that ",), r"^\s*That (?:the )?[A-Z][\w'’ -]{0,60}?\b(?:Council|Committee|Board|Cabinet|Commission|Panel)\b(?: recommends? to (?:the )?[A-Z][\w ]{0,40})?\s*:\s*$", 3.0, re.MULTILINE),
        # A paper put to a council for its views or its decision, as its head says: "For discussion on 9 June 2026".
        ("proposal", ("for discussion", "for decision", "advice sought"), r"^\s*For (?:discussion|decision)(?: (?:on|at) [^\n]{0,40})?\s*$|^\s*Advice sought\s*$", 3.0, _I),
        ("agenda_item", ("beslutning",), r"^\s*indstilling og beslutning\s*$|^\s*beslutning i [\wæøå-]+ den\b", 3.0, _I),
        ("agenda_item", (")",), r"^\s*\d{1,3}\.\s+\S.*\(\d{2,4}-\d{2,}\)\s*$", 4.0, re.MULTILINE),
        ("agenda_item", ("top", "tagesordnungspunkt", "dagsordenspunkt", "agenda item"), r"^\s*(?:TOP|Tagesordnungspunkt|Dagsordenspunkt|(?i:agenda item))\s*:?\s*[ÖN]?\s?\d", 2.5, re.MULTILINE),
        ("memo", ("til",), r"^\s*Til:?\s.*(?:udvalg|forvaltning|borgmester|rådmand|direktion|medlemmer)", 4.0, _I),
        ("memo", ("notat", "vermerk", "memo", "briefing"), r"^\s*(?:Notat|Vermerk|Aktenvermerk|Memorandum|Memo|Briefing)\s*:?\s*$", 3.0, _I),
        ("memo", ("notat",), r"\bnotat\b", 0.8, _I),
        ("memo", ("from", "fra", "von"), r"^\s*(?:To|Til|An)\s*:[^\n]+(?:\n[^\n]*){0,3}?\n\s*(?:From|Fra|Von)\s*:", 3.0, _I),
        ("hearing", ("høring", "giv "), r"\bhøring\w*\b|\bgiv (?:jeres|dit|din) (?:bidrag|mening)\b|\bhøringsfrist\b", 2.5, _I),
        ("hearing", ("anhörung", "beteiligung", "auslegung", "stellungnahme"), r"(?<!nach )\bAnhörung\b|\bBeteiligungsverfahren\b|\bÖffentlichkeitsbeteiligung\b|\bBeteiligung der Öffentlichkeit\b|\böffentliche Auslegung\b|\bStellungnahmen? [^.\n]{0,40}\bbis\b", 2.5, _I),
        ("hearing", ("consultation", "have your say", "respond by", "views on"), r"\bpublic consultation\b|\bconsultation (?:paper|document|response)\b|\bhave your say\b|\brespond by\b|\bviews on the draft\b", 2.5, _I),
        # a statutory notice of a planned development: "Submissions or observations … may be made … not later than …"
        ("hearing", ("submissions or observations", "notice of proposed"), r"\bsubmissions or observations\b|^\s*notice of proposed (?:development|works)\b", 2.5, _I | re.MULTILINE),
        ("hearing", ("consultation", "views", "comments"), r"^\s*Consultation on\b|\bseeking (?:your )?views\b|\bwelcome your (?:comments|views)\b|\bconsultation closes\b", 2.5, _I),
        ("motion", ("antrag", "anfrage"), r"^\s*(?:Antrag|Anfrage|Änderungsantrag|Dringlichkeitsantrag|Prüfantrag|Große Anfrage|Kleine Anfrage|Bürgerantrag|Einwohnerantrag)\b", 2.5, re.MULTILINE),
        ("motion", ("forslag", "motion", "fraktion"), r"\bMedlemsforslag\b|\bBeslutningsforslag fra\b|\bNotice of motion\b|\bMotion\b|\bFraktion\b|\bforslag fra (?:medlem|[A-ZÆØÅ]{1,2}\b)", 1.5, _I),
        ("motion", ("forslag", "antrag", "anfrage", "motion"), r"^\s*(?:Beslutningsforslag fra|Medlemsforslag fra|Antrag der|Anfrage der|Notice of motion|Motion from)\b", 3.5, re.MULTILINE),
        ("motion", ("forslag", "antrag", "anfrage", "motion"), r"^\s*(?:Punkt\s+|TOP\s+)?\d{1,3}\.?\s+(?:Medlemsforslag|Beslutningsforslag fra|Forslag fra|Antrag|Anfrage|Notice of motion|Motion)\b", 4.0, re.MULTILINE),
        ("minutes", ("niederschrift", "protokol", "minutes"), r"\bNiederschrift\b|\bProtokoll\b|\bBeschlussprotokoll\b|\bbeslutningsprotokol\b|\bminutes of (?:the )?meeting\b|\bminutes\b", 2.0, _I),
        ("minutes", ("auszug", "uddrag", "extract"), rf"^\s*{EXTRACT_OF_RECORD}\b", 4.0, _I),
        ("minutes", ("referat", "protokol"), r"^\s*(?:Referat|Beslutningsprotokol|Protokol)\s*$", 2.0, re.MULTILINE),
        ("minutes", ("anwesend", "til stede", "fraværende", "afbud", "present", "apologies", "abwesend", "entschuldigt"), r"^\s*(?:Anwesend|Til stede|Fraværende|Afbud|Present|Apologies|Abwesend|Entschuldigt)\s*:?", 2.0, _I),
        ("agenda", ("tagesordnung", "einladung", "dagsorden", "agenda", "notice of meeting"), r"^\s*(?:Tagesordnung|Einladung|Dagsorden|Agenda(?! item)|Notice of meeting)\b", 2.0, _I),
        # A notice convening a meeting or assembly and the business it is called for: "Notice is hereby given that an
        # Assembly of the Electors … will be held … for the following purposes:", "… to transact the following business".
        ("agenda", ("hereby given", "following business", "following purpose", "following articles"), r"\bnotice is hereby given that (?:an?|the) [^.]{0,120}?\bwill be held\b|\bfor the following purposes?\s*:|\bto transact the following business\b|\bto act on the following articles\b", 4.0, _I),
        # A New England town meeting's warrant: the articles the town's voters are called to act on.
        ("agenda", ("warrant",), r"^\s*(?:(?:Annual|Special|Spring|Fall) )?Town Meeting Warrant\s*$|^\s*Warrant for (?:the )?(?:Annual |Special )?Town Meeting\b", 4.0, _I),
        # A two-column letterhead read line by line may set the salutation after the date: "10 January 2025 Dear Jim".
        ("letter", ("sehr geehrte", "kære", "dear", "liebe", "hej"), r"^\s*(?:\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}\s+)?(?:Sehr geehrte[rs]?|Kære|Dear|Liebe[rs]?|Hej)\b", 1.5, _I),
        ("letter", ("grüße", "grüsse", "hilsen", "yours", "regards", "hochachtung"), r"^\s*(?:Mit freundlichen Grü(?:ß|ss)en|Freundliche Grü(?:ß|ss)e|Med venlig hilsen|Venlig hilsen|Yours sincerely|Yours faithfully|Kind regards|Mit vorzüglicher Hochachtung|Hochachtungsvoll|Yours truly)\b", 1.0, _I),
    )
)
# A line that is nothing but the form's name is the strongest cue there is.
_FORM_HEADINGS = {
    "mitteilung": "notice", "mitteilungsvorlage": "notice", "informationsvorlage": "notice", "orientering": "notice",
    "meddelelse": "notice", "information report": "notice", "briefing note": "memo",
    "informationsdrucksache": "notice", "beschlussdrucksache": "proposal",
    "beschlussvorlage": "proposal", "sitzungsvorlage": "proposal", "beslutningsforslag": "proposal", "vorlage": "proposal",
    "indstilling": "proposal", "amtsvortrag": "proposal", "staff report": "proposal", "weisung": "proposal",
    # A Canadian or Australian staff report's form name.
    "request for decision": "proposal",
    # A case put before a body, as Norwegian-made systems name the form: "Sagsfremlæg", "Saksframlegg".
    "sagsfremlæg": "proposal", "sagsfremlæggelse": "proposal", "saksframlegg": "proposal",
    # An Austrian office's report that ends in its Antrag, a Swiss executive's message to the assembly.
    "amtsbericht": "proposal", "botschaft": "proposal", "bericht und antrag": "proposal",
    "resolution": "proposal", "ordinance": "proposal",
    "notat": "memo", "vermerk": "memo", "aktenvermerk": "memo", "memo": "memo", "memorandum": "memo",
    "høringsbrev": "hearing", "høring": "hearing", "anhörung": "hearing", "beteiligung": "hearing", "public consultation": "hearing",
    "antrag": "motion", "anfrage": "motion", "medlemsforslag": "motion", "motion": "motion",
    "niederschrift": "minutes", "protokoll": "minutes", "referat": "minutes", "beslutningsprotokol": "minutes",
    "minutes": "minutes", "tagesordnung": "agenda", "einladung": "agenda", "dagsorden": "agenda", "agenda": "agenda",
}
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

#: Headings that name a paper's genre, beyond the form names above. Kinds follow the card's
#: conventions: a group's paper (Fraktionsvorlage, amendment) is a motion, a Bekanntmachung of a
#: meeting an agenda, a Stellungnahme or Schreiben to the mayor a letter.
_GENRE_HEADINGS = {
    **_FORM_HEADINGS,
    "vorlage": "proposal", "verwaltungsvorlage": "proposal", "dringlichkeitsvorlage": "proposal",
    "beschlussvorschlag": "proposal", "indstilling til": "proposal", "cabinet report": "proposal",
    "fraktionsvorlage": "motion", "fraktionsantrag": "motion", "änderungsantrag": "motion", "dringlichkeitsantrag": "motion",
    "prüfantrag": "motion", "ba-antrag": "motion", "ergänzungsantrag": "motion", "große anfrage": "motion",
    "kleine anfrage": "motion", "schriftliche anfrage": "motion", "notice of motion": "motion", "amendment": "motion",
    "budget amendment": "motion", "budget amendment form": "motion", "beslutningsforslag fra": "motion",
    "medlemsforslag fra": "motion", "forslag fra": "motion",
    "bekanntmachung": "agenda", "öffentliche bekanntmachung": "agenda", "einladung zur sitzung": "agenda",
    "summons": "agenda", "notice of meeting": "agenda", "agenda frontsheet": "agenda",
    "sitzungsprotokoll": "minutes", "ergebnisprotokoll": "minutes", "beschlussprotokoll": "minutes",
    "auszug aus der niederschrift": "minutes", "mødereferat": "minutes", "record of proceedings": "minutes",
    "stellungnahme": "letter", "schreiben": "letter", "brief": "letter", "offener brief": "letter", "brev": "letter",
    "høringssvar": "letter", "dagsordenspunkt": "agenda_item", "tagesordnungspunkt": "agenda_item",
    "record of decision": "other", "proposed record of decision": "other", "decision notice": "other",
    "disposition of items": "minutes", "wortprotokoll": "minutes", "verhandlungsprotokoll": "minutes",
    "sagsfremlæggelse": "proposal", "tjenesteskrivelse": "proposal", "weisung": "proposal",
    "chief executive's report": "proposal", "manager's report": "proposal",
    # A US council's item summary or request for action, an Australian or Irish agenda report.
    "agenda item summary": "proposal", "agenda item report": "proposal", "request for council action": "proposal",
    "request for board action": "proposal",
    "agenda report": "proposal", "council report": "proposal",
    # Further form names: a Hamburg Beschlussempfehlung, a council proposal as Dutch municipalities
    # print it, a Swiss Interpellation or Postulat, an extract of Scottish minutes.
    "beschlussempfehlung": "proposal", "council proposal": "proposal", "interpellation": "motion", "postulat": "motion",
    "extract from": "minutes",
    # A member's question to the mayor or the executive: "Spørgsmål til borgmesteren", "Written question".
    "spørgsmål til": "motion", "skriftligt spørgsmål": "motion", "written question": "motion",
    # the same named for the member who asks: "Spørgsmål fra byrådsmedlem … til borgmesteren"
    "spørgsmål fra": "motion",
    # a council's notice of a development it proposes to carry out, inviting submissions by a day
    "notice of proposed development": "hearing",
    # a note on the responses a hearing brought, for the committee that decides
    "høringsnotat": "memo",
    # Residents' requests to the council (Bürgerantrag, Einwohnerantrag) and a member's question at a meeting.
    "bürgerantrag": "motion", "einwohnerantrag": "motion", "question from": "motion",
    **FURTHER_GENRES,
}
# Section headings of an agenda item that are also genre names: as a heading of their own they
# open a section ("Indstilling" over the recommendation), not the paper.
for _section in ("indstilling", "beslutning", "orientering"):
    _GENRE_HEADINGS.pop(_section, None)
# A genre word that opens a longer heading: "Antrag zur Erweiterung …", "Niederschrift über die Sitzung …".
_GENRE_OPENING = re.compile(
    r"^(?P<genre>[^\W\d_]+(?:(?:[ -]|['’]s )[^\W\d_]+){0,2}?)\s*(?::|[-–—]\s|\s(?P<preposition>zur|zum|der|des|über|für|an|til|om|af|fra|for|to|on|of|from|vom|am|nr\.?|no\.?|nummer"
    r"|vedrørende|vedr\.|angående|betreffend|betreffs|bezüglich|regarding|concerning|gemäß|gemäss|gem\.)\s)",
    re.IGNORECASE,
)
#: Genre words too general to settle the kind alone: the text's own cues may refine them (a
#: "Vorlage" that is a group's motion or a notice, a Danish "Referat" of one agenda item).
WEAK_GENRES = {"vorlage": frozenset({"motion", "notice"}), "referat": frozenset({"agenda_item"})}
# "3. Title" (FirstAgenda, Prepare, Acadre, eDoc), "TOP 4 Title", "Punkt 7: Title", "Item 5. Title".
# "12.3 Title": a report numbered within its meeting's agenda section.
# "Punkt nr. 7 - Title" (KMD): the item word may carry "nr." and a dash before the title.
_NUMBERED_HEADING = re.compile(
    r"^(?:(?:TOP|Punkt|Pkt\.|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?\d{1,3}[.:]?(?:\s+[-–])?|\d{1,3}\.(?:\d{1,2}\.?)?)\s+\S",
    re.IGNORECASE,
)
# The sections of one agenda item: what is proposed, and the case or what was decided.
_ITEM_PROPOSAL_SECTIONS = frozenset({
    "indstilling", "forslag til beslutning", "beschlussvorschlag", "beschlussempfehlung", "recommendation", "recommendations",
    # English agenda reports: the officers' or staff's recommendation, a US item's recommended action.
    "officer recommendation", "officer's recommendation", "officers' recommendation", "officers recommendation",
    "staff recommendation", "recommended action", "recommended resolution", "forvaltningens indstilling",
    "administrationens indstilling",
})
_ITEM_CASE_SECTIONS = frozenset({
    "beslutning", "sagsfremstilling", "sagsbeskrivelse", "resume", "resumé", "fremstilling", "baggrund",
    "sachverhalt", "begründung", "beschluss", "decision", "background", "summary", "report",
})
_LEADING_NUMBER = re.compile(
    r"^(?:(?:TOP|Punkt|Pkt\.|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?)?\d{1,3}(?:[.:]|\.\d{1,2}\.?)?(?:\s+[-–])?\s+",
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
    if kind is not None and unnumbered != bare and kind != "motion":
        # A numbered item of an agenda about a memo or a report is still an agenda item; only a
        # member's motion put on the agenda keeps its genre.
        return None
    return kind


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


_GROUP = re.compile(
    r"\bFraktion\b|\bFraktionen\b|\bGruppe\b|\bgroup\b|\bparty\b|\bpartiet\b|\bgruppe\b|\bStadtratsfraktion\b"
    r"|\bAusschussgemeinschaft\b|\bWählergemeinschaft\b|\bWählergruppe\b|\bBürgerliste\b",
    re.IGNORECASE,
)


# "Antrag an den Stadtsenat" under an office of the administration is the administration's proposal to
# that body (an Austrian Amtsantrag, a Magistrat's Antrag); a group's or members' Antrag is their motion.
_ANTRAG_TO_BODY = re.compile(r"^(?:Amts)?antrag\s+an\s+(?:den|die|das)\s+\S", re.IGNORECASE)
_ADMINISTRATION_LINE = re.compile(
    r"^\s*(?:Magistrat|Magistratsabteilung|Abteilung|Amt|Stadtamt|Gemeindeamt|Bezirksamt|Referat|Dezernat|Fachbereich"
    r"|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Landratsamt|(?:Der|Die) (?:Ober)?[Bb]ürgermeister(?:in)?)\b",
    re.MULTILINE,
)
_MEMBERS_PUT = re.compile(r"\b(?:eingereicht|eingebracht|gestellt) von\b|\bAntragsteller\w*\b|\bunterzeichnet\w*\b", re.IGNORECASE)


def proposed_by_administration(text: str, heading: str) -> bool:
    """Tell whether an "Antrag an den …" heading is an office's proposal to a body, not members' motion."""
    heading = " ".join(heading.split())
    if not _ANTRAG_TO_BODY.match(heading):
        return False
    at = text.find(heading)
    above = text[: at if at > 0 else 0]
    head = text[:2500]
    return bool(_ADMINISTRATION_LINE.search(above)) and not _GROUP.search(head) and not _MEMBERS_PUT.search(head)


def put_forward_by_members(fields) -> object | None:
    """Return the form field that names a party group or members as the paper's submitter, if any.

    A paper that members or a group put forward is a motion, whatever its form calls it
    (a Fraktionsvorlage is printed as a "Vorlage").
    """
    for field in fields:
        if field.key in ("author_unit", "proposer") and field.label.casefold().rstrip(":") in (
            "einreicher", "einbringer", "antragsteller", "antragstellerin", "antragstellende", "proposer", "forslagsstiller",
            "stillet af", "submitted by",
        ):
            if _GROUP.search(field.value):
                return field
    return None


def agenda_item_title(line: str) -> str | None:
    """Return the title of a numbered item heading ("7. Salg af grund" -> "Salg af grund"), or None."""
    text = " ".join(line.replace("\t", " ").split())
    if not _NUMBERED_HEADING.match(text):
        return None
    return _LEADING_NUMBER.sub("", text).strip(" :.-–") or None


_ITEM_NUMBER = re.compile(
    r"^(?:(?:TOP|Punkt|Pkt\.|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?)?(\d{1,3}(?:\.\d{1,2})?)[.:]?\s", re.IGNORECASE
)


def agenda_item_number(line: str) -> str | None:
    """Return the number of a numbered item heading ("12.3 Draft strategy" -> "12.3"), or None."""
    text = " ".join(line.replace("\t", " ").split())
    if not _NUMBERED_HEADING.match(text):
        return None
    number = _ITEM_NUMBER.match(text)
    return number.group(1) if number else None


_ITEM_HEAD_LINES = 6
# The meeting's own fields over an item printed from its agenda: "Mødedato: 3. juni 2025 kl. 15:00", "Sitzungsort: Rathaus".
_MEETING_FIELD_LINE = re.compile(
    r"^(?:Mødedato|Mødetidspunkt|Mødested|Møde|Sted|Tid|Sitzungsdatum|Sitzungstermin|Sitzungsort|Ort|Beginn"
    r"|Date of meeting|Meeting date|Venue|Time):[^\t]{1,80}$",
    re.IGNORECASE,
)
_AGENDA_HEAD_LINE = re.compile(r"^(?:Dagsorden|Tagesordnung|Agenda)\b", re.IGNORECASE)
_ITEM_HEAD_LINE = re.compile(
    r"^(?:[A-ZÆØÅÄÖÜ][\wæøåäöüß-]* (?:Kommune|Regionskommune)|(?:Stadt|Gemeinde|Landkreis|Markt) [A-ZÄÖÜ][\wäöüß-]*"
    r"|[A-ZÆØÅÄÖÜ][\wæøåäöüß-]*(?:-? og [\wæøå-]+)?(?:udvalget|udvalg|ausschuss|kommissionen|bestyrelsen|rådet)|Byrådet"
    r"|Kommunalbestyrelsen|Regionsrådet"
    # the meeting by a compound of its body's word or in words, its day: "Bestyrelsesmøde onsdag den 10. juni 2026",
    # "Møde i KKR Sydjylland", "Torsdag den 4. juni 2026 kl. 15.00, Brandstationen"
    r"|[\wæøå-]*møde\b[^\t]{0,60}|Møde i [^\t]{2,60}|(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b[^\t]{0,70}"
    r"|(?:Dagsorden|Referat|Beslutningsprotokol|Tagesordnung|Niederschrift|Agenda|Minutes)\b[^\t]{0,60}"
    r"|Åbent punkt|Åben sag|Lukket punkt|Öffentlich|Nichtöffentlich|Nicht öffentlich|Public|Open item"
    # The meeting an item is printed from, its kind and date: "Ordinært møde den 7. oktober 2025", "ORDINARY
    # COUNCIL MEETING", "28 October 2025"; an English council in its style ("Shire of X", "X District Council").
    r"|(?:Ordinært|Ekstraordinært) møde\b[^\t]{0,40}|(?:Ordentliche|Außerordentliche) Sitzung\b[^\t]{0,40}"
    r"|(?:Ordinary|Extraordinary|Special) (?:Council )?Meeting\b[^\t]{0,40}|\d{1,2}\.? [^\W\d_]+\.? \d{4}"
    r"|(?:City|Town|Shire|Municipality|County|District|Borough) of [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
    r"|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} (?:City|Shire|County|District|Borough|Regional) Council)$",
    re.IGNORECASE,
)


# An issuer's name heading the meeting's head: a few words, no number, no label.
_ISSUER_LINE = re.compile(r"^[A-ZÆØÅÄÖÜ][^\d\t:]{1,50}$")
# An item's number on a line of its own, with its part of the sitting, the title on the next line: "Dagsordenspunkt 5 –
# Åbent punkt", "TOP 4", "Punkt 7 (lukket)".
_ITEM_LABEL_LINE = re.compile(
    r"^(?:Dagsordenspunkt|Punkt|Pkt\.|TOP|Tagesordnungspunkt|Item|Agenda item)\s*(?:(?:nr|no)\.?\s*)?\d{1,3}[.:]?"
    r"(?:\s*[-–:]?\s*\(?(?:åbent punkt|åben sag|lukket punkt|lukket sag|åben|lukket|öffentlich|nichtöffentlich"
    r"|nicht öffentlich|open|public|closed|exempt)\)?)?$",
    re.IGNORECASE,
)


def _item_label_line(text: str) -> bool:
    """Tell whether a line is an item's number alone, with its part of the sitting at most ("Dagsordenspunkt 5 – Åbent punkt")."""
    return bool(_ITEM_LABEL_LINE.match(" ".join(text.split())))


def item_label_number(text: str) -> str | None:
    """Return the number of an item's label line ("Dagsordenspunkt 5 – Åbent punkt" -> "5"), or None."""
    if not _item_label_line(text):
        return None
    return re.search(r"\d{1,3}", text).group()


def _item_head_line(text: str) -> bool:
    """Tell whether a line is of an item's head, its columns set apart by spaces ("X Kommune      Økonomiudvalget")."""
    columns = [" ".join(column.split()) for column in re.split(r" {3,}|\t", text.strip())]
    return all(_ITEM_HEAD_LINE.match(column) for column in columns if column)


def _agenda_item_layout(document, head) -> object | None:
    """Recognise one numbered item of an agenda printed alone: "11. Title" over its proposal and case sections.

    Council systems print the item's number and title first, or under the line of the meeting it
    belongs to ("Økonomiudvalget – Referat – 12.03.2025"); then "Indstilling" and "Beslutning",
    "Beschlussvorschlag" and "Sachverhalt", or "Recommendation" and "Decision".
    """
    lines = [address for address in head if address.text.strip()]
    if lines and (meeting_line(lines[0].text) or body_meeting_line(lines[0].text)):
        # The line of the meeting the item is on, with its genre or only its body and date.
        lines = lines[1:]
    else:
        # Or a head of short lines over the item: the council, the body, "Dagsorden til mødet den …",
        # "Åbent punkt".
        skipped = 0
        # The meeting's fields may stand in the head of an item printed from an agenda; the head of an extract
        # of a decision record with its meeting's date over one item is the record's.
        fields_allowed = any(_AGENDA_HEAD_LINE.match(address.text.strip()) for address in lines[:_ITEM_HEAD_LINES])
        while skipped < _ITEM_HEAD_LINES and len(lines) > skipped + 1 and (
            _item_head_line(lines[skipped].text)
            or fields_allowed and _MEETING_FIELD_LINE.match(" ".join(lines[skipped].text.split()))
            # the issuer's name over the meeting's head: "Vestkyst Affald I/S", "Sydkystens Brand & Redning"
            or not skipped and _ISSUER_LINE.match(" ".join(lines[0].text.split())) and _item_head_line(lines[1].text)
        ):
            skipped += 1
        if skipped and (_NUMBERED_HEADING.match(lines[skipped].text.strip()) or _item_label_line(lines[skipped].text)):
            lines = lines[skipped:]
    first = lines[0] if lines else None
    if first is None or not (_NUMBERED_HEADING.match(first.text.strip()) or _item_label_line(first.text)):
        return None
    # A section's name is its line's whole text, set as a heading or not: plain text and web pages
    # print "Resumé" over its paragraph with no blank line between.
    sections = {
        " ".join(address.text.split()).casefold().rstrip(":")
        for address in document.addresses
        if len(address.text) < 40
    }
    if sections & _ITEM_PROPOSAL_SECTIONS and sections & _ITEM_CASE_SECTIONS:
        return first
    return None
