"""The review cycle in a real Chromium: an editor creates and submits, a reviewer returns, the
editor fixes and resubmits, the reviewer publishes, and the project appears on the explore page."""

import tempfile
from pathlib import Path

import pytest
from django.core import mail

from coopdev.accounts.tests.factories import PASSWORD, StaffFactory, member
from coopdev.organisations.models import Membership
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# What sticks out of a 375 px screen, to say which element to fix when the width check fails.
WIDER_THAN_PHONE = """() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > 376).slice(0, 8)
    .map((e) => `${e.tagName}.${e.className}#${e.id} ${e.getBoundingClientRect().right}`)"""
SHOTS = Path(tempfile.gettempdir()) / "accounts-shots"  # /tmp/accounts-shots: screenshots to look at


@pytest.fixture
def people():
    from coopdev.reference.models import Country
    from coopdev.reference.services import reference_load

    # A transactional test before this one may have flushed the reference tables
    # (see the projects' browser tests).
    if not Country.objects.exists():
        reference_load()
    org = OrganisationFactory(name="Coop Acqua", slug="coop-acqua", iati_identifier="XM-DAC-41")
    editor = member(org, Membership.Role.EDITOR, username="edna", email="edna@coop.example")
    reviewer = StaffFactory(username="rita", email="rita@platform.example")
    return {"org": org, "editor": editor, "reviewer": reviewer}


def sign_in(page, base, username):
    page.goto(base + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/accounts/workspace/")


def pick(page, field, query, percentage=None):
    """Choose the first match of ``query`` in the picker that replaced <select id=id_<field>>."""
    search = page.locator(f"#id_{field} + .picker input[type=search]")
    search.fill(query)
    page.keyboard.press("Enter")
    chip = page.locator(f"#id_{field} + .picker .picker-chip").last
    if percentage is not None:
        chip.locator("input").fill(percentage)
    return chip


def test_editor_and_reviewer_take_a_project_to_publication(live_server, browser, people):
    SHOTS.mkdir(parents=True, exist_ok=True)
    base = live_server.url
    editor_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    reviewer_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    editor, reviewer = editor_context.new_page(), reviewer_context.new_page()
    try:
        sign_in(editor, base, "edna")
        editor.click("text=Coop Acqua")
        editor.click("text=New project")
        editor.fill("#id_iati_identifier", "XM-DAC-41-WELLS")
        editor.fill("#id_title_en", "Wells for dairy cooperatives")
        editor.fill("#id_description_en", "Twelve wells run by the members' water committees.")
        editor.fill("#id_planned_start", "2025-01-01")
        editor.fill("#id_planned_end", "2026-12-31")
        editor.fill("#id_total_value", "250000")
        editor.fill("#id_managed_value", "90000")
        editor.fill("#id_people_reached", "4000")
        editor.fill("#id_people_reached_women", "2100")
        editor.fill("#id_people_reached_men", "1900")
        pick(editor, "countries", "Kenya", "70")
        pick(editor, "countries", "Tanzania", "20")
        assert "90 / 100" in editor.locator("#id_countries + .picker .picker-sum").inner_text()
        pick(editor, "sectors", "14030")
        chip = pick(editor, "sdg_goals", "water")
        assert (
            chip.locator(".swatch").evaluate("el => getComputedStyle(el).backgroundColor")
            != "rgba(0, 0, 0, 0)"
        )
        pick(editor, "sdg_targets", "6.1")
        editor.keyboard.press("Escape")  # close the list of matches, as a user would
        editor.screenshot(path=str(SHOTS / "project-form.png"), full_page=True)

        # The shares do not add up: the form says so and keeps everything typed.
        editor.click("[data-action=save]")
        assert "must add up to 100 (they add up to 90" in editor.locator(".field-error").first.inner_text()
        assert editor.locator("#id_title_en").input_value() == "Wells for dairy cooperatives"
        editor.locator("#id_countries + .picker .picker-chip input").last.fill("30")
        editor.click("[data-action=save]")
        editor.wait_for_selector("text=Project created as a draft")
        project = Project.objects.get(iati_identifier="XM-DAC-41-WELLS")
        assert sorted(project.countries.values_list("country_id", flat=True)) == ["KE", "TZ"]
        assert list(project.sdg_goals.values_list("number", flat=True)) == [6]
        editor.click("[data-action=submit]")
        editor.wait_for_selector("text=Submitted for review. The reviewers have been told.")
        assert any(m.to == ["rita@platform.example"] for m in mail.outbox)

        sign_in(reviewer, base, "rita")
        reviewer.click("text=Review queue")
        reviewer.wait_for_selector("text=Wells for dairy cooperatives")
        reviewer.screenshot(path=str(SHOTS / "review-queue.png"), full_page=True)
        reviewer.click("tr[data-project='XM-DAC-41-WELLS'] >> text=Review")
        reviewer.fill("#id_comment", "Please add the women's savings groups to the description.")
        reviewer.click("[data-action=return]")
        reviewer.wait_for_selector("text=Returned to the editors with your comment.")
        assert any("women's savings groups" in m.body and m.to == ["edna@coop.example"] for m in mail.outbox)

        editor.reload()
        assert "women's savings groups" in editor.locator("[data-return-comment]").inner_text()
        editor.fill("#id_description_en", "Twelve wells; the women's savings groups keep the accounts.")
        editor.click("[data-action=save]")
        editor.wait_for_selector("text=Changes saved.")
        editor.click("[data-action=submit]")
        editor.wait_for_selector("text=Submitted for review.")

        reviewer.goto(base + "/accounts/review/")
        reviewer.click("tr[data-project='XM-DAC-41-WELLS'] >> text=Review")
        since = reviewer.locator(".since-review table.changes").inner_text()
        assert "savings groups keep the accounts" in since and "Wells for dairy" not in since
        reviewer.screenshot(path=str(SHOTS / "review-detail.png"), full_page=True)
        reviewer.click("[data-action=publish]")
        reviewer.wait_for_selector("text=Nothing waits for review.")

        editor.goto(base + "/accounts/workspace/coop-acqua/")
        assert "Published" in editor.locator("tr[data-project='XM-DAC-41-WELLS']").inner_text()
        editor.screenshot(path=str(SHOTS / "workspace.png"), full_page=True)
        editor.click("tr[data-project='XM-DAC-41-WELLS'] >> text=History")
        assert (
            editor.locator(".revision").count() == 6
        )  # created, submitted, returned, edited, submitted, published
        editor.screenshot(path=str(SHOTS / "history.png"), full_page=True)

        # The form and the workspace fit a phone screen.
        phone = browser.new_context(
            viewport={"width": 375, "height": 800}, storage_state=editor_context.storage_state()
        )
        try:
            phone_page = phone.new_page()
            for path in (f"/accounts/projects/{project.pk}/edit/", "/accounts/workspace/coop-acqua/"):
                phone_page.goto(base + path)
                width = phone_page.evaluate("() => document.documentElement.scrollWidth")
                wide = phone_page.evaluate(WIDER_THAN_PHONE)
                assert width <= 375, (path, width, wide)
            phone_page.screenshot(path=str(SHOTS / "workspace-phone.png"), full_page=True)
        finally:
            phone.close()

        visitor = browser.new_page()
        visitor.goto(base + "/explore/")
        assert visitor.locator("text=Wells for dairy cooperatives").count() >= 1
        visitor.close()
    finally:
        editor_context.close()
        reviewer_context.close()
