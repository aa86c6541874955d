"""``coopdev export --format csv|xlsx|json|iati -o FILE`` with the explore page's filters as options."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from coopdev.interchange.exporters import FORMATS, TABLES, export_stream
from coopdev.interchange.progress import ProgressBar
from coopdev.projects.filters import ProjectFilterForm
from coopdev.projects.selectors import project_list_published

FILTERS = ("q", "region", "sdg", "target", "sector", "organisation", "status", "year_from", "year_to",
           "value_min", "value_max", "basis")  # fmt: skip
MULTIPLE = ("country", "sector_category")


class Command(BaseCommand):
    help = (
        "Export published projects (all, or those matching the explore filters) as CSV, XLSX, JSON or IATI."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, required=True)
        parser.add_argument("-o", "--output", required=True, help="file to write, or - for standard output")
        parser.add_argument("--table", choices=TABLES, help="CSV: this one table instead of a zip of all")
        for name in FILTERS:
            parser.add_argument(f"--{name.replace('_', '-')}", dest=name)
        for name in MULTIPLE:
            parser.add_argument(f"--{name.replace('_', '-')}", dest=name, action="append", default=[])
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        params = QueryDict(mutable=True)
        for name in FILTERS:
            if options.get(name) not in (None, ""):
                params[name] = str(options[name])
        for name in MULTIPLE:
            for value in options.get(name) or []:
                params.appendlist(name, value)
        form = ProjectFilterForm(params)
        if not form.is_valid():
            raise CommandError("; ".join(form.errors_as_messages()))
        projects = form.filter_queryset(project_list_published())
        total = projects.count()
        if options["table"] and options["format"] != "csv":
            raise CommandError("--table applies to --format csv only.")
        stream = export_stream(fmt=options["format"], projects=projects, table=options["table"])
        bar = (
            None
            if options["no_progress"] or options["output"] == "-"
            else ProgressBar("export", unit="bytes")
        )
        out = sys.stdout.buffer if options["output"] == "-" else open(options["output"], "wb")  # noqa: SIM115
        written = 0
        try:
            for chunk in stream:
                out.write(chunk)
                written += len(chunk)
                if bar:
                    bar(written, 0)
        finally:
            if out is not sys.stdout.buffer:
                out.close()
        if bar:
            bar.close()
        if options["output"] != "-":
            self.stdout.write(f"{total} projects, {written:,} bytes written to {options['output']}")
