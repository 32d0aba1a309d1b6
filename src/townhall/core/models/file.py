from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import OParlObject


class File(OParlObject):
    """A document file: the stored original bytes, their checksum, type and extracted text."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), null=True, blank=True, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(_("name"), max_length=500, blank=True)
    file_name = models.CharField(_("file name"), max_length=500, blank=True)
    mime_type = models.CharField(_("MIME type"), max_length=200, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    size = models.BigIntegerField(_("size in bytes"), null=True, blank=True)
    sha1_checksum = models.CharField(_("SHA-1"), max_length=40, blank=True)
    sha512_checksum = models.CharField(_("SHA-512"), max_length=128, blank=True)
    text = models.TextField(_("text"), blank=True)
    external_service_url = models.URLField(_("external service URL"), max_length=1000, blank=True)
    master_file = models.ForeignKey("self", verbose_name=_("master file"), null=True, blank=True, on_delete=models.SET_NULL, related_name="derivative_files")
    file_license = models.URLField(_("file licence"), max_length=1000, blank=True)
    # townhall: the stored original, identified by its content hash (the same bytes are stored once).
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True, null=True, blank=True)
    storage_name = models.CharField(_("storage name"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=3, blank=True)
    # The file's own flag (a clerk withholds one file); whether it is shown also depends on what holds it.
    public = models.BooleanField(_("public"), default=True, db_index=True)
    # Derived by core.access: held by nothing, or by a paper, meeting or agenda item that is shown.
    visible = models.BooleanField(_("shown to the public"), default=True, editable=False)
    source_uri = models.CharField(_("source"), max_length=2000, blank=True)
    extraction_notes = models.TextField(_("extraction notes"), blank=True)
    # For harvested files: where the bytes are fetched from, and whether that worked.
    origin_access_url = models.URLField(_("origin access URL"), max_length=2000, blank=True)
    origin_download_url = models.URLField(_("origin download URL"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["id"]

    def embedding_objects(self, *, inserted=False):
        # A file being inserted is embedded nowhere yet. Each queryset uses one indexed column:
        # an OR across a join would scan every paper for each file saved.
        if inserted or self.pk is None:
            return []
        from .meeting import AgendaItem, Meeting
        from .paper import Paper

        def through(model, field):
            return model._meta.get_field(field).remote_field.through.objects.filter(file_id=self.pk)

        return [
            Paper.all_objects.filter(main_file=self.pk),
            Paper.all_objects.filter(pk__in=through(Paper, "auxiliary_files").values("paper_id")),
            Meeting.all_objects.filter(invitation=self.pk),
            Meeting.all_objects.filter(results_protocol=self.pk),
            Meeting.all_objects.filter(verbatim_protocol=self.pk),
            Meeting.all_objects.filter(pk__in=through(Meeting, "auxiliary_files").values("meeting_id")),
            AgendaItem.all_objects.filter(resolution_file=self.pk),
            AgendaItem.all_objects.filter(pk__in=through(AgendaItem, "auxiliary_files").values("agendaitem_id")),
        ]

    def __str__(self):
        return self.name or self.file_name or f"#{self.pk}"

    @property
    def has_content(self) -> bool:
        return bool(self.storage_name)
