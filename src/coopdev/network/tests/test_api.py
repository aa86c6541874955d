"""Read API under /api/v1/network/: approved/public data only, cursor pages, in the OpenAPI schema."""

import pytest

from coopdev.network.models import CooperativeTag
from coopdev.network.tests.factories import CooperativeFactory, PlanFactory, PublicationFactory

pytestmark = pytest.mark.django_db


def test_cooperatives_are_paged_by_name_with_filters_and_no_unapproved_entry(
    client, django_assert_max_num_queries
):
    for i in range(25):
        c = CooperativeFactory(name=f"Coop {i:02d}", slug=f"c{i:02d}")
        CooperativeTag.objects.create(cooperative=c, tag="youth-led" if i % 2 else "social")
    CooperativeFactory(name="Coop pending", slug="pending", status="pending")
    with django_assert_max_num_queries(8):
        first = client.get("/api/v1/network/cooperatives/").json()
    assert first["count"] == 25
    assert [r["slug"] for r in first["results"]][:2] == ["c00", "c01"]
    second = client.get(first["next"]).json()
    names = [r["name"] for r in first["results"] + second["results"]]
    assert len(names) == 25 and "Coop pending" not in names
    youth = client.get("/api/v1/network/cooperatives/", {"tag": "youth-led", "page_size": 100}).json()
    assert youth["count"] == 12 and all(r["tags"] == ["youth-led"] for r in youth["results"])


def test_a_bad_filter_is_a_400_with_the_field_named(client):
    response = client.get("/api/v1/network/cooperatives/", {"sdg": "18"})
    assert response.status_code == 400
    assert "sdg" in response.json()


def test_plan_and_publication_endpoints_show_public_rows_only(client):
    PlanFactory(slug="open")
    PlanFactory(slug="closed", is_public=False)
    PublicationFactory(slug="pub", url="https://example.org/r")
    PublicationFactory(slug="draft", is_public=False)
    assert [p["slug"] for p in client.get("/api/v1/network/plans/").json()["results"]] == ["open"]
    assert client.get("/api/v1/network/plans/closed/").status_code == 404
    detail = client.get("/api/v1/network/plans/open/").json()
    assert detail["plan"]["ends_on"] == "2027-07-05"
    assert detail["plan"]["staleness"] == "green"
    assert [p["slug"] for p in client.get("/api/v1/network/publications/").json()["results"]] == ["pub"]
    assert client.get("/api/v1/network/publications/draft/").status_code == 404


def test_the_network_endpoints_are_in_the_shared_openapi_schema(client):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    text = response.content.decode()
    for path in (
        "/api/v1/network/cooperatives/",
        "/api/v1/network/cooperatives/{slug}/",
        "/api/v1/network/plans/",
        "/api/v1/network/plans/{slug}/",
        "/api/v1/network/publications/",
        "/api/v1/network/publications/{slug}/",
    ):
        assert path in text, path


@pytest.mark.parametrize("url", ["/api/v1/network/cooperatives/", "/api/v1/network/publications/"])
def test_a_nul_character_in_a_filter_is_a_400_not_a_server_error(client, url):
    response = client.get(url, {"country": "T\x00R", "q": "x"})
    assert response.status_code == 400
    assert "country" in response.json()


@pytest.mark.parametrize("url", ["/api/v1/network/publications/?sdg=", "/api/v1/network/cooperatives/?sdg="])
def test_an_empty_integer_filter_is_a_400_as_the_schema_says(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "sdg" in response.json()
