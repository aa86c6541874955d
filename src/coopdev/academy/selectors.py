"""Reads of the Academy: catalogue lists, seat figures, staff overviews, exports and personal data.

Every seat figure shown (public page, staff page, export) comes from ``session_seats``; the
public page only ever shows counts, never who holds a seat.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from coopdev.academy import conf
from coopdev.academy.allocation import Balance
from coopdev.academy.models import POOL_LABELS, POOLS, ConsentText, Registration, SeatTransfer, Session
from coopdev.core.process_memo import remembered

State = Registration.State
WAITING_STATES = (State.PENDING, State.WAITLISTED)


def _published() -> QuerySet[Session]:
    return Session.objects.filter(is_published=True).prefetch_related("sdgs")


def session_list_upcoming(*, now: dt.datetime | None = None) -> QuerySet[Session]:
    return (
        _published()
        .filter(starts_at__gte=now or timezone.now(), kind=Session.Kind.REGULAR)
        .order_by("starts_at")
    )


def session_list_special(*, now: dt.datetime | None = None) -> QuerySet[Session]:
    return (
        _published()
        .filter(starts_at__gte=now or timezone.now(), kind=Session.Kind.SPECIAL)
        .order_by("starts_at")
    )


def session_list_past(*, now: dt.datetime | None = None) -> QuerySet[Session]:
    return _published().filter(starts_at__lt=now or timezone.now()).order_by("-starts_at")


def session_feed(*, now: dt.datetime | None = None) -> QuerySet[Session]:
    """Upcoming sessions of every kind, for the iCal feed."""
    return _published().filter(starts_at__gte=now or timezone.now()).order_by("starts_at")


def session_get_public(*, slug: str, with_topics: bool = True, max_age: float = 0) -> Session | None:
    """A published session; ``with_topics`` also fetches its SDG topics (one more query).

    ``max_age`` > 0 accepts this process's copy of at most that many seconds: a registration
    only needs the session to know which one it is (the service re-reads it under the lock).
    """

    def fetch() -> Session | None:
        sessions = _published() if with_topics else Session.objects.filter(is_published=True)
        return sessions.filter(slug=slug).first()

    return remembered(("academy:session", slug, with_topics), max_age, fetch)


@dataclass
class PoolSeats:
    pool: str
    quota: int
    base_quota: int
    taken: int
    waiting: int

    @property
    def label(self) -> str:
        return str(POOL_LABELS[self.pool])

    @property
    def free(self) -> int:
        return max(self.quota - self.taken, 0)


@dataclass
class SessionSeats:
    pools: list[PoolSeats]
    capacity: int

    @property
    def taken(self) -> int:
        return sum(p.taken for p in self.pools)

    @property
    def free(self) -> int:
        return sum(p.free for p in self.pools)

    @property
    def waiting(self) -> int:
        return sum(p.waiting for p in self.pools)


def session_seats(*, session: Session) -> SessionSeats:
    """Seats per pool: quota (after redistribution), taken (held or confirmed), waiting. Three queries."""
    quotas = {pool: session.base_quota(pool) for pool in POOLS}
    for transfer in SeatTransfer.objects.filter(session=session).values("from_pool", "to_pool", "seats"):
        quotas[transfer["from_pool"]] -= transfer["seats"]
        quotas[transfer["to_pool"]] += transfer["seats"]
    rows = (
        Registration.objects.filter(session=session, state__in=Registration.ACTIVE_STATES)
        .values("pool")
        .annotate(
            taken=Count("id", filter=Q(holds_seat=True)), waiting=Count("id", filter=Q(holds_seat=False))
        )
    )
    counts = {row["pool"]: {"taken": row["taken"], "waiting": row["waiting"]} for row in rows}
    return SessionSeats(
        pools=[
            PoolSeats(
                pool=pool,
                quota=quotas[pool],
                base_quota=session.base_quota(pool),
                taken=counts.get(pool, {}).get("taken", 0),
                waiting=counts.get(pool, {}).get("waiting", 0),
            )
            for pool in POOLS
        ],
        capacity=session.capacity,
    )


def waitlist_position(*, registration: Registration) -> int | None:
    """1-based place on the pool's waiting list, or None when the person holds a seat or is not waiting."""
    if registration.holds_seat or registration.state not in WAITING_STATES:
        return None
    ahead = Registration.objects.filter(
        session_id=registration.session_id, pool=registration.pool, holds_seat=False, state__in=WAITING_STATES
    ).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


@dataclass
class PoolDetail:
    seats: PoolSeats
    holders: list[Registration] = field(default_factory=list)
    waiting: list[Registration] = field(default_factory=list)
    balance: Balance = field(default_factory=Balance)


def session_pools_for_staff(*, session: Session) -> list[PoolDetail]:
    """Each pool's seats, holders, waiting list (arrival order) and gender/age balance. Staff only."""
    seats = session_seats(session=session)
    details = {p.pool: PoolDetail(seats=p) for p in seats.pools}
    registrations = (
        Registration.objects.filter(session=session, state__in=Registration.ACTIVE_STATES)
        .select_related("country")
        .order_by("created_at", "id")
    )
    for registration in registrations:
        detail = details[registration.pool]
        if registration.holds_seat:
            detail.holders.append(registration)
            detail.balance = detail.balance.with_person(registration.gender, registration.age_band)
        else:
            detail.waiting.append(registration)
    return list(details.values())


def session_balance(*, session: Session) -> dict[str, int]:
    """Gender and age counts of everyone holding a seat in the session."""
    return Registration.objects.filter(session=session, holds_seat=True).aggregate(
        women=Count("id", filter=Q(gender=Registration.Gender.WOMAN)),
        men=Count("id", filter=Q(gender=Registration.Gender.MAN)),
        other=Count("id", filter=Q(gender=Registration.Gender.OTHER)),
        gender_unsaid=Count("id", filter=Q(gender=Registration.Gender.UNSAID)),
        young=Count("id", filter=Q(age_band=Registration.AgeBand.YOUNG)),
        middle=Count("id", filter=Q(age_band=Registration.AgeBand.MIDDLE)),
        senior=Count("id", filter=Q(age_band=Registration.AgeBand.SENIOR)),
        age_unsaid=Count("id", filter=Q(age_band=Registration.AgeBand.UNSAID)),
    )


def registration_get_by_token(*, token: str) -> Registration | None:
    if not token or token.startswith("x-"):
        return None
    return Registration.objects.select_related("session", "country", "consent").filter(token=token).first()


EXPORT_HEADER = [
    "id",
    "name",
    "email",
    "organisation",
    "country",
    "ica_region",
    "pool",
    "state",
    "holds_seat",
    "waiting_position",
    "staff_claimed",
    "staff_confirmed",
    "gender",
    "age_band",
    "listing_consent",
    "consent_version",
    "arrived_at",
    "confirmed_at",
    "attended",
]


def participant_rows(*, session: Session) -> Iterator[list]:
    """The export rows of a session's registrations (one code path for CSV and XLSX)."""
    positions: dict[str, int] = {}
    registrations = (
        Registration.objects.filter(session=session)
        .select_related("country", "consent")
        .order_by("created_at", "id")
        .iterator(chunk_size=500)
    )
    for r in registrations:
        position = None
        if not r.holds_seat and r.state in WAITING_STATES:
            positions[r.pool] = positions.get(r.pool, 0) + 1
            position = positions[r.pool]
        yield [
            r.pk,
            r.name,
            r.email,
            r.organisation,
            r.country.name if r.country else "",
            r.ica_region,
            r.pool,
            r.state,
            r.holds_seat,
            position,
            r.staff_claimed,
            r.staff_check or "",
            r.gender,
            r.age_band,
            r.listing_consent,
            r.consent.version,
            r.created_at.isoformat(),
            r.confirmed_at.isoformat() if r.confirmed_at else "",
            "" if r.attended is None else r.attended,
        ]


def registration_personal_data(*, registration: Registration) -> dict:
    """Everything the Academy holds about the person, for their data download."""
    session = registration.session
    return {
        "session": {"title": session.title, "starts_at": session.starts_at.isoformat()},
        "name": registration.name,
        "email": registration.email,
        "organisation": registration.organisation,
        "country": registration.country.code if registration.country else None,
        "ica_region": registration.ica_region,
        "staff_claimed": registration.staff_claimed,
        "staff_confirmed": registration.staff_check or None,
        "gender": registration.gender,
        "age_band": registration.age_band,
        "consent": {
            "version": registration.consent.version,
            "text": registration.consent.text,
            "given_at": registration.consent_at.isoformat(),
        },
        "listing_consent": registration.listing_consent,
        "language": registration.language,
        "pool": registration.pool,
        "state": registration.state,
        "holds_seat": registration.holds_seat,
        "registered_at": registration.created_at.isoformat(),
        "confirmed_at": registration.confirmed_at.isoformat() if registration.confirmed_at else None,
        "cancelled_at": registration.cancelled_at.isoformat() if registration.cancelled_at else None,
        "attended": registration.attended,
    }


def consent_current() -> ConsentText | None:
    """The consent text people agree to now: the highest version.

    Kept in the process for ``ACADEMY_PAGE_CACHE_SECONDS`` (the age the cached session page
    may have, which shows the text): texts never change once saved, so a new version is at
    worst that late to be asked for, and whoever consented to the previous one is recorded
    with the version they saw.
    """
    return remembered(
        "academy:consent",
        conf.session_page_seconds(),
        lambda: ConsentText.objects.order_by("-version").first(),
    )
