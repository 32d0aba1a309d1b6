"""What every OParl object shares: timestamps, keywords, web link, licence, soft deletion, origin."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The largest id a row can have (a signed 64-bit integer in SQLite and PostgreSQL alike); a larger
#: number in a URL or a filter names nothing and must never reach the database.
LARGEST_ID = 2**63 - 1


class LiveQuerySet(models.QuerySet):
    def live(self):
        return self.filter(deleted=False)

    def deleted_only(self):
        return self.filter(deleted=True)


class LiveManager(models.Manager.from_queryset(LiveQuerySet)):
    """The default manager: soft-deleted rows are hidden but kept."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted=False)


class AllManager(models.Manager.from_queryset(LiveQuerySet)):
    """Every row, soft-deleted ones included (OParl lists with modified_since, admin, harvester)."""


class DerivedVisibility(models.Model):
    """Whether the public may see a record, derived from the papers it comes from (see ``core.access``).

    ``from_papers`` says the record was made by reading papers (a committee, meeting or person a
    document names); such a record is shown only while a public paper names it. Every other record
    (harvested, from the demo, made in the admin) stands on its own. ``visible`` is kept by
    :mod:`townhall.core.access` whenever papers are linked, published, un-published or deleted.
    """

    from_papers = models.BooleanField(
        _("only through papers"), default=False,
        help_text=_("Made by reading papers: shown to the public only while a public paper names it."),
    )
    visible = models.BooleanField(
        _("shown to the public"), default=True, editable=False,
        help_text=_("Derived from the papers, meetings and files it belongs to; kept up to date by townhall."),
    )

    class Meta:
        abstract = True


class OParlObject(models.Model):
    created = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    modified = models.DateTimeField(_("modified"), default=timezone.now, db_index=True)
    deleted = models.BooleanField(_("deleted"), default=False, db_index=True)
    keyword = models.JSONField(_("keywords"), default=list, blank=True)
    web = models.URLField(_("web page"), max_length=1000, blank=True)
    license = models.CharField(_("licence"), max_length=500, blank=True)
    # Where a harvested object came from: its OParl id at the source system.
    origin_id = models.URLField(_("origin id"), max_length=1000, blank=True, db_index=True)

    objects = LiveManager()
    all_objects = AllManager()

    class Meta:
        abstract = True
        base_manager_name = "all_objects"
        default_manager_name = "objects"

    def save(self, *args, **kwargs):
        # Keeping `modified` true is bookkeeping, not business logic: every write path must bump it
        # or incremental OParl clients miss the change.
        keep = getattr(self, "_keep_modified", False)
        if not keep:
            self.modified = timezone.now()
        inserting = self._state.adding
        super().save(*args, **kwargs)
        if not keep and not self.origin_id:
            # Harvested objects keep their source's timestamps, embedding objects included.
            self.touch_embedding_objects(inserted=inserting)

    def embedding_objects(self, *, inserted: bool = False) -> list[models.QuerySet]:
        """Return querysets of the objects that embed this one in OParl (its change is their change)."""
        return []

    def touch_embedding_objects(self, *, inserted: bool = False) -> None:
        for queryset in self.embedding_objects(inserted=inserted):
            queryset.filter(modified__lt=self.modified).update(modified=self.modified)
