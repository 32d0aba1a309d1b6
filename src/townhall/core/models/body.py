from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import OParlObject


class Body(OParlObject):
    """A municipality or other body (Kommune, Stadt, Council): one instance holds many."""

    system = models.ForeignKey("core.System", verbose_name=_("system"), null=True, blank=True, on_delete=models.SET_NULL, related_name="bodies")
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    website = models.URLField(_("website"), max_length=1000, blank=True)
    license_valid_since = models.DateTimeField(_("licence valid since"), null=True, blank=True)
    oparl_since = models.DateTimeField(_("OParl since"), null=True, blank=True)
    ags = models.CharField(_("AGS (German municipality key)"), max_length=8, blank=True)
    rgs = models.CharField(_("RGS (German regional key)"), max_length=12, blank=True)
    equivalent = models.JSONField(_("equivalent URLs"), default=list, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=300, blank=True)
    classification = models.CharField(_("classification"), max_length=300, blank=True)
    location = models.ForeignKey("core.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # townhall: where the body is and which language its papers are usually in.
    country = models.CharField(_("country (ISO 3166 code)"), max_length=2, blank=True)
    language = models.CharField(_("main language"), max_length=3, blank=True)

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LegislativeTerm(OParlObject):
    """An electoral period of a body (Wahlperiode, valgperiode)."""

    body = models.ForeignKey(Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="legislative_terms")
    name = models.CharField(_("name"), max_length=300, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    class Meta:
        verbose_name = _("legislative term")
        verbose_name_plural = _("legislative terms")
        ordering = ["body", "start_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(start_date__isnull=True) | models.Q(end_date__gte=models.F("start_date")),
                name="legislativeterm_end_after_start",
                violation_error_message=_("A legislative term cannot end before it starts."),
            )
        ]

    def embedding_objects(self, *, inserted=False):
        return [Body.all_objects.filter(pk=self.body_id)]

    def __str__(self):
        return self.name or f"{self.start_date}–{self.end_date}"


class FormerSlug(models.Model):
    """A slug a body had before (renamed, or made by an older rule), kept so old links still lead to it."""

    body = models.ForeignKey(Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="former_slugs")
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("former slug")
        verbose_name_plural = _("former slugs")
        ordering = ["slug"]

    def __str__(self):
        return self.slug
