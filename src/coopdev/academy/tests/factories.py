"""Factories for Academy tests. Countries and regions come from the reference data migration."""

import datetime as dt
import itertools

import factory
from django.utils import timezone

from coopdev.academy.models import ConsentText, Registration, Session
from coopdev.academy.services import RegistrationInput, registration_create
from coopdev.reference.models import Country

# One country per ICA region, and one staff address domain.
COUNTRY_OF = {"africa": "KE", "americas": "BR", "asia-pacific": "IN", "europe": "IT"}
_emails = itertools.count(1)


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    slug = factory.Sequence(lambda n: f"session-{n}")
    title = factory.Sequence(lambda n: f"Cooperatives and the SDGs {n}")
    description = "How cooperatives act as intermediaries for eco-innovation."
    trainers = "A. Trainer"
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=14))
    meeting_url = "https://meet.example.org/academy-secret-room"


def small_session(*, staff: int = 1, per_region: int = 2, **kwargs) -> Session:
    """A session with few seats, so the rules can be worked out by hand."""
    return SessionFactory(
        capacity=staff + 4 * per_region,
        staff_seats=staff,
        seats_africa=per_region,
        seats_americas=per_region,
        seats_asia_pacific=per_region,
        seats_europe=per_region,
        **kwargs,
    )


def consent() -> ConsentText:
    return ConsentText.objects.order_by("-version").first() or ConsentText.objects.create(
        version=1, text="ok"
    )


def register(
    session: Session,
    region: str = "europe",
    *,
    email: str | None = None,
    gender: str = "unsaid",
    age_band: str = "unsaid",
    name: str | None = None,
    staff: bool = False,
) -> Registration:
    """Register through the service, as the form does; ``staff`` uses an allow-listed address."""
    n = next(_emails)
    if email is None:
        email = f"person{n}@ica.coop" if staff else f"person{n}@example.org"
    registration, _created = registration_create(
        session=session,
        data=RegistrationInput(
            name=name or f"Person {n}",
            email=email,
            country=Country.objects.get(code=COUNTRY_OF[region]),
            consent=consent(),
            gender=gender,
            age_band=age_band,
        ),
    )
    return registration


def confirm(registration: Registration) -> Registration:
    from coopdev.academy.services import registration_confirm

    return registration_confirm(token=registration.token)
