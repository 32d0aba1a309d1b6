"""Staff roles, each scoped to one body and, for most, one organization of it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CASE_HANDLER = "case_handler", _("Case handler")
    SECRETARY = "secretary", _("Committee secretary")
    MEMBER = "member", _("Council member")
    ADMINISTRATOR = "administrator", _("Administrator")


#: The Django group each role puts its holders in (names are stable: they are stored).
ROLE_GROUPS = {
    Role.CASE_HANDLER: "Case handler",
    Role.SECRETARY: "Committee secretary",
    Role.MEMBER: "Council member",
    Role.ADMINISTRATOR: "Administrator",
}

#: Roles that name an organization: the committee (secretary, member) or the unit (case handler).
ROLES_WITH_ORGANIZATION = {Role.SECRETARY, Role.MEMBER}


class StaffRole(models.Model):
    """One role of one user in one body, for one organization of it where the role needs one.

    A case handler without an organization drafts for the whole body; with one, for that unit.
    A secretary and a council member always name their committee.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="staff_roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    body = models.ForeignKey("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="staff_roles")
    organization = models.ForeignKey("core.Organization", verbose_name=_("organization"), null=True, blank=True,
                                     on_delete=models.CASCADE, related_name="staff_roles")
    # A council member is a person of the body: invitations go to that person's e-mail address.
    person = models.ForeignKey("core.Person", verbose_name=_("person"), null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="staff_roles")
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("granted by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("staff role")
        verbose_name_plural = _("staff roles")
        ordering = ["body", "role", "organization", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "body", "organization"], name="staffrole_unique",
                                    violation_error_message=_("This user has this role already.")),
        ]

    def __str__(self):
        scope = self.organization or self.body
        return f"{self.user} – {self.get_role_display()} – {scope}"

    def clean(self):
        if self.organization_id and self.body_id and self.organization.body_id != self.body_id:
            raise ValidationError({"organization": _("The organization belongs to another body.")})
        if self.person_id and self.body_id and self.person.body_id != self.body_id:
            raise ValidationError({"person": _("The person belongs to another body.")})
        if self.role in ROLES_WITH_ORGANIZATION and not self.organization_id:
            raise ValidationError({"organization": _("This role needs the committee it is for.")})
        if self.role == Role.ADMINISTRATOR and self.organization_id:
            raise ValidationError({"organization": _("An administrator acts for the whole body.")})


class TwoFactorPolicy(models.Model):
    """Whether the staff of a body must sign in with a second factor (an administrator decides)."""

    body = models.OneToOneField("core.Body", verbose_name=_("body"), on_delete=models.CASCADE, related_name="two_factor_policy")
    required = models.BooleanField(_("two-factor sign-in required"), default=False)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("two-factor policy")
        verbose_name_plural = _("two-factor policies")

    def __str__(self):
        return f"{self.body}: {self.required}"
