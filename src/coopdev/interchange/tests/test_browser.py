"""The data pages in a real Chromium: an editor uploads a file with a problem on a phone-sized
screen, reads the report, and nothing on the way is wider than the screen."""

import pytest

from coopdev.accounts.tests.factories import PASSWORD, member
from coopdev.interchange.models import ImportJob
from coopdev.organisations.models import Membership
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import OrganisationFactory

from .conftest import FIXTURES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 375, "height": 800}
# What sticks out of the screen, to say which element to fix when the width check fails.
WIDER_THAN_PHONE = """() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > 376)
    .filter((e) => !e.closest('.table-scroll'))
    .slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def fits(page) -> list[str]:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    return (
        []
        if width <= PHONE["width"]
        else [f"{page.url} is {width} px wide", *page.evaluate(WIDER_THAN_PHONE)]
    )


def test_an_editor_uploads_a_file_with_a_problem_on_a_phone_and_reads_where_it_is(
    live_server, browser, tmp_path
):
    from coopdev.reference.models import Country
    from coopdev.reference.services import reference_load

    if not Country.objects.exists():  # a transactional test before may have flushed them
        reference_load()
    org = OrganisationFactory(
        name="Società Cooperativa Sociale di Cooperazione Internazionale per lo Sviluppo Sostenibile",
        iati_identifier="IT-CF-00000000001",
    )
    member(org, Membership.Role.EDITOR, username="edna")
    bad = tmp_path / "activities.xml"
    bad.write_text(
        (FIXTURES / "valid-203.xml").read_text(encoding="utf-8").replace('code="2"', 'code="99"', 1),
        encoding="utf-8",
    )
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    base = live_server.url
    try:
        page.goto(base + "/data/")
        assert fits(page) == []
        page.goto(base + "/accounts/login/")
        page.fill("#id_username", "edna")
        page.fill("#id_password", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url("**/accounts/workspace/")

        page.goto(base + "/data/import/")
        assert fits(page) == []
        page.get_by_label("Organisation").select_option(str(org.pk))
        page.set_input_files("input[type=file]", str(bad))
        page.get_by_role("button", name="Import").click()
        page.get_by_role("heading", name="Problems").wait_for()

        assert fits(page) == []
        job = ImportJob.objects.get()
        assert job.status == ImportJob.Status.FAILED and page.url.endswith(f"/data/import/{job.uuid}/")
        row = page.locator(".interchange-errors tbody tr").first
        assert "line 10" in row.inner_text() and "99" in row.inner_text()  # the activity-status line
        assert Project.objects.count() == 0  # the file is refused as a whole
    finally:
        context.close()
