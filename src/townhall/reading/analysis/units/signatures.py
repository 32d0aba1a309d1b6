"""The unit or group that signs a paper: the head of a unit, a group under the signature, an advisory body signing, a department over its month."""

from __future__ import annotations

import re

from townhall.reading.analysis.dates import find_dates
from townhall.reading.analysis.letters import CLOSING


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
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*beirat|Beirat|[A-ZÆØÅ][\wæøå-]*(?:lokalråd|lokaludvalg|ældreråd|handicapråd|integrationsråd|ungeråd|landsbyråd)(?:et)?"
    # A youth or seniors' parliament or council: "Jugendparlament", "Kinder- und Jugendparlament", "Youth Council".
    r"|(?:Kinder- und )?Jugend(?:parlament|gemeinderat|rat)|Seniorenrat|Seniorenvertretung|Youth (?:Council|Parliament)"
    r"|(?:Lokalråd|Lokaludvalg|Ældreråd|Handicapråd|Integrationsråd|Ungeråd|Landsbyråd)(?:et)?"
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


# A paper closed by the department that wrote it over the month it was written: "Lands Department" / "May 2026".
_MONTH_OF_YEAR = re.compile(r"^[A-ZÆØÅÄÖÜ][a-zæøåäöü]+\.? \d{4}$")
_DEPARTMENT_NAME = re.compile(r"^[A-Z][\w&,' -]{2,80} (?:Department|Bureau|Directorate|Office|Secretariat|Division)$")


def _unit_over_month_at_foot(lines: list[str]) -> str | None:
    """Return the department named over the month and year that close the paper ("Lands Department" / "May 2026")."""
    tail = [line.strip() for line in lines if line.strip()][-2:]
    if len(tail) != 2 or not (_MONTH_OF_YEAR.match(tail[1]) and _DEPARTMENT_NAME.match(tail[0])):
        return None
    return tail[0] if find_dates(f"1 {tail[1]}", None) else None


# A signer's post with the department it belongs to, under the name at the foot: "Senior Executive Officer, Roads and
# Transportation Department", "Planning Manager, Development Services".
_POST_AND_DEPARTMENT = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:Officer|Manager|Director|Engineer|Planner|Administrator|Head)(?:\s+of\s+[A-Z][\w ]{2,40}?)?,\s+"
    r"(?P<unit>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,5}(?:Department|Directorate|Division|Section|Services?|Office))$"
)


def _department_of_signers_post(lines: list[str]) -> str | None:
    """Return the department named after the signer's post at the paper's foot, or None."""
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail):
        post = _POST_AND_DEPARTMENT.match(line)
        if post:
            return post.group("unit")
        # the post on a line of its own and the department under it: "Secretary-Treasurer, Committee of Adjustment" /
        # "Planning and Development Services"
        if position + 1 < len(tail) and _POST.search(line.split(",")[0]) and _DEPARTMENT_ALONE.match(tail[position + 1]):
            return tail[position + 1]
    return None


_POST = re.compile(r"\b(?:Officer|Manager|Director|Engineer|Planner|Administrator|Head|Secretary|Clerk|Treasurer|Coordinator|Advis[eo]r)\b")
_DEPARTMENT_ALONE = re.compile(
    r"^(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}(?:Department|Directorate|Division|Section|Services?)$"
)


# A council that signs through its president and its clerk, its name over their posts side by side (Swiss and Austrian
# municipalities): "GEMEINDERAT RÜTTIBERG" / "Die Gemeindepräsidentin    Der Gemeindeschreiber", "Der Stadtrat" /
# "Der Präsident:    Der Stadtschreiber:".
_EXECUTIVE_NAME = re.compile(
    r"^(?:(?:Der|Die|Im Namen des|Namens des)\s+)?(?P<body>(?:Gemeinde|Stadt|Einwohnergemeinde|Orts)?(?:rat|rates|vorstand|ausschuss)"
    r"|Gemeinderat|Stadtrat|Gemeindevorstand|Magistrat)(?:\s+[A-ZÄÖÜ][\wäöüß.-]*){0,3}$",
    re.IGNORECASE,
)
_TWO_POSTS = re.compile(
    r"^(?:Der|Die)\s+[\wäöüß-]*(?:präsident|vorsteher|bürgermeister|ammann)(?:in)?:?\s+(?:Der|Die)\s+[\wäöüß-]*"
    r"(?:schreiber|sekretär|secretär)(?:in)?:?$",
    re.IGNORECASE,
)


def executive_over_its_officers(lines: list[str]) -> str | None:
    """Return the council named over its president's and clerk's posts at the paper's foot (without its town), or None."""
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail[:-1]):
        if (named := _EXECUTIVE_NAME.match(line)) and _TWO_POSTS.match(tail[position + 1]):
            body = named.group("body")
            return body.title() if body.isupper() else body
    return None


# A board or a parliament's office that signs a notice in its own name, its officers under it: "Valgbestyrelsen for
# ældrerådsvalget" over "Jørgen Vestergaard" / "formand", "Büro des Einwohnerrates" over "Die Präsidentin: …".
_SIGNING_BOARD = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå]*bestyrelsen(?: (?:for|i) [\wæøå -]{3,60})?"
    r"|(?:Büro|Präsidium|Ratsbüro|Wahlausschuss|Wahlvorstand|Gemeindewahlausschuss) (?:des|der) [A-ZÄÖÜ][\wäöüß-]*"
    r"(?: [A-ZÄÖÜ][\wäöüß-]*){0,2})$"
)
# what stands under it: a name, or an office with its holder after a colon ("Die Präsidentin: Sandra Kälin")
_OFFICER_UNDER = re.compile(r"^(?:(?:Der|Die)\s+[\wäöüß-]+\s*:\s*)?[A-ZÆØÅÄÖÜ][\wæøåäöüß.-]+(?:\s+[A-ZÆØÅÄÖÜ][\wæøåäöüß-]+){1,3}$")


def board_over_its_signers(lines: list[str]) -> str | None:
    """Return the board or office named at the paper's foot right over the names of those who sign for it, or None."""
    tail = [line.strip() for line in lines if line.strip()][-_FOOT_LINES:]
    for position, line in enumerate(tail[:-1]):
        if _SIGNING_BOARD.match(line) and _OFFICER_UNDER.match(tail[position + 1]):
            return line
    return None
