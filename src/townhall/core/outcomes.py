"""What a committee decided on an agenda item, read from the words of its result.

OParl gives an agenda item's result as free text (``AgendaItem.result``, e.g. "einstimmig
beschlossen", "Godkendt med ændringer", "Deferred to the next meeting") and the decision itself
as ``resolutionText``. :func:`read_outcome` turns that text into one of a few kinds, with the
votes where the text gives them, so that pages can say the same thing in every language. The
text itself is kept and shown as written; a text that says none of these things has no kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

#: Kinds of outcome, in the order they are tested (a rejection is tested before an approval:
#: "nicht beschlossen" holds "beschlossen").
OUTCOMES = {
    "withdrawn": _("Withdrawn"),
    "deferred": _("Deferred"),
    "rejected": _("Rejected"),
    "approved_with_changes": _("Approved with changes"),
    "noted": _("Noted"),
    "recommended": _("Recommended"),
    "approved": _("Approved"),
    "decided": _("Decided"),
}

_WORDS = {
    "withdrawn": (
        r"zurückgezogen", r"von der tagesordnung (?:abgesetzt|genommen)", r"abgesetzt", r"trukket tilbage",
        r"taget af dagsordenen", r"udgår", r"withdrawn", r"removed from the agenda",
    ),
    "deferred": (
        r"vertagt", r"zurückgestellt", r"zurückverwiesen", r"verschoben", r"udsat", r"sendt tilbage", r"tilbagesendt",
        r"deferred", r"postponed", r"adjourned", r"referred back",
    ),
    "rejected": (
        r"abgelehnt", r"nicht (?:beschlossen|angenommen|zugestimmt|genehmigt)", r"keine zustimmung", r"afvist",
        r"forkastet", r"ikke (?:godkendt|vedtaget|tiltrådt|anbefalet)", r"rejected", r"refused", r"declined",
        r"not (?:approved|agreed|carried|adopted)", r"motion (?:fell|lost)", r"\bfell\b", r"\blost\b",
    ),
    "approved_with_changes": (
        r"(?:beschlossen|angenommen|zugestimmt|genehmigt|empfohlen)[^.;]{0,40}(?:mit|mitsamt)[^.;]{0,30}änderung",
        r"mit[^.;]{0,30}änderung(?:en)?[^.;]{0,30}(?:beschlossen|angenommen|zugestimmt|genehmigt|empfohlen)",
        r"geändert (?:beschlossen|angenommen)", r"in geänderter fassung",
        r"(?:godkendt|vedtaget|tiltrådt|anbefalet)[^.;]{0,30}med [^.;]{0,25}?(?:ændring|bemærkning|tilføjelse)",
        r"med (?:ændring|ændringer)[^.;]{0,30}(?:godkendt|vedtaget|tiltrådt)",
        r"(?:approved|agreed|adopted|carried|resolved)[^.;]{0,30}(?:with|subject to)[^.;]{0,30}(?:amendment|change|modification|condition)",
        r"as amended", r"amended and (?:approved|agreed|adopted)",
    ),
    "noted": (
        r"zur kenntnis genommen", r"kenntnis genommen", r"kenntnisnahme", r"taget til efterretning",
        r"til efterretning", r"til orientering", r"orienteret", r"orienteringen blev taget", r"\bnoted\b",
        r"for information", r"received and noted", r"report received",
    ),
    "recommended": (
        r"empfohlen", r"empfiehlt", r"anbefal(?:et|es|er)", r"indstilles", r"indstillet", r"recommended",
        r"recommends", r"referred to (?:full )?council",
    ),
    "approved": (
        r"beschlossen", r"angenommen", r"zugestimmt", r"genehmigt", r"bewilligt", r"godkendt", r"vedtaget",
        r"tiltrådt", r"bevilget", r"approved", r"agreed", r"adopted", r"carried", r"granted",
    ),
    "decided": (
        r"beschluss gefasst", r"entschieden", r"besluttet", r"beslutning truffet", r"decided", r"resolved",
        r"decision made",
    ),
}
_PATTERNS = {kind: re.compile("|".join(words), re.IGNORECASE) for kind, words in _WORDS.items()}

_UNANIMOUS = re.compile(r"einstimmig|enstemmig|unanim", re.IGNORECASE)
_NUMBER = r"(\d{1,3})"
# Longer words first: an alternation takes the first that fits ("ja" would stop "ja-stimmen" short).
_YES = r"(?:ja-stimmen|ja|dafür|für|stemmer for|stemte for|votes for|in favour|for|yes)"
_NO = r"(?:nein-stimmen|nein|dagegen|gegen|stemte imod|imod|votes against|against|no)"
_ABSTAIN = r"(?:enthaltung(?:en)?|stimmenthaltung(?:en)?|undlod(?: at stemme)?|hverken for eller imod|undladt|abstentions?|abstained|abstaining)"
# "Ja: 12, Nein: 3, Enthaltung: 1", "For: 5, imod: 2", "For 12, Against 3, Abstentions 1".
_LABEL_FIRST = re.compile(
    rf"\b{_YES}\s*[:=]?\s*{_NUMBER}\s*[,;/]?\s*{_NO}\s*[:=]?\s*{_NUMBER}(?:\s*[,;/]?\s*{_ABSTAIN}\s*[:=]?\s*{_NUMBER})?",
    re.IGNORECASE,
)
# "12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung", "5 stemte for, 2 imod, 1 undlod", "12 votes for, 3 against".
_NUMBER_FIRST = re.compile(
    rf"{_NUMBER}\s*{_YES}\b\s*[,;/]?\s*(?:og\s+|und\s+|and\s+)?{_NUMBER}\s*{_NO}\b(?:\s*[,;/]?\s*(?:og\s+|und\s+|and\s+)?{_NUMBER}\s*{_ABSTAIN})?",
    re.IGNORECASE,
)
# "mit 12:3:1 Stimmen", "(12/3/1)", "by 12 votes to 3".
_COLONS = re.compile(
    r"(?:mit|med|by|\()\s*(\d{1,3})\s*[:/]\s*(\d{1,3})(?!\d)(?:\s*[:/]\s*(\d{1,3})(?!\d))?(?!\s*uhr)", re.IGNORECASE,
)
_VOTES_TO = re.compile(r"by\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:,?\s+(?:with\s+)?(\d{1,3})\s+abstentions?)?", re.IGNORECASE)


@dataclass(frozen=True)
class Outcome:
    """The kind of decision an agenda item's result names, and the votes if the text gives them."""

    kind: str
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False

    @property
    def label(self) -> str:
        return str(OUTCOMES.get(self.kind, ""))

    @property
    def has_votes(self) -> bool:
        return self.votes_for is not None


NO_OUTCOME = Outcome(kind="")


def read_outcome(result: str, resolution_text: str = "") -> Outcome:
    """Return the outcome the result text names (the resolution text is read for votes only), or NO_OUTCOME."""
    text = " ".join((result or "").split())
    if not text:
        return NO_OUTCOME
    kind = next((name for name, pattern in _PATTERNS.items() if pattern.search(text)), "")
    votes = _votes(text) or _votes(" ".join((resolution_text or "").split())[:2000])
    unanimous = bool(_UNANIMOUS.search(text))
    if not kind and not votes and not unanimous:
        return NO_OUTCOME
    if not kind:
        kind = "decided"
    for_, against, abstained = votes or (None, None, None)
    return Outcome(kind=kind, votes_for=for_, votes_against=against, abstentions=abstained, unanimous=unanimous)


def _votes(text: str) -> tuple[int, int, int | None] | None:
    for pattern in (_LABEL_FIRST, _NUMBER_FIRST, _VOTES_TO, _COLONS):
        match = pattern.search(text)
        if match:
            for_, against, abstained = match.group(1), match.group(2), match.group(3)
            return int(for_), int(against), int(abstained) if abstained else None
    return None
