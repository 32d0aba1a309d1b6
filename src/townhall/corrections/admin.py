from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from townhall.core.models import Paper
from townhall.corrections import card_fields, services
from townhall.corrections.models import CardCorrection


class CardCorrectionForm(forms.ModelForm):
    """A correction written as text: one line for a single value, a line per name, JSON for records."""

    value_text = forms.CharField(
        label=_("Corrected value"), required=False, widget=forms.Textarea(attrs={"rows": 6, "cols": 80}),
        help_text=_(
            "One value; for lists of names one per line; dates as YYYY-MM-DD; public as yes or no; "
            "route steps, deadlines and events as a JSON list like the card's. Empty means the field has no value."
        ),
    )

    class Meta:
        model = CardCorrection
        fields = ("paper", "field", "value_text", "note")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["value_text"].initial = card_fields.show(self.instance.field, self.instance.value)

    def clean(self):
        data = super().clean()
        field = data.get("field") or self.instance.field
        if field:
            try:
                data["value"] = card_fields.parse(field, data.get("value_text") or "")
            except card_fields.InvalidValue as exc:
                self.add_error("value_text", str(exc))
        return data


@admin.register(CardCorrection)
class CardCorrectionAdmin(admin.ModelAdmin):
    form = CardCorrectionForm
    list_display = ("paper", "field", "shown_value", "shown_machine_value", "corrected_by", "modified")
    list_filter = ("field", "paper__body")
    search_fields = ("paper__name", "paper__reference", "field", "note")
    raw_id_fields = ("paper",)
    readonly_fields = ("machine_value", "corrected_by", "created", "modified")

    @admin.display(description=_("corrected value"))
    def shown_value(self, obj):
        return card_fields.show(obj.field, obj.value)

    @admin.display(description=_("machine value"))
    def shown_machine_value(self, obj):
        return card_fields.show(obj.field, obj.machine_value)

    def get_readonly_fields(self, request, obj=None):
        # A correction belongs to one field of one paper; another field is another correction.
        return (*self.readonly_fields, "paper", "field") if obj is not None else self.readonly_fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        paper = Paper.all_objects.filter(pk=initial.get("paper")).first() if str(initial.get("paper", "")).isdigit() else None
        field = initial.get("field")
        if paper is not None and field in card_fields.FIELDS:
            # Start from what the card holds now, so the clerk edits rather than retypes it.
            initial["value_text"] = card_fields.show(field, card_fields.value_of(paper.card or {}, field))
        return initial

    def save_model(self, request, obj, form, change):
        saved = services.correction_set(
            paper=obj.paper, field=obj.field, value=form.cleaned_data.get("value"), user=request.user,
            note=obj.note,
        )
        obj.pk = saved.pk
        obj.refresh_from_db()

    def delete_model(self, request, obj):
        services.correction_delete(obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.correction_delete(obj)
