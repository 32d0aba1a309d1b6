"""Help the clerk write a hearing summary, and attach the summary to the paper as a PDF.

The help groups the responses by the part of the draft they address, finds the terms that recur
across responses (stemmed, stopwords left out, in the paper's language) and counts responses per
kind of responder. Withdrawn responses and those the responder asked to delete are left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from townhall.core import services as core_services
from townhall.core.access import papers_changed
from townhall.council.services.audit import audit, snapshot
from townhall.participation.hearings import HEARING_FIELDS, _require_runs
from townhall.participation.models import RESPONDER_KINDS, Hearing, Response
from townhall.participation.selectors import published_responses
from townhall.search import analyzers

#: Terms listed in the help at most.
TERMS = 15
#: A term counts when it is in at least this many responses.
MIN_RESPONSES = 2
#: Shortest word counted as a term.
MIN_LENGTH = 4


@dataclass(frozen=True)
class Term:
    word: str
    responses: int
    receipts: tuple[str, ...]


@dataclass(frozen=True)
class SummaryHelp:
    by_part: list[tuple[str, list[Response]]]
    terms: list[Term]
    by_kind: list[tuple[str, int]]
    total: int


def counted_responses(hearing: Hearing):
    return (Response.objects.filter(hearing=hearing, withdrawn__isnull=True, deletion_requested__isnull=True, hidden=False)
            .prefetch_related("attachments").order_by("received", "pk"))


def _language(hearing: Hearing) -> str:
    language = hearing.paper.language or hearing.paper.body.language or "en"
    return language if language in ("da", "de", "en") else "en"


def recurring_terms(texts: dict[str, str], language: str, *, limit: int = TERMS, min_responses: int = MIN_RESPONSES) -> list[Term]:
    """Return the terms found in at least *min_responses* of *texts* (receipt -> text), most widespread first."""
    stop = analyzers.stopwords(language)
    stem = analyzers.stemmer(language).stemWord
    where: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, Counter] = defaultdict(Counter)
    for receipt, text in texts.items():
        for word in analyzers.words(text):
            if len(word) < MIN_LENGTH or word in stop or any(char.isdigit() for char in word):
                continue
            key = stem(word)
            where[key].add(receipt)
            forms[key][word] += 1
    ranked = sorted((key for key, receipts in where.items() if len(receipts) >= min_responses),
                    key=lambda key: (-len(where[key]), -sum(forms[key].values()), key))
    return [Term(forms[key].most_common(1)[0][0], len(where[key]), tuple(sorted(where[key]))) for key in ranked[:limit]]


def summary_help(hearing: Hearing) -> SummaryHelp:
    """Return the responses grouped by part, the recurring terms and the counts per kind of responder."""
    responses = list(counted_responses(hearing))
    groups: dict[str, list[Response]] = defaultdict(list)
    for response in responses:
        groups[response.part].append(response)
    order = {part: index for index, part in enumerate(["", *hearing.part_choices()])}
    by_part = sorted(groups.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    texts = {r.receipt: " ".join([r.text, *(a.text for a in r.attachments.all())]) for r in responses}
    kinds = Counter(response.kind for response in responses)
    labels = dict(RESPONDER_KINDS)
    return SummaryHelp(
        by_part=by_part, terms=recurring_terms(texts, _language(hearing)),
        by_kind=[(str(labels[code]), kinds[code]) for code, _label in RESPONDER_KINDS if kinds[code]],
        total=len(responses),
    )


def summary_draft(hearing: Hearing) -> str:
    """Return a first summary to edit: one section per part of the draft, one line per response."""
    help = summary_help(hearing)
    with translation.override(_language(hearing)):
        return render_to_string("participation/summary_draft.txt", {"hearing": hearing, "help": help}).strip() + "\n"


def summary_pdf(context: dict) -> bytes:
    """Render the summary as a PDF (WeasyPrint, with the print style of agendas and minutes).

    Text the clerk or a responder wrote is escaped by the template, so markup in it is printed as text.
    """
    from townhall.council.services.documents import html_to_pdf

    return html_to_pdf(render_to_string("participation/summary_print.html", context))


@transaction.atomic
def summary_save(*, by, hearing: Hearing, text: str, attach: bool = False) -> Hearing:
    """Keep the clerk's summary; with *attach*, store it as a file of the paper going back to committee."""
    _require_runs(by, hearing)
    hearing.summary = text
    hearing.save(update_fields=["summary", "modified"])
    if attach:
        language = _language(hearing)
        with translation.override(language):
            name = _("Hearing summary: %(title)s") % {"title": hearing.title}
            context = {"hearing": hearing, "summary": text, "help": summary_help(hearing), "now": timezone.now(),
                       "name": name, "language": language, "responses": list(published_responses(hearing))}
            document = render_to_string("participation/summary_file.txt", context)
            data = summary_pdf(context)
        try:
            file = core_services.file_store(data=data, file_name=f"hearing-summary-{hearing.pk}.pdf",
                                            mime_type="application/pdf", body=hearing.paper.body, name=name[:500], public=True)
        except core_services.DuplicateFile as duplicate:
            file = duplicate.existing
        file.text = document
        file.save(update_fields=["text"])
        if hearing.summary_file_id and hearing.summary_file_id != file.pk:
            hearing.paper.auxiliary_files.remove(hearing.summary_file_id)
        hearing.paper.auxiliary_files.add(file)
        hearing.summary_file = file
        hearing.save(update_fields=["summary_file", "modified"])
        papers_changed([hearing.paper_id])
    audit(by, "hearing.summary" + (".attach" if attach else ""), hearing, body=hearing.paper.body,
          after=snapshot(hearing, [*HEARING_FIELDS, "summary_file"]))
    return hearing
