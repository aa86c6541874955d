"""Shared helpers of the interchange tests: fixture files, and a snapshot of every table an import writes."""

from pathlib import Path

import pytest

from coopdev.interchange.models import ImportedActivity, ImportJob
from coopdev.organisations.models import Organisation
from coopdev.projects.models import (
    Budget,
    Indicator,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectRevision,
    ProjectSector,
    ProjectTag,
    Result,
    Transaction,
)

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "interchange"
SCHEMA_TESTS = FIXTURES / "schema-tests"

SNAPSHOT_MODELS = (
    Project,
    Organisation,
    ParticipatingOrg,
    ProjectCountry,
    ProjectSector,
    ProjectTag,
    Budget,
    Transaction,
    Result,
    Indicator,
    ProjectRevision,
    ImportedActivity,
    ImportJob,
)


def db_snapshot() -> dict[str, object]:
    """Row counts of every table an import writes, plus the projects' identifiers and update times."""
    counts: dict[str, object] = {m._meta.label: m._default_manager.count() for m in SNAPSHOT_MODELS}
    counts["projects"] = list(Project.objects.order_by("pk").values_list("iati_identifier", "updated_at"))
    return counts


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


def activity(identifier: str = "XM-TEST-ORG-A1", org: str = "XM-TEST-ORG", body: str = "") -> str:
    """A minimal valid IATI 2.03 activity, with ``body`` inserted after the activity dates."""
    return f"""
  <iati-activity xml:lang="en" default-currency="EUR">
    <iati-identifier>{identifier}</iati-identifier>
    <reporting-org ref="{org}" type="22"><narrative>Test cooperative</narrative></reporting-org>
    <title><narrative>Project {identifier}</narrative></title>
    <description><narrative>About {identifier}.</narrative></description>
    <participating-org role="4" ref="{org}"/>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2024-01-01"/>
    {body}
  </iati-activity>"""


def iati_file(tmp_path: Path, *activities: str, name: str = "activities.xml", version: str = "2.03") -> Path:
    path = tmp_path / name
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="{version}">'
        + "".join(activities)
        + "\n</iati-activities>\n",
        encoding="utf-8",
    )
    return path
