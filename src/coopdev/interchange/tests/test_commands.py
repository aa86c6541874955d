"""``coopdev import`` and ``coopdev export``."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from lxml import etree

from coopdev.interchange.readers.iati import activity_schema
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory, add_country

from .conftest import FIXTURES, db_snapshot

pytestmark = pytest.mark.django_db


def test_import_prints_the_report(capsys):
    call_command("import", str(FIXTURES / "valid-203.xml"), "--no-progress")
    out = capsys.readouterr().out
    assert "created 2, updated 0, unchanged 0, refused 0" in out
    assert Project.objects.count() == 2


def test_import_several_files_with_a_state_and_json_output(capsys):
    call_command(
        "import", str(FIXTURES / "valid-203.xml"), str(FIXTURES / "valid-105.xml"),
        "--state", "draft", "--json",
        "--no-progress",
    )  # fmt: skip
    reports = json.loads(capsys.readouterr().out)
    assert [r["created"] for r in reports] == [2, 1]
    assert set(Project.objects.values_list("publication_state", flat=True)) == {"draft"}


def test_import_dry_run_writes_nothing(capsys):
    before = db_snapshot()
    call_command("import", str(FIXTURES / "valid-203.xml"), "--dry-run", "--no-progress")
    assert "would be created 2" in capsys.readouterr().out
    assert db_snapshot() == before


def test_import_exits_with_status_1_and_the_problems_when_anything_is_refused(tmp_path, capsys):
    bad = tmp_path / "bad.xml"
    bad.write_bytes((FIXTURES / "valid-203.xml").read_bytes().replace(b'code="KE"', b'code="QQ"'))
    with pytest.raises(SystemExit) as exit_:
        call_command("import", str(bad), "--no-progress")
    assert exit_.value.code == 1
    assert "QQ is not a code of the IATI Country codelist" in capsys.readouterr().out
    assert Project.objects.count() == 0


def test_import_prints_the_warnings_and_succeeds(tmp_path, capsys):
    odd = tmp_path / "odd.xml"
    odd.write_bytes((FIXTURES / "valid-203.xml").read_bytes().replace(b"IT-CF-00000000001-W001", b"W001"))
    call_command("import", str(odd), "--no-progress")  # no SystemExit: nothing was refused
    out = capsys.readouterr().out
    assert "created 2," in out
    assert "warning: odd.xml, line 4, <iati-identifier>, activity W001: The identifier does not begin" in out
    assert Project.objects.count() == 2


def test_import_for_an_organisation_by_slug_or_identifier(capsys):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001", slug="acqua")
    call_command("import", str(FIXTURES / "valid-203.xml"), "--organisation", "acqua", "--no-progress")
    assert set(Project.objects.values_list("reporting_org", flat=True)) == {org.pk}
    with pytest.raises(CommandError):
        call_command("import", str(FIXTURES / "valid-203.xml"), "--organisation", "nobody")


def test_export_with_the_explore_filters(tmp_path, capsys):
    kenya = ProjectFactory()
    add_country(kenya, "KE")
    add_country(ProjectFactory(), "PE")
    out = tmp_path / "kenya.xml"

    call_command("export", "--format", "iati", "-o", str(out), "--country", "KE", "--no-progress")

    document = etree.parse(str(out))
    assert activity_schema().validate(document)
    assert [e.text for e in document.iter("iati-identifier")] == [kenya.iati_identifier]


def test_export_one_csv_table(tmp_path):
    ProjectFactory()
    out = tmp_path / "projects.csv"
    call_command("export", "--format", "csv", "--table", "projects", "-o", str(out), "--no-progress")
    assert out.read_text(encoding="utf-8-sig").startswith("iati_identifier,")


def test_export_refuses_invalid_filters(tmp_path):
    with pytest.raises(CommandError):
        call_command("export", "--format", "json", "-o", str(tmp_path / "x.json"), "--country", "QQ")
