"""Forms of hearings: the clerk's opening form and the public response form."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from townhall.participation.attachments import AttachmentRefused, check_file
from townhall.participation.hearings import InviteeEntry
from townhall.participation.models import AUDIENCES, RESPONDER_KINDS

KIND_CODES = {code for code, _label in RESPONDER_KINDS}
#: Longest response text taken, in characters.
MAX_TEXT = 100_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files at once."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.docx,.odt,.png,.jpg,.jpeg"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def parse_invitees(text: str) -> list[InviteeEntry]:
    """Read one organisation a line, as ``name, e-mail`` or ``name, e-mail, kind``; raise ValidationError naming bad lines."""
    entries, errors, seen = [], [], set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(",")]
        if len(parts) < 2 or not parts[0]:
            errors.append(_("Line %(number)s: write the organisation's name, a comma and its e-mail address.") % {"number": number})
            continue
        name, email = parts[0], parts[1]
        kind = parts[2] if len(parts) > 2 and parts[2] else "association"
        try:
            validate_email(email)
        except ValidationError:
            errors.append(_("Line %(number)s: %(email)s is not a valid e-mail address.") % {"number": number, "email": email})
            continue
        if kind not in KIND_CODES:
            errors.append(_("Line %(number)s: the kind must be one of %(kinds)s.") % {"number": number, "kinds": ", ".join(sorted(KIND_CODES))})
            continue
        if email.casefold() in seen:
            continue
        seen.add(email.casefold())
        entries.append(InviteeEntry(name=name[:300], email=email, kind=kind))
    if errors:
        raise ValidationError(errors)
    return entries


class HearingOpenForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500)
    letter = forms.CharField(label=_("Hearing letter"), widget=forms.Textarea(attrs={"rows": 8}))
    documents = forms.ModelMultipleChoiceField(label=_("Draft documents"), queryset=None, required=False,
                                               widget=forms.CheckboxSelectMultiple)
    parts = forms.CharField(label=_("Parts of the draft"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
                            help_text=_("One heading per line; responders choose the part they comment on."))
    audience = forms.ChoiceField(label=_("Who may respond"), choices=AUDIENCES, initial="both")
    invitees = forms.CharField(
        label=_("Invited organisations"), required=False, widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One a line: name, e-mail address and optionally the kind (association, business, authority, other)."))
    opens_at = forms.DateTimeField(label=_("Opens"), widget=DateTimeInput())
    closes_at = forms.DateTimeField(label=_("Closes"), widget=DateTimeInput())
    allow_late = forms.BooleanField(label=_("Accept late responses (marked late)"), required=False)

    def __init__(self, *args, paper, **kwargs):
        super().__init__(*args, **kwargs)
        from townhall.core.models import File

        ids = {paper.main_file_id, *paper.auxiliary_files.values_list("pk", flat=True)} - {None}
        self.fields["documents"].queryset = File.objects.filter(pk__in=ids)
        self.fields["documents"].initial = list(ids)

    def clean_invitees(self):
        return parse_invitees(self.cleaned_data.get("invitees", ""))

    def clean(self):
        data = super().clean()
        if data.get("opens_at") and data.get("closes_at") and data["closes_at"] <= data["opens_at"]:
            self.add_error("closes_at", _("The hearing must close after it opens."))
        if data.get("audience") == "organisations" and not data.get("invitees"):
            self.add_error("invitees", _("Name at least one organisation to invite, or open the hearing to the public."))
        return data


class ResponseForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    organisation = forms.CharField(label=_("Organisation (optional)"), max_length=300, required=False)
    kind = forms.ChoiceField(label=_("You answer as"), choices=RESPONDER_KINDS, initial="citizen")
    email = forms.EmailField(label=_("E-mail address"), max_length=320,
                             help_text=_("Your receipt and the link to change or withdraw your response go here."),
                             error_messages={"invalid": _("Enter a valid e-mail address, such as name@example.org.")})
    part = forms.ChoiceField(label=_("Part of the draft you comment on"), required=False)
    text = forms.CharField(label=_("Your response"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 10}))
    files = MultipleFileField(label=_("Attachments (PDF, Word, OpenDocument, PNG or JPEG)"), required=False)
    consent = forms.BooleanField(label=_("Publish my name and my response with the hearing's responses"), required=False)
    #: Left empty by people; forms that fill it are taken for robots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, hearing, invitee=None, editing=False, max_files=5, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_files = max_files
        parts = hearing.part_choices()
        if parts:
            self.fields["part"].choices = [("", _("The draft as a whole"))] + [(part, part) for part in parts]
        else:
            del self.fields["part"]
        if invitee is not None:
            self.fields["organisation"].initial = invitee.name
            self.fields["email"].initial = invitee.email
            del self.fields["kind"]
        if editing:
            del self.fields["email"]

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave the last field empty."))
        return ""

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if len(files) > self.max_files:
            raise ValidationError(_("Send at most %(count)s files.") % {"count": self.max_files})
        checked, errors = [], []
        for upload in files:
            try:
                # Never more than one byte past the limit is read, however large the upload.
                data = upload.read(settings.HEARING_ATTACHMENT_BYTES + 1)
                checked.append(check_file(upload.name, data, size=upload.size))
            except AttachmentRefused as refused:
                errors.append(str(refused))
        if errors:
            raise ValidationError(errors)
        return checked


class ModerationForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500)


class SummaryForm(forms.Form):
    summary = forms.CharField(label=_("Hearing summary"), widget=forms.Textarea(attrs={"rows": 14}), max_length=200_000)


class FollowForm(forms.Form):
    kind = forms.ChoiceField(choices=[], widget=forms.HiddenInput)
    target = forms.CharField(max_length=1000, widget=forms.HiddenInput)
    email = forms.EmailField(label=_("E-mail address"), max_length=320,
                             error_messages={"invalid": _("Enter a valid e-mail address, such as name@example.org.")})
    frequency = forms.ChoiceField(label=_("How often"), choices=[], initial="daily", widget=forms.RadioSelect)
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        from townhall.participation.models import Follow

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Follow.KINDS
        self.fields["frequency"].choices = Follow.FREQUENCIES

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave the last field empty."))
        return ""
