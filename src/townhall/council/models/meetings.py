"""Meetings prepared in townhall: series, state, agenda entries, attendance and decisions."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Every month")


class MeetingSeries(models.Model):
    """Meetings of one committee that recur (every month on the first Tuesday's date, say)."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey("core.Organization", verbose_name=_("committee"), on_delete=models.CASCADE, related_name="meeting_series")
    name = models.CharField(_("name"), max_length=300)
    first_start = models.DateTimeField(_("first meeting"))
    duration_minutes = models.PositiveIntegerField(_("duration in minutes"), default=120)
    frequency = models.CharField(_("frequency"), max_length=12, choices=Frequency.choices, default=Frequency.MONTHLY)
    count = models.PositiveIntegerField(_("number of meetings"), default=6)
    place = models.CharField(_("place"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self):
        return self.name


class MeetingState(models.TextChoices):
    PLANNED = "planned", _("Agenda in preparation")
    INVITED = "invited", _("Invitation published")
    MINUTES_APPROVED = "minutes_approved", _("Minutes approved")
    MINUTES_PUBLISHED = "minutes_published", _("Minutes published")


class MeetingRecord(models.Model):
    """The clerk's side of a meeting: its committee, state, published documents and minutes."""

    meeting = models.OneToOneField("core.Meeting", verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="council")
    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey("core.Organization", verbose_name=_("committee"), on_delete=models.CASCADE, related_name="meeting_records")
    series = models.ForeignKey(MeetingSeries, verbose_name=_("series"), null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    state = models.CharField(_("state"), max_length=20, choices=MeetingState.choices, default=MeetingState.PLANNED, db_index=True)
    invitation_published_at = models.DateTimeField(_("invitation published"), null=True, blank=True)
    # The members' packet holds the non-public part too; it is a non-public file.
    members_packet = models.ForeignKey("core.File", verbose_name=_("members' packet"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    calendar_file = models.ForeignKey("core.File", verbose_name=_("calendar entry"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    minutes_approved_at = models.DateTimeField(_("minutes approved"), null=True, blank=True)
    minutes_approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("minutes approved by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    minutes_published_at = models.DateTimeField(_("minutes published"), null=True, blank=True)
    members_minutes = models.ForeignKey("core.File", verbose_name=_("members' minutes"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("meeting record")
        verbose_name_plural = _("meeting records")
        indexes = [models.Index(fields=["organization", "state"])]

    def __str__(self):
        return str(self.meeting)

    @property
    def announced(self) -> bool:
        return self.invitation_published_at is not None


class AgendaEntry(models.Model):
    """The clerk's side of an agenda item: the paper it treats, and whether it came late (Nachtrag)."""

    agenda_item = models.OneToOneField("core.AgendaItem", verbose_name=_("agenda item"), on_delete=models.CASCADE, related_name="council")
    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    consultation = models.ForeignKey("core.Consultation", verbose_name=_("consultation"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    late = models.BooleanField(_("late item"), default=False)
    # A late item is shown once the supplement that adds it is published.
    announced_at = models.DateTimeField(_("announced"), null=True, blank=True)

    class Meta:
        verbose_name = _("agenda entry")
        verbose_name_plural = _("agenda entries")

    def __str__(self):
        return str(self.agenda_item)


class Presence(models.TextChoices):
    PRESENT = "present", _("Present")
    EXCUSED = "excused", _("Excused")


class Attendance(models.Model):
    """Whether a member was present at a meeting or excused."""

    meeting = models.ForeignKey("core.Meeting", verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey("core.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=10, choices=Presence.choices)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once_per_person")]

    def __str__(self):
        return f"{self.person}: {self.get_status_display()}"


class Result(models.TextChoices):
    APPROVED = "approved", _("Approved")
    APPROVED_WITH_CHANGES = "approved_with_changes", _("Approved with changes")
    REJECTED = "rejected", _("Rejected")
    DEFERRED = "deferred", _("Deferred")
    NOTED = "noted", _("Noted")


class Decision(models.Model):
    """What a meeting decided on one agenda item: result, votes and resolution text."""

    agenda_item = models.OneToOneField("core.AgendaItem", verbose_name=_("agenda item"), on_delete=models.CASCADE, related_name="decision")
    result = models.CharField(_("result"), max_length=30, choices=Result.choices)
    unanimous = models.BooleanField(_("unanimous"), default=False)
    votes_for = models.PositiveIntegerField(_("for"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("against"), null=True, blank=True)
    votes_abstaining = models.PositiveIntegerField(_("abstaining"), null=True, blank=True)
    resolution_text = models.TextField(_("resolution text"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return f"{self.agenda_item}: {self.get_result_display()}"
