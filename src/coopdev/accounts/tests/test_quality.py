"""Data quality per organisation: what each project lacks, and what to fix first."""

import datetime as dt

import pytest

from coopdev.accounts.selectors import organisation_data_quality
from coopdev.projects.models import Budget, Location, Result
from coopdev.projects.selectors import data_completeness
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory, add_sdgs, add_sector

pytestmark = pytest.mark.django_db


def complete_project(org, **fields):
    project = ProjectFactory(reporting_org=org, description={"en": "What it does."}, **fields)
    add_sdgs(project, 2)
    add_sector(project, "31120")
    Budget.objects.create(
        project=project,
        value=1000,
        currency="EUR",
        value_date=dt.date(2020, 1, 1),
        period_start=dt.date(2020, 1, 1),
        period_end=dt.date(2020, 12, 31),
    )
    Result.objects.create(project=project, type="1", title={"en": "Wells dug"})
    Location.objects.create(project=project, latitude=1.0, longitude=36.0)
    return project


def test_each_project_lists_what_it_lacks_and_the_gaps_are_ranked_by_how_common_they_are(
    django_assert_num_queries,
):
    org = OrganisationFactory()
    complete = complete_project(org)
    no_results = complete_project(org)
    no_results.results.all().delete()
    bare = ProjectFactory(reporting_org=org, planned_end=None, publication_state="draft")
    ProjectFactory()  # another organisation's project does not count

    with django_assert_num_queries(2):
        quality = organisation_data_quality(organisation=org)

    by_project = {row.project: row for row in quality.projects}
    assert by_project[complete].missing == [] and by_project[complete].score == 100
    assert by_project[no_results].missing == ["results"]
    assert set(by_project[bare].missing) == {
        "sdgs",
        "sectors",
        "budget",
        "results",
        "dates",
        "location",
        "description",
    }
    assert quality.projects[0].project == bare  # the least complete first

    assert [(gap.key, gap.projects) for gap in quality.gaps][0] == ("results", 2)
    assert {gap.key: gap.projects for gap in quality.gaps} == {
        "results": 2,
        "sdgs": 1,
        "sectors": 1,
        "budget": 1,
        "dates": 1,
        "location": 1,
        "description": 1,
    }
    assert quality.gaps[0].share == round(100 * 2 / 3)


def test_the_per_project_view_agrees_with_the_aggregate_completeness():
    org = OrganisationFactory()
    complete_project(org)
    ProjectFactory(reporting_org=org)
    ProjectFactory(reporting_org=org, description={"en": "x"}, planned_start=None)
    quality = organisation_data_quality(organisation=org)
    aggregate = data_completeness(projects=org.reported_projects.all())
    for key, _label, count in aggregate.items:
        assert sum(1 for row in quality.projects if key not in row.missing) == count, key


def test_an_organisation_without_projects_has_no_gaps():
    quality = organisation_data_quality(organisation=OrganisationFactory())
    assert quality.projects == [] and quality.gaps == [] and quality.average_score == 0
