"""The network demo: seed 003's workshop in Turkish with translations, idempotent, marked is_demo."""

import pytest

from coopdev.network import selectors
from coopdev.network.demo import PLAN_SLUG, WORKSHOP_PARTICIPANTS, WORKSHOP_SLUG, network_demo_load
from coopdev.network.models import ActionPlan, Cooperative, Declaration, Event, Publication

pytestmark = pytest.mark.django_db


def test_the_demo_loads_once_and_replace_reloads_it():
    first = network_demo_load()
    assert first.loaded
    counts = [m.objects.count() for m in (Cooperative, Event, ActionPlan, Declaration, Publication)]
    assert not network_demo_load().loaded
    assert [m.objects.count() for m in (Cooperative, Event, ActionPlan, Declaration, Publication)] == counts
    again = network_demo_load(replace=True)
    assert again.loaded and again.deleted > 0
    assert [m.objects.count() for m in (Cooperative, Event, ActionPlan, Declaration, Publication)] == counts
    for model in (Cooperative, Event, ActionPlan, Publication):
        assert not model.objects.filter(is_demo=False).exists()


def test_the_workshop_is_in_turkish_with_its_participants_and_declarations_by_the_seed_sdgs():
    network_demo_load()
    event = Event.objects.get(slug=WORKSHOP_SLUG)
    assert event.original_language == "tr"
    assert event.title["tr"] == "2025 Uluslararası Kooperatifler Yılı Hazırlık ve Ağ Kurma Çalıştayı"
    assert set(event.title) == {"en", "tr", "it", "es", "fr"}
    names = set(event.participants.values_list("name", flat=True))
    assert {name for name, _kind in WORKSHOP_PARTICIPANTS} <= names
    kinds = set(event.participants.values_list("kind", flat=True))
    assert {"cooperative", "municipality", "un-agency", "university", "ministry"} <= kinds

    report = selectors.plan_report(plan=selectors.plan_get_public(slug=PLAN_SLUG))
    assert [g.goal.number for g in report.by_goal if g.declarations] == [4, 5, 8, 9, 10, 12, 13, 17]
    assert all(set(d.text) == {"tr", "en"} for g in report.by_goal for d in g.declarations)
    # the ages of the illustrative updates give every signal
    signals = {str(r.staleness) for g in report.groups for r in g.deliverables}
    assert signals == {"green", "amber", "red"}


def test_the_demo_keeps_one_pending_request_out_of_public_view():
    network_demo_load()
    assert Cooperative.objects.filter(status="pending", is_demo=True).count() == 1
    assert not selectors.cooperative_list_public().filter(status="pending").exists()
