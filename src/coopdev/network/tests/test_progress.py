"""The roll-up and staleness rules, on constructed cases worked out by hand."""

import datetime as dt
from decimal import Decimal

import pytest

from coopdev.network import progress as rules
from coopdev.network import selectors
from coopdev.network.progress import DeliverableState, Staleness
from coopdev.network.services import progress_update_create
from coopdev.network.tests.factories import DeliverableFactory, PlanFactory, WorkingGroupFactory

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
CREATED = NOW - dt.timedelta(days=400)


def state(status="on-track", progress=0, updated_days_ago=None, created=CREATED):
    at = None if updated_days_ago is None else NOW - dt.timedelta(days=updated_days_ago)
    return DeliverableState(status=status, progress=progress, last_update_at=at, created_at=created)


class TestRollUp:
    def test_a_deliverable_counts_its_latest_percentage_and_done_counts_as_100(self):
        assert rules.deliverable_progress(state(progress=35)) == 35
        assert rules.deliverable_progress(state(status="done", progress=80)) == 100

    def test_a_group_is_the_plain_mean_of_its_deliverables(self):
        # (0 + 50 + 100) / 3 = 50
        assert (
            rules.mean_progress([state(progress=0), state(progress=50), state(status="done", progress=100)])
            == 50
        )

    def test_dropped_deliverables_are_left_out_and_an_empty_group_has_no_progress(self):
        # (20 + 40) / 2 = 30; the dropped one at 0 would give 20
        assert rules.mean_progress([state(progress=20), state(progress=40), state(status="dropped")]) == 30
        assert rules.mean_progress([state(status="dropped")]) is None
        assert rules.mean_progress([]) is None

    def test_the_mean_keeps_one_decimal_rounded_half_up(self):
        # (10 + 15 + 20 + 0 + 0 + 0) / 6 = 7.5 ; (1 + 0 + 0) / 3 = 0.333.. -> 0.3
        assert rules.mean_progress([state(progress=p) for p in (10, 15, 20, 0, 0, 0)]) == Decimal("7.5")
        assert rules.mean_progress([state(progress=1), state(), state()]) == Decimal("0.3")

    def test_the_plan_weighs_groups_by_their_number_of_deliverables(self, db):
        """Group A: 3 deliverables at 100, 100, 100 (done). Group B: one at 0, one at 20.

        Group means: A = 100, B = 10. Mean of group means would be 55; the rule is the mean over
        all five deliverables: (100 * 3 + 0 + 20) / 5 = 64. An empty group C does not pull it down.
        """
        plan = PlanFactory()
        group_a = WorkingGroupFactory(plan=plan)
        group_b = WorkingGroupFactory(plan=plan)
        WorkingGroupFactory(plan=plan)  # C: nothing planned yet
        for _i in range(3):
            d = DeliverableFactory(working_group=group_a, created_at=CREATED)
            progress_update_create(deliverable=d, status="done", progress=100, at=NOW)
        b1 = DeliverableFactory(working_group=group_b, created_at=CREATED)
        b2 = DeliverableFactory(working_group=group_b, created_at=CREATED)
        progress_update_create(deliverable=b1, status="not-started", progress=0, at=NOW)
        progress_update_create(deliverable=b2, status="on-track", progress=20, at=NOW)

        report = selectors.plan_report(plan=selectors.plan_get_public(slug=plan.slug), now=NOW)

        assert [g.progress for g in report.groups] == [Decimal(100), Decimal(10), None]
        assert report.progress == Decimal(64)
        assert (report.deliverables, report.done) == (5, 3)

    def test_the_latest_update_wins_even_if_an_older_one_is_recorded_later(self, db):
        d = DeliverableFactory(created_at=CREATED)
        progress_update_create(deliverable=d, status="on-track", progress=60, at=NOW - dt.timedelta(days=1))
        progress_update_create(deliverable=d, status="on-track", progress=30, at=NOW - dt.timedelta(days=10))
        d.refresh_from_db()
        assert (d.progress, d.last_update_at) == (60, NOW - dt.timedelta(days=1))
        assert d.updates.count() == 2


class TestStaleness:
    @pytest.mark.parametrize(
        ("days", "expected"),
        [
            (0, Staleness.GREEN),
            (59, Staleness.GREEN),
            (60, Staleness.AMBER),
            (119, Staleness.AMBER),
            (120, Staleness.RED),
            (500, Staleness.RED),
        ],
    )
    def test_open_deliverables_age_from_their_last_update_by_the_default_60_and_120_days(
        self, days, expected
    ):
        assert rules.deliverable_staleness(state(updated_days_ago=days), now=NOW) == expected

    def test_without_any_update_the_age_counts_from_creation(self):
        assert (
            rules.deliverable_staleness(state(created=NOW - dt.timedelta(days=61)), now=NOW)
            == Staleness.AMBER
        )
        assert (
            rules.deliverable_staleness(state(created=NOW - dt.timedelta(days=3)), now=NOW) == Staleness.GREEN
        )

    def test_closed_deliverables_are_never_stale(self):
        assert (
            rules.deliverable_staleness(state(status="done", updated_days_ago=900), now=NOW)
            == Staleness.GREEN
        )
        assert (
            rules.deliverable_staleness(state(status="dropped", updated_days_ago=900), now=NOW)
            == Staleness.GREEN
        )

    def test_the_thresholds_come_from_settings(self, settings):
        settings.NETWORK_STALE_AMBER_DAYS = 10
        settings.NETWORK_STALE_RED_DAYS = 20
        assert rules.deliverable_staleness(state(updated_days_ago=10), now=NOW) == Staleness.AMBER
        assert rules.deliverable_staleness(state(updated_days_ago=20), now=NOW) == Staleness.RED

    def test_groups_and_plans_show_the_worst_signal(self, db):
        plan = PlanFactory()
        fresh = WorkingGroupFactory(plan=plan)
        mixed = WorkingGroupFactory(plan=plan)
        d = DeliverableFactory(working_group=fresh, created_at=CREATED)
        progress_update_create(deliverable=d, status="on-track", progress=10, at=NOW - dt.timedelta(days=5))
        d_amber = DeliverableFactory(working_group=mixed, created_at=CREATED)
        progress_update_create(
            deliverable=d_amber, status="on-track", progress=10, at=NOW - dt.timedelta(days=70)
        )
        d_done = DeliverableFactory(working_group=mixed, created_at=CREATED)
        progress_update_create(
            deliverable=d_done, status="done", progress=100, at=NOW - dt.timedelta(days=300)
        )

        report = selectors.plan_report(plan=selectors.plan_get_public(slug=plan.slug), now=NOW)

        assert [g.staleness for g in report.groups] == [Staleness.GREEN, Staleness.AMBER]
        assert report.staleness == Staleness.AMBER
        assert rules.worst([]) == Staleness.GREEN


def test_the_sdg_view_puts_declarations_and_deliverables_under_each_goal(db):
    from coopdev.network.services import plan_load

    plan = plan_load(
        data={
            "slug": "by-goal",
            "starts_on": "2024-07-05",
            "declarations": [{"sdgs": ["4"], "text": "Train"}, {"sdgs": ["5.5", "8"], "text": "Lead"}],
            "working_groups": [
                {
                    "name": "G",
                    "deliverables": [
                        {
                            "title": "Course",
                            "owner": "A",
                            "due_on": "2025-01-01",
                            "sdgs": ["4"],
                            "updates": [{"status": "on-track", "progress": 40, "days_ago": 1}],
                        },
                        {
                            "title": "Fund",
                            "owner": "B",
                            "due_on": "2025-01-01",
                            "sdgs": ["8"],
                            "updates": [{"status": "done", "progress": 100, "days_ago": 1}],
                        },
                    ],
                }
            ],
        },
        now=NOW,
    )
    report = selectors.plan_report(plan=selectors.plan_get_public(slug=plan.slug), now=NOW)
    by_goal = {g.goal.number: g for g in report.by_goal}
    assert sorted(by_goal) == [4, 5, 8]  # the target 5.5 brings its goal
    assert [d.text["en"] for d in by_goal[5].declarations] == ["Lead"]
    assert by_goal[5].deliverables == []
    assert by_goal[4].progress == 40
    assert (by_goal[8].progress, by_goal[8].done) == (100, 1)
