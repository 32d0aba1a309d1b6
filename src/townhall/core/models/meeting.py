from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import DerivedVisibility, OParlObject


class Meeting(OParlObject, DerivedVisibility):
    """A sitting of one or more organizations, with its agenda and protocols."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="meetings")
    name = models.CharField(_("name"), max_length=500, blank=True)
    meeting_state = models.CharField(_("state"), max_length=100, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    start = models.DateTimeField(_("start"), null=True, blank=True, db_index=True)
    end = models.DateTimeField(_("end"), null=True, blank=True)
    location = models.ForeignKey("core.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    organizations = models.ManyToManyField("core.Organization", verbose_name=_("organizations"), blank=True, related_name="meetings")
    participants = models.ManyToManyField("core.Person", verbose_name=_("participants"), blank=True, related_name="meetings")
    invitation = models.ForeignKey("core.File", verbose_name=_("invitation"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    results_protocol = models.ForeignKey("core.File", verbose_name=_("results protocol"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    verbatim_protocol = models.ForeignKey("core.File", verbose_name=_("verbatim protocol"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    auxiliary_files = models.ManyToManyField("core.File", verbose_name=_("auxiliary files"), blank=True, related_name="meetings")

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(start__isnull=True) | models.Q(end__gte=models.F("start")),
                name="meeting_end_after_start",
                violation_error_message=_("A meeting cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.name or f"#{self.pk}"

    @property
    def all_day(self) -> bool:
        """Whether only the meeting's day is known: it starts at local midnight and names no end.

        Meetings made from a paper's route carry the date the paper gives, and some council
        systems publish a date without a time the same way; no council meets at midnight.
        """
        if self.start is None or self.end is not None:
            return False
        local = timezone.localtime(self.start)
        return (local.hour, local.minute, local.second) == (0, 0, 0)


class AgendaItem(OParlObject):
    """One item of a meeting's agenda, kept in the order of the agenda."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda_items")
    number = models.CharField(_("number"), max_length=50, blank=True)
    order = models.PositiveIntegerField(_("order"))
    name = models.CharField(_("name"), max_length=1000, blank=True)
    public = models.BooleanField(_("public"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=500, blank=True)
    resolution_text = models.TextField(_("resolution text"), blank=True)
    resolution_file = models.ForeignKey("core.File", verbose_name=_("resolution file"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    auxiliary_files = models.ManyToManyField("core.File", verbose_name=_("auxiliary files"), blank=True, related_name="agenda_items")
    start = models.DateTimeField(_("start"), null=True, blank=True)
    end = models.DateTimeField(_("end"), null=True, blank=True)
    # Derived by core.access: its meeting is shown, and it is about no paper or about a shown one.
    visible = models.BooleanField(_("shown to the public"), default=True, editable=False)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "order"],
                name="agendaitem_unique_order_in_meeting",
                violation_error_message=_("Two agenda items of one meeting cannot share a position."),
            )
        ]

    def embedding_objects(self, *, inserted=False):
        return [Meeting.all_objects.filter(pk=self.meeting_id)]

    def __str__(self):
        return f"{self.number} {self.name}".strip()

    @property
    def is_public(self) -> bool:
        return self.public is not False
