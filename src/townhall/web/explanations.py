"""Say why a search hit matched when the visitor's own word is not in it: "found via Radweg → cykelstier".

The search plan (``SearchResults.plan``) holds, for each typed part of the query, the index terms
looked for and why (the typed word itself, a glossary term of the same concept, a translated
compound part, a spelling correction ...). A hit's snippet marks the words that matched. A marked
word that matches no term of what was typed but one that came from an expansion is explained with
the typed part it stands for. Only the snippet is analysed, so this costs little per hit.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from townhall.search.analyzers import LANGUAGES, analyze_document
from townhall.search.query import And, Or, Prefix, Seq

#: Why a term was searched for, as the results page says it.
ORIGIN_LABELS = {
    "glossary": _("same concept"),
    "translated": _("translated"),
    "dictionary": _("translated"),
    "fuzzy": _("similar spelling"),
    "compound": _("part of the word"),
    "whole": _("longer word"),
    "adjective": _("adjective and noun"),
}
#: Origins that stand for the typed text itself: a match through them needs no explanation.
TYPED = {"word", "phrase", "name", "prefix", "apart"}
_MARKED = re.compile(r"<mark>(.*?)</mark>", re.S)
#: Explanations per hit at most.
PER_HIT = 3


@dataclass(frozen=True)
class FoundVia:
    typed: str
    found: str
    origin: str

    @property
    def reason(self) -> str:
        return str(ORIGIN_LABELS.get(self.origin, ""))


def explanations(results) -> dict[int, list[FoundVia]]:
    """Return, per paper id of the page's hits, how words the visitor did not type came to match."""
    plan = getattr(results, "plan", None)
    if plan is None or not plan.required:
        return {}
    parts = []
    labels = plan.labels or tuple("" for _ in plan.required)
    for label, node in zip(labels, plan.required):
        leaves = list(_leaves(node))
        if any(leaf.origin not in TYPED for leaf in leaves):
            parts.append((label, leaves))
    if not parts:
        return {}
    found: dict[int, list[FoundVia]] = {}
    for hit in results.hits:
        reasons = _reasons(hit, parts)
        if reasons:
            found[hit.paper.pk] = reasons
    return found


def _reasons(hit, parts) -> list[FoundVia]:
    language = hit.paper.language if hit.paper.language in LANGUAGES else None
    reasons: list[FoundVia] = []
    seen: set[tuple[str, str]] = set()
    for marked in _MARKED.findall(hit.snippet_html or ""):
        word = html.unescape(marked)
        terms = set(_terms(word, language))
        for typed, leaves in parts:
            matching = [leaf for leaf in leaves if _holds(leaf, terms)]
            if not matching or any(leaf.origin in TYPED for leaf in matching):
                continue
            key = (typed.casefold(), word.casefold())
            if key in seen or typed.casefold() == word.casefold():
                continue
            seen.add(key)
            reasons.append(FoundVia(typed=typed, found=word, origin=matching[0].origin))
        if len(reasons) >= PER_HIT:
            break
    return reasons


def _terms(word: str, language: str | None) -> list[str]:
    languages = [language] if language else list(LANGUAGES)
    terms: list[str] = []
    for code in languages:
        terms += analyze_document(word, code).terms()
    return terms


def _leaves(node):
    if isinstance(node, Seq | Prefix):
        yield node
    elif isinstance(node, Or | And):
        for part in node.parts:
            yield from _leaves(part)


def _holds(leaf, terms: set[str]) -> bool:
    if isinstance(leaf, Prefix):
        return any(term.startswith(leaf.term) for term in terms)
    return not terms.isdisjoint(leaf.terms)
