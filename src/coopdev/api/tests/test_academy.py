"""The Academy through the API: the web form's rules, the same service, nobody else's data."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from coopdev.academy import forms, services
from coopdev.academy.models import ConsentText, Registration
from coopdev.academy.tests.factories import SessionFactory, consent, register, small_session
from coopdev.api.views import academy as views

pytestmark = pytest.mark.django_db


def body(**overrides):
    data = {
        "name": "Amina Njeri",
        "email": "amina@example.org",
        "organisation": "Kenya Coop",
        "country": "KE",
        "gender": "woman",
        "age_band": "young",
        "consent": True,
        "consent_version": consent().version,
    }
    data.update(overrides)
    return data


def url(session):
    return f"/api/v1/academy/sessions/{session.slug}/registrations/"


def test_registering_takes_a_seat_in_the_countrys_pool_and_records_consent(
    api, django_capture_on_commit_callbacks
):
    session = small_session(per_region=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(url(session), body(), format="json")
    assert response.status_code == 201
    assert response.json()["created"] is True
    assert response.json()["place"] == "seat"
    assert response.json()["state"] == "pending"
    registration = Registration.objects.get()
    assert (registration.pool, registration.holds_seat) == ("africa", True)
    assert registration.consent == consent() and registration.consent_at is not None
    assert registration.email == "amina@example.org"
    # The personal links go by e-mail to the address given, never in the response.
    assert registration.token not in response.content.decode()
    assert registration.cancel_token not in response.content.decode()
    assert any(registration.token in m.body for m in mail.outbox)


def test_a_full_pool_gives_a_waiting_list_place(api):
    session = small_session(per_region=1)
    register(session, "africa")
    response = api.post(url(session), body(), format="json")
    assert response.status_code == 201
    assert response.json()["place"] == "waiting_list"
    assert Registration.objects.get(email="amina@example.org").holds_seat is False


def test_registering_twice_with_one_address_gives_one_registration(api):
    session = small_session()
    assert api.post(url(session), body(), format="json").status_code == 201
    again = api.post(url(session), body(email="Amina@EXAMPLE.org", name="Someone else"), format="json")
    assert again.status_code == 200
    assert again.json()["created"] is False
    assert again.json()["message"] == str(views.MSG_ALREADY)
    assert Registration.objects.count() == 1
    assert "Amina Njeri" not in again.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"email": "not-an-address"},
            "email",
            "Please enter a valid e-mail address, such as name@example.org.",
        ),
        ({"country": "ZZ"}, "country", forms.MSG_UNKNOWN_COUNTRY),
        ({"consent": False}, "consent", forms.MSG_CONSENT_REQUIRED),
    ],
)
def test_invalid_input_is_400_with_the_forms_message_and_saves_nothing(api, overrides, field, message):
    session = small_session()
    response = api.post(url(session), body(**overrides), format="json")
    assert response.status_code == 400
    assert response.json()[field] == [str(message)]
    assert not Registration.objects.exists()


def test_an_outdated_consent_version_is_refused(api):
    session = small_session()
    old = consent().version
    ConsentText.objects.create(version=old + 1, text="A new text.")
    response = api.post(url(session), body(consent_version=old), format="json")
    assert response.status_code == 400
    assert response.json()["consent_version"] == [str(forms.MSG_CONSENT_OUTDATED)]
    assert not Registration.objects.exists()


def test_missing_fields_and_bodies_that_are_not_objects_are_400(api):
    session = small_session()
    assert set(api.post(url(session), {}, format="json").json()) >= {"name", "email", "country", "consent"}
    assert api.post(url(session), ["a", "list"], format="json").status_code == 400
    assert not Registration.objects.exists()


def test_a_closed_or_unknown_session_refuses_registration(api):
    started = SessionFactory(starts_at=timezone.now() - dt.timedelta(hours=1))
    response = api.post(url(started), body(), format="json")
    assert response.status_code == 409
    assert response.json() == {"detail": str(services.MSG_STARTED)}
    closing = SessionFactory(registration_closes_at=timezone.now() - dt.timedelta(minutes=1))
    response = api.post(url(closing), body(), format="json")
    assert response.status_code == 409
    assert response.json() == {"detail": str(services.MSG_CLOSED)}
    assert api.post("/api/v1/academy/sessions/nope/registrations/", body(), format="json").status_code == 404
    unpublished = SessionFactory(is_published=False)
    assert api.post(url(unpublished), body(), format="json").status_code == 404
    assert not Registration.objects.exists()


def test_cancelling_with_the_token_frees_the_seat_for_the_next_person(api):
    session = small_session(per_region=1)
    holder = register(session, "africa")
    waiting = register(session, "africa")
    response = api.post(
        "/api/v1/academy/registrations/cancel/", {"cancel_token": holder.cancel_token}, format="json"
    )
    assert response.status_code == 200
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.state == Registration.State.CANCELLED
    assert waiting.holds_seat is True
    again = api.post(
        "/api/v1/academy/registrations/cancel/", {"cancel_token": holder.cancel_token}, format="json"
    )
    assert again.status_code == 410
    assert again.json() == {"detail": str(services.MSG_CANCEL_LINK_USED)}
    unknown = api.post("/api/v1/academy/registrations/cancel/", {"cancel_token": "x-nothing"}, format="json")
    assert unknown.status_code == 404


def test_the_catalogue_lists_upcoming_sessions_with_seat_counts_only(api, django_assert_max_num_queries):
    session = small_session(per_region=1, title="Cooperatives and the SDGs")
    register(session, "africa", name="Secret Person", email="secret@example.org")
    register(session, "africa")
    SessionFactory(starts_at=timezone.now() - dt.timedelta(days=2), title="Past")
    SessionFactory(is_published=False, title="Hidden")
    with django_assert_max_num_queries(10):
        response = api.get("/api/v1/academy/sessions/")
    data = response.json()
    assert [s["title"] for s in data["results"]] == ["Cooperatives and the SDGs"]
    africa = next(p for p in data["results"][0]["seats"]["pools"] if p["pool"] == "africa")
    assert (africa["quota"], africa["taken"], africa["free"], africa["waiting"]) == (1, 1, 0, 1)
    text = response.content.decode()
    for private in ("Secret Person", "secret@example.org", session.meeting_url):
        assert private not in text
    detail = api.get(f"/api/v1/academy/sessions/{session.slug}/").json()
    assert detail["seats"] == data["results"][0]["seats"]


def test_the_consent_text_to_agree_to_is_published(api):
    current = consent()
    assert api.get("/api/v1/academy/consent/").json() == {"version": current.version, "text": current.text}
