"""factory_boy factories for projects and organisations (reference rows come from the loaded data)."""

import datetime as dt
from decimal import Decimal

import factory

from coopdev.organisations.models import Organisation
from coopdev.projects.models import Project, ProjectCountry, ProjectSector
from coopdev.reference.models import Country, Sector


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Test Cooperative {n}")
    slug = factory.Sequence(lambda n: f"test-cooperative-{n}")
    iati_identifier = factory.Sequence(lambda n: f"XX-TEST-{n:04d}")
    type = "22"
    cooperative_type = Organisation.CooperativeType.WORKER


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    iati_identifier = factory.Sequence(lambda n: f"XX-TEST-PRJ-{n:05d}")
    reporting_org = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: {"en": f"Test project {n}", "it": f"Progetto di prova {n}"})
    publication_state = Project.PublicationState.PUBLISHED
    planned_start = dt.date(2020, 1, 1)
    planned_end = dt.date(2022, 12, 31)
    value_currency = "EUR"
    value_date = dt.date(2020, 1, 1)
    total_value = Decimal("100000.00")
    managed_value = Decimal("40000.00")
    total_value_eur = factory.SelfAttribute("total_value")
    managed_value_eur = factory.SelfAttribute("managed_value")
    people_reached = 1000


def add_country(project: Project, code: str, percentage: str | None = None) -> ProjectCountry:
    return ProjectCountry.objects.create(
        project=project,
        country=Country.objects.get(code=code),
        percentage=Decimal(percentage) if percentage else None,
    )


def add_sector(project: Project, code: str, percentage: str | None = None) -> ProjectSector:
    sector = Sector.objects.get(code=code)
    return ProjectSector.objects.create(
        project=project,
        vocabulary="1",
        code=code,
        sector=sector,
        category=sector.category,
        percentage=Decimal(percentage) if percentage else None,
    )


def add_region(project: Project, code: str, percentage: str | None = None):
    """A recipient region of the IATI Region codelist (vocabulary 1), e.g. ``298`` Africa, regional."""
    from coopdev.projects.models import ProjectRegion
    from coopdev.reference.models import Region

    return ProjectRegion.objects.create(
        project=project,
        region=Region.objects.get(kind=Region.Kind.IATI, code=code),
        percentage=Decimal(percentage) if percentage else None,
    )


def add_sdgs(project: Project, *goals: int) -> None:
    project.sdg_goals.add(*goals)
