"""What a date is for: the document's date, a meeting, a deadline, an event or other."""

from __future__ import annotations

import re
from functools import lru_cache

from townhall.reading.analysis.dates.context import label_above, sentence_after, sentence_before
from townhall.reading.analysis.dates.mention import DateMention
from townhall.reading.analysis.dates.places import _PLACE_DATE


# A label that opens the date's line, or stands alone on the line before it ("Dato:", "Datum\n")
# "Dated this 29th day of April", "Dated at Port Ashgrove, this 17th day of June": a notice's formal date line.
# "Date of response": a reply to a petition or a question is dated by its answer.
_DOCUMENT_LABEL = re.compile(
    # (a statutory notice numbers its paragraphs: "1. Date of announcement: 29 May 2026")
    r"[ \t]*(?:\*\*)?(?:\d{1,2}\.[ \t]+)?(?:dato|datum|date|dated(?:[ \t]+at[ \t]+[^,:\n]{1,40},?)?(?:[ \t]+this)?|erstellungsdatum|"
    r"ausfertigungsdatum|ausgabedatum|datum der erstellung|date of (?:issue|report|response|reply|answer|announcement|notice)|announcement date|"
    r"report date|date published|publication date|published|"
    r"udskrevet|udarbejdet|dateret|stand|erstellt am|erstellt|date issued|issued)[ \t]*[:.]?[ \t]*(?:\*\*)?[ \t]*",
    re.IGNORECASE,
)
_MEETING_LABEL = re.compile(
    r"(?:sitzungstermin|sitzungsdatum|datum der sitzung|sitzung am|mødedato|mødedag|møde den|"
    r"meeting date|date of meeting|sitzung vom|beratung am|decision date)[ \t]*:?[ \t]*\n?[ \t]*$",
    re.IGNORECASE,
)


# "senest kl. 12.00 den ...", "by 5pm on ...", "no later than 12:00 p.m. on ...", "bis 12 Uhr am ...",
# "closes at 11.59pm on ...", "endet um 24 Uhr am ..."
# (a time of day may be named as noon or midnight: "no later than 12:00 noon on …")
_CLOCK = (
    r"(?:(?:at|um)[ \t]+)?(?:kl\.\s*\d{1,2}(?:[.:]\d\d)?|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)"
    r"|(?:\d{1,2}[.:]\d\d[ \t]+)?(?:noon|midday|midnight)|\d{1,2}[.:]\d\d),?[ \t]+"
)
_STRONG_DEADLINE = re.compile(
    r"(?:spätestens|no later than|not later than|(?<!be)frist(?:en|er|ende|ablauf)?(?!\w)|fristverl(?:ängerung|\.)|deadline\w*|"
    r"anmeldeschluss|einsendeschluss|abgabeschluss|bewerbungsschluss|meldeschluss|abgabetermin|"
    r"svarfrist|høringsfrist\w*|tilmeldingsfrist\w*|ansøgningsfrist\w*|closing date|"
    # what is to be sent closes, or must come in by a day: "Submissions close at 5pm on …", "… on or before …"
    # ("Submissions open on Monday 17 August 2026 and close at 5pm on …": the opening day may stand between them)
    # (or what they are on stands between: "Submissions on the draft program close on …")
    r"(?:submissions|comments|responses|representations|objections)\s+(?:(?:on|to|about)\s+[^.!?]{0,40}?\s)?"
    r"(?:open\s+[^!?\n]{0,40}?\sand\s+)?(?:close|are\s+due)"
    # a period for objections or a call-in that expires, a consultation's expiry date, a bid's time limit
    r"|\bperiod\s+expires|\bexpiry\s+date|budfrist\w*|tilbudsfrist\w*|angebotsfrist"
    r"|on\s+or\s+before|"
    # a round of applications or a registration that closes, the last day to act: "round two, which closes on …",
    # "The last day to register to vote … is …", "sidste dag for tilmelding er …", "letzter Tag für Anmeldungen ist …"
    r"(?:applications?|round\s+\w+|registrations?|nominations?|entries|bookings)[^.\n]{0,30}?\bcloses?\b|"
    r"(?:the\s+)?last\s+day\s+(?:to|for)|sidste\s+dag\s+(?:for|til)|letzte[rn]?\s+Tag\s+(?:für|zur|zum)|"
    # the end of a hearing is the deadline for its responses
    # "The consultation opens on 9 March and closes on …": the opening day may stand between them
    r"(?:høring\w*|consultation(?: period)?|anhörung\w*|beteiligung\w*|auslegung\w*)\s+"
    r"(?:(?:opens|starts|begins|åbner|starter|beginnt)\s+[^!?\n]{0,40}?\s(?:and|og|und)\s+)?"
    r"(?:slutter|udløber|afsluttes|løber\s+(?:frem\s+)?til|endet|läuft\s+bis|closes|ends|will\s+close|runs\s+until))"
    r"(?:[^.\n]{0,90}?(?:\s(?:er|ist|is|are|will be|wäre|endet|udløber|expires|foreslås|fastsættes)|:))?"
    # (a line may break after the last word: "die Frist endet am" / "11.07.2026")
    r"[ \t]*(?:\n[ \t]*)?(?:" + _CLOCK + r")?(?:(?:am|den|d\.|der|zum|the|on|til|bis(?:\s+zum)?|inden|på)(?:[ \t]+|[ \t]*\n[ \t]*))*$",
    re.IGNORECASE,
)
# The period in which a council's accounts lie open to its electors, who may inspect them and object: "… for
# inspection … commencing on Monday 1 June 2026 and ending on Friday 10 July 2026".
_PERIOD_ENDING = re.compile(r"\bcommencing\s+(?:on\s+)?[^!?]{0,50}?\s(?:and\s+)?ending\s+(?:on\s+)?$", re.IGNORECASE)
_RIGHTS_PERIOD = re.compile(r"\b(?:for\s+inspection|public\s+rights|make\s+an\s+objection|inspect)\b", re.IGNORECASE)
# A time limit put back: "med forlængelse til den …", "verlängert bis zum …", "extended to …"
EXTENDED_TO = re.compile(
    r"(?<!\w)(?:fristforlængelse|forlængelse|forlænget|fristverlängerung|verlängert|verlängerung|extended|extension)"
    r"(?:[ \t]+[^\W\d]+){0,2}?[ \t]+(?:til|bis(?:[ \t]+(?:zum|einschließlich))?|to|until)[ \t]+(?:(?:den|d\.|am|the)[ \t]+)?$",
    re.IGNORECASE,
)
# What such a limit is for: a hearing, a consultation, responses or a time limit as such
_RESPONSE_PERIOD = re.compile(
    r"høring|frist|indsigelse|bemærkning|anhörung|beteiligung|stellungnahme|einwendung|consultation|"
    r"representation|objection|response|deadline",
    re.IGNORECASE,
)
# A period open for responses, written as a range: "Høringsperioden løber fra den 4. marts til den 29. april",
# "Offenlage vom 09.03. bis 10.04.2026", "The consultation period runs from … to …": its last day is the deadline.
_RESPONSE_WINDOW = re.compile(
    r"(?<!\w)(?:høring\w*|offentlig\s+fremlæggelse|indsigelsesperiode\w*|offenlage|auslegung\w*|anhörung\w*|"
    r"beteiligung\w*|einwendungsfrist|consultation(?:\s+period)?|representation\s+period|objection\s+period|"
    # a time limit that runs between two days: "Die Referendumsfrist läuft vom … bis …", "Klagefristen løber fra …"
    r"[^\W\d_]*frist(?:en)?(?=[ \t]+(?:läuft|løber|runs)\b))"
    r"(?:[ \t]+[^\W\d]+){0,3}?[ \t]+(?:fra|vom|von|from|between|i\s+perioden(?:\s+fra)?|im\s+zeitraum(?:\s+vom)?|"
    r"in\s+der\s+zeit\s+vom)[ \t]+(?:(?:den|d\.|the|dem)[ \t]+)?$",
    re.IGNORECASE,
)
_WEAK_DEADLINE = re.compile(
    r"(?<!\w)(?:senest|bis(?:\s+(?:zum|einschließlich|spätestens))?|by|before|inden|until)"
    r"[ \t]+(?:" + _CLOCK + r")?(?:(?:am|den|d\.|the|zum|on)[ \t]+)?$",
    re.IGNORECASE,
)
ACT_WORDS = re.compile(
    r"tilmeld|høringssvar|svar|ansøg|indsend|send|modtaget|bemærkning|kommentar|indstil|"
    r"anmeld|anmeldung|rückmeld|stellungnahme|einreich|einzureichen|abgeb|abzugeben|mitteil|"
    r"zusend|zuzusenden|bewerb|beantrag|melden|vorzulegen|vorlegen|eingegangen|eingehen|eingereicht|antwort|"
    # "können bis zum … dazu Stellung nehmen": the verb of a statement, as "Stellungnahme" is its noun
    r"stellung\s+(?:zu\s+)?nehmen|"
    # "Hinweise und Anregungen können bis zum … an das Amt gerichtet werden"
    r"hinweise|anregung|zu\s+richten|gerichtet\s+werden|"
    r"register|registration|submit|submission|send|reply|replies|respond|response|comment|"
    r"apply|application|book|confirm|return|received|rsvp|feedback|objection|representation|"
    # a decision may be called in, objected to or appealed until a day: "may be called in by 5.00 pm on …"
    r"call(?:ed)?[ -]in|einwend|einspruch|widerspruch|indsigelse|appeal|"
    # a bidder's offer binds it until a day, by which the contract must be awarded: "ist bis zum … bindend"
    r"bindend|gebunden|"
    # works to be finished by a day: "Die Arbeiten sind bis zum … abzuschließen"
    r"abzuschließen|abzuschliessen|fertigzustellen|"
    r"(?<!\w)(?:skal|bedes|muss|müssen|must|should|bitte|please|venligst)(?!\w)",
    re.IGNORECASE,
)
_PAST_TENSE = re.compile(
    r"(?<!\w)(?:lag|lagen|wurde|wurden|war|waren|hatte|hatten|ging|gingen|blev|var|havde|løb|modtog|"
    r"fand|fanden|was|were|had|closed|ended|(?<!be\s)(?<!being\s)(?<!are\s)(?<!is\s)received)(?!\w)",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"(?<!\w)(?:skal|bedes|kan|venligst|muss|müssen|kann|können|soll|sollen|sollte|bitte|"
    r"must|should|please|can)(?!\w)",
    re.IGNORECASE,
)


def _reports_the_past(sentence: str) -> bool:
    """Tell whether a sentence reports the past ("lagen bis zum ... vor") rather than asking for action."""
    return bool(_PAST_TENSE.search(sentence)) and not _MODAL.search(sentence)


_MEETING_CUE = re.compile(
    # a room named for sittings ("Sitzungssaal II", "mødelokale") is a place, not a meeting
    r"sitzung(?!s(?:saal|zimmer|raum))|møde(?:t|r)?\b|forelægges|forelagt|behandles|meeting|ausschuss|udvalg|vorgelegt|"
    r"beratung|considered by|committee|cabinet|council on|beslutning i",
    re.IGNORECASE,
)
_EVENT_CUE = re.compile(
    r"konferen|conference|workshop|seminar|tagung|fachtag|veranstaltung|statt(?:finden|gefunden)?\b|"
    r"findet|afholdes|afholder|afholdt|takes place|will be held|was held|kongres|congress|symposi|"
    r"festival|messe|forum|hearing|høring(?:smøde)?|borgermøde|informationsmøde|summit|topmøde",
    re.IGNORECASE,
)


def _has_document_label(text: str, position: int) -> bool:
    """Tell whether the date at ``position`` carries a document-date label on its line or the line above."""
    line_start = text.rfind("\n", 0, position) + 1
    prefix = text[line_start:position]
    if not prefix.strip(" \t*"):
        previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        prefix = text[previous_start:max(previous_start, line_start - 1)]
    # In a header printed in columns the label is the last cell before the date ("To: Board<tab>Date: ...");
    # a plain-text or PDF text layer sets the columns apart by a run of spaces.
    if _DOCUMENT_LABEL.fullmatch(COLUMN_GAP.split(prefix.rstrip(" \t"))[-1]):
        return True
    # Where the text joined the columns with one space ("Amt 40 – Schulverwaltung Datum: 12.01.2026"), a
    # date label with its colon right before a date that closes the line is the right column's field.
    line_end = text.find("\n", position)
    rest = text[position:line_end if line_end != -1 else len(text)]
    return bool(_RIGHT_COLUMN_LABEL.search(prefix)) and len(rest.strip()) <= 12 and not any(c.isalpha() for c in rest)


#: Columns of a header printed side by side, as a text layer keeps them: a tab or a run of spaces.
COLUMN_GAP = re.compile(r"\t|[ ]{3,}")
_RIGHT_COLUMN_LABEL = re.compile(r"\s(?:Datum|Dato|Date)[ \t]*:[ \t]*$")


@lru_cache(maxsize=512)
def classify_role(text: str, mention: DateMention) -> str:
    """Return what the date at ``mention`` is for: document, meeting, deadline, event or other."""
    start, end = mention.span
    line_before = text[max(0, start - 60):start]
    if _MEETING_LABEL.search(line_before):
        return "meeting"
    if _has_document_label(text, start) or _PLACE_DATE.search(text[max(0, start - 60):start]):
        return "document"
    before = sentence_before(text, start)
    after = sentence_after(text, end)
    sentence = before + mention.text + after
    if _STRONG_DEADLINE.search(before):
        return "deadline"
    if _PERIOD_ENDING.search(before) and _RIGHTS_PERIOD.search(text[max(0, start - 400):start]):
        return "deadline"  # the last day electors may inspect a council's accounts and object to them
    label = label_above(text, start)
    if label and _STRONG_DEADLINE.search(label):
        return "deadline"
    if mention.end is not None and _RESPONSE_WINDOW.search(before) and not _reports_the_past(sentence):
        return "deadline"  # the last day of a hearing or a plan's time laid out for comments
    if EXTENDED_TO.search(before) and _RESPONSE_PERIOD.search(sentence):
        return "deadline"  # "høring i perioden … med forlængelse til den …": the extended end is the deadline
    # (what a clause before the semicolon reports, "Der Entwurf wurde … übersandt;", says nothing of the day after it)
    clause = before.rsplit(";", 1)[-1] + mention.text + after.split(";", 1)[0]
    if _WEAK_DEADLINE.search(before) and ACT_WORDS.search(sentence) and not _reports_the_past(clause):
        return "deadline"
    near_before = before[-70:]
    if _MEETING_CUE.search(near_before) or _MEETING_CUE.search(after[:40]):
        if not _EVENT_CUE.search(near_before[-40:]):
            return "meeting"
    if _EVENT_CUE.search(sentence):
        return "event"
    return "other"
