"""A paper drafted in townhall: its status, drafting unit, edit counter and the planned steps of its route."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PaperStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ON_AGENDA = "on_agenda", _("On an agenda")
    DECIDED = "decided", _("Decided")
    DEFERRED = "deferred", _("Deferred")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class PaperRecord(models.Model):
    """The clerk's side of a paper: status, drafting unit, confidentiality, publication, edit counter."""

    paper = models.OneToOneField("core.Paper", verbose_name=_("paper"), on_delete=models.CASCADE, related_name="council")
    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("core.Organization", verbose_name=_("drafting unit"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="drafted_papers")
    status = models.CharField(_("status"), max_length=20, choices=PaperStatus.choices, default=PaperStatus.DRAFT, db_index=True)
    # Non-public matter (personnel, contracts): never published; members of its committees read it.
    confidential = models.BooleanField(_("non-public"), default=False)
    # What the drafting unit proposes be decided (indstilling, Beschlussvorschlag).
    recommendation = models.TextField(_("proposed resolution"), blank=True)
    released_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(_("changed"), default=timezone.now, db_index=True)
    # Optimistic locking: an edit names the revision it started from; a newer one means a conflict.
    revision = models.PositiveIntegerField(_("revision"), default=1)

    class Meta:
        verbose_name = _("paper record")
        verbose_name_plural = _("paper records")
        ordering = ["-changed_at", "-id"]
        indexes = [models.Index(fields=["body", "status", "changed_at"])]

    def __str__(self):
        return str(self.paper)

    @property
    def released(self) -> bool:
        return self.released_at is not None


class StepRole(models.TextChoices):
    PRELIMINARY = "preliminary", _("Preliminary consideration")
    DECISION = "decision", _("Decision")
    INFORMATION = "information", _("For information")


class StepState(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CURRENT = "current", _("Before the committee")
    DONE = "done", _("Done")


class RouteStep(models.Model):
    """A planned step of a paper's route: one organization, its role, the meeting aimed at."""

    consultation = models.OneToOneField("core.Consultation", verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="council_step")
    organization = models.ForeignKey("core.Organization", verbose_name=_("organization"), on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=20, choices=StepRole.choices)
    state = models.CharField(_("state"), max_length=10, choices=StepState.choices, default=StepState.PLANNED, db_index=True)
    # What the previous committee recommends to this one ("udvalget anbefaler …").
    recommendation = models.TextField(_("recommendation"), blank=True)

    class Meta:
        verbose_name = _("route step")
        verbose_name_plural = _("route steps")
        ordering = ["consultation__paper", "consultation__position", "id"]

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"
