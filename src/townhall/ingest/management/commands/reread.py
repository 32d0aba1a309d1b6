"""``townhall reread``: read stored documents again with this version of the reader."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Read the stored documents again with this version of the reader (after an upgrade) and renew their "
        "cards. Only files whose stored bytes are unchanged are read; clerks' corrections are kept; a document "
        "that cannot be read keeps its card."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", dest="everything",
            help="Read every stored document again, also those this version of the reader has read already.",
        )
        parser.add_argument("--body", metavar="NAME", help="Only the papers of this municipality.")
        parser.add_argument("--jobs", type=int, default=1, metavar="N", help="Read documents in N reading processes (default 1).")

    def handle(self, *args, everything=False, body=None, jobs=1, **options):
        from townhall.ingest.linking import find_body
        from townhall.ingest.progress import IngestProgress
        from townhall.ingest.rereading import RereadSummary, papers_to_reread, render_reread_summary, reread
        from townhall.ingest.supervisor import ReaderStartError

        if jobs < 1:
            raise CommandError("--jobs must be 1 or more.")
        found = None
        if body:
            found = find_body(body)
            if found is None:
                raise CommandError(f"There is no body called {body!r}.")
        paper_ids = papers_to_reread(everything=everything, body=found)
        if not paper_ids:
            self.stdout.write("Every stored document was read by this version of the reader (--all reads them again).")
            return
        summary = RereadSummary()
        progress = IngestProgress(summary, stream=self.stderr._out, total=len(paper_ids), verb="Reading again")
        try:
            with progress:
                reread(paper_ids, jobs=jobs, summary=summary, on_paper=progress)
        except KeyboardInterrupt:
            self.stdout.write(render_reread_summary(summary))
            raise CommandError("stopped; the cards renewed so far are kept.", returncode=130) from None
        except ReaderStartError as error:
            self.stdout.write(render_reread_summary(summary))
            raise CommandError(f"{error} Nothing more can be read; check the installation.") from None
        self.stdout.write(render_reread_summary(summary))
        if summary.failures or summary.changed or summary.missing:
            raise CommandError(
                f"{summary.failures + summary.changed + summary.missing} stored document(s) were not read again; "
                "their cards are as they were.",
                returncode=1,
            )
