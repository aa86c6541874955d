"""``coopdev demo``: load the illustrative demo dataset (seed 002's Development Data Platform)."""

import time
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import ProtectedError

from coopdev.demo.selectors import DemoFigures
from coopdev.demo.services import DEMO_ALREADY_LOADED, DemoError, demo_load


def _eur(value: Decimal) -> str:
    return f"EUR {value:,.0f}"


def summary_lines(figures: DemoFigures) -> list[str]:
    """The figures of the dataset as the command prints them."""
    h, health = figures.headline, figures.health
    goals = ", ".join(f"SDG {goal}: {n}" for goal, n in figures.projects_by_goal[:6])
    areas = ", ".join(f"{area} {_eur(value)}" for area, value in figures.value_by_area)
    currencies = ", ".join(f"{code} {n}" for code, n in figures.projects_by_currency)
    return [
        f"  {h.projects} projects in {h.countries} countries by {h.organisations} cooperative organisations",
        f"  total value {_eur(h.total_value_eur)}, of which managed by the reporting cooperatives "
        f"{_eur(h.managed_value_eur)}; average project {_eur(h.average_project_value_eur or Decimal(0))}",
        f"  people reached {h.people_reached:,}; "
        f"{figures.multi_country_projects} projects in several countries",
        f"  health sector (DAC 121/122/123): {health.projects} projects by {health.organisations} "
        f"organisations, {_eur(health.total_value_eur)}, {health.people_reached:,} people reached, "
        f"on {len(figures.health_continents)} continents ({', '.join(figures.health_continents)})",
        f"  projects by SDG: {goals}",
        f"  value by area: {areas}",
        f"  currencies: {currencies}",
    ]


class Command(BaseCommand):
    help = (
        "Load the illustrative demo dataset: 218 fictitious projects by 62 fictitious cooperatives, shaped "
        "like the Development Data Platform of the seed page. Does nothing if it is already loaded."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete every demo row (is_demo) first, then load the dataset again.",
        )

    def handle(self, *args, replace: bool = False, **options) -> None:
        started = time.perf_counter()
        try:
            result = demo_load(replace=replace)
        except DemoError as exc:
            raise CommandError(exc.message) from exc
        except ProtectedError as exc:
            raise CommandError(f"Demo rows are referenced by real data and cannot be deleted: {exc}") from exc
        from coopdev.academy.demo import academy_demo_load
        from coopdev.network.demo import network_demo_load

        network_demo_load(replace=replace)
        academy_demo_load()
        elapsed = time.perf_counter() - started
        if not result.loaded:
            self.stdout.write(DEMO_ALREADY_LOADED)
            self.stdout.write("\n".join(summary_lines(result.figures)))
            return
        if result.deleted_projects:
            self.stdout.write(f"Deleted {result.deleted_projects} demo projects.")
        self.stdout.write(self.style.SUCCESS(f"Loaded the illustrative demo dataset in {elapsed:.1f} s:"))
        self.stdout.write("\n".join(summary_lines(result.figures)))
