"""Submit an admin change form the way a clerk's browser does: every field as shown, a few changed."""

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import ManyToManyRawIdWidget


def _field_data(form) -> dict:
    data: dict = {}
    for bound in form:
        field, widget = bound.field, bound.field.widget
        widget = getattr(widget, "widget", widget)  # RelatedFieldWidgetWrapper
        value = bound.value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(widget, forms.SplitDateTimeWidget):
            day, time = (value.date().isoformat(), value.time().isoformat()) if value else ("", "")
            data[f"{bound.html_name}_0"], data[f"{bound.html_name}_1"] = day, time
        elif isinstance(widget, ManyToManyRawIdWidget):
            data[bound.html_name] = ",".join(str(pk) for pk in value or ())
        elif isinstance(value, (list, tuple)):
            data[bound.html_name] = [str(item) for item in value]
        else:
            data[bound.html_name] = "" if value is None else str(value)
    return data


def change(client, model, pk: int, **changes) -> None:
    """Open the admin's change form of a *model* row, set *changes* (False unticks a box) and save it."""
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{pk}/change/"
    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    data = _field_data(page.context["adminform"].form)
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_field_data(formset.management_form))
        for form in formset.forms:
            data.update(_field_data(form))
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        elif value is True:
            data[name] = "on"
        else:
            data[name] = value
    data["_save"] = "Save"
    response = client.post(url, data)
    if response.status_code != 302:
        errors = response.context["adminform"].form.errors if response.context else response.content[:500]
        raise AssertionError(f"the admin did not save {model.__name__} {pk}: {errors}")
