"""The project's section pages in a real Chromium: an editor adds a budget (converted to euros),
a result with an indicator's target and actual, and a location picked on the map; the history
shows each change field by field, and the pages fit a phone screen."""

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

from coopdev.accounts.tests.factories import PASSWORD, StaffFactory, member
from coopdev.organisations.models import Membership
from coopdev.projects.services import project_create
from coopdev.projects.tests.factories import OrganisationFactory
from coopdev.projects.tests.test_review import valid_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = Path(tempfile.gettempdir()) / "accounts-shots"  # /tmp/accounts-shots: screenshots to look at
WIDER_THAN_PHONE = """() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > 376).slice(0, 8)
    .map((e) => `${e.tagName}.${e.className}#${e.id} ${e.getBoundingClientRect().right}`)"""


@pytest.fixture
def project():
    from coopdev.reference.models import Country
    from coopdev.reference.services import reference_load

    if not Country.objects.exists():  # a transactional test before may have flushed them
        reference_load()
    org = OrganisationFactory(name="Coop Acqua", slug="coop-acqua", iati_identifier="XM-DAC-41")
    editor = member(org, Membership.Role.EDITOR, username="edna", email="edna@coop.example")
    StaffFactory(username="rita", email="rita@platform.example")
    return project_create(organisation=org, user=editor, data=valid_data())


def test_an_editor_adds_a_budget_a_result_and_a_location(live_server, browser, project):
    SHOTS.mkdir(parents=True, exist_ok=True)
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(base + "/accounts/login/")
        page.fill("#id_username", "edna")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/accounts/workspace/")
        page.goto(base + f"/accounts/projects/{project.pk}/edit/")

        # Budgets: a bad amount is refused next to its field, and nothing is saved.
        page.click(".section-nav >> text=Budgets")
        page.fill("#id_budgets-0-period_start", "2024-01-01")
        page.fill("#id_budgets-0-period_end", "2024-12-31")
        page.fill("#id_budgets-0-value", "0")
        page.select_option("#id_budgets-0-currency", "USD")
        page.click("[data-action=save]")
        error = page.locator("#id_budgets-0-value_error")
        assert "more than 0" in error.inner_text()
        assert page.locator("#id_budgets-0-value").get_attribute("aria-invalid") == "true"
        assert page.evaluate("() => document.activeElement.id") == "id_budgets-0-value"
        assert not project.budgets.exists()
        page.fill("#id_budgets-0-value", "120000")
        page.click("[data-add-row]")  # a second row, added in the page
        page.fill("#id_budgets-1-period_start", "2025-01-01")
        page.fill("#id_budgets-1-period_end", "2025-12-31")
        page.fill("#id_budgets-1-value", "80000")
        page.click("[data-action=save]")
        page.wait_for_selector("text=Changes saved.")
        assert sorted(project.budgets.values_list("value", flat=True)) == [Decimal(80000), Decimal(120000)]
        assert "In euros at the value date: EUR" in page.locator("[data-eur]").first.inner_text()
        assert page.locator(".section-nav [data-section=budgets] .count").inner_text() == "2"
        page.screenshot(path=str(SHOTS / "budgets.png"), full_page=True)

        # A result with an indicator, its baseline, target and actual.
        page.click(".section-nav >> text=Results")
        page.click("[data-action=add-result]")
        page.select_option("#id_result-type", "1")
        page.fill("#id_result-title", "Wells dug and run by the members")
        page.fill("#id_ind-0-title", "Wells in use")
        page.fill("#id_ind-0-baseline_year", "2023")
        page.fill("#id_ind-0-baseline_value", "0")
        page.fill("#id_ind-0-per-0-period_start", "2024-01-01")
        page.fill("#id_ind-0-per-0-period_end", "2024-12-31")
        page.fill("#id_ind-0-per-0-target_value", "12")
        page.fill("#id_ind-0-per-0-actual_value", "9")
        page.screenshot(path=str(SHOTS / "result-form.png"), full_page=True)
        page.click("[data-action=save]")
        page.wait_for_selector("text=Changes saved.")
        card = page.locator("[data-result='0']")
        assert "Wells in use" in card.inner_text() and "12" in card.inner_text()
        period = project.results.get().indicators.get().periods.get()
        assert (period.target_value, period.actual_value) == (Decimal(12), Decimal(9))
        page.screenshot(path=str(SHOTS / "results.png"), full_page=True)

        # A location: clicking the map fills the coordinates.
        page.click(".section-nav >> text=Locations")
        page.fill("#id_locations-0-name", "Kisumu")
        svg = page.locator("[data-map-pick] svg")
        svg.wait_for()
        box = svg.bounding_box()
        # East Africa: about 35° E, 0° N in an equirectangular 360 x 180 box.
        svg.click(position={"x": box["width"] * (215 / 360), "y": box["height"] * (90 / 180)})
        latitude = float(page.input_value("#id_locations-0-latitude"))
        longitude = float(page.input_value("#id_locations-0-longitude"))
        assert abs(latitude) < 3 and 32 < longitude < 38
        page.screenshot(path=str(SHOTS / "locations.png"), full_page=True)
        page.click("[data-action=save]")
        page.wait_for_selector("text=Changes saved.")
        assert project.locations.get().longitude == pytest.approx(longitude)

        page.goto(base + f"/accounts/projects/{project.pk}/history/")
        history = page.locator(".history").inner_text()
        assert "Budget" in history and "120000.00" in history
        assert "Wells in use" in history and "Target: 12" in history
        page.screenshot(path=str(SHOTS / "history-children.png"), full_page=True)

        # The reviewer sees the rows in what waits for review, and publishes them.
        page.goto(base + f"/accounts/projects/{project.pk}/edit/")
        page.click("[data-action=submit]")
        page.wait_for_selector("text=Submitted for review.")
        reviewer = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        try:
            review = reviewer.new_page()
            review.goto(base + "/accounts/login/")
            review.fill("#id_username", "rita")
            review.fill("#id_password", PASSWORD)
            review.click("button[type=submit]")
            review.wait_for_url("**/accounts/workspace/")
            review.goto(base + f"/accounts/review/{project.pk}/")
            changes = review.locator("table.changes").first.inner_text()
            assert "Budget 2024-01-01 – 2024-12-31 added" in changes and "Location “Kisumu” added" in changes
            review.screenshot(path=str(SHOTS / "review-children.png"), full_page=True)
            review.click("[data-action=publish]")
            review.wait_for_selector("text=Nothing waits for review.")
        finally:
            reviewer.close()
        public = context.new_page()
        public.goto(base + f"/projects/{project.iati_identifier}/")
        assert public.locator("text=Clean water for cooperatives").count() >= 1
        public.close()

        phone = browser.new_context(
            viewport={"width": 375, "height": 800}, storage_state=context.storage_state()
        )
        try:
            phone_page = phone.new_page()
            for path in ("budgets", "transactions", "results", "results/0", "locations", "organisations"):
                phone_page.goto(base + f"/accounts/projects/{project.pk}/{path}/")
                width = phone_page.evaluate("() => document.documentElement.scrollWidth")
                assert width <= 375, (path, width, phone_page.evaluate(WIDER_THAN_PHONE))
            phone_page.goto(base + f"/accounts/projects/{project.pk}/budgets/")
            phone_page.screenshot(path=str(SHOTS / "budgets-phone.png"), full_page=True)
        finally:
            phone.close()
    finally:
        context.close()
