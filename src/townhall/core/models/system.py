from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import OParlObject


class System(OParlObject):
    """The OParl System: the server itself, the entry point of the API."""

    name = models.CharField(_("name"), max_length=300, blank=True)
    oparl_version = models.CharField(_("OParl version"), max_length=100, default="https://schema.oparl.org/1.1/")
    other_oparl_versions = models.JSONField(_("other OParl versions"), default=list, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=300, blank=True)
    website = models.URLField(_("website"), max_length=1000, blank=True)
    vendor = models.URLField(_("vendor"), max_length=1000, blank=True)
    product = models.URLField(_("product"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("system")
        verbose_name_plural = _("systems")

    def __str__(self):
        return self.name or "townhall"
