"""The seat rules of seed 001 on constructed arrival orders; each expected outcome is worked out here."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from coopdev.academy import services
from coopdev.academy.models import POOLS, AuditEntry, Registration, SeatTransfer
from coopdev.academy.selectors import session_seats, waitlist_position
from coopdev.academy.services import RegistrationError
from coopdev.academy.tests.factories import SessionFactory, confirm, register, small_session

pytestmark = pytest.mark.django_db

State = Registration.State


def seats(session) -> dict[str, tuple[int, int, int]]:
    """pool -> (quota, taken, waiting)."""
    return {p.pool: (p.quota, p.taken, p.waiting) for p in session_seats(session=session).pools}


def holders(session, pool) -> list[str]:
    return list(
        Registration.objects.filter(session=session, pool=pool, holds_seat=True)
        .order_by("created_at", "id")
        .values_list("name", flat=True)
    )


@pytest.fixture
def staff_user():
    return get_user_model().objects.create_user("officer", is_staff=True)


# --- first come, first served within each pool --------------------------------------------------


def test_the_seed_defaults_are_100_seats_20_for_staff_and_20_per_region():
    session = SessionFactory()
    assert session.capacity == 100
    assert {pool: q for pool, (q, _t, _w) in seats(session).items()} == {
        "staff": 20,
        "africa": 20,
        "americas": 20,
        "asia-pacific": 20,
        "europe": 20,
    }


def test_first_come_first_served_within_a_pool_and_the_rest_wait():
    session = small_session(per_region=2)
    a, b, c = (register(session, "europe", name=n) for n in "ABC")
    assert [a.holds_seat, b.holds_seat, c.holds_seat] == [True, True, False]
    assert waitlist_position(registration=c) == 1
    # Another region is not affected by Europe being full.
    assert register(session, "africa").holds_seat
    assert seats(session)["europe"] == (2, 2, 1)


def test_a_full_region_does_not_borrow_before_the_cutoff():
    session = small_session(per_region=1)
    register(session, "europe")
    late = register(session, "europe")
    assert not late.holds_seat
    assert seats(session)["africa"] == (1, 0, 0)


def test_registering_twice_with_one_email_gives_one_registration():
    session = small_session()
    first = register(session, "europe", email="Ana.Silva@Example.org")
    again = register(session, "europe", email="ana.silva@example.ORG")
    assert again.pk == first.pk
    assert Registration.objects.filter(session=session).count() == 1


def test_staff_by_email_domain_take_staff_seats_and_a_mere_claim_does_not():
    session = small_session(staff=1)
    by_domain = register(session, "europe", staff=True)
    assert (by_domain.pool, by_domain.staff_check, by_domain.holds_seat) == ("staff", "domain", True)
    claimed = Registration.objects.get(
        pk=services.registration_create(
            session=session,
            data=services.RegistrationInput(
                name="Claims Staff",
                email="claims@gmail.example",
                country=by_domain.country,
                consent=by_domain.consent,
                staff_claimed=True,
            ),
        )[0].pk
    )
    assert (claimed.pool, claimed.staff_claimed, claimed.staff_check) == ("europe", True, "")


def test_region_follows_the_country():
    session = small_session()
    assert register(session, "americas").ica_region == "americas"
    assert register(session, "asia-pacific").pool == "asia-pacific"


# --- confirmation, holds and cancellation -----------------------------------------------------


def test_confirming_makes_a_held_seat_confirmed_and_a_waiting_place_waitlisted():
    session = small_session(per_region=1)
    seat, wait = register(session), register(session)
    assert confirm(seat).state == State.CONFIRMED
    assert confirm(wait).state == State.WAITLISTED
    assert confirm(seat).state == State.CONFIRMED  # idempotent


def test_an_unconfirmed_hold_is_released_and_the_next_person_promoted():
    session = small_session(per_region=1)
    sleeper, waiting = register(session, name="Sleeper"), register(session, name="Waiting")
    confirm(waiting)
    Registration.objects.filter(pk=sleeper.pk).update(
        seat_held_until=timezone.now() - dt.timedelta(minutes=1)
    )
    assert services.sessions_housekeeping() == 1
    sleeper.refresh_from_db()
    waiting.refresh_from_db()
    assert (sleeper.state, sleeper.holds_seat) == (State.EXPIRED, False)
    assert (waiting.state, waiting.holds_seat) == (State.CONFIRMED, True)
    with pytest.raises(RegistrationError) as exc:
        confirm(sleeper)
    assert exc.value.message == services.MSG_EXPIRED


def test_an_overdue_hold_is_released_by_the_next_registration_without_any_worker():
    session = small_session(per_region=1)
    sleeper = register(session)
    Registration.objects.filter(pk=sleeper.pk).update(
        seat_held_until=timezone.now() - dt.timedelta(seconds=1)
    )
    newcomer = register(session)
    assert newcomer.holds_seat
    sleeper.refresh_from_db()
    assert sleeper.state == State.EXPIRED


def test_cancelling_frees_the_seat_for_the_first_waiting_person_and_the_link_works_once():
    session = small_session(per_region=1)
    holder, first, second = register(session), register(session), register(session)
    confirm(holder), confirm(first), confirm(second)
    services.registration_cancel_by_token(cancel_token=holder.cancel_token)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, first.holds_seat) == (State.CONFIRMED, True)
    assert waitlist_position(registration=second) == 1
    with pytest.raises(RegistrationError) as exc:
        services.registration_cancel_by_token(cancel_token=holder.cancel_token)
    assert exc.value.message == services.MSG_CANCEL_LINK_USED


def test_an_unknown_link_is_refused():
    with pytest.raises(RegistrationError) as exc:
        services.registration_confirm(token="not-a-token")
    assert exc.value.message == services.MSG_LINK_INVALID


def test_a_cancelled_person_may_register_again_and_queues_as_a_new_arrival():
    session = small_session(per_region=1)
    first = register(session, email="a@example.org")
    waiting = register(session)
    services.registration_cancel_by_token(cancel_token=first.cancel_token)
    again = register(session, email="a@example.org")
    assert again.pk != first.pk and not again.holds_seat
    waiting.refresh_from_db()
    assert waiting.holds_seat


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"starts_at": timezone.now() - dt.timedelta(minutes=5)}, services.MSG_STARTED),
        ({"registration_closes_at": timezone.now() - dt.timedelta(minutes=5)}, services.MSG_CLOSED),
        ({"registration_opens_at": timezone.now() + dt.timedelta(days=1)}, services.MSG_NOT_OPEN),
    ],
)
def test_registration_outside_its_window_is_refused_and_nothing_is_saved(change, message):
    session = SessionFactory(**change)
    with pytest.raises(RegistrationError) as exc:
        register(session)
    assert exc.value.message == message
    assert not Registration.objects.exists()


# --- the regional cut-off ---------------------------------------------------------------------


def test_cutoff_shares_unused_region_and_staff_seats_equally_capped_by_need():
    # 2 staff + 4 per region. Africa fills 1 (3 unused), staff none (2 unused): 5 seats to share.
    # Waiting: Americas 5, Asia-Pacific 1, Europe 3. Equal shares of 5 among 3: 1 each (AP done),
    # then 2 among Americas and Europe: 1 each. Americas 2, Asia-Pacific 1, Europe 2.
    session = small_session(staff=2, per_region=4)
    register(session, "africa")
    for region, n in (("americas", 9), ("asia-pacific", 5), ("europe", 7)):
        for i in range(n):
            register(session, region, name=f"{region}-{i}")
    moved = services.seats_redistribute(session=session)
    assert moved == 5
    assert seats(session) == {
        "staff": (0, 0, 0),
        "africa": (1, 1, 0),
        "americas": (6, 6, 3),
        "asia-pacific": (5, 5, 0),
        "europe": (6, 6, 1),
    }
    # The waiting lists are promoted in arrival order (balance not at stake: nobody said).
    assert holders(session, "americas")[-2:] == ["americas-4", "americas-5"]
    assert holders(session, "europe")[-2:] == ["europe-4", "europe-5"]
    transfers = {
        (t.from_pool, t.to_pool, t.seats, t.round) for t in SeatTransfer.objects.filter(session=session)
    }
    assert transfers == {
        ("staff", "americas", 2, 1),
        ("africa", "asia-pacific", 1, 1),
        ("africa", "europe", 2, 1),
    }
    assert session_seats(session=session).taken <= session.capacity


def test_cutoff_remainder_goes_to_the_longest_waiting_list():
    # Africa leaves 1 seat (Asia-Pacific is full); Europe has 3 waiting, Americas 2
    # (the Americas' first waiting person came earlier, but the longer list wins).
    session = small_session(staff=0, per_region=2)
    register(session, "africa")
    register(session, "asia-pacific")
    register(session, "asia-pacific")
    for _ in range(4):
        register(session, "americas")
    for _ in range(5):
        register(session, "europe")
    services.seats_redistribute(session=session)
    assert (seats(session)["europe"], seats(session)["americas"]) == ((3, 3, 2), (2, 2, 2))


def test_cutoff_remainder_tie_goes_to_the_earliest_waiting_arrival():
    # Equal waiting lists (2 each); Europe's first waiting person arrived before the Americas'.
    session = small_session(staff=0, per_region=2)
    register(session, "africa")
    register(session, "asia-pacific")
    register(session, "asia-pacific")
    for _ in range(4):
        register(session, "europe")
    for _ in range(4):
        register(session, "americas")
    services.seats_redistribute(session=session)
    assert (seats(session)["europe"], seats(session)["americas"]) == ((3, 3, 1), (2, 2, 2))


def test_cutoff_does_not_give_region_seats_to_the_staff_waiting_list():
    session = small_session(staff=1, per_region=1)
    register(session, "europe", staff=True)
    waiting_staff = register(session, "europe", staff=True)
    assert services.seats_redistribute(session=session) == 0
    waiting_staff.refresh_from_db()
    assert not waiting_staff.holds_seat


def test_after_the_cutoff_a_freed_seat_goes_to_another_region_in_a_new_round():
    session = small_session(staff=0, per_region=1)
    europe = register(session, "europe")
    register(session, "americas")
    americas_waiting = register(session, "americas")
    for region in ("africa", "asia-pacific"):
        register(session, region)
    assert services.seats_redistribute(session=session) == 0  # every region full: nothing to share
    services.registration_cancel_by_token(cancel_token=europe.cancel_token)
    americas_waiting.refresh_from_db()
    assert americas_waiting.holds_seat
    assert list(SeatTransfer.objects.values_list("from_pool", "to_pool", "seats", "round")) == [
        ("europe", "americas", 1, 1)
    ]


def test_before_the_cutoff_a_freed_seat_stays_in_its_region():
    session = small_session(staff=0, per_region=1)
    europe = register(session, "europe")
    register(session, "americas")
    americas_waiting = register(session, "americas")
    services.registration_cancel_by_token(cancel_token=europe.cancel_token)
    americas_waiting.refresh_from_db()
    assert not americas_waiting.holds_seat
    assert seats(session)["europe"] == (1, 0, 0)


def test_the_cutoff_time_applies_the_rule_without_staff():
    session = small_session(staff=0, per_region=1, redistribution_at=timezone.now() + dt.timedelta(days=1))
    register(session, "americas")
    waiting = register(session, "americas")
    assert services.sessions_housekeeping() == 0
    session.redistribution_at = timezone.now() - dt.timedelta(minutes=1)
    session.save()
    assert services.sessions_housekeeping() == 1
    waiting.refresh_from_db()
    assert waiting.holds_seat
    session.refresh_from_db()
    assert session.redistributed_at is not None


def test_repeated_rounds_are_numbered():
    session = small_session(staff=0, per_region=1)
    africa = register(session, "africa")
    register(session, "europe")
    register(session, "europe")
    register(session, "europe")
    # Americas and Asia-Pacific have nobody: their 2 seats go to Europe's 2 waiting (round 1).
    services.seats_redistribute(session=session)
    assert seats(session)["europe"] == (3, 3, 0)
    register(session, "europe")  # waits: no pool has a free seat
    # Africa's only participant cancels: its seat goes to Europe's new waiting person (round 2).
    services.registration_cancel_by_token(cancel_token=africa.cancel_token)
    assert sorted(SeatTransfer.objects.values_list("round", "to_pool", "seats")) == [
        (1, "europe", 1),
        (1, "europe", 1),
        (2, "europe", 1),
    ]


# --- gender and generational balance ----------------------------------------------------------


def test_promotion_prefers_the_person_who_reduces_the_gender_gap_within_the_next_five():
    session = small_session(per_region=4)
    first_man = register(session, gender="man", name="M-a")
    register(session, gender="man", name="M-b")
    register(session, gender="man", name="M-c")
    register(session, gender="woman", name="W-a")
    for name, gender in (("M1", "man"), ("M2", "man"), ("W1", "woman"), ("M3", "man")):
        register(session, gender=gender, name=name)
    # Holders after the cancellation: 2 men, 1 woman (gap 1). A man widens it to 2, W1 closes it.
    services.registration_cancel_by_token(cancel_token=first_man.cancel_token)
    assert "W1" in holders(session, "europe") and "M1" not in holders(session, "europe")
    # Now 2 men, 2 women: any man leaves gap 1, as would a woman: first come, first served.
    m_b = Registration.objects.get(name="M-b")
    services.registration_cancel_by_token(cancel_token=m_b.cancel_token)
    assert "M1" in holders(session, "europe")


def test_promotion_considers_the_generation_gap():
    session = small_session(per_region=2)
    leaving = register(session, age_band="35-54")
    register(session, age_band="55+")
    register(session, age_band="35-54", name="older-waiting")
    register(session, age_band="young", name="young-waiting")
    services.registration_cancel_by_token(cancel_token=leaving.cancel_token)
    assert "young-waiting" in holders(session, "europe")


def test_balance_never_skips_more_than_the_window():
    session = small_session(per_region=3)
    leaving = register(session, gender="man")
    register(session, gender="man")
    register(session, gender="man")
    for i in range(5):
        register(session, gender="man", name=f"M{i}")
    register(session, gender="woman", name="W-sixth")
    services.registration_cancel_by_token(cancel_token=leaving.cancel_token)
    assert "M0" in holders(session, "europe") and "W-sixth" not in holders(session, "europe")


# --- staff actions ----------------------------------------------------------------------------


def test_staff_move_a_confirmed_staff_member_to_the_staff_pool_and_the_region_seat_is_promoted(staff_user):
    session = small_session(staff=1, per_region=1)
    claimed = register(session, "europe")
    waiting = register(session, "europe")
    services.registration_move(
        registration=claimed, to_pool="staff", actor=staff_user, reason="works at ICA Brussels"
    )
    claimed.refresh_from_db()
    waiting.refresh_from_db()
    assert (claimed.pool, claimed.holds_seat, claimed.staff_check) == ("staff", True, "staff")
    assert waiting.holds_seat
    entry = AuditEntry.objects.get(action="move")
    assert (entry.actor, entry.reason, entry.details["from"]) == (
        staff_user,
        "works at ICA Brussels",
        "europe",
    )


def test_staff_actions_need_a_reason(staff_user):
    session = small_session()
    registration = register(session)
    with pytest.raises(RegistrationError) as exc:
        services.registration_cancel(registration=registration, actor=staff_user, reason="  ")
    assert exc.value.message == services.MSG_REASON_REQUIRED
    registration.refresh_from_db()
    assert registration.is_active


def test_staff_approve_confirms_on_the_persons_behalf_and_is_logged(staff_user):
    session = small_session()
    registration = register(session)
    services.registration_approve(
        registration=registration, actor=staff_user, reason="e-mail bounced; phoned"
    )
    registration.refresh_from_db()
    assert registration.state == State.CONFIRMED
    assert AuditEntry.objects.filter(action="approve", actor=staff_user, registration=registration).exists()


def test_staff_cancel_promotes_and_is_logged(staff_user):
    session = small_session(per_region=1)
    holder, waiting = register(session), register(session)
    services.registration_cancel(registration=holder, actor=staff_user, reason="duplicate person")
    waiting.refresh_from_db()
    assert waiting.holds_seat
    assert AuditEntry.objects.get(action="cancel").reason == "duplicate person"


def test_seat_count_never_exceeds_any_quota_through_a_mixed_history(staff_user):
    session = small_session(staff=1, per_region=2)
    people = [
        register(session, region) for region in ("europe", "africa", "europe", "europe", "americas") * 3
    ]
    services.registration_cancel_by_token(cancel_token=people[0].cancel_token)
    services.registration_move(
        registration=people[3], to_pool="africa", actor=staff_user, reason="moved to Nairobi"
    )
    services.seats_redistribute(session=session)
    services.registration_cancel(registration=people[4], actor=staff_user, reason="asked by phone")
    for quota, taken, _waiting in seats(session).values():
        assert taken <= quota
    assert sum(q for q, _t, _w in seats(session).values()) == session.capacity


def test_a_rush_of_registrations_schedules_one_expiry_housekeeping_per_minute(
    settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session = small_session(per_region=2)
    with django_capture_on_commit_callbacks(execute=True):
        people = [register(session, region) for region in ("europe", "africa", "europe", "asia-pacific")]
    housekeeping = DBTaskResult.objects.filter(task_path__endswith="session_housekeeping")
    last_hold = max(p.seat_held_until for p in people)
    buckets = {int(p.seat_held_until.timestamp()) // services.EXPIRY_BUCKET_SECONDS for p in people}
    assert housekeeping.count() == len(buckets)  # one a minute (the four may straddle a minute)
    run_after = max(task.run_after for task in housekeeping)
    assert last_hold <= run_after < last_hold + dt.timedelta(seconds=services.EXPIRY_BUCKET_SECONDS)


def test_the_expiry_housekeeping_releases_every_hold_that_ended_by_then():
    session = small_session(per_region=1)
    early, late = register(session, "europe"), register(session, "europe")
    assert (early.holds_seat, late.holds_seat) == (True, False)
    Registration.objects.filter(pk=early.pk).update(seat_held_until=timezone.now() - dt.timedelta(seconds=1))
    services.session_housekeeping(session_id=session.pk)
    early.refresh_from_db()
    late.refresh_from_db()
    assert early.state == State.EXPIRED
    assert late.holds_seat


# --- what allocation reads under the lock -------------------------------------------------------


def test_the_one_statement_seat_state_answers_what_the_separate_reads_answer():
    """``_seat_state`` replaces four reads under the session lock; it must agree with each,
    worked out here with the ORM."""
    session = small_session(per_region=1)
    first = register(session, "europe", email="Ada.Lovelace@Example.org")
    register(session, "europe")  # waits: Europe has one seat
    register(session, "africa")
    services.seats_redistribute(session=session)  # the unused seats move: transfers exist
    assert SeatTransfer.objects.filter(session=session).exists()
    later = timezone.now() + dt.timedelta(days=2)  # every hold has run out by then
    session.refresh_from_db()

    state = services._seat_state(session, later, email="ada.lovelace@EXAMPLE.ORG")

    quotas = {pool: session.base_quota(pool) for pool in POOLS}
    for transfer in SeatTransfer.objects.filter(session=session):
        quotas[transfer.from_pool] -= transfer.seats
        quotas[transfer.to_pool] += transfer.seats
    held = Registration.objects.filter(session=session, holds_seat=True)
    overdue = Registration.objects.filter(session=session, state=State.PENDING, seat_held_until__lt=later)
    assert state.quotas == quotas
    assert state.occupied == {pool: held.filter(pool=pool).count() for pool in POOLS}
    assert sorted(state.overdue) == sorted(overdue.values_list("pk", "pool", "holds_seat"))
    assert state.overdue  # the case is not vacuous
    assert state.existing_pk == first.pk  # the address matches whatever its letter case
    assert services._seat_state(session, later, email="nobody@example.org").existing_pk is None
    assert services._seat_state(session, timezone.now() - dt.timedelta(days=1)).overdue == []


def test_a_cancelled_registration_is_not_the_address_s_active_one():
    session = small_session()
    registration = register(session, "europe", email="once@example.org")
    services.registration_cancel_by_token(cancel_token=registration.cancel_token)
    assert services._seat_state(session, timezone.now(), email="once@example.org").existing_pk is None
    again = register(session, "europe", email="once@example.org")
    assert again.pk != registration.pk


def test_with_the_database_task_queue_the_confirmation_e_mail_is_queued_in_the_registration_s_transaction(
    settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    emails = DBTaskResult.objects.filter(task_path__endswith="registration_email")
    session = small_session()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        registration = register(session, "europe")
    # Written before the commit, not by a callback after it.
    assert emails.filter(args_kwargs__args=[registration.pk, "confirm"]).count() == 1
    assert all("registration_email" not in repr(callback) for callback in callbacks)


def test_a_registration_that_rolls_back_leaves_no_queued_e_mail(settings, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    session = small_session()

    def fail(registration):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "_schedule_expiry", fail)
    with pytest.raises(RuntimeError):
        register(session, "europe")
    assert not Registration.objects.filter(session=session).exists()
    assert not DBTaskResult.objects.filter(task_path__endswith="registration_email").exists()


@pytest.mark.parametrize("field", ["gender", "age_band"])
def test_a_gender_or_age_outside_the_choices_is_refused_before_anything_is_written(field):
    session = small_session()
    with pytest.raises(ValueError, match=field):
        register(session, **{field: "under_35"})
    assert not Registration.objects.exists()
