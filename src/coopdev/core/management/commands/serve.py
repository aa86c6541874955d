"""``coopdev serve``: the whole platform in one command (web server and background worker).

Migrates, loads the demo data into an empty database, then runs the web server, the task
worker and the periodic housekeeping (``coopdev tick``) side by side until Ctrl-C (or
SIGTERM), which stops them all.
"""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate, load demo data when the database is empty, and run the web server and the worker."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument(
            "--no-demo", action="store_true", help="Do not load the demo data into an empty database."
        )
        parser.add_argument(
            "--dev",
            action="store_true",
            help="Use Django's auto-reloading development server instead of gunicorn.",
        )
        parser.add_argument("--workers", type=int, default=int(os.environ.get("COOPDEV_WEB_WORKERS", "2")))
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("COOPDEV_WEB_THREADS", "4")),
            help="Threads per web process (gthread, keeps connections alive); 1 gives sync workers, "
            "which shared a registration rush most evenly behind a buffering proxy (bench/).",
        )

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=1)
        from coopdev.projects.models import Project

        if not options["no_demo"] and not Project.objects.exists():
            self.stdout.write("Empty database: loading the demo data (coopdev demo)…")
            call_command("demo")
        if settings.HTTPS:
            call_command("collectstatic", interactive=False, verbosity=0)

        coopdev = [sys.executable, "-m", "coopdev"]
        address = f"{options['host']}:{options['port']}"
        if options["dev"]:
            web = [*coopdev, "runserver", address]
        else:
            web = [
                sys.executable,
                "-m",
                "gunicorn",
                "coopdev.wsgi:application",
                "--bind",
                address,
                "--workers",
                str(options["workers"]),
                "--threads",
                str(options["threads"]),
                "--access-logfile",
                "-",
                "--graceful-timeout",
                "5",
            ]
        worker = [*coopdev, "db_worker", "--queue-name", "*", "--no-startup-delay"]
        # Periodic housekeeping (Academy holds, cut-offs, reminders, anonymisation; interrupted
        # import jobs and leftover uploads).
        ticker = [*coopdev, "tick", "--every", os.environ.get("COOPDEV_TICK_SECONDS", "300")]

        # Each web process re-renders the home page's figures soon after the data changed, so the
        # first visitor after an import or a publication does not wait (coopdev.projects.warm).
        web_env = {**os.environ}
        web_env.setdefault("COOPDEV_FIGURE_WARM_SECONDS", "5")
        processes = [
            subprocess.Popen(web, env=web_env),
            subprocess.Popen(worker),
            subprocess.Popen(ticker),
        ]
        self.stdout.write(self.style.SUCCESS(f"coopdev is running on http://{address}/ (Ctrl-C stops it)"))

        def stop(*_):
            for process in processes:
                if process.poll() is None:
                    process.terminate()

        signal.signal(signal.SIGTERM, stop)
        # A shell starts background jobs with SIGINT ignored, and Python then keeps it ignored:
        # restore Ctrl-C's KeyboardInterrupt so it always stops the platform.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            # Either process ending ends the platform: a half-running platform is worse than none.
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            stop()
            deadline = time.monotonic() + 10
            for process in processes:
                try:
                    process.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    process.kill()
        self.stdout.write("coopdev stopped.")
