"""What townhall reads out of papers beyond OParl: deadlines and events, as queryable records."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import OParlObject


class Deadline(OParlObject):
    """A date by which someone must act (registration, hearing response), named in a paper."""

    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), on_delete=models.CASCADE, related_name="deadlines")
    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="deadlines")
    date = models.DateField(_("date"), db_index=True)
    purpose = models.CharField(_("purpose"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")
        ordering = ["date", "id"]

    def __str__(self):
        return f"{self.date}: {self.purpose}"


class Event(OParlObject):
    """A conference, meeting or other event a paper announces or reports."""

    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), on_delete=models.CASCADE, related_name="events")
    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="events")
    name = models.CharField(_("name"), max_length=1000)
    place = models.CharField(_("place"), max_length=500, blank=True)
    start = models.DateField(_("start"), null=True, blank=True, db_index=True)
    end = models.DateField(_("end"), null=True, blank=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(start__isnull=True) | models.Q(end__gte=models.F("start")),
                name="event_end_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.name
