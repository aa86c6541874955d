"""The two seat rules where seed 001 leaves room for judgement, as pure functions (see RULES.md).

Seed 001 says: "If one region will not full fill the 20 allocated seats, the remaining ones
will be equally divided among the other regions" and "Gender and generational aspects will
always be taken into consideration". It does not say what happens to a remainder that does
not divide equally, to seats a region could not use, to unused staff seats, or how balance is
weighed against first come, first served. The choices made here:

**Sharing freed seats** (``share_seats``): the freed seats are shared *equally* among the
regions that have people waiting, but no region receives more seats than it has people
waiting (a max-min fair share, "water filling"): each round gives every region still in need
``seats // regions`` seats (capped at its need); when fewer seats than regions remain, they go
one each to the regions with the most people still waiting, ties to the region whose first
waiting person arrived earliest. Seats nobody needs stay where they are.

**Balance when promoting** (``pick_for_balance``): among the next ``BALANCE_WINDOW`` (5)
people on a pool's waiting list, the one whose admission leaves the smallest imbalance among
the pool's seat holders is promoted, the imbalance being ``|women - men| + |under 35 - 35 and
over|``; ties go to the earliest arrival. So when balance is not at stake, first come, first
served decides; "prefer not to say" and "non-binary / other" never count against anyone.
"""

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """Who a waiting person is, for the balance rule."""

    key: Hashable
    gender: str  # "woman", "man", "other", "unsaid"
    age_band: str  # "young", "35-54", "55+", "unsaid"


@dataclass
class Balance:
    """Counts of a pool's seat holders that the balance rule looks at."""

    women: int = 0
    men: int = 0
    young: int = 0
    older: int = 0

    def with_person(self, gender: str, age_band: str) -> "Balance":
        return Balance(
            women=self.women + (gender == "woman"),
            men=self.men + (gender == "man"),
            young=self.young + (age_band == "young"),
            older=self.older + (age_band in ("35-54", "55+")),
        )

    @property
    def imbalance(self) -> int:
        return abs(self.women - self.men) + abs(self.young - self.older)


def pick_for_balance(balance: Balance, waiting: Sequence[Candidate], window: int) -> Candidate:
    """The person to promote: among the first ``window`` in ``waiting`` (arrival order), the one
    leaving the smallest imbalance; the earliest arrival on a tie."""
    if not waiting:
        raise ValueError("nobody is waiting")
    head = list(waiting[:window])
    return min(
        enumerate(head),
        key=lambda item: (balance.with_person(item[1].gender, item[1].age_band).imbalance, item[0]),
    )[1]


def share_seats(seats: int, needs: Mapping[str, int], tie_order: Sequence[str]) -> dict[str, int]:
    """Share ``seats`` among recipients with ``needs`` (people waiting), max-min fairly.

    ``tie_order`` lists the recipients by the arrival of their first waiting person (earliest
    first) and breaks ties between equally long waiting lists. Returns seats per recipient
    (recipients that get none are left out); the total may be below ``seats`` when needs are met.
    """
    rank = {pool: i for i, pool in enumerate(tie_order)}
    remaining = {pool: need for pool, need in needs.items() if need > 0}
    given: dict[str, int] = {}
    while seats > 0 and remaining:
        share = seats // len(remaining)
        if share == 0:
            # Fewer seats than regions: one each to the longest waiting lists, then earliest arrival.
            for pool in sorted(remaining, key=lambda p: (-remaining[p], rank.get(p, len(rank))))[:seats]:
                given[pool] = given.get(pool, 0) + 1
            break
        for pool in list(remaining):
            take = min(share, remaining[pool])
            given[pool] = given.get(pool, 0) + take
            seats -= take
            remaining[pool] -= take
            if remaining[pool] == 0:
                del remaining[pool]
    return given
