"""The roll-up and staleness rules of action plans (pure functions, no database).

Roll-up
    * A deliverable's progress is the percentage of its latest progress update (0 before any);
      a deliverable marked *done* counts as 100. A *dropped* deliverable is left out of every
      roll-up: it is no longer promised, so it neither helps nor hurts.
    * A working group's progress is the plain mean of its counted deliverables' progress, each
      weighted equally; a group with no counted deliverable has no progress (``None``).
    * A plan's progress is the mean over **all** its counted deliverables, i.e. the groups'
      progress weighted by their number of deliverables (a group of ten commitments weighs ten
      times a group of one). Empty groups do not pull the plan to zero.
    * Means are rounded half up to a whole percentage only for display; the rule keeps one decimal.

Staleness (settings ``NETWORK_STALE_AMBER_DAYS`` = 60 and ``NETWORK_STALE_RED_DAYS`` = 120 by default)
    * An open deliverable (not done, not dropped) is measured from its latest update or, before
      any, from its creation: fewer than *amber* days is green, fewer than *red* days is amber,
      otherwise red. Closed deliverables are always green (nothing is owed).
    * A working group, and a plan, take the worst signal of their deliverables (red > amber >
      green); with no deliverable they are green.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from coopdev.network import conf
from coopdev.network.models import DeliverableStatus


class Staleness(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


_RANK = {Staleness.GREEN: 0, Staleness.AMBER: 1, Staleness.RED: 2}


@dataclass(frozen=True)
class DeliverableState:
    """What the rules need of one deliverable."""

    status: str
    progress: int
    last_update_at: dt.datetime | None
    created_at: dt.datetime


def deliverable_counts(state: DeliverableState) -> bool:
    return state.status != DeliverableStatus.DROPPED


def deliverable_progress(state: DeliverableState) -> Decimal:
    if state.status == DeliverableStatus.DONE:
        return Decimal(100)
    return Decimal(min(max(state.progress, 0), 100))


def mean_progress(states: Iterable[DeliverableState]) -> Decimal | None:
    """Equal-weight mean of the counted deliverables' progress, to one decimal; None if none count."""
    values = [deliverable_progress(s) for s in states if deliverable_counts(s)]
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def deliverable_staleness(
    state: DeliverableState, *, now: dt.datetime, amber_days: int | None = None, red_days: int | None = None
) -> Staleness:
    if state.status in (DeliverableStatus.DONE, DeliverableStatus.DROPPED):
        return Staleness.GREEN
    amber = conf.stale_amber_days() if amber_days is None else amber_days
    red = conf.stale_red_days() if red_days is None else red_days
    since = state.last_update_at or state.created_at
    days = (now - since).days
    if days >= red:
        return Staleness.RED
    if days >= amber:
        return Staleness.AMBER
    return Staleness.GREEN


def worst(signals: Iterable[Staleness]) -> Staleness:
    return max(signals, key=lambda s: _RANK[s], default=Staleness.GREEN)
