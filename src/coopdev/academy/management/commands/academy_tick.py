from django.core.management.base import BaseCommand

from coopdev.academy import services


class Command(BaseCommand):
    help = "Academy periodic work: release overdue holds, apply due cut-offs, remind, anonymise old data."

    def handle(self, *args, **options) -> None:
        sessions = services.sessions_housekeeping()
        reminders = services.reminders_send()
        anonymised = services.registrations_anonymise_due()
        self.stdout.write(
            f"sessions tidied: {sessions}, reminders: {reminders}, registrations anonymised: {anonymised}"
        )
