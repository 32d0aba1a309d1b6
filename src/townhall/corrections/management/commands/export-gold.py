from pathlib import Path

from django.core.management.base import BaseCommand

from townhall.corrections import gold


class Command(BaseCommand):
    help = "Write the cards of papers a clerk corrected as gold cards (SCHEMA.md format) for scoring the reader."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write NAME.json (created when missing).")
        parser.add_argument("--paper", type=int, action="append", default=[], metavar="ID", help="Only this paper (repeatable).")
        parser.add_argument("--body", metavar="SLUG", help="Only papers of this body.")
        parser.add_argument("--documents", action="store_true",
                            help="Also write each paper's main document beside its card (for score_cards.py --docs).")

    def handle(self, *args, folder, paper, body, documents, **options):
        papers = gold.corrected_papers(paper_ids=paper, body_slug=body)
        written = gold.export(Path(folder), papers, documents=documents)
        for item in written:
            self.stdout.write(str(item.card) + (f"  {item.document}" if item.document else ""))
        self.stderr.write(f"{len(written)} gold card(s) written to {folder}")
