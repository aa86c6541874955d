"""Export the demo data, import it into an empty database: the same projects, amounts and codes."""

import io
import zipfile
from decimal import Decimal

import pytest
from lxml import etree

from coopdev.demo.services import demo_delete, demo_load
from coopdev.interchange.exporters import export_stream
from coopdev.interchange.readers.iati import activity_schema
from coopdev.interchange.services import import_file
from coopdev.projects.models import Project

pytestmark = pytest.mark.django_db


def _pct(value):
    return None if value is None else Decimal(value).normalize()


def summary(*, full: bool = True) -> dict[str, tuple]:
    """What must survive a round trip, per project identifier."""
    out = {}
    qs = Project.objects.select_related("reporting_org").prefetch_related(
        "countries", "sectors", "tags", "budgets", "transactions", "sdg_goals", "participating_orgs",
        "results__indicators__periods",
    )  # fmt: skip
    for p in qs:
        row: tuple = (
            p.reporting_org.iati_identifier,
            p.activity_status,
            p.planned_start,
            p.actual_start,
            p.planned_end,
            p.actual_end,
            p.total_value,
            p.managed_value,
            p.value_currency,
            p.total_value_eur,
            p.people_reached,
            p.people_reached_women,
            p.people_reached_men,
            sorted((c.country_id, _pct(c.percentage)) for c in p.countries.all()),
            sorted((s.vocabulary, s.code, _pct(s.percentage)) for s in p.sectors.all()),
            sorted(g.number for g in p.sdg_goals.all()),
            sorted((b.period_start, b.period_end, b.value, b.currency) for b in p.budgets.all()),
            sorted((t.type, t.date, t.value, t.currency) for t in p.transactions.all()),
        )
        if full:
            row += (
                p.title,
                p.description,
                p.default_currency,
                p.activity_scope,
                p.collaboration_type,
                p.default_flow_type,
                p.default_finance_type,
                p.default_aid_type,
                sorted((t.vocabulary, t.code) for t in p.tags.all()),
                sorted((o.role, o.ref, o.type) for o in p.participating_orgs.all()),
                sorted((t.value_eur, t.value_date) for t in p.transactions.all()),
                sorted(
                    (r.type, ind.measure, per.period_start, per.target_value, per.actual_value)
                    for r in p.results.all()
                    for ind in r.indicators.all()
                    for per in ind.periods.all()
                ),
            )
        else:
            row += (p.title.get(p.default_language) or next(iter(p.title.values())),)
        out[p.iati_identifier] = row
    return out


@pytest.fixture
def demo():
    demo_load()
    return Project.objects.count()


def test_the_iati_export_of_the_demo_data_validates_against_the_shipped_schema(demo):
    data = b"".join(export_stream(fmt="iati", projects=Project.objects.all()))
    document = etree.fromstring(data)
    schema = activity_schema()
    assert schema.validate(document), schema.error_log.last_error
    assert len(document.findall("iati-activity")) == demo


def test_importing_the_iati_export_into_an_empty_database_gives_the_same_projects(demo, tmp_path):
    before = summary()
    path = tmp_path / "demo.xml"
    path.write_bytes(b"".join(export_stream(fmt="iati", projects=Project.objects.all())))
    demo_delete()
    assert Project.objects.count() == 0

    report = import_file(path=path)

    assert report.ok, [str(e) for e in report.errors[:5]]
    assert report.created == demo
    assert summary() == before


def test_importing_the_csv_export_gives_the_same_projects_amounts_and_codes(demo, tmp_path):
    before = summary(full=False)
    path = tmp_path / "demo.zip"
    path.write_bytes(b"".join(export_stream(fmt="csv", projects=Project.objects.all())))
    demo_delete()

    report = import_file(path=path)

    assert report.format == "csv" and report.ok, [str(e) for e in report.errors[:5]]
    after = summary(full=False)
    # CSV keeps budgets and transactions without their own value dates (documented), so the
    # amounts compare in their own currency; everything else is the same.
    assert after.keys() == before.keys()
    assert after == before


def test_the_xlsx_export_reimports(demo, tmp_path):
    before = summary(full=False)
    path = tmp_path / "demo.xlsx"
    path.write_bytes(b"".join(export_stream(fmt="xlsx", projects=Project.objects.all())))
    demo_delete()

    report = import_file(path=path)

    assert report.format == "xlsx" and report.ok, [str(e) for e in report.errors[:5]]
    assert summary(full=False) == before


def test_the_csv_export_is_a_zip_of_the_six_tables(demo):
    data = b"".join(export_stream(fmt="csv", projects=Project.objects.all()))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        projects = archive.read("projects.csv").decode("utf-8-sig").splitlines()
    assert names == [
        f"{t}.csv" for t in ("projects", "transactions", "budgets", "sectors", "countries", "results")
    ]
    assert projects[0].startswith("iati_identifier,reporting_org_ref")
    assert len(projects) == demo + 1
