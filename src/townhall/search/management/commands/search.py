"""``townhall search QUERY``: print the best matching papers, as anonymous visitors would find them."""

from __future__ import annotations

import re
from html import unescape

from django.core.management.base import BaseCommand, CommandError

_TAG_RE = re.compile(r"</?mark>")


class Command(BaseCommand):
    help = (
        'Search papers from the command line: words, "phrases", -exclusions, OR, prefix*. Prints ranked hits '
        "with their municipality, date, reference and a snippet. Only public papers are searched."
    )

    def add_arguments(self, parser):
        parser.add_argument("query", metavar="QUERY", help='What to look for, e.g. "integrationskonferenz Dublin".')
        parser.add_argument("--body", help="Only papers of this municipality (its slug).")
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

    def handle(self, *args, query, limit=10, **options):
        if limit < 1:
            raise CommandError("--limit must be 1 or more.")
        from django.utils.html import strip_tags

        from townhall.search.selectors import search_papers

        filters = {
            key: options[key]
            for key in ("body", "language", "query_language", "kind", "date_from", "date_to")
            if options.get(key)
        }
        results = search_papers(
            query=query, user=None, filters=filters, per_page=limit, sort=options.get("sort") or "relevance",
            expand=not options.get("no_expand"),
        )
        self.stdout.write(f"{results.total} papers found.")
        for rank, hit in enumerate(results.hits, start=1):
            paper = hit.paper
            facts = " · ".join(
                str(value) for value in (paper.body.name, paper.date, paper.reference, paper.language) if value
            )
            self.stdout.write(f"\n{rank}. {paper.name or paper.reference or paper.pk}  [{hit.score:.2f}]")
            self.stdout.write(f"   {facts}")
            if hit.snippet_html:
                snippet = strip_tags(_TAG_RE.sub("*", hit.snippet_html))
                self.stdout.write(f"   {unescape(snippet)}")
