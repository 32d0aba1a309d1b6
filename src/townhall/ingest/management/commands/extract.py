"""``townhall extract FILE``: print the card (or the text) of one document, never touching the database."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Print the card of one document as JSON (or its plain text) without touching the database."
    # Works on a machine with no database at all: no checks, no migration check, no queries.
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file", help="The document to read (text, PDF, Word, HTML, e-mail or image).")
        parser.add_argument(
            "--format", choices=("json", "text"), default="json",
            help="json: the card as described in docs/ingest.md (default); text: the extracted plain text.",
        )
        parser.add_argument(
            "--explain", action="store_true",
            help="print each field of the card with where it was read (page, line, the text), by which rule and how sure.",
        )

    def handle(self, *args, file, format="json", explain=False, **options):
        # Imports stay inside the command so that other commands start fast.
        from django.conf import settings

        from townhall import reading
        from townhall.ingest.sources import SourceError, local_file
        from townhall.reading.ocr import OcrEngine

        document = local_file(file)
        ocr = OcrEngine(settings.TESSERACT_COMMAND)
        try:
            data = document.read(max_bytes=settings.MAX_FILE_BYTES)
            if format == "text" and not explain:
                from townhall.reading.extractors import extract

                text = extract(data, filename=document.name, max_bytes=settings.MAX_FILE_BYTES, ocr=ocr).text
            else:
                result = reading.read(data, filename=document.name, max_bytes=settings.MAX_FILE_BYTES, ocr=ocr)
        except (SourceError, reading.ExtractionError, reading.AnalysisError) as exc:
            raise CommandError(str(exc)) from None
        if explain:
            from townhall.reading.explain import explain as account

            self.stdout.write(account(result.card), ending="")
        elif format == "text":
            self.stdout.write(text, ending="" if text.endswith("\n") else "\n")
        else:
            self.stdout.write(result.card.to_json())
