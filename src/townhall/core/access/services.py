"""Services that change what is public: publishing a paper, withholding a file, deleting a record for good."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from townhall.core.access.derived import papers_changed, public_view_changed, record_changed, refresh
from townhall.core.access.linked import Linked, chunks, files_of_agenda_items, files_of_meetings, neighbours, values
from townhall.core.models import AgendaItem, File, Meeting, Paper


@transaction.atomic
def paper_set_public(paper: Paper, public: bool, *, before: Linked | None = None) -> Linked:
    """Publish or un-publish a paper, with its files, agenda items and the records only it names.

    *before*: the records the paper was linked to before an edit made at the same time.
    """
    changed = paper.public != public
    if changed:
        paper.public = public
        paper.save(update_fields=["public", "modified"])
    return papers_changed([paper.pk], before=before, shown_changed=changed)


@transaction.atomic
def file_set_public(file: File, public: bool, *, before: Linked | None = None) -> Linked:
    """Withhold one file from the public (or stop withholding it), whatever holds it."""
    if file.public != public:
        file.public = public
        file.save(update_fields=["public", "modified"])
    return record_changed(file, before=before)


@transaction.atomic
def delete_for_good(obj) -> None:
    """Delete *obj* from the database; files that nothing holds any more are soft-deleted with it.

    A file left holding on to nothing would otherwise stand on its own and be shown, even when
    what held it was hidden.
    """
    affected = neighbours(obj)
    held = set(affected.files)
    if isinstance(obj, Meeting):
        held |= files_of_meetings([obj.pk])
    elif isinstance(obj, AgendaItem):
        held |= files_of_agenda_items([obj.pk])
    obj.delete()
    orphans = held - _held_files(held)
    for chunk in chunks(orphans):
        File.all_objects.filter(pk__in=chunk, deleted=False).update(deleted=True, modified=timezone.now())
    refresh(affected | Linked(files=held))
    public_view_changed.send(sender=type(obj), changed=None)


def _held_files(ids: set[int]) -> set[int]:
    """Return the files of *ids* that a paper, meeting, agenda item or master file still holds."""
    held: set[int] = set()
    for chunk in chunks(ids):
        held |= values(Paper.all_objects.filter(main_file__in=chunk), "main_file_id")
        held |= values(Paper.auxiliary_files.through.objects.filter(file__in=chunk), "file_id")
        for column in ("invitation", "results_protocol", "verbatim_protocol"):
            held |= values(Meeting.all_objects.filter(**{f"{column}__in": chunk}), f"{column}_id")
        held |= values(Meeting.auxiliary_files.through.objects.filter(file__in=chunk), "file_id")
        held |= values(AgendaItem.all_objects.filter(resolution_file__in=chunk), "resolution_file_id")
        held |= values(AgendaItem.auxiliary_files.through.objects.filter(file__in=chunk), "file_id")
        held |= values(File.all_objects.filter(pk__in=chunk, master_file__isnull=False), "id")
    return held
