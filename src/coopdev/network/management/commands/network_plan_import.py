"""``coopdev network_plan_import plan.json``: load an action plan (declarations, groups, deliverables)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from coopdev.network.services import NetworkError, plan_load


class Command(BaseCommand):
    help = (
        "Load an action plan from a JSON file (the shape of coopdev.network.services.plan_load). "
        "Everything is checked first; on any error nothing is written and every problem is listed by path."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CommandError(f"{path}: not a readable JSON file ({exc})") from exc
        if not isinstance(data, dict):
            raise CommandError(f"{path}: the file must hold one JSON object (a plan)")
        try:
            plan = plan_load(data=data)
        except NetworkError as exc:
            raise CommandError("Nothing was imported:\n" + "\n".join(f"  {m}" for m in exc.messages)) from exc
        groups = plan.working_groups.count()
        self.stdout.write(
            self.style.SUCCESS(f"Imported plan {plan.slug}: {groups} working groups, ends {plan.ends_on}.")
        )
