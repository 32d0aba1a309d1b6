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

    def handle(self, *args, file, format="json", **options):
        # Imports stay inside the command so that other commands start fast.
        from django.conf import settings

        from townhall.ingest.extractors import ExtractionError
        from townhall.ingest.pipeline import AnalysisError, read_document
        from townhall.ingest.sources import SourceError, local_file

        document = local_file(file)
        try:
            data = document.read(max_bytes=settings.MAX_FILE_BYTES)
            if format == "text":
                text = _text_only(data, document.name, settings.MAX_FILE_BYTES, settings.TESSERACT_COMMAND)
            else:
                reading = read_document(data, document.name)
        except (SourceError, ExtractionError, AnalysisError) as exc:
            raise CommandError(str(exc)) from None
        if format == "text":
            self.stdout.write(text, ending="" if text.endswith("\n") else "\n")
        else:
            self.stdout.write(reading.card.to_json())


def _text_only(data: bytes, name: str, max_bytes: int, tesseract_command: str) -> str:
    from townhall.ingest.extractors import OcrEngine, extract

    return extract(data, filename=name, max_bytes=max_bytes, ocr=OcrEngine(tesseract_command)).text
