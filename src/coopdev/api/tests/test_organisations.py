"""Organisations and their figures."""

from decimal import Decimal

import pytest

from coopdev.projects import selectors
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_organisations_are_listed_by_name_with_their_reported_figures(api, dataset):
    OrganisationFactory(slug="aardvark", name="Aardvark Coop")  # reports nothing
    data = api.get("/api/v1/organisations/").json()
    assert [o["slug"] for o in data["results"]] == ["aardvark", "coop-a", "coop-b"]
    by_slug = {o["slug"]: o for o in data["results"]}
    rows = {r.key: r for r in selectors.value_by_organisation(basis="total")}
    assert by_slug["coop-a"]["reported_projects"] == rows["coop-a"].projects == 2  # drafts left out
    assert Decimal(by_slug["coop-b"]["reported_value_eur"]) == rows["coop-b"].value_eur == Decimal(150_000)
    assert by_slug["aardvark"]["reported_projects"] == 0
    managed = api.get("/api/v1/organisations/", {"basis": "managed"}).json()["results"]
    assert Decimal(managed[1]["reported_value_eur"]) == Decimal(50_000)


def test_the_organisation_list_pages_with_cursors_in_few_queries(api, django_assert_max_num_queries):
    for i in range(30):
        ProjectFactory(reporting_org=OrganisationFactory(name=f"Coop {i:02d}"))
    with django_assert_max_num_queries(4):
        first = api.get("/api/v1/organisations/", {"page_size": 25}).json()
    second = api.get(first["next"]).json()
    assert first["count"] == 30
    assert len(first["results"]) + len(second["results"]) == 30
    assert second["next"] is None


def test_an_organisation_has_the_figures_of_its_page(api, dataset, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = api.get("/api/v1/organisations/coop-a/")
    data = response.json()
    projects = selectors.project_list_for_organisation(organisation=dataset["coop_a"])
    headline = selectors.headline_figures(projects=projects)
    assert data["organisation"]["name"] == "Coop A"
    assert data["figures"]["headline"]["projects"] == headline.projects == 2
    assert Decimal(data["figures"]["headline"]["total_value_eur"]) == headline.total_value_eur
    completeness = {i["key"]: i["projects"] for i in data["figures"]["completeness"]["items"]}
    assert completeness == {k: n for k, _label, n in selectors.data_completeness(projects=projects).items}
    assert data["projects_url"] == "http://testserver/api/v1/projects/?organisation=coop-a"


def test_an_unknown_organisation_is_404(api, dataset):
    assert api.get("/api/v1/organisations/nobody/").status_code == 404
