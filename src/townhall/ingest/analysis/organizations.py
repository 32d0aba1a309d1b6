"""Find organisations, committees, offices and networks a paper names."""

from __future__ import annotations

import re

_CAP = r"[A-ZÆØÅÄÖÜ][\wæøåäöüß-]*"
# (guard words, pattern): a pattern runs only when one of its guard words occurs in the text.
_PATTERNS = (
    # Danish committees, administrations and offices (other than the compounds found by _DANISH_SUFFIX).
    (
        ("Borgerrepræsentationen", "Byrådet", "Kommunalbestyrelsen", "Magistraten", "Regionsrådet"),
        re.compile(r"\b(Borgerrepræsentationen|Byrådet|Kommunalbestyrelsen|Magistraten|Regionsrådet)\b"),
    ),
    (
        (" for ",),
        re.compile(rf"\b((?:Kontoret|Centret|Center|Enheden|Sekretariatet) for {_CAP}(?: (?:og|for) {_CAP})*)"),
    ),
    # German councils, committees, offices.
    (
        (" für ",),
        re.compile(rf"\b((?:Ausschuss|Amt|Büro|Referat|Dezernat|Fachbereich) für {_CAP}(?:(?:,| und) {_CAP})*)"),
    ),
    (
        ("Stadtverordnetenversammlung", "Bezirksvertretung", "Stadtrat", "Gemeinderat", "Kreistag"),
        re.compile(
            r"\b((?:Stadtverordnetenversammlung|Bezirksvertretung|Stadtrat|Gemeinderat|Kreistag)"
            r"(?: der (?:Landeshauptstadt|Stadt|Gemeinde) [A-ZÄÖÜ][\wäöüß-]+)?)\b"
        ),
    ),
    (("rat", "ausschuss"), re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{3,}(?<!Refe)(?:rat|beirat|ausschuss))\b")),
    (
        ("Bundesamt", "Landesamt", "Agentur", "Arbeitskreis", "Steuerungsgruppe", "Stadtverwaltung", "Volkshochschule"),
        re.compile(
            rf"\b((?:Bundesamt|Landesamt|Agentur) für {_CAP}(?: und {_CAP})?"
            rf"|(?:Arbeitskreis|Steuerungsgruppe) (?:{_CAP}(?: {_CAP})?|zur [A-ZÄÖÜ]\w+ de[rs] {_CAP}(?: {_CAP})?)"
            r"|Stadtverwaltung [A-ZÄÖÜ][a-zäöüß]+|Volkshochschule(?: [A-ZÄÖÜ][a-zäöüß]+)?)"
        ),
    ),
    # Networks named in Danish prose: "Intercultural Cities netværket".
    (("netværk",), re.compile(r"((?:\b[A-Z][\w-]+ ){1,3})netværk(?:et)?\b")),
    # English bodies.
    (
        ("Committee", "Council", "Board", "Panel", "Directorate", "Department"),
        re.compile(r"\b((?:[A-Z][a-z]+ ){1,3}(?:Committee|Council|Board|Panel|Directorate|Department))\b"),
    ),
)
_DANISH_SUFFIX = re.compile(r"(?:udvalget|forvaltningen)\b")
_DANISH_NAME_BEFORE = re.compile(r"(?:\b[A-ZÆØÅ][\wæøå]*- (?:og|&) )?\b[A-ZÆØÅ][\wæøå-]*$")
_NOT_ORG = frozenset(("Der Rat", "Die Stadtverordnetenversammlung", "The Council", "Rat"))


def find_organizations(text: str, known: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Return the organisations named in *text*, starting with the *known* ones (author unit, addressees)."""
    found = [k for k in known if k]
    for match in _DANISH_SUFFIX.finditer(text):
        # Find the suffix first, then read the compound's start backwards: much faster than one regex.
        name = _DANISH_NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if name:
            found.append(name.group(0) + match.group(0))
    for guards, pattern in _PATTERNS:
        if any(guard in text for guard in guards):
            found.extend(m.group(1) for m in pattern.finditer(text))
    names = _unique(name.strip() for name in found if name.strip() not in _NOT_ORG and len(name.strip()) > 3)
    # "Stadtverordnetenversammlung" adds nothing next to "Stadtverordnetenversammlung der Stadt X", nor
    # "Verkehrsausschuss" next to "Ordnungs- und Verkehrsausschuss".
    return [n for n in names if not any(n != o and (o.startswith(n + " ") or o.endswith(n)) for o in names)]


def _unique(names) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = name.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out
