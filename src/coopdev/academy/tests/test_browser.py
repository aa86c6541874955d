"""Real Chromium: register, confirm from the e-mail link, cancel."""

import re

import pytest
from django.core import mail

from coopdev.academy.models import Registration
from coopdev.academy.tests.factories import SessionFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("reference_rows"),
]


def link_in(body: str, part: str) -> str:
    return re.search(rf"https?://\S+({re.escape(part)}\S+)", body).group(1)


def test_register_confirm_and_cancel_in_a_browser(page, live_server):
    session = SessionFactory(title="Cooperatives as intermediaries")
    page.goto(live_server.url + "/academy/")
    page.get_by_role("link", name="Cooperatives as intermediaries").click()
    assert page.locator("span.local-time").first.inner_text()  # the visitor's time zone is shown
    page.get_by_label("Full name").fill("Maria Rossi")
    page.get_by_label("E-mail address").fill("maria@example.org")
    page.get_by_label("Country").select_option("IT")
    page.get_by_label("I agree to the processing of my data").check()
    page.get_by_role("button", name="Register").click()
    page.get_by_role("heading", name="Check your e-mail").wait_for()

    (request_mail,) = mail.outbox
    page.goto(live_server.url + link_in(request_mail.body, "/academy/r/"))
    page.get_by_role("button", name="Confirm my e-mail address").click()
    page.get_by_text("Your seat is confirmed.").wait_for()
    assert session.meeting_url in page.content()

    cancel_path = link_in(request_mail.body, "/academy/cancel/")
    page.goto(live_server.url + cancel_path)
    page.get_by_role("button", name="Cancel my registration").click()
    page.get_by_text("Your registration is cancelled").wait_for()
    page.goto(live_server.url + cancel_path)
    assert "already been used" in page.content()
    assert Registration.objects.get().state == "cancelled"


def test_the_staff_session_page_fits_a_phone(browser, live_server):
    from coopdev.academy.tests.factories import confirm, register, small_session
    from coopdev.accounts.tests.factories import PASSWORD, StaffFactory

    session = small_session(per_region=1, title="Cooperatives and the SDGs: measuring what we contribute")
    for region in ("europe", "africa", "europe"):  # the third waits
        confirm(
            register(session, region, gender="woman", age_band="young", name="Maria Benedetta Rossi-Ferrante")
        )
    StaffFactory(username="rita")
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="en-GB")
    phone = context.new_page()
    try:
        phone.goto(live_server.url + "/accounts/login/")
        phone.fill("#id_username", "rita")
        phone.fill("#id_password", PASSWORD)
        phone.click("main button[type=submit]")
        phone.wait_for_load_state()
        phone.goto(f"{live_server.url}/academy/staff/s/{session.slug}/")
        phone.get_by_role("heading", name="Balance of seat holders").wait_for()
        assert "Maria Benedetta Rossi-Ferrante" in phone.content()
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375, f"the staff session page is {width} px wide on a 375 px screen"
    finally:
        context.close()
