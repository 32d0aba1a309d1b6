"""Print a meeting's agenda and minutes: HTML rendered to PDF (WeasyPrint), the papers' PDFs appended."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import translation

from townhall.core.models import File
from townhall.core.services import file_content

log = logging.getLogger(__name__)
# WeasyPrint reports each layout step at INFO; a publish would fill the log (and a command's output).
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

#: The print style sheet (pages are served under a policy without inline styles, so it is a file).
PRINT_CSS = Path(__file__).resolve().parents[1] / "static" / "council" / "print.css"


def html_to_pdf(html: str) -> bytes:
    """Render *html* (a print template, no external resources) as a PDF."""
    from weasyprint import CSS, HTML

    return HTML(string=html, base_url=None).write_pdf(stylesheets=[CSS(filename=str(PRINT_CSS))])


def render_print(template: str, context: dict, language: str) -> str:
    """Render a print template in the body's language."""
    with translation.override(language or "en"):
        return render_to_string(template, context)


def append_pdfs(front: bytes, files: list[File]) -> tuple[bytes, list[File]]:
    """Return *front* with the pages of every stored PDF of *files* after it, and the files left out.

    A file that is no PDF, has no stored bytes or cannot be opened is left out (and named in the
    agenda by its title); the packet is made anyway.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(front)
    left_out = []
    for file in files:
        if file.mime_type != "application/pdf" or not file.storage_name:
            left_out.append(file)
            continue
        try:
            attachment = pdfium.PdfDocument(file_content(file))
            document.import_pages(attachment)
            attachment.close()
        except Exception as exc:  # noqa: BLE001 - one unreadable attachment must not stop the packet
            log.warning("file %s left out of a packet: %s", file.pk, exc)
            left_out.append(file)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue(), left_out
