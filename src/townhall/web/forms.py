"""Forms that read the query strings of the search and list pages."""

from __future__ import annotations

from django import forms
from django.utils.choices import CallableChoiceIterator
from django.utils.translation import gettext_lazy as _

from townhall.core.models import PAPER_KINDS, Body, Organization
from townhall.core.prepared import PreparedQuery
from townhall.core.selectors import can_see_non_public
from townhall.search.query import clean_query_text
from townhall.web.selectors import deadline_committees

CONTENT_LANGUAGES = [("da", _("Danish")), ("de", _("German")), ("en", _("English"))]
SORT_LABELS = {"relevance": _("Best match"), "newest": _("Newest first"), "oldest": _("Oldest first")}
SORTS = tuple(SORT_LABELS)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class LenientTextField(forms.CharField):
    """A text field that reads control characters (NUL included) as spaces instead of rejecting the value.

    A rejected value would be dropped, and a search without its query or filter lists
    everything, which is worse than searching what the rest of the text says.
    """

    default_validators: list = []

    def to_python(self, value):
        if isinstance(value, str):
            value = clean_query_text(value)
        return super().to_python(value)


# Every full search page lists the municipalities: compiling the query cost more than running it.
_BODIES = PreparedQuery(lambda: Body.objects.order_by("name").values_list("slug", "name"))


def _body_choices():
    return [("", _("All municipalities"))] + _BODIES()


class SearchForm(forms.Form):
    # No length limit here: search_papers cuts a long query at a word boundary and says so,
    # where a form error would throw the whole query away.
    q = LenientTextField(label=_("Search for"), required=False)
    # Free text under a list of choices: a former slug or a name typed into the URL is
    # resolved (or reported as unknown) by the search, not dropped as an invalid choice.
    body = LenientTextField(label=_("Municipality"), required=False, widget=forms.Select)
    organization = LenientTextField(label=_("Committee"), required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("Kind of paper"), required=False, choices=[("", _("All kinds"))] + PAPER_KINDS)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=[("", _("All languages"))] + CONTENT_LANGUAGES)
    date_from = forms.DateField(label=_("Dated from"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Dated until"), required=False, widget=DateInput())
    undated = forms.BooleanField(label=_("Only papers without a date"), required=False)
    deadline_from = forms.DateField(label=_("Deadline from"), required=False, widget=DateInput())
    deadline_to = forms.DateField(label=_("Deadline until"), required=False, widget=DateInput())
    public = forms.ChoiceField(label=_("Public status"), required=False, choices=[("", _("Public and not public")), ("yes", _("Public only")), ("no", _("Not public only"))])
    sort = forms.ChoiceField(label=_("Sort"), required=False, choices=[(key, SORT_LABELS[key]) for key in SORTS])
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000, widget=forms.HiddenInput)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Read when the form is shown, not when it only reads a query string (feeds, the follow link).
        self.fields["body"].widget.choices = CallableChoiceIterator(_body_choices)
        if not can_see_non_public(user):
            # Visitors only ever see public papers; the choice would mean nothing to them.
            del self.fields["public"]

    def search_arguments(self) -> dict:
        """Return keyword arguments for ``search_papers`` from the valid fields (invalid ones are ignored)."""
        data = getattr(self, "cleaned_data", {})
        filters = {key: data.get(key) for key in ("body", "kind", "language", "date_from", "date_to", "deadline_from", "deadline_to")}
        if data.get("organization"):
            filters["organization"] = data["organization"]
        if data.get("public") in ("yes", "no"):
            filters["public"] = data["public"] == "yes"
        if data.get("undated"):
            filters["undated"] = True
        return {
            "query": (data.get("q") or "").strip(),
            "filters": {key: value for key, value in filters.items() if value is not None and value != ""},
            "page": data.get("page") or 1,
            "sort": data.get("sort") or "relevance",
        }

    def full_clean(self):
        super().full_clean()
        # A bad value in one field (a mistyped date) should not throw the whole search away.
        for name in list(self.errors):
            self.cleaned_data.pop(name, None)


class DeadlineFilterForm(forms.Form):
    body = forms.ChoiceField(label=_("Municipality"), required=False)
    organization = forms.ModelChoiceField(label=_("Committee"), required=False, queryset=Organization.objects.none(), empty_label=_("All committees"))
    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("Until"), required=False, widget=DateInput())

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].choices = _body_choices()
        body = self.data.get("body")
        chosen = str(self.data.get("organization") or "")
        # Only committees the user may see are offered (or accepted): a name alone can reveal hidden material.
        # Committees belong to one municipality: they are offered once a municipality is chosen
        # (a link that names a committee alone still works, and offers just that one).
        if body:
            organizations = deadline_committees(user, body)
        elif chosen.isdigit() and len(chosen) < 18:
            organizations = deadline_committees(user).filter(pk=int(chosen))
        else:
            organizations = Organization.objects.none()
            self.fields["organization"].empty_label = _("Choose a municipality first")
            self.fields["organization"].widget.attrs["disabled"] = True
        self.fields["organization"].queryset = organizations
        self.fields["organization"].label_from_instance = lambda org: org.name if body else f"{org.name} ({org.body.short_name or org.body.name})"

    def full_clean(self):
        super().full_clean()
        for name in list(self.errors):
            self.cleaned_data.pop(name, None)
