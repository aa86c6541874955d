"""Race tests: first prove that count-then-insert without the lock overbooks, then that the service does not.

Each thread has its own database connection (Django's connections are per thread) and closes
it when done. A barrier releases all threads at once. Run on SQLite by default and on
PostgreSQL with ``DATABASE_URL=postgres://...``.
"""

import threading
from collections.abc import Callable

import pytest
from django.db import close_old_connections, connection, connections

from coopdev.academy.models import Registration
from coopdev.academy.services import RegistrationError, RegistrationInput, registration_create
from coopdev.academy.tests.factories import COUNTRY_OF, consent, small_session
from coopdev.reference.models import Country

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("reference_rows"),
]

THREADS = 50


def run_in_threads(n: int, work: Callable[[int, threading.Barrier], None]) -> list[BaseException]:
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def target(i: int) -> None:
        try:
            work(i, barrier)
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    close_old_connections()
    return errors


@pytest.fixture
def shared_sqlite_is_usable():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip(
            "threads cannot share an in-memory SQLite database (run with TEST_DATABASE_NAME=/tmp/x.sqlite3)"
        )


def naive_register(session_id: int, pool: str, i: int, barrier: threading.Barrier) -> None:
    """What the service must not do: count, then insert, with no lock between the two."""
    from coopdev.academy.models import Session

    session = Session.objects.get(pk=session_id)
    taken = Registration.objects.filter(session_id=session_id, pool=pool, holds_seat=True).count()
    barrier.wait()  # everybody has counted before anybody inserts: the race, made certain
    if taken < session.base_quota(pool):
        Registration.objects.create(
            session_id=session_id,
            name=f"naive {i}",
            email=f"naive{i}@example.org",
            country_id=COUNTRY_OF[pool],
            ica_region=pool,
            consent=consent(),
            consent_at=session.created_at,
            pool=pool,
            holds_seat=True,
        )


def test_the_naive_path_overbooks(shared_sqlite_is_usable):
    session = small_session(per_region=5)
    errors = run_in_threads(THREADS, lambda i, barrier: naive_register(session.pk, "europe", i, barrier))
    assert not errors, errors[:3]
    assert Registration.objects.filter(session=session, pool="europe", holds_seat=True).count() > 5


def test_the_service_never_overbooks_under_a_race(shared_sqlite_is_usable):
    session = small_session(per_region=5)
    europe = Country.objects.get(code="IT")
    version = consent()

    def work(i: int, barrier: threading.Barrier) -> None:
        data = RegistrationInput(
            name=f"racer {i}", email=f"racer{i}@example.org", country=europe, consent=version
        )
        barrier.wait()
        registration_create(session=session, data=data)

    errors = run_in_threads(THREADS, work)
    assert not errors, errors[:3]
    europe_regs = Registration.objects.filter(session=session, pool="europe")
    assert europe_regs.count() == THREADS
    assert europe_regs.filter(holds_seat=True).count() == 5
    # The seats went to five of the racers and the others wait in arrival order.
    assert europe_regs.filter(holds_seat=False, state="pending").count() == THREADS - 5


def test_the_same_email_racing_itself_gives_one_registration(shared_sqlite_is_usable):
    session = small_session(per_region=5)
    europe = Country.objects.get(code="IT")
    version = consent()

    def work(i: int, barrier: threading.Barrier) -> None:
        data = RegistrationInput(
            name="Twin",
            email="twin@example.org" if i % 2 else "TWIN@example.org",
            country=europe,
            consent=version,
        )
        barrier.wait()
        registration_create(session=session, data=data)

    errors = run_in_threads(20, work)
    assert not [e for e in errors if not isinstance(e, RegistrationError)], errors[:3]
    assert Registration.objects.filter(session=session).count() == 1


def test_cancellations_and_registrations_racing_keep_every_pool_within_its_quota(shared_sqlite_is_usable):
    from coopdev.academy.services import registration_cancel_by_token

    session = small_session(per_region=3)
    countries = {region: Country.objects.get(code=code) for region, code in COUNTRY_OF.items()}
    version = consent()
    early = [
        registration_create(
            session=session,
            data=RegistrationInput(
                name=f"early {i}", email=f"early{i}@example.org", country=countries["europe"], consent=version
            ),
        )[0]
        for i in range(6)
    ]

    def work(i: int, barrier: threading.Barrier) -> None:
        barrier.wait()
        if i < 3:
            registration_cancel_by_token(cancel_token=early[i].cancel_token)
        else:
            region = list(countries)[i % 4]
            registration_create(
                session=session,
                data=RegistrationInput(
                    name=f"r {i}", email=f"r{i}@example.org", country=countries[region], consent=version
                ),
            )

    errors = run_in_threads(40, work)
    assert not errors, errors[:3]
    for region in countries:
        assert Registration.objects.filter(session=session, pool=region, holds_seat=True).count() == 3
