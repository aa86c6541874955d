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
from coopdev.interchange.exporters.projects_sql import project_table_rows
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


def _related(
    model, projects: QuerySet[Project], header: list[str], fields: tuple[str, ...], key: str = "project"
):
    yield header
    qs = model._default_manager.filter(**{f"{key}__in": projects.values("pk")}).order_by(
        f"{key}__iati_identifier", "pk"
    )
    yield from value_rows(qs, (f"{key}__iati_identifier", *fields), chunk_size=5000)


def _transactions(projects):
    header = ["iati_identifier", "ref", "type", "date", "value", "currency", "value_date", "value_eur",
              "provider_org_ref", "receiver_org_ref"]  # fmt: skip
    fields = (
        "ref",
        "type",
        "date",
        "value",
        "currency",
        "value_date",
        "value_eur",
        "provider_org_ref",
        "receiver_org_ref",
    )
    return _related(Transaction, projects, header, fields)


def _budgets(projects):
    header = [
        "iati_identifier",
        "type",
        "status",
        "period_start",
        "period_end",
        "value",
        "currency",
        "value_date",
        "value_eur",
    ]
    return _related(Budget, projects, header, tuple(header[1:]))


def _sectors(projects):
    header = ["iati_identifier", "vocabulary", "code", "percentage"]
    return _related(ProjectSector, projects, header, ("vocabulary", "code", "percentage"))


def _countries(projects):
    header = ["iati_identifier", "country", "percentage"]
    return _related(ProjectCountry, projects, header, ("country_id", "percentage"))


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
