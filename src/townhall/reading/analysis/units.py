"""Find the unit that wrote a paper and the bodies it is addressed to."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.form_rows import label_in_row
from townhall.reading.analysis.kind import is_genre_name, is_reference_field
from townhall.reading.analysis.letters import CLOSING
from townhall.reading.analysis.municipalities import DANISH_STYLE_WORDS
from townhall.reading.analysis.people import as_name

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
# A council group heading its motion: "Gemeinderatsfraktion der Grünen", "SPD-Stadtratsfraktion", and as Austrian
# councils name a group, "Gemeinderatsklub der Bürgerliste".
_COUNCIL_GROUP = (
    r"(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:(?:Gemeinderats|Stadtrats|Kreistags|Rats|Gemeindevertretungs)?[Ff]raktion"
    r"|(?:Gemeinderats|Stadtrats|Landtags)[Kk]lub)(?: (?:der|des|von|im) .{2,60}| [A-ZÄÖÜ].{1,60})?"
)
_LETTERHEAD_UNIT = re.compile(
    r"^(?:Staben|Direktionen|Borgmesterkontoret|Sekretariatet"
    r"|(?:Referat|Amt|Büro|Dezernat|Fachbereich|Stabsstelle|Kontoret|Afdelingen|Center|Sekretariatet) (?:für|for) .{3,80}"
    # "Teknik- og Miljøforvaltningen", and the Faroese and older Danish style in capitals: "Teknisk Forvaltning".
    r"|[A-ZÆØÅÄÖÜ][\wæøåäöüß]*-? (?:og |und )?(?:[A-ZÆØÅÄÖÜ]?[\wæøåäöüß-]*(?:forvaltningen|forvaltning)|Forvaltning(?:en)?)"
    r"|[A-ZÆØÅ][\wæøå]+s? [Aa]fdeling|[A-ZÄÖÜ][\wäöüß-]*(?:amt|referat)|(?:Fachbereich|Dezernat) (?:\w{1,6} [–-] )?[\w ]{2,60}(?: [–-] (?:Fachbereich|Amt|Referat|Abteilung) [\w ]{2,60})?"
    r"|(?:[A-Z][\w,&'’-]* (?:(?:and|of|for) )?){1,5}(?:Department|Directorate|Service)"
    # Austrian and German offices by number or name: "Abteilung Stadtplanung", "Magistratsabteilung 21",
    # a Hamburg district's "Bezirksamt Altona", a county's "Fachdienst Bauen und Umwelt".
    r"|(?:Abteilung|Magistratsabteilung|Bezirksamt|Geschäftsbereich|Stabsstelle|Fachdienst) [A-ZÄÖÜ0-9][\wäöüß -]{1,60}"
    rf"|{_COUNCIL_GROUP})$"
)
# A unit's name in a letterhead: a few capitalised words, "and"/"og"/"und"/"&" between them.
_SENDER_NAME = re.compile(
    r"^[A-ZÆØÅÄÖÜ][\w'’-]+(?: (?:and|og|und|for|für|of|&|[A-ZÆØÅÄÖÜ][\w'’-]+)){0,5}$"
)
_BUILDING = re.compile(
    r"\b(?:Offices?|House|Hall|Centre|Center|Building|Street|Road|Square|Place|Court|Chambers|Rathaus|Stadthaus"
    r"|Rådhus\w*|Borgernes Hus)$"
)
_BODY_HEAD = re.compile(
    r"^(?:The )?(?:Landeshauptstadt|Bundesstadt|Hansestadt|Stadt|Gemeinde|Kreis|Landkreis|City of"
    r"|Marktgemeinde|Stadtgemeinde|Ortsgemeinde|Einwohnergemeinde|Freie und Hansestadt|Freie Hansestadt"
    r"|Verbandsgemeinde|Samtgemeinde|Stadtverwaltung|Gemeindeverwaltung|Verbandsgemeindeverwaltung|Samtgemeindeverwaltung"
    r"|Magistrat der (?:Stadt|Landeshauptstadt|Gemeinde|Marktgemeinde))\b"
    rf"|\b(?:{DANISH_STYLE_WORDS}|Council)(?:$|\s+\S+\s+\d)"
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
_HEAD_UNIT_LINES = 20
_NEUTER_UNITS = ("referat", "amt", "büro", "dezernat", "zentrum", "sekretariat", "team", "kulturamt")

_ADDRESSEE_LABEL = re.compile(
    r"^\s*(?:Til|An|To|Adressat|Empfänger|Modtager|Vorlage an|Report to|Submitted to|Meeting)\s*:\s*(?P<value>.*)$", re.IGNORECASE
)
# A Danish agenda item's field for the body that decides it: "Sagen afgøres i: Økonomiudvalget".
_DECIDED_IN = re.compile(r"^\s*(?:Sagen )?afgøres i\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_BODY_WORD = re.compile(
    r"udvalg|Byråd|Borgerrepræsentation|Kommunalbestyrelse|Magistrat|Regionsråd|Ausschuss|Rat\b|[a-zäöü]rat\b|Beirat|Senat\b|[a-zäöü]senat\b"
    r"|Bezirksvertretung|Stadtverordnet|Kreistag|Fraktion|Committee|Council|Cabinet|Board|Panel|medlemmer|Mitglieder"
    # a Swiss town's parliament: "Weisung an das Stadtparlament"
    r"|[a-z]parlament\b",
    re.IGNORECASE,
)
_GREMIUM_HEADER = re.compile(r"^(?:Beratungs)?gremium$|^Beratungsfolge$|^Ausschuss$|^Committee$|^Udvalg$", re.IGNORECASE)
_ROUTE_HEADING = re.compile(r"^\s*(?:Beratungsfolge|Beratungsweg|Behandlungsfolge)\s*:?\s*$", re.IGNORECASE)
_ROW_DATE = re.compile(r"\s\d{1,2}\.\d{1,2}\.\d{2,4}\b|\s\d{4}-\d{2}-\d{2}\b")
_DATE_CELL = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d{2}-\d{2}$")
_ROLE_WORDS = re.compile(
    r"\s*\b(?:Vorberatung|Entscheidung|Kenntnisnahme|Beschlussfassung|Anhörung|Beratung|zur Kenntnis|"
    r"Ö|N|öffentlich|nichtöffentlich)\b\s*$",
    re.IGNORECASE,
)
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
    r" (?:nimmt|beschließt|beschliesst|stimmt|wird (?:gebeten|ersucht|aufgefordert)|möge|wolle)\b"
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
    r"|^(?:Spørgsmål|Skriftligt spørgsmål|Anfrage|Question|Written question)\s+(?:til|an|to)\s+(?:(?:den|die|das|the)\s+)?"
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
_TO_BE_DEALT_WITH = re.compile(rf"\bønskes behandlet (?:på|i) (?:(?:det |næste )?møde(?:t)? i )?({_DANISH_BODY})\b")


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
    group = _group_under_signature(lines) or _advisory_body_signing(lines)
    if group:
        return group
    unit = _letterhead_unit(lines) or _unit_under_issuer_at_foot(lines) or _unit_over_month_at_foot(lines)
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


# Words that name some office but not which one ("Forvaltningen indstiller"): no unit of their own.
_BARE_UNIT_WORDS = ("forvaltningen", "forvaltning", "afdelingen", "sekretariatet")
_RECOMMENDATION_HEADING = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?:Indstilling|Forslag til beslutning)\s*:?\s*$", re.IGNORECASE)
# The one word that opens a Danish recommendation, when it names a body of staff by its form: "Administrationen",
# "Direktionen", "Kulturafdelingen", "Sekretariatet", "Staben" (a person's post, "Direktøren", never has it).
_RECOMMENDER = re.compile(
    r"^([A-ZÆØÅ][a-zæøå-]*(?:tionen|ningen|lingen|iatet|staben|centret|enheden|kontoret))\s+(?:indstiller|anbefaler|foreslår)\b"
)


def _recommender_under_heading(lines: list[str]) -> str | None:
    """Return the staff that opens the recommendation under its heading: "Indstilling / Administrationen anbefaler, at …".

    Danish agenda items print the recommendation in a section of its own, opened by whoever makes it; its form tells
    an office from a person ("Direktøren indstiller") or a committee.
    """
    for index, line in enumerate(lines):
        if _RECOMMENDATION_HEADING.match(line):
            match = _RECOMMENDER.match(_next_non_empty(lines, index) or "")
            if match and match.group(1).lower() not in _BARE_UNIT_WORDS and not _BODY_WORD.search(match.group(1)):
                return match.group(1)
            return None
    return None


_UNITS_OVER_FIELDS = 3


def units_over_case_fields(lines: list[str]) -> list[int]:
    """Return the indexes of the unit lines that open the block of a letter's case fields in its head, or [].

    A letter's sender prints its unit over its case number and contact ("Teknik og Miljø / Plan og Byggeri /
    Sags-id: … / Kontakt: …"): those lines name who writes, never the subject.
    """
    for index, line in enumerate(lines[:_HEAD_UNIT_LINES]):
        if not is_reference_field(line):
            continue
        above: list[int] = []
        at = index - 1
        while at >= 0 and lines[at].strip() and len(above) <= _UNITS_OVER_FIELDS:
            name = lines[at].strip()
            if not (_AREA_PAIR.match(name) or _LETTERHEAD_UNIT.match(name)) or _BODY_HEAD.search(name) or _BODY_WORD.search(name):
                break
            above.insert(0, at)
            at -= 1
        opens_block = at < 0 or not lines[at].strip()
        return above if above and opens_block and len(above) <= _UNITS_OVER_FIELDS else []
    return []


def _capitals_titled(line: str) -> str:
    """Return a line in capitals in title case, its joining words small: "Audit and Governance Committee"."""
    words = line.title().split()
    return " ".join(word.lower() if index and word.lower() in ("and", "of", "for", "the") else word for index, word in enumerate(words))


def _title_word(word: str) -> str:
    lowered = word.lower()
    return lowered if lowered in ("and", "of", "for", "og", "for", "und", "für") else word.capitalize()


def _unit_on_first_line(lines: list[str]) -> str | None:
    """Return a unit printed alone over a paper's head: "CITY CLERK'S DEPARTMENT" over "DISPOSITION OF ITEMS"."""
    # The first two lines that stand alone between blank lines: a file's own title may come first.
    alone = [
        line.strip() for index, line in enumerate(lines[:8])
        if line.strip() and not (index and lines[index - 1].strip()) and not (index + 1 < len(lines) and lines[index + 1].strip())
    ][:2]
    for line in alone:
        if "\t" in line or len(line) > 80:
            continue
        # Letterheads are often in capitals: read them word by word in title case.
        named = " ".join(_title_word(word) for word in line.split()) if line.isupper() else line
        if _LETTERHEAD_UNIT.match(named) and not _BODY_HEAD.search(named):
            return named
    return None


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
    for pattern in (_DANISH_RECOMMENDS, _DANISH_DECISION, _GERMAN_BODY_VERB, _DECISION_OF, _TO_BE_DEALT_WITH, _ENGLISH_RECOMMENDS):
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
# A form's name over who sends it to whom: "Botschaft" / "des Gemeinderates an die Gemeindeversammlung vom 26. Juni
# 2025", "Bericht und Antrag des Stadtrates an den Einwohnerrat", "Indstilling fra Direktionen til Byrådet",
# "Report of the Chief Executive to the Council": the sender wrote it, the body it goes to is its addressee.
_FROM_TO = re.compile(
    r"^(?:(?P<genre>[A-ZÆØÅÄÖÜ][\wæøåäöüß ]{2,40}?)\s+)?"
    r"(?:(?P<article>des|der) (?P<de_from>[A-ZÄÖÜ][\wäöüß-]+(?: [\wäöüß-]+){0,3}?) an (?:den|die|das) (?P<de_to>[A-ZÄÖÜ][\wäöüß-]+(?: [\wäöüß-]+){0,4}?)"
    r"|fra (?P<da_from>[A-ZÆØÅ][\wæøå-]+(?: [\wæøå-]+){0,3}?) til (?P<da_to>[A-ZÆØÅ][\wæøå-]+(?: [\wæøå-]+){0,4}?)"
    r"|of the (?P<en_from>[A-Z][\w'’-]+(?: [\w'’-]+){0,4}?) to the (?P<en_to>[A-Z][\w-]+(?: [\w-]+){0,4}?))"
    r"(?: (?:vom|am|den|on|of) (?P<when>\d.+))?$"
)


def sender_and_body(text: str) -> tuple[str, str, str | None] | None:
    """Return who sends a paper to which body, and that body's meeting's date as written, from its genre heading."""
    lines = [line.strip() for line in text.split("\n")[:20]]
    for index, line in enumerate(lines):
        match = _FROM_TO.match(line)
        if match is None:
            continue
        genre = match.group("genre")
        if genre is None and not (index and _GENRE_LINE.match(_previous_non_empty(lines, index))):
            continue
        if genre is not None and not _GENRE_LINE.match(genre):
            continue
        if match.group("de_from"):
            sender = _nominative_body(_nominative(match.group("article"), match.group("de_from")))
            body = match.group("de_to")
        else:
            sender = match.group("da_from") or match.group("en_from")
            body = match.group("da_to") or match.group("en_to")
        if not (_BODY_WORD.search(body) or body.endswith("versammlung")):
            continue  # "Gemeindeversammlung": the assembly of the citizens is a body too
        return sender, body, match.group("when")
    return None
_GENRE_LINE = re.compile(
    r"^(?:\w*vorlage|vorlage|amtsvortrag|amtsbericht|bericht|antrag|weisung|botschaft|mitteilung|indstilling|orientering"
    r"|redegørelse|report|memo|notat)\b[^:]{0,60}$",
    re.IGNORECASE,
)


def _previous_non_empty(lines: list[str], index: int) -> str:
    return next((line for line in reversed(lines[:index]) if line), "")


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


def _letterhead_unit(lines: list[str]) -> str | None:
    block = []
    blanks = 0
    for line in lines[:12]:
        if not line.strip():
            if block:
                blanks += 1
                if blanks > 1:
                    break  # the letterhead is at most two blocks: a unit over the body's address
            continue
        # Letterheads printed in two columns come out as tab-separated cells: each cell is a line of its own.
        block.extend(cell.strip() for cell in line.split("\t") if cell.strip())
    # A council's name in capitals ("STADTGEMEINDE FELDKIRCHEN") heads the letterhead as in title case.
    in_capitals = [line.isupper() for line in block]
    block = [" ".join(_title_word(word) for word in line.split()) if line.isupper() else line for line in block]
    if not any(_BODY_HEAD.search(line) for line in block):
        return None
    units = [line for line in block if _LETTERHEAD_UNIT.match(line) and not _BODY_HEAD.search(line)]
    if not units and len(block) >= 2 and _BODY_HEAD.search(block[0]) and _AREA_PAIR.match(block[1]) and not _BODY_WORD.search(block[1]) and not _GENRE_LINE.match(block[1]):
        # Under the council's name, an area named by its fields: "Børn og Familie", "Plan, Klima og Miljø".
        return block[1]
    if not units and len(block) >= 2 and in_capitals[0] and in_capitals[1] and _BODY_HEAD.search(block[0]) and _SERVICE_AREAS.match(block[1]) and not _BODY_WORD.search(block[1]):
        # A report's head in capitals, the service under the council: "GLENMORAY COUNCIL / HOUSING AND COMMUNITY
        # SAFETY". A letterhead in small letters over an address names a directorate that need not be the writer's.
        return block[1]
    if len(units) > 1 and (signing := _signing_unit(lines, units)) is not None:
        return signing
    # "Dezernat III" over "Fachbereich Soziales": the last, most specific unit wrote the paper.
    return units[-1] if units else None


# The head of a unit who signs or presents the paper: "Die Referentin", "Der Dezernent", "Vortrag des Referenten".
_UNIT_HEAD = re.compile(
    r"^(?:(?:Der|Die)\s+|(?:Vortrag|Antrag|Bericht)\s+(?:des|der)\s+|(?:[IVX]+\.\s+)?(?:Vortrag|Antrag)\s+(?:des|der)\s+)?"
    r"(?P<head>Referent|Dezernent|Amtsleiter|Fachbereichsleiter|Abteilungsleiter|Bereichsleiter)(?:in|en)?\s*$"
)
_HEAD_OF = {
    "referent": "Referat", "dezernent": "Dezernat", "amtsleiter": "Amt", "fachbereichsleiter": "Fachbereich",
    "abteilungsleiter": "Abteilung", "bereichsleiter": "Bereich",
}
_SIGNATURE_TAIL = 15


def _signing_unit(lines: list[str], units: list[str]) -> str | None:
    """Return the letterhead's unit whose head signs the paper ("Die Referentin" under "Referat für …"), or None."""
    tail = [line.strip() for line in lines if line.strip()][-_SIGNATURE_TAIL:]
    for line in tail:
        head = _UNIT_HEAD.match(line)
        if head:
            word = _HEAD_OF[head.group("head").casefold()]
            matching = [unit for unit in units if unit.startswith(word)]
            if len(matching) == 1:
                return matching[0]
    return None


_SIGNED_GROUP = re.compile(
    r"^(?:(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:Gemeinderats|Stadtrats|Kreistags|Rats)?[Ff]raktion\b[^:\t]{0,80}"
    r"|(?:[A-Z][\w&'’-]* (?:and |& )?){1,4}(?:Group|Party Group))$"
)


def _group_under_signature(lines: list[str]) -> str | None:
    """Return the council group named under the signer of a closing: "Katrin Meisner / Fraktion Bündnis 90/Die Grünen …"."""
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail):
        if CLOSING.match(line):
            for below in tail[position + 1 : position + 5]:
                if _SIGNED_GROUP.match(below):
                    return below
            return None
    return None


_FOOT_LINES = 12
# A council's advisory or residents' body, which writes to the council in its own name: "Stadtteilbeirat Nordend",
# "Seniorenbeirat", "Lokalrådet for Hvidmose", "Ældrerådet", "Eastfield Residents' Association".
_ADVISORY_BODY = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*beirat|Beirat|[A-ZÆØÅ][\wæøå-]*(?:lokalråd|lokaludvalg|ældreråd|handicapråd|integrationsråd|ungeråd)(?:et)?"
    # A youth or seniors' parliament or council: "Jugendparlament", "Kinder- und Jugendparlament", "Youth Council".
    r"|(?:Kinder- und )?Jugend(?:parlament|gemeinderat|rat)|Seniorenrat|Seniorenvertretung|Youth (?:Council|Parliament)"
    r"|(?:Lokalråd|Lokaludvalg|Ældreråd|Handicapråd|Integrationsråd|Ungeråd)(?:et)?"
    r"|(?:[A-Z][\w'’-]* ){1,3}(?:Residents|Tenants)['’]? Association)"
    r"(?: (?:(?:der|des|für|for|i|of) )?[A-ZÆØÅÄÖÜ][\wæøåäöüß-]*){0,3}$"
)
# A closing's words end with a comma: "Herzliche Grüße,", "Med venlig hilsen,", "Yours sincerely,".
_CLOSING_COMMA = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,3},$")


# A signature on a body's behalf: "Für das Jugendparlament", "For the Residents' Association", "På vegne af Ældrerådet".
_ON_BEHALF_OF = re.compile(r"^(?:Für (?:den|die|das)|For the|On behalf of(?: the)?|På vegne af)\s+(?P<body>\S.{2,80})$")


def _advisory_body_signing(lines: list[str]) -> str | None:
    """Return the advisory body that signs the paper in its own name, or None.

    It signs under a closing with no person under it, or on its own behalf ("Für das Jugendparlament" over its
    speaker's name); a head that names it in full ("Jugendparlament der Stadt X") gives that name.
    """
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail[1:], start=1):
        closing = tail[position - 1]
        if _ADVISORY_BODY.match(line) and (CLOSING.match(closing) or _CLOSING_COMMA.match(closing)):
            return line
    for line in tail:
        behalf = _ON_BEHALF_OF.match(line)
        if behalf and _ADVISORY_BODY.match(behalf.group("body")):
            body = behalf.group("body")
            head = next((line.strip() for line in lines if line.strip()), "")
            return head if head.startswith(f"{body} ") and _ADVISORY_BODY.match(head) else body
    return None


def _unit_under_issuer_at_foot(lines: list[str]) -> str | None:
    """Return the unit under the council's name in the closing block: "Skovdal Kommune / Natur og Miljø / Torvegade 3"."""
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail[:-2]):
        if not (_BODY_HEAD.search(line) and len(line.split()) <= 5):
            continue
        below, after = tail[position + 1], tail[position + 2]
        if any(ch.isdigit() for ch in below) or _BODY_HEAD.search(below) or as_name(below):
            continue
        if not (_POSTAL_LINE.search(after) or any(ch.isdigit() for ch in after)):
            continue  # the unit stands over the body's postal address
        if _AREA_PAIR.match(below) or (_LETTERHEAD_UNIT.match(below) and not _BUILDING.search(below)):
            return below
    return None


# A paper closed by the department that wrote it over the month it was written: "Lands Department" / "May 2026".
_MONTH_OF_YEAR = re.compile(r"^[A-ZÆØÅÄÖÜ][a-zæøåäöü]+\.? \d{4}$")
_DEPARTMENT_NAME = re.compile(r"^[A-Z][\w&,' -]{2,80} (?:Department|Bureau|Directorate|Office|Secretariat|Division)$")


def _unit_over_month_at_foot(lines: list[str]) -> str | None:
    """Return the department named over the month and year that close the paper ("Lands Department" / "May 2026")."""
    tail = [line.strip() for line in lines if line.strip()][-2:]
    if len(tail) != 2 or not (_MONTH_OF_YEAR.match(tail[1]) and _DEPARTMENT_NAME.match(tail[0])):
        return None
    return tail[0] if find_dates(f"1 {tail[1]}", None) else None


_POSTAL_LINE = re.compile(r"\b\d{4,5} [A-ZÆØÅÄÖÜ]|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
_AREA_PAIR = re.compile(r"^[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+(?:, [A-ZÆØÅÄÖÜ][a-zæøåäöüß]+){0,2} (?:og|und) [A-ZÆØÅÄÖÜ][a-zæøåäöüß]+$")
# A service named by its fields in an English report's head, as read from capitals: "Housing and Community Safety".
_SERVICE_AREAS = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?){0,2} (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)?$"
)


def _sender_under_issuer(lines: list[str]) -> str | None:
    """Return the line between the issuer and its postal address: "Camden Council / Regeneration and Growth / 5 ..."."""
    block = []
    for line in lines[:8]:
        if not line.strip():
            if block:
                break
            continue
        block.append(line.strip())
    if len(block) < 3 or not _BODY_HEAD.search(block[0]) or not _SENDER_NAME.match(block[1]):
        return None
    if _BUILDING.search(block[1]) or any(ch.isdigit() for ch in block[1]) or is_genre_name(block[1]):
        return None  # "Stadt X / Beschlussvorlage / Drucksache Nr. …": the paper's genre, not its sender
    return block[1] if any(ch.isdigit() for ch in "".join(block[2:4])) else None


def _nominative_body(name: str) -> str:
    # "des Ausschusses für Umwelt" names the "Ausschuss für Umwelt".
    return re.sub(r"^Ausschusses\b", "Ausschuss", name)


def _first_gremium(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2:
            continue
        column = next((i for i, cell in enumerate(cells) if _GREMIUM_HEADER.match(cell)), None)
        if column is None:
            continue
        for row in lines[index + 1 : index + 4]:
            row_cells = [cell.strip() for cell in row.split("\t")]
            if len(row_cells) < 2:
                continue
            value = row_cells[column] if column < len(row_cells) else ""
            if not value or _DATE_CELL.match(value):
                value = next((c for c in row_cells if c and not _DATE_CELL.match(c) and len(c) > 3), "")
            value = _ROLE_WORDS.sub("", value).strip()
            if value and not _DATE_CELL.match(value):
                return value
        return None
    return None


def _first_route_row(lines: list[str]) -> str | None:
    """Return the body on the first row under a bare "Beratungsfolge:" heading (ALLRIS layout)."""
    for index, line in enumerate(lines):
        if not _ROUTE_HEADING.match(line):
            continue
        for row in lines[index + 1 : index + 4]:
            if not row:
                continue
            # A row printed on one line without tabs ("Ausschuss für X 22.05.2025 Kenntnisnahme Ö"): the body
            # is what stands before the row's date.
            cells = [_ROW_DATE.split(c, 1)[0].strip() for c in row.split("\t") if c.strip()]
            body = next((c for c in cells if c and _BODY_WORD.search(c) and not _DATE_CELL.match(c)), None)
            if body and not _GREMIUM_HEADER.match(body):
                return _ROLE_WORDS.sub("", body).strip() or None
            if cells and not any(_GREMIUM_HEADER.match(c) or c.lower().startswith(("datum", "sitzung")) for c in cells):
                return None
        return None
    return None


def _split_bodies(value: str) -> list[str]:
    value = value.split("\t")[0].strip(" .")
    parts = [p.strip(" .") for p in re.split(r"\s*[;,]\s*|\s+(?:samt|sowie)\s+", value)]
    # "Ausschuss für Soziales, Migration und Wohnen" is one body: split only when every part names one.
    if len(parts) > 1 and all(_BODY_WORD.search(p) for p in parts):
        return [p for p in parts if len(p) > 2]
    return [value]


def _is_person(value: str) -> bool:
    words = re.split(r"[\s,]+", value.strip())
    return bool(as_name(value.replace(",", ""), min_tokens=2)) and any(w.lower() in FIRST_NAMES for w in words)


def _looks_like_unit(value: str) -> bool:
    # A unit is a name, not a sentence ("Referat: Udvalget godkendte ..." is the Danish word for minutes).
    return (
        bool(re.search(r"[A-Za-zÆØÅæøåÄÖÜäöü]", value))
        and "@" not in value
        and len(value) <= 90
        and len(value.split()) <= 10
        and not value.endswith(".")
    )


def _next_non_empty(lines: list[str], index: int) -> str | None:
    for line in lines[index + 1 : index + 3]:
        if line.strip():
            return line.strip()
    return None


def _nominative(article: str, phrase: str) -> str:
    """Turn a genitive unit name into the nominative ("des Interkulturellen Referats")."""
    words = phrase.split()
    noun = words[-1]
    adjectives = words[:-1]
    if article == "des":
        stem = noun[:-2] if noun.endswith("es") and len(noun) > 5 and noun[:-2].lower().endswith(("amt", "amtes")) else noun
        if stem.endswith("s") and not stem.endswith("ss"):
            stem = stem[:-1]
        if stem.endswith("e") and noun.endswith("es"):
            stem = stem[:-1]
        noun = stem
        ending = "es" if noun.lower().endswith(_NEUTER_UNITS) else "er"
    else:
        ending = "e"
    adjectives = [a[:-2] + ending if a.endswith("en") else a for a in adjectives]
    return " ".join([*adjectives, noun])


# "für die Sitzung am 8. Mai 2025" under "an den Gemeinderat": the addressed body's meeting.
_FOR_THE_SITTING = re.compile(
    r"^(?:für die|zur|in der) (?:nächsten? |kommenden? )?Sitzung (?:am|vom)\s+(?P<when>.+)$"
    r"|^(?:til|på) (?:mødet|møde) (?:den|d\.)\s+(?P<when_da>.+)$"
    r"|^for the meeting (?:on|of)\s+(?P<when_en>.+)$",
    re.IGNORECASE,
)


def sitting_line(text: str) -> tuple[str, str] | None:
    """Return the line in the paper's head that names the sitting it is for, and the date's text, or None."""
    for line in [line.strip() for line in text.split("\n")[:30]]:
        match = _FOR_THE_SITTING.match(line)
        if match:
            return line, next(group for group in match.groups() if group)
    sent = sender_and_body(text)
    if sent and sent[2]:
        # "des Gemeinderates an die Gemeindeversammlung vom 26. Juni 2025": the addressed body's meeting.
        return next(line for line in text.split("\n") if sent[2] in line).strip(), sent[2]
    return None

