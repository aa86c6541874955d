"""``coopdev tick``: the platform's periodic housekeeping, once or every few minutes.

- Academy: release holds that have ended, apply due cut-offs, send reminders, anonymise the
  registrations of sessions long over (``coopdev.academy.services``);
- imports: mark jobs whose worker stopped as interrupted, delete uploads nothing needs any more
  (``coopdev.interchange.services.import_jobs_tidy``).

Correctness never depends on it having run (the seat rules apply due work on every request);
it makes the work happen without a visitor. ``coopdev serve`` runs it every
``COOPDEV_TICK_SECONDS`` (300).
"""

import time

from django.core.management.base import BaseCommand, CommandParser

from coopdev.academy import services as academy
from coopdev.interchange import services as interchange


class Command(BaseCommand):
    help = (
        "Periodic housekeeping: Academy holds, cut-offs, reminders and anonymisation; "
        "interrupted import jobs and leftover uploads."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            metavar="SECONDS",
            help="Run again every SECONDS until stopped (what `coopdev serve` does); once by default.",
        )

    def handle(self, *args, **options) -> None:
        every = options["every"]
        while True:
            done = {
                "sessions tidied": academy.sessions_housekeeping(),
                "reminders": academy.reminders_send(),
                "registrations anonymised": academy.registrations_anonymise_due(),
                **{name.replace("_", " "): n for name, n in interchange.import_jobs_tidy().items()},
            }
            if any(done.values()) or not every:
                self.stdout.write(", ".join(f"{name}: {n}" for name, n in done.items()))
            if not every:
                return
            time.sleep(every)
