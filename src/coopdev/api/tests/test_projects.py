"""The projects endpoints: the explore page's filters, cursor pagination, the nested detail."""

from decimal import Decimal

import pytest
from django.urls import reverse

from coopdev.projects.models import (
    Budget,
    DocumentLink,
    Indicator,
    IndicatorPeriod,
    Location,
    ParticipatingOrg,
    Project,
    Result,
    Transaction,
)
from coopdev.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/projects/"

# Query strings the explore page accepts, each naming a different subset of the dataset.
FILTERS = [
    {},
    {"country": "KE"},
    {"country": ["KE", "BR"], "sdg": "8"},
    {"region": "africa"},
    {"sdg": "2", "region": "americas"},
    {"sector_category": "122"},
    {"sector": "24030"},
    {"organisation": "coop-b"},
    {"q": "latterie"},
    {"q": "LAITI"},
    {"year_from": "2022"},
    {"year_from": "2019", "year_to": "2020"},
    {"value_min": "60000"},
    {"value_max": "20000", "basis": "managed"},
    {"status": "2"},
]


def _all_rows(api, params, page_size=2):
    """Follow the 'next' links to the end; return the identifiers in order."""
    response = api.get(LIST, {**params, "page_size": page_size})
    assert response.status_code == 200, response.json()
    identifiers = [row["iati_identifier"] for row in response.json()["results"]]
    while response.json()["next"]:
        response = api.get(response.json()["next"])
        identifiers += [row["iati_identifier"] for row in response.json()["results"]]
    return identifiers


@pytest.mark.parametrize("params", FILTERS)
def test_the_list_has_the_projects_of_the_explore_page_for_the_same_parameters(api, client, dataset, params):
    page = client.get(reverse("explore"), params)
    assert page.status_code == 200
    expected = [p.iati_identifier for p in page.context["page_obj"].paginator.object_list]
    response = api.get(LIST, params)
    assert response.json()["count"] == page.context["figures"].projects == len(expected)
    assert _all_rows(api, params) == expected


@pytest.mark.parametrize("sort", ["-value", "value", "title", "-start", "start"])
@pytest.mark.parametrize("basis", ["total", "managed"])
def test_cursor_pages_walk_the_explore_order_forwards_and_back(api, client, dataset, sort, basis):
    for i in range(5):  # ties on value and dates, so the tie-breaker matters
        ProjectFactory(
            total_value=Decimal(100_000), managed_value=Decimal(i * 1000), title={"it": f"Solo {i}"}
        )
    params = {"sort": sort, "basis": basis}
    expected = [
        p.iati_identifier
        for p in client.get(reverse("explore"), params).context["page_obj"].paginator.object_list
    ]
    assert _all_rows(api, params, page_size=3) == expected

    # From the last page back to the first with the 'previous' links.
    response = api.get(LIST, {**params, "page_size": 3})
    while response.json()["next"]:
        response = api.get(response.json()["next"])
    backwards = [row["iati_identifier"] for row in response.json()["results"]]
    while response.json()["previous"]:
        response = api.get(response.json()["previous"])
        backwards = [row["iati_identifier"] for row in response.json()["results"]] + backwards
    assert backwards == expected


def test_a_project_added_while_paging_is_neither_repeated_nor_skipping_others(api, dataset):
    first = api.get(LIST, {"sort": "-value", "page_size": 2}).json()
    ProjectFactory(total_value=Decimal(999_999_999))  # sorts before everything already seen
    rest = api.get(first["next"]).json()
    seen = [row["iati_identifier"] for row in first["results"]]
    assert not {row["iati_identifier"] for row in rest["results"]} & set(seen)


def test_bad_parameters_give_400_with_the_forms_messages_per_field(api, dataset):
    response = api.get(LIST, {"country": "ZZ", "year_from": "abc", "sdg": "99"})
    assert response.status_code == 400
    errors = response.json()
    assert set(errors) == {"country", "year_from", "sdg"}
    assert "ZZ" in errors["country"][0]
    reversed_years = api.get(LIST, {"year_from": "2022", "year_to": "2020"}).json()
    assert reversed_years == {"year_to": ["The last year comes before the first year."]}
    assert api.get(LIST, {"q": "x" * 201}).status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not-a-cursor"},
        {"cursor": "eyJvIjoiLXZhbHVlIiwidiI6WzAsIngiLCJ5Il0sImIiOmZhbHNlfQ"},  # a value of the wrong type
        {"page_size": "0"},
        {"page_size": "1000"},
    ],
)
def test_bad_paging_parameters_give_400(api, dataset, params):
    response = api.get(LIST, params)
    assert response.status_code == 400
    assert set(response.json()) <= {"cursor", "page_size"}


def test_a_cursor_of_one_order_is_refused_under_another(api, dataset):
    next_url = api.get(LIST, {"sort": "title", "page_size": 1}).json()["next"]
    cursor = next_url.split("cursor=")[1].split("&")[0]
    assert api.get(LIST, {"sort": "-value", "cursor": cursor}).status_code == 400


def test_the_list_costs_a_fixed_number_of_queries(api, dataset, django_assert_max_num_queries):
    for _ in range(30):
        ProjectFactory()
    api.get(LIST)  # fills the cached filter choices
    with django_assert_max_num_queries(8):
        response = api.get(LIST, {"page_size": 25, "country": "KE"})
    assert response.status_code == 200
    with django_assert_max_num_queries(8):
        response = api.get(LIST, {"page_size": 25})
    assert len(response.json()["results"]) == 25


def test_list_rows_summarise_each_project(api, dataset):
    rows = api.get(LIST, {"country": "KE"}).json()["results"]
    assert rows == [
        {
            "iati_identifier": "XX-TEST-KE/1",
            "title": {"en": "Dairy cooperatives", "it": "Latterie sociali"},
            "reporting_org": {
                "slug": "coop-a",
                "name": "Coop A",
                "iati_identifier": dataset["coop_a"].iati_identifier,
            },
            "activity_status": "2",
            "start_date": "2019-03-01",
            "end_date": "2021-06-30",
            "total_value_eur": "200000.00",
            "managed_value_eur": "50000.00",
            "countries": [{"code": "KE", "percentage": "75.00"}, {"code": "TZ", "percentage": "25.00"}],
            "sdg_goals": [2, 8],
            "people_reached": 1000,
            "url": "http://testserver/api/v1/projects/XX-TEST-KE/1/",
        }
    ]


@pytest.fixture
def full_project(dataset):
    """The Kenya project with one of everything an IATI activity can carry."""
    import datetime as dt

    project = dataset["kenya"]
    project.sdg_targets.add("2.3")
    ParticipatingOrg.objects.create(
        project=project, organisation=dataset["coop_a"], role="1", type="22", name={"en": "Coop A"}
    )
    ParticipatingOrg.objects.create(project=project, ref="KE-NGO-1", role="4", name={"en": "Kenyan union"})
    Budget.objects.create(
        project=project,
        period_start=dt.date(2020, 1, 1),
        period_end=dt.date(2020, 12, 31),
        value=Decimal(1000),
        currency="USD",
        value_date=dt.date(2020, 1, 1),
        value_eur=Decimal("900.00"),
    )
    Transaction.objects.create(
        project=project,
        type="3",
        date=dt.date(2020, 5, 1),
        value=Decimal(500),
        currency="KES",
        value_date=dt.date(2020, 5, 1),
        value_eur=None,
        fx_error="No rate for KES",
        receiver_org_name={"en": "Kenyan union"},
    )
    result = Result.objects.create(project=project, type="1", title={"en": "Dairies equipped"})
    indicator = Indicator.objects.create(
        result=result, title={"en": "Cooling tanks"}, baseline_value=Decimal(0)
    )
    IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=dt.date(2020, 1, 1),
        period_end=dt.date(2020, 12, 31),
        target_value=Decimal(10),
        actual_value=Decimal(8),
    )
    Location.objects.create(
        project=project, name={"en": "Nakuru"}, country_id="KE", latitude=-0.3, longitude=36.1
    )
    DocumentLink.objects.create(project=project, url="https://example.org/report.pdf", title={"en": "Report"})
    return project


def test_the_detail_nests_every_part_of_the_project(api, full_project, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = api.get("/api/v1/projects/XX-TEST-KE/1/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == {"en": "Dairy cooperatives", "it": "Latterie sociali"}
    assert data["description"] == {"fr": "Coopératives laitières au Kenya"}
    assert data["activity_status"] == {"code": "2", "name": "Implementation"}
    assert [(o["role"]["code"], o["role"]["name"]) for o in data["participating_orgs"]] == [
        ("1", "Funding"),
        ("4", "Implementing"),
    ]
    assert data["participating_orgs"][0]["organisation"]["slug"] == "coop-a"
    assert data["participating_orgs"][1]["organisation"] is None
    assert [(c["code"], c["percentage"], c["ica_region"]) for c in data["countries"]] == [
        ("KE", "75.00", "africa"),
        ("TZ", "25.00", "africa"),
    ]
    assert data["sectors"][0]["code"] == "12220" and data["sectors"][0]["category"] == "122"
    assert data["sdg_goals"] == [2, 8] and data["sdg_targets"] == ["2.3"]
    budget = data["budgets"][0]
    assert (budget["value"], budget["currency"], budget["value_eur"]) == ("1000.00", "USD", "900.00")
    transaction = data["transactions"][0]
    assert transaction["type"]["code"] == "3"
    assert transaction["value_eur"] is None and transaction["fx_error"] == "No rate for KES"
    period = data["results"][0]["indicators"][0]["periods"][0]
    assert (period["target_value"], period["actual_value"]) == ("10.0000", "8.0000")
    assert data["locations"][0]["country"] == "KE" and data["locations"][0]["latitude"] == -0.3
    assert data["documents"][0]["url"] == "https://example.org/report.pdf"
    assert data["page_url"] == "http://testserver/projects/XX-TEST-KE/1/"


def test_the_detail_of_an_unknown_or_unpublished_project_is_404(api, dataset):
    for identifier in (
        "XX-NOPE",
        "XX-TEST-HIDDEN-draft",
        "XX-TEST-HIDDEN-submitted",
        "XX-TEST-HIDDEN-returned",
    ):
        response = api.get(f"/api/v1/projects/{identifier}/")
        assert response.status_code == 404
        assert response.json() == {"detail": "No published project has this identifier."}
    assert api.get("/api/v1/projects/XX%00/").status_code == 404
    assert Project.objects.filter(iati_identifier="XX-TEST-HIDDEN-draft").exists()
