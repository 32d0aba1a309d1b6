"""The unit that wrote a paper: a label, a sentence that names it, a motion's group, a director's line, a letterhead, a signature."""

from __future__ import annotations

import re

from townhall.reading.analysis.form_rows import label_in_row
from townhall.reading.analysis.people import as_name
from townhall.reading.analysis.units.letterheads import (
    _BODY_HEAD,
    _COUNCIL_GROUP,
    _HEAD_UNIT_LINES,
    _letterhead_unit,
    _sender_under_issuer,
    _unit_on_first_line,
    _unit_under_issuer_at_foot,
    body_of_municipality_at_top,
    units_over_case_fields,
)
from townhall.reading.analysis.units.lines import _next_non_empty
from townhall.reading.analysis.units.names import _BODY_WORD, _is_person, _looks_like_unit, _title_word
from townhall.reading.analysis.units.recommendations import _BARE_UNIT_WORDS, _recommender_under_heading
from townhall.reading.analysis.units.senders import _nominative, sender_and_body
from townhall.reading.analysis.units.signatures import (
    _advisory_body_signing,
    _department_of_signers_post,
    _group_under_signature,
    _unit_over_month_at_foot,
    board_over_its_signers,
    executive_over_its_officers,
)


_AUTHOR_LABEL = re.compile(
    r"^\s*(?:Einreicher(?:/in|in)?|Einbringer(?:/in|in)?|Federführend|Dezernat\s*/\s*Amt|Amt\s*/\s*Dezernat|Federführende?s? (?:Amt|Dienststelle|Dezernat|Fachbereich)|Federführung"
    r"|Dienststelle|Organisationseinheit|Fachbereich|Dezernat|Amt|Referat|Verfasser(?:/in|in)?|Absender"
    r"|Afsender|Enhed|Forvaltning|Kontor|Department|Directorate|Service area|Report of|Report by"
    r"|Lead department|Submitted by)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_AUTHOR_LABEL_ALONE = re.compile(
    r"^\s*(?:Federführende[rs]? (?:Fachbereich|Amt|Dienststelle|Dezernat|Referat)|Federführung|Einreicher(?:/in|in)?"
    r"|Dienststelle|Organisationseinheit|Verantwortliche Stelle|Afsender|Ansvarlig enhed|Forvaltning|Lead department"
    r"|Report of|Report by|Department|Directorate)\s*:?\s*$",
    re.IGNORECASE,
)
_INDSTILLER = re.compile(
    r"^\s*((?:[A-ZÆØÅ][\wæøå]*-? (?:og |& )?)*[A-ZÆØÅ][\wæøå-]*(?:forvaltning(?:en)?|[Aa]fdeling(?:en)?|sekretariat(?:et)?)"
    # "Center for Børn, Unge og Familie indstiller": the office named by what it serves.
    r"|(?:Center|Centret|Kontoret|Enheden|Staben|Fagcenter|Fagcentret) for [A-ZÆØÅ][\wæøå-]*(?:,? (?:og |& )?[\wæøå-]+){0,5}?"
    r"|Administrationen|Direktionen)"
    r"\s+(?:indstiller|foreslår)\b",
    re.MULTILINE,
)
# "Økonomi og Ejendomme indstiller, at …", "Teknik & Miljø indstiller, at …": an office named by its areas alone
# opens the recommendation (a committee that recommends is a body on the route, not the author).
_AREAS_RECOMMEND = re.compile(
    r"^\s*([A-ZÆØÅ][\wæøå-]+(?:, [A-ZÆØÅ][\wæøå-]+){0,3} (?:og|&) [A-ZÆØÅ][\wæøå-]+)\s+indstiller,? at\b", re.MULTILINE
)
# "Kulturafdelingen har …", "Børne- og Ungeforvaltningen orienterer …": a unit opening a paragraph.
_UNIT_REPORTS = re.compile(
    r"^\s*((?:[A-ZÆØÅ][\wæøå]*-? (?:og |& )?)*[A-ZÆØÅ][\wæøå-]*(?:afdelingen|forvaltningen|sekretariatet|centret|staben))"
    r"\s+(?:har|indstiller|foreslår|orienterer|anbefaler|fremlægger|vil)\b",
    re.MULTILINE,
)
# "Background Information – provided by the Green & Independents Group": the group behind a motion.
_PROVIDED_BY = re.compile(
    r"\b(?:provided|submitted|put forward|tabled) by (?:the )?((?:[A-Z][\w'&-]*\s(?:&\s|and\s)?){0,5}(?:Group|Party|Fraktion))\b"
    r"|\b(?:eingereicht|vorgelegt) (?:von|durch) (?:der |die |dem )?((?:[A-ZÄÖÜ][\wäöüß-]*\s){0,4}(?:Fraktion|Gruppe))\b"
)
_SENDER_LABEL = re.compile(r"^\s*(?:Fra|From|Von)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_UNIT_WORD = re.compile(
    r"(?:forvaltning(?:en)?|afdeling(?:en)?|kontor(?:et)?|sekretariat(?:et)?|center|centret|enhed(?:en)?|amt|referat"
    r"|dezernat|fachbereich|büro|stabsstelle|dienststelle|department|directorate|service|office|team)\b",
    re.IGNORECASE,
)


# The office ends in a capitalised word: a line that ends in a small word ("Director of City Planning under")
# is a sentence broken across lines, not an office standing alone.
_DIRECTOR_LINE = re.compile(
    r"^(?:Interim |Executive |Strategic |Service )?(?:Director|Head) of (?:[A-Z][\w ,&-]{0,58} )?[A-Z][\w&-]+$|^Chief Executive$"
)
# A service area named under a director's title: "Housing and Property", "Planning, Environment & Water".
_DIRECTORATE = re.compile(r"^[A-Z][a-z]+(?:(?:,| and| &)? [A-Z][a-z]+){0,5}$")
_DANISH_OFFICE = re.compile(
    r"^\s*((?:Kontoret|Kontor|Center|Centret|Enheden|Afdelingen|Sekretariatet|Teamet|Staben|Magistratsafdelingen) for [^\n\t]{3,80}?)\s*$",
    re.MULTILINE,
)
_PROPOSES = re.compile(r"\s+(?:indstiller|foreslår|anbefaler)\s*,?$")
_REPORT_OF = re.compile(
    r"^\s*(?:Joint )?Report (?:of|by) (?:the )?((?:[A-Za-z]+ ){0,2}(?:Director|Head|Chief Officer) of [^\n]+?|[^\n,]*?(?:Department|Directorate)"
    # The clerk who heads a small council's staff reports as that office: "Report of the Clerk and Chief Executive".
    r"|(?:Town |Parish |Council )?Clerk(?: and Chief Executive| to the [A-Z][\w ]{2,40})?|Chief Executive)"
    # An Irish chief executive reports to the meeting of a body: "Report of the Chief Executive to the Meeting of …";
    # a director to a committee: "Report of the Director of Place to Planning Committee".
    r"(?:\s+to\s+the\s+(?:Meeting|Members)\b[^\n]{0,100}"
    r"|\s+to\s+(?:the\s+)?[\w&,' -]{0,60}?(?:Committee|Council|Cabinet|Board|Panel)\b[^\n]{0,40})?\s*$",
    re.MULTILINE | re.IGNORECASE,
)
# The officer who authorises a report, with the post that names the service: "Authoriser: Sarah Thompson, General
# Manager Community Services", "Approved by: Tom Hill, Director of Place".
_AUTHORISER = re.compile(
    r"^\s*(?:Report )?(?:Authoriser|Authori[sz]ed by|Approved by|Endorsed by|Responsible (?:Director|Manager))\s*:\s*[^,\n]+,\s*"
    r"((?:(?:General|Group|Executive|Strategic|Assistant|Corporate|Service) )?(?:Manager|Director|Head)(?: of| -| –)? [A-Z][^\n,]{2,60}?)\s*$",
    re.MULTILINE,
)
_FEDERFUEHRUNG = re.compile(
    r"\b(?:unter der |in der )?Federführung (des|der) ((?:[A-ZÄÖÜ][\wäöüß-]*en )?(?:[A-ZÄÖÜ][\wäöüß-]+))(?: (?:für|der|des) [A-ZÄÖÜ][\wäöüß -]+?)?(?=[\s,.;])"
)
_REPORTING_UNIT = re.compile(
    r"\b(?:Das|Der|Die) ((?:Amt|Referat|Büro|Dezernat|Fachbereich|Stabsstelle) für [^.,;\n]{3,80}?)"
    r" (?:berichtet|informiert|teilt mit)\b"
    # A paragraph that opens with the unit reporting or proposing: "Die Bauabteilung berichtet:", "Das Departement
    # Bau und Planung beantragt dem Gemeinderat …" (Austrian Amtsberichte, Swiss Anträge, German Vorlagen). Offices of
    # the state ("Das Landesamt …", "Das Finanzamt …") are other authorities, never the writer.
    r"|^(?:Das|Der|Die) ((?:Departement|Abteilung|Ressort|Fachbereich|Fachdienst|Geschäftsbereich|Referat|Amt)"
    r"(?: (?:für |und |& )?[A-ZÄÖÜ][\wäöüß-]*){1,5}"
    r"|(?!Landes|Bundes|Landrats|Finanz|Staats|Kreis)[A-ZÄÖÜ][\wäöüß-]*(?:abteilung|amt|referat|departement|dezernat))"
    r" (?:berichtet|informiert|teilt mit|schlägt vor|empfiehlt|beantragt)\b",
    re.MULTILINE,
)
# An officer's recommendation in the report's own sentence: "The Director of Environment and Leisure recommends that".
_OFFICER_RECOMMENDS = re.compile(
    r"\b[Tt]he ((?:Interim |Executive |Corporate |Strategic |Assistant )?(?:Director|Head|Chief Officer) of [A-Z][\w'’-]*"
    r"(?:,? (?:and |& |for |of )?[A-Z][\w'’-]*){0,5})\s+(?:recommends|proposes|advises)\b"
)
# A unit by its number over the office that wrote the paper, on a line of its own in the head: "Dezernat II – Amt
# für Stadtentwicklung und Baurecht", "Fachbereich 4 – Fachdienst Jugend".
_NUMBERED_UNIT_LINE = re.compile(
    r"^(?:Dezernat|Fachbereich|Geschäftsbereich|Bereich) (?:[IVX]{1,4}|\d{1,3}) ?[–-] ?"
    r"(?:Amt|Fachbereich|Referat|Abteilung|Fachdienst|Büro|Stabsstelle|[A-ZÄÖÜ][\wäöüß-]*amt)\b[^:\t]{0,80}$"
    # The smallest numbered units name their field after the number: "Fachdienst 61 – Stadtplanung und Umwelt" (Hesse,
    # Lower Saxony), "Sachgebiet 23 – Öffentliche Sicherheit" (a Bavarian Landratsamt), "Fachgebiet 4.2 – Schulen".
    r"|^(?:Fachdienst|Sachgebiet|Fachgebiet|Sachbereich) \d{1,3}(?:\.\d{1,2})? ?[–-] ?[A-ZÄÖÜ][\wäöüß-]*(?: (?:und|für|der|des|[A-ZÄÖÜ][\wäöüß-]*)){0,6}$"
)


# A motion's heading names who puts it: "Medlemsforslag fra Enhedslisten", "Antrag der Fraktion Bürgerliste".
_MOTION_FROM = re.compile(
    r"^(?:Medlemsforslag|Beslutningsforslag|Forslag|Antrag|Anfrage|Motion|Dringlichkeitsantrag)\s+(?:fra|der|des|von|from)\s+"
    r"(?:(?:the|den|det)\s+)?(?P<unit>[A-ZÆØÅÄÖÜ][^\t:,.;]{1,60}?)\s*$"
)


_GROUP_LINE = re.compile(rf"^{_COUNCIL_GROUP}$")
_TO_BODY_LINE = re.compile(r"^an (?:den|die|das)\s+\S")
_TO_BODY_TAIL = re.compile(r"\s+(?:an (?:den|die|das)|til|to the)\s+\S.*$")
_SENDER_UNDER_GENRE = re.compile(r"^(?:der|des|von der|fra|from the)\s+[A-ZÆØÅÄÖÜ]")
_GROUP_WORD = re.compile(r"\b(?:Fraktion|Gruppe|Group|Party|Partei)\b|\w+listen\b|\w+fraktion\b", re.IGNORECASE)


def find_author_unit(text: str) -> str | None:
    """Return the office or department that wrote or submitted the paper, or None."""
    lines = text.split("\n")
    opening = [line.strip() for line in lines[:16] if line.strip()][:6]
    for position, line in enumerate(opening):
        motion = _MOTION_FROM.match(line)
        if motion is None and position + 1 < len(opening) and _SENDER_UNDER_GENRE.match(opening[position + 1]):
            # "Antrag" over "der Fraktion Bündnis 90/Die Grünen": the genre and its sender on two lines.
            motion = _MOTION_FROM.match(f"{line} {opening[position + 1]}")
        if motion and (position < 3 or _GROUP_WORD.search(motion.group("unit"))):
            # "Antrag der SPD-Fraktion an den Stadtrat": who puts the motion, not the body it goes to.
            return _TO_BODY_TAIL.sub("", motion.group("unit"))
        if position + 1 < len(opening) and _GROUP_LINE.match(line) and _TO_BODY_LINE.match(opening[position + 1]):
            # "Gemeinderatsklub der Bürgerliste X" over "an den Gemeinderat der Stadtgemeinde Y": the sender over
            # the body it writes to.
            return line
    for index, line in enumerate(lines[:80]):
        if _AUTHOR_LABEL_ALONE.match(line):
            value = _next_non_empty(lines, index)
            if value and _looks_like_unit(value) and not _AUTHOR_LABEL.match(value):
                return value.split("\t")[0].strip(" .")
            continue
        match = label_in_row(_AUTHOR_LABEL, line)
        if match:
            value = match.group("value").split("\t")[0].strip(" .")
            if not value:
                value = _next_non_empty(lines, index)
            if value and _looks_like_unit(value) and not _is_person(value):  # "Verfasser: Tobias Reinhardt" names a person
                label = line.split(":")[0].strip()
                if re.fullmatch(r"[IVX]+|\d+", value) and label.lower() in ("dezernat", "fachbereich", "amt", "referat"):
                    value = f"{label} {value}"
                return value
    for line in lines[:_HEAD_UNIT_LINES]:
        numbered = _NUMBERED_UNIT_LINE.match(line.strip())
        if numbered:
            return numbered.group(0)
    over_fields = units_over_case_fields(lines)
    if over_fields:
        # "Teknik og Miljø" over "Plan og Byggeri": the last, most specific unit wrote the letter.
        return lines[over_fields[-1]].strip()
    for line in lines[:40]:
        sender = _SENDER_LABEL.match(line)
        if sender and _UNIT_WORD.search(sender.group("value")):
            return sender.group("value").split("\t")[0].strip(" .")
    match = _INDSTILLER.search(text)
    if match and match.group(1).lower() not in _BARE_UNIT_WORDS:
        return match.group(1)
    recommender = _recommender_under_heading(lines)
    if recommender:
        return recommender
    group = (
        _group_under_signature(lines) or _advisory_body_signing(lines) or executive_over_its_officers(lines)
        or board_over_its_signers(lines)
    )
    if group:
        return group
    unit = (
        body_of_municipality_at_top(lines) or _letterhead_unit(lines) or _unit_under_issuer_at_foot(lines)
        or _unit_over_month_at_foot(lines)
        or _department_of_signers_post(lines)
    )
    if unit:
        return unit
    sent = sender_and_body(text)
    if sent:
        return sent[0]
    match = _UNIT_REPORTS.search(text[:4000])
    if match:
        return match.group(1)
    match = _PROVIDED_BY.search(text[:4000])
    if match:
        return (match.group(1) or match.group(2)).strip()
    match = _DANISH_OFFICE.search(text)
    if match:
        return _PROPOSES.sub("", match.group(1)).strip()
    match = _REPORT_OF.search(text)
    if match:
        unit = match.group(1).strip()
        # "REPORT OF THE CORPORATE DIRECTOR OF PLACE": a heading in capitals, named in title case.
        return " ".join(_title_word(word) for word in unit.split()) if unit.isupper() else unit
    match = _AUTHORISER.search(text)
    if match:
        return match.group(1)
    for index, line in enumerate(lines):
        if _DIRECTOR_LINE.match(line.strip()):
            # "Director of Services" over "Housing and Property" in a signature: the directorate writes.
            below = _next_non_empty(lines, index)
            if below and _DIRECTORATE.match(below.strip()) and not as_name(below.strip()) and not _BODY_HEAD.search(below):
                return below.strip()
            return line.strip()
    match = _REPORTING_UNIT.search(text)
    if match:
        return match.group(1) or match.group(2)
    match = _OFFICER_RECOMMENDS.search(text[:4000])
    if match:
        return match.group(1)
    match = _FEDERFUEHRUNG.search(text)
    if match:
        return _nominative(match.group(1), match.group(2))
    match = _AREAS_RECOMMEND.search(text)
    if match and not _BODY_WORD.search(match.group(1)) and not _is_person(match.group(1)):
        return match.group(1)
    return _sender_under_issuer(lines) or _unit_on_first_line(lines)
