"""Action items that come out of a decision or a paper, with their follow-ups."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


#: States in which an action item still needs its owner.
OPEN_STATES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class ActionItem(models.Model):
    """A task (Handlungsschritt, opfølgningspunkt): owner, due date, status."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("task"), max_length=500)
    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), null=True, blank=True, on_delete=models.CASCADE, related_name="action_items")
    decision = models.ForeignKey("council.Decision", verbose_name=_("decision"), null=True, blank=True, on_delete=models.SET_NULL, related_name="action_items")
    owner_unit = models.ForeignKey("core.Organization", verbose_name=_("responsible unit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="action_items")
    owner_person = models.ForeignKey("core.Person", verbose_name=_("responsible person"), null=True, blank=True, on_delete=models.SET_NULL, related_name="action_items")
    due = models.DateField(_("due"), null=True, blank=True, db_index=True)
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.OPEN, db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ["due", "id"]
        indexes = [models.Index(fields=["body", "status", "due"])]

    def __str__(self):
        return self.title

    @property
    def overdue(self) -> bool:
        return self.status in OPEN_STATES and self.due is not None and self.due < timezone.localdate()


class FollowUp(models.Model):
    """A note on an action item's progress, with the status it left the item in."""

    action_item = models.ForeignKey(ActionItem, verbose_name=_("action item"), on_delete=models.CASCADE, related_name="follow_ups")
    text = models.TextField(_("note"))
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["at", "id"]

    def __str__(self):
        return self.text[:80]
