from django.core.management.base import BaseCommand

from coopdev.academy import services


class Command(BaseCommand):
    help = "Anonymise registrations of sessions older than ACADEMY_ANONYMISE_AFTER_DAYS (default 90)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"registrations anonymised: {services.registrations_anonymise_due()}")
