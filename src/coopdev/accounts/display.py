"""Turning project data and history entries into text people read (field names, values)."""

import json
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from coopdev.projects.models import Project, narrative_text
from coopdev.projects.services_children import CHILD_KINDS, CODELISTS

EXTRA_LABELS = {
    "countries": _("Recipient countries"),
    "sectors": _("Sectors"),
    "sdg_goals": _("SDG goals"),
    "sdg_targets": _("SDG targets"),
    "pending_change": _("Changes to the published version"),
    "budgets": _("Budgets"),
    "transactions": _("Transactions"),
    "results": _("Results"),
    "locations": _("Locations"),
    "participating_orgs": _("Participating organisations"),
}
# One row of each child kind, and the fields of the rows, as the history names them.
CHILD_ROW_LABELS = {
    "budgets": _("Budget"),
    "transactions": _("Transaction"),
    "results": _("Result"),
    "locations": _("Location"),
    "participating_orgs": _("Participating organisation"),
}
CHILD_FIELD_LABELS = {
    "type": _("Type"),
    "status": _("Status"),
    "period_start": _("Period start"),
    "period_end": _("Period end"),
    "value": _("Amount"),
    "currency": _("Currency"),
    "value_date": _("Value date"),
    "date": _("Date"),
    "ref": _("Reference"),
    "description": _("Description"),
    "provider_org_ref": _("Provider's identifier"),
    "provider_org_name": _("Provider"),
    "receiver_org_ref": _("Receiver's identifier"),
    "receiver_org_name": _("Receiver"),
    "aggregation_status": _("Suitable for aggregation"),
    "title": _("Title"),
    "measure": _("Measure"),
    "ascending": _("Higher values are better"),
    "baseline_year": _("Baseline year"),
    "baseline_value": _("Baseline value"),
    "target_value": _("Target"),
    "actual_value": pgettext_lazy("indicator value", "Actual"),
    "name": _("Name"),
    "country": _("Country"),
    "latitude": _("Latitude"),
    "longitude": _("Longitude"),
    "exactness": _("Exactness"),
    "location_reach": _("Reach"),
    "feature_designation": _("Feature designation"),
    "role": _("Role"),
    "activity_id": _("Its own activity identifier"),
}
NESTED_LABELS = {"indicators": _("Indicator {n}"), "periods": _("Period {n}")}


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
    if any(kind in (changes or {}) for changes in changes_list for kind in CHILD_KINDS):
        lists = {codelist for fields in CODELISTS.values() for codelist in fields.values()} - {"LocationType"}
        for item in CodelistItem.objects.filter(codelist__in=lists).only("codelist", "code", "name"):
            names.setdefault(f"codelist:{item.codelist}", {})[item.code] = f"{item.code} {item.name}"
    return names


def _row_title(kind: str, row: dict[str, Any]) -> str:
    if kind == "budgets":
        return f"{row.get('period_start') or '…'} – {row.get('period_end') or '…'}"
    if kind == "transactions":
        return str(row.get("date") or "")
    text = narrative_text(row.get("title") if kind == "results" else row.get("name"))
    return f"“{text}”" if text else str(row.get("ref") or "")


def _flatten(kind: str, row: dict[str, Any], label: str = "", group: str | None = None) -> dict[str, Any]:
    """``{path: (field, label, value, codelist)}`` for every field of a row, nested rows included."""
    out: dict[str, Any] = {}
    group = group or kind
    for key, value in row.items():
        if key in NESTED_LABELS and isinstance(value, list):
            for i, sub in enumerate(value):
                if isinstance(sub, dict):
                    nested = f"{label}{str(NESTED_LABELS[key]).format(n=i + 1)} › "
                    sub_group = "indicators" if key == "indicators" else "periods"
                    for path, item in _flatten(kind, sub, nested, sub_group).items():
                        out[f"{key}.{i}.{path}"] = item
            continue
        codelist = CODELISTS.get(group, {}).get(key)
        out[key] = (key, f"{label}{CHILD_FIELD_LABELS.get(key, key)}", value, codelist)
    return out


def _child_value(value: Any, codelist: str | None, names: dict[str, dict[str, str]]) -> str:
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    return value_text(value, names.get(f"codelist:{codelist}") if codelist else None)


def _row_summary(kind: str, row: dict[str, Any], names: dict[str, dict[str, str]]) -> str:
    return "; ".join(
        f"{label}: {_child_value(value, codelist, names)}"
        for _field, label, value, codelist in _flatten(kind, row).values()
        if value not in (None, "", [], {})
    )


def child_change_rows(
    kind: str, old: Any, new: Any, names: dict[str, dict[str, str]] | None = None
) -> list[dict[str, str]]:
    """The rows of one child kind that changed, field by field: rows left as they were are not
    shown; a changed row is paired with the row it replaced, in order; the rest were added or
    removed."""
    names = names or {}
    removed = [row for row in (old or []) if isinstance(row, dict)]
    added = []
    for row in new or []:
        if not isinstance(row, dict):
            continue
        if row in removed:
            removed.remove(row)
        else:
            added.append(row)
    singular = str(CHILD_ROW_LABELS[kind])
    out = []
    for before, after in zip(removed, added, strict=False):
        flat_before, flat_after = _flatten(kind, before), _flatten(kind, after)
        title = _row_title(kind, after) or _row_title(kind, before)
        for path in dict.fromkeys([*flat_before, *flat_after]):
            b = flat_before.get(path)
            a = flat_after.get(path)
            if (b[2] if b else None) == (a[2] if a else None):
                continue
            item = a if a is not None else b
            if item is None:
                continue
            field, label, _value, codelist = item
            out.append(
                {
                    "field": f"{kind}.{field}",
                    "label": f"{singular} {title} · {label}",
                    "old": _child_value(b[2] if b else None, codelist, names),
                    "new": _child_value(a[2] if a else None, codelist, names),
                }
            )
    for after in added[len(removed) :]:
        out.append(
            {
                "field": kind,
                "label": str(_("{row} added")).format(row=f"{singular} {_row_title(kind, after)}".strip()),
                "old": "—",
                "new": _row_summary(kind, after, names),
            }
        )
    for before in removed[len(added) :]:
        out.append(
            {
                "field": kind,
                "label": str(_("{row} removed")).format(row=f"{singular} {_row_title(kind, before)}".strip()),
                "old": _row_summary(kind, before, names),
                "new": "—",
            }
        )
    return out


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
    rows: list[dict[str, str]] = []
    for name, pair in (changes or {}).items():
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            continue
        if name in CHILD_KINDS:
            rows += child_change_rows(name, pair[0], pair[1], names)
            continue
        rows.append(
            {
                "field": name,
                "label": field_label(name),
                "old": value_text(pair[0], names.get(name)),
                "new": value_text(pair[1], names.get(name)),
            }
        )
    return rows
