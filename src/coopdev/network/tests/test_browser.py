"""The network pages in a real Chromium: the directory map draws its points and the filters change
the list and the map; a plan page shows, by SDG, what was promised and what was done.

Screenshots go to /tmp/network-shots/ for a person to look at.
"""

import os
from pathlib import Path

import pytest

from coopdev.network import services
from coopdev.network.models import CooperativeTag
from coopdev.network.tests.factories import CooperativeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = Path(os.environ.get("NETWORK_SHOTS_DIR", "/tmp/network-shots"))  # noqa: S108 - screenshots for people
MAP_POINTS = """() => {
    const el = document.querySelector('[data-network-map]');
    const chart = el && echarts.getInstanceByDom(el);
    if (!chart || !chart.getOption() || !chart.getOption().series) return -1;
    return chart.getOption().series[0].data.length;
}"""


@pytest.fixture(autouse=True)
def reference():
    from coopdev.reference.models import Country
    from coopdev.reference.services import reference_load

    # A transactional test before this one may have flushed the tables: reload them (as the DDP tests do).
    if not Country.objects.exists():
        reference_load()
    SHOTS.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def directory():
    rows = [
        ("Aegean Olive Women", "izmir", "Izmir", "TR", 38.42, 27.14, "women-led"),
        ("Young Coders", "coders", "Istanbul", "TR", 41.04, 29.01, "youth-led"),
        ("Nairobi Solar", "solar", "Nairobi", "KE", -1.29, 36.82, "youth-led"),
    ]
    for name, slug, city, country, lat, lon, tag in rows:
        c = CooperativeFactory(
            name=name, slug=slug, city=city, country_id=country, latitude=lat, longitude=lon
        )
        CooperativeTag.objects.create(cooperative=c, tag=tag)
    CooperativeFactory(name="Pending One", slug="pending", status="pending", latitude=10.0, longitude=10.0)


def test_the_directory_map_draws_a_point_per_listed_cooperative_and_filters_change_both(
    live_server, page, directory
):
    page.goto(live_server.url + "/network/directory/")
    page.wait_for_selector("[data-network-map][data-points]")
    page.wait_for_function("() => document.querySelectorAll('[data-network-map] svg path').length > 100")
    assert page.evaluate(MAP_POINTS) == 3
    assert page.locator("[data-coop]").count() == 3
    assert page.locator("text=Pending One").count() == 0
    page.screenshot(path=str(SHOTS / "directory.png"), full_page=True)

    page.select_option("#id_tag", "youth-led")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/network/directory/?*tag=youth-led*")
    page.wait_for_selector("[data-network-map][data-points]")
    assert page.evaluate(MAP_POINTS) == 2
    assert sorted(page.locator("[data-coop]").evaluate_all("els => els.map(e => e.dataset.coop)")) == [
        "coders",
        "solar",
    ]
    page.screenshot(path=str(SHOTS / "directory-youth-led.png"), full_page=True)

    page.select_option("#id_country", "KE")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("[data-network-map][data-points]")
    assert page.evaluate(MAP_POINTS) == 1
    # a click on the point opens the cooperative's page
    page.locator("[data-coop=solar] a").click()
    page.wait_for_url("**/network/directory/solar/")
    page.wait_for_selector("[data-network-map][data-points='1']")
    page.screenshot(path=str(SHOTS / "cooperative.png"), full_page=True)


def test_the_plan_page_shows_promises_and_progress_by_sdg(live_server, page):
    services.plan_load(
        data={
            "slug": "iyc",
            "title": {"en": "Action plan 2025", "tr": "Eylem planı 2025"},
            "starts_on": "2024-07-05",
            "declarations": [
                {
                    "sdgs": ["4"],
                    "declarant": {"en": "Municipalities", "tr": "Belediyeler"},
                    "text": {"en": "We will support training", "tr": "Eğitimleri destekleyeceğiz"},
                },
                {
                    "sdgs": ["5.5"],
                    "declarant": {"en": "Participants"},
                    "text": {"en": "Women-led cooperatives"},
                },
            ],
            "working_groups": [
                {
                    "name": {"en": "Training", "tr": "Eğitim"},
                    "deliverables": [
                        {
                            "title": {"en": "Catalogue", "tr": "Katalog"},
                            "owner": "Union",
                            "due_on": "2025-03-31",
                            "sdgs": ["4"],
                            "updates": [{"status": "done", "progress": 100, "days_ago": 3}],
                        },
                        {
                            "title": {"en": "Soil analysis"},
                            "owner": "İzmir",
                            "due_on": "2026-06-30",
                            "sdgs": ["4"],
                            "updates": [{"status": "on-track", "progress": 30, "days_ago": 90}],
                        },
                    ],
                },
                {
                    "name": {"en": "Women"},
                    "deliverables": [
                        {
                            "title": {"en": "Mentoring"},
                            "owner": "Meryem",
                            "due_on": "2025-12-31",
                            "sdgs": ["5"],
                            "updates": [{"status": "at-risk", "progress": 10, "days_ago": 150}],
                        },
                    ],
                },
            ],
        }
    )
    page.goto(live_server.url + "/network/plans/iyc/")
    goal4 = page.locator("[data-goal='4']")
    assert goal4.locator("[data-promised]").inner_text().count("We will support training") == 1
    assert goal4.locator("[data-done] [data-deliverable]").count() == 2
    assert goal4.locator("h3 [data-staleness]").get_attribute("data-staleness") == "amber"
    assert page.locator("[data-goal='5'] h3 [data-staleness]").get_attribute("data-staleness") == "red"
    # plan progress: (100 + 30 + 10) / 3 = 46.7
    assert "46.7" in page.locator("[data-figure=progress]").inner_text()
    page.click("a[href='#sdg-5']")
    assert page.locator("#sdg-5").is_visible()
    page.screenshot(path=str(SHOTS / "plan.png"), full_page=True)

    page.goto(live_server.url + "/tr/network/plans/iyc/")
    assert "Eğitimleri destekleyeceğiz" in page.locator("[data-goal='4'] [data-promised]").inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(SHOTS / "plan-tr-phone.png"), full_page=True)
