"""``coopdev load_reference``: (re)load the reference data from the files shipped with the package."""

import time
from typing import Any

from django.core.management.base import BaseCommand

from coopdev.reference.services import reference_load


class Command(BaseCommand):
    help = (
        "Load the reference data (regions, countries, SDGs, sectors, currencies, IATI codelists, "
        "euro pegs) from the files shipped with coopdev. Safe to run again: rows are updated in place."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--database", default="default", help="Database alias (default: default).")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        counts = reference_load(using=options["database"])
        elapsed = time.perf_counter() - started
        width = max(len(model) for model in counts)
        for model, count in counts.items():
            self.stdout.write(f"{model:<{width}}  {count:>5}")
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded in {elapsed:.2f} s."))
