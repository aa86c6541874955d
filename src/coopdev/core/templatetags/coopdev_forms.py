"""``{{ field|fast_select }}``: a select box rendered in Python.

Django renders every ``<option>`` of a select through a template include; the explore filters
have about a thousand options (countries, sectors, SDG targets), which made that rendering most
of the page's server time. This filter writes the same HTML directly. Other widgets fall back to
Django's own rendering.
"""

from html import escape

from django import forms, template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def _selected_values(bound: forms.BoundField) -> set[str]:
    value = bound.value()
    if value is None:
        return set()
    if isinstance(value, (list, tuple)):
        return {str(v) for v in value}
    return {str(value)}


@register.filter
def fast_select(bound: forms.BoundField, size: int | None = None) -> SafeString:
    widget = bound.field.widget
    if not isinstance(widget, forms.Select) or isinstance(widget, forms.RadioSelect):
        return mark_safe(str(bound))  # noqa: S308 - Django's own rendering, already escaped
    multiple = isinstance(widget, forms.SelectMultiple)
    selected = _selected_values(bound)
    parts = []
    # The standard library's escape: Django's is wrapped for lazy strings, and that wrapper cost
    # more than the escaping itself over a thousand options. Labels are plain text, never HTML.
    for value, label in bound.field.choices:  # type: ignore[attr-defined]
        value = "" if value is None else str(value)
        parts.append(
            f'<option value="{escape(value)}"{" selected" if value in selected else ""}>'
            f"{escape(str(label))}</option>"
        )
    extra = ""
    if multiple:
        extra = " multiple" + (f' size="{int(size)}"' if size else "")
    if bound.field.required:
        extra += " required"
    if bound.errors:
        extra += ' aria-invalid="true"'
    return format_html(
        '<select name="{}" id="{}"{}>{}</select>',
        bound.html_name,
        bound.id_for_label,
        mark_safe(extra),  # noqa: S308 - built above from constants and an int
        mark_safe("".join(parts)),  # noqa: S308 - every value and label escaped above
    )
