import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from coopdev.academy import services
from coopdev.academy.models import Registration
from coopdev.academy.selectors import session_seats
from coopdev.academy.tests.factories import SessionFactory, confirm, register, small_session

pytestmark = pytest.mark.django_db


def test_participant_downloads_their_data(client):
    registration = register(SessionFactory(), name="Data Owner")
    response = client.get(reverse("academy:data", args=[registration.token]))
    data = json.loads(response.content)
    assert data["name"] == "Data Owner" and data["consent"]["version"] == registration.consent.version
    assert response["Content-Disposition"].startswith("attachment")


def test_erasing_before_the_session_cancels_blanks_and_promotes(client):
    session = small_session(per_region=1)
    person, waiting = register(session, name="Leaving"), register(session)
    old_token = person.token
    client.post(reverse("academy:erase", args=[person.token]))
    person.refresh_from_db()
    waiting.refresh_from_db()
    assert (person.name, person.email, person.organisation, person.country) == ("", "", "", None)
    assert (person.state, person.pool, person.anonymised_at is not None) == ("cancelled", "europe", True)
    assert waiting.holds_seat
    assert client.get(reverse("academy:registration", args=[old_token])).status_code == 404


def test_anonymising_after_the_session_keeps_the_counts():
    session = small_session(per_region=2)
    people = [confirm(register(session, gender="woman")) for _ in range(2)]
    Registration.objects.filter(pk=people[0].pk).update(attended=True)
    session.starts_at = timezone.now() - dt.timedelta(days=91)
    session.save()
    before = session_seats(session=session)
    assert services.registrations_anonymise_due() == 2
    after = session_seats(session=session)
    assert [(p.taken, p.waiting) for p in after.pools] == [(p.taken, p.waiting) for p in before.pools]
    assert set(Registration.objects.values_list("email", flat=True)) == {""}
    assert Registration.objects.filter(attended=True, gender="woman").count() == 1


def test_recent_sessions_are_not_anonymised_yet():
    session = SessionFactory()
    register(session)
    session.starts_at = timezone.now() - dt.timedelta(days=89)
    session.save()
    assert services.registrations_anonymise_due() == 0


def test_public_pages_never_show_participants(client):
    session = SessionFactory()
    register(session, name="Private Person", email="private@example.org")
    for url in (reverse("academy:index"), session.get_absolute_url(), reverse("academy:feed")):
        body = client.get(url).content.decode()
        assert "Private Person" not in body and "private@example.org" not in body
