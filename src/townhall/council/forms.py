"""Forms of the staff pages."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from townhall.council.models import Role
from townhall.core.models import Organization, Person


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
