"""The statistics endpoints give the selectors' figures, for the same filters and value basis."""

from decimal import Decimal

import pytest
from django.http import QueryDict

from coopdev.projects import selectors
from coopdev.projects.filters import ProjectFilterForm

pytestmark = pytest.mark.django_db

PARAMS = [
    {},
    {"basis": "managed"},
    {"country": "KE"},
    {"sdg": "8", "basis": "managed"},
    {"organisation": "coop-b"},
    {"year_from": "2022"},
]


def _projects(params):
    query = QueryDict(mutable=True)
    for key, value in params.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    form = ProjectFilterForm(query)
    assert form.is_valid()
    return form.filter_queryset(), form.value_basis


def _money(value) -> str:
    return f"{value:f}"


def _rows(rows):
    return [
        {
            "key": r.key,
            "name": r.name,
            "value_eur": _money(r.value_eur),
            "projects": r.projects,
            "numeric": r.numeric,
            "colour": r.colour,
            "region": r.region,
            "is_bucket": r.is_bucket,
        }
        for r in rows
    ]


def _breakdown(b):
    return {
        "basis": b.basis,
        "total_value_eur": _money(b.total_value_eur),
        "rows": _rows(b.rows),
        "regional": _rows([b.regional])[0] if b.regional else None,
        "unspecified": _rows([b.unspecified])[0],
        "unallocated_eur": _money(b.unallocated_eur),
    }


@pytest.mark.parametrize("params", PARAMS)
def test_headline_figures_are_the_selectors(api, dataset, params):
    projects, basis = _projects(params)
    headline = selectors.headline_figures(projects=projects)
    people = selectors.people_reached(projects=projects)
    data = api.get("/api/v1/statistics/", params).json()
    assert data["basis"] == basis
    assert data["headline"]["projects"] == headline.projects
    assert data["headline"]["countries"] == headline.countries
    assert data["headline"]["organisations"] == headline.organisations
    assert Decimal(data["headline"]["total_value_eur"]) == headline.total_value_eur
    assert Decimal(data["headline"]["managed_value_eur"]) == headline.managed_value_eur
    assert data["headline"]["people_reached"] == headline.people_reached
    assert data["headline"]["projects_without_eur_value"] == headline.projects_without_eur_value
    assert data["people"] == people.as_dict()


def test_headline_figures_leave_out_unpublished_projects(api, dataset):
    data = api.get("/api/v1/statistics/").json()
    assert data["headline"]["projects"] == 4  # the three hidden ones are not counted
    assert Decimal(data["headline"]["total_value_eur"]) == Decimal(350_000)


@pytest.mark.parametrize("params", PARAMS)
@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("by-country/", selectors.value_by_country),
        ("by-sector/", selectors.value_by_sector_category),
        ("by-region/", selectors.value_by_region),
    ],
)
def test_breakdowns_are_the_selectors(api, dataset, params, path, selector):
    projects, basis = _projects(params)
    expected = _breakdown(selector(projects=projects, basis=basis))
    assert api.get(f"/api/v1/statistics/{path}", params).json() == expected


@pytest.mark.parametrize("kind", ["m49-continent", "m49-subregion"])
def test_regions_can_be_un_m49_ones(api, dataset, kind):
    projects, basis = _projects({})
    expected = _breakdown(selectors.value_by_region(projects=projects, basis=basis, kind=kind))
    assert api.get("/api/v1/statistics/by-region/", {"kind": kind}).json() == expected
    assert api.get("/api/v1/statistics/by-region/", {"kind": "planets"}).status_code == 400


@pytest.mark.parametrize("params", PARAMS)
def test_sdg_figures_are_the_selectors(api, dataset, params):
    projects, basis = _projects(params)
    figures = selectors.projects_by_sdg(projects=projects, basis=basis)
    data = api.get("/api/v1/statistics/by-sdg/", params).json()
    assert data == {
        "basis": basis,
        "rows": _rows(figures.rows),
        "projects_without_sdg": figures.projects_without_sdg,
    }
    assert len(data["rows"]) == 17


@pytest.mark.parametrize("params", PARAMS)
def test_yearly_figures_are_the_selectors(api, dataset, params):
    projects, basis = _projects(params)
    timeline = selectors.projects_and_value_by_year(projects=projects, basis=basis)
    data = api.get("/api/v1/statistics/by-year/", params).json()
    assert data == {
        "basis": basis,
        "rows": [
            {"year": r.year, "projects": r.projects, "value_eur": _money(r.value_eur)} for r in timeline.rows
        ],
        "undated_projects": timeline.undated_projects,
        "undated_value_eur": _money(timeline.undated_value_eur),
    }


def test_breakdowns_add_up_to_the_total(api, dataset):
    data = api.get("/api/v1/statistics/by-country/").json()
    parts = [Decimal(r["value_eur"]) for r in data["rows"]]
    parts += [Decimal(data["regional"]["value_eur"]), Decimal(data["unspecified"]["value_eur"])]
    assert sum(parts) + Decimal(data["unallocated_eur"]) == Decimal(data["total_value_eur"])


@pytest.mark.parametrize("path", ["", "by-region/", "by-country/", "by-sdg/", "by-sector/", "by-year/"])
def test_statistics_refuse_bad_filters_and_cost_a_fixed_number_of_queries(
    api, dataset, path, django_assert_max_num_queries
):
    assert api.get(f"/api/v1/statistics/{path}", {"sdg": "18"}).status_code == 400
    with django_assert_max_num_queries(12):
        assert api.get(f"/api/v1/statistics/{path}", {"country": "KE"}).status_code == 200
