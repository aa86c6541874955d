import time

from django.core.management.base import BaseCommand, CommandParser

from coopdev.academy import services


class Command(BaseCommand):
    help = "Academy periodic work: release overdue holds, apply due cut-offs, remind, anonymise old data."

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
            sessions = services.sessions_housekeeping()
            reminders = services.reminders_send()
            anonymised = services.registrations_anonymise_due()
            if sessions or reminders or anonymised or not every:
                self.stdout.write(
                    f"sessions tidied: {sessions}, reminders: {reminders}, "
                    f"registrations anonymised: {anonymised}"
                )
            if not every:
                return
            time.sleep(every)
