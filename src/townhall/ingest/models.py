from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class IngestError(models.Model):
    """A document that could not be ingested: where it was, what it was, at which stage and why."""

    path = models.CharField(_("path"), max_length=2000)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    stage = models.CharField(_("stage"), max_length=50)
    reason = models.CharField(_("reason"), max_length=50, db_index=True)
    message = models.TextField(_("message"))
    created = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    resolved = models.BooleanField(_("resolved"), default=False, help_text=_("Set when a later run ingested the same path."))

    class Meta:
        verbose_name = _("ingest error")
        verbose_name_plural = _("ingest errors")
        ordering = ["-created", "-id"]

    def __str__(self):
        return f"{self.path}: {self.message}"
