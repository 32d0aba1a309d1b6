"""Render a form field's widget in Python, as Django's own widget templates would.

The search page shows a dozen filter fields on every visit; Django renders each field, and each
of its options, through a template of its own, about a fifth of the page's rendering. Plain
inputs, selects and check boxes are written here instead; any other widget, or a field with
attributes of its own, is left to Django.
"""

from __future__ import annotations

from django import forms
from django.forms.widgets import DateTimeBaseInput, Input, Widget
from django.forms.boundfield import BoundField
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

#: Widgets written here; subclasses must not change how they render.
INPUTS = (forms.TextInput, forms.DateInput, forms.NumberInput, forms.EmailInput, forms.URLInput)


def _attributes(pairs) -> str:
    """Return ' name="value"' for each pair, a bare name for True, nothing for False or None."""
    out = []
    for name, value in pairs:
        if value is True:
            out.append(f" {name}")
        elif value is not False and value is not None:
            out.append(f' {name}="{conditional_escape(value)}"')
    return "".join(out)


def _plain(field: BoundField) -> bool:
    """Return whether *field* renders with nothing but its name, id, value and error state."""
    widget, form_field = field.field.widget, field.field
    written = type(widget) in (forms.Select, forms.CheckboxInput) or (
        isinstance(widget, INPUTS) and type(widget).get_context is Input.get_context
        and type(widget).format_value in (Widget.format_value, DateTimeBaseInput.format_value))
    return (written and not widget.attrs and not form_field.disabled and not form_field.help_text
            and not (form_field.required and field.form.use_required_attribute) and not field.use_fieldset)


def field_html(field: BoundField) -> SafeString:
    """Return the HTML of *field*'s widget, the same as ``str(field)`` gives for a plain one."""
    if not _plain(field):
        return field.as_widget()
    widget = field.field.widget
    value = field.value()
    own = []
    if field.errors:
        own.append(("aria-invalid", "true"))
        own.append(("aria-describedby", f"{field.auto_id}_error" if field.auto_id else None))
    own.append(("id", field.auto_id or None))
    if type(widget) is forms.Select:
        chosen = widget.format_value(value)
        options, has_selected = [], False
        for option_value, label in widget.choices:
            if isinstance(label, (list, tuple)):
                return field.as_widget()  # option groups
            option_value = "" if option_value is None else str(option_value)
            selected = not has_selected and option_value in chosen
            has_selected |= selected
            options.append(f"<option{_attributes([('value', option_value), ('selected', selected)])}>"
                           f"{conditional_escape(label)}</option>")
        return mark_safe(f"<select{_attributes([('name', field.html_name), *own])}>{''.join(options)}</select>")
    if type(widget) is forms.CheckboxInput:
        own.append(("checked", bool(widget.check_test(value))))
    return mark_safe(f"<input{_attributes([('type', widget.input_type), ('name', field.html_name), ('value', widget.format_value(value)), *own])}>")
