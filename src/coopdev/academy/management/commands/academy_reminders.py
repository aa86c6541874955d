from django.core.management.base import BaseCommand

from coopdev.academy import services


class Command(BaseCommand):
    help = "Send the reminder e-mail to confirmed participants of sessions starting soon (once each)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"reminders sent: {services.reminders_send()}")
