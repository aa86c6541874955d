# ruff: noqa: S608 - the SQL is built from this module's constants and model table names, no input.
"""The projects table (one row per activity) built by PostgreSQL, for the CSV and XLSX exports.

The cells are exactly those of :func:`coopdev.interchange.columns.record_row` (a test compares
the two), but PostgreSQL joins the lists into their cells (``string_agg``) and picks the texts
out of the narratives, so Python only streams finished rows: several times faster than
building a record per project. One query per chunk of projects, by primary key, so memory
stays flat. SQLite keeps the record path.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet

from coopdev.interchange.columns import COLUMN_NAMES
from coopdev.projects.models import (
    Budget,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    ProjectTag,
    Transaction,
)
from coopdev.reference.models import Region

CHUNK_SIZE = 2000

LANG = "coalesce(nullif(p.default_language, ''), 'en')"


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _text(narrative: str) -> str:
    """``record_row``'s ``text()``: the activity's language, else the first text, else empty."""
    return (
        f"coalesce(nullif({narrative} ->> {LANG}, ''), "
        f"(SELECT e.value FROM jsonb_each_text({narrative}) e LIMIT 1), '')"
    )


def _number(expression: str) -> str:
    """``columns._number``: a decimal without trailing zeros."""
    return f"trim_scale({expression})::text"


def _date(expression: str) -> str:
    return f"to_char({expression}, 'YYYY-MM-DD')"


def _list(model, item: str, where: str = "") -> str:
    alias = "x"
    condition = f"{alias}.project_id = p.id" + (f" AND {where}" if where else "")
    return (
        f"coalesce((SELECT string_agg({item}, ';' ORDER BY {alias}.id) FROM {_table(model)} {alias} "
        f"WHERE {condition}), '')"
    )


def _cells() -> dict[str, str]:
    amount = "coalesce({n}, '') || CASE WHEN x.currency <> '' THEN ':' || x.currency ELSE '' END"
    cells = {
        "iati_identifier": "p.iati_identifier",
        "reporting_org_ref": "coalesce(nullif(o.iati_identifier, ''), o.slug)",
        "reporting_org_name": "coalesce(o.name, '')",
        "reporting_org_type": "o.type",
        "default_language": LANG,
        "default_currency": "p.default_currency",
        "value_currency": "p.value_currency",
        "countries": _list(
            ProjectCountry,
            "CASE WHEN x.percentage IS NULL THEN x.country_id "
            f"ELSE x.country_id || ':' || {_number('x.percentage')} END",
        ),
        "regions": _list(
            ProjectRegion,
            "(SELECT CASE WHEN x.percentage IS NULL THEN r.code "
            f"ELSE r.code || ':' || {_number('x.percentage')} END "
            f"FROM {_table(Region)} r WHERE r.id = x.region_id)",
            "x.vocabulary = '1'",
        ),
        "sectors": _list(
            ProjectSector,
            "CASE WHEN x.vocabulary = '1' THEN '' ELSE x.vocabulary || '/' END || x.code || "
            f"CASE WHEN x.percentage IS NULL THEN '' ELSE ':' || {_number('x.percentage')} END",
        ),
        "sdg_goals": _list(ProjectTag, "x.code", "x.vocabulary = '2'"),
        "sdg_targets": _list(ProjectTag, "x.code", "x.vocabulary = '3'"),
        "participating_orgs": _list(
            ParticipatingOrg,
            "x.role || '|' || x.ref || '|' || x.type || '|' || "
            f"replace(replace({_text('x.name')}, ';', ','), '|', '/')",
        ),
        "budgets": _list(
            Budget,
            f"coalesce({_date('x.period_start')}, 'None') || '/' || "
            f"coalesce({_date('x.period_end')}, 'None') || ':' || " + amount.format(n=_number("x.value")),
        ),
        "transactions": _list(
            Transaction,
            f"x.type || ':' || coalesce({_date('x.date')}, 'None') || ':' || "
            + amount.format(n=_number("x.value")),
        ),
    }
    for name in ("title", "description", "objectives", "target_groups"):
        cells[name] = _text(f"p.{name}")
    for name in ("activity_status", "activity_scope", "collaboration_type", "default_flow_type",
                 "default_finance_type", "default_aid_type"):  # fmt: skip
        cells[name] = f"p.{name}"
    for name in ("planned_start", "actual_start", "planned_end", "actual_end", "value_date"):
        cells[name] = f"coalesce({_date(f'p.{name}')}, '')"
    for name in ("total_value", "managed_value"):
        cells[name] = f"coalesce({_number(f'p.{name}')}, '')"
    for name in ("people_reached", "people_reached_women", "people_reached_men"):
        cells[name] = f"coalesce(p.{name}::text, '')"
    for name in ("title", "description"):
        for code, _name in settings.LANGUAGES:
            cells[f"{name}@{code}"] = (
                f"CASE WHEN {LANG} = '{code}' THEN '' ELSE coalesce(p.{name} ->> '{code}', '') END"
            )
    return cells


def projects_table_sql(columns: list[str]) -> str:
    cells = _cells()
    missing = set(COLUMN_NAMES) - set(cells)
    if missing:  # a new template column must be added here too
        raise LookupError(f"projects_sql has no cell for {sorted(missing)}")
    select = ",\n       ".join(cells[name] for name in columns)
    org_table = connection.ops.quote_name(
        Project._meta.get_field("reporting_org").related_model._meta.db_table
    )  # type: ignore[union-attr]
    return (
        f"SELECT {select}\n  FROM {_table(Project)} p JOIN {org_table} o ON o.id = p.reporting_org_id\n"
        " WHERE p.id = ANY(%s) ORDER BY p.id"
    )


def project_table_rows(projects: QuerySet[Project], columns: list[str]) -> Iterator[tuple]:
    """The table's rows (without the header) for ``projects``, in primary-key order."""
    sql = projects_table_sql(columns)
    keys = projects.order_by("pk").values_list("pk", flat=True)
    last = None
    with connection.cursor() as cursor:
        # The query is cheap per row but long, and its cost estimate crosses jit_above_cost:
        # compiling it takes longer than running it. The session's setting is put back after.
        cursor.execute("SELECT current_setting('jit')")
        jit = cursor.fetchone()[0]
        cursor.execute("SET jit = off")
        try:
            while True:
                page = list((keys.filter(pk__gt=last) if last is not None else keys)[:CHUNK_SIZE])
                if not page:
                    return
                cursor.execute(sql, [page])
                yield from cursor.fetchall()
                last = page[-1]
        finally:
            cursor.execute("SELECT set_config('jit', %s, false)", [jit])
