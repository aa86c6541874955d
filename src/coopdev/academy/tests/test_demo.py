import pytest
from django.urls import reverse

from coopdev.academy.demo import DEMO_SESSIONS, academy_demo_load
from coopdev.academy.models import ConsentText, Session

pytestmark = pytest.mark.django_db


def test_demo_sessions_fill_every_list_of_the_catalogue_once(client):
    assert academy_demo_load() == len(DEMO_SESSIONS)
    assert academy_demo_load() == 0  # idempotent
    assert Session.objects.filter(slug__startswith="demo-").count() == len(DEMO_SESSIONS)
    assert ConsentText.objects.count() == 1
    upcoming = client.get(reverse("academy:index")).text
    assert "intermediary for eco-innovation" in upcoming  # seed 001's next session
    assert "Special edition: young cooperators" in upcoming
    past = client.get(reverse("academy:past")).text
    assert "Gender equality in cooperative governance" in past


def test_demo_sessions_have_the_seed_seats_and_say_they_are_illustrative():
    academy_demo_load()
    session = Session.objects.get(slug="demo-eco-innovation")
    assert (session.capacity, session.staff_seats, session.seats_africa) == (100, 20, 20)
    assert "Illustrative" in session.description
    assert sorted(session.sdgs.values_list("number", flat=True)) == [9, 12, 13]
