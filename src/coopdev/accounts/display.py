"""Turning project data and history entries into text people read (field names, values)."""

import json
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

from coopdev.projects.models import Project

EXTRA_LABELS = {
    "countries": _("Recipient countries"),
    "sectors": _("Sectors"),
    "sdg_goals": _("SDG goals"),
    "sdg_targets": _("SDG targets"),
    "pending_change": _("Changes to the published version"),
}


def field_label(name: str) -> str:
    if name in EXTRA_LABELS:
        return str(EXTRA_LABELS[name])
    try:
        field = Project._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    label = str(getattr(field, "verbose_name", name))
    return label[:1].upper() + label[1:]


def value_text(value: Any) -> str:
    """A short readable form of a project-data value: codes with percentages, texts per language."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, dict):
        return " · ".join(f"[{lang}] {text}" for lang, text in value.items())
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, list | tuple) and len(item) == 2:
                parts.append(f"{item[0]} ({item[1]} %)" if item[1] is not None else str(item[0]))
            else:
                parts.append(str(item))
        return ", ".join(parts)
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, default=str)


def change_rows(changes: dict[str, list[Any]]) -> list[dict[str, str]]:
    """``{field: [old, new]}`` as rows of label, old text, new text."""
    return [
        {"field": name, "label": field_label(name), "old": value_text(pair[0]), "new": value_text(pair[1])}
        for name, pair in (changes or {}).items()
        if isinstance(pair, list | tuple) and len(pair) == 2
    ]
