from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from townhall.corrections.card_fields import FIELDS

FIELD_CHOICES = [(name, name) for name in FIELDS]


class CardCorrection(models.Model):
    """A clerk's value for one field of a paper's card, kept apart from what the machine read.

    Every reading of the paper's document (a new version, a re-ingest) applies it again, so it
    wins over the machine's value until it is deleted.
    """

    paper = models.ForeignKey("core.Paper", verbose_name=_("paper"), on_delete=models.CASCADE, related_name="card_corrections")
    field = models.CharField(_("field"), max_length=40, choices=FIELD_CHOICES)
    value = models.JSONField(_("corrected value"), null=True, blank=True)
    machine_value = models.JSONField(
        _("machine value"), null=True, blank=True,
        help_text=_("What the latest reading of the document gave for this field."),
    )
    note = models.TextField(_("note"), blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("corrected by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("created"), default=timezone.now)
    modified = models.DateTimeField(_("modified"), auto_now=True)

    class Meta:
        verbose_name = _("card correction")
        verbose_name_plural = _("card corrections")
        ordering = ["paper_id", "field"]
        constraints = [models.UniqueConstraint(fields=["paper", "field"], name="one_correction_per_card_field")]

    def __str__(self):
        return f"{self.paper_id}: {self.field}"

    @property
    def author(self) -> str:
        """Return the name the correction is shown under."""
        user = self.corrected_by
        if user is None:
            return ""
        return user.get_full_name() or user.get_username()
