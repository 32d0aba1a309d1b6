"""Writes to the council records. Views, commands and pipelines call these, never ``save()`` directly."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, F
from django.utils import timezone

from townhall.core import access
from townhall.core.models import AgendaItem, Body, Consultation, File, Meeting, OParlObject, Paper, System
from townhall.core.slugs import slugify_name
from townhall.core.storage import get_storage, sha256_hex


def system_get() -> System:
    """Return the instance's System object, creating it on first use."""
    system = System.all_objects.order_by("id").first()
    if system is None:
        system = System.objects.create(name="townhall")
    return system


def unique_body_slug(name: str) -> str:
    """Return a slug for a body called ``name`` that no body has or had (see ``core.slugs``)."""
    from townhall.core.models import FormerSlug

    base = slugify_name(name) or "body"
    slug, n = base, 2
    while Body.all_objects.filter(slug=slug).exists() or FormerSlug.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def body_create(*, name: str, country: str = "", language: str = "", **fields) -> Body:
    """Create a body (municipality) with a unique slug."""
    body = Body(name=name, country=country, language=language, system=system_get(), slug=fields.pop("slug", None) or unique_body_slug(name), **fields)
    body.full_clean()
    body.save()
    return body


@transaction.atomic
def soft_delete(obj: OParlObject) -> None:
    """Mark an object deleted: it disappears from lists and pages but stays stored.

    What was shown only because of it (files, agenda items, committees a paper named) is hidden too.
    """
    obj.deleted = True
    obj.save(update_fields=["deleted", "modified"])
    _reindex(obj)
    access.record_changed(obj, shown_changed=True)


@transaction.atomic
def restore(obj: OParlObject) -> None:
    """Undo a soft deletion (and show again what was hidden with it)."""
    obj.deleted = False
    obj.save(update_fields=["deleted", "modified"])
    _reindex(obj)
    access.record_changed(obj, shown_changed=True)


def _reindex(obj: OParlObject) -> None:
    if isinstance(obj, Paper):
        from townhall.search.indexing import paper_changed

        paper_changed(obj)


def papers_date_refresh(papers) -> int:
    """Store each paper's effective date and where it comes from; return how many papers were updated.

    ``papers`` is a queryset of papers or a list of ids. The paper's own date comes first;
    an undated paper is dated by its first consultation's date, else by the start of the
    first meeting it was consulted at, else by its main file's date; otherwise it stays
    undated. Services that link or harvest papers call this after writing a paper's route.
    """
    from django.db.models import DateField, OuterRef, Subquery
    from django.db.models.functions import TruncDate

    if not hasattr(papers, "filter"):
        ids = sorted(papers)
        return sum(papers_date_refresh(Paper.all_objects.filter(pk__in=ids[start:start + 1000]))
                   for start in range(0, len(ids), 1000))
    papers = papers.order_by()
    done = papers.filter(date__isnull=False).update(effective_date=F("date"), effective_date_source="paper")
    undated = papers.filter(date__isnull=True)
    undated.update(effective_date=None, effective_date_source="")
    consulted = Consultation.objects.filter(paper=OuterRef("pk"), date__isnull=False).order_by("date", "id")
    met = (Consultation.objects.filter(paper=OuterRef("pk"), meeting__start__isnull=False)
           .annotate(day=TruncDate("meeting__start")).order_by("meeting__start", "id"))
    filed = File.all_objects.filter(pk=OuterRef("main_file_id"), date__isnull=False)
    for source, dates in (("consultation", consulted.values("date")[:1]), ("meeting", met.values("day")[:1]),
                          ("file", filed.values("date")[:1])):
        done += undated.filter(effective_date__isnull=True).filter(Exists(dates)).update(
            effective_date=Subquery(dates, output_field=DateField()), effective_date_source=source)
    return done


@transaction.atomic
def consultation_create(*, paper: Paper | None, **fields) -> Consultation:
    """Put a paper on an organization's table; a consultation always belongs to a paper."""
    if paper is None:
        raise ValidationError("A consultation needs the paper it is about.")
    organizations = fields.pop("organizations", ())
    consultation = Consultation(paper=paper, **fields)
    consultation.full_clean()
    consultation.save()
    if organizations:
        consultation.organizations.set(organizations)
    if paper.date is None:
        papers_date_refresh([paper.pk])
    return consultation


@transaction.atomic
def agenda_item_create(*, meeting: Meeting, order: int | None, **fields) -> AgendaItem:
    """Add an item to a meeting's agenda at position *order* (unique within the meeting)."""
    if order is None:
        raise ValidationError("An agenda item needs its position (order) on the meeting's agenda.")
    item = AgendaItem(meeting=meeting, order=order, **fields)
    item.full_clean()
    item.save()
    return item


class DuplicateFile(ValidationError):
    """The same bytes are already stored as another File."""

    def __init__(self, existing: File):
        self.existing = existing
        super().__init__(f"These bytes are already stored as file #{existing.pk} ({existing}).")


@transaction.atomic
def file_store(*, data: bytes, file_name: str, mime_type: str = "", body: Body | None = None, name: str = "",
               source_uri: str = "", public: bool = True, file_date: date | None = None) -> File:
    """Store a document's original bytes once and create its File; raise DuplicateFile for known bytes.

    *public* is the file's own flag; whether it is shown also depends on what holds it (``core.access``).
    """
    digest = sha256_hex(data)
    existing = File.all_objects.filter(sha256=digest).first()
    if existing is not None:
        raise DuplicateFile(existing)
    storage_name = get_storage().put(data)
    file = File(
        body=body, name=name or file_name, file_name=file_name, mime_type=mime_type, size=len(data),
        sha256=digest, storage_name=storage_name, source_uri=source_uri, public=public, date=file_date,
    )
    try:
        with transaction.atomic():
            file.save()
    except IntegrityError:
        # Another process stored the same bytes between our check and our insert.
        raise DuplicateFile(File.all_objects.get(sha256=digest)) from None
    return file


@transaction.atomic
def file_attach_content(file: File, data: bytes) -> File | None:
    """Store the bytes of an existing File (e.g. a harvested one); return the other File already holding them."""
    digest = sha256_hex(data)
    existing = File.all_objects.filter(sha256=digest).exclude(pk=file.pk).first()
    file.storage_name = get_storage().put(data)
    file.size = len(data)
    if existing is None:
        file.sha256 = digest
    file.save()
    return existing


def file_content(file: File) -> bytes:
    """Return the stored original bytes of a file."""
    if not file.storage_name:
        raise FileNotFoundError(f"File #{file.pk} has no stored content.")
    return get_storage().open(file.storage_name)


def now():
    return timezone.now()
