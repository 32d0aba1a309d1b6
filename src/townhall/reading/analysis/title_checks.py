"""The lines of a paper's head that are no title: a form's or genre's name, a date, a reference, a body or issuer, a label.

The title reader (:mod:`title`) and the layout's reader (:mod:`title_layout`) pass over every line these checks
reject: :func:`_is_heading` tells a line that may head the paper from one that names its form, its sender, its
addressee or a field of its head; :func:`_issuer_line` tells the issuing body or office a letterhead names.
"""

from __future__ import annotations

import re

from townhall.reading.analysis.first_names import FIRST_NAMES
from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.kind import is_genre_name
from townhall.reading.analysis.kind_cues import EXTRACT_OF_RECORD
from townhall.reading.analysis.municipalities import DANISH_STYLE_WORDS
from townhall.reading.analysis.title_lines import (
    appendix_label,
    body_and_council,
    decisions_of_sitting,
    enacting_formula,
    item_and_part,
    venue_line,
)

# "7. Title", "TOP 4 Title", "Punkt 6: Title": the item's number, with a colon only after the item word.
_AGENDA_NUMBER = re.compile(
    r"^\s*(?:(?:TOP|Punkt|Pkt\.|Item)\s*(?:(?:nr|no)\.?\s*)?(?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*[.:]?(?:\s+[-–])?"
    r"|(?:[ÖN]\s?)?\d{1,3}(?:\.\d{1,2})*\.?)\s+(?=\S)",
    re.IGNORECASE,
)
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
_NUMBER_AFTER_NAME = re.compile(r"^(?P<name>\D+?)\s+(?:(?:no|nr|number|nummer)\.?\s*|#\s*)?[\w./-]*\d[\w./-]*$", re.IGNORECASE)
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
# The head of the administration, under its authority's name in the letterhead: "Landkreis X" / "Der Landrat",
# "CITY OF X" / "OFFICE OF THE MAYOR".
_HEAD_OF_ADMINISTRATION = re.compile(
    r"^(?:(?:Der|Die) (?:Landrat|Landrätin|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Amtsvorsteher(?:in)?|Amtsdirektor(?:in)?"
    r"|Oberkreisdirektor|Magistrat|Kreisausschuss|Gemeindevorstand|Bezirksbürgermeister(?:in)?|Präsident(?:in)? des [A-Z]\w+)"
    r"|Office of the (?:Mayor|Chief Executive|City Manager|County Executive|Town Clerk|City Clerk)"
    r"|Borgmesterens kontor)$"
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
        bool(
            _ISSUER_FIRST.match(part) or _ISSUER_LAST.match(part) or _BODY_OF_MUNICIPALITY.match(part)
            or _ISSUER_STYLE.match(part) or _HEAD_OF_ADMINISTRATION.match(part)
        )
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
_MAX_TITLE = 220
_MIN_TITLE = 6
_ADDRESS_OR_CONTACT = re.compile(
    r"\b\d{4,5}\s+[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+\b.*\b(?:www\.|@|Telefon|Tel\.?|Phone)|www\.|@|\b(?:Telefon|Tlf\.?|Tel\.?|Fax|cvr)\b[:.]?\s*[+\d]",
    re.IGNORECASE,
)

# A body's name alone ("Byrådet", "Stadtrat", "Cabinet") heads a paper as its addressee, not its title.
_COUNCIL_BODY = re.compile(
    r"(?i:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelsen|borgerrepræsentationen|regionsrådet|stadtrat|gemeinderat|kreistag"
    r"|ausschuss|beirat|council|cabinet|committee|board)$"
)


def _is_heading(line: str) -> bool:
    if "\t" in line or len(line) < _MIN_TITLE or len(line) > _MAX_TITLE:
        return False
    if sum(ch.isalpha() for ch in line) < 5 or line.startswith(("-", "•", "*", "_", "/", "(")):
        return False
    if _FORM_LINE.match(line.strip(" :")) or _DATE_ONLY.match(line) or _REFERENCE_LINE.match(line):
        return False
    if appendix_label(line) or item_and_part(line) or enacting_formula(line) or venue_line(line):
        return False
    if body_and_council(line, _COUNCIL_BODY, _issuer_line):
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
    if (numbered := _NUMBER_AFTER_NAME.match(line)) and is_genre_name(numbered.group("name")):
        return False  # any genre's name with its number: "Pressemitteilung Nr. 87/2026", "Mayoral Minute 7/2026"
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
    if _DATEISH.search(line) and len(line.split()) <= 8 and not decisions_of_sitting(line):
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
