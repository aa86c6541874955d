"""Factories for network tests (countries and SDGs come from the reference data migration)."""

import datetime as dt

import factory
from django.utils import timezone

from coopdev.network.models import (
    ActionPlan,
    Cooperative,
    Deliverable,
    Event,
    ModerationStatus,
    Participant,
    Publication,
    WorkingGroup,
)

PLAN_START = dt.date(2024, 7, 5)


class CooperativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cooperative

    name = factory.Sequence(lambda n: f"Harbour Workers Cooperative {n}")
    slug = factory.Sequence(lambda n: f"harbour-workers-{n}")
    cooperative_type = "worker"
    city = "Istanbul"
    country_id = "TR"
    latitude = 41.0
    longitude = 29.0
    status = ModerationStatus.APPROVED


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    slug = factory.Sequence(lambda n: f"workshop-{n}")
    title = factory.Sequence(lambda n: {"en": f"Workshop {n}", "tr": f"Çalıştay {n}"})
    starts_on = PLAN_START


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Participant {n}")
    kind = "cooperative"


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPlan

    slug = factory.Sequence(lambda n: f"plan-{n}")
    title = factory.Sequence(lambda n: {"en": f"Action plan {n}"})
    starts_on = PLAN_START
    horizon_years = 3


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup

    plan = factory.SubFactory(PlanFactory)
    name = factory.Sequence(lambda n: {"en": f"Group {n}"})


class DeliverableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Deliverable
        skip_postgeneration_save = True

    working_group = factory.SubFactory(WorkingGroupFactory)
    title = factory.Sequence(lambda n: {"en": f"Deliverable {n}"})
    owner = "Genç İş Kooperatifi"
    due_on = dt.date(2026, 6, 30)
    created_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def sdgs(self, create, extracted, **kwargs):
        if create:
            self.sdg_goals.set(extracted or [8])


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication

    slug = factory.Sequence(lambda n: f"publication-{n}")
    kind = "report"
    theme = "youth"
    title = factory.Sequence(lambda n: {"en": f"Report {n}"})
    year = 2021
    language = "en"
