"""Forms of events: the clerk's form that opens an event for registration, and the public registration form."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from townhall.participation.conferences import InviteeEntry
from townhall.participation.forms import DateTimeInput
from townhall.participation.models import REGISTRATION_FIELDS

#: Longest answer to one field of the registration form, in characters.
MAX_ANSWER = 2000


def parse_people(text: str) -> list[InviteeEntry]:
    """Read one invitee a line, as ``name, e-mail``; raise ValidationError naming bad lines."""
    entries, errors, seen = [], [], set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, _comma, email = (part.strip() for part in line.rpartition(","))
        if not name or not email:
            errors.append(_("Line %(number)s: write the name, a comma and the e-mail address.") % {"number": number})
            continue
        try:
            validate_email(email)
        except ValidationError:
            errors.append(_("Line %(number)s: %(email)s is not a valid e-mail address.") % {"number": number, "email": email})
            continue
        if email.casefold() not in seen:
            seen.add(email.casefold())
            entries.append(InviteeEntry(name=name[:300], email=email))
    if errors:
        raise ValidationError(errors)
    return entries


class ConferenceOpenForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 6}))
    starts_at = forms.DateTimeField(label=_("Starts"), widget=DateTimeInput())
    ends_at = forms.DateTimeField(label=_("Ends"), widget=DateTimeInput())
    address = forms.CharField(label=_("Address"), max_length=500, required=False)
    online_url = forms.URLField(label=_("Online link"), max_length=1000, required=False, assume_scheme="https")
    registration_deadline = forms.DateTimeField(label=_("Registration deadline"), widget=DateTimeInput())
    capacity = forms.IntegerField(label=_("Places"), required=False, min_value=1, max_value=1_000_000,
                                  help_text=_("Leave empty when there is no limit."))
    waiting_list = forms.BooleanField(label=_("Keep a waiting list when the places are taken"), required=False, initial=True)
    fields = forms.MultipleChoiceField(label=_("Ask besides name and e-mail"), choices=REGISTRATION_FIELDS, required=False,
                                       widget=forms.CheckboxSelectMultiple)
    questions = forms.CharField(label=_("Own questions"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                help_text=_("One question a line."))
    invitees = forms.CharField(label=_("Invited people"), required=False, widget=forms.Textarea(attrs={"rows": 5}),
                               help_text=_("One a line: name, e-mail address."))
    card_event = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_invitees(self):
        return parse_people(self.cleaned_data.get("invitees", ""))

    def clean(self):
        data = super().clean()
        starts, ends, deadline = data.get("starts_at"), data.get("ends_at"), data.get("registration_deadline")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The event must end after it starts."))
        if starts and deadline and deadline > starts:
            self.add_error("registration_deadline", _("The registration deadline must not be after the event starts."))
        if not data.get("address", "").strip() and not data.get("online_url", "").strip() and "online_url" not in self.errors:
            self.add_error("address", _("Give the event's address, an online link, or both."))
        return data


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"), max_length=320,
                             help_text=_("Your confirmation and the link to cancel go here."),
                             error_messages={"invalid": _("Enter a valid e-mail address, such as name@example.org.")})
    #: Left empty by people; forms that fill it are taken for robots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, conference, invitee=None, **kwargs):
        super().__init__(*args, **kwargs)
        website = self.fields.pop("website")
        self.answer_keys: list[str] = []
        for key, label in conference.answer_columns():
            widget = forms.Textarea(attrs={"rows": 3}) if key == "field_comment" else None
            self.fields[key] = forms.CharField(label=label, max_length=MAX_ANSWER, required=False, widget=widget)
            self.answer_keys.append(key)
        self.fields["website"] = website
        if invitee is not None:
            self.fields["name"].initial = invitee.name
            self.fields["email"].initial = invitee.email

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave the last field empty."))
        return ""

    def answers(self) -> dict[str, str]:
        """Return the answers to the clerk's fields and questions, by the key of each field."""
        return {key: self.cleaned_data.get(key, "").strip() for key in self.answer_keys}
