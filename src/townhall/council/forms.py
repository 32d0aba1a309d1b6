"""Forms of the staff pages."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _, ngettext

from townhall.core.models import Meeting, Organization, Person
from townhall.core.models.paper import PAPER_KINDS
from townhall.council.models import ActionStatus, Frequency, Result, Role, StepRole


class TokenForm(forms.Form):
    token = forms.CharField(label=_("Code from your authenticator app"), max_length=12,
                            widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))


class RoleGrantForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organization = forms.ModelChoiceField(label=_("Committee or unit"), queryset=Organization.objects.none(), required=False)
    person = forms.ModelChoiceField(label=_("Person (council members)"), queryset=Person.objects.none(), required=False)

    def __init__(self, *args, body, **kwargs):
        super().__init__(*args, **kwargs)
        self.body = body
        self.fields["organization"].queryset = Organization.objects.filter(body=body).order_by("name")
        self.fields["person"].queryset = Person.objects.filter(body=body).order_by("family_name", "name")

    def clean_username(self):
        name = self.cleaned_data["username"]
        user = get_user_model().objects.filter(username=name, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("There is no active user of this name."))
        return user


class TwoFactorPolicyForm(forms.Form):
    required = forms.BooleanField(label=_("Everyone on this body's staff signs in with a second factor"), required=False)


LANGUAGE_CHOICES = [("", "—"), ("da", "Dansk"), ("de", "Deutsch"), ("en", "English")]


class PaperForm(forms.Form):
    """The fields of a paper a clerk writes or confirms."""

    name = forms.CharField(label=_("Title"), max_length=1000)
    reference = forms.CharField(label=_("Reference"), max_length=200, required=False)
    date = forms.DateField(label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    kind = forms.ChoiceField(label=_("Kind"), choices=PAPER_KINDS, initial="proposal")
    paper_type = forms.CharField(label=_("Paper type"), max_length=200, required=False,
                                 help_text=_("As the body names it, e.g. Indstilling, Beschlussvorlage."))
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES, required=False)
    unit = forms.ModelChoiceField(label=_("Drafting unit"), queryset=Organization.objects.none(), required=False)
    confidential = forms.BooleanField(label=_("Non-public matter (never published; read by the members of its committees)"), required=False)
    recommendation = forms.CharField(label=_("Proposed resolution"), required=False, widget=forms.Textarea)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, body, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Organization.objects.filter(body=body).order_by("name")


class UploadForm(forms.Form):
    document = forms.FileField(label=_("Document (PDF, Word, text, HTML or a scan)"))


class RouteStepForm(forms.Form):
    """One step of a route; a row with no organization is left out."""

    organization = forms.ModelChoiceField(label=_("Organization"), queryset=Organization.objects.all(), required=False)
    role = forms.ChoiceField(label=_("Role"), choices=StepRole.choices, initial=StepRole.PRELIMINARY)
    meeting = forms.ModelChoiceField(label=_("Target meeting"), queryset=Meeting.objects.all(), required=False)

    def __init__(self, *args, organizations=None, meetings=None, meetings_url="", **kwargs):
        super().__init__(*args, **kwargs)
        # Any organization and meeting is accepted here, so that the route service can say clearly
        # why one of another body, or a meeting of another organization, is refused; the lists
        # offer the body's organizations and the coming meetings of the step's own organization.
        self.meetings = meetings
        if organizations is not None:
            self.fields["organization"].widget.choices = [("", "—")] + list(organizations)
        if meetings is not None:
            self.fields["meeting"].widget.choices = [("", "—")] + meetings.choices
            self.fields["meeting"].help_text = self._meetings_help(meetings)
        if meetings_url:
            # htmx lists the meetings of the organization chosen, without a reload.
            self.fields["organization"].widget.attrs.update({
                "hx-get": meetings_url, "hx-trigger": "change", "hx-target": f"#{self.prefix}-meeting-field",
                "hx-swap": "outerHTML"})

    @staticmethod
    def _meetings_help(meetings) -> str:
        names = {"organization": meetings.organization_name}
        if not meetings.organization_id:
            return _("Lists the coming meetings of the organization chosen in this step.")
        if meetings.more:
            return ngettext("The next meeting of %(organization)s.", "The next %(count)s meetings of %(organization)s.",
                            len(meetings.choices)) % {**names, "count": len(meetings.choices)}
        if not meetings.choices:
            return _("%(organization)s has no coming meetings.") % names
        return _("The coming meetings of %(organization)s.") % names


class RouteFormSetBase(forms.BaseFormSet):
    """The rows of a route; each lists only the coming meetings of its own organization."""

    def __init__(self, *args, choices=None, meetings_url="", **kwargs):
        self.choices = choices
        self.meetings_url = meetings_url
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if self.choices is not None:
            initial = self.initial[index] if self.initial and index is not None and index < len(self.initial) else {}
            kwargs.update(organizations=self.choices.organizations, meetings_url=self.meetings_url,
                          meetings=self.choices.meetings_for(initial.get("organization"), initial.get("meeting")))
        return kwargs


RouteFormSet = forms.formset_factory(RouteStepForm, formset=RouteFormSetBase, extra=0)


class MeetingForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=500, required=False)
    start = forms.DateTimeField(label=_("Start"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
    end = forms.DateTimeField(label=_("End"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))


class SeriesForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=300)
    first_start = forms.DateTimeField(label=_("First meeting"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
    frequency = forms.ChoiceField(label=_("Frequency"), choices=Frequency.choices, initial=Frequency.MONTHLY)
    count = forms.IntegerField(label=_("Number of meetings"), min_value=1, max_value=60, initial=6)
    duration_minutes = forms.IntegerField(label=_("Duration in minutes"), min_value=15, max_value=24 * 60, initial=120)


class FreeItemForm(forms.Form):
    name = forms.CharField(label=_("Title of the item"), max_length=1000)
    public = forms.BooleanField(label=_("Public part"), required=False, initial=True)


class DecisionForm(forms.Form):
    result = forms.ChoiceField(label=_("Result"), choices=Result.choices)
    unanimous = forms.BooleanField(label=_("Unanimous"), required=False)
    votes_for = forms.IntegerField(label=_("For"), min_value=0, max_value=10000, required=False)
    votes_against = forms.IntegerField(label=_("Against"), min_value=0, max_value=10000, required=False)
    votes_abstaining = forms.IntegerField(label=_("Abstaining"), min_value=0, max_value=10000, required=False)
    resolution_text = forms.CharField(label=_("Resolution text"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ActionItemForm(forms.Form):
    title = forms.CharField(label=_("Task"), max_length=500)
    owner_unit = forms.ModelChoiceField(label=_("Responsible unit"), queryset=Organization.objects.none(), required=False)
    owner_person = forms.ModelChoiceField(label=_("Responsible person"), queryset=Person.objects.none(), required=False)
    due = forms.DateField(label=_("Due"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, body, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_unit"].queryset = Organization.objects.filter(body=body).order_by("name")
        self.fields["owner_person"].queryset = Person.objects.filter(body=body).order_by("family_name", "name")


class FollowUpForm(forms.Form):
    text = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 3}))
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
