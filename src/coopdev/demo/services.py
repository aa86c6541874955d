"""Loading and removing the illustrative demo dataset."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models, transaction

from coopdev.demo.generator import SEED, DemoError, demo_area_names, demo_build, demo_check
from coopdev.demo.selectors import DemoFigures, demo_dataset_present, demo_figures
from coopdev.organisations.models import Organisation
from coopdev.projects.models import Project

DEMO_ALREADY_LOADED = "The demo data is already loaded: nothing to do (use --replace to reload it)."


@dataclass(frozen=True)
class DemoLoadResult:
    loaded: bool  # False when the dataset was already there and nothing was done
    deleted_projects: int
    figures: DemoFigures


def demo_delete() -> int:
    """Delete every demo row (``is_demo``: the demo dataset and synthetic benchmark rows).

    Returns how many projects were deleted. Real rows are never touched; if a real row
    points at a demo organisation the deletion fails (``ProtectedError``) rather than
    break the real row.
    """
    with transaction.atomic():
        projects = Project.objects.filter(is_demo=True)
        count = projects.count()
        # Emptying the dependent tables first, each with one DELETE ... WHERE project_id IN
        # (subquery), saves the cascade from loading every row: with 100,000 synthetic
        # projects that is seconds instead of a minute. The outcome is the cascade's.
        ids = projects.values("pk")
        for through in (Project.sdg_goals.through, Project.sdg_targets.through):
            through._default_manager.filter(project__in=ids).delete()
        for relation in Project._meta.related_objects:
            if relation.one_to_many and relation.on_delete is models.CASCADE:
                relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": ids}).delete()
        projects.delete()
        Organisation.objects.filter(is_demo=True).delete()
    return count


def demo_load(*, replace: bool = False, seed: int = SEED) -> DemoLoadResult:
    """Load the demo dataset, in one transaction: all of it or nothing.

    Guarantees: when it returns, the database holds the demo dataset once and its figures
    meet every target of seed 002 (``DemoTargetMissed`` otherwise, and nothing is written).
    Without ``replace``, an existing demo dataset is left as it is; with ``replace``, every
    demo row is deleted first and the dataset built again, identical for the same seed.
    """
    with transaction.atomic():
        deleted = 0
        if demo_dataset_present():
            if not replace:
                return DemoLoadResult(loaded=False, deleted_projects=0, figures=demo_figures())
            deleted = demo_delete()
        demo_build(seed=seed)
        figures = demo_figures()
        demo_check(figures, area_names=demo_area_names())
    return DemoLoadResult(loaded=True, deleted_projects=deleted, figures=figures)


__all__ = ["DEMO_ALREADY_LOADED", "DemoError", "DemoLoadResult", "demo_delete", "demo_load"]
