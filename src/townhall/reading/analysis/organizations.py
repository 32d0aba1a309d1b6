"""Find organisations, committees, offices and networks a paper names."""

from __future__ import annotations

import re

_CAP = r"[A-ZÆØÅÄÖÜ][\wæøåäöüß-]*"
# (guard words, pattern): a pattern runs only when one of its guard words occurs in the text.
_PATTERNS = (
    # Danish committees, administrations and offices (other than the compounds found by _DANISH_SUFFIX).
    (
        ("Borgerrepræsentationen", "Byrådet", "Kommunalbestyrelsen", "Magistraten", "Regionsrådet"),
        re.compile(r"(Borgerrepræsentationen|Byrådet|Kommunalbestyrelsen|Magistraten|Regionsrådet)\b"),
    ),
    (
        (" for ",),
        re.compile(rf"((?:Kontoret|Centret|Center|Enheden|Sekretariatet) for {_CAP}(?: (?:og|for) {_CAP})*)"),
    ),
    # German councils, committees, offices.
    (
        (" für ",),
        re.compile(rf"((?:Ausschuss|Amt|Büro|Referat|Dezernat|Fachbereich) für {_CAP}(?:(?:,| und) {_CAP})*)"),
    ),
    (
        ("Stadtverordnetenversammlung", "Bezirksvertretung", "Stadtrat", "Gemeinderat", "Kreistag"),
        re.compile(
            r"((?:Stadtverordnetenversammlung|Bezirksvertretung|Stadtrat|Gemeinderat|Kreistag)"
            r"(?: der (?:Landeshauptstadt|Stadt|Gemeinde) [A-ZÄÖÜ][\wäöüß-]+)?)\b"
        ),
    ),
    (
        ("Bundesamt", "Landesamt", "Agentur", "Arbeitskreis", "Steuerungsgruppe", "Stadtverwaltung", "Volkshochschule"),
        re.compile(
            rf"((?:Bundesamt|Landesamt|Agentur) für {_CAP}(?: und {_CAP})?"
            rf"|(?:Arbeitskreis|Steuerungsgruppe) (?:{_CAP}(?: {_CAP})?|zur [A-ZÄÖÜ]\w+ de[rs] {_CAP}(?: {_CAP})?)"
            r"|Stadtverwaltung [A-ZÄÖÜ][a-zäöüß]+|Volkshochschule(?: [A-ZÄÖÜ][a-zäöüß]+)?)"
        ),
    ),
)
# (suffix, what may stand before it): the suffix is found first and the name read backwards from it,
# which is much faster than a pattern that tries every capitalised word as a possible start.
_SUFFIXED = (
    (
        re.compile(r"(?:udvalget|forvaltningen)\b"),
        re.compile(r"(?:\b[A-ZÆØÅ][\wæøå]*- (?:og|&) )?\b[A-ZÆØÅ][\wæøå-]*$"),
    ),
    (
        re.compile(r"(?:rat|ausschuss)\b"),
        re.compile(r"(?:\b[A-ZÄÖÜ][\wäöüß]*- (?:und|&) )?\b[A-ZÄÖÜ][a-zäöüß]{3,}(?<!Refe)$"),
    ),
    # Networks named in Danish prose: "Intercultural Cities netværket".
    (re.compile(r" netværk(?:et)?\b"), re.compile(r"\b(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+$")),
    (
        re.compile(r" (?:Committee|Council|Board|Panel|Directorate|Department)\b"),
        re.compile(r"\b(?:[A-Z][a-z]+ (?:(?:and|of|for) )?){0,2}[A-Z][a-z]+$"),
    ),
)
# Bodies a paper names are named early; reading a whole report would add time, not names.
_MAX_CHARS = 20000
_NOT_ORG = frozenset(("Der Rat", "Die Stadtverordnetenversammlung", "The Council", "Rat"))
# "The Committee" and "This Council" refer back to a body; they do not name one.
_DETERMINER = re.compile(r"^(?:The|This|That|Each|Every|Any|A|An|Der|Die|Das|Den|Det)\s")


def find_organizations(text: str, known: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Return the organisations named in *text*, starting with the *known* ones (author unit, addressees)."""
    found = [k for k in known if k]
    text = text[:_MAX_CHARS]
    for suffix, before in _SUFFIXED:
        for match in suffix.finditer(text):
            name = before.search(text, max(0, match.start() - 60), match.start())
            if name:
                found.append(name.group(0) + ("" if match.group(0).startswith(" netværk") else match.group(0)))
    for guards, pattern in _PATTERNS:
        if any(guard in text for guard in guards):
            # The patterns start without a word boundary (which would slow the search); check it here.
            found.extend(m.group(1) for m in pattern.finditer(text) if not m.start() or not text[m.start() - 1].isalnum())
    names = _unique(
        name.strip() for name in found if name.strip() not in _NOT_ORG and len(name.strip()) > 3 and not _DETERMINER.match(name)
    )
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
