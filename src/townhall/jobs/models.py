"""The record of every background job: what it is, where it stands, and why it failed."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    """One run of a registered job, from queued to done or failed, with its progress."""

    QUEUED, RUNNING, DONE, FAILED, CANCELLED = "queued", "running", "done", "failed", "cancelled"
    STATUSES = [(QUEUED, _("queued")), (RUNNING, _("running")), (DONE, _("done")), (FAILED, _("failed")),
                (CANCELLED, _("cancelled"))]
    ACTIVE = (QUEUED, RUNNING)

    name = models.CharField(_("job"), max_length=100, db_index=True)
    arguments = models.JSONField(_("arguments"), default=dict, blank=True)
    #: Jobs with the same key are not queued twice while one of them waits.
    key = models.CharField(_("key"), max_length=200, blank=True, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=QUEUED, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    max_attempts = models.PositiveIntegerField(_("attempts allowed"), default=1)
    run_after = models.DateTimeField(_("not before"), default=timezone.now, db_index=True)
    progress_done = models.PositiveBigIntegerField(_("done"), default=0)
    progress_total = models.PositiveBigIntegerField(_("of"), null=True, blank=True)
    progress_text = models.CharField(_("progress"), max_length=300, blank=True)
    result = models.JSONField(_("result"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    worker = models.CharField(_("worker"), max_length=200, blank=True)
    claim = models.CharField(_("claim"), max_length=64, blank=True, editable=False)
    heartbeat = models.DateTimeField(_("last heartbeat"), null=True, blank=True)
    created = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    started = models.DateTimeField(_("started"), null=True, blank=True)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["status", "run_after"], name="jobs_due")]

    def __str__(self):
        return f"{self.name} #{self.pk} ({self.status})"

    @property
    def percent(self) -> int | None:
        if not self.progress_total:
            return None
        return min(100, round(100 * self.progress_done / self.progress_total))
