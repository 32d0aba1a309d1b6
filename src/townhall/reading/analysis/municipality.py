"""Name the municipality that issued a paper, from explicit names and strong evidence.

Evidence is weighed: the body named in its own style ("Aarhus Kommune", "Landeshauptstadt Potsdam",
"City of Edinburgh Council") counts most, then the mail domain of the sender (kk.dk, stadt-koeln.de),
then the town of a Danish postal address, then repeated mentions of the city together with words of
city administration. Without enough evidence the answer is None.
"""

from __future__ import annotations

import re
from collections import defaultdict

from townhall.reading.analysis.forms import label_key
from townhall.reading.analysis.municipalities import GERMAN
from townhall.reading.analysis.municipality_names import (
    _DANISH_BY_NAME,
    _DANISH_TOWNS,
    _GERMAN_CITIES,
    _OFFICIAL_NAME,
    _OFFICIAL_NAMES,
    _domain_owner,
    _town_of,
)
from townhall.reading.analysis.municipality_styles import (
    _BARE_STYLE,
    _CANTON,
    _CANTONAL_PARLIAMENT,
    _CITY_WORD,
    _COUNCIL_LINE,
    _COUNCIL_OF,
    _DANISH_BODY,
    _DANISH_BODY_NAME,
    _DANISH_COUNCIL,
    _DISTRICT_BODY,
    _ENGLISH_BODY,
    _ENGLISH_STYLE,
    _ENGLISH_STYLE_LINE,
    _GENERIC_COUNCIL_WORDS,
    _GERMAN_STYLE,
    _REGION_LINE,
    _UK_DOMAIN,
    _UK_POSTCODE_PLACE,
)

_DOMAIN = re.compile(r"(?:@|www\.|https?://)([A-Za-z0-9.-]+\.(?:dk|de|gov\.uk))\b", re.IGNORECASE)
# An address a narrow column wraps at a dot: "a.clerk@northshire" over ".gov.uk".
_WRAPPED_ADDRESS = re.compile(r"(@[\w-]+(?:\.[\w-]+)*)[ \t]*\n[ \t]*(\.[a-z]{2,}(?:\.[a-z]{2,})?)\b")
_DANISH_ADDRESS = re.compile(r"(\d{4}) ([A-ZÆØÅ][a-zæøå]+(?:[- ][A-ZÆØÅ][a-zæøå]+)?)(?: [A-ZØ]{1,2}\b\.?)?")
_CAPITALISED = re.compile(r"\b[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+\b")
_ADMIN_WORDS = re.compile(
    r"\b(?:Stadtverwaltung|Verwaltung|Stadtrat|Rat der Stadt|Oberbürgermeister\w*|Bürgermeister\w*|Dezernat"
    r"|Stadtverordnete\w*|Bezirksvertretung|Integrationsrat|Ausschuss|kommune\w*|forvaltning\w*|udvalg\w*"
    r"|byråd\w*|borgmester\w*|Borgerrepræsentation\w*|council|councillors?)\b",
    re.IGNORECASE,
)
# Capitalised words that can stand before "Kommune" without naming one ("Hele Kommune").
_NOT_TOWNS = frozenset("Hele Vores Jeres Denne Den Din Egen Anden Samme Hver Ny Nye Enhver Kommunens".split())
# Abbreviations a city's own papers use for it.
_ABBREVIATIONS = {"LHP": "Landeshauptstadt Potsdam", "LHM": "Landeshauptstadt München", "FHH": "Freie und Hansestadt Hamburg"}
_ABBREVIATION = re.compile(r"\b(" + "|".join(_ABBREVIATIONS) + r")\b")
_ABBREVIATION_WEIGHT, _ABBREVIATION_CAP = 2.0, 4.0
# Bodies that exist in one municipality only.
_UNIQUE_BODIES = {
    "Borgerrepræsentationen": "Københavns Kommune",
    "Københavns Borgerrepræsentation": "Københavns Kommune",
    "Aarhus Byråd": "Aarhus Kommune",
    "Odense Byråd": "Odense Kommune",
    "Aalborg Byråd": "Aalborg Kommune",
}
_EXPLICIT, _DOMAIN_WEIGHT, _ADDRESS, _MENTION, _MENTION_CAP = 3.0, 3.0, 2.0, 1.0, 3.0
_HEAD_CHARS = 600
_MIN_SCORE = 3.0
# "Lindenau, den 03.03.2025", "Lindenau, 03.03.2025": at a line's start or in the right-hand column of a head
# printed in two (after a tab or a run of spaces).
_PLACE_AND_DATE = re.compile(
    r"(?:^|\t| {3,})[ \t]*([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:,\s*(?:den\s+|am\s+|d\.\s*)?|\s+(?:den|am|d\.)\s+)\d{1,2}\.",
    re.MULTILINE,
)
_PLACE_WEIGHT = 3.0
_COUNTY_LINE = re.compile(rf"^Landkreis {_CITY_WORD}(?: {_CITY_WORD})?$")
# A county's administration heads its papers with its office, "Landratsamt Hohenbruck": the issuer is the Landkreis.
_COUNTY_OFFICE_LINE = re.compile(rf"^Landratsamt ({_CITY_WORD}(?: {_CITY_WORD})?)$")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:[Ss]oziale|[Nn]eue|[Gg]rüne|[Gg]esunde|[Ss]marte|[Ll]ebendige|[Ll]ebenswerte|[Aa]utofreie)n?\s$")
_GERMAN_ADDRESS = re.compile(r"(?<![\d.,])\b\d{5} ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")
# Styles of a municipality that a paper names in passing too ("in der Ortsgemeinde X" in a district's paper):
# only a line of their own, such as the letterhead, names the issuer with full weight.
_MEMBER_STYLES = frozenset(
    ("Stadt", "Gemeinde", "Markt", "Landkreis", "Kreis", "Ortsgemeinde", "Verbandsgemeinde", "Samtgemeinde")
)
# The issuer prints its name first: a body named in the first lines outweighs one named in a recipient
# block or the subject further down.
_LETTERHEAD_LINES, _LETTERHEAD_WEIGHT = 3, 3.0
# Small words that stay in small letters when a name in capitals is read in title case.
_NAME_PARTICLES = frozenset(("an", "am", "im", "in", "der", "den", "dem", "des", "und", "bei", "ob", "og", "of", "and", "upon", "on", "the"))
_RECIPIENT_LINES = 30
_POSTAL_LINE = re.compile(r"^(?:D-|DK-|A-|CH-)?\d{4,5} [A-ZÆØÅÄÖÜ]|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$")
_SALUTATION_LINE = re.compile(r"^\s*(?:Kære|Dear|Sehr geehrte[rs]?|Liebe[rs]?)\s")
_MENTION_CHARS = 6000
_HEAD_SAMPLE = 8000
_TAIL_SAMPLE = 3000


def find_municipality(text: str) -> str | None:
    """Return the issuing municipality's official name, or None when the evidence is weak."""
    scores: dict[str, float] = defaultdict(float)
    if len(text) > _HEAD_SAMPLE + _TAIL_SAMPLE:
        # The issuer names itself in the letterhead, the first pages and the signature block.
        text = text[:_HEAD_SAMPLE] + "\n" + text[-_TAIL_SAMPLE:]
    text = _bilingual_head(_without_recipient(text))
    _explicit_names(text, scores)
    _address_line_issuer(text, scores)
    if "@" in text or "www." in text or "http" in text:
        for match in _DOMAIN.finditer(_WRAPPED_ADDRESS.sub(r"\1\2", text)):
            official = _domain_owner(match.group(1).lower())
            if official:
                scores[official] += _DOMAIN_WEIGHT
    for match in _DANISH_ADDRESS.finditer(text):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        official = _DANISH_TOWNS.get(match.group(2).casefold())
        if official and 1000 <= int(match.group(1)) <= 9990:
            scores[official] += _ADDRESS
    if "Bezirk" in text or "beirat" in text:
        for match in _DISTRICT_BODY.finditer(text):
            official = _town_of(match.group(1).casefold())
            if official:
                scores[official] += _EXPLICIT
    abbreviations: dict[str, float] = defaultdict(float)
    for match in _ABBREVIATION.finditer(text):
        abbreviations[_ABBREVIATIONS[match.group(1)]] += _ABBREVIATION_WEIGHT
    for official, weight in abbreviations.items():
        scores[official] += min(weight, _ABBREVIATION_CAP)
    for body, official in _UNIQUE_BODIES.items():
        if body in text:
            scores[official] += _EXPLICIT
    for match in _GERMAN_ADDRESS.finditer(text):
        key = _GERMAN_CITIES.get(match.group(1).casefold())
        if key:
            scores[GERMAN[key]] += _ADDRESS
    for match in _PLACE_AND_DATE.finditer(text):
        # "Lindenau, den 03.03.2025": the town a letter is written in is the issuer's.
        key = _GERMAN_CITIES.get(match.group(1).casefold())
        if key:
            scores[GERMAN[key]] += _PLACE_WEIGHT
    _enacting_body(text, scores)
    sample = text[:_MENTION_CHARS]
    if _ADMIN_WORDS.search(sample):
        _city_mentions(sample, scores)
    if not scores:
        _style_and_place(text, scores)
    if max(scores.values(), default=0.0) < _MIN_SCORE:
        _official_names(text, scores)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    if score < _MIN_SCORE or (len(ranked) > 1 and ranked[1][1] * 1.5 > score):
        return None
    return best


def _explicit_names(text: str, scores: dict[str, float]) -> None:
    # Letterheads are often in capitals ("KØBENHAVNS KOMMUNE"): read them in title case.
    capitals = [_title_case(line) for line in text.split("\n") if 4 < len(line) <= 60 and line.isupper()]
    if capitals:
        _explicit_names_in("\n".join(capitals), scores)
    _explicit_names_in(text, scores)
    head = _letterhead(text)
    letterhead: dict[str, float] = defaultdict(float)
    _explicit_names_in("\n".join(_title_case(line) if line.isupper() else line for line in head), letterhead)
    for official in letterhead:
        if official in scores:
            scores[official] += _LETTERHEAD_WEIGHT
    for line in head:
        office = _COUNTY_OFFICE_LINE.match(line)
        if office:
            scores[f"Landkreis {office.group(1)}"] += _weight(0) + _LETTERHEAD_WEIGHT
    for position, line in enumerate(head[1:], start=1):
        county = _COUNTY_LINE.match(line)
        if county and any(_GERMAN_STYLE.match(above) and not _COUNTY_LINE.match(above) for above in head[:position]):
            # "Markt Oberaching" over "Landkreis Rottal": the county the town lies in, printed under its name.
            scores.pop(county.group(0), None)


_BILINGUAL_HALVES = re.compile(r"^([^/\n]{4,70}?) / ([^/\n]{4,70})$")
_BILINGUAL_LINES = 6


def _bilingual_head(text: str) -> str:
    """Set the two halves of a bilingual letterhead line on lines of their own.

    A Welsh council names itself in both languages on one line: "Cyngor Tref Llanfair / Llanfair Town Council".
    """
    lines = text.split("\n")
    for index, line in enumerate(lines[:_BILINGUAL_LINES]):
        halves = _BILINGUAL_HALVES.match(line.strip())
        if halves and all(half[:1].isupper() for half in halves.groups()):
            lines[index] = "\n".join(halves.groups())
    return "\n".join(lines)


def _without_recipient(text: str) -> str:
    """Blank a letter's recipient block and salutation when its letterhead names the issuing municipality.

    A council writing to another ("FREDENSBORG KOMMUNE" over "Helsingør Kommune / … / 3000 Helsingør" and
    "Kære Helsingør Kommune") names the other as its recipient; without a municipality in the letterhead (a
    resident's letter to the council) the recipient is the council whose paper it is, and is kept.
    """
    letterhead: dict[str, float] = defaultdict(float)
    _explicit_names_in("\n".join(_title_case(line) if line.isupper() else line for line in _letterhead(text)), letterhead)
    if not letterhead:
        return text
    lines = text.split("\n")
    blocks: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate(lines[:_RECIPIENT_LINES + 1]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            blocks.append((start, index))
            start = None
    for first, end in blocks[1:]:
        block = lines[first:end]
        if 2 <= len(block) <= 8 and any(_POSTAL_LINE.search(line.strip()) for line in block):
            if not any(name.casefold() in line.casefold() for name in letterhead for line in block):
                lines[first:end] = [""] * len(block)
    return "\n".join("" if _SALUTATION_LINE.match(line) else line for line in lines)


def _letterhead(text: str) -> list[str]:
    """Return the first block of lines, up to its first blank line, without form fields ("Betreff: …")."""
    block: list[str] = []
    for line in text.lstrip("\n").split("\n", _LETTERHEAD_LINES + 1)[: _LETTERHEAD_LINES]:
        if not line.strip():
            break
        if ":" not in line:
            block.append(line.strip())
    return block


def _title_case(line: str) -> str:
    """Return a line in capitals in title case, its particles small: "Feldkirchen an der Alm"."""
    words = line.title().split(" ")
    return " ".join(word.lower() if index and word.lower() in _NAME_PARTICLES else word for index, word in enumerate(words))


def _explicit_names_in(text: str, scores: dict[str, float]) -> None:
    for match in _DANISH_BODY.finditer(text):
        name = _DANISH_BODY_NAME.search(text, max(0, match.start() - 40), match.start())
        if not name:
            continue
        official = _DANISH_BY_NAME.get(f"{name.group(1)} {match.group(1)}".casefold())
        if official is None:
            official = _DANISH_BY_NAME.get(f"{name.group(1)}s {match.group(1)}".casefold())
        if official:
            scores[official] += _weight(name.start())
        elif match.group(1) == "kommune":
            continue  # in small letters only a known municipality's name is trusted ("den nye kommune")
        elif name.group(1).split()[0] not in _NOT_TOWNS:
            # A municipality missing from the table still names itself; trust it fully as a letterhead line.
            factor = 1.0 if _whole_line(text, name.start(), match.end()) else 0.75
            scores[f"{name.group(1)} {match.group(1)}"] += _weight(name.start()) * factor
    if "yråd" in text or " i " in text:
        for match in _DANISH_COUNCIL.finditer(text):
            # "Greve Byråd", "Byrådet i Faxe", "Kommunalbestyrelsen i Lejre": the council of a municipality in the table.
            name = match.group(1) or match.group(2)
            official = _DANISH_BY_NAME.get(f"{name} kommune".casefold()) or _DANISH_BY_NAME.get(f"{name}s kommune".casefold())
            if official:
                scores[official] += _weight(match.start())
    for match in _GERMAN_STYLE.finditer(text):
        if match.start() and text[match.start() - 1].isalnum():
            continue  # "Hansestadt" inside "Universitäts- und Hansestadt" is read from its start
        style, city = match.group(1).removesuffix("verwaltung"), match.group(2)
        if style == "Stadt" and _ADJECTIVE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Soziale Stadt Nordviertel": a programme's name, not a town's style
        key = _GERMAN_CITIES.get(city.casefold())
        if key:
            scores[GERMAN[key]] += _weight(match.start())
        elif (
            style not in _MEMBER_STYLES
            or _whole_line(text, match.start(), match.end())
            or _beside_a_field(text, match.start(), match.end())
            or _COUNCIL_OF.search(text, max(0, match.start() - 30), match.start())
        ):
            scores[f"{style} {city}"] += _weight(match.start())
        else:
            scores[f"{style} {city}"] += _weight(match.start()) / 2
    for match in _REGION_LINE.finditer(text, 0, _HEAD_CHARS):
        # A Danish region (or a German regional authority) issues its papers as "Region X".
        scores[match.group(1)] += _weight(match.start())
    for match in _ENGLISH_STYLE_LINE.finditer(text, 0, _HEAD_CHARS):
        scores[match.group(1).removeprefix("The ").removeprefix("Corporation of the ")] += _weight(match.start())
    if " of " in text:
        mentions: dict[str, float] = defaultdict(float)
        for match in _ENGLISH_STYLE.finditer(text, 0, _MENTION_CHARS * 3):
            if not text.startswith(" Council", match.end()):
                mentions[match.group(1)] += _MENTION
        for name, count in mentions.items():
            if count >= 2:
                # "the City of Edinburgh" in the text of "The City of Edinburgh Council": the same body.
                named = next((key for key in scores if name in key), name)
                scores[named] += min(count, _MENTION_CAP)
    if "Council" in text or "Borough of" in text or "Commissioners" in text:
        for match in _ENGLISH_BODY.finditer(text):
            scores[match.group(1)] += _weight(match.start())
        for match in _COUNCIL_LINE.finditer(text, 0, _HEAD_CHARS):
            if not _ENGLISH_BODY.fullmatch(match.group(1)) and match.group(1).split()[0] not in _GENERIC_COUNCIL_WORDS:
                scores[match.group(1)] += _weight(match.start())


# An enactment names the body that enacts it, in its long title and in its enacting clause: "AN ORDINANCE OF THE CITY
# COUNCIL OF THE CITY OF ELM RAPIDS AMENDING …", "be it resolved by the Council of the Town of X:", "the Council of the
# Corporation of the Town of X enacts as follows". The name ends where the title's verb or the clause goes on; a
# resolution of another council named in a sentence ("a resolution of the Council of the City of X, adopted in …")
# has neither.
_ENACTMENT_WORDS = ("ordinance", "resolution", "by-law", "bylaw", "ordain", "resolved", "enact")
_ENACTING_BODY = re.compile(
    r"(?:(?P<title>^[ \t]*(?:an? )?(?:ordinance|resolution|by-?law)(?: (?:no\.?|number) [\w./-]+)? of)"
    r"|(?P<by>\b(?:resolved|ordained|enacted) by))?"
    r"\s+the (?:[a-z]+ )?(?:council|board of [a-z]+|commission) of the (?:corporation of the )?"
    r"(?P<name>(?:city|town|village|township|county|borough|municipality) of [a-z]+(?:[ -][a-z]+)?)"
    r"(?:(?P<verb>,? (?:(?:does|do) (?:hereby )?(?:ordain|resolve|enact)|(?:hereby )?(?:ordains|resolves|enacts)))\b"
    r"|(?P<ing>,?(?: [a-z]+(?: [a-z]+)?,)? [a-z]+ing)\b|(?P<then>,? (?:that|as follows)\b|:))",
    re.IGNORECASE | re.MULTILINE,
)


def _enacting_body(text: str, scores: dict[str, float]) -> None:
    """Name the municipality an ordinance, resolution or by-law is enacted by, from its title or enacting clause."""
    lowered = text.lower()
    if not any(word in lowered for word in _ENACTMENT_WORDS):
        return
    found: set[str] = set()
    for match in _ENACTING_BODY.finditer(text):
        enacts = match.group("verb") or match.group("title") and match.group("ing") or match.group("by") and match.group("then")
        if not enacts:
            continue  # the council of a city named in passing, not as the body that enacts
        name = " ".join(match.group("name").split())
        style, place = name[: name.index(" ")], name[name.index(" ") + 4 :]
        found.add(f"{style.title()} of {_title_case(place) if place.isupper() else place}")
    for name in found:
        scores[name] += _EXPLICIT


# A footer or letterhead printed as one line of fields: "City of Millbrook | 200 Civic Center Drive | Millbrook, OR
# 97399 | www.millbrookor.gov", "Stadt Lindenau · Markt 1 · 04123 Lindenau". Its first field is the issuer.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_POSTAL_OR_WEB = re.compile(r"\b\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]\b|www\.|@")


def _address_line_issuer(text: str, scores: dict[str, float]) -> None:
    """Read the body named first on an address line of separated fields as a line of its own."""
    firsts = []
    for line in text.split("\n"):
        if line.count("|") + line.count("·") + line.count("•") < 2:
            continue
        fields = _FIELD_SEPARATOR.split(line.strip())
        if len(fields) >= 3 and any(_POSTAL_OR_WEB.search(field) for field in fields[1:]):
            firsts.append(fields[0].strip())
    if firsts:
        found: dict[str, float] = defaultdict(float)
        _explicit_names_in("\n".join(firsts), found)
        for official in found:
            scores[official] += _EXPLICIT


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : line_end if line_end >= 0 else len(text)].strip()


_FIELD_COLON = re.compile(r"(?<![\d/]):(?![\d/])")


def _beside_a_field(text: str, start: int, end: int) -> bool:
    """Tell whether a name opens its line with only a form field after it: a head's two columns joined.

    "Stadt Lindau      Vorlage-Nr.: MV/0058/2026" is the issuer's line beside the paper's number.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[line_start:start].strip():
        return False
    rest = text[end : line_end if line_end >= 0 else len(text)].strip()
    label = _FIELD_COLON.split(rest, maxsplit=1)[0]
    return label != rest and label_key(label) is not None


def _weight(position: int) -> float:
    return _EXPLICIT + 1.0 if position < _HEAD_CHARS else _EXPLICIT


def _city_mentions(text: str, scores: dict[str, float]) -> None:
    counts: dict[str, float] = defaultdict(float)
    for match in _CAPITALISED.finditer(text):
        official = _town_of(match.group(0).casefold())
        if official:
            counts[official] += _MENTION
    for official, count in counts.items():
        scores[official] += min(count, _MENTION_CAP)


_OFFICIAL_MENTION = 1.5


def _official_names(text: str, scores: dict[str, float]) -> None:
    """Name the issuer by a known municipality's official name when no reader above found one strongly enough.

    The last resort, for a body that names itself in a style none of them reads: its official name at the top of
    the paper counts as a letterhead, in the running text only when repeated.
    """
    head_lines = [line for line in text.lstrip("\n").split("\n")[: _LETTERHEAD_LINES * 2] if line.strip()][:_LETTERHEAD_LINES]
    head_end = text.find(head_lines[-1]) + len(head_lines[-1]) if head_lines else 0
    mentions: dict[str, float] = defaultdict(float)
    for match in _OFFICIAL_NAME.finditer(text):
        official = _OFFICIAL_NAMES[match.group(1).lower()]
        if match.start() < head_end and not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip():
            # A line of the first ones that opens with the name: "Stadt Dessau-Roßlau", "KENT COUNTY COUNCIL – RECORD …".
            scores[official] += _EXPLICIT + _LETTERHEAD_WEIGHT
        else:
            mentions[official] += _OFFICIAL_MENTION
    for official, weight in mentions.items():
        scores[official] += min(weight, _EXPLICIT + 1.0)


def _style_and_place(text: str, scores: dict[str, float]) -> None:
    """Name a body that calls itself by its style alone from the place its domain or address gives."""
    if "Kanton" in text and _CANTONAL_PARLIAMENT.search(text):
        cantons: dict[str, float] = defaultdict(float)
        for match in _CANTON.finditer(text):
            cantons[f"Kanton {match.group(1)}"] += _MENTION
        for name, count in cantons.items():
            if count >= 2:
                scores[name] += min(count + 1, _MENTION_CAP)
    styles = {match.group(1) for match in _BARE_STYLE.finditer(text)}
    if len(styles) != 1:
        return
    style = styles.pop()
    places: dict[str, float] = defaultdict(float)
    for match in _UK_DOMAIN.finditer(text):
        places[match.group(1).replace("-", " ").title()] += _DOMAIN_WEIGHT
    for match in _UK_POSTCODE_PLACE.finditer(text, 0, _HEAD_CHARS * 4):
        places[match.group(1)] += _PLACE_WEIGHT
    for place, weight in places.items():
        # The place must be spelt in the text as a name, not only read from a domain.
        if re.search(rf"\b{re.escape(place)}\b", text):
            scores[f"{place} {style} Council"] += weight
