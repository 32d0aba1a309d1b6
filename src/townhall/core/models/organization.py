from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import DerivedVisibility, OParlObject


class Organization(OParlObject, DerivedVisibility):
    """A committee, council, faction, department or other group inside (or beside) a body."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="organizations")
    name = models.CharField(_("name"), max_length=500)
    short_name = models.CharField(_("short name"), max_length=200, blank=True)
    post = models.JSONField(_("posts"), default=list, blank=True)
    sub_organization_of = models.ForeignKey("self", verbose_name=_("part of"), null=True, blank=True, on_delete=models.SET_NULL, related_name="sub_organizations")
    organization_type = models.CharField(_("organization type"), max_length=200, blank=True)
    classification = models.CharField(_("classification"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    website = models.URLField(_("website"), max_length=1000, blank=True)
    location = models.ForeignKey("core.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    external_body = models.ForeignKey("core.Body", verbose_name=_("external body"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["body", "name", "id"]
        indexes = [models.Index(fields=["body", "name"])]

    def __str__(self):
        return self.name
