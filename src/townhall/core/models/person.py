from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import DerivedVisibility, OParlObject


class Person(OParlObject, DerivedVisibility):
    """A politician, official or case handler."""

    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="persons")
    name = models.CharField(_("name"), max_length=300)
    family_name = models.CharField(_("family name"), max_length=200, blank=True)
    given_name = models.CharField(_("given name"), max_length=200, blank=True)
    form_of_address = models.CharField(_("form of address"), max_length=100, blank=True)
    affix = models.CharField(_("affix"), max_length=100, blank=True)
    title = models.JSONField(_("titles"), default=list, blank=True)
    gender = models.CharField(_("gender"), max_length=50, blank=True)
    phone = models.JSONField(_("phone numbers"), default=list, blank=True)
    email = models.JSONField(_("e-mail addresses"), default=list, blank=True)
    location = models.ForeignKey("core.Location", verbose_name=_("location"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    status = models.JSONField(_("status"), default=list, blank=True)
    life = models.TextField(_("biography"), blank=True)
    life_source = models.CharField(_("biography source"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        ordering = ["body", "family_name", "name", "id"]
        indexes = [models.Index(fields=["body", "name"])]

    def __str__(self):
        return self.name


class Membership(OParlObject):
    """A person's membership of an organization, with role and period."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey("core.Organization", verbose_name=_("organization"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=200, blank=True)
    voting_right = models.BooleanField(_("voting right"), null=True, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    on_behalf_of = models.ForeignKey("core.Organization", verbose_name=_("on behalf of"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["person", "start_date", "id"]

    def embedding_objects(self, *, inserted=False):
        return [Person.all_objects.filter(pk=self.person_id)]

    def __str__(self):
        return f"{self.person} – {self.organization}"
