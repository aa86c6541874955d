"""Reference lists, with names in every platform language."""

import pytest

from coopdev.reference.models import Country, Region, SDGTarget, Sector

pytestmark = pytest.mark.django_db


def test_countries_have_their_regions_and_names_in_every_language(api, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        data = api.get("/api/v1/reference/countries/").json()
    assert len(data) == Country.objects.count()
    kenya = next(c for c in data if c["code"] == "KE")
    assert kenya["ica_region"] == "africa"
    assert (
        kenya["name"]["en"] == "Kenya" and kenya["name"]["fr"] == "Kenya" and kenya["name"]["it"] == "Kenya"
    )
    italy = next(c for c in data if c["code"] == "IT")
    assert italy["name"] == {"en": "Italy", "it": "Italia", "tr": "İtalya", "es": "Italia", "fr": "Italie"}


def test_regions_can_be_narrowed_to_one_kind(api):
    ica = api.get("/api/v1/reference/regions/", {"kind": "ica"}).json()
    assert [r["code"] for r in ica] == ["africa", "americas", "asia-pacific", "europe"]
    assert len(api.get("/api/v1/reference/regions/").json()) == Region.objects.count()
    assert api.get("/api/v1/reference/regions/", {"kind": "moon"}).status_code == 400


def test_sdgs_come_with_their_targets(api, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        data = api.get("/api/v1/reference/sdgs/").json()
    assert [g["number"] for g in data] == list(range(1, 18))
    assert sum(len(g["targets"]) for g in data) == SDGTarget.objects.count()
    assert data[2]["targets"][0]["code"] == "3.1"
    assert data[2]["short_name"]["en"] == "Good health and well-being"


def test_sector_categories_come_with_their_sectors(api, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        data = api.get("/api/v1/reference/sectors/").json()
    assert sum(len(c["sectors"]) for c in data) == Sector.objects.count()
    basic_health = next(c for c in data if c["code"] == "122")
    assert "12220" in [s["code"] for s in basic_health["sectors"]]
