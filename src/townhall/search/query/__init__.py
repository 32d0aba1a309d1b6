"""Parse what users type into the search box and render it for the search backends.

The query language is the one people know from web search:

* ``integrationskonferenz Dublin`` — all words must occur;
* ``"Integrating Cities"`` — a phrase;
* ``-London`` / ``-"city of London"`` — leave out documents with it;
* ``budget OR Haushalt`` (also ``budget | Haushalt``) — either; OR binds tighter
  than the implicit AND: ``a b OR c d`` means a and (b or c) and d;
* ``integr*`` — any word starting with it;
* ``Rad- und Fußwege`` — German and Danish truncated coordination: each word
  written out in full (``Radwege OR Fußwege``, ``townhall.search.coordination``);
* the operator words ``AND``, ``OR`` and ``NOT`` in capitals, in English, Danish
  (``OG``, ``ELLER``, ``IKKE``) and German (``UND``, ``ODER``, ``NICHT``):
  ``AND`` means what a space means, ``OR`` what ``|`` means and ``NOT x`` what
  ``-x`` means. An operator word is never searched for as a word.

Only the first ``MAX_QUERY_CHARS`` characters and ``MAX_ITEMS`` words or phrases
are used: ``limit_query`` cuts a longer text at a word boundary and says so, and
``Query.truncated`` tells when words beyond ``MAX_ITEMS`` were left out. Control
characters are read as spaces. Parsing never fails. Unbalanced quotes, a lone
``-``, stray characters of the backends' own query syntax (``NEAR ^ : ( ) * "``)
are treated as plain text or dropped.

Rendering turns the parsed query into a backend expression over the analysed
terms described in ``townhall.search.analyzers``: each word becomes the OR of
its stems in every searched language, its compound parts, its raw form and,
with ``expand=True``, the terms of the glossary concepts it belongs to
(``townhall.search.glossary``). ``to_fts5`` writes an SQLite FTS5 MATCH
expression, ``to_tsquery`` a PostgreSQL ``to_tsquery('simple', ...)`` string
that is also a valid ``::tsquery`` literal (which skips PostgreSQL's parser,
matching a ``tsvector`` built from the analysed terms without re-parsing).

A query without any positive term (empty, only stopwords, or only exclusions
like ``-London``) renders as ``None``: there is nothing to look up. Backends
return no hits for it instead of "everything except London", which would
scan the whole index and is rarely what was meant.

The package holds a module per step: ``syntax`` (the typed query and its parser), ``nodes``
(the plan's tree and what the database knows), ``words`` and ``translations`` (the
alternatives of one typed word), ``runs`` (words read together: glossary phrases, names,
joined compounds), ``plan`` (``plan_query``), ``reduced`` (a plan's core and its leaner
matching form), ``render`` (FTS5 and tsquery) and ``highlight``.
"""

from townhall.search.query.highlight import highlight_spans
from townhall.search.query.nodes import NOTHING_KNOWN, ORIGINS, And, Knowledge, MatchPlan, Node, Or, Prefix, Seq
from townhall.search.query.plan import glossary_phrases, plan_query
from townhall.search.query.reduced import INSIDE_ORIGINS, core_plan, matching_plan
from townhall.search.query.render import plan_to_fts5, plan_to_tsquery, to_fts5, to_tsquery
from townhall.search.query.syntax import (
    AND_WORDS,
    MAX_ITEMS,
    MAX_QUERY_CHARS,
    NOT_WORDS,
    OR_WORDS,
    AnyOf,
    Clause,
    Item,
    Phrase,
    Query,
    Word,
    clean_query_text,
    limit_query,
    parse_query,
)

__all__ = [
    "AND_WORDS", "INSIDE_ORIGINS", "MAX_ITEMS", "MAX_QUERY_CHARS", "NOTHING_KNOWN", "NOT_WORDS", "ORIGINS", "OR_WORDS",
    "And", "AnyOf", "Clause", "Item", "Knowledge", "MatchPlan", "Node", "Or", "Phrase", "Prefix", "Query", "Seq",
    "Word", "clean_query_text", "core_plan", "glossary_phrases", "highlight_spans", "limit_query", "matching_plan",
    "parse_query", "plan_query", "plan_to_fts5", "plan_to_tsquery", "to_fts5", "to_tsquery",
]
