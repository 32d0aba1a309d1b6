"""The bodies a paper is addressed to: labels, a form's name with its body, recommendations and decisions naming a body, a route's first body."""

from __future__ import annotations

import re

from townhall.reading.analysis.route.danish_meeting_heads import sitting_body
from townhall.reading.analysis.units.author import _AUTHOR_LABEL
from townhall.reading.analysis.units.lines import _next_non_empty, _previous_non_empty
from townhall.reading.analysis.units.names import _BODY_WORD, _capitals_titled, _is_person
from townhall.reading.analysis.units.route_rows import _first_gremium, _first_route_row
from townhall.reading.analysis.units.senders import _GENRE_LINE, _nominative_body, sender_and_body


_ADDRESSEE_LABEL = re.compile(
    # ("Att.: Trafik og Veje" under the council's address: the unit a letter is for)
    r"^\s*(?:Til|An|To|Adressat|Empfänger|Modtager|Vorlage an|Report to|Submitted to|Meeting|Att\.?|Attn\.?)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
# A Danish agenda item's field for the body that decides it: "Sagen afgøres i: Økonomiudvalget".
_DECIDED_IN = re.compile(r"^\s*(?:Sagen )?afgøres i\s*:\s*(?P<value>.*)$", re.IGNORECASE)


_DANISH_BODY = r"(?:[A-ZÆØÅ][\wæøå]*-? (?:og |& )?)*(?:[A-ZÆØÅ][\wæøå-]*(?:udvalget|udvalg)|Borgerrepræsentationen|Byrådet|Kommunalbestyrelsen|Regionsrådet|Magistraten)"
_DANISH_RECOMMENDS = re.compile(
    rf"\bat ({_DANISH_BODY}) (?:over for|overfor|godkender|tiltræder|beslutter|anbefaler|tager|vedtager|drøfter)\b"
    rf"|\bindstiller (?:over for|overfor|til) ({_DANISH_BODY})\b"
    # "… indstiller, at Kultur- og Fritidsudvalget" over a numbered list of what the body is to do.
    rf"|\bindstiller,? at ({_DANISH_BODY})[ \t]*:?[ \t]*\n\s*(?:1[.)]|-|•|\u2022)"
)
_GERMAN_BODY_VERB = re.compile(
    # (the formula may close a sentence's first clause: "…, der Landtag wolle beschließen")
    r"\b(?:Der|Die|Das|(?<=, )der|(?<=, )die) ((?:[A-ZÄÖÜ][\wäöüß-]+ )?(?:Rat|Stadtrat|Gemeinderat|Kreistag|Landtag|Stadtverordnetenversammlung|"
    r"Bezirksverordnetenversammlung|Gemeindevertretung|Verbandsversammlung|"
    r"Bezirksvertretung(?: [A-ZÄÖÜ][\wäöüß-]+)?|Hauptausschuss|Ausschuss für [A-ZÄÖÜ][\wäöüß, -]+?|[A-ZÄÖÜ][\wäöüß-]*(?:ausschuss|beirat|rat)))"
    # "Der Gemeinderat wird gebeten, folgende Fragen zu beantworten", "Der Stadtsenat wolle beschließen": the body asked.
    r" (?:nimmt|beschließt|beschliesst|stimmt|stellt fest|wird (?:gebeten|ersucht|aufgefordert)|möge|wolle)\b"
)
_DANISH_DECISION = re.compile(rf"^\s*Beslutning(?: i)? ({_DANISH_BODY}) den\b", re.MULTILINE)
# An English recommendation names the body asked to act: "It is recommended that the City Council authorize …",
# "Staff recommends that the Board of Education approve …" (the bare verb of the mandative subjunctive).
_ENGLISH_RECOMMENDS = re.compile(
    r"\b(?:recommended|recommends?|requested|asked)\s+that\s+(?:the\s+)?"
    r"((?:[A-Z][\w&'’-]*\s+){0,3}(?:Council|Board|Commission|Committee|Cabinet)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)"
    r"\s+(?:approve|authori[sz]e|adopt|award|endorse|accept|agree|receive|note|direct|consider|resolve)\b"
)
_DECISION_OF = re.compile(r"^\s*Beschluss des (Ausschusses für [^\n(]+?|[A-ZÄÖÜ][\wäöüß-]*(?:ausschusses|rates|beirates)) vom\b", re.MULTILINE)
_ENGLISH_COMMITTEE = re.compile(r"^(?:[A-Z][\w,&-]* (?:(?:and|of|for|the) )?){1,5}(?:Committee|Sub-Committee|Cabinet|Board|Panel)$")
# A form named for the action it asks of a body: "Request for Council Action", "Request for Board Action".
_ACTION_REQUESTED_OF = re.compile(r"^Request for (?P<body>Council|Board|Commission) Action$", re.IGNORECASE)
# A form's name with the body it goes to, as a heading of its own: "Item to Mayoral Committee", "Report to Cabinet".
_FORM_TO_BODY = re.compile(r"^(?:Item|Agenda Item|Report|Submission)\s+[Tt]o\s+(?:[Tt]he\s+)?(?P<body>[A-Z][^\t:]{2,60})$")
# What the body is to do, in brackets after its name: "(zur Kenntnis)", "(individual decision)", "(til orientering)".
_PURPOSE_NOTE = re.compile(
    r"\s*\((?:[\w-]+ ){0,2}(?:Kenntnis(?:nahme)?|Beratung|Entscheidung|Beschlussfassung|information|decision|noting"
    r"|orientering|beslutning|godkendelse)\)",
    re.IGNORECASE,
)
_NUMBER_TAIL = re.compile(r"\s+(?:[A-ZÄÖÜ]{1,4}\s+)?(?:Nr\.?|No\.?|Nummer)\s*[:.]?\s*\S*\d\S*$")
_ROUTED_VIA = re.compile(r"^(?:über|via|durch|gennem|through)\s", re.IGNORECASE)
_ADDRESS_OPENING = re.compile(r"^(?:An (?:den|die|das)|To the)(?P<value>(?: .*)?)$")
# "Til Børn- og Ungeudvalget", "Orientering til Teknik- og Miljøudvalget", "Report to the Housing Committee":
# an addressee line without a colon, bare or after the form's name.
_ADDRESSED_LINE = re.compile(
    r"^(?:(?:Orientering|Meddelelse|Notat|Indstilling|Beslutningsforslag|Redegørelse|Report|Briefing note|Briefing|Memo)\s+)?"
    r"(?:Til|til|To|to)\s+(?:(?:the|det|den)\s+)?(?P<value>[A-ZÆØÅ][^\t]{2,90})$"
    # A Swiss executive's Weisung, Bericht und Antrag or Botschaft names the parliament it goes to.
    r"|^(?:Weisung|Bericht und Antrag|Botschaft|Antrag)\s+an\s+(?:den|die|das)\s+(?P<value_an>[A-ZÄÖÜ][^\t]{2,90})$"
    # A member's question names the office it asks: "Spørgsmål til borgmesteren", "Anfrage an den Oberbürgermeister".
    # "Question from Councillor X to the Cabinet Member for Transport, Councillor Y": the member asked.
    r"|^Question from [^,]{3,60}? to (?:the )?(?P<value_member>(?:Cabinet Member|Executive Member|Portfolio Holder|Chair|Leader) (?:for|of) [A-Z][\w&' -]{2,60}?)(?:,.*)?$"
    # A written question opens its questions by naming whom it asks: "Ich frage das Bezirksamt:", "Wir fragen den Senat:".
    r"|^(?:Ich\s+frage|Wir\s+fragen)\s+(?:das|den|die)\s+(?P<value_asked>[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,3})\s*:$"
    # (the member who asks may stand between: "Spørgsmål fra byrådsmedlem Jens Holt (Ø) til borgmesteren")
    r"|^(?:Spørgsmål|Skriftligt spørgsmål|Anfrage|Question|Written question)(?:\s+(?:fra|von|from)\s+[^\n]{3,80}?)?\s+(?:til|an|to)\s+(?:(?:den|die|das|the)\s+)?"
    r"(?P<value_office>(?i:borgmester(?:en)?|rådmand(?:en)?|(?:ober)?bürgermeister(?:in)?|mayor|leader of the council))$"
)
# A form's name with the body and sitting it is for: "Sitzungsvorlage für den Bauausschuss am 16.09.2025",
# "Beschlussvorlage für die Sitzung des Stadtrates am …", "Report for the Planning Committee on 4 June 2025".
_GENRE_FOR_SITTING = re.compile(
    r"^(?:Sitzungsvorlage|Beschlussvorlage|Vorlage|Informationsvorlage|Mitteilungsvorlage|Bekanntgabe|Report|Briefing)"
    r"\s+(?:für|for)\s+(?:(?:den|die|das|the)\s+)?(?:(?:Sitzung|meeting)\s+(?:des|der|of the)\s+)?"
    r"(?P<value>[A-ZÄÖÜ][^\t]{2,90}?)(?:\s+(?:meeting\s+)?(?:am|vom|on)\s+\d.*|\s*\(.*\))?$"
)
_MEETING_TAIL = re.compile(r"\s+(?:Date of meeting|Meeting date|Date|Dato|Mødedato)\b.*$")
# A second field run into the first when a PDF's two header columns were joined: "Økonomiudvalget Fra: ...".
_NEXT_FIELD = re.compile(r"\s+(?:[A-ZÆØÅÄÖÜ][\wæøåäöüß./-]{1,24})(?: [a-zæøåäöü][\wæøåäöüß]{1,15}){0,2}:(?:\s.*)?$")
# "An den Vorsitz" / "An den Vorsitzenden" addresses the chair of the body named on the next line.
_CHAIR = re.compile(r"^(?:Vorsitz|Vorsitzenden?|Vorsitzende|Ausschussvorsitz(?:enden?)?|Chair|Chairman|Formanden|Formand)$", re.IGNORECASE)
# "Council - Thursday 6 November 2008" over a notice of motion: the meeting the motion is tabled for.
_MEETING_HEADER = re.compile(
    r"^(?P<body>(?:[A-Z][\w,&'-]* (?:(?:and|of|for|the) )?){0,5}(?:Council|Committee|Cabinet|Board|Panel))"
    # (the word for the sitting may follow the body: "County Council Meeting - 13th March 2025")
    r"(?: Meeting)?\s*[-–—]\s*(?:[A-Z][a-z]+day,? )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}$"
)
# A note that names the body it is put before: "Høringsnotatet forelægges Plan- og Miljøudvalget den 2. juni 2026".
# So is a report, an account or a proposal ("Rapporten forelægges Ældrerådet den …"), also before a council of the
# municipality named by its "-rådet"; a proposal sent on for a body to deal with ("Sendt til behandling i
# Kommunalbestyrelsen").
_NOTE_PUT_BEFORE = re.compile(
    r"\b[A-ZÆØÅ]?[\wæøå]*(?:[Nn]otatet|[Rr]apporten|[Rr]edegørelsen|[Ff]orslaget|[Ee]valueringen|[Aa]nalysen) "
    rf"(?:forelægges|fremlægges for|sendes til) ({_DANISH_BODY}|[A-ZÆØÅ][\wæøå]*rådet)\b"
    rf"|\b(?:[Ss]endt|[Oo]versendt|[Ss]endes|[Oo]versendes) til (?:politisk )?behandling i ({_DANISH_BODY})\b"
)
_TO_BE_DEALT_WITH = re.compile(rf"\bønskes behandlet (?:på|i) (?:(?:det |næste )?møde(?:t)? i )?({_DANISH_BODY})\b")


# Meetings of the administration itself that open a paper's route in German council systems.
# The same told by its shape: a meeting of an office, not of a body ("Dienstberatung des Oberbürgermeisters",
# "Besprechung der Dezernenten", "Konferenz der Amtsleitungen").
_OFFICE_MEETING = re.compile(
    r"^[A-ZÄÖÜ][\wäöüß-]*(?:beratung|besprechung|konferenz|runde)\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:meisters|meisterin|direktors|direktorin|dezernenten|leitung|leitungen|leiter|vorstands|vorstandes)\b"
)
_INTERNAL_STATION = re.compile(
    r"^(?:Dienstberatung|Dienstbesprechung|Verwaltungskonferenz|Verwaltungsvorstand|Dezernentenkonferenz"
    r"|Beigeordnetenkonferenz|Amtsleiterkonferenz|Stadtvorstand|Bürgermeisterbesprechung|OB-Runde|Referentenbesprechung)\b",
    re.IGNORECASE,
)


def find_addressees(text: str, kind: str | None = None) -> list[str]:
    """Return the committee(s) or body the paper is addressed to.

    For minutes and agendas only an explicit label counts: the bodies such papers name in their
    decisions are not the paper's addressees.
    """
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines[:40]):
        match = _ADDRESSEE_LABEL.match(line) or _DECIDED_IN.match(line)
        if match and match.re is _DECIDED_IN and (sitting := sitting_body(lines[:8])) is not None:
            # an item under a committee's sitting ("Børne- og Skoleudvalget" / "Ordinært møde …") is put to it; the
            # council that decides it ("Sagen afgøres i: Byrådet") is its route's last step
            return [sitting]
        if match and match.group("value").strip():
            value = _PURPOSE_NOTE.sub("", _NEXT_FIELD.sub("", match.group("value").split("\t")[0])).strip()
            if "@" in value or _is_person(value):
                continue  # an e-mail header names a person, not a body
            return _split_bodies(value)
        addressed = _ADDRESSED_LINE.match(line.split("\t")[0].strip())
        if addressed and addressed.group("value_member"):
            return [addressed.group("value_member").strip()]
        if addressed and addressed.group("value_asked"):
            return [addressed.group("value_asked")]
        if addressed and addressed.group("value_office"):
            office = addressed.group("value_office")
            return [office[0].upper() + office[1:]]
        if addressed:
            value = _MEETING_TAIL.sub("", _NEXT_FIELD.sub("", addressed.group("value") or addressed.group("value_an")))
            # "Weisung an das Stadtparlament GR Nr. 2026/117": the paper's number printed beside it is no part of the body
            value = _NUMBER_TAIL.sub("", value).strip(" .,")
            if _BODY_WORD.search(value) and not re.search(r"[.;!?]\s", value) and len(value.split()) <= 10:
                return _split_bodies(value)
        for_sitting = _GENRE_FOR_SITTING.match(line.split("\t")[0].strip())
        if for_sitting and _BODY_WORD.search(for_sitting.group("value")):
            # "Sitzungsvorlage für den Ausschuss für Umwelt am 16.09.2025 (VB)": the body whose sitting it is for.
            return [for_sitting.group("value").strip(" ,")]
        under_genre = _ADDRESSED_UNDER_GENRE.match(line)
        if under_genre and index and _GENRE_LINE.match(_previous_non_empty(lines, index)):
            # "Vorlage des Magistrats" / "an die Stadtverordnetenversammlung", "AMTSVORTRAG" / "an den Gemeinderat".
            value = _PURPOSE_TAIL.sub("", under_genre.group("value")).strip(" .,")
            if _BODY_WORD.search(value) and len(value.split()) <= 8:
                # "an den Bauausschuss zur Vorberatung" / "und an den Gemeinderat zur Beschlussfassung": each body.
                bodies = _split_bodies(value)
                for following in lines[index + 1 : index + 4]:
                    more = _AND_TO_BODY.match(following)
                    if not more or not _BODY_WORD.search(more.group("value")):
                        break
                    bodies.append(_PURPOSE_TAIL.sub("", more.group("value")).strip(" .,"))
                return bodies
        if index < 20 and (sent := sender_and_body("\n".join(lines[max(0, index - 3) : index + 1]))) is not None:
            return [sent[1]]
        opening = _ADDRESS_OPENING.match(line)
        if opening and _CHAIR.match(opening.group("value").strip()):
            body = _next_non_empty(lines, index)
            if body and _BODY_WORD.search(body) and len(body.split()) <= 10:
                return [body]
            continue
        if opening:
            recipient = _recipient(opening.group("value"), lines, index)
            if recipient:
                # Several "An den ..." lines in a row address several bodies.
                recipients = [recipient]
                for following in lines[index + 1 : index + 6]:
                    more = _ADDRESS_OPENING.match(following)
                    if not more or not more.group("value").strip():
                        break
                    recipients.append(_PURPOSE_NOTE.sub("", more.group("value")).strip(" ,"))
                return recipients
    if kind in ("minutes", "agenda"):
        return []
    first_row = _first_gremium(lines) or _first_route_row(lines)
    if first_row and (_INTERNAL_STATION.search(first_row) or _OFFICE_MEETING.match(first_row)):
        # A route that starts inside the administration (the mayor's staff meeting) is the paper's
        # way to the council, not a body it is addressed to.
        return []
    if first_row:
        return [first_row]
    for pattern in (
        _DANISH_RECOMMENDS, _DANISH_DECISION, _GERMAN_BODY_VERB, _DECISION_OF, _TO_BE_DEALT_WITH, _NOTE_PUT_BEFORE, _ENGLISH_RECOMMENDS,
    ):
        match = pattern.search(text)
        if match:
            return [_nominative_body(next(g for g in match.groups() if g))]
    for line in lines[:12]:
        form_to = _FORM_TO_BODY.match(_capitals_titled(line) if line.isupper() else line)
        if form_to and _ENGLISH_COMMITTEE.match(form_to.group("body")):
            return [form_to.group("body")]  # "ITEM TO MAYORAL COMMITTEE": the form's name is no part of the body
        if _ENGLISH_COMMITTEE.match(line):
            return [line]
        if line.isupper() and _ENGLISH_COMMITTEE.match(titled := _capitals_titled(line)):
            return [titled]  # "LICENSING SUB-COMMITTEE" over the meeting's date: the body in capitals
        meeting = _MEETING_HEADER.match(line)
        if meeting and kind == "motion":
            return [meeting.group("body")]
    for line in lines[:12]:
        action = _ACTION_REQUESTED_OF.match(line)
        if action:
            # "REQUEST FOR COUNCIL ACTION" under no body's name: the council, by the name the paper gives it ("The
            # City Council received …").
            body = action.group("body").capitalize()
            if any(re.fullmatch(rf"(?:[A-Z][\w-]*\s+){{0,3}}{body}(?:\s+of\s+[A-Z][\w ]+)?", other) for other in lines[:12]):
                break  # "Common Council" over the form's name: the body named in the head, whose route step follows
            named = re.search(rf"\b(?:City|Town|Village|County|Borough|District|Township|Regional|Municipal) {body}\b", text)
            return [named.group(0) if named else body]
    return []


# A form's name over the body it goes to, on the next line in lower case: "Vorlage des Magistrats" / "an die
# Stadtverordnetenversammlung", "Amtsvortrag" / "an den Gemeinderat", "Indstilling" / "til Byrådet".
_ADDRESSED_UNDER_GENRE = re.compile(r"^(?:an|til|to)\s+(?:(?:den|die|das|the)\s+)?(?P<value>[A-ZÆØÅÄÖÜ][^\t:]{2,80})$")
# A further body on the next line: "und an den Gemeinderat zur Beschlussfassung", "and to the Council for decision".
_AND_TO_BODY = re.compile(
    r"^(?:und|sowie|og|and)\s+(?:an|til|to)\s+(?:(?:den|die|das|the)\s+)?(?P<value>[A-ZÆØÅÄÖÜ][^\t:]{2,80})$"
)
# What the body is to do, after its name: "zur Vorberatung", "til orientering", "for decision".
_PURPOSE_TAIL = re.compile(
    r"\s+(?:zur|zum|til|for)\s+(?:Vorberatung|Beschlussfassung|Beschluss|Kenntnisnahme|Kenntnis|Entscheidung|Beratung"
    r"|Stellungnahme|orientering|beslutning|godkendelse|drøftelse|information|decision|noting|approval|consideration)$",
    re.IGNORECASE,
)


def _recipient(value: str, lines: list[str], index: int) -> str | None:
    """Return the recipient written after "An den" / "An die", on the same line or the next ones."""
    parts = [value.strip()] if value.strip() else []
    for following in lines[index + 1 : index + 3]:
        if not following or _AUTHOR_LABEL.match(following) or re.search(r"\d{4,5} [A-ZÄÖÜ]|straße|str\.|weg\b|platz\b", following):
            break
        if parts and not following[:1].islower():
            break
        if parts and _ROUTED_VIA.match(following):
            break  # "über den Oberbürgermeister": the office it is sent through, not the recipient's name
        parts.append(following)
    recipient = _PURPOSE_NOTE.sub("", " ".join(parts)).strip(" ,")
    return recipient if len(recipient) > 3 else None


def _split_bodies(value: str) -> list[str]:
    value = value.split("\t")[0].strip(" .")
    parts = [p.strip(" .") for p in re.split(r"\s*[;,]\s*|\s+(?:samt|sowie)\s+", value)]
    # "Ausschuss für Soziales, Migration und Wohnen" is one body: split only when every part names one.
    if len(parts) > 1 and all(_BODY_WORD.search(p) for p in parts):
        return [p for p in parts if len(p) > 2]
    return [value]

