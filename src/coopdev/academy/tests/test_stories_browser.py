"""Real Chromium: staff log in, approve a story, and it appears on the public wall."""

import pytest
from django.contrib.auth import get_user_model

from coopdev.academy.models import Story
from coopdev.academy.tests.stories_factories import pledge, story

# The width once the picture has loaded (0 if the server refused it): waits instead of racing the load.
LOADED_WIDTH = (
    "img => img.complete ? img.naturalWidth"
    " : new Promise(done => { img.onload = img.onerror = () => done(img.naturalWidth); })"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("reference_rows"),
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_staff_approve_a_story_and_it_appears_on_the_public_wall(page, live_server):
    get_user_model().objects.create_user("moderator", "mod@ica.coop", "s3cret-pass", is_staff=True)
    story(of=pledge(country="KE", kind="mentoring"), title="Mentoring the Nairobi dairy coop", picture=True)

    page.goto(live_server.url + "/academy/pay-it-forward/")
    assert "Mentoring the Nairobi dairy coop" not in page.content()

    page.goto(live_server.url + "/admin/login/?next=/academy/staff/stories/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("s3cret-pass")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Mentoring the Nairobi dairy coop").wait_for()
    assert page.locator("article.moderation img").evaluate(LOADED_WIDTH) > 0  # staff preview
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("Story approved: it is now on the public wall.").wait_for()
    assert Story.objects.get().status == "approved"

    visitor = page.context.browser.new_context()
    wall = visitor.new_page()
    wall.goto(live_server.url + "/academy/pay-it-forward/?region=africa")
    wall.get_by_role("link", name="Mentoring the Nairobi dairy coop").click()
    wall.get_by_role("heading", name="Mentoring the Nairobi dairy coop").wait_for()
    assert wall.locator("meta[property='og:image']").get_attribute("content").startswith(live_server.url)
    assert wall.locator(".story-pictures img").evaluate(LOADED_WIDTH) > 0
    visitor.close()
