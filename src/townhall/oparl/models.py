"""What the OParl harvester remembers between runs: sources, failures and pending file downloads."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class HarvestSource(models.Model):
    """An OParl endpoint (System or Body URL) that townhall harvests, with the state of its last run."""

    url = models.URLField(_("URL"), max_length=1000, unique=True)
    system = models.ForeignKey("core.System", verbose_name=_("system"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    loader = models.CharField(_("loader"), max_length=100, blank=True)
    # Only a run that reached its end moves these forward, so an interrupted run is repeated in full.
    last_run_started = models.DateTimeField(_("last complete run started"), null=True, blank=True)
    last_run_finished = models.DateTimeField(_("last complete run finished"), null=True, blank=True)
    last_modified_seen = models.DateTimeField(_("latest remote modification seen"), null=True, blank=True)
    last_summary = models.JSONField(_("summary of the last run"), default=dict, blank=True)
    # The schedule: ``townhall scheduler`` queues a harvest job when ``next_harvest`` has come.
    every_minutes = models.PositiveIntegerField(
        _("harvest every (minutes)"), null=True, blank=True, help_text=_("Empty: harvested only when asked."))
    next_harvest = models.DateTimeField(_("next harvest"), null=True, blank=True, db_index=True)
    download_files = models.BooleanField(_("download files"), default=True, help_text=_("Fetch the bytes of new files after each harvest."))
    last_job = models.ForeignKey("jobs.Job", verbose_name=_("last harvest job"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("harvest source")
        verbose_name_plural = _("harvest sources")
        ordering = ["url"]

    def __str__(self):
        return self.url


class HarvestError(models.Model):
    """An object (or list page) a harvest could not import, with the reason in plain words."""

    source = models.ForeignKey(HarvestSource, verbose_name=_("source"), on_delete=models.CASCADE, related_name="errors")
    url = models.URLField(_("URL fetched"), max_length=2000, blank=True)
    object_id = models.CharField(_("OParl id"), max_length=2000, blank=True, db_index=True)
    object_type = models.CharField(_("OParl type"), max_length=50, blank=True)
    message = models.TextField(_("message"))
    created = models.DateTimeField(_("first seen"), default=timezone.now)
    last_seen = models.DateTimeField(_("last seen"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    # Set when a later run imported the object after all.
    resolved = models.BooleanField(_("resolved"), default=False, db_index=True)

    class Meta:
        verbose_name = _("harvest error")
        verbose_name_plural = _("harvest errors")
        ordering = ["-last_seen", "id"]

    def __str__(self):
        return f"{self.object_type or 'object'} {self.object_id or self.url}: {self.message}"


class FileDownloadJob(models.Model):
    """Fetching the bytes of one harvested File: retried on later runs until it works or gives up."""

    PENDING, DONE, FAILED = "pending", "done", "failed"
    STATUSES = [(PENDING, _("pending")), (DONE, _("done")), (FAILED, _("failed"))]

    file = models.OneToOneField("core.File", verbose_name=_("file"), on_delete=models.CASCADE, related_name="download_job")
    url = models.URLField(_("download URL"), max_length=2000)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)
    last_attempt = models.DateTimeField(_("last attempt"), null=True, blank=True)
    #: Set while a download job holds the file, so two jobs never fetch it at once.
    claimed = models.DateTimeField(_("claimed"), null=True, blank=True)

    class Meta:
        verbose_name = _("file download job")
        verbose_name_plural = _("file download jobs")
        ordering = ["id"]

    def __str__(self):
        return f"{self.url} ({self.status})"


class PublicViewEpoch(models.Model):
    """When what the public sees last changed in a way that the rows' ``modified`` times miss.

    One row; ``value`` is that moment in microseconds since 1970, raised by at least one on each
    change. The API keys its stored serializations and ETags by it (besides each object's
    ``modified``), so every web process on every machine sharing the database drops them at once.
    """

    value = models.BigIntegerField(default=0)


class StoredView(models.Model):
    """The public JSON of one OParl object as the API last served it, shared by every web process.

    ``state`` names what the JSON was rendered from (the object's ``modified`` time, whether the
    public may see it, the public view epoch and the rule and serializer versions). The API serves
    ``content`` only while the object's current state is that same state, so a row never outlives a
    change: a changed object is rendered again and its row overwritten.
    """

    root = models.CharField(max_length=32)
    type_name = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    variant = models.CharField(max_length=8)
    state = models.CharField(max_length=100)
    content = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["type_name", "object_id", "variant", "root"], name="oparl_storedview_object"),
        ]
