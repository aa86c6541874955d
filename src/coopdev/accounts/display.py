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


def code_names(changes_list: list[dict[str, list[Any]]]) -> dict[str, dict[str, str]]:
    """Names in the active language for the codes that appear in ``changes_list``, by field:
    countries, sectors, SDG goals and activity status. At most four queries."""
    from coopdev.reference.models import CodelistItem, Country, SDGGoal, Sector

    wanted: dict[str, set[str]] = {
        "countries": set(),
        "sectors": set(),
        "sdg_goals": set(),
        "activity_status": set(),
    }
    for changes in changes_list:
        for field, pair in (changes or {}).items():
            if field not in wanted or not isinstance(pair, list | tuple):
                continue
            for value in pair:
                if isinstance(value, list):
                    wanted[field].update(str(item[0] if isinstance(item, list) else item) for item in value)
                elif value not in (None, ""):
                    wanted[field].add(str(value))
    from coopdev.accounts.models import ProjectPendingChange

    names: dict[str, dict[str, str]] = {field: {} for field in wanted}
    names["publication_state"] = {value: str(label) for value, label in Project.PublicationState.choices}
    names["pending_change"] = {value: str(label) for value, label in ProjectPendingChange.State.choices}
    if wanted["countries"]:
        names["countries"] = {c.code: c.name for c in Country.objects.filter(code__in=wanted["countries"])}
    if wanted["sectors"]:
        names["sectors"] = {
            s.code: f"{s.code} {s.name}" for s in Sector.objects.filter(code__in=wanted["sectors"])
        }
    if wanted["sdg_goals"]:
        goals = [int(g) for g in wanted["sdg_goals"] if g.isdigit()]
        names["sdg_goals"] = {
            str(g.number): f"{g.number} {g.short_name}" for g in SDGGoal.objects.filter(number__in=goals)
        }
    if wanted["activity_status"]:
        items = CodelistItem.objects.filter(codelist="ActivityStatus", code__in=wanted["activity_status"])
        names["activity_status"] = {item.code: item.name for item in items}
    return names


def value_text(value: Any, names: dict[str, str] | None = None) -> str:
    """A short readable form of a project-data value: codes (named when ``names`` knows them) with
    percentages, texts per language."""
    names = names or {}
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, dict):
        return " · ".join(f"[{lang}] {text}" for lang, text in value.items())
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, list | tuple) and len(item) == 2:
                label = names.get(str(item[0]), str(item[0]))
                parts.append(f"{label} ({item[1]} %)" if item[1] is not None else label)
            else:
                parts.append(names.get(str(item), str(item)))
        return ", ".join(parts)
    if isinstance(value, str | int | float):
        return names.get(str(value), str(value))
    return json.dumps(value, default=str)


def change_rows(
    changes: dict[str, list[Any]] | None, names: dict[str, dict[str, str]] | None = None
) -> list[dict[str, str]]:
    """``{field: [old, new]}`` as rows of label, old text, new text (codes named from ``names``)."""
    names = names or {}
    return [
        {
            "field": name,
            "label": field_label(name),
            "old": value_text(pair[0], names.get(name)),
            "new": value_text(pair[1], names.get(name)),
        }
        for name, pair in (changes or {}).items()
        if isinstance(pair, list | tuple) and len(pair) == 2
    ]
