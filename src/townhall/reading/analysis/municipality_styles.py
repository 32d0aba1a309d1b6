"""The styles a municipality or its council names itself in: "Aarhus Kommune", "Landeshauptstadt Potsdam",
"City of Edinburgh Council", "Town of Maplecrest", a Swiss canton's parliament.
"""

from __future__ import annotations

import re

from townhall.reading.analysis.municipalities import DANISH_STYLE_WORDS

# Faroese and Icelandic letters too: "Víkabøur", "Sandoyar".
_CITY_WORD = r"[A-ZÆØÅÄÖÜÁÍÓÚÝÐ][a-zæøåäöüßáíóúýð]+(?:-[A-ZÆØÅÄÖÜÁÍÓÚÝÐ][a-zæøåäöüßáíóúýð]+)?"
# Running Danish text also writes the style in small letters ("borgere i Faxe kommune").
_DANISH_BODY = re.compile(rf" ({DANISH_STYLE_WORDS}|kommune)\b")
_DANISH_BODY_NAME = re.compile(rf"\b({_CITY_WORD}(?: {_CITY_WORD})?)$")
_GERMAN_STYLE = re.compile(
    r"(Landeshauptstadt|Bundesstadt|Freie und Hansestadt|Freie Hansestadt|Hansestadt|Wissenschaftsstadt"
    r"|Universitätsstadt|Stadt|Gemeinde|Kreisstadt|Große Kreisstadt"
    # Austrian, Swiss and German municipal styles: "Marktgemeinde Steinfeld", "Einwohnergemeinde Aarberg".
    r"|Marktgemeinde|Stadtgemeinde|Ortsgemeinde|Verbandsgemeinde|Samtgemeinde|Einwohnergemeinde|Politische Gemeinde"
    # A Bavarian market town styles itself "Markt Oberaching".
    r"|Markt"
    # A county's papers are issued by the Landkreis itself, or by the Kreis as counties in the north and west style
    # themselves ("Kreis Nordmarsch").
    r"|Landkreis|Kreis"
    # The administration of a town signs as the town: "Stadtverwaltung X", "Verbandsgemeindeverwaltung X".
    r"|Stadtverwaltung|Gemeindeverwaltung|Verbandsgemeindeverwaltung|Samtgemeindeverwaltung)\s+"
    # a saint's town with its abbreviation: "Marktgemeinde St. Leonhard am Walde"
    rf"((?:St\. )?{_CITY_WORD}(?:(?: {_CITY_WORD})? (?:am|an der|im|in der) {_CITY_WORD}| \((?:Saale|Oder)\))?)"
    # A name that runs on into more letters ("KieI" read from a scan) is not a name read whole.
    r"(?![^\W\d_])"
)
# "Rat der Stadt X" is the council of the issuing city itself.
_COUNCIL_OF = re.compile(r"(?:Rat|Magistrat|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Verwaltung)\s+der $")
_ENGLISH_BODY = re.compile(
    r"\b((?:The )?City of [A-Z][a-z]+(?: [A-Z][a-z]+)? Council"
    # "Brighton & Hove City Council": two towns joined by "&" or "and" are one council's name.
    # (a meeting's kind before the style is no place: "Regular City Council Meeting", "Special County Council")
    r"|(?!(?:The|This|That|A|Our|Each|Every|Your|Regular|Special|Ordinary|Extraordinary|Annual|Adjourned|Joint) )"
    r"(?:[A-Z][a-z]+ (?:(?:&|and) [A-Z][a-z]+ )?){1,2}(?:City|County|Borough|District|Metropolitan Borough) Council"
    # A London borough's name of two words is read whole where it ends its line: "London Borough of Thornbury Vale".
    r"|(?:London|Royal) Borough of [A-Z][a-z]+(?: (?:and|upon) [A-Z][a-z]+| [A-Z][a-z]+(?=[ \t]*(?:\n|$)))?)\b"
)
_DANISH_COUNCIL = re.compile(rf"\b({_CITY_WORD}) [Bb]yråd(?:et)?\b|\b(?:Byrådet|Kommunalbestyrelsen|Borgerrepræsentationen) i ({_CITY_WORD})\b(?! [Kk]ommune)")
_REGION_LINE = re.compile(r"^(Region [A-ZÆØÅÄÖÜ][a-zæøåäöüß]+(?:-[A-ZÆØÅÄÖÜ][a-zæøåäöüß]+)?)$", re.MULTILINE)
# District councils carry the city's name: "Bezirksvertretung Köln-Ehrenfeld", "Bezirksamt Berlin-Mitte".
_DISTRICT_BODY = re.compile(rf"\b(?:Bezirksvertretung|Bezirksamt|Bezirksausschuss|Stadtbezirksrat|Ortsbeirat) ({_CITY_WORD.split('(?:-')[0]})-")
# A letterhead line naming a council in a style the pattern above does not know ("Bath & North East Somerset Council"),
# or the commissioners that govern a Manx or Irish town or village ("Ballacorran Village Commissioners").
_COUNCIL_LINE = re.compile(
    r"^((?:[A-Z][\w'-]*|&|and|of|upon) (?:(?:[A-Z][\w'-]*|&|and|of|upon) ){0,5}"
    r"(?:Council|(?:Town|Village|District|Parish) Commissioners))$",
    re.MULTILINE,
)
# North American and Irish styles, as a letterhead line: "Town of Maplecrest", "The Corporation of the City of Brampton".
_ENGLISH_STYLE_LINE = re.compile(
    # A Canadian regional district or regional municipality, a Channel Islands parish named for its saint
    # ("Parish of St. Aldric"), a London borough of two words ("London Borough of Thornbury Vale").
    r"^((?:The )?(?:Corporation of the )?(?:City|Town|Village|Township|Municipality|County|Region|Borough|District|Shire"
    r"|Regional District|Regional Municipality|Parish|London Borough|Royal Borough)"
    r" of (?:St\.? )?[A-Z][a-z]+(?:[ -](?!Council$)[A-Z][a-z]+)?)$",
    re.MULTILINE,
)
# The same style in running text ("an agreement with the City of Winnipeg"): a mention, counted like a town's name.
_ENGLISH_STYLE = re.compile(r"\b((?:City|Town|Village|Township|Municipality) of [A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# An English council that calls itself by its style alone ("the County Council", "City Council") is
# named by the place of its mail domain ("@kent.gov.uk") or of its postal address ("Maidstone, Kent,
# ME14 1XQ"), when the text spells that place itself.
_BARE_STYLE = re.compile(r"(?:^|\b(?:the|of|to|by|at|The|To) )(County|City|Borough|District) Council\b", re.MULTILINE)
_UK_DOMAIN = re.compile(r"@(?:[a-z0-9-]+\.)*?([a-z]+(?:-[a-z]+){0,2})\.gov\.uk\b", re.IGNORECASE)
_UK_POSTCODE_PLACE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),? (?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b")
# A Swiss cantonal parliament's papers are the canton's: "Grosser Rat", "Kantonsrat", "Landrat".
_CANTONAL_PARLIAMENT = re.compile(r"\b(?:Grosse[rn]?|Große[rn]?) Rat(?:es|s)?\b|\bKantonsrat\w*|\bLandrat(?:es|s)?\b")
_CANTON = re.compile(r"\bKantons? ([A-Z][a-zäöü]+(?:-[A-Z][a-zäöü]+)?)\b")
_GENERIC_COUNCIL_WORDS = frozenset(("The", "This", "Full", "County", "City", "Town", "Parish", "District", "Borough", "Board"))
