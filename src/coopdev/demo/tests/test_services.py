"""Loading the demo dataset: once, all or nothing, and the same every time."""

import dataclasses

import pytest

from coopdev.demo import generator
from coopdev.demo.generator import DemoTargetMissed, demo_check
from coopdev.demo.selectors import demo_figures
from coopdev.demo.services import demo_load
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import ProjectFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_dataset")]


def snapshot() -> list[tuple]:
    """What the dataset says, without database ids or timestamps."""
    return [
        (
            p.iati_identifier,
            p.reporting_org.iati_identifier,
            p.title,
            p.total_value,
            p.total_value_eur,
            p.managed_value,
            p.value_currency,
            p.planned_start,
            p.actual_end,
            p.people_reached,
            sorted((c.country_id, c.percentage) for c in p.countries.all()),
            sorted((s.vocabulary, s.code, s.percentage) for s in p.sectors.all()),
            sorted((t.vocabulary, t.code) for t in p.tags.all()),
            sorted((b.period_start, b.value) for b in p.budgets.all()),
            sorted((t.ref, t.type, t.value) for t in p.transactions.all()),
            sorted((loc.ref, loc.latitude, loc.longitude) for loc in p.locations.all()),
            sorted(g.number for g in p.sdg_goals.all()),
        )
        for p in Project.objects.filter(is_demo=True)
        .select_related("reporting_org")
        .prefetch_related("countries", "sectors", "tags", "budgets", "transactions", "locations", "sdg_goals")
        .order_by("iati_identifier")
    ]


def test_loading_again_does_nothing_when_the_dataset_is_there():
    before = snapshot()

    result = demo_load()

    assert result.loaded is False
    assert snapshot() == before


def test_replace_rebuilds_exactly_the_same_dataset():
    before, figures = snapshot(), demo_figures()

    result = demo_load(replace=True)

    assert result.loaded is True
    assert result.deleted_projects == 218
    assert snapshot() == before
    assert demo_figures() == figures


def test_replace_leaves_real_projects_alone():
    real = ProjectFactory()

    demo_load(replace=True)

    assert Project.objects.filter(pk=real.pk, is_demo=False).exists()


def test_a_missed_target_rolls_the_whole_load_back(monkeypatch):
    before = snapshot()
    monkeypatch.setattr(generator, "TARGETS", dataclasses.replace(generator.TARGETS, countries=88))

    with pytest.raises(DemoTargetMissed) as missed:
        demo_load(replace=True)

    assert missed.value.misses == ["87 countries instead of 88"]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"top_goals": (8, 3, 12)}, "the most frequent SDGs"),
        ({"min_health_people": 2_000_000}, "health projects reach"),
        ({"health_organisations": 11}, "health organisations instead of 11"),
    ],
)
def test_the_check_names_each_missed_target(monkeypatch, change, expected):
    monkeypatch.setattr(generator, "TARGETS", dataclasses.replace(generator.TARGETS, **change))

    with pytest.raises(DemoTargetMissed) as missed:
        demo_check(demo_figures())

    assert any(expected in miss for miss in missed.value.misses)
