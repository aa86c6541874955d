import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from coopdev.academy import forms, services
from coopdev.academy.models import AuditEntry, Registration
from coopdev.academy.tests.factories import SessionFactory, confirm, consent, register, small_session

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "name": "Amina Njeri",
        "email": "amina@example.org",
        "organisation": "Kenya Coop",
        "country": "KE",
        "gender": "woman",
        "age_band": "young",
        "consent": "on",
        "consent_version": consent().version,
    }
    data.update(overrides)
    return data


def test_empty_catalogue_says_so_in_each_section(client):
    response = client.get(reverse("academy:index"))
    assert response.status_code == 200
    for text in (
        "No session is scheduled yet.",
        "No special edition is planned",
        "No session has taken place yet",
    ):
        assert text in response.text


def test_catalogue_lists_upcoming_special_and_past_sessions(client, django_assert_max_num_queries):
    SessionFactory(title="Upcoming one")
    SessionFactory(title="Special one", kind="special")
    SessionFactory(
        title="Past one", starts_at=timezone.now() - dt.timedelta(days=3), recording_url="https://v.example/1"
    )
    with django_assert_max_num_queries(8):
        response = client.get(reverse("academy:index"))
    assert [s.title for s in response.context["upcoming"]] == ["Upcoming one"]
    assert [s.title for s in response.context["special"]] == ["Special one"]
    assert [s.title for s in response.context["past"]] == ["Past one"]


def test_session_page_shows_utc_start_with_a_local_time_hook_and_seat_counts_only(client):
    session = small_session(per_region=2, starts_at=dt.datetime(2031, 5, 6, 13, 30, tzinfo=dt.UTC))
    register(session, "europe", name="Secret Person")
    response = client.get(session.get_absolute_url())
    assert (
        '<time datetime="2031-05-06T13:30:00+00:00" data-local-time>6 May 2031, 13:30 UTC</time>'
        in response.text
    )
    assert "local-time.js" in response.text
    assert "Secret Person" not in response.text
    assert session.meeting_url not in response.text
    europe = next(p for p in response.context["seats"].pools if p.pool == "europe")
    assert (europe.quota, europe.taken, europe.free) == (2, 1, 1)


def test_registration_form_registers_and_holds_a_seat(client):
    session = SessionFactory()
    response = client.post(session.get_absolute_url(), form_data())
    assert "Check your e-mail" in response.text
    registration = Registration.objects.get()
    assert (registration.pool, registration.holds_seat, registration.state) == ("africa", True, "pending")
    assert registration.consent.version == consent().version


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "not-an-address"}, "Please enter a valid e-mail address"),
        ({"country": "XX"}, str(forms.MSG_UNKNOWN_COUNTRY)),
        ({"consent": ""}, str(forms.MSG_CONSENT_REQUIRED)),
    ],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_saved(client, overrides, message):
    session = SessionFactory()
    response = client.post(session.get_absolute_url(), form_data(**overrides))
    assert response.status_code == 200
    assert message in response.text
    assert not Registration.objects.exists()


def test_registration_after_the_session_started_is_refused_clearly(client):
    session = SessionFactory(starts_at=timezone.now() + dt.timedelta(days=1))
    client.get(session.get_absolute_url())
    session.starts_at = timezone.now() - dt.timedelta(minutes=1)
    session.save()
    response = client.post(session.get_absolute_url(), form_data())
    assert str(services.MSG_STARTED) in response.text
    assert not Registration.objects.exists()


def test_registration_closed_before_start_shows_the_services_message(client):
    session = SessionFactory(registration_closes_at=timezone.now() - dt.timedelta(minutes=1))
    response = client.post(session.get_absolute_url(), form_data())
    assert str(services.MSG_CLOSED) in response.text
    assert not Registration.objects.exists()


def test_meeting_link_only_on_the_confirmed_participants_page(client):
    session = small_session(per_region=1)
    seat, waiting = register(session), register(session)
    assert session.meeting_url not in client.get(seat.get_absolute_url()).text
    confirm(seat), confirm(waiting)
    assert session.meeting_url in client.get(seat.get_absolute_url()).text
    page = client.get(waiting.get_absolute_url()).text
    assert session.meeting_url not in page and "number 1 on your group" in page


def test_confirm_link_get_changes_nothing_and_post_confirms(client):
    registration = register(SessionFactory())
    url = reverse("academy:confirm", args=[registration.token])
    client.get(url)
    registration.refresh_from_db()
    assert registration.state == "pending"
    client.post(url)
    registration.refresh_from_db()
    assert registration.state == "confirmed"


def test_reused_cancellation_link_gives_a_clear_message(client):
    registration = register(SessionFactory())
    url = reverse("academy:cancel", args=[registration.cancel_token])
    assert "Cancel my registration" in client.get(url).text
    assert "Your registration is cancelled" in client.post(url).text
    again = client.post(url)
    assert again.status_code == 410 and str(services.MSG_CANCEL_LINK_USED) in again.text
    assert str(services.MSG_CANCEL_LINK_USED) in client.get(url).text


def test_ics_for_a_session_and_the_feed(client):
    session = SessionFactory(
        title="Coops, SDGs; and more", starts_at=dt.datetime(2031, 1, 2, 9, 0, tzinfo=dt.UTC)
    )
    body = client.get(reverse("academy:session_ics", args=[session.slug])).content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and "DTSTART:20310102T090000Z\r\n" in body
    assert "SUMMARY:Coops\\, SDGs\\; and more" in body
    feed = client.get(reverse("academy:feed")).content.decode()
    assert feed.count("BEGIN:VEVENT") == 1


def test_staff_pages_are_for_staff_only(client):
    session = SessionFactory()
    response = client.get(reverse("academy:staff_session", args=[session.slug]))
    assert response.status_code == 302 and "/admin/login/" in response.url


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_user("staff", password="x", is_staff=True)
    client.force_login(user)
    return client


def test_staff_session_page_shows_pools_waiting_list_balance_and_rule(
    staff_client, django_assert_max_num_queries
):
    session = small_session(per_region=1)
    register(session, gender="woman", age_band="young", name="Holder Woman")
    register(session, gender="man", name="Waiting Man")
    with django_assert_max_num_queries(15):
        response = staff_client.get(reverse("academy:staff_session", args=[session.slug]))
    assert "Holder Woman" in response.text and "Waiting Man" in response.text
    assert "|women − men| + |under 35 − 35 and over|" in response.text
    europe = next(d for d in response.context["pools"] if d.seats.pool == "europe")
    assert [r.name for r in europe.holders] == ["Holder Woman"] and [r.name for r in europe.waiting] == [
        "Waiting Man"
    ]
    assert response.context["balance"]["women"] == 1


def test_staff_cancel_through_the_page_is_logged_with_the_reason(staff_client):
    session = small_session(per_region=1)
    holder, waiting = register(session), register(session)
    staff_client.post(
        reverse("academy:staff_action", args=[holder.pk]), {"action": "cancel", "reason": "double"}
    )
    waiting.refresh_from_db()
    assert waiting.holds_seat
    assert AuditEntry.objects.get(action="cancel").reason == "double"


def test_export_neutralises_formulas_in_csv_and_xlsx(staff_client):
    import io

    from openpyxl import load_workbook

    session = SessionFactory()
    register(session, name='=HYPERLINK("http://evil")')
    csv_body = staff_client.get(reverse("academy:staff_export", args=[session.slug, "csv"])).content.decode()
    assert "'=HYPERLINK" in csv_body
    xlsx = staff_client.get(reverse("academy:staff_export", args=[session.slug, "xlsx"])).content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert sheet.cell(row=2, column=2).value.startswith("'=")


def test_attendance_and_certificate(staff_client, client):
    session = small_session()
    registration = confirm(register(session, name="Present Person"))
    staff_client.post(
        reverse("academy:staff_attendance", args=[session.slug]), {"present": [registration.pk]}
    )
    registration.refresh_from_db()
    assert registration.attended is True
    certificate = staff_client.get(reverse("academy:staff_certificate", args=[registration.pk]))
    assert "Present Person" in certificate.text and "Certificate of attendance" in certificate.text


def _csrf_field(html: str) -> str:
    import re

    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def _free_seats_shown(html: str, pool: str) -> int:
    import re

    match = re.search(rf'<tr data-pool="{pool}">.*?<td class="num">\d+</td><td class="num">(\d+)</td>', html)
    assert match, f"no seat row for {pool}"
    return int(match.group(1))


def test_anonymous_session_page_is_served_from_the_cache_with_each_visitors_own_token(
    settings, django_assert_num_queries
):
    from django.test import Client

    settings.ACADEMY_PAGE_CACHE_SECONDS = 60
    session = SessionFactory()
    first = Client(enforce_csrf_checks=True).get(session.get_absolute_url())
    visitor = Client(enforce_csrf_checks=True)
    with django_assert_num_queries(0):
        again = visitor.get(session.get_absolute_url())
    assert again.status_code == 200
    assert again.text.count("__coopdev_csrf_token__") == 0
    assert _csrf_field(again.text) != _csrf_field(first.text)
    # The token on the cached copy is this visitor's own: the registration goes through.
    response = visitor.post(
        session.get_absolute_url(), {**form_data(), "csrfmiddlewaretoken": _csrf_field(again.text)}
    )
    assert response.status_code == 200
    assert "Check your e-mail" in response.text
    assert Registration.objects.count() == 1


def test_cached_session_page_is_per_language_and_skipped_for_visitors_with_a_session(settings, client):
    settings.ACADEMY_PAGE_CACHE_SECONDS = 60
    session = small_session(per_region=2)
    client.get(session.get_absolute_url())  # cached: 2 free in Europe
    register(session, "europe")
    stale = client.get(session.get_absolute_url())
    assert _free_seats_shown(stale.text, "europe") == 2  # at most ACADEMY_PAGE_CACHE_SECONDS old
    english = client.get(session.get_absolute_url())
    assert '<html lang="en">' in english.text
    with translation.override("it"):
        italian = client.get(session.get_absolute_url())
    assert '<html lang="it">' in italian.text
    client.cookies[settings.SESSION_COOKIE_NAME] = "someone"
    fresh = client.get(session.get_absolute_url())
    europe = next(p for p in fresh.context["seats"].pools if p.pool == "europe")
    assert (europe.taken, europe.free) == (1, 1)


def test_session_page_cache_off_renders_every_time(settings, client):
    settings.ACADEMY_PAGE_CACHE_SECONDS = 0
    session = small_session(per_region=2)
    client.get(session.get_absolute_url())
    register(session, "europe")
    pools = client.get(session.get_absolute_url()).context["seats"].pools
    assert next(p for p in pools if p.pool == "europe").taken == 1
