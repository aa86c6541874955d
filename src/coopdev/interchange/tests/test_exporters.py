"""The exporters' fast paths give exactly what the record path gives."""

import operator
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection

from coopdev.demo.services import demo_load
from coopdev.interchange.columns import COLUMN_NAMES, record_row, translated_columns
from coopdev.interchange.exporters.projects import project_records
from coopdev.interchange.exporters.projects_sql import project_table_rows
from coopdev.interchange.exporters.writers import safe_cell, safe_cells
from coopdev.projects.models import (
    Budget,
    ParticipatingOrg,
    Project,
    ProjectRegion,
    ProjectSector,
    Transaction,
)
from coopdev.projects.tests.factories import ProjectFactory, add_country
from coopdev.reference.models import Region

pytestmark = pytest.mark.django_db


def record_path_rows(projects) -> list[tuple]:
    columns = list(COLUMN_NAMES) + translated_columns()
    cells = operator.itemgetter(*columns)
    return [tuple(cells(record_row(rec))) for rec in project_records(projects, full=False)]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQL-built table is PostgreSQL's")
@pytest.mark.parametrize("most", [False, True], ids=["related-rows-of-the-exported", "related-rows-of-all"])
def test_the_sql_built_projects_table_is_the_record_rows_cell_for_cell(most):
    demo_load()
    odd = ProjectFactory(
        default_language="it",
        title={"fr": "Seulement en français", "it": ""},
        description={},
        total_value=Decimal("41200.50"),
        people_reached=0,
    )
    add_country(odd, "KE", "33.30")
    add_country(odd, "TZ")
    ProjectRegion.objects.create(
        project=odd, region=Region.objects.filter(kind=Region.Kind.IATI).first(), vocabulary="1"
    )
    ProjectSector.objects.create(project=odd, vocabulary="2", code="121", percentage=Decimal("100.00"))
    ParticipatingOrg.objects.create(project=odd, role="4", ref="XM-A|B", type="", name={"en": "A; B | C"})
    Budget.objects.create(
        project=odd,
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
        value=Decimal("10.10"),
        value_date=date(2024, 1, 1),
    )
    Transaction.objects.create(
        project=odd,
        type="3",
        date=date(2024, 2, 1),
        value=Decimal("-5"),
        currency="USD",
        value_date=date(2024, 2, 1),
    )
    projects = Project.objects.all()
    columns = list(COLUMN_NAMES) + translated_columns()

    Transaction.objects.create(  # a second one, dated earlier: the cell lists them in id order
        project=odd, type="4", date=date(2023, 2, 1), value=Decimal("7"), value_date=date(2023, 2, 1)
    )

    fast = list(project_table_rows(projects, columns, most=most))

    assert len(fast) == projects.count() > 200
    assert fast == record_path_rows(projects)
    # A filtered export, whichever way its related rows are aggregated: its own rows only.
    some = Project.objects.filter(pk__in=list(projects.values_list("pk", flat=True)[::7]))
    assert list(project_table_rows(some, columns, most=most)) == record_path_rows(some)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQL-built table is PostgreSQL's")
def test_an_export_of_most_projects_aggregates_every_projects_related_rows():
    from coopdev.interchange.exporters.projects_sql import holds_most_projects

    ProjectFactory.create_batch(4)
    everything = Project.objects.all()
    assert holds_most_projects(everything)
    assert holds_most_projects(everything.exclude(pk=everything.first().pk))  # 3 of 4
    assert not holds_most_projects(everything.filter(pk=everything.first().pk))  # 1 of 4
    assert not holds_most_projects(Project.objects.none())


@pytest.mark.parametrize(
    "row",
    [
        ("=1+1", "+33 1", "-5", "@x", "\tx", "\rx", "plain", "", "-\u0663", "+"),
        (None, 3, True, 1.5, Decimal("1E+3"), Decimal("0.10"), date(2024, 1, 2), {"en": "x"}),
    ],
)
def test_safe_cells_writes_what_safe_cell_writes(row):
    import csv
    import io

    fast, slow = io.StringIO(), io.StringIO()
    csv.writer(fast).writerow(safe_cells(row))
    csv.writer(slow).writerow([safe_cell(v) for v in row])
    assert fast.getvalue() == slow.getvalue()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL writes the CSV itself there")
def test_the_csv_postgresql_writes_is_the_python_writers_byte_for_byte(monkeypatch):
    from coopdev.interchange.exporters import writers
    from coopdev.interchange.exporters.tables import TABLES

    demo_load()
    odd = ProjectFactory(
        title={"en": '=HYPERLINK("http://x", "a, b")'},
        description={"en": 'Line one\nline "two"\r\nthree; four'},
        objectives={"en": "-not a number"},
        target_groups={"en": "+33 1 23"},
    )
    add_country(odd, "KE")
    ProjectSector.objects.create(project=odd, vocabulary="99", code="\tX,Y", percentage=Decimal("-0.50"))
    ParticipatingOrg.objects.create(project=odd, role="1", ref="@ref", type="", name={"en": "\rodd"})
    Budget.objects.create(
        project=odd,
        value=Decimal("-10.10"),
        currency="",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
        value_date=date(2024, 1, 1),
    )
    Transaction.objects.create(
        project=odd,
        ref="@t1",
        type="3",
        date=date(2024, 2, 1),
        value=Decimal("0.00"),
        currency="USD",
        value_date=date(2024, 2, 1),
        provider_org_ref="+",
        receiver_org_ref='"quoted"',
    )
    projects = Project.objects.all()

    by_postgresql = {table: b"".join(writers.csv_table_stream(table, projects)) for table in TABLES}
    monkeypatch.setattr(writers, "table_query", lambda table, projects: None)
    by_python = {table: b"".join(writers.csv_table_stream(table, projects)) for table in TABLES}

    assert by_postgresql == by_python
    assert b"'=HYPERLINK" in by_postgresql["projects"] and b"'@t1" in by_postgresql["transactions"]
