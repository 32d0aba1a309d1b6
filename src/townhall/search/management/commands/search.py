"""``townhall search QUERY``: print the best matching papers, as anonymous visitors would find them."""

from __future__ import annotations

import json
import os
import re
import sys
from html import unescape

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.html import strip_tags

_TAG_RE = re.compile(r"</?mark>")
FORMATS = ("text", "json")


class Command(BaseCommand):
    help = (
        'Search papers from the command line: words, "phrases", -exclusions, OR, NOT, prefix*. Prints ranked hits '
        "with their id, address, municipality, date, reference and a snippet, as text or JSON. Only public papers "
        "are searched."
    )

    def add_arguments(self, parser):
        parser.add_argument("query", metavar="QUERY", help='What to look for, e.g. "integrationskonferenz Dublin".')
        parser.add_argument("--body", help="Only papers of this municipality: its slug or its name.")
        parser.add_argument("--organization", help="Only papers of this committee: its id or its name.")
        parser.add_argument("--language", choices=["da", "de", "en"], help="Only papers written in this language.")
        parser.add_argument(
            "--query-language", choices=["da", "de", "en"],
            help="Analyse the query in this language only (default: in every language).",
        )
        parser.add_argument("--kind", help="Only papers of this kind (proposal, hearing, minutes, ...).")
        parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="Only papers dated on or after.")
        parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="Only papers dated on or before.")
        parser.add_argument("--sort", choices=["relevance", "date", "oldest"], default="relevance")
        parser.add_argument("--no-expand", action="store_true", help="Do not add glossary terms of other languages.")
        parser.add_argument("--limit", type=int, default=10, help="Number of hits to print (default 10).")
        parser.add_argument("--format", choices=FORMATS, default="text", help="text (default) or json.")
        parser.add_argument(
            "--explain", action="store_true",
            help="Show why each hit matched: the typed words, the index terms, where they were found and why "
                 "(the word itself, compound parts, glossary, similar spelling).",
        )

    def handle(self, *args, query, limit=10, **options):
        if limit < 1:
            raise CommandError("--limit must be 1 or more.")
        for key in ("date_from", "date_to"):
            value = options.get(key)
            if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise CommandError(f"--{key.removeprefix('date_')} needs a date like 2024-01-31, not {value!r}.")
        try:
            self._search(query, limit, options)
        except BrokenPipeError:
            # The reader (``| head``) has gone: stop quietly, and keep Python from
            # complaining again when it flushes standard output on exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)

    def _search(self, query: str, limit: int, options: dict) -> None:
        from townhall.search.explain import explain, matched_terms
        from townhall.search.selectors import search_papers

        filters = {
            key: options[key]
            for key in ("body", "organization", "language", "query_language", "kind", "date_from", "date_to")
            if options.get(key)
        }
        results = search_papers(
            query=query, user=None, filters=filters, per_page=limit, sort=options.get("sort") or "relevance",
            expand=not options.get("no_expand"),
        )
        for key, value in results.unmatched.items():
            word = "municipality" if key == "body" else "committee"
            raise CommandError(f"No {word} is called {value!r}: nothing was searched.")
        rows = []
        for hit in results.hits:
            reasons = explain(hit.paper, results.plan) if results.plan is not None else []
            rows.append((hit, reasons))
        if options.get("format") == "json":
            self._json(results, rows, explained=options.get("explain"))
        else:
            self._text(results, rows, explained=options.get("explain"))

    def _json(self, results, rows, *, explained: bool) -> None:
        from townhall.search.explain import matched_terms

        data = {
            "query": results.query,
            "cut": results.cut,
            "total": results.total,
            "approximate": results.approximate,
            "notes": _notes(results),
            "hits": [],
        }
        for rank, (hit, reasons) in enumerate(rows, start=1):
            paper = hit.paper
            entry = {
                "rank": rank,
                "id": paper.pk,
                "url": _url(paper),
                "title": paper.name,
                "reference": paper.reference,
                "body": paper.body.name,
                "body_slug": paper.body.slug,
                "date": paper.date.isoformat() if paper.date else None,
                "language": paper.language,
                "kind": paper.kind,
                "score": round(hit.score, 4),
                "matched_terms": matched_terms(reasons),
                "snippet": _plain(hit.snippet_html),
            }
            if explained:
                entry["explain"] = [reason.as_dict() for reason in reasons]
            data["hits"].append(entry)
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))

    def _text(self, results, rows, *, explained: bool) -> None:
        from townhall.search.query import ORIGINS

        total = f"more than {results.total}" if results.approximate else str(results.total)
        self.stdout.write(f"{total} papers found.")
        for note in _notes(results):
            self.stdout.write(note)
        for rank, (hit, reasons) in enumerate(rows, start=1):
            paper = hit.paper
            facts = " · ".join(
                str(value) for value in (paper.body.name, paper.date, paper.reference, paper.language) if value
            )
            self.stdout.write(f"\n{rank}. {paper.name or paper.reference or paper.pk}  [{hit.score:.2f}]")
            self.stdout.write(f"   #{paper.pk} {_url(paper)}")
            self.stdout.write(f"   {facts}")
            if hit.snippet_html:
                self.stdout.write(f"   {unescape(strip_tags(_TAG_RE.sub('*', hit.snippet_html)))}")
            if explained:
                if not reasons:
                    self.stdout.write("   matched: (no typed word; listed by filters)")
                for reason in reasons:
                    self.stdout.write(
                        f"   matched {reason.typed!r}: {' '.join(reason.terms)} in {', '.join(reason.columns)}"
                        f" ({ORIGINS.get(reason.origin, reason.origin)})"
                    )


def _url(paper) -> str:
    path = reverse("web:paper", args=[paper.pk])
    return f"{settings.PUBLIC_URL}{path}" if settings.PUBLIC_URL else path


def _plain(snippet_html: str) -> str:
    return unescape(strip_tags(snippet_html))


def _notes(results) -> list[str]:
    """Return the notes the search page shows above the hits, as plain sentences."""
    notes = []
    if results.cut:
        notes.append(f"The query was too long; only its beginning was searched: {results.query!r}.")
    if results.suggestion:
        notes.append(f"Did you mean: {results.suggestion}? Papers with words spelled like yours are included.")
    if results.relaxed:
        parts = ", ".join(repr(part) for part in results.relaxed.parts)
        if results.relaxed.complete:
            notes.append(f"Only {results.relaxed.complete} papers have all of {parts}; papers with most of them follow.")
        else:
            notes.append(f"No paper has all of {parts}; showing papers with most of them.")
    return notes
