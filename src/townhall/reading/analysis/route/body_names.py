"""What stands beside a body's name on a route: the kind of its sitting, its role, what it does with the paper."""

from __future__ import annotations

import re

from townhall.reading.analysis.consultations.words import BODY_WORD, ROLE


# Small words a body's name may hold in lower case: "Udvalget for Klima og Miljø", "Ausschuss für Umwelt".
_NAME_LINKS = frozenset(
    "for og i af til med und für des der die das im in am zur zum von vom and of the on with".split()
)


# The kind of sitting is no part of the body's name: "Ordinary Council Meeting" is a meeting of the Council,
# "Special Meeting of the Planning Committee" one of the Planning Committee.
_SITTING_KIND = re.compile(
    r"^(?:Ordinary|Special|Extraordinary|Extra-?ordinary|Regular|Adjourned|Annual|Ordentliche[snr]?|Außerordentliche[snr]?"
    r"|Ordinært|Ekstraordinært|Ordinær|Ekstraordinær)\s+(?=\S)",
    re.IGNORECASE,
)


# Nor is the word for the sitting after it: "County Council Meeting – 13th March 2025", "Byrådsmøde" aside.
_SITTING_AFTER = re.compile(r"\s+(?:Meeting|Sitzung|Møde|Mødet)$", re.IGNORECASE)


def without_sitting_kind(body: str) -> str:
    """Return *body* without the kind of sitting before it and the word for the sitting after it, where a name remains."""
    rest = _SITTING_AFTER.sub("", _SITTING_KIND.sub("", body))
    return rest if rest != body and BODY_WORD.search(rest) else body


_TRAILING_ROLE = re.compile(
    r"\s+(?P<role>(?:zur\s+|til\s+|for\s+)?(?:Vorberatung|Entscheidung|Kenntnisnahme|Beschlussfassung|Beratung|Anhörung|"
    r"Empfehlung|Stellungnahme|beslutning|orientering|drøftelse|godkendelse|decision|information|noting|approval|consideration))$",
    re.IGNORECASE,
)


# ALLRIS prints the role in brackets after the body, under a "Beratungsfolge (Zuständigkeit)" header: "Stadtrat (Entscheidung)".
_BRACKETED_ROLE = re.compile(r"\s*\((?P<role>[^()]{4,40})\)$")


# Words in lower case after a body's name that are no part in the route: the sitting, or its part.
_NOT_PREDICATE = re.compile(r"^(?:meeting|møde|mødet|session|sitzung|(?:nicht\s?)?öffentlich|åbent?|lukket|public|private)\b", re.IGNORECASE)


def _without_predicate(body: str) -> tuple[str, str | None]:
    """Split what a row says the body does after its name: "Teknik- og Miljøudvalget sender forslaget i høring".

    The name ends in a body's word ("…udvalget", "…rat", "Committee") and the next word is in lower case and joins
    no name ("for", "und", "of" do): the rest is the body's part in the route, unless it names a body itself ("Antrag
    des Gemeinderates an die Gemeindeversammlung" is one body's paper to another).
    """
    words = body.split()
    for index in range(1, len(words)):
        word = words[index]
        if word[:1].islower() and word.lower() not in _NAME_LINKS and BODY_WORD.search(words[index - 1]):
            rest = " ".join(words[index:])
            if _NOT_PREDICATE.match(word) or BODY_WORD.search(rest):
                return body, None
            return " ".join(words[:index]), rest
    return body, None


def _without_role(body: str) -> tuple[str, str | None]:
    """Split a role written after the body ("Integrationsrat Vorberatung", "Stadtrat (Entscheidung)") from it."""
    body = " ".join(body.split())
    bracketed = _BRACKETED_ROLE.search(body)
    # a role the lexicon knows, or the body's part told in lower case: "… Scrutiny Panel (pre-decision scrutiny)"
    told = bracketed and bracketed.group("role")[:1].islower() and not _NOT_PREDICATE.match(bracketed.group("role"))
    if bracketed and (ROLE.match(bracketed.group("role")) or told) and body[: bracketed.start()].strip():
        return body[: bracketed.start()].strip(), bracketed.group("role")
    role = _TRAILING_ROLE.search(body)
    if role:
        return body[: role.start()].strip(), role.group("role")
    return body, None


def _without_part(body: str) -> tuple[str, str | None]:
    """Split the body's part from a row's or list's cell: told in lower case after its name, or as a role."""
    body, predicate = _without_predicate(" ".join(body.split()))
    return (body, predicate) if predicate else _without_role(body)
