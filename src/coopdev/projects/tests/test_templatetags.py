"""The rendered pieces of the DDP pages kept in the figure cache are exactly a fresh rendering."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from coopdev.projects.tests.factories import ProjectFactory, add_country, add_sdgs

pytestmark = pytest.mark.django_db

CHARTS = re.compile(r'<div class="chart-grid">.*?id="ddp-data"[^>]*>.*?</script>', re.S)
ORGANISATIONS = re.compile(r'<section class="card" aria-labelledby="h-orgs">.*?</section>', re.S)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def pieces(response) -> list[str]:
    text = response.content.decode()
    found = CHARTS.findall(text) + ORGANISATIONS.findall(text)
    assert found
    return found


@pytest.mark.parametrize("url", ["/", "/explore/?sdg=8", "/sdg/8/"])
def test_a_cached_piece_is_the_piece_rendered_afresh(client, settings, url):
    project = ProjectFactory(total_value=Decimal("123456.78"))
    add_country(project, "KE", "60")
    add_country(project, "TZ", "40")
    add_sdgs(project, 8)
    rendered = pieces(client.get(url))
    cached = pieces(client.get(url))
    settings.COOPDEV_FIGURE_CACHE = False
    assert cached == rendered == pieces(client.get(url))


def test_a_data_change_renders_the_pieces_again(client):
    project = ProjectFactory(total_value=Decimal("100000"))
    add_country(project, "KE")
    before = client.get(reverse("home")).context["fragment_key"]
    assert "Kenya" in pieces(client.get(reverse("home")))[0]
    other = ProjectFactory(total_value=Decimal("50000"))
    add_country(other, "BR")
    response = client.get(reverse("home"))
    assert response.context["fragment_key"] != before
    assert "Brazil" in pieces(response)[0]


def test_the_pieces_follow_the_language_and_the_filters(client):
    project = ProjectFactory()
    add_country(project, "IT")
    add_sdgs(project, 8)
    keys = {
        client.get("/explore/").context["fragment_key"],
        client.get("/explore/?sdg=8").context["fragment_key"],
        client.get("/explore/?sdg=8&basis=managed").context["fragment_key"],
        client.get("/it/explore/?sdg=8").context["fragment_key"],
    }
    assert len(keys) == 4
    # Paging and sorting change the list, not the figures: the same piece serves them.
    assert (
        client.get("/explore/?sdg=8&sort=title&page=1").context["fragment_key"]
        == client.get("/explore/?sdg=8").context["fragment_key"]
    )


def test_no_piece_is_kept_when_the_figure_cache_is_off(client, settings):
    settings.COOPDEV_FIGURE_CACHE = False
    ProjectFactory()
    assert client.get(reverse("home")).context["fragment_key"] == ""


@pytest.mark.parametrize("url", ["/", "/explore/?sdg=8"])
def test_the_cached_chart_data_and_embeds_are_those_computed_afresh(client, settings, url):
    from django.core.cache import cache

    project = ProjectFactory(total_value=Decimal("123456.78"))
    add_country(project, "KE")
    add_sdgs(project, 8)
    client.get(url)
    from_cache = client.get(url).context  # the second view reads them from the figure cache
    assert cache.get(f"figures:pieces:{from_cache['fragment_key']}") is not None
    settings.COOPDEV_FIGURE_CACHE = False
    fresh = client.get(url).context
    assert from_cache["payload"] == fresh["payload"]
    assert from_cache["embeds"] == fresh["embeds"]
