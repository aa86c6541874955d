"""Writes to the Academy: every change to seats goes through the services of this module.

**Why allocation cannot overbook.** Every service that takes, frees or moves a seat runs in
one ``transaction.atomic(durable=True)`` block and, before reading any seat count, locks the
session row (``_lock_session``). Availability is then recomputed from the registrations
under that lock, and the writes follow in the same transaction. Two allocations for one
session therefore never interleave:

* On PostgreSQL, ``SELECT ... FOR UPDATE`` on the session row makes every other allocating
  transaction for that session wait until this one commits; each then re-reads the counts
  (READ COMMITTED takes a fresh snapshot per statement, and the counts are read after the
  lock is granted), so it sees the seats the previous one took.
* On SQLite ``select_for_update`` is a no-op, but the settings open every transaction with
  ``BEGIN IMMEDIATE`` (``transaction_mode="IMMEDIATE"``): the database's single write lock is
  taken at the start of the transaction, so writers run one at a time and, because nobody
  else can commit while we hold it, what we read is the latest committed state.

The lock is taken *late*: input is validated (and the country looked up) before the
transaction opens, so the time the lock is held is a handful of short queries. ``durable=True``
makes sure no caller wraps a service in a larger transaction that would hold the lock longer
or commit the seat later than the service believes.

Side effects (e-mails) are queued in the same transaction when the task queue is a table of
the same database, else with ``transaction.on_commit``: either way nobody is told about a seat
that a rollback took away.

Every service also does the session's *housekeeping* under the same lock: holds whose time
ran out are released, freed seats go to the waiting lists, and after the regional cut-off
unused seats are shared among the regions with waiting lists (see ``allocation.py`` and
RULES.md). Correctness therefore never depends on a background job having run; the periodic
``coopdev tick`` only makes it happen without a visitor.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from coopdev.academy import conf
from coopdev.academy.allocation import Balance, Candidate, pick_for_balance, share_seats
from coopdev.academy.models import (
    POOL_STAFF,
    POOLS,
    REGION_CODES,
    AuditEntry,
    ConsentText,
    Registration,
    SeatTransfer,
    Session,
    new_token,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from coopdev.reference.models import Country

logger = logging.getLogger(__name__)

State = Registration.State
WAITING_STATES = (State.PENDING, State.WAITLISTED)

# Messages of RegistrationError, kept as constants so tests and views refer to the same
# text.
MSG_NOT_OPEN = _("Registration for this session has not opened yet.")
MSG_CLOSED = _("Registration for this session is closed.")
MSG_STARTED = _("This session has already started, so registration is closed.")
MSG_NOT_PUBLISHED = _("This session is not open for registration.")
MSG_LINK_INVALID = _("This link is not valid. Please check that you copied the whole link from the e-mail.")
MSG_CANCEL_LINK_USED = _("This cancellation link has already been used: the registration is cancelled.")
MSG_NOTHING_TO_CANCEL = _("This registration is no longer active, so there is nothing to cancel.")
MSG_EXPIRED = _(
    "The e-mail address was not confirmed in time, so the place was released. "
    "You are welcome to register again."
)
MSG_CANCELLED = _("This registration was cancelled.")
MSG_REASON_REQUIRED = _("Please give a reason: it is kept in the session's log.")
MSG_UNKNOWN_POOL = _("Unknown pool.")
MSG_SAME_POOL = _("The registration is already in that pool.")
MSG_NOT_PENDING = _("Only a registration waiting for e-mail confirmation can be approved.")


class RegistrationError(Exception):
    """A registration request the Academy's rules refuse; ``message`` is for the person."""

    def __init__(self, message: str | Promise) -> None:
        super().__init__(str(message))
        # Translated now, in the language of the request that hit the rule.
        self.message = str(message)


@dataclass(frozen=True)
class RegistrationInput:
    """What a person submits, already validated by the form or the API."""

    name: str
    email: str
    country: Country
    consent: ConsentText
    organisation: str = ""
    staff_claimed: bool = False
    gender: str = Registration.Gender.UNSAID
    age_band: str = Registration.AgeBand.UNSAID
    listing_consent: bool = False
    language: str = "en"

    def __post_init__(self) -> None:
        # The seat rules count these (gender and generational balance): a value outside the
        # choices would fall outside every count, so a caller that skipped the form is stopped here.
        if self.gender not in Registration.Gender.values:
            raise ValueError(f"gender must be one of {Registration.Gender.values}, not {self.gender!r}")
        if self.age_band not in Registration.AgeBand.values:
            raise ValueError(f"age_band must be one of {Registration.AgeBand.values}, not {self.age_band!r}")


def normalise_email(email: str) -> str:
    """The address as stored: trimmed, domain in lower case (local parts may be case-sensitive)."""
    email = email.strip()
    local, _sep, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}" if local else email


def email_is_staff_domain(email: str) -> bool:
    return email.rpartition("@")[2].lower() in conf.staff_email_domains()


# --- the lock and what is read under it -------------------------------------------------------


def _lock_session(session_id: int) -> Session:
    """Lock the session row: the one lock every allocation takes (see the module docstring)."""
    return Session.objects.select_for_update().get(pk=session_id)


@dataclass(frozen=True)
class SeatState:
    """What an allocation reads under the lock: each pool's quota (its base seats plus and minus
    the transfers) and seats held, the pending holds that ran out (pk, pool, holds a seat), and
    an address's active registration."""

    quotas: dict[str, int]
    occupied: dict[str, int]
    overdue: list[tuple[int, str, bool]]
    existing_pk: int | None


def _seat_state(session: Session, now: dt.datetime | None = None, email: str = "") -> SeatState:
    """The session's quotas, seats held per pool, overdue holds and (given ``email``) that
    address's active registration, read in one statement.

    A registration runs this while it holds the session lock, so every round trip here is
    time that the other registrations of the session queue for: four small reads cost four
    round trips (and, on a busy machine, four waits to be scheduled), this one costs one, and,
    being one statement, answers from one snapshot taken after the lock was granted. The address is
    matched as the one-active-registration-per-address constraint matches it (``lower``), so
    the constraint's index serves the lookup.
    """
    # Table names come from the models, every value is a parameter. The first SELECT types
    # the columns (PostgreSQL would take an untyped NULL for text).
    registrations, transfers = Registration._meta.db_table, SeatTransfer._meta.db_table
    sql = (
        "SELECT 'held', CAST(NULL AS bigint), pool, CAST(NULL AS varchar(20)), COUNT(*) "  # noqa: S608
        f"FROM {registrations} "
        "WHERE session_id = %s AND holds_seat = %s GROUP BY pool "
        f"UNION ALL SELECT 'transfer', NULL, from_pool, to_pool, seats FROM {transfers} "
        "WHERE session_id = %s "
        "UNION ALL SELECT 'overdue', id, pool, CASE WHEN holds_seat THEN 'y' ELSE '' END, 0 "
        f"FROM {registrations} WHERE session_id = %s AND state = %s AND seat_held_until < %s"
    )
    params: list[int | str | bool | dt.datetime] = [session.pk, True, session.pk]
    params += [session.pk, State.PENDING, now or timezone.now()]
    if email:
        sql += (
            f" UNION ALL SELECT 'existing', id, NULL, NULL, 0 FROM {registrations} "  # noqa: S608
            "WHERE session_id = %s AND lower(email) = lower(%s) AND state IN (%s, %s, %s) "
            "AND anonymised_at IS NULL"
        )
        params += [session.pk, email, *Registration.ACTIVE_STATES]
    occupied = dict.fromkeys(POOLS, 0)
    transfer_rows: list[tuple[str, str, int]] = []
    overdue: list[tuple[int, str, bool]] = []
    existing_pk = None
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for kind, pk, pool, other, n in cursor.fetchall():
            if kind == "held":
                occupied[pool] = n
            elif kind == "transfer":
                transfer_rows.append((pool, other, n))
            elif kind == "overdue":
                overdue.append((pk, pool, other == "y"))
            else:
                existing_pk = pk
    quotas = {pool: session.base_quota(pool) for pool in POOLS}
    for from_pool, to_pool, seats in transfer_rows:
        quotas[from_pool] -= seats
        quotas[to_pool] += seats
    return SeatState(quotas, occupied, overdue, existing_pk)


def _waiting(session: Session) -> dict[str, tuple[int, dt.datetime]]:
    """Per pool with people waiting: (how many, arrival of the first)."""
    rows = (
        Registration.objects.filter(session=session, holds_seat=False, state__in=WAITING_STATES)
        .values("pool")
        .annotate(n=Count("id"), first=Min("created_at"))
    )
    return {row["pool"]: (row["n"], row["first"]) for row in rows}


def _pool_balance(session: Session, pool: str) -> Balance:
    counts = Registration.objects.filter(session=session, pool=pool, holds_seat=True).aggregate(
        women=Count("id", filter=Q(gender=Registration.Gender.WOMAN)),
        men=Count("id", filter=Q(gender=Registration.Gender.MAN)),
        young=Count("id", filter=Q(age_band=Registration.AgeBand.YOUNG)),
        older=Count("id", filter=Q(age_band__in=[Registration.AgeBand.MIDDLE, Registration.AgeBand.SENIOR])),
    )
    return Balance(**counts)


def _tasks_share_the_transaction() -> bool:
    """Whether the task queue is a table of this database (the default backend)."""
    from django.tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(task_backends["default"], DatabaseBackend)


def _email_later(registration: Registration, kind: str) -> None:
    """Have the e-mail sent once this transaction commits, and never if it rolls back.

    With the database task backend the task row is written inside the transaction: it
    commits with the seat, or disappears with it, and the registration costs one commit
    instead of two (the worker cannot see the row before the commit). Any other backend is
    called after the commit.
    """
    from coopdev.academy.tasks import registration_email

    if _tasks_share_the_transaction():
        registration_email.enqueue(registration.pk, kind)
    else:
        transaction.on_commit(partial(registration_email.enqueue, registration.pk, kind))


def _audit(
    session: Session,
    action: str,
    *,
    actor: User | None = None,
    registration: Registration | None = None,
    reason: str = "",
    details: dict | None = None,
) -> None:
    AuditEntry.objects.create(
        session=session,
        registration=registration,
        actor=actor,
        action=action,
        reason=reason,
        details=details or {},
    )


# --- the rules applied under the lock ---------------------------------------------------------


def _fill(session: Session, pool: str) -> list[Registration]:
    """Give the free seats of ``pool`` to its waiting list under the balance rule. Lock held."""
    state = _seat_state(session)
    free = state.quotas[pool] - state.occupied[pool]
    if free <= 0:
        return []
    window = conf.BALANCE_WINDOW
    waiting = list(
        Registration.objects.filter(
            session=session, pool=pool, holds_seat=False, state__in=WAITING_STATES
        ).order_by("created_at", "id")[: free + window - 1]
    )
    balance = _pool_balance(session, pool)
    promoted = []
    while free > 0 and waiting:
        chosen = pick_for_balance(balance, [Candidate(r.pk, r.gender, r.age_band) for r in waiting], window)
        registration = next(r for r in waiting if r.pk == chosen.key)
        waiting.remove(registration)
        balance = balance.with_person(registration.gender, registration.age_band)
        free -= 1
        registration.holds_seat = True
        if registration.state == State.WAITLISTED:
            registration.state = State.CONFIRMED
        registration.save(update_fields=["holds_seat", "state"])
        _email_later(registration, "promoted")
        promoted.append(registration)
    return promoted


def _redistribute(session: Session, now: dt.datetime, actor: User | None = None, reason: str = "") -> int:
    """One round of the cut-off rule: unused seats of any pool go to the regions with waiting lists.

    Returns the number of seats moved. Lock held.
    """
    if session.redistributed_at is None:
        session.redistributed_at = now
        session.save(update_fields=["redistributed_at"])
    state = _seat_state(session, now)
    quotas, occupied = state.quotas, state.occupied
    waiting = _waiting(session)
    free = {pool: max(quotas[pool] - occupied[pool], 0) for pool in POOLS}
    donors = [pool for pool in POOLS if free[pool] > 0 and pool not in waiting]
    needs = {
        region: waiting[region][0] - free[region]
        for region in REGION_CODES
        if region in waiting and region not in donors and waiting[region][0] > free[region]
    }
    offered = sum(free[pool] for pool in donors)
    if not offered or not needs:
        return 0
    grants = share_seats(offered, needs, tie_order=sorted(needs, key=lambda region: waiting[region][1]))
    round_number = (
        SeatTransfer.objects.filter(session=session).aggregate(last=Max("round"))["last"] or 0
    ) + 1
    transfers = []
    donor_left = {pool: free[pool] for pool in donors}
    for region in REGION_CODES:
        to_give = grants.get(region, 0)
        for donor in donors:
            if not to_give:
                break
            take = min(to_give, donor_left[donor])
            if take:
                transfers.append(
                    SeatTransfer(
                        session=session,
                        from_pool=donor,
                        to_pool=region,
                        seats=take,
                        round=round_number,
                        created_at=now,
                    )
                )
                donor_left[donor] -= take
                to_give -= take
    SeatTransfer.objects.bulk_create(transfers)
    for region in grants:
        _fill(session, region)
    _audit(
        session,
        AuditEntry.Action.REDISTRIBUTE,
        actor=actor,
        reason=reason,
        details={
            "round": round_number,
            "transfers": [{"from": t.from_pool, "to": t.to_pool, "seats": t.seats} for t in transfers],
        },
    )
    return sum(t.seats for t in transfers)


def _housekeep(session: Session, now: dt.datetime, state: SeatState | None = None) -> bool:
    """Release holds whose time ran out, refill, and apply the cut-off rule when it is due. Lock held.

    ``state``, when the caller has just read it under the lock, saves reading the overdue holds
    again. Returns whether seats may have changed (the caller's ``state`` is then stale).
    """
    overdue = (state or _seat_state(session, now)).overdue
    # Called on every registration: when nothing ran out (the usual case) it costs one read.
    if overdue:
        Registration.objects.filter(pk__in=[pk for pk, _pool, _holds in overdue]).update(
            state=State.EXPIRED, holds_seat=False
        )
    pools = {pool for _pk, pool, holds in overdue if holds}
    for pool in sorted(pools):
        _fill(session, pool)
    if session.cutoff_passed(now) and session.starts_at > now:
        _redistribute(session, now)
        return True
    return bool(overdue)


def _release(session: Session, registration: Registration, now: dt.datetime) -> None:
    """Free the registration's seat (if any) and give it to the pool's waiting list. Lock held."""
    had_seat = registration.holds_seat
    registration.holds_seat = False
    registration.save(update_fields=["holds_seat", "state", "cancelled_at"])
    if had_seat:
        _fill(session, registration.pool)
    if session.cutoff_passed(now) and session.starts_at > now:
        _redistribute(session, now)


def registration_refusal(*, session: Session, now: dt.datetime | None = None) -> str | None:
    """Why registration for ``session`` is not possible now, or None when it is open."""
    now = now or timezone.now()
    if not session.is_published:
        return str(MSG_NOT_PUBLISHED)
    if now >= session.starts_at:
        return str(MSG_STARTED)
    if session.registration_opens_at and now < session.registration_opens_at:
        return str(MSG_NOT_OPEN)
    if now >= session.registration_deadline():
        return str(MSG_CLOSED)
    return None


def _check_open(session: Session, now: dt.datetime) -> None:
    refusal = registration_refusal(session=session, now=now)
    if refusal:
        raise RegistrationError(refusal)


def _registration_by(field: str, value: str) -> Registration:
    registration = Registration.objects.filter(**{field: value}).first() if value else None
    if registration is None:
        raise RegistrationError(MSG_LINK_INVALID)
    return registration


# --- the public services ----------------------------------------------------------------------


def registration_create(*, session: Session, data: RegistrationInput) -> tuple[Registration, bool]:
    """Register a person: a seat in their pool if one is free, else a place on its waiting list.

    Guarantees: at most one active registration per e-mail address and session (a second
    attempt returns the first, ``created`` False, and resends its confirmation request);
    never more seat holders in a pool than its quota; the seat or waiting place is held until
    ``seat_held_until`` for the person to confirm their address. Raises ``RegistrationError``
    when registration is not open.
    """
    email = normalise_email(data.email)
    staff_by_domain = email_is_staff_domain(email)
    region = data.country.ica_region.code
    pool = POOL_STAFF if staff_by_domain else region
    _check_open(session, timezone.now())  # early and cheap; repeated under the lock
    with transaction.atomic(durable=True):
        session = _lock_session(session.pk)
        now = timezone.now()
        _check_open(session, now)
        state = _seat_state(session, now, email=email)
        if state.existing_pk is not None:
            existing = Registration.objects.get(pk=state.existing_pk)
            if existing.state == State.PENDING:
                _email_later(existing, "confirm")
            return existing, False
        if _housekeep(session, now, state):
            state = _seat_state(session, now)
        holds_seat = state.occupied[pool] < state.quotas[pool]
        registration = Registration.objects.create(
            session=session,
            name=data.name.strip(),
            email=email,
            organisation=data.organisation.strip(),
            country=data.country,
            ica_region=region,
            staff_claimed=data.staff_claimed or staff_by_domain,
            staff_check=Registration.StaffCheck.DOMAIN if staff_by_domain else Registration.StaffCheck.NONE,
            gender=data.gender,
            age_band=data.age_band,
            consent=data.consent,
            consent_at=now,
            listing_consent=data.listing_consent,
            language=data.language,
            pool=pool,
            state=State.PENDING,
            holds_seat=holds_seat,
            seat_held_until=min(now + conf.confirmation_hold(), session.starts_at),
            created_at=now,
        )
        if not holds_seat and session.cutoff_passed(now):
            _redistribute(session, now)
        _email_later(registration, "confirm")
        _schedule_expiry(registration)
    return registration, True


EXPIRY_BUCKET_SECONDS = 60


def _schedule_expiry(registration: Registration) -> None:
    """Make sure the session is housekept soon after this registration's hold ends.

    One housekeeping run serves every hold that ends in the same minute, so a rush of
    registrations enqueues one task a minute, not one each (the cache's atomic ``add`` decides
    who enqueues; with a per-process cache a few processes may each enqueue one, which is
    harmless). A run releases every hold that has ended by then; the periodic tick is the
    backstop.
    """
    from coopdev.academy.tasks import session_housekeeping

    held_until = registration.seat_held_until
    if held_until is None:
        return
    bucket = math.ceil(held_until.timestamp() / EXPIRY_BUCKET_SECONDS)
    run_after = dt.datetime.fromtimestamp(bucket * EXPIRY_BUCKET_SECONDS, tz=dt.UTC)
    key = f"coopdev:academy-expiry:{registration.session_id}:{bucket}"

    def enqueue() -> None:
        remember_for = (run_after - timezone.now()).total_seconds() + 2 * EXPIRY_BUCKET_SECONDS
        if not cache.add(key, 1, timeout=remember_for):
            return
        try:
            session_housekeeping.using(run_after=run_after).enqueue(registration.session_id)
        except Exception:  # noqa: BLE001 - a backend without deferral: the periodic tick covers it
            logger.warning("could not schedule the expiry of registration %s", registration.pk, exc_info=True)

    transaction.on_commit(enqueue)


def registration_confirm(*, token: str) -> Registration:
    """Confirm the person's e-mail address: their held seat becomes theirs, or their waiting place stays.

    Idempotent: confirming twice changes nothing. Raises ``RegistrationError`` when the hold
    expired, the registration was cancelled or the link is unknown.
    """
    found = _registration_by("token", token)
    with transaction.atomic(durable=True):
        session = _lock_session(found.session_id)
        now = timezone.now()
        _housekeep(session, now)
        registration = Registration.objects.get(pk=found.pk)
        if registration.state == State.EXPIRED:
            raise RegistrationError(MSG_EXPIRED)
        if registration.state == State.CANCELLED:
            raise RegistrationError(MSG_CANCELLED)
        if registration.state != State.PENDING:
            return registration
        _confirm(registration, now)
    return registration


def _confirm(registration: Registration, now: dt.datetime) -> None:
    registration.state = State.CONFIRMED if registration.holds_seat else State.WAITLISTED
    registration.confirmed_at = now
    registration.seat_held_until = None
    registration.save(update_fields=["state", "confirmed_at", "seat_held_until"])
    _email_later(registration, "confirmed" if registration.holds_seat else "waitlisted")


def registration_cancel_by_token(*, cancel_token: str) -> Registration:
    """The participant's one-click cancellation. The link works once; a second use raises
    ``RegistrationError(MSG_CANCEL_LINK_USED)``. Frees the seat and promotes the next person."""
    found = _registration_by("cancel_token", cancel_token)
    with transaction.atomic(durable=True):
        session = _lock_session(found.session_id)
        registration = Registration.objects.get(pk=found.pk)
        if registration.state == State.CANCELLED:
            raise RegistrationError(MSG_CANCEL_LINK_USED)
        if not registration.is_active:
            raise RegistrationError(MSG_NOTHING_TO_CANCEL)
        _cancel(session, registration, timezone.now())
    return registration


def registration_cancel(*, registration: Registration, actor: User, reason: str) -> Registration:
    """Staff cancel a registration, with a reason kept in the log; the seat goes to the next person."""
    if not reason.strip():
        raise RegistrationError(MSG_REASON_REQUIRED)
    with transaction.atomic(durable=True):
        session = _lock_session(registration.session_id)
        registration = Registration.objects.get(pk=registration.pk)
        if not registration.is_active:
            raise RegistrationError(MSG_NOTHING_TO_CANCEL)
        _cancel(session, registration, timezone.now())
        _audit(session, AuditEntry.Action.CANCEL, actor=actor, registration=registration, reason=reason)
    return registration


def _cancel(session: Session, registration: Registration, now: dt.datetime) -> None:
    registration.state = State.CANCELLED
    registration.cancelled_at = now
    _release(session, registration, now)
    _email_later(registration, "cancelled")


def registration_approve(*, registration: Registration, actor: User, reason: str) -> Registration:
    """Staff confirm a pending registration on the person's behalf (e.g. the e-mail never arrived)."""
    if not reason.strip():
        raise RegistrationError(MSG_REASON_REQUIRED)
    with transaction.atomic(durable=True):
        session = _lock_session(registration.session_id)
        now = timezone.now()
        _housekeep(session, now)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.state != State.PENDING:
            raise RegistrationError(MSG_NOT_PENDING)
        _confirm(registration, now)
        _audit(session, AuditEntry.Action.APPROVE, actor=actor, registration=registration, reason=reason)
    return registration


def registration_move(*, registration: Registration, to_pool: str, actor: User, reason: str) -> Registration:
    """Staff move a registration to another pool (e.g. a confirmed staff member to the staff pool).

    The person takes a free seat in the new pool, or joins its waiting list at their arrival
    position; the seat they leave goes to the old pool's waiting list. Moving someone into the
    staff pool records their staff status as confirmed by staff.
    """
    if to_pool not in POOLS:
        raise RegistrationError(MSG_UNKNOWN_POOL)
    if not reason.strip():
        raise RegistrationError(MSG_REASON_REQUIRED)
    with transaction.atomic(durable=True):
        session = _lock_session(registration.session_id)
        now = timezone.now()
        _housekeep(session, now)
        registration = Registration.objects.get(pk=registration.pk)
        if not registration.is_active:
            raise RegistrationError(MSG_NOTHING_TO_CANCEL)
        if registration.pool == to_pool:
            raise RegistrationError(MSG_SAME_POOL)
        old_pool, had_seat = registration.pool, registration.holds_seat
        registration.pool = to_pool
        if to_pool == POOL_STAFF and not registration.staff_check:
            registration.staff_check = Registration.StaffCheck.STAFF
        state = _seat_state(session, now)
        quotas, occupied = state.quotas, dict(state.occupied)
        if had_seat:
            occupied[old_pool] -= 1
        registration.holds_seat = occupied[to_pool] < quotas[to_pool]
        if registration.state != State.PENDING:
            registration.state = State.CONFIRMED if registration.holds_seat else State.WAITLISTED
        registration.save(update_fields=["pool", "staff_check", "holds_seat", "state"])
        if had_seat:
            _fill(session, old_pool)
        if session.cutoff_passed(now) and session.starts_at > now:
            _redistribute(session, now)
        _audit(
            session,
            AuditEntry.Action.MOVE,
            actor=actor,
            registration=registration,
            reason=reason,
            details={"from": old_pool, "to": to_pool, "seat": registration.holds_seat},
        )
    return registration


def seats_redistribute(*, session: Session, actor: User | None = None, reason: str = "") -> int:
    """Apply the regional cut-off now (staff's button, or the periodic tick when it is due).

    From then on the rule is applied after every change to the session's seats (repeated
    rounds). Returns the seats moved in this round.
    """
    with transaction.atomic(durable=True):
        session = _lock_session(session.pk)
        now = timezone.now()
        _housekeep(session, now)
        return _redistribute(session, now, actor=actor, reason=reason)


def waitlist_promote(*, session: Session) -> list[Registration]:
    """Release overdue holds and give every free seat of every pool to its waiting list."""
    with transaction.atomic(durable=True):
        session = _lock_session(session.pk)
        _housekeep(session, timezone.now())
        return [r for pool in POOLS for r in _fill(session, pool)]


def session_housekeeping(*, session_id: int) -> None:
    """Release overdue holds, refill and apply a due cut-off for one session (the deferred task's body)."""
    with transaction.atomic(durable=True):
        session = _lock_session(session_id)
        _housekeep(session, timezone.now())


def sessions_housekeeping(*, now: dt.datetime | None = None) -> int:
    """Housekeeping for every session that needs it now (overdue holds, or a cut-off that is due)."""
    now = now or timezone.now()
    overdue = Registration.objects.filter(state=State.PENDING, seat_held_until__lt=now).values("session_id")
    due = Session.objects.filter(starts_at__gt=now).filter(
        Q(pk__in=overdue) | Q(redistribution_at__lte=now, redistributed_at__isnull=True)
    )
    ids = list(due.values_list("pk", flat=True))
    for session_id in ids:
        session_housekeeping(session_id=session_id)
    return len(ids)


def participants_export_log(*, session: Session, actor: User, fmt: str) -> None:
    """Log that a staff member exported a session's participants (personal data left the system)."""
    _audit(session, AuditEntry.Action.EXPORT, actor=actor, details={"format": fmt})


def attendance_record(*, session: Session, present_ids: set[int], actor: User) -> int:
    """Record who attended: the listed confirmed participants attended, the other confirmed ones did not."""
    with transaction.atomic():
        confirmed = Registration.objects.filter(session=session, state=State.CONFIRMED)
        present = confirmed.filter(pk__in=present_ids).update(attended=True)
        confirmed.exclude(pk__in=present_ids).update(attended=False)
        _audit(session, AuditEntry.Action.ATTENDANCE, actor=actor, details={"present": present})
    return present


def reminders_send(*, now: dt.datetime | None = None) -> int:
    """Send the reminder to confirmed participants of sessions starting soon (each at most once)."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        state=State.CONFIRMED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        session__starts_at__gt=now,
        session__starts_at__lte=now + conf.reminder_before(),
    )
    sent = 0
    for registration in due:
        # The conditional update makes two concurrent runs send one reminder, not two.
        with transaction.atomic():
            if Registration.objects.filter(pk=registration.pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            ):
                _email_later(registration, "reminder")
                sent += 1
    return sent


def registration_anonymise(
    *, registration: Registration, actor: User | None = None, reason: str = ""
) -> Registration:
    """Erase the person's data from a registration, keeping what the counts need.

    Blanked: name, e-mail, organisation, country; the personal and cancellation links stop
    working. Kept: session, pool, ICA region, state, attendance, gender and age band (as
    counts for the balance figures, no longer linked to anyone). Before the session an active
    registration is cancelled first, so the seat goes to the next person.
    """
    with transaction.atomic(durable=True):
        session = _lock_session(registration.session_id)
        now = timezone.now()
        registration = Registration.objects.get(pk=registration.pk)
        if registration.anonymised_at:
            return registration
        if registration.is_active and session.starts_at > now:
            registration.state = State.CANCELLED
            registration.cancelled_at = now
            _release(session, registration, now)
        _blank(registration, now)
        _audit(session, AuditEntry.Action.ANONYMISE, actor=actor, reason=reason)
    return registration


def _blank(registration: Registration, now: dt.datetime) -> None:
    registration.name = ""
    registration.email = ""
    registration.organisation = ""
    registration.country = None
    registration.listing_consent = False
    registration.token = "x-" + new_token()
    registration.cancel_token = "x-" + new_token()
    registration.seat_held_until = None
    registration.anonymised_at = now
    registration.save()


def registrations_anonymise_due(*, now: dt.datetime | None = None) -> int:
    """Anonymise the registrations of sessions that ended longer ago than the retention period."""
    now = now or timezone.now()
    cutoff = now - conf.anonymise_after()
    due = Registration.objects.filter(anonymised_at__isnull=True, session__starts_at__lt=cutoff)
    per_session: dict[int, int] = defaultdict(int)
    with transaction.atomic():
        for registration in due.select_for_update():
            _blank(registration, now)
            per_session[registration.session_id] += 1
        for session_id, n in per_session.items():
            AuditEntry.objects.create(
                session_id=session_id,
                action=AuditEntry.Action.ANONYMISE,
                reason="retention period",
                details={"registrations": n},
            )
    return sum(per_session.values())
