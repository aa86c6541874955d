"""The DDP pages in a real Chromium: charts draw, filters recompute, languages switch, history works."""

from decimal import Decimal

import pytest

from coopdev.projects.tests.factories import (
    OrganisationFactory,
    ProjectFactory,
    add_country,
    add_sdgs,
    add_sector,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FIRST_SDG_NAME = (
    "() => echarts.getInstanceByDom(document.querySelector('[data-chart=sdgs]'))"
    ".getOption().series[0].data[0].row.name"
)
CHART_POINTS = """(kind) => {
    const el = document.querySelector(`[data-chart="${kind}"]`);
    const chart = el && echarts.getInstanceByDom(el);
    if (!chart || !chart.getOption() || !chart.getOption().series) return 0;
    return chart.getOption().series[0].data.filter((d) => d && d.row).length;
}"""


@pytest.fixture
def projects():
    from coopdev.reference.models import Country
    from coopdev.reference.services import reference_load

    # A transactional test before this one flushed the tables; serialized_rollback does not
    # always restore them (it depends on which tests pytest-django saw first), so reload.
    if not Country.objects.exists():
        reference_load()
    coop = OrganisationFactory(name="Coop Latte", slug="coop-latte")
    made = []
    for i, (country, goals, sector) in enumerate(
        [("KE", (2, 8), "31120"), ("BR", (3,), "12220"), ("UA", (3, 8), "12191"), ("IT", (12,), "32130")]
    ):
        p = ProjectFactory(
            reporting_org=coop, total_value=Decimal(100_000 * (i + 1)), managed_value=Decimal(10_000)
        )
        add_country(p, country)
        add_sdgs(p, *goals)
        add_sector(p, sector)
        made.append(p)
    return made


def _figure(page, name: str) -> str:
    return page.locator(f'[data-figure="{name}"] .value').inner_text()


def _wait_for_charts(page):
    page.wait_for_function("() => document.querySelectorAll('[data-chart=map] svg path').length > 100")
    page.wait_for_function(f"() => ({CHART_POINTS})('sdgs') === 17")


def test_dashboard_charts_and_map_render_with_data(live_server, page, projects):
    page.goto(live_server.url + "/")
    _wait_for_charts(page)
    for kind, expected in (("regions", 3), ("sdgs", 17), ("sectors", 4), ("years", 3), ("map", 4)):
        assert page.evaluate(CHART_POINTS, kind) == expected, kind
        assert page.locator(f'[data-chart="{kind}"] svg').count() == 1
    # Every chart has a table view a keyboard can open.
    summary = page.locator("#h-sdgs ~ details.table-view summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("#h-sdgs ~ details.table-view table").is_visible()


def test_a_filter_changes_the_figures_and_the_back_button_restores_them(live_server, page, projects):
    page.goto(live_server.url + "/explore/")
    assert _figure(page, "projects") == "4"
    page.select_option("#id_sdg", "3")
    page.click("button[type=submit]")
    page.wait_for_url("**/explore/?*sdg=3*")
    assert _figure(page, "projects") == "2"
    _wait_for_charts(page)
    assert page.evaluate(CHART_POINTS, "map") == 2
    page.select_option("#id_region", "americas")
    page.click("button[type=submit]")
    page.wait_for_url("**region=americas*")
    assert _figure(page, "projects") == "1"
    page.go_back()
    page.wait_for_url(lambda url: "sdg=3" in url and "region=americas" not in url)
    assert _figure(page, "projects") == "2"
    assert page.locator("#id_sdg").input_value() == "3"


def test_clicking_a_country_on_the_map_opens_the_filtered_list(live_server, page, projects):
    page.goto(live_server.url + "/")
    _wait_for_charts(page)
    url = page.evaluate(
        """() => {
        const chart = echarts.getInstanceByDom(document.querySelector('[data-chart=map]'));
        return chart.getOption().series[0].data.find(d => d.row.key === 'KE').row.url;
    }"""
    )
    assert url.endswith("/explore/?country=KE")
    page.goto(live_server.url + url)
    assert _figure(page, "projects") == "1"


def test_the_language_switch_changes_the_labels(live_server, page, projects):
    page.goto(live_server.url + "/")
    _wait_for_charts(page)
    assert page.evaluate(FIRST_SDG_NAME) == "No poverty"
    with page.expect_request(lambda r: r.url.endswith("/i18n/setlang/") and r.method == "POST"):
        page.select_option("#lang-select", "it")
    page.wait_for_function("() => document.documentElement.lang === 'it'")
    _wait_for_charts(page)
    assert page.evaluate(FIRST_SDG_NAME) == "Sconfiggere la povertà"
    assert "Sconfiggere la povertà" in page.locator("#h-sdgs ~ details.table-view").text_content()
    # Money follows the language too: Italian puts the euro sign after the amount.
    assert _figure(page, "total_value_eur").endswith("€")


def test_pages_fit_a_phone_screen(live_server, browser, projects):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    phone = context.new_page()
    try:
        for path in (
            "/",
            "/explore/?sdg=3",
            f"/projects/{projects[0].iati_identifier}/",
            "/sdg/3/factsheet/",
        ):
            phone.goto(live_server.url + path)
            width = phone.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 375, (path, width)
    finally:
        context.close()
