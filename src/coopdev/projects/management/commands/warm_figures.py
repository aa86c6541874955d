"""``coopdev warm_figures [--every SECONDS]``: render the DDP home page's figures into the cache
now, or whenever the data changes (see ``coopdev.projects.warm``)."""

from django.core.management.base import BaseCommand

from coopdev.projects.warm import figures_warm, figures_warm_loop


class Command(BaseCommand):
    help = "Warm the figure cache (the DDP home page in every language), once or after every data change."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=float, default=0, help="keep running: check the data version this often (seconds)"
        )

    def handle(self, *args, **options):
        if options["every"] > 0:
            figures_warm_loop(every=options["every"])
        else:
            self.stdout.write(f"{figures_warm()} pages warmed")
