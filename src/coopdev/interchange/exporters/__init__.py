"""Exports of projects: CSV, XLSX, JSON and IATI 2.03 XML, streamed at constant memory.

``export_stream(fmt="csv", ...)`` is a zip of the tables (projects, transactions, budgets,
sectors, countries, results: ``<table>.csv``); ``table="projects"`` (or another table name)
gives that one table as a plain CSV instead. XLSX has one sheet per table. JSON is
``{"format": "coopdev-activities", "activities": [<activity record>, ...]}``. IATI XML
validates against the shipped 2.03 schema and carries the values and people reached that
IATI lacks in the ``https://coopdev.org/ns/iati-extension/1`` namespace.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone

from coopdev.interchange.exporters.tables import TABLES
from coopdev.interchange.exporters.writers import (
    csv_table_stream,
    csv_zip_stream,
    iati_stream,
    json_stream,
    safe_cell,
    xlsx_stream,
)
from coopdev.projects.models import Project

FORMATS = ("csv", "xlsx", "json", "iati")
CONTENT_TYPES = {
    "csv": "application/zip",
    "csv-table": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "iati": "application/xml; charset=utf-8",
}
EXTENSIONS = {"csv": "zip", "csv-table": "csv", "xlsx": "xlsx", "json": "json", "iati": "xml"}

__all__ = ["FORMATS", "TABLES", "export_filename", "export_response", "export_stream", "safe_cell"]


def export_stream(*, fmt: str, projects: QuerySet[Project], table: str | None = None) -> Iterator[bytes]:
    """The projects in ``fmt`` (csv, xlsx, json, iati) as a stream of bytes."""
    if fmt == "csv":
        if table:
            if table not in TABLES:
                raise ValueError(f"Unknown table {table!r}; one of {', '.join(TABLES)}")
            return csv_table_stream(table, projects)
        return csv_zip_stream(projects)
    if fmt == "xlsx":
        return xlsx_stream(projects)
    if fmt == "json":
        return json_stream(projects)
    if fmt == "iati":
        return iati_stream(projects)
    raise ValueError(f"Unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def export_filename(*, fmt: str, table: str | None = None, stem: str = "ddp-projects") -> str:
    kind = "csv-table" if fmt == "csv" and table else fmt
    suffix = f"-{table}" if table else ""
    return f"{stem}{suffix}-{timezone.now():%Y%m%d}.{EXTENSIONS[kind]}"


def export_response(
    *, fmt: str, projects: QuerySet[Project], table: str | None = None, stem: str = "ddp-projects"
) -> StreamingHttpResponse:
    """A streaming download of the projects, with its content type and file name."""
    kind = "csv-table" if fmt == "csv" and table else fmt
    response = StreamingHttpResponse(
        export_stream(fmt=fmt, projects=projects, table=table), content_type=CONTENT_TYPES[kind]
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{export_filename(fmt=fmt, table=table, stem=stem)}"'
    )
    return response
