"""The export's tables: projects (the import template's columns) and one table per related list.

Each table is a header and rows of plain values; CSV and XLSX write the same tables.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Sequence

from django.db import connection
from django.db.models import QuerySet

from coopdev.interchange.columns import COLUMN_NAMES, record_row, translated_columns
from coopdev.interchange.exporters.projects import project_records, value_rows
from coopdev.interchange.exporters.projects_sql import project_table_query, project_table_rows
from coopdev.projects.models import (
    Budget,
    IndicatorPeriod,
    Project,
    ProjectCountry,
    ProjectSector,
    Transaction,
    narrative_text,
)

TABLES = ("projects", "transactions", "budgets", "sectors", "countries", "results")


def _projects(projects: QuerySet[Project]) -> Iterator[Sequence]:
    columns = list(COLUMN_NAMES) + translated_columns()
    yield columns
    if connection.vendor == "postgresql":
        yield from project_table_rows(projects, columns)
        return
    cells = operator.itemgetter(*columns)
    for rec in project_records(projects, full=False):
        yield cells(record_row(rec))


def _related_query(model, projects: QuerySet[Project]) -> QuerySet:
    return model._default_manager.filter(project__in=projects.values("pk")).order_by(
        "project__iati_identifier", "pk"
    )


def _related(model, projects: QuerySet[Project], header: list[str], fields: tuple[str, ...]):
    yield header
    qs = _related_query(model, projects)
    yield from value_rows(qs, ("project__iati_identifier", *fields), chunk_size=5000)


TRANSACTION_HEADER = ["iati_identifier", "ref", "type", "date", "value", "currency", "value_date",
                      "value_eur", "provider_org_ref", "receiver_org_ref"]  # fmt: skip
TRANSACTION_FIELDS = tuple(TRANSACTION_HEADER[1:])
BUDGET_HEADER = ["iati_identifier", "type", "status", "period_start", "period_end", "value", "currency",
                 "value_date", "value_eur"]  # fmt: skip
SECTOR_HEADER = ["iati_identifier", "vocabulary", "code", "percentage"]
SECTOR_FIELDS = ("vocabulary", "code", "percentage")
COUNTRY_HEADER = ["iati_identifier", "country", "percentage"]
COUNTRY_FIELDS = ("country_id", "percentage")


def _transactions(projects):
    return _related(Transaction, projects, TRANSACTION_HEADER, TRANSACTION_FIELDS)


def _budgets(projects):
    return _related(Budget, projects, BUDGET_HEADER, tuple(BUDGET_HEADER[1:]))


def _sectors(projects):
    return _related(ProjectSector, projects, SECTOR_HEADER, SECTOR_FIELDS)


def _countries(projects):
    return _related(ProjectCountry, projects, COUNTRY_HEADER, COUNTRY_FIELDS)


def _results(projects):
    yield ["iati_identifier", "result_type", "result_title", "indicator_title", "measure", "baseline_year",
           "baseline_value", "period_start", "period_end", "target_value", "actual_value"]  # fmt: skip
    qs = IndicatorPeriod.objects.filter(indicator__result__project__in=projects.values("pk")).order_by(
        "indicator__result__project__iati_identifier",
        "indicator__result_id",
        "indicator_id",
        "period_start",
    )
    rows = value_rows(
        qs,
        (
            "indicator__result__project__iati_identifier",
            "indicator__result__type",
            "indicator__result__title",
            "indicator__title",
            "indicator__measure",
            "indicator__baseline_year",
            "indicator__baseline_value",
            "period_start",
            "period_end",
            "target_value",
            "actual_value",
        ),
        chunk_size=5000,
    )
    for row in rows:
        yield [row[0], row[1], narrative_text(row[2]), narrative_text(row[3]), *row[4:]]


TABLE_ROWS: dict[str, Callable[[QuerySet[Project]], Iterator]] = {
    "projects": _projects,
    "transactions": _transactions,
    "budgets": _budgets,
    "sectors": _sectors,
    "countries": _countries,
    "results": _results,
}


def table_rows(table: str, projects: QuerySet[Project]) -> Iterator:
    """Header, then rows, of one table."""
    return TABLE_ROWS[table](projects)


# The related tables whose cells are all text, numbers and dates: (model, header, fields).
_PLAIN_TABLES = {
    "transactions": (Transaction, TRANSACTION_HEADER, TRANSACTION_FIELDS),
    "budgets": (Budget, BUDGET_HEADER, tuple(BUDGET_HEADER[1:])),
    "sectors": (ProjectSector, SECTOR_HEADER, SECTOR_FIELDS),
    "countries": (ProjectCountry, COUNTRY_HEADER, COUNTRY_FIELDS),
}


def table_query(table: str, projects: QuerySet[Project]) -> tuple[list[str], str, list] | None:
    """The header, SQL and parameters of a table whose every cell is text, a number or a date
    (so PostgreSQL can write it as CSV itself, ``pg_csv``), in the order of :func:`table_rows`;
    None for the others (the results table: its texts are narratives)."""
    if table == "projects":
        columns = list(COLUMN_NAMES) + translated_columns()
        return columns, *project_table_query(projects, columns)
    plain = _PLAIN_TABLES.get(table)
    if plain is None:
        return None
    model, header, fields = plain
    qs = _related_query(model, projects).values_list("project__iati_identifier", *fields)
    sql, params = qs.query.sql_with_params()
    return list(header), sql, list(params)
