"""Find a paper's title: its subject line, or the first real heading after the letterhead."""

from __future__ import annotations

import re

from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.kind import EXTRACT_OF_RECORD, _genre, is_genre_name
from townhall.reading.analysis.municipalities import DANISH_STYLE_WORDS
from townhall.reading.analysis.title_lines import (
    appendix_label,
    body_and_council,
    item_and_part,
    postal_block,
    procedure_line,
    what_about,
)
from townhall.reading.analysis.units.letterheads import units_over_case_fields

_SUBJECT_LABEL = re.compile(
    r"^\s*(?:Betreff|Betr\.|Gegenstand|Titel|Bezeichnung|Vedr\.|Vedrørende|Emne|Overskrift"
    r"|Subject|Re|Title|Report title)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_SUBJECT_LABEL_ALONE = re.compile(r"^\s*(?:Betreff|Gegenstand|Emne|Overskrift|Subject|Titel|Title)\s*$", re.IGNORECASE)
# "7. Title", "TOP 4 Title", "Punkt 6: Title": the item's number, with a colon only after the item word.
_AGENDA_NUMBER = re.compile(
    r"^\s*(?:(?:TOP|Punkt|Pkt\.|Item)\s*(?:(?:nr|no)\.?\s*)?(?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*[.:]?(?:\s+[-–])?"
    r"|(?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*\.?)\s+(?=\S)",
    re.IGNORECASE,
)
_TRAILING_CASE = re.compile(r"\s*\((?:[A-Za-z.]{0,8}\s?)?\d[\w./-]*\d\)\s*$")
_DATE_ONLY = re.compile(
    r"^[\w.,-]*\s*\d{1,2}(?:st|nd|rd|th)?[.\-/ ]+(?:\d{1,2}|[A-Za-zæøåäöü]+\.?)[.\-/ ]+\d{2,4}$|^\d{4}-\d{2}-\d{2}$", re.IGNORECASE
)
_MONTH = (
    r"(?:jan|feb|mar|mär|apr|ma[jiy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zäæøå]*\.?"
)
_DATEISH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s*{_MONTH}\s+\d{{4}}\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b", re.IGNORECASE)
_GENRE = (
    r"mitteilung|mitteilungsvorlage|beschlussvorlage|sitzungsvorlage|vorlage|informationsvorlage|antrag|anfrage"
    r"|auszug aus der niederschrift|niederschriftsauszug|protokollauszug|uddrag af beslutningsprotokol"
    r"|beslutningsforslag|medlemsforslag|informationsdrucksache|beschlussdrucksache|drucksache|niederschrift|protokoll|tagesordnung|einladung|notat|referat|dagsorden|indstilling|beslutningsprotokol"
    r"|høringsbrev|memo|memorandum|minutes|agenda|report|vermerk"
    # Form names of further systems: a Danish case presentation or service note, a Swiss Weisung, an
    # English decision notice or notice of motion.
    r"|sagsfremlæggelse|tjenesteskrivelse|weisung|decision notice|notice of motion"
    r"|beschlussempfehlung|council proposal|interpellation|postulat"
    # An enactment's own name, and a case put before a body as Norwegian-made systems name it.
    r"|ordinance|resolution|by-?law|sagsfremlæg|saksframlegg"
)
_FORM_LINE = re.compile(
    rf"^(?:(?:{_GENRE})(?: der verwaltung| des (?:ober)?bürgermeisters| der (?:ober)?bürgermeisterin)?|öffentlich|öffentlicher teil|nichtöffentlich|nicht öffentlich|nichtöffentlicher teil"
    r"|dagsordenspunkt|tagesordnungspunkt|agenda item|åbent punkt|lukket punkt|åben|lukket|indstilling og beslutning|beslutning|sagsfremstilling|public|confidential"
    r"|ordinært møde|ekstraordinært møde|ordentliche sitzung|außerordentliche sitzung|ordinary meeting"
    r"|extraordinary meeting|åben sag|lukket sag"
    # A meeting's front sheet over one item: "ORDINARY COUNCIL MEETING", "Special Meeting of Council".
    r"|(?:ordinary|extraordinary|special|annual) (?:council |general )?meeting(?: of (?:the )?council)?"
    r"|beteiligung der öffentlichkeit|öffentlichkeitsbeteiligung|öffentliche bekanntmachung|bekanntmachung"
    r"|bezüglich|beratungsfolge|sachverhalt|begründung|problemstilling|baggrund|løsning|økonomi|resume|resumé"
    # A table of contents or an attendance list heads a part of the paper, never the paper.
    r"|indholdsfortegnelse|indhold|inhaltsverzeichnis|inhalt|contents|table of contents|index"
    r"|fraværende|deltagere|afbud|anwesend|anwesenheit|teilnehmer|teilnehmende|present|apologies|attendance)$",
    re.IGNORECASE,
)
_EXTRACT_HEADING = re.compile(EXTRACT_OF_RECORD, re.IGNORECASE)
_COLUMN_GAP = re.compile(r" {3,}")
_GENRE_START = re.compile(rf"^(?:{_GENRE})\b", re.IGNORECASE)
# A genre's name with the paper's number and nothing else ("ORDINANCE NO. 2026-07", "Resolution 26-31"): no subject.
_GENRE_NUMBER = re.compile(rf"^(?:{_GENRE})\s+(?:(?:no|nr|number|nummer)\.?\s*|#\s*)?[\w./-]*\d[\w./-]*$", re.IGNORECASE)
_FORM_PHRASE = re.compile(r"§|\bgem(?:\.|äß)|\bFraktion\b|\bGeschäftsordnung\b|forslag fra\b")
_REFERENCE_LINE = re.compile(
    r"^(?:\w*vorlage|Vorlagen|\w*drucksache\w*|DS|Sags?|J\.|Journal|Dok|Az|Aktenzeichen|Our ref|Your ref|Ihr Zeichen"
    r"|Unser Zeichen|Case|File|Gesch(?:ä|ae)ft\w*|Beschluss-?\s?(?:Nr|Nummer)|GR|Traktandum|Trakt|Item|Zahl|Zl|Report (?:No|Number)|Dnr|Diarienr|Saksnr|Arkivsak)\b.*(?:\bNr\b|\bnr\b|\d)",
    re.IGNORECASE,
)
# "Agenda Item 11", "Tagesordnungspunkt 5", "Dagsordenspunkt 3": an item's number on a line of its own.
_ITEM_NUMBER_LINE = re.compile(
    r"^(?:Agenda Item|Agenda No\.?|Item No\.?|Tagesordnungspunkt|TOP|Dagsordenspunkt|Punkt|Pkt\.)\s*:?\s*\d{1,3}(?:\.\d{1,2})*[a-z]?\.?$",
    re.IGNORECASE,
)
# "Clerk's Report: Replacement of …", "Director's Report – …": an office's report named before its subject.
_OFFICE_REPORT_PREFIX = re.compile(r"^(?:The )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}['’]s Report\s*[:–-]\s+(?=\S)")
_BODY_LINE = re.compile(
    r"^(?:The )?(?:Landeshauptstadt|Bundesstadt|Hansestadt|Freie und Hansestadt|Stadt|Gemeinde|Kreis|Landkreis"
    r"|(?:City|Town|Shire|Municipality|Township|Village|County|District|Borough) of)\b"
    rf"|^[A-ZÆØÅ][\wæøåÆØÅ-]+ (?i:{DANISH_STYLE_WORDS})$"
    r"|^(?:[A-Z][\w,&-]* (?:(?:and|of|for|the) )?){1,5}(?:Council|Committee|Sub-Committee|Cabinet|Board|Panel)$"
    # a body named for its remit after "of": "Committee of Adjustment", "Board of Directors", "Court of Revision"
    r"|^(?:[A-Z][\w-]* ){0,2}(?:Committee|Board|Panel|Commission|Court) [Oo]f (?:[Tt]he )?[A-Z][\w-]*(?: (?:[Aa]nd )?[A-Z][\w-]*){0,2}$"
    r"|^(?:Referat|Amt|Büro|Dezernat|Fachbereich|Kontoret|Afdelingen|Center) (?:für|for)\b"
    # A unit by its number, its office named after a dash: "Dezernat II – Amt für Stadtentwicklung", "Fachbereich 3".
    r"|^(?:Dezernat|Fachbereich|Geschäftsbereich|Referat|Abteilung|Fachdienst|Bereich) (?:[IVX]{1,4}|\d{1,3})\b\.?(?: ?[–-] ?.{2,80})?$"
    # A department named in the head ("Departement Tiefbau und Entsorgung", "Directorate of Place").
    r"|^(?:Departement|Department|Direktion|Geschäftsbereich|Directorate) (?:(?:für|for|of) )?[A-ZÄÖÜ][\w-]*(?:,? (?:(?:und|and|&) )?[A-ZÄÖÜ][\w-]*){0,4}$"
    r"|^[A-ZÆØÅ][\wæøå]+ (?:Afdeling|Forvaltning)$"
    # A Bavarian Markt, a northern German Amt, named alone: "Markt Oberaching", "Amt Hohenwiek".
    r"|^(?:Markt|Amt) [A-ZÄÖÜ][\wäöüß-]+(?: (?:am|an der|im|in der|bei) [A-ZÄÖÜ][\wäöüß-]+)?$"
    r"|^(?:Der|Die) (?:Ober)?[Bb]ürgermeister(?:in)?$"
    r"|^[\wæøåÆØÅ-]+(?:- og [\wæøå-]+)?(?:udvalget|udvalg|forvaltningen|forvaltning)$"
    # A Danish committee named by its fields: "Udvalget for Klima og Teknik", "Udvalget for Børn, Unge og Familie".
    r"|^Udvalget for [A-ZÆØÅ][\wæøå-]*(?:(?:,| og| &) [\wæøåÆØÅ-]+){0,4}$"
    r"|^(?:Kommunalbestyrelsen|Byrådet|Regionsrådet|Borgerrepræsentationen|Gemeinderat|Stadtrat|Kreistag|Grosser Rat)$"
    r"|^(?:Ausschuss|Rat|Bezirksvertretung)\b.{0,80}$"
    r"|^(?:London |Royal )?Borough of [A-Z][\w -]+$"
    r"|^[A-Z][\w&' -]{2,60} (?:City|County|Borough|District|Town|Metropolitan Borough) Council$"
    # The commissioners that govern a Manx or Irish town or village: "Ballacorran Village Commissioners".
    r"|^[A-Z][\w&' -]{2,60} (?:Town|Village|District|Parish) Commissioners$",
)
_ADDRESS_OPENING = re.compile(
    r"^(?:Til|An|To)(?: (?:den|die|das|the))?(?: \S+)?$"
    r"|^(?:An (?:den|die|das)|To the) "
    r"|^(?:Til|To) (?:alle |all )?[a-zæøå]"
    r"|^(?:Mr|Mrs|Ms|Miss|Dr|Herrn?|Frau|Hr|Fru)\.? [A-ZÆØÅÄÖÜ]"
    r"|^(?:Til|An|To) .*(?:udvalget|udvalg|Byråd|Byrådet|Borgerrepræsentationen|Kommunalbestyrelsen|Ausschuss|Rat"
    r"|Committee|Council|Cabinet|forvaltningen|forvaltning|Verwaltung|Department|Directorate)(?: (?:i|der|des|of) [A-ZÆØÅÄÖÜ][\w-]*(?: [A-ZÆØÅÄÖÜ][\w-]*){0,3})?$"
    # A hearing letter sent to many names its recipients as a group, often by a list: "Høringsparter ifølge vedlagte
    # liste", "Träger öffentlicher Belange laut Verteiler", "Statutory consultees (see distribution list)".
    r"|^(?i:(?:Til |An (?:die )?|To (?:all )?(?:the )?)?(?:høringsparter(?:ne)?|høringsberettigede|Träger öffentlicher Belange"
    r"|(?:statutory )?consultees)\b[^.:]{0,60}$)"
)
_ROLE_WORD = re.compile(
    r"(?:meister|meisterin|direktør|chef|leiter|leiterin|formand|vorsitzende|vorsitzender|officer|manager|director"
    r"|dezernent|dezernentin|beigeordneter|beigeordnete)$",
    re.IGNORECASE,
)
# A colon that ends a label, not one inside a time of day ("16:00 Uhr").
_PAGE_MARK = re.compile(r"\b(?:side|seite|page)\s+\d+(?:\s*(?:af|von|of|/)\s*\d+)?\s*$", re.IGNORECASE)
_LABEL_COLON = re.compile(r"(?<!\d):(?!\d)")
_ANSWERED_QUESTION = re.compile(r"\?\s*(?:No|Yes|Nej|Ja|Nein|N/A)\.?$", re.IGNORECASE)
_AUTHOR_LINE = re.compile(r"^(?:Joint )?Report (?:of|by)\b", re.IGNORECASE)
_SALUTATION = re.compile(
    r"^(?:Sehr geehrte|Liebe|Kære|Dear|Hej|Mit freundlichen Grüßen|Freundliche Grüße|Med venlig hilsen|Venlig hilsen"
    r"|Yours sincerely|Yours faithfully|Kind regards|Best regards|Im Auftrag|In Vertretung)\b",
    re.IGNORECASE,
)
# A line that names the paper's form and its addressee ("Indstilling til Økonomiudvalget", "Report to the Cabinet").
_FORM_ADDRESSED = re.compile(
    r"^(?:Orientering|Meddelelse|Notat|Indstilling|Beslutningsforslag|Redegørelse|Report|Briefing note|Memo"
    r"|Vorlage|Beschlussvorlage|Mitteilung|Mitteilungsvorlage|Sitzungsvorlage|Informationsvorlage|Weisung|Antrag|Bericht und Antrag"
    r"|(?:Chief Executive|(?:County |City )?Manager|Director)['’]?s Report)"
    # ... and who writes it: "Weisung des Stadtrats an den Gemeinderat", "Report of the Chief Executive to Council".
    # "Mitteilungsvorlage für den Regionalausschuss X": the form and the body it is for.
    r"(?:\s+(?:des|der|vom|von|fra|of|from)(?:\s+(?:the|den|dem))?(?:\s+[\w'’-]+){1,4}?)?\s+(?:til|to|an|für (?:den|die|das))\s"
    # An office's report named alone, its addressee on the line below: "Chief Executive's Report".
    r"|^[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}['’]s Report$",
    re.IGNORECASE,
)
# Form names that may stand before the subject with a colon: "Høringsbrev: Kulturstrategi", "Notice of Motion: ...".
_FORM_LABELS = frozenset(
    "høringsbrev høring anhörung beteiligung medlemsforslag orientering notat antrag anfrage motion consultation".split()
    + ["notice of motion", "have your say"]
)
_LABEL_WORDS = frozenset(
    "stede present apologies absent anwesend abwesend entschuldigt contact kontakt kontaktperson ort datum dato zeit "
    "time place venue termin sitzungstermin mødested mødedato mødetidspunkt wards fraværende afbud deltagere "
    "teilnehmende vorsitz chair mitglieder members sachbearbeitung zeichen ref reference telefon tlf e-mail "
    "sagsbehandler sachbearbeiter sachbearbeiterin sachbearbeiter/in bearbeiter verfasser verfasserin ansprechpartner "
    "ansprechpartnerin kontaktperson forfatter officer author to from of by maker".split()
)
# An issuing body or office named at the very top ("Region Vestkyst", "Magistrat der Stadt Hollfeld",
# "Bezirksausschuss 12 Lerchenau-Nord", "Cyngor Sir Caerdelyn", "Nordvang Lokaludvalg"): a letterhead,
# never the title, in any council's style.
_ISSUER_FIRST = re.compile(
    r"^(?:Region|Regionen|Magistrat|Bezirksamt|Bezirksausschuss|Bezirksversammlung|Bezirksrat|Ortsbeirat|Einwohnerrat"
    r"|Bezirksverordnetenversammlung|Stadtverordnetenversammlung|Gemeindevertretung|Verbandsversammlung|Regionalversammlung"
    r"|Gemeinderat|Stadtrat|Stadtsenat|Kreistag|Landratsamt|Kreisverwaltung|Stadtverwaltung|Gemeindeverwaltung"
    r"|Municipality|Cyngor|Comhairle|Kommune|Gemeinde|Marktgemeinde|Stadtgemeinde|Stadt|Markt|Landkreis|Kanton"
    r"|Politische Gemeinde|Einwohnergemeinde|Ortsgemeinde"
    # A northern German Amt, a Verwaltungsgemeinschaft: the administration several Gemeinden share ("Amt Hohenwiek").
    r"|Amt|Amtsverwaltung|Verwaltungsgemeinschaft|Verbandsgemeinde|Samtgemeinde)"
    r"(?: (?:der|des|of|the|Stadt|Gemeinde|Sir|Bwrdeistref|Dinas|Contae))*"
    # "Bezirksverordnetenversammlung Tempelwerder von Berlin": a district named with its city.
    r"(?: (?:(?:von|an der|am|im|ob der|bei) )?[A-ZÆØÅÄÖÜ0-9][\w'’.-]*){1,3}$"
)
_ISSUER_LAST = re.compile(
    rf"^(?:[A-ZÆØÅÄÖÜ][\w'’.-]*\s){{1,3}}(?:Lokaludvalg|Lokalråd|Lokalrådet|{DANISH_STYLE_WORDS}|Region|Council"
    r"|County Council|Borough Council|District Council|City Council|Landratsamt|Stadtverwaltung|Bezirksamt|Municipality"
    r"|(?:Town|Village|District|Parish) Commissioners)$"
)
# A body of the municipality named with it by its style: "Jugendparlament der Stadt Hallerbach", "Seniorenbeirat der
# Gemeinde X", "Integrationsrat der Landeshauptstadt Y".
_BODY_OF_MUNICIPALITY = re.compile(
    r"^[A-ZÄÖÜ][\wäöüß-]*(?:parlament|beirat|rat|vertretung|versammlung|ausschuss) (?:der|des) (?:Stadt|Gemeinde|Landeshauptstadt"
    r"|Hansestadt|Kreisstadt|Marktgemeinde|Stadtgemeinde|Samtgemeinde|Verbandsgemeinde|Landkreises|Kreises|Marktes)"
    r" [A-ZÄÖÜ][\wäöüß-]*(?: (?:am|an der|im|in der|bei) [A-ZÄÖÜ][\wäöüß-]*)?$"
    # the same in Danish: "Ungerådet i Sønderlund Kommune", "Ældrerådet i Nordby Kommune"
    r"|^[A-ZÆØÅ][\wæøå-]*(?:rådet|udvalget) i [A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*)? Kommune$"
)
# An English-speaking council in its style: "Shire of Wattle Creek", "The Corporation of the Township of Ashgrove".
_ISSUER_STYLE = re.compile(
    r"^(?:The )?(?:Corporation of the )?(?:City|Town|Village|Township|County|Shire|Borough|District|Municipality|Region"
    r"|Parish|Regional District|Regional Municipality|London Borough|Royal Borough) of (?:St\.? )?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)
_LETTERHEAD_REACH = 3
# A line whose only words are an access mark: the rest is numbers and signs.
_ACCESS_ONLY = re.compile(
    r"^[\d\W_]*(?:(?:nicht[ -]?)?öffentlich|nichtöffentlich|public|open|closed|confidential|exempt|åben|åbent|lukket)"
    r"[\d\W_]*$",
    re.IGNORECASE,
)


def _issuer_line(line: str) -> bool:
    """Tell whether *line* names an issuing body or office alone, as a letterhead does."""
    line = " ".join(line.split())
    if line.isupper():
        line = line.title().replace(" Of ", " of ").replace(" The ", " the ")
    # A running head names the issuer first and then the body or form: "Harwick District Council – Planning Committee".
    first = _RUNNING_HEAD_SEPARATOR.split(line, maxsplit=1)[0]
    return any(
        bool(_ISSUER_FIRST.match(part) or _ISSUER_LAST.match(part) or _BODY_OF_MUNICIPALITY.match(part) or _ISSUER_STYLE.match(part))
        for part in {line, first}
    )


# A genre named with its sender and addressee alone: "Forslag fra Ungerådet til Byrådet", "Antrag der Fraktion X an den Rat".
_GENRE_FROM_TO = re.compile(
    r"^(?:Forslag|Medlemsforslag|Beslutningsforslag|Antrag|Anfrage|Proposal|Motion) (?:fra|der|des|von|from) "
    r"(?:[\wæøåäöüßÆØÅÄÖÜ/.-]+ ){0,4}?(?:til|an|to) (?:den |die |das |the )?[\wæøåäöüßÆØÅÄÖÜ.-]+(?: [\wæøåäöüßÆØÅÄÖÜ.-]+){0,2}$"
)
# The statute a notice is given under, on a line of its own in capitals or with its amendments or part named:
# "PLANNING AND DEVELOPMENT ACT 2000 (AS AMENDED)", "Planning and Development Regulations 2001 (as amended) - Part 8"
# (a subject such as "Review of the Licensing Act 2003" is written in neither way).
_STATUTE_LINE = re.compile(
    r"^[A-Z][\w ,&'’()-]*?\b(?:Act|Regulations?)\s+(?:of\s+)?\d{4}(?:\s*\((?:as\s+amended|as\s+revised)\))?"
    r"(?:\s*[-–—]\s*(?:Part|Section|Schedule)\s+\w+)?$",
    re.IGNORECASE,
)
_STATUTE_TAIL = re.compile(r"\((?:as\s+amended|as\s+revised)\)|[-–—]\s*(?:Part|Section|Schedule)\s+\w+$", re.IGNORECASE)
_RUNNING_HEAD_FIELDS = re.compile(r"\S\s+·\s+\S.*\s+·\s+\S")
_RUNNING_HEAD_SEPARATOR = re.compile(r"\s+[–—|·]\s+")


_GROUP_LINE = re.compile(
    r"^(?:Fraktion|Stadtratsfraktion|Gemeinderatsfraktion|Kreistagsfraktion|Ratsfraktion|Gruppe|Wählergemeinschaft"
    r"|Wählergruppe)\b|^[\w&'’ -]{2,60} (?:Group|Fraktion|Ratsfraktion|Gruppe)$"
)
_ROUTE_LIST_HEADING = re.compile(r"^(?:Beratungsfolge|Beratungsweg|Behandlungsfolge|Behandles i|Behandlingsforløb)\s*:?$", re.IGNORECASE)
# The header row of a route table printed as text: "Beratung  Sitzung am  Status", "Gremium Datum TOP Ö/N".
_ROUTE_TABLE_HEADER = re.compile(
    r"^(?:Beratung(?:sfolge)?|Beratungsgremium|Gremium|Behandlung|Udvalg|Committee|Meeting)"
    r"(?:\s+(?:Sitzung(?: am| vom)?|Sitzungstermin|Sitzungsdatum|Datum|Termin|Status|Zuständigkeit|Rolle|Beratungsart|TOP"
    r"|Ö/N|Dato|Mødedato|Behandling|Date|Role|Status|Item|Decision)){2,6}$",
    re.IGNORECASE,
)
_HEAD_LINES = 25
_MAX_TITLE = 220
_MIN_TITLE = 6


def find_title(text: str) -> str | None:
    """Return the subject line of *text*, without agenda numbering or a trailing case number."""
    lines = [line.strip() for line in text.split("\n")]
    lines = ["" if _ADDRESS_OR_CONTACT.search(line) and not _SUBJECT_LABEL.match(line) else line for line in lines]
    for index in units_over_case_fields(lines):
        lines[index] = ""  # the sender's unit over its case fields
    title = _labelled_subject(lines) or _first_heading(lines)
    return _tidy(title) if title else None


# "betreffend Wartezeiten bei …", "betreffend: Schulweg …", "vedrørende …" on a line of its own under the form's
# name: the subject.
_SUBJECT_PREPOSITION = re.compile(
    r"^(?:betreffend|betreffs|betrifft|vedrørende|angående|regarding|concerning)(?:\s*:\s*|\s+)(?P<value>\S.{4,})$",
    re.IGNORECASE,
)
_SUBJECT_PREPOSITION_LINES = 15
# "auf die Interpellation von Simone Egli (SP) betreffend Tagesstrukturen …", "Anfrage der Fraktion X betreffend Y":
# a heading naming the paper it answers or the genre and who puts it, then its subject.
_SUBJECT_AFTER_GENRE = re.compile(
    r"^(?:(?:auf|zur?|zum)\s+(?:die|das|den|der)\s+)?(?:\w*interpellation|\w*anfrage|motion|postulat|\w*antrag|frage)\b"
    r"[^.:]{0,120}?\s(?:betreffend|betreffs|betrifft|vedrørende|regarding|concerning)\s+(?P<value>\S.{4,})$",
    re.IGNORECASE,
)


def _labelled_subject(lines: list[str]) -> str | None:
    for index, line in enumerate(lines[:_SUBJECT_PREPOSITION_LINES]):
        match = _SUBJECT_PREPOSITION.match(line) or _SUBJECT_AFTER_GENRE.match(line)
        if match and not line.rstrip().endswith("."):
            return _with_continuation(match.group("value").strip(), lines, index)
    for index, line in enumerate(lines[:60]):
        match = _SUBJECT_LABEL.match(line)
        value = match.group("value").strip() if match else None
        if match and value:
            if len(value.split()) < 2 and line.strip().lower().startswith(("titel", "title")):
                continue  # "Titel: Specialkonsulent" is a person's job title
            return _with_continuation(value, lines, index)
        if match or _SUBJECT_LABEL_ALONE.match(line):
            for offset, following in enumerate(lines[index + 1 : index + 3], start=index + 1):
                if following:
                    return _with_continuation(following, lines, offset)
    return None


def _first_heading(lines: list[str]) -> str | None:
    skip = _letterhead(lines)
    seen = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line or index in skip:
            index += 1
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if seen <= _LETTERHEAD_REACH and _issuer_line(line) and not postal_block(lines, index):
            index += 1
            continue
        if (
            _ADDRESS_OPENING.match(line) or _ROUTE_LIST_HEADING.match(line) or _ROUTE_TABLE_HEADER.match(" ".join(line.split()))
            or postal_block(lines, index)
        ):
            # "An den" / "Til" opens an address block, "Beratungsfolge:" a list of the bodies that discuss the
            # paper, a block ending in a postcode and town a recipient's address: skip it to the next blank line.
            while index < len(lines) and lines[index]:
                index += 1
            continue
        if _GENRE_START.match(line) and not _FORM_PHRASE.search(line):
            joined = _genre_heading(line, lines, index)
            if joined:
                return joined
        if is_genre_name(line) and index + 1 < len(lines) and what_about(lines[index + 1]):
            # "Bericht des Prüfungsausschusses" over "über die Gebarungsprüfung vom …": the genre and what it is about
            return _with_continuation(f"{line} {lines[index + 1]}", lines, index + 1)
        if _is_heading(line):
            return _with_continuation(line, lines, index)
        index += 1
    return None


def _letterhead(lines: list[str]) -> set[int]:
    """Return the indexes of the opening block's lines when it is a letterhead (body, unit, address)."""
    block = []
    for index, line in enumerate(lines):
        if not line:
            if block:
                break
            continue
        if not block and _RUNNING_HEAD_FIELDS.search(line) and index + 1 < len(lines) and not lines[index + 1]:
            continue  # a running header's fields in one line over the letterhead: "Vesterå Kommune · Høringsnotat · …"
        block.append(index)
    if not any(_BODY_LINE.search(lines[i]) for i in block) and not (block and _issuer_line(lines[block[0]])):
        return set()
    return {
        i for i in block
        if not _GENRE_START.match(lines[i]) or _FORM_LINE.match(lines[i]) or _BODY_LINE.search(lines[i])
    }


def _genre_heading(line: str, lines: list[str], index: int) -> str | None:
    """Join a genre word with the line that completes it ("Einladung" + "zur 12. Sitzung ...")."""
    following = next((l for l in lines[index + 1 : index + 3] if l), "")
    if not _FORM_LINE.match(line) or line.lower().startswith(("auszug", "uddrag", "protokollauszug", "niederschriftsauszug")):
        return None  # an extract's subject is its item's title, not the meeting it comes from
    if _FORM_LINE.match(following) or _FORM_PHRASE.search(following):
        return None  # "Antrag" over "der Fraktion X" or "gemäß § 12 GeschO": who puts it and on what ground
    label_colon = _LABEL_COLON.search(following)
    if following[:1].islower() and len(following) <= _MAX_TITLE and not label_colon:
        return f"{line} {following}"
    if _BODY_LINE.search(following) and not _DATEISH.search(following) and not label_colon:
        if _issuer_line(following):
            return None  # "Sitzungsvorlage" over "Gemeinde Tarpholm": the body it is issued for, not a subject
        return f"{line} {following}"
    return None


def _is_heading(line: str) -> bool:
    if "\t" in line or len(line) < _MIN_TITLE or len(line) > _MAX_TITLE:
        return False
    if sum(ch.isalpha() for ch in line) < 5 or line.startswith(("-", "•", "*", "_", "/", "(")):
        return False
    if _FORM_LINE.match(line.strip(" :")) or _DATE_ONLY.match(line) or _REFERENCE_LINE.match(line):
        return False
    if appendix_label(line) or item_and_part(line) or body_and_council(line, _COUNCIL_BODY, _issuer_line):
        return False
    if _GENRE_FROM_TO.match(line):
        return False  # "Forslag fra Ungerådet til Byrådet": the genre, who puts it and to whom, no subject
    if _STATUTE_LINE.match(line) and (line.isupper() or _STATUTE_TAIL.search(line)):
        return False  # "PLANNING AND DEVELOPMENT ACT 2000 (AS AMENDED)": the law a notice is given under, not its subject
    if _ACCESS_ONLY.match(line):
        return False  # a number's broken end and the paper's access mark ("2026/0233 öffentlich"), no subject
    if is_genre_name(line):
        return False  # a genre's name alone, as the kind reader knows them: "BRIEFING NOTE", "Written question"
    if _ITEM_NUMBER_LINE.match(line) or _GENRE_NUMBER.match(line):
        return False
    if _form_in_first_column(line):
        return False
    if _EXTRACT_HEADING.match(line):
        return False  # an extract's subject is its item's title, not the record and sitting it comes from
    if _ROUTE_TABLE_HEADER.match(" ".join(line.split())):
        return False
    if _GENRE_START.match(line):
        if _FORM_PHRASE.search(line):
            return False
    elif _BODY_LINE.search(line) or (line.isupper() and _BODY_LINE.search(line.title())):
        return False  # a body's name, also in capitals ("LICENSING SUB-COMMITTEE"): the meeting's, not the subject
    if _GROUP_LINE.search(line):
        return False  # a party group heads a motion as its sender
    if _SALUTATION.match(line) or _ADDRESS_OPENING.match(line) or _AUTHOR_LINE.match(line) or _FORM_ADDRESSED.match(line):
        return False
    if _PAGE_MARK.search(line):
        return False
    if _ANSWERED_QUESTION.search(line):
        return False  # "Is this a key decision? No": a form's question and its answer
    if _DATEISH.search(line) and len(line.split()) <= 8:
        return False
    if _is_label_line(line):
        return False
    words = line.split()
    if len(words) < 2 and (line.endswith(".") or len(line) < 14 or _ROLE_WORD.search(line)):
        return False
    if len(words) <= 3 and words[0].lower() in FIRST_NAMES and all(w[:1].isupper() for w in words):
        return False  # a signature's name, not a heading
    # Running prose is not a heading: a sentence that ends with a full stop.
    if line.endswith(".") and (len(line) > 120 or len(words) >= 5):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"„“«"


def _form_in_first_column(line: str) -> bool:
    """Tell whether a head line is the form's name beside the paper's number: "Antrag      Drucksache JuPa/7/2026".

    A head printed in two columns has the form's name alone in the first; read as one line, the name is followed by
    nothing but a number field.
    """
    columns = _COLUMN_GAP.split(line.strip())
    if len(columns) > 1:
        return bool(_FORM_LINE.match(columns[0].strip(" :")) or _GENRE_NUMBER.match(columns[0]))
    genre = _GENRE_START.match(line.strip())
    rest = line.strip()[genre.end() :].strip() if genre else ""
    return bool(genre and rest and _FORM_LINE.match(genre.group(0)) and _REFERENCE_LINE.match(rest))


def _is_label_line(line: str) -> bool:
    if line.endswith(":"):
        return True
    label, colon, value = line.partition(":")
    if not colon or _AGENDA_NUMBER.match(line):
        return False
    label_words = label.split()
    if label.strip().casefold() in _FORM_LABELS and len(value.split()) >= 2:
        return False  # "Høringsbrev: Kulturstrategi for Silkeborg" is the form's name before its subject
    if label_key(label.strip()) not in (None, "subject"):
        return True  # a label of the form lexicon before its value: "Prepared for: Members of the Scrutiny Panel"
    if label_words and label_words[-1].lower().strip(".") in _LABEL_WORDS:
        return True
    person = value.split(",")[0].split()
    if len(label_words) <= 2 and 2 <= len(person) <= 4 and person[0].casefold() in FIRST_NAMES and all(w[:1].isupper() for w in person):
        return True  # "Handlæggende: Peter Holm, planlægger": a label before a person's name
    if len(label_words) == 1 and len(label) >= 12 and len(value.split()) >= 3 and not value.rstrip().endswith("."):
        return False  # "Obdachlosenunterkünfte: Belegung im Winter" is a heading, not a field
    if len(label_words) > 4:
        return False  # a field label is short; this is a heading with a colon in it
    if len(label_words) <= 1 or len(value.split()) < 3:
        return True
    return label_words[-1].lower().strip(".") in _LABEL_WORDS


def _with_continuation(value: str, lines: list[str], index: int) -> str:
    """Join a title wrapped onto a second line."""
    if index + 1 < len(lines):
        following = lines[index + 1]
        if (
            following
            and len(value) >= 40
            and not value.endswith((".", ":", "?", "!", ")"))
            and len(following) <= 100
            and "\t" not in following
            and ":" not in following
            and not _DATE_ONLY.match(following)
            and not _FORM_LINE.match(following)
            and not procedure_line(following)
            and (following[0].islower() or not following.endswith("."))
        ):
            return f"{value} {following}"
    return value


def _tidy(title: str) -> str:
    title = _AGENDA_NUMBER.sub("", title, count=1)
    title = _OFFICE_REPORT_PREFIX.sub("", title, count=1)
    title = _TRAILING_CASE.sub("", title)
    return title.strip(" :-–")


# --- The title from the layout: the most prominent heading of the first page ------------------

_LAYOUT_HEAD = 30
_ADDRESS_OR_CONTACT = re.compile(
    r"\b\d{4,5}\s+[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+\b.*\b(?:www\.|@|Telefon|Tel\.?|Phone)|www\.|@|\b(?:Telefon|Tlf\.?|Tel\.?|Fax|cvr)\b[:.]?\s*[+\d]",
    re.IGNORECASE,
)
# The sections papers are built from, in da/de/en: a heading naming one is not the paper's title.
_SECTION_WORDS = (
    "unrestricted items|exempt items|restricted items|part [12i]+|öffentliche tagesordnung|nichtöffentliche tagesordnung"
    "|tagesordnung|dagsorden|agenda|åben dagsorden|lukket dagsorden|summary|resume|resumé|zusammenfassung|indhold|inhalt"
    "|contents|sachverhalt|begründung|beschluss|beschlussvorschlag|ergebnis|finanzielle auswirkungen|auswirkungen"
    "|beslutning|indstilling|recommendations?|background|baggrund|videre proces|proces|tilmelding|tidsplan|økonomi"
    "|økonomiske konsekvenser|kommunikation|lovgrundlag|problemstilling|løsning|sagsfremstilling|sagsbeskrivelse"
    "|next steps|purpose|introduction|financial implications|legal implications|conclusions?|options|risks?"
)
_SECTION_HEADINGS = re.compile(rf"^(?:den |die |the )?(?:{_SECTION_WORDS})(?:\s+(?:og|und|and|&)\s+(?:{_SECTION_WORDS}))*\s*:?$", re.IGNORECASE)
# How much a heading stands out is needed before it beats the text patterns.
_MIN_PROMINENCE = 2.0


# A body's name alone ("Byrådet", "Stadtrat", "Cabinet") heads a paper as its addressee, not its title.
_COUNCIL_BODY = re.compile(
    r"(?i:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelsen|borgerrepræsentationen|regionsrådet|stadtrat|gemeinderat|kreistag"
    r"|ausschuss|beirat|council|cabinet|committee|board)$"
)


def title_from_layout(document, *, excluded=frozenset()) -> tuple[str, object] | None:
    """Return the most prominent heading of the first page as the title, with its line.

    Prominence comes from the layout: a heading style or level (h1, Word "Title"), bold type,
    and a font larger than the page's body text. Lines that are no title (a letterhead's body
    name, a form label, a genre word alone, a date, an address, a section heading such as
    "Resume") are passed over, as in :func:`find_title`, and so are the *excluded* lines (a
    letter's sender and recipient blocks, given as (page, line) pairs).
    """
    head = [address for address in document.addresses if address.page == 1][:_LAYOUT_HEAD]
    if not head:
        return None
    body = _body_size(document.addresses[:400])
    best, best_score = None, _MIN_PROMINENCE
    seen_items = set()
    for order, address in enumerate(head):
        item = address.item
        if id(item) in seen_items or getattr(item, "rows", None) is not None or (address.page, address.line) in excluded:
            continue
        seen_items.add(id(item))
        lines = [line.text.strip() for line in item.lines if line.text.strip() and not set(line.text.strip()) <= set("=-_~*")]
        if not lines or len(lines) > 3:
            continue
        lines = [line for at, line in enumerate(lines) if not (at and procedure_line(line))]
        if _form_in_first_column(lines[0]):
            continue
        text = " ".join(lines)
        prominent = address.source.bold or (address.source.size and body and address.source.size > body * 1.1)
        single = (
            len(text.split()) == 1 and len(text) >= 5 and text[0].isupper() and not text.endswith(".")
            and not _FORM_LINE.match(text) and not _genre(text) and not _BODY_LINE.search(text)
            and not _COUNCIL_BODY.search(text)
        )
        if not (_is_heading(text) or (single and prominent)):
            continue
        if _SECTION_HEADINGS.match(_AGENDA_NUMBER.sub("", text).strip(" :")):
            continue
        if _ADDRESS_OR_CONTACT.search(text):
            continue  # a letterhead's address, telephone or web address
        if order < _LETTERHEAD_REACH and _issuer_line(text):
            continue  # the issuing body or office at the top
        score = _prominence(item, address.source, body) - 0.05 * order + (0.5 if order == 0 else 0.0)
        if score > best_score:
            best, best_score = (text, address), score
    if best is None:
        return None
    return _tidy(best[0]), best[1]


def _prominence(item, line, body: float | None) -> float:
    score = 0.0
    if getattr(item, "role", "") == "heading":
        score += 2.0
        level = getattr(item, "level", None)
        if level is not None and level <= 1:
            score += 1.5
    if line.bold:
        score += 1.0
    if line.underlined:
        score += 0.5
    if line.size and body:
        score += max(0.0, min(8.0 * (line.size / body - 1.0), 6.0))
    return score


def _body_size(head) -> float | None:
    sizes: dict[float, int] = {}
    for address in head:
        size = address.source.size
        if size:
            sizes[size] = sizes.get(size, 0) + len(address.text)
    return max(sizes, key=sizes.get) if sizes else None


# --- The title a web page declares in its <title>, as a fallback --------------------------------

# How a page's <title> joins the subject to the site's name: "Subject - Site", "Subject | Stadt X".
_DECLARED_PARTS = re.compile(r"\s+[-|–—]\s+")
# A part that names the site, a portal, a council system or a municipality rather than the subject.
_SITE_PART = re.compile(
    r"\b(?:rats?informations?system|bürgerinformations?system|ratsinfo|ris|sessionnet|allris|moderngov|mgov|escribe"
    r"|legistar|civicweb|politikerweb|mødeportal|dagsordener|portal|website|webseite|hjemmeside|homepage|home"
    r"|rådhusets?\b.*|online)\b"
    r"|^(?:(?:Landeshauptstadt|Hansestadt|Stadt|Gemeinde|Markt|Kreis|Landkreis|Amt)\s+\S.*"
    r"|(?:City|Town|Borough|County|District|Municipality) of\s+\S.*"
    r"|\S.*\s(?:Kommune|Regionskommune|Council|City Council|County Council|Borough Council|District Council))$"
    r"|\.(?:dk|de|at|ch|gov|org|com|net|uk)\b",
    re.IGNORECASE,
)
# A part that is only a genre or a listing's name ("Dagsorden", "StR-Anträge", "Sitzungsvorlage 20-26 / V 04180").
_LISTING_PART = re.compile(
    r"^(?:[\wÄÖÜäöü]{1,6}-)?[\wäöüæøå]*(?:anträge|antrag|anfragen|anfrage|vorlagen|vorlage|sitzungen|sitzung|drucksachen"
    r"|drucksache|tagesordnung|niederschrift|protokoll|dokumente|dokument|beschlüsse|gremien|dagsordener|dagsorden"
    r"|referater|referat|møder|møde|udvalg|sager|agendas|agenda|minutes|meetings|meeting|decisions|decision|reports"
    r"|report|documents|document|committees|issues|issue|items(?: at meetings)?|agenda item|item|details)"
    r"(?:\s*/\s*\S+)*(?:\s+[\w/ .-]*\d[\w/ .-]*)?$",
    re.IGNORECASE,
)

# A file's name or the program that wrote it: "Microsoft Word - notat.docx".
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|odt|rtf|html?|txt)\b|^Microsoft\b|^Untitled\b|^Dokument\d", re.IGNORECASE)


def title_from_declared(declared: str | None) -> str | None:
    """Return a web page's subject from the title it declares, the site's own name cut off.

    "Udvidelse af skolen - Rådhusets dagsordener" gives "Udvidelse af skolen". A title that is
    only a site's name, a genre or a listing ("Dagsorden - Politikerweb", "Ratsinformationssystem |
    Stadt X", "Sitzungsvorlage 20-26 / V 04180") gives none: it names no subject.
    """
    if not declared:
        return None
    parts = _DECLARED_PARTS.split(" ".join(declared.split()))
    separators = _DECLARED_PARTS.findall(" ".join(declared.split()))
    while len(parts) > 1 and _SITE_PART.search(parts[-1]):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and (_SITE_PART.search(parts[0]) or _LISTING_PART.match(parts[0]) or _genre(parts[0])):
        # "Agenda item - Subject", "Site - Listing - Subject": the breadcrumb before the subject.
        parts.pop(0)
        separators.pop(0)
    if _FILE_NAME.search(declared):
        return None
    if any(_SITE_PART.search(part) or _LISTING_PART.match(part.strip()) or _genre(part) for part in parts):
        return None
    title = parts[0] + "".join(separator + part for separator, part in zip(separators, parts[1:]))
    title = _tidy(title)
    if len(title) < 8 or _DATE_ONLY.match(title) or _FORM_LINE.match(title) or _BODY_LINE.search(title):
        return None
    return title
