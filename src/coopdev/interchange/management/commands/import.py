"""``coopdev import FILE... [--skip-invalid] [--organisation SLUG|IATI-ID] [--state ...] [--dry-run]``."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from coopdev.interchange.progress import ProgressBar
from coopdev.interchange.services import import_file
from coopdev.organisations.models import Organisation
from coopdev.projects.models import Project


class Command(BaseCommand):
    help = (
        "Import IATI activity XML (2.0x, 1.0x), CSV or XLSX files of activities. Each file is one "
        "transaction: all of it or nothing, unless --skip-invalid. Exit status 1 when anything was refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--skip-invalid", action="store_true", help="import the valid activities, report the rest"
        )
        parser.add_argument(
            "--organisation", help="slug or IATI identifier: only its activities are accepted"
        )
        parser.add_argument(
            "--state",
            choices=[s.value for s in Project.PublicationState],
            default=Project.PublicationState.PUBLISHED,
            help="publication state of the imported projects (default published)",
        )
        parser.add_argument("--dry-run", action="store_true", help="validate and count, write nothing")
        parser.add_argument("--json", action="store_true", help="print the reports as JSON")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        organisation = None
        if options["organisation"]:
            key = options["organisation"]
            organisation = Organisation.objects.filter(Q(slug=key) | Q(iati_identifier=key)).first()
            if organisation is None:
                raise CommandError(f"No organisation with slug or IATI identifier {key!r}.")
        failed = False
        reports = []
        for path in options["files"]:
            if not path.is_file():
                raise CommandError(f"{path}: no such file.")
            bar = None if options["no_progress"] else ProgressBar(path.name)
            report = import_file(
                path=path,
                organisation=organisation,
                skip_invalid=options["skip_invalid"],
                publication_state=options["state"],
                progress=bar,
                dry_run=options["dry_run"],
            )
            if bar:
                bar.close()
            reports.append(report.as_dict())
            failed = failed or not report.ok
            if not options["json"]:
                self._print(report)
        if options["json"]:
            self.stdout.write(json.dumps(reports, indent=2, ensure_ascii=False))
        if failed:
            raise SystemExit(1)

    def _print(self, report) -> None:
        verb = "would be " if report.dry_run else ""
        self.stdout.write(
            f"{report.file} ({report.format or '?'}): {report.activities} activities; "
            f"{verb}created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}, refused {report.refused}"
        )
        for issue in report.errors:
            self.stdout.write(f"  {issue}")
        if report.errors_not_shown:
            self.stdout.write(f"  ... and {report.errors_not_shown} more problems")
        for issue in report.warnings:
            self.stdout.write(f"  warning: {issue}")
        if report.warnings_not_shown:
            self.stdout.write(f"  ... and {report.warnings_not_shown} more warnings")
        if report.message:
            self.stdout.write(report.message)
