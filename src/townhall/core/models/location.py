from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import DerivedVisibility, OParlObject


class Location(OParlObject, DerivedVisibility):
    """A place: a meeting room, an address, or an area a paper concerns (with optional GeoJSON)."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), null=True, blank=True, on_delete=models.CASCADE, related_name="locations")
    description = models.TextField(_("description"), blank=True)
    geojson = models.JSONField(_("GeoJSON"), null=True, blank=True)
    street_address = models.CharField(_("street address"), max_length=500, blank=True)
    room = models.CharField(_("room"), max_length=300, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    sub_locality = models.CharField(_("sub-locality"), max_length=300, blank=True)
    locality = models.CharField(_("locality"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["id"]

    def __str__(self):
        parts = [self.description, self.room, self.street_address, self.locality]
        return ", ".join(p for p in parts if p) or f"#{self.pk}"
